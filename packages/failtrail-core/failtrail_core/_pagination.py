"""Walk every page of a paginated operation, sync or async, and resume where a walk stopped.

Four schemes (declared per operation in the spec's ``x-failtrail-pagination``):

- ``page``: page numbers; the walk ends at an empty or short page, or a null next link. Pages can be
  fetched ahead with bounded concurrency (``prefetch``); items still come out in order.
- ``cursor``: an opaque token from each answer is sent back for the next page.
- ``offset``: the answer's next offset (``nextId``) is sent back; a missing one or an end value stops.
- ``none``: one answer holds everything.

Memory stays bounded by ``prefetch`` pages, whatever the total.
"""

from __future__ import annotations

import asyncio
import json
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._exceptions import PaginationError
from ._operations import Pagination
from ._types import is_absent

__all__ = ["AsyncItems", "AsyncPages", "Cursor", "SyncItems", "SyncPages"]

P = TypeVar("P")
I = TypeVar("I")  # noqa: E741


@dataclass(frozen=True)
class Cursor:
    """Where a walk stands: the page to fetch next, and how many of its items were already seen.

    ``str(cursor)`` is a token to store; ``Cursor.parse(token)`` reads it back, so an interrupted
    run continues without losing or repeating a record.
    """

    position: Any = None
    skip: int = 0

    def __str__(self) -> str:
        return json.dumps({"p": self.position, "s": self.skip}, separators=(",", ":"))

    @classmethod
    def parse(cls, value: Cursor | str | None) -> Cursor:
        """A cursor from a stored token (or a cursor, or None for the first page)."""
        if value is None:
            return cls()
        if isinstance(value, Cursor):
            return value
        try:
            data = json.loads(value)
            return cls(position=data["p"], skip=int(data["s"]))
        except (ValueError, KeyError, TypeError):
            raise ValueError(f"not a pagination cursor: {value[:40]!r}") from None


class _Walk(Generic[P, I]):
    """The scheme's rules: what comes after a page, and which items a page holds.

    A walk ends only on the vendor's end condition: no next link, token or offset (or one of the
    declared end values); for page numbers without a next link, an empty or short page. A next
    position that does not move the walk on (a repeated token, an offset that stands still, an
    empty page that still links a next one) is a :class:`PaginationError`, raised once the page's
    records are delivered, never an endless loop.
    """

    def __init__(
        self,
        pagination: Pagination,
        items_of: Callable[[P], list[I] | None],
        next_of: Callable[[P], Any],
        page_size: int | None,
    ) -> None:
        self.pagination = pagination
        self._items_of = items_of
        self.next_of = next_of
        self.page_size = page_size
        self._seen: set[Any] = set()

    def items_of(self, page: P) -> list[I]:
        """The page's records; a page that leaves the list out holds none."""
        items = self._items_of(page)
        return [] if is_absent(items) else items  # type: ignore[return-value]

    def first(self, start: Cursor) -> Any:
        if start.position is not None:
            return start.position
        return self.pagination.first_page if self.pagination.scheme == "page" else None

    def after(self, position: Any, page: P) -> Any:
        """The position of the page after ``page``, ``_END``, or a :class:`_Stall` saying why it cannot go on."""
        pagination = self.pagination
        scheme = pagination.scheme
        if scheme == "none":
            return _END
        items = self.items_of(page)
        nxt = self.next_of(page)
        ended = is_absent(nxt) or nxt in pagination.end_values
        if scheme == "page":
            if pagination.next_field is None:
                short = self.page_size is not None and len(items) < self.page_size
                return _END if not items or short else position + 1
            if ended:
                return _END
            if not items:
                return _Stall(f"page {position} is empty but links a next page ({nxt!r})")
            return position + 1
        if ended:
            return _END
        if pagination.advance == "item-count":
            # The answer's next offset only says whether more follow; the offset of the next page is
            # this page's offset plus the records it held, whatever the server counted.
            position = pagination.first_offset if position is None else position
            nxt = position + len(items)
        if nxt == position or nxt in self._seen:
            return _Stall(f"the next {pagination.cursor_param} ({nxt!r}) does not move the walk on")
        self._seen.add(nxt)
        return nxt


@dataclass(frozen=True)
class _Stall:
    """The server's paging does not advance: the walk stops with an error after the page it has."""

    reason: str


_END = object()


class _Pager(Generic[P, I]):
    """What sync and async page walks share: the position, the cursor, and the step to the next page."""

    def __init__(self, walk: _Walk[P, I], start: Cursor, prefetch: int) -> None:
        self._walk = walk
        self._position = walk.first(start)
        self.position: Any = self._position  # the position of the page last yielded
        self._skip = start.skip
        self._done = False
        self._stall: PaginationError | None = None
        self._prefetch = max(1, prefetch) if walk.pagination.scheme == "page" else 1

    @property
    def cursor(self) -> Cursor | None:
        """The cursor of the next page not yet yielded; None once the walk is over."""
        return None if self._done else Cursor(self._position, self._skip)

    def _step(self, position: Any, page: P) -> None:
        """Take in the page at ``position``: where the walk goes next, or that it ends."""
        nxt = self._walk.after(position, page)
        self.position = position
        self._skip = 0
        if nxt is _END:
            self._done = True
        elif isinstance(nxt, _Stall):
            # Resume from this page, past its records: nothing is lost or repeated.
            resume = Cursor(position, len(self._walk.items_of(page)))
            self._stall = PaginationError(f"the walk cannot go on: {nxt.reason}", cursor=resume)
            self._position, self._skip = resume.position, resume.skip
        else:
            self._position = nxt

    def _check(self) -> None:
        """Raise the stall found at the last page, now that its records were delivered."""
        if self._stall is not None:
            raise self._stall


