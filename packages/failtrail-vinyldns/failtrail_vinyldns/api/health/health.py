"""Health check (operation ``health``)."""

from collections.abc import Mapping
from typing import Any

import httpx
from failtrail_core.gen_v1 import (
    Parser,
    drifted,
)

from ..._spec import OPERATIONS
from ...client import Client
from ...types import Response

_OP = OPERATIONS["health"]


def _parse_200(data: Any) -> str:
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
    200: ("text", _parse_200),
}
_ERRORS: Mapping[int | str, Parser] = {
    500: ("text", _parse_500),
}


def _build(
    *,
    client: Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> httpx.Request:
    return client.build_request(
        _OP,
        {},
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync_detailed(
    *,
    client: Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[str]:
    """Health check (raw: never raises on a status).

    Args:
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
        client=client,
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
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> str:
    """Health check

    Health check of the API's data stores. No authentication. Answers 200 with the text "OK"; on
    any failed check, 500 with VinylDNS's generic "There was an internal server error.".

    Args:
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
        client=client,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    result: str = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    *,
    client: Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[str]:
    """The async form of :func:`sync_detailed`: Health check (raw: never raises on a status).

    Args:
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
        client=client,
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
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> str:
    """The async form of :func:`sync`: Health check

    Health check of the API's data stores. No authentication. Answers 200 with the text "OK"; on
    any failed check, 500 with VinylDNS's generic "There was an internal server error.".

    Args:
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
        client=client,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    result: str = client.parse(response, _SUCCESS, _ERRORS)
    return result
