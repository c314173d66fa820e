"""List billing document volume summary records (operation ``GET_SystemHealthBillingDocVolumeSummary``)."""

import datetime
from collections.abc import Mapping
from typing import Any

import httpx
from failtrail_core.gen_v1 import (
    Parser,
)

from ..._spec import OPERATIONS
from ...client import Client
from ...models.billing_doc_volume_summary_response import BillingDocVolumeSummaryResponse
from ...models.common_error_response import CommonErrorResponse
from ...models.proxy_unauthorized_response import ProxyUnauthorizedResponse
from ...models.rate_limit_error_body import RateLimitErrorBody
from ...models.standard_error import StandardError
from ...models.system_health_error import SystemHealthError
from ...types import UNSET, Response, Unset

_OP = OPERATIONS["GET_SystemHealthBillingDocVolumeSummary"]


def _parse_200(data: Any) -> BillingDocVolumeSummaryResponse:
    result: BillingDocVolumeSummaryResponse
    result = _BillingDocVolumeSummaryResponse_from_dict(data)

    return result


def _parse_400(data: Any) -> SystemHealthError:
    result: SystemHealthError
    result = _SystemHealthError_from_dict(data)

    return result


def _parse_401(data: Any) -> ProxyUnauthorizedResponse:
    result: ProxyUnauthorizedResponse
    result = _ProxyUnauthorizedResponse_from_dict(data)

    return result


def _parse_403(data: Any) -> CommonErrorResponse:
    result: CommonErrorResponse
    result = _CommonErrorResponse_from_dict(data)

    return result


def _parse_429(data: Any) -> RateLimitErrorBody:
    result: RateLimitErrorBody
    result = _RateLimitErrorBody_from_dict(data)

    return result


def _parse_500(data: Any) -> StandardError:
    result: StandardError
    result = _StandardError_from_dict(data)

    return result


def _ignore(data: Any) -> None:
    return None


_SUCCESS: Mapping[int, Parser] = {
    200: ("json", _parse_200),
}
_ERRORS: Mapping[int | str, Parser] = {
    400: ("json", _parse_400),
    401: ("json", _parse_401),
    403: ("json", _parse_403),
    429: ("json", _parse_429),
    500: ("json", _parse_500),
}


