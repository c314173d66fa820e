"""List failed events (operation ``ListFailedEvents``)."""

from collections.abc import Mapping
from typing import Any

import httpx
from failtrail_core.gen_v1 import (
    Parser,
    body_data,
    check_body,
)

from ..._spec import OPERATIONS
from ...client import Client
from ...models.list_failed_events_request import ListFailedEventsRequest
from ...models.list_failed_events_response import ListFailedEventsResponse
from ...models.rpc_status import RpcStatus
from ...types import UNSET, Response, Unset

_OP = OPERATIONS["ListFailedEvents"]


def _parse_200(data: Any) -> ListFailedEventsResponse:
    result: ListFailedEventsResponse
    result = _ListFailedEventsResponse_from_dict(data)

    return result


def _parse_401(data: Any) -> RpcStatus:
    result: RpcStatus
    result = _RpcStatus_from_dict(data)

    return result


def _parse_403(data: Any) -> RpcStatus:
    result: RpcStatus
    result = _RpcStatus_from_dict(data)

    return result


def _parse_404(data: Any) -> RpcStatus:
    result: RpcStatus
    result = _RpcStatus_from_dict(data)

    return result


def _parse_429(data: Any) -> RpcStatus:
    result: RpcStatus
    result = _RpcStatus_from_dict(data)

    return result


def _parse_default(data: Any) -> RpcStatus:
    result: RpcStatus
    result = _RpcStatus_from_dict(data)

    return result


def _ignore(data: Any) -> None:
    return None


_SUCCESS: Mapping[int, Parser] = {
    200: ("json", _parse_200),
}
_ERRORS: Mapping[int | str, Parser] = {
    401: ("json", _parse_401),
    403: ("json", _parse_403),
    404: ("json", _parse_404),
    429: ("json", _parse_429),
    "default": ("json", _parse_default),
}


def _build(
    *,
    client: Client,
    body: ListFailedEventsRequest | Unset = UNSET,
    x_zitadel_orgid: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> httpx.Request:
    # The body's documented rules are checked here, before anything is sent, as the parameters' are.
    payload: Any = {} if isinstance(body, Unset) else body_data(body, "body")
    if payload is not None:
        check_body(_OP.body, payload)  # type: ignore[arg-type]
    return client.build_request(
        _OP,
        {
            "x-zitadel-orgid": x_zitadel_orgid,
        },
        json=payload,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync_detailed(
    *,
    client: Client,
    body: ListFailedEventsRequest | Unset = UNSET,
    x_zitadel_orgid: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[ListFailedEventsResponse]:
    """List failed events (raw: never raises on a status).

    Args:
        client: the vendor client to send it with.
        body: the request body (ListFailedEventsRequest | Unset); its documented rules are checked before sending.
        x_zitadel_orgid (``x-zitadel-orgid`` in the header): The organization the call is made in
            the context of (defaults to the user's own). An ID that is not an organization of the
            instance is answered 403 (`AUTH-Bs7Ds`). It filters nothing here: failed events and events
            are listed instance-wide. Defaults to the client's ``org_id``.
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
        body=body,
        x_zitadel_orgid=x_zitadel_orgid,
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
    body: ListFailedEventsRequest | Unset = UNSET,
    x_zitadel_orgid: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> ListFailedEventsResponse:
    """List failed events

    Returns the events that could not be processed by the projections. Some events need several retries
    until they succeed, for example when the SMTP server could not send an email the first time. Only
    the failed events of this instance, in no particular order, every one in one answer. Read-only
    despite the POST method. Needs the `iam.read` permission (IAM_OWNER, IAM_OWNER_VIEWER).

    Args:
        client: the vendor client to send it with.
        body: the request body (ListFailedEventsRequest | Unset); its documented rules are checked before sending.
        x_zitadel_orgid (``x-zitadel-orgid`` in the header): The organization the call is made in
            the context of (defaults to the user's own). An ID that is not an organization of the
            instance is answered 403 (`AUTH-Bs7Ds`). It filters nothing here: failed events and events
            are listed instance-wide. Defaults to the client's ``org_id``.
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
        body=body,
        x_zitadel_orgid=x_zitadel_orgid,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    result: ListFailedEventsResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    *,
    client: Client,
    body: ListFailedEventsRequest | Unset = UNSET,
    x_zitadel_orgid: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[ListFailedEventsResponse]:
    """The async form of :func:`sync_detailed`: List failed events (raw: never raises on a status).

    Args:
        client: the vendor client to send it with.
        body: the request body (ListFailedEventsRequest | Unset); its documented rules are checked before sending.
        x_zitadel_orgid (``x-zitadel-orgid`` in the header): The organization the call is made in
            the context of (defaults to the user's own). An ID that is not an organization of the
            instance is answered 403 (`AUTH-Bs7Ds`). It filters nothing here: failed events and events
            are listed instance-wide. Defaults to the client's ``org_id``.
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
        body=body,
        x_zitadel_orgid=x_zitadel_orgid,
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
    body: ListFailedEventsRequest | Unset = UNSET,
    x_zitadel_orgid: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> ListFailedEventsResponse:
    """The async form of :func:`sync`: List failed events

    Returns the events that could not be processed by the projections. Some events need several retries
    until they succeed, for example when the SMTP server could not send an email the first time. Only
    the failed events of this instance, in no particular order, every one in one answer. Read-only
    despite the POST method. Needs the `iam.read` permission (IAM_OWNER, IAM_OWNER_VIEWER).

    Args:
        client: the vendor client to send it with.
        body: the request body (ListFailedEventsRequest | Unset); its documented rules are checked before sending.
        x_zitadel_orgid (``x-zitadel-orgid`` in the header): The organization the call is made in
            the context of (defaults to the user's own). An ID that is not an organization of the
            instance is answered 403 (`AUTH-Bs7Ds`). It filters nothing here: failed events and events
            are listed instance-wide. Defaults to the client's ``org_id``.
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
        body=body,
        x_zitadel_orgid=x_zitadel_orgid,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    result: ListFailedEventsResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


# Bound once at import: the parsers above call these by their module-level names.
_ListFailedEventsResponse_from_dict = ListFailedEventsResponse.from_dict
_RpcStatus_from_dict = RpcStatus.from_dict
