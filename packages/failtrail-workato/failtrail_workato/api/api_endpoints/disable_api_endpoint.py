"""Disable an API endpoint (operation ``disable_api_endpoint``)."""

from collections.abc import Mapping
from typing import Any

import httpx
from failtrail_core.gen_v1 import (
    Parser,
)

from ..._spec import OPERATIONS
from ...client import Client
from ...models.success_response import SuccessResponse
from ...models.workato_error import WorkatoError
from ...types import Response

_OP = OPERATIONS["disable_api_endpoint"]


def _parse_200(data: Any) -> SuccessResponse:
    result: SuccessResponse
    result = _SuccessResponse_from_dict(data)

    return result


def _parse_400(data: Any) -> WorkatoError:
    result: WorkatoError
    result = _WorkatoError_from_dict(data)

    return result


def _parse_401(data: Any) -> WorkatoError:
    result: WorkatoError
    result = _WorkatoError_from_dict(data)

    return result


def _parse_403(data: Any) -> WorkatoError:
    result: WorkatoError
    result = _WorkatoError_from_dict(data)

    return result


def _parse_404(data: Any) -> WorkatoError:
    result: WorkatoError
    result = _WorkatoError_from_dict(data)

    return result


def _parse_422(data: Any) -> WorkatoError:
    result: WorkatoError
    result = _WorkatoError_from_dict(data)

    return result


def _parse_429(data: Any) -> WorkatoError:
    result: WorkatoError
    result = _WorkatoError_from_dict(data)

    return result


def _parse_500(data: Any) -> WorkatoError:
    result: WorkatoError
    result = _WorkatoError_from_dict(data)

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
    422: ("json", _parse_422),
    429: ("json", _parse_429),
    500: ("json", _parse_500),
}


def _build(
    api_endpoint_id: int,
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
            "api_endpoint_id": api_endpoint_id,
        },
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync_detailed(
    api_endpoint_id: int,
    *,
    client: Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[SuccessResponse]:
    """Disable an API endpoint (raw: never raises on a status).

    Args:
        api_endpoint_id (``api_endpoint_id`` in the path): ID of the API endpoint.
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
        api_endpoint_id=api_endpoint_id,
        client=client,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


def sync(
    api_endpoint_id: int,
    *,
    client: Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> SuccessResponse:
    """Disable an API endpoint

    Disables (deactivates) an API endpoint in a collection.

    Args:
        api_endpoint_id (``api_endpoint_id`` in the path): ID of the API endpoint.
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
        api_endpoint_id=api_endpoint_id,
        client=client,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    result: SuccessResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    api_endpoint_id: int,
    *,
    client: Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[SuccessResponse]:
    """The async form of :func:`sync_detailed`: Disable an API endpoint (raw: never raises on a status).

    Args:
        api_endpoint_id (``api_endpoint_id`` in the path): ID of the API endpoint.
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
        api_endpoint_id=api_endpoint_id,
        client=client,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


async def asyncio(
    api_endpoint_id: int,
    *,
    client: Client,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> SuccessResponse:
    """The async form of :func:`sync`: Disable an API endpoint

    Disables (deactivates) an API endpoint in a collection.

    Args:
        api_endpoint_id (``api_endpoint_id`` in the path): ID of the API endpoint.
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
        api_endpoint_id=api_endpoint_id,
        client=client,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    result: SuccessResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


# Bound once at import: the parsers above call these by their module-level names.
_SuccessResponse_from_dict = SuccessResponse.from_dict
_WorkatoError_from_dict = WorkatoError.from_dict
