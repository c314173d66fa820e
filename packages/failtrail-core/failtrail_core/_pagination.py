"""Walk every page of a paginated operation, sync or async, and resume where a walk stopped.

Four schemes (declared per operation in the spec's ``x-failtrail-pagination``):

- ``page``: page numbers; the walk ends at an empty or short page, or a null next link. Pages can be
  fetched ahead with bounded concurrency (``prefetch``); items still come out in order.
- ``cursor``: an opaque token from each answer is sent back for the next page.
- ``offset``: the answer's next offset (``nextId``) is sent back; a missing one or an end value stops.
- ``none``: one answer holds everything.

Memory stays bounded by ``2 * prefetch`` pages, whatever the total.

A walk is begun again where it stopped: a loop that breaks off, or raises, and is begun again hands out
the record after the last one delivered (the rest of its page first), and asks again for a page that failed.

One record the parser cannot read never costs its page: by default a walk parses each record on its
own, delivers the rest, and keeps the unreadable one (raw JSON, JSON path, reason) in ``.unreadable``;
``strict=True`` raises ``ResponseParseError`` for the whole page instead.
"""

from __future__ import annotations

import itertools
import json
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from ._decode import DecodeError
from ._exceptions import PaginationError, RequestValidationError
from ._operations import Pagination
from ._types import is_absent

if TYPE_CHECKING:
    import asyncio  # imported by the walks that use them: a plain import loads neither
    from concurrent.futures import Future

__all__ = [
    "AsyncPager",
    "AsyncPages",
    "Cursor",
    "SyncPager",
    "SyncPages",
    "UnreadableLog",
    "UnreadableRecord",
    "lenient_page",
]

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
            # A RequestValidationError (a ValueError too): the call is refused before anything is sent.
            raise RequestValidationError("cursor", "format", f"not a pagination cursor: {value[:40]!r}") from None


@dataclass(frozen=True)
class UnreadableRecord:
    """A record a walk received but could not read; the records around it were delivered.

    Attributes:
        raw: the record's JSON, as it came.
        path: where in the page it went wrong (``$.data[3].latency``).
        reason: what was wrong (``expected integer, got string``).
        position: the page it came from (its page number, token or offset).
    """

    raw: Any
    path: str
    reason: str
    position: Any = None


def lenient_page(
    data: Any,
    items: str | None,
    parse_page: Callable[[Any], P],
    parse_item: Callable[[Any], Any],
    attribute: str | None,
) -> tuple[P, list[UnreadableRecord]]:
    """Parse a page record by record: the envelope as the spec says, each record on its own.

    Args:
        data: the decoded JSON of the page.
        items: the envelope's key holding the records (None: the page is a bare array).
        parse_page: the strict parser of the whole page (the envelope's errors still raise).
        parse_item: one record's parser (a model's ``from_dict``).
        attribute: the page model's attribute that holds the records.

    Returns:
        The page holding the records that parsed, and the ones that did not.
    """
    records = data if items is None else (data.get(items) if type(data) is dict else None)
    if type(records) is not list:
        return parse_page(data), []  # no list to split: the strict parser says what is wrong
    good: list[Any] = []
    bad: list[UnreadableRecord] = []
    prefix = "$" if items is None else f"$.{items}"
    for index, raw in enumerate(records):
        try:
            good.append(parse_item(raw))
        except DecodeError as error:
            located = error.within(f"{prefix}[{index}]")
            bad.append(UnreadableRecord(raw, located.path, located.reason))
    if items is None:
        return good, bad  # type: ignore[return-value]  # a bare-array page is its list of records
    page = parse_page({**data, items: []})
    setattr(page, attribute or items, good)
    return page, bad


