"""Search events (operation ``ListEvents``)."""

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
from ...models.list_events_request import ListEventsRequest
from ...models.list_events_response import ListEventsResponse
from ...models.rpc_status import RpcStatus
from ...types import UNSET, Response, Unset

_OP = OPERATIONS["ListEvents"]


def _parse_200(data: Any) -> ListEventsResponse:
    result: ListEventsResponse
    result = _ListEventsResponse_from_dict(data)

    return result


def _parse_400(data: Any) -> RpcStatus:
    result: RpcStatus
    result = _RpcStatus_from_dict(data)

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
    400: ("json", _parse_400),
    401: ("json", _parse_401),
    403: ("json", _parse_403),
    404: ("json", _parse_404),
    429: ("json", _parse_429),
    "default": ("json", _parse_default),
}


def _build(
    *,
    client: Client,
    body: ListEventsRequest | Unset = UNSET,
    x_zitadel_orgid: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> httpx.Request:
    # The body's documented rules are checked here, before anything is sent, as the parameters' are.
    payload: Any = None if isinstance(body, Unset) else body_data(body, "body")
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
    body: ListEventsRequest | Unset = UNSET,
    x_zitadel_orgid: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[ListEventsResponse]:
    """Search events (raw: never raises on a status).

    Args:
        client: the vendor client to send it with.
        body: the request body (ListEventsRequest | Unset); its documented rules are checked before sending.
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
    body: ListEventsRequest | Unset = UNSET,
    x_zitadel_orgid: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> ListEventsResponse:
    """Search events

    Returns events of the instance's event store (its audit trail), newest first unless `asc`. One call
    answers at most 1000 events (`limit` 0 or above 1000 means 1000) and there is no page token, so a
    full answer does not mean there are no more. To walk forward, send `asc: true` and `from` = the last
    event's `creationDate` minus one microsecond, and drop the events already seen (key: aggregate type,
    aggregate id, sequence), because `from` is exclusive and events written together share one creation
    date; stop at an answer with no new event. Events older than the instance's audit log retention are
    never returned. Needs the `events.read` permission (IAM_OWNER, IAM_OWNER_VIEWER).

    Args:
        client: the vendor client to send it with.
        body: the request body (ListEventsRequest | Unset); its documented rules are checked before sending.
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
    result: ListEventsResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    *,
    client: Client,
    body: ListEventsRequest | Unset = UNSET,
    x_zitadel_orgid: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[ListEventsResponse]:
    """The async form of :func:`sync_detailed`: Search events (raw: never raises on a status).

    Args:
        client: the vendor client to send it with.
        body: the request body (ListEventsRequest | Unset); its documented rules are checked before sending.
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
    body: ListEventsRequest | Unset = UNSET,
    x_zitadel_orgid: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> ListEventsResponse:
    """The async form of :func:`sync`: Search events

    Returns events of the instance's event store (its audit trail), newest first unless `asc`. One call
    answers at most 1000 events (`limit` 0 or above 1000 means 1000) and there is no page token, so a
    full answer does not mean there are no more. To walk forward, send `asc: true` and `from` = the last
    event's `creationDate` minus one microsecond, and drop the events already seen (key: aggregate type,
    aggregate id, sequence), because `from` is exclusive and events written together share one creation
    date; stop at an answer with no new event. Events older than the instance's audit log retention are
    never returned. Needs the `events.read` permission (IAM_OWNER, IAM_OWNER_VIEWER).

    Args:
        client: the vendor client to send it with.
        body: the request body (ListEventsRequest | Unset); its documented rules are checked before sending.
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
    result: ListEventsResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


# Bound once at import: the parsers above call these by their module-level names.
_ListEventsResponse_from_dict = ListEventsResponse.from_dict
_RpcStatus_from_dict = RpcStatus.from_dict
