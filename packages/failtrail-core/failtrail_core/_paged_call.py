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
    unreadable = UnreadableLog()
    parsed = _page_parser(client, parsers, strict, unreadable)

    def fetch(position: Any) -> P:
        response = client.send(request(position), retryable=operation.retryable, max_retries=max_retries)
        page: P = parsed(position, response)
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
    unreadable = UnreadableLog()
    parsed = _page_parser(client, parsers, strict, unreadable)

    async def fetch(position: Any) -> P:
        response = await client.asend(request(position), retryable=operation.retryable, max_retries=max_retries)
        page: P = parsed(position, response)
        return page

    return AsyncPager(AsyncPages(walk, fetch, Cursor.parse(cursor), prefetch, unreadable))


def _page_parser(
    client: BaseClient, parsers: Parsers, strict: bool, unreadable: UnreadableLog
) -> Callable[[Any, httpx.Response], Any]:
    """How a page's answer becomes the page, for both pagers: whole (``strict``: a bad record fails the
    page), or record by record, the records it could not read kept in ``unreadable`` by page position."""
    success, lenient, errors = parsers

    def parsed(position: Any, response: httpx.Response) -> Any:
        if strict:
            return client.parse(response, success, errors)
        page, bad = client.parse(response, lenient, errors)
        unreadable.hold(position, bad)
        return page

    return parsed
