"""List API keys (operation ``list_api_keys``)."""

from collections.abc import Mapping
from typing import Any, cast

import httpx
from failtrail_core.gen_v1 import (
    AsyncItems,
    AsyncPages,
    Cursor,
    Parser,
    SyncItems,
    SyncPages,
    UnreadableLog,
    UnreadableRecord,
    lenient_page,
    walk,
)

from ..._spec import OPERATIONS
from ...client import Client
from ...models.api_key import ApiKey
from ...models.api_key_list_response import ApiKeyListResponse
from ...models.workato_error import WorkatoError
from ...types import UNSET, Response, Unset

_OP = OPERATIONS["list_api_keys"]


def _parse_200(data: Any) -> ApiKeyListResponse:
    result: ApiKeyListResponse
    result = _ApiKeyListResponse_from_dict(data)

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


def _lenient_200(data: Any) -> tuple[ApiKeyListResponse, list[UnreadableRecord]]:
    """A page whose unreadable records are set aside, not raised: the others are delivered."""
    return lenient_page(
        data,
        "data",
        _parse_200,
        ApiKey.from_dict,
        "data",
    )


_LENIENT: Mapping[int, Parser] = {
    200: ("json", _lenient_200),
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
    page: int | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> httpx.Request:
    return client.build_request(
        _OP,
        {
            "api_client_id": api_client_id,
            "page": page,
            "per_page": per_page,
        },
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync_detailed(
    api_client_id: int,
    *,
    client: Client,
    page: int | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[ApiKeyListResponse]:
    """List API keys (raw: never raises on a status).

    Args:
        api_client_id (``api_client_id`` in the path): ID of the API client.
        client: the vendor client to send it with.
        page (``page`` in the query): Page number to fetch. Defaults to 1. Default: 1.
        per_page (``per_page`` in the query): Number of records per page. Defaults to 100; at most
            100. Default: 100.
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
        page=page,
        per_page=per_page,
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
    page: int | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> ApiKeyListResponse:
    """List API keys

    Lists the API keys of an API client. Workato documents no paging parameters for this list (the
    answer echoes `page` and `per_page`); a client with fewer than `per_page` keys gets them in one
    page.

    Args:
        api_client_id (``api_client_id`` in the path): ID of the API client.
        client: the vendor client to send it with.
        page (``page`` in the query): Page number to fetch. Defaults to 1. Default: 1.
        per_page (``per_page`` in the query): Number of records per page. Defaults to 100; at most
            100. Default: 100.
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
        page=page,
        per_page=per_page,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    result: ApiKeyListResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    api_client_id: int,
    *,
    client: Client,
    page: int | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[ApiKeyListResponse]:
    """The async form of :func:`sync_detailed`: List API keys (raw: never raises on a status).

    Args:
        api_client_id (``api_client_id`` in the path): ID of the API client.
        client: the vendor client to send it with.
        page (``page`` in the query): Page number to fetch. Defaults to 1. Default: 1.
        per_page (``per_page`` in the query): Number of records per page. Defaults to 100; at most
            100. Default: 100.
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
        page=page,
        per_page=per_page,
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
    page: int | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> ApiKeyListResponse:
    """The async form of :func:`sync`: List API keys

    Lists the API keys of an API client. Workato documents no paging parameters for this list (the
    answer echoes `page` and `per_page`); a client with fewer than `per_page` keys gets them in one
    page.

    Args:
        api_client_id (``api_client_id`` in the path): ID of the API client.
        client: the vendor client to send it with.
        page (``page`` in the query): Page number to fetch. Defaults to 1. Default: 1.
        per_page (``per_page`` in the query): Number of records per page. Defaults to 100; at most
            100. Default: 100.
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
        page=page,
        per_page=per_page,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    result: ApiKeyListResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


def _walk(per_page: Any) -> Any:
    return walk(
        _OP.pagination,  # type: ignore[arg-type]
        lambda p: p.data,
        lambda p: None,
        per_page if isinstance(per_page, int) else 100,
    )


def iter_pages(
    api_client_id: int,
    *,
    client: Client,
    per_page: int | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> SyncPages[ApiKeyListResponse, ApiKey]:
    """Every page, one request at a time (``prefetch`` > 1 keeps that many in flight where the scheme allows).

    Start from ``cursor`` (a stored ``Cursor`` or its string) to resume an interrupted walk. A record
    that cannot be read is set aside in the pages' ``.unreadable`` and the rest of its page is
    delivered; ``strict=True`` raises ``ResponseParseError`` for the page instead.
    """
    unreadable = UnreadableLog()

    def fetch(position: Any) -> ApiKeyListResponse:
        request = _build(
            api_client_id=api_client_id,
            client=client,
            page=UNSET if position is None else position,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
        if strict:
            result: ApiKeyListResponse = client.parse(response, _SUCCESS, _ERRORS)
            return result
        page, bad = client.parse(response, _LENIENT, _ERRORS)
        unreadable.hold(position, bad)
        return cast(ApiKeyListResponse, page)

    return SyncPages(_walk(per_page), fetch, Cursor.parse(cursor), prefetch, unreadable)


def iter_items(
    api_client_id: int,
    *,
    client: Client,
    per_page: int | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> SyncItems[ApiKeyListResponse, ApiKey]:
    """Every record across all pages, in order; ``.cursor`` says where to resume, ``.unreadable``
    holds the records that could not be read (``strict=True`` raises instead)."""
    return SyncItems(
        iter_pages(
            api_client_id=api_client_id,
            client=client,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            cursor=cursor,
            prefetch=prefetch,
            strict=strict,
        )
    )


def aiter_pages(
    api_client_id: int,
    *,
    client: Client,
    per_page: int | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> AsyncPages[ApiKeyListResponse, ApiKey]:
    """The async form of :func:`iter_pages`."""
    unreadable = UnreadableLog()

    async def fetch(position: Any) -> ApiKeyListResponse:
        request = _build(
            api_client_id=api_client_id,
            client=client,
            page=UNSET if position is None else position,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
        if strict:
            result: ApiKeyListResponse = client.parse(response, _SUCCESS, _ERRORS)
            return result
        page, bad = client.parse(response, _LENIENT, _ERRORS)
        unreadable.hold(position, bad)
        return cast(ApiKeyListResponse, page)

    return AsyncPages(_walk(per_page), fetch, Cursor.parse(cursor), prefetch, unreadable)


def aiter_items(
    api_client_id: int,
    *,
    client: Client,
    per_page: int | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> AsyncItems[ApiKeyListResponse, ApiKey]:
    """The async form of :func:`iter_items`."""
    return AsyncItems(
        aiter_pages(
            api_client_id=api_client_id,
            client=client,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            cursor=cursor,
            prefetch=prefetch,
            strict=strict,
        )
    )


# Bound once at import: the parsers above call these by their module-level names.
_ApiKeyListResponse_from_dict = ApiKeyListResponse.from_dict
_WorkatoError_from_dict = WorkatoError.from_dict