class UnreadableLog:
    """The unreadable records of a walk's pages, counted only once their page is delivered.

    A page fetched ahead and never delivered (the walk ended first) adds nothing.
    """

    def __init__(self) -> None:
        self.records: list[UnreadableRecord] = []
        self._pending: dict[Any, list[UnreadableRecord]] = {}

    def hold(self, position: Any, bad: list[UnreadableRecord]) -> None:
        """Keep a fetched page's unreadable records until the page is delivered."""
        if bad:
            self._pending[position] = [replace(record, position=position) for record in bad]

    def deliver(self, position: Any) -> None:
        self.records.extend(self._pending.pop(position, ()))


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

    def __init__(self, walk: _Walk[P, I], start: Cursor, prefetch: int, unreadable: UnreadableLog | None) -> None:
        self._walk = walk
        self._log = UnreadableLog() if unreadable is None else unreadable
        self._position = walk.first(start)
        self.position: Any = self._position  # the position of the page last yielded
        self._skip = start.skip
        self._done = False
        self._stall: PaginationError | None = None
        self._prefetch = max(1, prefetch) if walk.pagination.scheme == "page" else 1
        self.first: P | None = None  # the first page, once fetched (see prime())

    @property
    def cursor(self) -> Cursor | None:
        """The cursor of the next page not yet yielded; None once the walk is over."""
        return None if self._done else Cursor(self._position, self._skip)

    @property
    def unreadable(self) -> list[UnreadableRecord]:
        """Records of the pages delivered so far that could not be read (empty with ``strict=True``)."""
        return self._log.records

    def _step(self, position: Any, page: P) -> None:
        """Take in the page at ``position``: where the walk goes next, or that it ends."""
        self._log.deliver(position)
        if self.first is None:
            self.first = page
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


class _Slot(Protocol):
    """Where a page's answer goes: a ``concurrent.futures.Future`` (sync walks) or an ``asyncio.Future``."""

    def cancelled(self) -> bool: ...

    def set_result(self, result: Any, /) -> None: ...

    def set_exception(self, exception: BaseException, /) -> None: ...

    def done(self) -> bool: ...

    def exception(self) -> BaseException | None: ...

    def cancel(self) -> bool: ...


S = TypeVar("S", bound=_Slot)


class _Lookahead(Generic[S]):
    """Which page a walk fetching ahead asks for next (page numbers, known in advance), and the slots the
    answers go to, in page order (``queue``: asked for, not yet delivered).

    ``prefetch`` requests stay in flight, each one replaced as soon as its answer lands, not when its
    page is delivered in order: a slow answer holds up none of the others (refilled in lockstep, a walk
    paid the slowest answer of every round). A page is asked for at most ``prefetch - 1`` past the last
    one an answer showed to exist, so the end costs at most ``prefetch - 1`` extra requests; at most
    ``2 * prefetch`` pages are held ahead of the reader; and until the reader asks for more than the
    first page, only the first is asked for (a walk that fits in one page costs one request).
    """

    def __init__(self, first: int, prefetch: int, walk: _Walk[Any, Any], slot: Callable[[], S]) -> None:
        self._first = first
        self._upcoming = first
        self._exists = first  # the furthest page known to exist (the first is asked for in any case)
        self._prefetch = prefetch
        self._walk = walk
        self._slot = slot
        self._running = 0
        self.queue: deque[tuple[int, S]] = deque()
        self.reading = False  # set once the reader asks for the page after the first
        self.stopped = False  # set when the walk ends: answers landing after it ask for nothing more

    def claim(self) -> tuple[int, S] | None:
        """The page to ask for now and the slot its answer goes to; None: none now."""
        reach = self._exists + self._prefetch - 1 if self.reading else self._first
        if (
            self.stopped
            or self._running >= self._prefetch
            or len(self.queue) >= 2 * self._prefetch
            or self._upcoming > reach
        ):
            return None
        self._running += 1
        self._upcoming += 1
        claimed = (self._upcoming - 1, self._slot())
        self.queue.append(claimed)
        return claimed

    def answered(
        self, position: int, slot: S, page: Any = None, error: BaseException | None = None
    ) -> tuple[int, S] | None:
        """The answer for ``position`` came back (``error``: the request failed; the walk raises it in its turn):
        its slot gets it, and the page its worker asks for next is claimed (None: the worker stops)."""
        self._running -= 1
        if error is None and type(self._walk.after(position, page)) is int:  # the page after it exists
            self._exists = max(self._exists, position + 1)
        if not slot.cancelled():  # cancelled: the walk ended, or the reader waiting for it was cancelled
            if error is None:
                slot.set_result(page)
            else:
                slot.set_exception(error)
        return self.claim() if error is None or isinstance(error, Exception) else None

    def end(self) -> None:
        """The walk ended: nothing more is asked for, and the answers not delivered are dropped."""
        self.stopped = True
        for _, slot in self.queue:
            if slot.done() and not slot.cancelled():
                slot.exception()  # a failure never delivered is not reported as never retrieved (asyncio)
            slot.cancel()


