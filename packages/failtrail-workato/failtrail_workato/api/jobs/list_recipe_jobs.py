"""List jobs from a recipe (operation ``list_recipe_jobs``)."""

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
from ...models.job_status import JobStatus
from ...models.recipe_job import RecipeJob
from ...models.recipe_job_list import RecipeJobList
from ...models.workato_error import WorkatoError
from ...types import UNSET, Response, Unset

_OP = OPERATIONS["list_recipe_jobs"]


def _parse_200(data: Any) -> RecipeJobList:
    result: RecipeJobList
    result = _RecipeJobList_from_dict(data)

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


def _lenient_200(data: Any) -> tuple[RecipeJobList, list[UnreadableRecord]]:
    """A page whose unreadable records are set aside, not raised: the others are delivered."""
    return lenient_page(
        data,
        "items",
        _parse_200,
        RecipeJob.from_dict,
        "items",
    )


_LENIENT: Mapping[int, Parser] = {
    200: ("json", _lenient_200),
}
_ERRORS: Mapping[int | str, Parser] = {
    400: ("json", _parse_400),
    401: ("json", _parse_401),
    403: ("json", _parse_403),
    404: ("json", _parse_404),
    429: ("json", _parse_429),
    500: ("json", _parse_500),
}


def _build(
    recipe_id: int,
    *,
    client: Client,
    offset_job_id: str | None | Unset = UNSET,
    prev: bool | None | Unset = UNSET,
    status: JobStatus | None | Unset = UNSET,
    rerun_only: bool | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> httpx.Request:
    return client.build_request(
        _OP,
        {
            "recipe_id": recipe_id,
            "offset_job_id": offset_job_id,
            "prev": prev,
            "status": status,
            "rerun_only": rerun_only,
            "per_page": per_page,
        },
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync_detailed(
    recipe_id: int,
    *,
    client: Client,
    offset_job_id: str | None | Unset = UNSET,
    prev: bool | None | Unset = UNSET,
    status: JobStatus | None | Unset = UNSET,
    rerun_only: bool | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[RecipeJobList]:
    """List jobs from a recipe (raw: never raises on a status).

    Args:
        recipe_id (``recipe_id`` in the path): Recipe ID.
        client: the vendor client to send it with.
        offset_job_id (``offset_job_id`` in the query): Job ID to page from (the `id` of the last
            job received).
        prev (``prev`` in the query): false (default): jobs completed before `offset_job_id`;
            true: jobs newer than it. Default: False.
        status (``status`` in the query): Only jobs with this status (succeeded, failed or
            pending).
        rerun_only (``rerun_only`` in the query): Only jobs that were rerun.
        per_page (``per_page`` in the query): Jobs per slice (Workato's own CLI sends it; its
            default and maximum are not documented).
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
        recipe_id=recipe_id,
        client=client,
        offset_job_id=offset_job_id,
        prev=prev,
        status=status,
        rerun_only=rerun_only,
        per_page=per_page,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


def sync(
    recipe_id: int,
    *,
    client: Client,
    offset_job_id: str | None | Unset = UNSET,
    prev: bool | None | Unset = UNSET,
    status: JobStatus | None | Unset = UNSET,
    rerun_only: bool | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> RecipeJobList:
    """List jobs from a recipe

    Aggregated counts and one slice of a recipe's jobs, newest first. Run-time data (step input and
    output) is not included. To go on, send the last job's `id` as `offset_job_id` (with `prev=false`,
    the default, for older jobs); the walk ends at an empty slice. Jobs endpoints allow 60 requests per
    minute.

    Args:
        recipe_id (``recipe_id`` in the path): Recipe ID.
        client: the vendor client to send it with.
        offset_job_id (``offset_job_id`` in the query): Job ID to page from (the `id` of the last
            job received).
        prev (``prev`` in the query): false (default): jobs completed before `offset_job_id`;
            true: jobs newer than it. Default: False.
        status (``status`` in the query): Only jobs with this status (succeeded, failed or
            pending).
        rerun_only (``rerun_only`` in the query): Only jobs that were rerun.
        per_page (``per_page`` in the query): Jobs per slice (Workato's own CLI sends it; its
            default and maximum are not documented).
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
        recipe_id=recipe_id,
        client=client,
        offset_job_id=offset_job_id,
        prev=prev,
        status=status,
        rerun_only=rerun_only,
        per_page=per_page,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    result: RecipeJobList = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    recipe_id: int,
    *,
    client: Client,
    offset_job_id: str | None | Unset = UNSET,
    prev: bool | None | Unset = UNSET,
    status: JobStatus | None | Unset = UNSET,
    rerun_only: bool | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[RecipeJobList]:
    """The async form of :func:`sync_detailed`: List jobs from a recipe (raw: never raises on a status).

    Args:
        recipe_id (``recipe_id`` in the path): Recipe ID.
        client: the vendor client to send it with.
        offset_job_id (``offset_job_id`` in the query): Job ID to page from (the `id` of the last
            job received).
        prev (``prev`` in the query): false (default): jobs completed before `offset_job_id`;
            true: jobs newer than it. Default: False.
        status (``status`` in the query): Only jobs with this status (succeeded, failed or
            pending).
        rerun_only (``rerun_only`` in the query): Only jobs that were rerun.
        per_page (``per_page`` in the query): Jobs per slice (Workato's own CLI sends it; its
            default and maximum are not documented).
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
        recipe_id=recipe_id,
        client=client,
        offset_job_id=offset_job_id,
        prev=prev,
        status=status,
        rerun_only=rerun_only,
        per_page=per_page,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


async def asyncio(
    recipe_id: int,
    *,
    client: Client,
    offset_job_id: str | None | Unset = UNSET,
    prev: bool | None | Unset = UNSET,
    status: JobStatus | None | Unset = UNSET,
    rerun_only: bool | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> RecipeJobList:
    """The async form of :func:`sync`: List jobs from a recipe

    Aggregated counts and one slice of a recipe's jobs, newest first. Run-time data (step input and
    output) is not included. To go on, send the last job's `id` as `offset_job_id` (with `prev=false`,
    the default, for older jobs); the walk ends at an empty slice. Jobs endpoints allow 60 requests per
    minute.

    Args:
        recipe_id (``recipe_id`` in the path): Recipe ID.
        client: the vendor client to send it with.
        offset_job_id (``offset_job_id`` in the query): Job ID to page from (the `id` of the last
            job received).
        prev (``prev`` in the query): false (default): jobs completed before `offset_job_id`;
            true: jobs newer than it. Default: False.
        status (``status`` in the query): Only jobs with this status (succeeded, failed or
            pending).
        rerun_only (``rerun_only`` in the query): Only jobs that were rerun.
        per_page (``per_page`` in the query): Jobs per slice (Workato's own CLI sends it; its
            default and maximum are not documented).
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
        recipe_id=recipe_id,
        client=client,
        offset_job_id=offset_job_id,
        prev=prev,
        status=status,
        rerun_only=rerun_only,
        per_page=per_page,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    result: RecipeJobList = client.parse(response, _SUCCESS, _ERRORS)
    return result


