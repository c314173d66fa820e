"""List batch changes (operation ``listBatchChangeSummaries``)."""

import datetime
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
    drifted,
    lenient_page,
    walk,
)

from ..._spec import OPERATIONS
from ...client import Client
from ...models.batch_change_approval_status import BatchChangeApprovalStatus
from ...models.batch_change_summary import BatchChangeSummary
from ...models.batch_change_summary_list import BatchChangeSummaryList
from ...types import UNSET, Response, Unset

_OP = OPERATIONS["listBatchChangeSummaries"]


def _parse_200(data: Any) -> BatchChangeSummaryList:
    result: BatchChangeSummaryList
    result = _BatchChangeSummaryList_from_dict(data)

    return result


def _parse_400(data: Any) -> str:
    result: str
    if type(data) is not str:
        data = drifted(data, "str", "$", "string")
    result = data

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


def _lenient_200(data: Any) -> tuple[BatchChangeSummaryList, list[UnreadableRecord]]:
    """A page whose unreadable records are set aside, not raised: the others are delivered."""
    return lenient_page(
        data,
        "batchChanges",
        _parse_200,
        BatchChangeSummary.from_dict,
        "batch_changes",
    )


_LENIENT: Mapping[int, Parser] = {
    200: ("json", _lenient_200),
}
_ERRORS: Mapping[int | str, Parser] = {
    400: ("text", _parse_400),
    401: ("text", _parse_401),
    403: ("text", _parse_403),
    500: ("text", _parse_500),
}