class SyncPages(_Pager[P, I]):
    """Iterates over pages; ``cursor`` says where to resume."""

    def __init__(
        self,
        walk: _Walk[P, I],
        fetch: Callable[[Any], P],
        start: Cursor,
        prefetch: int = 1,
        unreadable: UnreadableLog | None = None,
    ) -> None:
        super().__init__(walk, start, prefetch, unreadable)
        self._fetch = fetch
        self._walking: Generator[P, None, None] | None = None
        self._head: list[P] = []  # the page prime() fetched, not yet yielded

    def prime(self) -> None:
        """Fetch the first page now: a call that cannot work fails where it is made, not at the first loop."""
        if self._walking is not None:
            return  # already walking: the first page was fetched
        self._walking = self._walk_pages()
        self._head = [page for page in itertools.islice(self._walking, 1)]

    def __iter__(self) -> Iterator[P]:
        if self._walking is None:
            self._walking = self._walk_pages()
        while self._head:
            yield self._head.pop(0)
        for page in self._walking:  # noqa: UP028 (`yield from` would end the walk when a loop stops early)
            yield page

    def close(self) -> None:
        """End the requests fetched ahead now, not when the pager is collected (a loop that stops early
        leaves them to a loop begun again). A loop begun after goes on from the page after the last delivered."""
        walking, self._walking = self._walking, None
        if walking is not None:
            walking.close()

    def _walk_pages(self) -> Generator[P, None, None]:
        try:
            if self._prefetch > 1:
                yield from self._ahead()
                return
            while not self._done:
                self._check()
                page = self._fetch(self._position)
                self._step(self._position, page)
                yield page
        except BaseException:
            self._walking = None  # a walk that failed is begun again by the next loop, at the page that failed
            raise

    def _ahead(self) -> Generator[P, None, None]:
        """Page numbers are known in advance: requests in flight as :class:`_Lookahead` says, pages yielded in order.

        Each request is carried by a worker thread that, once its page is read, asks for the next page the
        plan allows itself: a request never waits for the reader to come back for the next page, nor for
        the reader's thread to be woken, to go out.
        """
        import threading
        from concurrent.futures import Future, ThreadPoolExecutor

        plan: _Lookahead[Future[P]] = _Lookahead(self._position, self._prefetch, self._walk, Future)
        lock = threading.Lock()  # the plan, shared by the reader and the workers

        def work(position: int, slot: Future[P]) -> None:
            while True:
                try:
                    page = self._fetch(position)
                except BaseException as exc:
                    with lock:
                        claimed = plan.answered(position, slot, error=exc)
                else:
                    with lock:
                        claimed = plan.answered(position, slot, page)
                if claimed is None:
                    return
                position, slot = claimed

        with ThreadPoolExecutor(max_workers=self._prefetch, thread_name_prefix="failtrail-page") as pool:

            def refill() -> None:
                with lock:
                    claims = list(iter(plan.claim, None))
                for claimed in claims:
                    pool.submit(work, *claimed)

            try:
                while not self._done:
                    self._check()
                    refill()
                    with lock:
                        position, slot = plan.queue.popleft()
                    page = slot.result()
                    self._step(position, page)
                    refill()
                    yield page
                    with lock:
                        plan.reading = True
            finally:
                with lock:
                    plan.end()


