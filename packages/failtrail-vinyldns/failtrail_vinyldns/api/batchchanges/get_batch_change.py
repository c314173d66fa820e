"""Get a batch change (operation ``getBatchChange``)."""

from collections.abc import Mapping
from typing import Any

import httpx
from failtrail_core.gen_v1 import (
    Parser,
    drifted,
)

from ..._spec import OPERATIONS
from ...client import Client
from ...models.batch_change import BatchChange
from ...types import Response

_OP = OPERATIONS["getBatchChange"]


def _parse_200(data: Any) -> BatchChange:
    result: BatchChange
    result = _BatchChange_from_dict(data)

    return result


def _parse_401(data: Any) -> str:
    result: str
    if type(data) is not str:
        data = drifted(data, "str", "$", "string")
    result = data

    return result


def _parse_403(data: Any) -> str:
    result: str
    if type(data) is not str:
        data = drifted(data, "str", "$", "string")
    result = data

    return result


def _parse_404(data: Any) -> str:
    result: str
    if type(data) is not str:
        data = drifted(data, "str", "$", "string")
    result = data

    return result


def _parse_500(data: Any) -> str:
    result: str
    if type(data) is not str:
        data = drifted(data, "str", "$", "string")
    result = data

    return result


def _ignore(data: Any) -> None:
    return None


_SUCCESS: Mapping[int, Parser] = {
    200: ("json", _parse_200),
}
_ERRORS: Mapping[int | str, Parser] = {
    401: ("text", _parse_401),
    403: ("text", _parse_403),
    404: ("text", _parse_404),
    500: ("text", _parse_500),
}


def _build(
    batch_change_id: str,
    *,
    client: Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> httpx.Request:
    return client.build_request(
        _OP,
        {
            "batchChangeId": batch_change_id,
        },
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync_detailed(
    batch_change_id: str,
    *,
    client: Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[BatchChange]:
    """Get a batch change (raw: never raises on a status).

    Args:
        batch_change_id (``batchChangeId`` in the path): The id of the batch change.
        client: the vendor client to send it with.
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
        batch_change_id=batch_change_id,
        client=client,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


def sync(
    batch_change_id: str,
    *,
    client: Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> BatchChange:
    """Get a batch change

    A batch change with all its single changes; a failed single change has status Failed and
    (usually) a systemMessage.

    Args:
        batch_change_id (``batchChangeId`` in the path): The id of the batch change.
        client: the vendor client to send it with.
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
        batch_change_id=batch_change_id,
        client=client,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    result: BatchChange = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    batch_change_id: str,
    *,
    client: Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[BatchChange]:
    """The async form of :func:`sync_detailed`: Get a batch change (raw: never raises on a status).

    Args:
        batch_change_id (``batchChangeId`` in the path): The id of the batch change.
        client: the vendor client to send it with.
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
        batch_change_id=batch_change_id,
        client=client,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


async def asyncio(
    batch_change_id: str,
    *,
    client: Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> BatchChange:
    """The async form of :func:`sync`: Get a batch change

    A batch change with all its single changes; a failed single change has status Failed and
    (usually) a systemMessage.

    Args:
        batch_change_id (``batchChangeId`` in the path): The id of the batch change.
        client: the vendor client to send it with.
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
        batch_change_id=batch_change_id,
        client=client,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    result: BatchChange = client.parse(response, _SUCCESS, _ERRORS)
    return result


# Bound once at import: the parsers above call these by their module-level names.
_BatchChange_from_dict = BatchChange.from_dict