class SyncPages(_Pager[P, I]):
    """Iterates over pages; ``cursor`` says where to resume."""

    def __init__(self, walk: _Walk[P, I], fetch: Callable[[Any], P], start: Cursor, prefetch: int = 1) -> None:
        super().__init__(walk, start, prefetch)
        self._fetch = fetch

    def __iter__(self) -> Iterator[P]:
        if self._prefetch > 1:
            yield from self._ahead()
            return
        while not self._done:
            self._check()
            page = self._fetch(self._position)
            self._step(self._position, page)
            yield page

    def _ahead(self) -> Iterator[P]:
        """Page numbers are known in advance: keep ``prefetch`` requests in flight, yield in order."""
        with ThreadPoolExecutor(max_workers=self._prefetch, thread_name_prefix="failtrail-page") as pool:
            queue: deque[tuple[int, Future[P]]] = deque()
            upcoming = self._position
            window = 1  # the first page alone: a walk that fits in it costs one request
            try:
                while not self._done:
                    self._check()
                    while len(queue) < window:
                        queue.append((upcoming, pool.submit(self._fetch, upcoming)))
                        upcoming += 1
                    position, future = queue.popleft()
                    page = future.result()
                    self._step(position, page)
                    window = self._prefetch
                    yield page
            finally:
                for _, future in queue:
                    future.cancel()


class SyncItems(Generic[P, I]):
    """Iterates over every item of every page; ``cursor`` says where to resume."""

    def __init__(self, pages: SyncPages[P, I]) -> None:
        self._pages = pages
        self._cursor: Cursor | None = pages.cursor

    @property
    def cursor(self) -> Cursor | None:
        """The cursor of the first item not yet yielded; None once the walk is over."""
        return self._cursor

    def pages(self) -> SyncPages[P, I]:
        return self._pages

    def __iter__(self) -> Iterator[I]:
        items_of = self._pages._walk.items_of
        skip = self._pages._skip
        for page in self._pages:
            position = self._pages.position
            items = items_of(page)
            for index in range(skip, len(items)):
                self._cursor = Cursor(position, index + 1)
                yield items[index]
            skip = 0
        self._cursor = self._pages.cursor


class AsyncPages(_Pager[P, I]):
    """Iterates over pages with ``async for``; ``cursor`` says where to resume."""

    def __init__(
        self, walk: _Walk[P, I], fetch: Callable[[Any], Awaitable[P]], start: Cursor, prefetch: int = 1
    ) -> None:
        super().__init__(walk, start, prefetch)
        self._fetch = fetch

    async def __aiter__(self) -> AsyncIterator[P]:
        if self._prefetch > 1:
            async for page in self._ahead():
                yield page
            return
        while not self._done:
            self._check()
            page = await self._fetch(self._position)
            self._step(self._position, page)
            yield page

    async def _ahead(self) -> AsyncIterator[P]:
        queue: deque[tuple[int, asyncio.Task[P]]] = deque()
        upcoming = self._position
        window = 1  # the first page alone: a walk that fits in it costs one request
        try:
            while not self._done:
                self._check()
                while len(queue) < window:
                    queue.append((upcoming, asyncio.ensure_future(self._fetch(upcoming))))
                    upcoming += 1
                position, task = queue.popleft()
                page = await task
                self._step(position, page)
                window = self._prefetch
                yield page
        finally:
            for _, task in queue:
                task.cancel()
            if queue:
                await asyncio.gather(*(t for _, t in queue), return_exceptions=True)


class AsyncItems(Generic[P, I]):
    """Iterates over every item of every page with ``async for``."""

    def __init__(self, pages: AsyncPages[P, I]) -> None:
        self._pages = pages
        self._cursor: Cursor | None = pages.cursor

    @property
    def cursor(self) -> Cursor | None:
        """The cursor of the first item not yet yielded; None once the walk is over."""
        return self._cursor

    def pages(self) -> AsyncPages[P, I]:
        return self._pages

    async def __aiter__(self) -> AsyncIterator[I]:
        items_of = self._pages._walk.items_of
        skip = self._pages._skip
        async for page in self._pages:
            position = self._pages.position
            items = items_of(page)
            for index in range(skip, len(items)):
                self._cursor = Cursor(position, index + 1)
                yield items[index]
            skip = 0
        self._cursor = self._pages.cursor


def walk(
    pagination: Pagination, items_of: Callable[[P], list[I] | None], next_of: Callable[[P], Any], page_size: Any
) -> _Walk[P, I]:
    """The rules for one call's walk (``page_size`` is the size asked for, if any)."""
    return _Walk(pagination, items_of, next_of, page_size if isinstance(page_size, int) else None)