class AsyncPages(_Pager[P, I]):
    """Iterates over pages with ``async for``; ``cursor`` says where to resume."""

    def __init__(
        self,
        walk: _Walk[P, I],
        fetch: Callable[[Any], Awaitable[P]],
        start: Cursor,
        prefetch: int = 1,
        unreadable: UnreadableLog | None = None,
    ) -> None:
        super().__init__(walk, start, prefetch, unreadable)
        self._fetch = fetch
        self._walking: AsyncGenerator[P, None] | None = None
        self._head: list[P] = []  # the page prime() fetched, not yet yielded

    async def prime(self) -> None:
        """Fetch the first page now: a call that cannot work fails at its ``await``."""
        if self._walking is not None:
            return  # already walking (awaited before, or iterated): nothing more to fetch
        self._walking = self._walk_pages()
        async for page in self._walking:
            self._head.append(page)
            break

    async def __aiter__(self) -> AsyncIterator[P]:
        if self._walking is None:
            self._walking = self._walk_pages()
        while self._head:
            yield self._head.pop(0)
        async for page in self._walking:
            yield page

    async def aclose(self) -> None:
        """End the requests fetched ahead now, not when the pager is collected (a loop that stops early
        leaves them to a loop begun again). A loop begun after goes on from the page after the last delivered."""
        walking, self._walking = self._walking, None
        if walking is not None:
            await walking.aclose()

    async def _walk_pages(self) -> AsyncGenerator[P, None]:
        try:
            if self._prefetch > 1:
                from contextlib import aclosing

                async with aclosing(self._ahead()) as ahead:  # ending the walk ends its requests in flight
                    async for page in ahead:
                        yield page
                return
            while not self._done:
                self._check()
                page = await self._fetch(self._position)
                self._step(self._position, page)
                yield page
        except BaseException:
            self._walking = None  # a walk that failed is begun again by the next loop, at the page that failed
            raise

    async def _ahead(self) -> AsyncGenerator[P, None]:
        """Page numbers are known in advance: requests in flight as :class:`_Lookahead` says, pages yielded in order.

        Each request is carried by a worker that, once its page is read, asks for the next page the plan
        allows in the same step of the event loop: the request goes out at once, not after every other
        answer that landed with it (a task per page would be started only behind them, and the answers
        landing together would go out together again, every round).
        """
        import asyncio

        loop = asyncio.get_running_loop()
        plan: _Lookahead[asyncio.Future[P]] = _Lookahead(self._position, self._prefetch, self._walk, loop.create_future)
        workers: set[asyncio.Task[None]] = set()

        async def work(position: int, slot: asyncio.Future[P]) -> None:
            while True:
                try:
                    page = await self._fetch(position)
                except asyncio.CancelledError:
                    slot.cancel()  # a reader waiting for this page is not left waiting
                    raise
                except Exception as exc:
                    claimed = plan.answered(position, slot, error=exc)
                else:
                    claimed = plan.answered(position, slot, page)
                if claimed is None:
                    return
                position, slot = claimed

        def refill() -> None:
            while (claimed := plan.claim()) is not None:
                worker = loop.create_task(work(*claimed))
                workers.add(worker)
                worker.add_done_callback(workers.discard)

        try:
            while not self._done:
                self._check()
                refill()
                position, slot = plan.queue.popleft()
                page = await slot
                self._step(position, page)
                refill()
                yield page
                plan.reading = True
        finally:
            plan.stopped = True
            for worker in workers:
                worker.cancel()
            if workers:
                await asyncio.gather(*workers, return_exceptions=True)
            plan.end()


