"""Create an OAuth token (operation ``createToken``)."""

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
from ...models.common_error_response import CommonErrorResponse
from ...models.proxy_unauthorized_response import ProxyUnauthorizedResponse
from ...models.rate_limit_error_body import RateLimitErrorBody
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response, Unset

_OP = OPERATIONS["createToken"]


def _parse_200(data: Any) -> TokenResponse:
    result: TokenResponse
    result = _TokenResponse_from_dict(data)

    return result


def _parse_400(data: Any) -> CommonErrorResponse:
    result: CommonErrorResponse
    result = _CommonErrorResponse_from_dict(data)

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
}


def _build(
    *,
    client: Client,
    body: TokenRequest,
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
        {},
        form=payload,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync_detailed(
    *,
    client: Client,
    body: TokenRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[TokenResponse]:
    """Create an OAuth token (raw: never raises on a status).

    Args:
        client: the vendor client to send it with.
        body: the request body (TokenRequest); its documented rules are checked before sending.
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
    body: TokenRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> TokenResponse:
    """Create an OAuth token

    Creates a bearer token that is valid for about an hour (`expires_in` seconds). Credentials
    go as form fields. The endpoint is rate limited by IP address and may answer 429.

    Args:
        client: the vendor client to send it with.
        body: the request body (TokenRequest); its documented rules are checked before sending.
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
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    result: TokenResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    *,
    client: Client,
    body: TokenRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[TokenResponse]:
    """The async form of :func:`sync_detailed`: Create an OAuth token (raw: never raises on a status).

    Args:
        client: the vendor client to send it with.
        body: the request body (TokenRequest); its documented rules are checked before sending.
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
    body: TokenRequest,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> TokenResponse:
    """The async form of :func:`sync`: Create an OAuth token

    Creates a bearer token that is valid for about an hour (`expires_in` seconds). Credentials
    go as form fields. The endpoint is rate limited by IP address and may answer 429.

    Args:
        client: the vendor client to send it with.
        body: the request body (TokenRequest); its documented rules are checked before sending.
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
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    result: TokenResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


# Bound once at import: the parsers above call these by their module-level names.
_CommonErrorResponse_from_dict = CommonErrorResponse.from_dict
_ProxyUnauthorizedResponse_from_dict = ProxyUnauthorizedResponse.from_dict
_RateLimitErrorBody_from_dict = RateLimitErrorBody.from_dict
_TokenResponse_from_dict = TokenResponse.from_dict
