"""A paginated operation's call: each page requested, sent and parsed the same way, written once here.

Generated ``sync()`` / ``asyncio()`` hand over how to build the request for a page position; this
module sends it, parses the page (record by record, unless ``strict``) and returns the pager.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ._pagination import AsyncPager, AsyncPages, Cursor, SyncPager, SyncPages, UnreadableLog, _Walk

if TYPE_CHECKING:
    import httpx

    from ._base_client import BaseClient, Parser
    from ._operations import Operation

P = TypeVar("P")
I = TypeVar("I")  # noqa: E741

Parsers = tuple[Mapping[int, "Parser"], Mapping[int, "Parser"], Mapping[int | str, "Parser"]]
"""An operation's (strict success, record-by-record success, error) parsers."""


def sync_pager(
    client: BaseClient,
    operation: Operation,
    request: Callable[[Any], httpx.Request],
    parsers: Parsers,
    walk: _Walk[P, I],
    *,
    cursor: Cursor | str | None,
    prefetch: int,
    strict: bool,
    max_retries: int | None,
) -> SyncPager[P, I]:
    """The pager of one call: its first page is fetched now (see :class:`SyncPager`)."""
    success, lenient, errors = parsers
    unreadable = UnreadableLog()

    def fetch(position: Any) -> P:
        response = client.send(request(position), retryable=operation.retryable, max_retries=max_retries)
        if strict:
            page: P = client.parse(response, success, errors)
            return page
        page, bad = client.parse(response, lenient, errors)
        unreadable.hold(position, bad)
        return page

    return SyncPager(SyncPages(walk, fetch, Cursor.parse(cursor), prefetch, unreadable))


def async_pager(
    client: BaseClient,
    operation: Operation,
    request: Callable[[Any], httpx.Request],
    parsers: Parsers,
    walk: _Walk[P, I],
    *,
    cursor: Cursor | str | None,
    prefetch: int,
    strict: bool,
    max_retries: int | None,
) -> AsyncPager[P, I]:
    """The async pager of one call: its first page is fetched at ``await`` or the first ``async for`` step."""
    success, lenient, errors = parsers
    unreadable = UnreadableLog()

    async def fetch(position: Any) -> P:
        response = await client.asend(request(position), retryable=operation.retryable, max_retries=max_retries)
        if strict:
            page: P = client.parse(response, success, errors)
            return page
        page, bad = client.parse(response, lenient, errors)
        unreadable.hold(position, bad)
        return page

    return AsyncPager(AsyncPages(walk, fetch, Cursor.parse(cursor), prefetch, unreadable))