def _walk(per_page: Any) -> Any:
    return walk(
        _OP.pagination,  # type: ignore[arg-type]
        lambda p: p.items,
        lambda p: p.items[-1].id if p.items else None,
        per_page if isinstance(per_page, int) else None,
    )


def iter_pages(
    recipe_id: int,
    *,
    client: Client,
    prev: bool | None | Unset = UNSET,
    status: JobStatus | None | Unset = UNSET,
    rerun_only: bool | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> SyncPages[RecipeJobList, RecipeJob]:
    """Every page, one request at a time (``prefetch`` > 1 keeps that many in flight where the scheme allows).

    Start from ``cursor`` (a stored ``Cursor`` or its string) to resume an interrupted walk. A record
    that cannot be read is set aside in the pages' ``.unreadable`` and the rest of its page is
    delivered; ``strict=True`` raises ``ResponseParseError`` for the page instead.
    """
    unreadable = UnreadableLog()

    def fetch(position: Any) -> RecipeJobList:
        request = _build(
            recipe_id=recipe_id,
            client=client,
            offset_job_id=UNSET if position is None else position,
            prev=prev,
            status=status,
            rerun_only=rerun_only,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
        if strict:
            result: RecipeJobList = client.parse(response, _SUCCESS, _ERRORS)
            return result
        page, bad = client.parse(response, _LENIENT, _ERRORS)
        unreadable.hold(position, bad)
        return cast(RecipeJobList, page)

    return SyncPages(_walk(per_page), fetch, Cursor.parse(cursor), prefetch, unreadable)


def iter_items(
    recipe_id: int,
    *,
    client: Client,
    prev: bool | None | Unset = UNSET,
    status: JobStatus | None | Unset = UNSET,
    rerun_only: bool | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> SyncItems[RecipeJobList, RecipeJob]:
    """Every record across all pages, in order; ``.cursor`` says where to resume, ``.unreadable``
    holds the records that could not be read (``strict=True`` raises instead)."""
    return SyncItems(
        iter_pages(
            recipe_id=recipe_id,
            client=client,
            prev=prev,
            status=status,
            rerun_only=rerun_only,
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
    recipe_id: int,
    *,
    client: Client,
    prev: bool | None | Unset = UNSET,
    status: JobStatus | None | Unset = UNSET,
    rerun_only: bool | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> AsyncPages[RecipeJobList, RecipeJob]:
    """The async form of :func:`iter_pages`."""
    unreadable = UnreadableLog()

    async def fetch(position: Any) -> RecipeJobList:
        request = _build(
            recipe_id=recipe_id,
            client=client,
            offset_job_id=UNSET if position is None else position,
            prev=prev,
            status=status,
            rerun_only=rerun_only,
            per_page=per_page,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
        if strict:
            result: RecipeJobList = client.parse(response, _SUCCESS, _ERRORS)
            return result
        page, bad = client.parse(response, _LENIENT, _ERRORS)
        unreadable.hold(position, bad)
        return cast(RecipeJobList, page)

    return AsyncPages(_walk(per_page), fetch, Cursor.parse(cursor), prefetch, unreadable)


def aiter_items(
    recipe_id: int,
    *,
    client: Client,
    prev: bool | None | Unset = UNSET,
    status: JobStatus | None | Unset = UNSET,
    rerun_only: bool | None | Unset = UNSET,
    per_page: int | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> AsyncItems[RecipeJobList, RecipeJob]:
    """The async form of :func:`iter_items`."""
    return AsyncItems(
        aiter_pages(
            recipe_id=recipe_id,
            client=client,
            prev=prev,
            status=status,
            rerun_only=rerun_only,
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
_RecipeJobList_from_dict = RecipeJobList.from_dict
_WorkatoError_from_dict = WorkatoError.from_dict