def _build(
    *,
    client: Client,
    start_from: int | None | Unset = UNSET,
    max_items: int | None | Unset = UNSET,
    ignore_access: bool | None | Unset = UNSET,
    approval_status: BatchChangeApprovalStatus | None | Unset = UNSET,
    user_name: str | None | Unset = UNSET,
    date_time_range_start: datetime.datetime | None | Unset = UNSET,
    date_time_range_end: datetime.datetime | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> httpx.Request:
    return client.build_request(
        _OP,
        {
            "startFrom": start_from,
            "maxItems": max_items,
            "ignoreAccess": ignore_access,
            "approvalStatus": approval_status,
            "userName": user_name,
            "dateTimeRangeStart": date_time_range_start,
            "dateTimeRangeEnd": date_time_range_end,
        },
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync_detailed(
    *,
    client: Client,
    start_from: int | None | Unset = UNSET,
    max_items: int | None | Unset = UNSET,
    ignore_access: bool | None | Unset = UNSET,
    approval_status: BatchChangeApprovalStatus | None | Unset = UNSET,
    user_name: str | None | Unset = UNSET,
    date_time_range_start: datetime.datetime | None | Unset = UNSET,
    date_time_range_end: datetime.datetime | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[BatchChangeSummaryList]:
    """List batch changes (raw: never raises on a status).

    Args:
        client: the vendor client to send it with.
        start_from (``startFrom`` in the query): The number of batch changes to skip (send back
            the previous nextId, which is the next offset here). Absent = 0. Default: 0.
        max_items (``maxItems`` in the query): Page size, 1 - 100 (the server's batchchange-
            routing-max-items-limit). Defaults to 100. Default: 100.
        ignore_access (``ignoreAccess`` in the query): List every user's batch changes; honoured
            only for super and support users. Default: False.
        approval_status (``approvalStatus`` in the query): Only batch changes with this approval
            status (matched case-insensitively; an unknown value is silently ignored, e.g. the
            documentation's "Rejected").
        user_name (``userName`` in the query): Only batch changes submitted by this user name.
        date_time_range_start (``dateTimeRangeStart`` in the query): Created at or after (UTC).
            The server applies it only together with dateTimeRangeEnd (one alone is ignored).
        date_time_range_end (``dateTimeRangeEnd`` in the query): Created at or before (UTC). The
            server applies it only together with dateTimeRangeStart.
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
        start_from=start_from,
        max_items=max_items,
        ignore_access=ignore_access,
        approval_status=approval_status,
        user_name=user_name,
        date_time_range_start=date_time_range_start,
        date_time_range_end=date_time_range_end,
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
    start_from: int | None | Unset = UNSET,
    max_items: int | None | Unset = UNSET,
    ignore_access: bool | None | Unset = UNSET,
    approval_status: BatchChangeApprovalStatus | None | Unset = UNSET,
    user_name: str | None | Unset = UNSET,
    date_time_range_start: datetime.datetime | None | Unset = UNSET,
    date_time_range_end: datetime.datetime | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> BatchChangeSummaryList:
    """List batch changes

    Summaries of the caller's batch changes, newest first (all users' with ignoreAccess=true for
    super and support users). A batch change whose status is Failed or PartialFailure holds failed
    single changes; get it by id for their systemMessage.

    Args:
        client: the vendor client to send it with.
        start_from (``startFrom`` in the query): The number of batch changes to skip (send back
            the previous nextId, which is the next offset here). Absent = 0. Default: 0.
        max_items (``maxItems`` in the query): Page size, 1 - 100 (the server's batchchange-
            routing-max-items-limit). Defaults to 100. Default: 100.
        ignore_access (``ignoreAccess`` in the query): List every user's batch changes; honoured
            only for super and support users. Default: False.
        approval_status (``approvalStatus`` in the query): Only batch changes with this approval
            status (matched case-insensitively; an unknown value is silently ignored, e.g. the
            documentation's "Rejected").
        user_name (``userName`` in the query): Only batch changes submitted by this user name.
        date_time_range_start (``dateTimeRangeStart`` in the query): Created at or after (UTC).
            The server applies it only together with dateTimeRangeEnd (one alone is ignored).
        date_time_range_end (``dateTimeRangeEnd`` in the query): Created at or before (UTC). The
            server applies it only together with dateTimeRangeStart.
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
        start_from=start_from,
        max_items=max_items,
        ignore_access=ignore_access,
        approval_status=approval_status,
        user_name=user_name,
        date_time_range_start=date_time_range_start,
        date_time_range_end=date_time_range_end,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    result: BatchChangeSummaryList = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    *,
    client: Client,
    start_from: int | None | Unset = UNSET,
    max_items: int | None | Unset = UNSET,
    ignore_access: bool | None | Unset = UNSET,
    approval_status: BatchChangeApprovalStatus | None | Unset = UNSET,
    user_name: str | None | Unset = UNSET,
    date_time_range_start: datetime.datetime | None | Unset = UNSET,
    date_time_range_end: datetime.datetime | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[BatchChangeSummaryList]:
    """The async form of :func:`sync_detailed`: List batch changes (raw: never raises on a status).

    Args:
        client: the vendor client to send it with.
        start_from (``startFrom`` in the query): The number of batch changes to skip (send back
            the previous nextId, which is the next offset here). Absent = 0. Default: 0.
        max_items (``maxItems`` in the query): Page size, 1 - 100 (the server's batchchange-
            routing-max-items-limit). Defaults to 100. Default: 100.
        ignore_access (``ignoreAccess`` in the query): List every user's batch changes; honoured
            only for super and support users. Default: False.
        approval_status (``approvalStatus`` in the query): Only batch changes with this approval
            status (matched case-insensitively; an unknown value is silently ignored, e.g. the
            documentation's "Rejected").
        user_name (``userName`` in the query): Only batch changes submitted by this user name.
        date_time_range_start (``dateTimeRangeStart`` in the query): Created at or after (UTC).
            The server applies it only together with dateTimeRangeEnd (one alone is ignored).
        date_time_range_end (``dateTimeRangeEnd`` in the query): Created at or before (UTC). The
            server applies it only together with dateTimeRangeStart.
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
        start_from=start_from,
        max_items=max_items,
        ignore_access=ignore_access,
        approval_status=approval_status,
        user_name=user_name,
        date_time_range_start=date_time_range_start,
        date_time_range_end=date_time_range_end,
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
    start_from: int | None | Unset = UNSET,
    max_items: int | None | Unset = UNSET,
    ignore_access: bool | None | Unset = UNSET,
    approval_status: BatchChangeApprovalStatus | None | Unset = UNSET,
    user_name: str | None | Unset = UNSET,
    date_time_range_start: datetime.datetime | None | Unset = UNSET,
    date_time_range_end: datetime.datetime | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> BatchChangeSummaryList:
    """The async form of :func:`sync`: List batch changes

    Summaries of the caller's batch changes, newest first (all users' with ignoreAccess=true for
    super and support users). A batch change whose status is Failed or PartialFailure holds failed
    single changes; get it by id for their systemMessage.

    Args:
        client: the vendor client to send it with.
        start_from (``startFrom`` in the query): The number of batch changes to skip (send back
            the previous nextId, which is the next offset here). Absent = 0. Default: 0.
        max_items (``maxItems`` in the query): Page size, 1 - 100 (the server's batchchange-
            routing-max-items-limit). Defaults to 100. Default: 100.
        ignore_access (``ignoreAccess`` in the query): List every user's batch changes; honoured
            only for super and support users. Default: False.
        approval_status (``approvalStatus`` in the query): Only batch changes with this approval
            status (matched case-insensitively; an unknown value is silently ignored, e.g. the
            documentation's "Rejected").
        user_name (``userName`` in the query): Only batch changes submitted by this user name.
        date_time_range_start (``dateTimeRangeStart`` in the query): Created at or after (UTC).
            The server applies it only together with dateTimeRangeEnd (one alone is ignored).
        date_time_range_end (``dateTimeRangeEnd`` in the query): Created at or before (UTC). The
            server applies it only together with dateTimeRangeStart.
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
        start_from=start_from,
        max_items=max_items,
        ignore_access=ignore_access,
        approval_status=approval_status,
        user_name=user_name,
        date_time_range_start=date_time_range_start,
        date_time_range_end=date_time_range_end,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    result: BatchChangeSummaryList = client.parse(response, _SUCCESS, _ERRORS)
    return result


def _walk(max_items: Any) -> Any:
    return walk(
        _OP.pagination,  # type: ignore[arg-type]
        lambda p: p.batch_changes,
        lambda p: p.next_id,
        max_items if isinstance(max_items, int) else 100,
    )


def iter_pages(
    *,
    client: Client,
    max_items: int | None | Unset = UNSET,
    ignore_access: bool | None | Unset = UNSET,
    approval_status: BatchChangeApprovalStatus | None | Unset = UNSET,
    user_name: str | None | Unset = UNSET,
    date_time_range_start: datetime.datetime | None | Unset = UNSET,
    date_time_range_end: datetime.datetime | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> SyncPages[BatchChangeSummaryList, BatchChangeSummary]:
    """Every page, one request at a time (``prefetch`` > 1 keeps that many in flight where the scheme allows).

    Start from ``cursor`` (a stored ``Cursor`` or its string) to resume an interrupted walk. A record
    that cannot be read is set aside in the pages' ``.unreadable`` and the rest of its page is
    delivered; ``strict=True`` raises ``ResponseParseError`` for the page instead.
    """
    unreadable = UnreadableLog()

    def fetch(position: Any) -> BatchChangeSummaryList:
        request = _build(
            client=client,
            start_from=UNSET if position is None else position,
            max_items=max_items,
            ignore_access=ignore_access,
            approval_status=approval_status,
            user_name=user_name,
            date_time_range_start=date_time_range_start,
            date_time_range_end=date_time_range_end,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
        if strict:
            result: BatchChangeSummaryList = client.parse(response, _SUCCESS, _ERRORS)
            return result
        page, bad = client.parse(response, _LENIENT, _ERRORS)
        unreadable.hold(position, bad)
        return cast(BatchChangeSummaryList, page)

    return SyncPages(_walk(max_items), fetch, Cursor.parse(cursor), prefetch, unreadable)


def iter_items(
    *,
    client: Client,
    max_items: int | None | Unset = UNSET,
    ignore_access: bool | None | Unset = UNSET,
    approval_status: BatchChangeApprovalStatus | None | Unset = UNSET,
    user_name: str | None | Unset = UNSET,
    date_time_range_start: datetime.datetime | None | Unset = UNSET,
    date_time_range_end: datetime.datetime | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> SyncItems[BatchChangeSummaryList, BatchChangeSummary]:
    """Every record across all pages, in order; ``.cursor`` says where to resume, ``.unreadable``
    holds the records that could not be read (``strict=True`` raises instead)."""
    return SyncItems(
        iter_pages(
            client=client,
            max_items=max_items,
            ignore_access=ignore_access,
            approval_status=approval_status,
            user_name=user_name,
            date_time_range_start=date_time_range_start,
            date_time_range_end=date_time_range_end,
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
    max_items: int | None | Unset = UNSET,
    ignore_access: bool | None | Unset = UNSET,
    approval_status: BatchChangeApprovalStatus | None | Unset = UNSET,
    user_name: str | None | Unset = UNSET,
    date_time_range_start: datetime.datetime | None | Unset = UNSET,
    date_time_range_end: datetime.datetime | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> AsyncPages[BatchChangeSummaryList, BatchChangeSummary]:
    """The async form of :func:`iter_pages`."""
    unreadable = UnreadableLog()

    async def fetch(position: Any) -> BatchChangeSummaryList:
        request = _build(
            client=client,
            start_from=UNSET if position is None else position,
            max_items=max_items,
            ignore_access=ignore_access,
            approval_status=approval_status,
            user_name=user_name,
            date_time_range_start=date_time_range_start,
            date_time_range_end=date_time_range_end,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
        if strict:
            result: BatchChangeSummaryList = client.parse(response, _SUCCESS, _ERRORS)
            return result
        page, bad = client.parse(response, _LENIENT, _ERRORS)
        unreadable.hold(position, bad)
        return cast(BatchChangeSummaryList, page)

    return AsyncPages(_walk(max_items), fetch, Cursor.parse(cursor), prefetch, unreadable)


def aiter_items(
    *,
    client: Client,
    max_items: int | None | Unset = UNSET,
    ignore_access: bool | None | Unset = UNSET,
    approval_status: BatchChangeApprovalStatus | None | Unset = UNSET,
    user_name: str | None | Unset = UNSET,
    date_time_range_start: datetime.datetime | None | Unset = UNSET,
    date_time_range_end: datetime.datetime | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> AsyncItems[BatchChangeSummaryList, BatchChangeSummary]:
    """The async form of :func:`iter_items`."""
    return AsyncItems(
        aiter_pages(
            client=client,
            max_items=max_items,
            ignore_access=ignore_access,
            approval_status=approval_status,
            user_name=user_name,
            date_time_range_start=date_time_range_start,
            date_time_range_end=date_time_range_end,
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
_BatchChangeSummaryList_from_dict = BatchChangeSummaryList.from_dict