class _Items(Generic[P, I]):
    """What sync and async pagers share: where to resume, and the records that could not be read."""

    def __init__(self, pages: _Pager[P, I]) -> None:
        self._pager = pages
        # The resume point, kept as (page position, items of it delivered): a Cursor is built only when
        # asked for, not for every record yielded.
        self._at: tuple[Any, int] | None = None
        self._start = pages.cursor
        self._skip = pages._skip  # records of the first page already delivered, read before it is fetched
        self._held: tuple[Any, list[I]] | None = None  # the page being delivered: its position and records

    @property
    def cursor(self) -> Cursor | None:
        """The cursor of the first item not yet yielded; None once the walk is over."""
        if self._at is None:
            return self._start
        return Cursor(*self._at)

    @property
    def unreadable(self) -> list[UnreadableRecord]:
        """Records received but not readable (see :class:`UnreadableRecord`); the walk went on past them."""
        return self._pager.unreadable

    @property
    def first_page(self) -> P:
        """The first page of the walk, as the operation's page model: fetched at the call (async: at ``await``)."""
        first = self._pager.first
        if first is None:
            raise RuntimeError("the first page is not fetched yet: await the pager (or iterate it) first")
        return first

    def _records(self, position: Any, items: list[I], start: int) -> Iterator[I]:
        """The page's records from ``start``, each counted as delivered as it is handed out; the page is
        held until its last one is, so that a loop stopped inside it and begun again goes on from there."""
        self._held = (position, items)
        for index in range(start, len(items)):
            self._at = (position, index + 1)
            yield items[index]
        self._held = None

    def _rest(self) -> Iterator[I]:
        """What a loop stopped early left of its page (a new loop hands it out first: nothing is lost)."""
        if self._held is None or self._at is None:
            return iter(())
        position, items = self._held
        return self._records(position, items, self._at[1])

    def _finish(self) -> None:
        self._at = None
        self._start = self._pager.cursor


class SyncPager(_Items[P, I]):
    """What a paginated operation's ``sync()`` returns: iterate it for every record of every page.

    The first page is fetched when it is made, so a call that cannot work raises at the call.
    ``.pages()`` walks the pages instead (the same walk: use
    one or the other), ``.cursor`` says where to resume, ``.unreadable`` holds the records that
    could not be read. A loop that stops early, or raises, and is begun again goes on from the first
    record not yet delivered.
    """

    def __init__(self, pages: SyncPages[P, I]) -> None:
        super().__init__(pages)
        self._pages = pages
        pages.prime()  # the first request goes out now, as Stainless's and GAPIC's pagers do

    def pages(self) -> SyncPages[P, I]:
        """The walk page by page, each page as the operation's page model."""
        return self._pages

    def close(self) -> None:
        """End the requests fetched ahead now (see :meth:`SyncPages.close`); the walk can still go on."""
        self._pages.close()

    def __iter__(self) -> Iterator[I]:
        items_of = self._pages._walk.items_of
        yield from self._rest()
        for page in self._pages:
            skip, self._skip = self._skip, 0
            yield from self._records(self._pages.position, items_of(page), skip)
        self._finish()


class AsyncPager(_Items[P, I]):
    """What a paginated operation's ``asyncio()`` returns: ``async for`` over every record of every page.

    The async twin of :class:`SyncPager`: ``.pages()``, ``.cursor`` and ``.unreadable`` alike.
    """

    def __init__(self, pages: AsyncPages[P, I]) -> None:
        super().__init__(pages)
        self._pages = pages

    def __await__(self) -> Generator[Any, None, AsyncPager[P, I]]:
        """``await`` it to send the first request now (errors raise there); ``async for`` works either way."""
        return self._primed().__await__()

    async def _primed(self) -> AsyncPager[P, I]:
        await self._pages.prime()
        return self

    def pages(self) -> AsyncPages[P, I]:
        """The walk page by page, with ``async for``."""
        return self._pages

    async def aclose(self) -> None:
        """End the requests fetched ahead now (see :meth:`AsyncPages.aclose`); the walk can still go on."""
        await self._pages.aclose()

    async def __aiter__(self) -> AsyncIterator[I]:
        items_of = self._pages._walk.items_of
        for item in self._rest():
            yield item
        async for page in self._pages:
            skip, self._skip = self._skip, 0
            for item in self._records(self._pages.position, items_of(page), skip):
                yield item
        self._finish()


def walk(
    pagination: Pagination, items_of: Callable[[P], list[I] | None], next_of: Callable[[P], Any], page_size: Any
) -> _Walk[P, I]:
    """The rules for one call's walk (``page_size`` is the size asked for, if any)."""
    return _Walk(pagination, items_of, next_of, page_size if isinstance(page_size, int) else None)
