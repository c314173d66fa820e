"""Create an API key (operation ``create_api_key``)."""

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
from ...models.api_key_response import ApiKeyResponse
from ...models.create_api_key_request import CreateApiKeyRequest
from ...models.workato_error import WorkatoError
from ...types import Response, Unset

_OP = OPERATIONS["create_api_key"]


def _parse_200(data: Any) -> ApiKeyResponse:
    result: ApiKeyResponse
    result = _ApiKeyResponse_from_dict(data)

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
    api_client_id: int,
    *,
    client: Client,
    body: CreateApiKeyRequest,
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
            "api_client_id": api_client_id,
        },
        json=payload,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync_detailed(
    api_client_id: int,
    *,
    client: Client,
    body: CreateApiKeyRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[ApiKeyResponse]:
    """Create an API key (raw: never raises on a status).

    Args:
        api_client_id (``api_client_id`` in the path): ID of the API client.
        client: the vendor client to send it with.
        body: the request body (CreateApiKeyRequest); its documented rules are checked before sending.
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
        api_client_id=api_client_id,
        client=client,
        body=body,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


def sync(
    api_client_id: int,
    *,
    client: Client,
    body: CreateApiKeyRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> ApiKeyResponse:
    """Create an API key

    Creates an API key for an API client. The answer carries the key's token (`auth_token`).

    Args:
        api_client_id (``api_client_id`` in the path): ID of the API client.
        client: the vendor client to send it with.
        body: the request body (CreateApiKeyRequest); its documented rules are checked before sending.
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
        api_client_id=api_client_id,
        client=client,
        body=body,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    result: ApiKeyResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    api_client_id: int,
    *,
    client: Client,
    body: CreateApiKeyRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[ApiKeyResponse]:
    """The async form of :func:`sync_detailed`: Create an API key (raw: never raises on a status).

    Args:
        api_client_id (``api_client_id`` in the path): ID of the API client.
        client: the vendor client to send it with.
        body: the request body (CreateApiKeyRequest); its documented rules are checked before sending.
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
        api_client_id=api_client_id,
        client=client,
        body=body,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


async def asyncio(
    api_client_id: int,
    *,
    client: Client,
    body: CreateApiKeyRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> ApiKeyResponse:
    """The async form of :func:`sync`: Create an API key

    Creates an API key for an API client. The answer carries the key's token (`auth_token`).

    Args:
        api_client_id (``api_client_id`` in the path): ID of the API client.
        client: the vendor client to send it with.
        body: the request body (CreateApiKeyRequest); its documented rules are checked before sending.
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
        api_client_id=api_client_id,
        client=client,
        body=body,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    result: ApiKeyResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


# Bound once at import: the parsers above call these by their module-level names.
_ApiKeyResponse_from_dict = ApiKeyResponse.from_dict
_WorkatoError_from_dict = WorkatoError.from_dict