def _build(
    *,
    client: Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    accept_encoding: str | None | Unset = UNSET,
    content_encoding: str | None | Unset = UNSET,
    zuora_entity_ids: str | None | Unset = UNSET,
    zuora_org_ids: list[str] | str | None | Unset = UNSET,
    zuora_track_id: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> httpx.Request:
    return client.build_request(
        _OP,
        {
            "startTime": start_time,
            "endTime": end_time,
            "Accept-Encoding": accept_encoding,
            "Content-Encoding": content_encoding,
            "Zuora-Entity-Ids": zuora_entity_ids,
            "Zuora-Org-Ids": zuora_org_ids,
            "Zuora-Track-Id": zuora_track_id,
        },
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync_detailed(
    *,
    client: Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    accept_encoding: str | None | Unset = UNSET,
    content_encoding: str | None | Unset = UNSET,
    zuora_entity_ids: str | None | Unset = UNSET,
    zuora_org_ids: list[str] | str | None | Unset = UNSET,
    zuora_track_id: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[BillingDocVolumeSummaryResponse]:
    """List billing document volume summary records (raw: never raises on a status).

    Args:
        client: the vendor client to send it with.
        start_time (``startTime`` in the query): Start time, in the format yyyy-MM-dd'T'HH:mmZ.
            Example: 2022-09-22T09:07+0800
        end_time (``endTime`` in the query): End time, in the format yyyy-MM-dd'T'HH:mmZ; in the
            same time zone as startTime. Example: 2022-09-29T09:07+0800
        accept_encoding (``Accept-Encoding`` in the header): `gzip` asks Zuora to compress
            responses over 1000 bytes; the response then carries a Content-Encoding header. failtrail
            always sends it.
        content_encoding (``Content-Encoding`` in the header): `gzip` when the request payload is
            a gzipped file instead of plain JSON.
        zuora_entity_ids (``Zuora-Entity-Ids`` in the header): An entity ID. With Multi-entity
            enabled and a token valid for more than one entity, this header says which entity to
            perform the operation in. Defaults to the client's ``entity_ids``.
        zuora_org_ids (``Zuora-Org-Ids`` in the header): Comma separated org IDs (Multi-Org): the
            orgs to perform the operation in, a subset of the user's accessible orgs. Defaults to the
            client's ``org_ids``.
        zuora_track_id (``Zuora-Track-Id`` in the header): A custom identifier for tracing the API
            call; Zuora returns it in the response headers. At most 64 US-ASCII characters, none of
            colon, semicolon, double quote and quote. Defaults to the client's ``track_id``.
        timeout: overrides the client's timeout for this call.
        max_retries: overrides the client's retry budget for this call.
        extra_headers: headers to add (or override) on this call.
        extra_query: query parameters to add on this call.

    Returns:
        The status, headers, raw body and, where it parses, the model (success or error body).

    Raises:
        RequestValidationError: an argument breaks a documented rule; nothing was sent.
        APIConnectionError: no usable answer after the retries.
    """
    request = _build(
        client=client,
        start_time=start_time,
        end_time=end_time,
        accept_encoding=accept_encoding,
        content_encoding=content_encoding,
        zuora_entity_ids=zuora_entity_ids,
        zuora_org_ids=zuora_org_ids,
        zuora_track_id=zuora_track_id,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


def sync(
    *,
    client: Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    accept_encoding: str | None | Unset = UNSET,
    content_encoding: str | None | Unset = UNSET,
    zuora_entity_ids: str | None | Unset = UNSET,
    zuora_org_ids: list[str] | str | None | Unset = UNSET,
    zuora_track_id: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> BillingDocVolumeSummaryResponse:
    """List billing document volume summary records

    Returns the volume summary of billing documents generated by your Zuora tenant within a
    specified time range, and the count of accounts that failed to be processed.

    Args:
        client: the vendor client to send it with.
        start_time (``startTime`` in the query): Start time, in the format yyyy-MM-dd'T'HH:mmZ.
            Example: 2022-09-22T09:07+0800
        end_time (``endTime`` in the query): End time, in the format yyyy-MM-dd'T'HH:mmZ; in the
            same time zone as startTime. Example: 2022-09-29T09:07+0800
        accept_encoding (``Accept-Encoding`` in the header): `gzip` asks Zuora to compress
            responses over 1000 bytes; the response then carries a Content-Encoding header. failtrail
            always sends it.
        content_encoding (``Content-Encoding`` in the header): `gzip` when the request payload is
            a gzipped file instead of plain JSON.
        zuora_entity_ids (``Zuora-Entity-Ids`` in the header): An entity ID. With Multi-entity
            enabled and a token valid for more than one entity, this header says which entity to
            perform the operation in. Defaults to the client's ``entity_ids``.
        zuora_org_ids (``Zuora-Org-Ids`` in the header): Comma separated org IDs (Multi-Org): the
            orgs to perform the operation in, a subset of the user's accessible orgs. Defaults to the
            client's ``org_ids``.
        zuora_track_id (``Zuora-Track-Id`` in the header): A custom identifier for tracing the API
            call; Zuora returns it in the response headers. At most 64 US-ASCII characters, none of
            colon, semicolon, double quote and quote. Defaults to the client's ``track_id``.
        timeout: overrides the client's timeout for this call.
        max_retries: overrides the client's retry budget for this call.
        extra_headers: headers to add (or override) on this call.
        extra_query: query parameters to add on this call.

    Raises:
        RequestValidationError: an argument breaks a documented rule; nothing was sent.
        APIStatusError: the API answered 4xx/5xx (a subclass per status, with the parsed error body).
        APIConnectionError: no usable answer after the retries (APITimeoutError on a timeout).
        ResponseParseError: the answer does not match the spec.
    """
    request = _build(
        client=client,
        start_time=start_time,
        end_time=end_time,
        accept_encoding=accept_encoding,
        content_encoding=content_encoding,
        zuora_entity_ids=zuora_entity_ids,
        zuora_org_ids=zuora_org_ids,
        zuora_track_id=zuora_track_id,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    result: BillingDocVolumeSummaryResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    *,
    client: Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    accept_encoding: str | None | Unset = UNSET,
    content_encoding: str | None | Unset = UNSET,
    zuora_entity_ids: str | None | Unset = UNSET,
    zuora_org_ids: list[str] | str | None | Unset = UNSET,
    zuora_track_id: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[BillingDocVolumeSummaryResponse]:
    """The async form of :func:`sync_detailed`: List billing document volume summary records (raw: never raises on a status).

    Args:
        client: the vendor client to send it with.
        start_time (``startTime`` in the query): Start time, in the format yyyy-MM-dd'T'HH:mmZ.
            Example: 2022-09-22T09:07+0800
        end_time (``endTime`` in the query): End time, in the format yyyy-MM-dd'T'HH:mmZ; in the
            same time zone as startTime. Example: 2022-09-29T09:07+0800
        accept_encoding (``Accept-Encoding`` in the header): `gzip` asks Zuora to compress
            responses over 1000 bytes; the response then carries a Content-Encoding header. failtrail
            always sends it.
        content_encoding (``Content-Encoding`` in the header): `gzip` when the request payload is
            a gzipped file instead of plain JSON.
        zuora_entity_ids (``Zuora-Entity-Ids`` in the header): An entity ID. With Multi-entity
            enabled and a token valid for more than one entity, this header says which entity to
            perform the operation in. Defaults to the client's ``entity_ids``.
        zuora_org_ids (``Zuora-Org-Ids`` in the header): Comma separated org IDs (Multi-Org): the
            orgs to perform the operation in, a subset of the user's accessible orgs. Defaults to the
            client's ``org_ids``.
        zuora_track_id (``Zuora-Track-Id`` in the header): A custom identifier for tracing the API
            call; Zuora returns it in the response headers. At most 64 US-ASCII characters, none of
            colon, semicolon, double quote and quote. Defaults to the client's ``track_id``.
        timeout: overrides the client's timeout for this call.
        max_retries: overrides the client's retry budget for this call.
        extra_headers: headers to add (or override) on this call.
        extra_query: query parameters to add on this call.

    Returns:
        The status, headers, raw body and, where it parses, the model (success or error body).

    Raises:
        RequestValidationError: an argument breaks a documented rule; nothing was sent.
        APIConnectionError: no usable answer after the retries."""
    request = _build(
        client=client,
        start_time=start_time,
        end_time=end_time,
        accept_encoding=accept_encoding,
        content_encoding=content_encoding,
        zuora_entity_ids=zuora_entity_ids,
        zuora_org_ids=zuora_org_ids,
        zuora_track_id=zuora_track_id,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


async def asyncio(
    *,
    client: Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    accept_encoding: str | None | Unset = UNSET,
    content_encoding: str | None | Unset = UNSET,
    zuora_entity_ids: str | None | Unset = UNSET,
    zuora_org_ids: list[str] | str | None | Unset = UNSET,
    zuora_track_id: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> BillingDocVolumeSummaryResponse:
    """The async form of :func:`sync`: List billing document volume summary records

    Returns the volume summary of billing documents generated by your Zuora tenant within a
    specified time range, and the count of accounts that failed to be processed.

    Args:
        client: the vendor client to send it with.
        start_time (``startTime`` in the query): Start time, in the format yyyy-MM-dd'T'HH:mmZ.
            Example: 2022-09-22T09:07+0800
        end_time (``endTime`` in the query): End time, in the format yyyy-MM-dd'T'HH:mmZ; in the
            same time zone as startTime. Example: 2022-09-29T09:07+0800
        accept_encoding (``Accept-Encoding`` in the header): `gzip` asks Zuora to compress
            responses over 1000 bytes; the response then carries a Content-Encoding header. failtrail
            always sends it.
        content_encoding (``Content-Encoding`` in the header): `gzip` when the request payload is
            a gzipped file instead of plain JSON.
        zuora_entity_ids (``Zuora-Entity-Ids`` in the header): An entity ID. With Multi-entity
            enabled and a token valid for more than one entity, this header says which entity to
            perform the operation in. Defaults to the client's ``entity_ids``.
        zuora_org_ids (``Zuora-Org-Ids`` in the header): Comma separated org IDs (Multi-Org): the
            orgs to perform the operation in, a subset of the user's accessible orgs. Defaults to the
            client's ``org_ids``.
        zuora_track_id (``Zuora-Track-Id`` in the header): A custom identifier for tracing the API
            call; Zuora returns it in the response headers. At most 64 US-ASCII characters, none of
            colon, semicolon, double quote and quote. Defaults to the client's ``track_id``.
        timeout: overrides the client's timeout for this call.
        max_retries: overrides the client's retry budget for this call.
        extra_headers: headers to add (or override) on this call.
        extra_query: query parameters to add on this call.

    Raises:
        RequestValidationError: an argument breaks a documented rule; nothing was sent.
        APIStatusError: the API answered 4xx/5xx (a subclass per status, with the parsed error body).
        APIConnectionError: no usable answer after the retries (APITimeoutError on a timeout).
        ResponseParseError: the answer does not match the spec."""
    request = _build(
        client=client,
        start_time=start_time,
        end_time=end_time,
        accept_encoding=accept_encoding,
        content_encoding=content_encoding,
        zuora_entity_ids=zuora_entity_ids,
        zuora_org_ids=zuora_org_ids,
        zuora_track_id=zuora_track_id,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    result: BillingDocVolumeSummaryResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


# Bound once at import: the parsers above call these by their module-level names.
_BillingDocVolumeSummaryResponse_from_dict = BillingDocVolumeSummaryResponse.from_dict
_CommonErrorResponse_from_dict = CommonErrorResponse.from_dict
_ProxyUnauthorizedResponse_from_dict = ProxyUnauthorizedResponse.from_dict
_RateLimitErrorBody_from_dict = RateLimitErrorBody.from_dict
_StandardError_from_dict = StandardError.from_dict
_SystemHealthError_from_dict = SystemHealthError.from_dict
