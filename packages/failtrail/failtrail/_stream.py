"""Reading every chosen vendor at once: one thread (sync) or task (async) per walk, optionally merged by time.

Each walk runs as fast as its vendor's pagination allows (its package's fetch-ahead included); the
consumer receives pages as they arrive. A walk that fails ends only itself: its error is kept in the
outcome of its vendor and every other walk goes on.

Merging yields the newest record first across all walks. A walk whose vendor documents newest-first
order (Zuora sorted by time, VinylDNS's record set changes) is streamed into the merge as its pages
come; any other (Citrix, VinylDNS zone changes, ZITADEL, Workato's export) is read in full, then
sorted, before its records join the merge, so the merged order holds whatever order a vendor uses.
"""

from __future__ import annotations

import asyncio
import heapq
import queue
import threading
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from ._errors import VendorError
from ._record import FailureRecord
from ._vendors import Page, Source, Walk
from ._window import Window

__all__ = ["AsyncFailures", "Failures", "Progress", "VendorOutcome"]


@dataclass
class VendorOutcome:
    """How one vendor's reading went; updated while records arrive.

    Attributes:
        vendor: the vendor's name.
        pages: pages received so far (over all its walks).
        records: records received so far (in the time window).
        unreadable: records received that the vendor package could not read (set aside; the rest came).
        done: every walk of the vendor has ended, successfully or not.
        error: the first failure of one of its walks (the others still delivered their records).
        notes: what was skipped along the way (e.g. an export's bad rows).
    """

    vendor: str
    pages: int = 0
    records: int = 0
    unreadable: int = 0
    done: bool = False
    error: VendorError | None = None
    notes: list[str] = field(default_factory=list)
    _walks_left: int = field(default=0, repr=False)

    @property
    def ok(self) -> bool:
        return self.done and self.error is None


Progress = Callable[[VendorOutcome], None]


@dataclass(frozen=True)
class _Failed:
    error: BaseException


_DONE = object()


class _Order:
    """Puts the walks' pages in the order the caller asked for: as they arrive, or newest first."""

    def __init__(self, walks: Sequence[Walk], merge: bool) -> None:
        self._merge = merge
        self._streamed = [walk.newest_first for walk in walks]
        self._queues: list[deque[FailureRecord]] = [deque() for _ in walks]
        self._held: list[list[FailureRecord]] = [[] for _ in walks]
        self._finished = [False] * len(walks)
        self._heap: list[tuple[float, int, int]] = []
        self._in_heap = [False] * len(walks)
        self._arrived: deque[FailureRecord] = deque()

    def add(self, index: int, page: Page) -> None:
        if not self._merge:
            self._arrived.extend(page)
        elif self._streamed[index]:
            self._queues[index].extend(sorted(page, key=_newest_first))
        else:
            self._held[index].extend(page)

    def finish(self, index: int) -> None:
        self._finished[index] = True
        if self._held[index]:
            self._queues[index].extend(sorted(self._held[index], key=_newest_first))
            self._held[index] = []

    def ready(self) -> Iterator[FailureRecord]:
        """The records that can go out now (in merge mode: once every live walk shows its next one)."""
        if not self._merge:
            while self._arrived:
                yield self._arrived.popleft()
            return
        while True:
            for index, waiting in enumerate(self._queues):
                if waiting and not self._in_heap[index] and (self._streamed[index] or self._finished[index]):
                    heapq.heappush(self._heap, (-waiting[0].when.timestamp(), index, 0))
                    self._in_heap[index] = True
            if not self._heap or any(
                not done and not in_heap for done, in_heap in zip(self._finished, self._in_heap, strict=True)
            ):
                return
            _, index, _ = heapq.heappop(self._heap)
            self._in_heap[index] = False
            yield self._queues[index].popleft()


def _unreadable_notes(walks: Sequence[Walk]) -> list[str]:
    notes = []
    for walk in walks:
        if walk.unreadable:
            first = walk.unreadable[0]
            notes.append(
                f"{len(walk.unreadable)} unreadable record(s) in {walk.source} set aside;"
                f" first at {first.path}: {first.reason}"
            )
    return notes


def _newest_first(record: FailureRecord) -> float:
    return -record.when.timestamp()


