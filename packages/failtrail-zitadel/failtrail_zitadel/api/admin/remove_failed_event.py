"""Remove a failed event (operation ``RemoveFailedEvent``)."""

from collections.abc import Mapping
from typing import Any

import httpx
from failtrail_core.gen_v1 import (
    Parser,
)

from ..._spec import OPERATIONS
from ...client import Client
from ...models.remove_failed_event_response import RemoveFailedEventResponse
from ...models.rpc_status import RpcStatus
from ...types import UNSET, Response, Unset

_OP = OPERATIONS["RemoveFailedEvent"]


def _parse_200(data: Any) -> RemoveFailedEventResponse:
    result: RemoveFailedEventResponse
    result = _RemoveFailedEventResponse_from_dict(data)

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
    database: str,
    view_name: str,
    failed_sequence: str,
    *,
    client: Client,
    x_zitadel_orgid: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> httpx.Request:
    return client.build_request(
        _OP,
        {
            "database": database,
            "view_name": view_name,
            "failed_sequence": failed_sequence,
            "x-zitadel-orgid": x_zitadel_orgid,
        },
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync_detailed(
    database: str,
    view_name: str,
    failed_sequence: str,
    *,
    client: Client,
    x_zitadel_orgid: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[RemoveFailedEventResponse]:
    """Remove a failed event (raw: never raises on a status).

    Args:
        database (``database`` in the path): Database (schema) of the view, as in the failed
            event's `database`.
        view_name (``view_name`` in the path): Name of the view, as in the failed event's
            `viewName`.
        failed_sequence (``failed_sequence`` in the path): Sequence of the failed event, as in the
            failed event's `failedSequence`.
        client: the vendor client to send it with.
        x_zitadel_orgid (``x-zitadel-orgid`` in the header): The organization the call is made in
            the context of (defaults to the user's own). Defaults to the client's ``org_id``.
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
        database=database,
        view_name=view_name,
        failed_sequence=failed_sequence,
        client=client,
        x_zitadel_orgid=x_zitadel_orgid,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


def sync(
    database: str,
    view_name: str,
    failed_sequence: str,
    *,
    client: Client,
    x_zitadel_orgid: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> RemoveFailedEventResponse:
    """Remove a failed event

    Deletes the event from the failed events view. The event is not retried any more; its projection
    skips it.

    Args:
        database (``database`` in the path): Database (schema) of the view, as in the failed
            event's `database`.
        view_name (``view_name`` in the path): Name of the view, as in the failed event's
            `viewName`.
        failed_sequence (``failed_sequence`` in the path): Sequence of the failed event, as in the
            failed event's `failedSequence`.
        client: the vendor client to send it with.
        x_zitadel_orgid (``x-zitadel-orgid`` in the header): The organization the call is made in
            the context of (defaults to the user's own). Defaults to the client's ``org_id``.
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
        database=database,
        view_name=view_name,
        failed_sequence=failed_sequence,
        client=client,
        x_zitadel_orgid=x_zitadel_orgid,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    result: RemoveFailedEventResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    database: str,
    view_name: str,
    failed_sequence: str,
    *,
    client: Client,
    x_zitadel_orgid: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[RemoveFailedEventResponse]:
    """The async form of :func:`sync_detailed`: Remove a failed event (raw: never raises on a status).

    Args:
        database (``database`` in the path): Database (schema) of the view, as in the failed
            event's `database`.
        view_name (``view_name`` in the path): Name of the view, as in the failed event's
            `viewName`.
        failed_sequence (``failed_sequence`` in the path): Sequence of the failed event, as in the
            failed event's `failedSequence`.
        client: the vendor client to send it with.
        x_zitadel_orgid (``x-zitadel-orgid`` in the header): The organization the call is made in
            the context of (defaults to the user's own). Defaults to the client's ``org_id``.
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
        database=database,
        view_name=view_name,
        failed_sequence=failed_sequence,
        client=client,
        x_zitadel_orgid=x_zitadel_orgid,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


async def asyncio(
    database: str,
    view_name: str,
    failed_sequence: str,
    *,
    client: Client,
    x_zitadel_orgid: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> RemoveFailedEventResponse:
    """The async form of :func:`sync`: Remove a failed event

    Deletes the event from the failed events view. The event is not retried any more; its projection
    skips it.

    Args:
        database (``database`` in the path): Database (schema) of the view, as in the failed
            event's `database`.
        view_name (``view_name`` in the path): Name of the view, as in the failed event's
            `viewName`.
        failed_sequence (``failed_sequence`` in the path): Sequence of the failed event, as in the
            failed event's `failedSequence`.
        client: the vendor client to send it with.
        x_zitadel_orgid (``x-zitadel-orgid`` in the header): The organization the call is made in
            the context of (defaults to the user's own). Defaults to the client's ``org_id``.
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
        database=database,
        view_name=view_name,
        failed_sequence=failed_sequence,
        client=client,
        x_zitadel_orgid=x_zitadel_orgid,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    result: RemoveFailedEventResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


# Bound once at import: the parsers above call these by their module-level names.
_RemoveFailedEventResponse_from_dict = RemoveFailedEventResponse.from_dict
_RpcStatus_from_dict = RpcStatus.from_dict
