"""List API collections (operation ``list_api_collections``)."""

from collections.abc import Mapping
from typing import Any, cast

import httpx
from failtrail_core.gen_v1 import (
    AsyncItems,
    AsyncPages,
    Cursor,
    DecodeError,
    Parser,
    SyncItems,
    SyncPages,
    UnreadableLog,
    UnreadableRecord,
    bad_type,
    lenient_page,
    walk,
)

from ..._spec import OPERATIONS
from ...client import Client
from ...models.api_collection import ApiCollection
from ...models.workato_error import WorkatoError
from ...types import UNSET, Response, Unset

_OP = OPERATIONS["list_api_collections"]


def _parse_200(data: Any) -> list[ApiCollection]:
    result: list[ApiCollection]
    if type(data) is not list:
        bad_type("$", "array", data)
    _result_list = []
    try:
        for _result_item in data:
            _result_list.append(_ApiCollection_from_dict(_result_item))
    except DecodeError as _e:
        raise _e.within(f"$[{len(_result_list)}]") from None
    result = _result_list

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


def _lenient_200(data: Any) -> tuple[list[ApiCollection], list[UnreadableRecord]]:
    """A page whose unreadable records are set aside, not raised: the others are delivered."""
    return lenient_page(
        data,
        None,
        _parse_200,
        ApiCollection.from_dict,
        None,
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
            "page": page,
            "per_page": per_page,
        },
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync_detailed(
    *,
    client: Client,
    page: int | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[list[ApiCollection]]:
    """List API collections (raw: never raises on a status).

    Args:
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
    *,
    client: Client,
    page: int | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> list[ApiCollection]:
    """List API collections

    Lists all API collections. The answer carries the `project_id` of the project each collection
    belongs to. The answer is a bare JSON array; the walk ends at an empty or short page.

    Args:
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
        client=client,
        page=page,
        per_page=per_page,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    result: list[ApiCollection] = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    *,
    client: Client,
    page: int | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[list[ApiCollection]]:
    """The async form of :func:`sync_detailed`: List API collections (raw: never raises on a status).

    Args:
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
    *,
    client: Client,
    page: int | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> list[ApiCollection]:
    """The async form of :func:`sync`: List API collections

    Lists all API collections. The answer carries the `project_id` of the project each collection
    belongs to. The answer is a bare JSON array; the walk ends at an empty or short page.

    Args:
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
        client=client,
        page=page,
        per_page=per_page,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    result: list[ApiCollection] = client.parse(response, _SUCCESS, _ERRORS)
    return result


def _walk(per_page: Any) -> Any:
    return walk(
        _OP.pagination,  # type: ignore[arg-type]
        lambda p: p,
        lambda p: None,
        per_page if isinstance(per_page, int) else 100,
    )


def iter_pages(
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
) -> SyncPages[list[ApiCollection], ApiCollection]:
    """Every page, one request at a time (``prefetch`` > 1 keeps that many in flight where the scheme allows).

    Start from ``cursor`` (a stored ``Cursor`` or its string) to resume an interrupted walk. A record
    that cannot be read is set aside in the pages' ``.unreadable`` and the rest of its page is
    delivered; ``strict=True`` raises ``ResponseParseError`` for the page instead.
    """
    unreadable = UnreadableLog()

    def fetch(position: Any) -> list[ApiCollection]:
        request = _build(
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
            result: list[ApiCollection] = client.parse(response, _SUCCESS, _ERRORS)
            return result
        page, bad = client.parse(response, _LENIENT, _ERRORS)
        unreadable.hold(position, bad)
        return cast(list[ApiCollection], page)

    return SyncPages(_walk(per_page), fetch, Cursor.parse(cursor), prefetch, unreadable)


def iter_items(
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
) -> SyncItems[list[ApiCollection], ApiCollection]:
    """Every record across all pages, in order; ``.cursor`` says where to resume, ``.unreadable``
    holds the records that could not be read (``strict=True`` raises instead)."""
    return SyncItems(
        iter_pages(
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
) -> AsyncPages[list[ApiCollection], ApiCollection]:
    """The async form of :func:`iter_pages`."""
    unreadable = UnreadableLog()

    async def fetch(position: Any) -> list[ApiCollection]:
        request = _build(
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
            result: list[ApiCollection] = client.parse(response, _SUCCESS, _ERRORS)
            return result
        page, bad = client.parse(response, _LENIENT, _ERRORS)
        unreadable.hold(position, bad)
        return cast(list[ApiCollection], page)

    return AsyncPages(_walk(per_page), fetch, Cursor.parse(cursor), prefetch, unreadable)


def aiter_items(
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
) -> AsyncItems[list[ApiCollection], ApiCollection]:
    """The async form of :func:`iter_items`."""
    return AsyncItems(
        aiter_pages(
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
_ApiCollection_from_dict = ApiCollection.from_dict
_WorkatoError_from_dict = WorkatoError.from_dict