class _Run:
    """What sync and async runs share: the walks, the order, the outcomes."""

    def __init__(self, sources: Sequence[Source], window: Window, merge: bool, progress: Progress | None) -> None:
        self.sources: list[Source] = list(sources)
        self.window: Window = window
        self.progress: Progress | None = progress
        self.walks: list[Walk] = []
        self.outcomes: dict[str, VendorOutcome] = {}
        for source in self.sources:
            walks = source.walks(window)
            self.walks += walks
            self.outcomes[source.vendor] = VendorOutcome(source.vendor, _walks_left=len(walks))
        self.order: _Order = _Order(self.walks, merge)
        self.live: int = len(self.walks)
        for outcome in self.outcomes.values():
            if not outcome._walks_left:
                outcome.done = True

    @property
    def errors(self) -> dict[str, VendorError]:
        """The vendors that failed (each with its first error); the others' records all arrived."""
        return {name: o.error for name, o in self.outcomes.items() if o.error is not None}

    def receive(self, index: int, message: Any) -> None:
        walk = self.walks[index]
        outcome = self.outcomes[walk.vendor]
        if isinstance(message, list):
            outcome.pages += 1
            outcome.records += len(message)
            outcome.unreadable = sum(len(w.unreadable) for w in self.walks if w.vendor == walk.vendor)
            self.order.add(index, message)
        else:
            if isinstance(message, _Failed) and outcome.error is None:
                outcome.error = VendorError(walk.vendor, walk.source, message.error)
            self.order.finish(index)
            self.live -= 1
            outcome._walks_left -= 1
            if outcome._walks_left == 0:
                outcome.done = True
                source = next(s for s in self.sources if s.vendor == walk.vendor)
                outcome.notes += source.notes()
                outcome.notes += _unreadable_notes([w for w in self.walks if w.vendor == walk.vendor])
        if self.progress is not None:
            self.progress(outcome)


class Failures(_Run):
    """The records of every chosen vendor, as an iterator; ``outcomes`` and ``errors`` say how each vendor did.

    Iterate it once (in a ``with`` block, or call :meth:`close`, to stop early). Each walk runs on its
    own thread.
    """

    def __init__(self, sources: Sequence[Source], window: Window, merge: bool, progress: Progress | None) -> None:
        super().__init__(sources, window, merge, progress)
        self._queue: queue.Queue[tuple[int, Any]] = queue.Queue(maxsize=0 if merge else 4 * max(1, len(self.walks)))
        self._stop = threading.Event()
        self._started = False
        self._closed = False

    def __iter__(self) -> Iterator[FailureRecord]:
        if self._started:
            raise RuntimeError("a Failures run can be iterated once")
        self._started = True
        return self._records()

    def _records(self) -> Iterator[FailureRecord]:
        try:
            for index, walk in enumerate(self.walks):
                name = f"failtrail-{walk.vendor}-{index}"
                threading.Thread(target=self._walk, args=(index, walk), name=name, daemon=True).start()
            while self.live:
                index, message = self._queue.get()
                self.receive(index, message)
                yield from self.order.ready()
            yield from self.order.ready()
        finally:
            self.close()

    def _walk(self, index: int, walk: Walk) -> None:
        try:
            for page in walk.pages():
                if not self._put(index, page):
                    return
            self._put(index, _DONE)
        except BaseException as error:  # reported to the consumer; the other walks go on
            self._put(index, _Failed(error))

    def _put(self, index: int, message: Any) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put((index, message), timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def close(self) -> None:
        """Stop the walks (each ends after its current page) and close the vendors' clients."""
        if self._closed:
            return
        self._closed = True
        self._stop.set()
        for source in self.sources:
            source.close()

    def __enter__(self) -> Failures:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncFailures(_Run):
    """The async form of :class:`Failures`: ``async for record in run``; each walk is a task."""

    def __init__(self, sources: Sequence[Source], window: Window, merge: bool, progress: Progress | None) -> None:
        super().__init__(sources, window, merge, progress)
        self._tasks: list[asyncio.Task[None]] = []
        self._started = False
        self._closed = False

    def __aiter__(self) -> AsyncIterator[FailureRecord]:
        if self._started:
            raise RuntimeError("an AsyncFailures run can be iterated once")
        self._started = True
        return self._records()

    async def _records(self) -> AsyncIterator[FailureRecord]:
        inbox: asyncio.Queue[tuple[int, Any]] = asyncio.Queue(maxsize=0)
        try:
            self._tasks = [asyncio.create_task(self._walk(i, walk, inbox)) for i, walk in enumerate(self.walks)]
            while self.live:
                index, message = await inbox.get()
                self.receive(index, message)
                for record in self.order.ready():
                    yield record
            for record in self.order.ready():
                yield record
        finally:
            await self.aclose()

    async def _walk(self, index: int, walk: Walk, inbox: asyncio.Queue[tuple[int, Any]]) -> None:
        try:
            async for page in walk.aiter():
                await inbox.put((index, page))
            await inbox.put((index, _DONE))
        except asyncio.CancelledError:
            raise
        except BaseException as error:  # reported to the consumer; the other walks go on
            await inbox.put((index, _Failed(error)))

    async def aclose(self) -> None:
        """Cancel the walks still running and close the vendors' clients."""
        if self._closed:
            return
        self._closed = True
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for source in self.sources:
            await source.aclose()
            source.close()

    async def __aenter__(self) -> AsyncFailures:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
