"""Reading every chosen vendor at once: one thread (sync) or task (async) per walk, optionally merged by time.

Each walk runs as fast as its vendor's pagination allows (its package's fetch-ahead included); the
consumer receives pages as they arrive. A walk that fails ends only itself: its error is kept in the
outcome of its vendor and every other walk goes on.

Merging yields the newest record first across all walks, k-way: a record goes out once every walk
still reading shows its next one. A walk whose vendor documents newest-first order (Zuora sorted by
time, VinylDNS's record set changes and batch changes) is streamed into the merge page by page. Any
other (Citrix, VinylDNS zone changes, ZITADEL, Workato's export and jobs) is sorted by :class:`_Spill`:
up to ``_RUN`` records in memory, beyond that in sorted runs on disk merged back at the walk's end, so
the merged order holds whatever order a vendor uses. Equal times go out in walk (configuration) order,
then as read.

What bounds memory, whatever the number of records:

* each walk has ``_CREDITS`` pages in hand at most: a page (or a sorted chunk of ``_CHUNK`` records)
  takes a credit when its walk sends it and gives it back when its last record has gone out, so a
  walk that runs ahead of the merge (or of a slow consumer) waits instead of piling up pages;
* the queue from the walks to the consumer is bounded;
* an unordered walk holds at most ``_RUN`` records in memory (or its last page, when one page is
  larger: that answer was whole in memory anyway, so it is sorted there, as ZITADEL's single answer
  of failed events is, and goes to disk only if another page follows); the rest sit on disk in anonymous
  temporary files (mode 0600, never named, gone with the process; each record whole, secrets included,
  as :mod:`._codec` writes it), at most ``_FAN_IN`` runs a level (runs of a level are merged into one of
  the next). Its final merge reads one record a run.

So a run holds about ``walks x (_CREDITS + the vendor's fetch-ahead) pages + unordered walks x _RUN``
records, plus what a vendor sends in one answer (ZITADEL sends every failed event at once).
"""

from __future__ import annotations

import asyncio
import heapq
import queue
import struct
import tempfile
import threading
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from types import TracebackType
from typing import IO, Any

from ._codec import RecordCodec
from ._errors import VendorError
from ._record import FailureRecord
from ._vendors import Page, Source, Walk
from ._window import Window

__all__ = ["AsyncFailures", "Failures", "Progress", "VendorOutcome"]

_CREDITS = 4
"""Pages (or sorted chunks) of one walk that may wait to go out at a time."""
_RUN = 1024
"""Records of an unordered walk sorted in memory; past that they are sorted into runs on disk (1024 of
VinylDNS's zone changes, the largest records, are about 4.4 MB as objects)."""
_FAN_IN = 16
"""Runs on disk of one level merged into one run of the next (and so, open files a level)."""
_CHUNK = 256
"""Records per message of an unordered walk's sorted output."""


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


@dataclass(frozen=True, slots=True)
class _Seen:
    """A page of an unordered walk, set aside to be sorted: counted now, its records come at the walk's end."""

    records: int


@dataclass(frozen=True, slots=True)
class _Sorted:
    """Records of an unordered walk, in merge order (counted when their page was seen)."""

    records: list[FailureRecord]


_DONE = object()


def _key(record: FailureRecord) -> float:
    """Newest first: the smaller the key, the sooner the record goes out."""
    return -record.when.timestamp()


class _Order:
    """Puts the walks' pages in the order the caller asked for: as they arrive, or newest first.

    Pages come in newest first (each walk's own order); ``release(walk)`` is called when a page's last
    record has gone out, which gives its walk's credit back.
    """

    def __init__(self, walks: int, merge: bool, release: Callable[[int], None]) -> None:
        self._merge = merge
        self._release = release
        self._pages: list[deque[Page]] = [deque() for _ in range(walks)]
        self._position = [0] * walks  # of the next record in each walk's first page
        self._arrived: deque[int] = deque()  # without merging: whose page came, in order
        self._finished = [False] * walks
        self._heap: list[tuple[float, int]] = []  # (key of its next record, walk) of each walk that shows one
        self._waiting = walks if merge else 0  # walks still reading that show no record: nothing goes out

    def add(self, index: int, page: Page) -> None:
        if not page:
            self._release(index)
            return
        pages = self._pages[index]
        pages.append(page)
        if not self._merge:
            self._arrived.append(index)
        elif len(pages) == 1:
            heapq.heappush(self._heap, (_key(page[0]), index))
            self._waiting -= 1

    def finish(self, index: int) -> None:
        self._finished[index] = True
        if self._merge and not self._pages[index]:
            self._waiting -= 1

    def ready(self) -> Iterator[FailureRecord]:
        """The records that can go out now (in merge mode: once every live walk shows its next one)."""
        return self._merged() if self._merge else self._as_arrived()

    def _as_arrived(self) -> Iterator[FailureRecord]:
        while self._arrived:
            index = self._arrived[0]
            page = self._pages[index][0]
            while (at := self._position[index]) < len(page):
                self._position[index] = at + 1
                yield page[at]
            self._arrived.popleft()
            self._next_page(index)

    def _merged(self) -> Iterator[FailureRecord]:
        heap = self._heap
        while heap and not self._waiting:
            _, index = heapq.heappop(heap)
            page = self._pages[index][0]
            at = self._position[index]
            # Everything of this page up to the next walk's head goes out in a row (ties: the lower walk).
            end = len(page)
            if heap:
                bound = heap[0]
                end = at + 1
                while end < len(page) and (_key(page[end]), index) < bound:
                    end += 1
            while at < end:
                self._position[index] = at + 1
                yield page[at]
                at += 1
            if end < len(page):
                heapq.heappush(heap, (_key(page[end]), index))
            elif self._next_page(index):
                heapq.heappush(heap, (_key(self._pages[index][0][0]), index))
            elif not self._finished[index]:
                self._waiting += 1  # its next page decides what goes out next

    def _next_page(self, index: int) -> bool:
        """Drop the walk's first page (all gone out) and give its credit back; whether another waits."""
        self._pages[index].popleft()
        self._position[index] = 0
        self._release(index)
        return bool(self._pages[index])


class _Spill:
    """An unordered walk's records sorted newest first, without holding them all.

    Up to ``run`` records are held; then they are sorted and written as a run (each record behind its
    key and arrival number, as :class:`._codec.RecordCodec` writes it) to an anonymous temporary file. When
    ``fan_in`` runs of one level pile up they are merged into one run of the next level, so the files stay few.
    ``sorted()`` merges the runs and the records held, reading one record a run at a time. Equal times
    keep the order they were read in.
    """

    _HEAD = struct.Struct("<dQI")  # key, arrival number, size of the encoded record

    def __init__(self, run: int | None = None, fan_in: int | None = None) -> None:
        self._run = run or _RUN
        self._fan_in = max(2, fan_in or _FAN_IN)
        self._held: list[tuple[float, int, FailureRecord]] = []
        self._count = 0
        self._runs: list[tuple[int, IO[bytes]]] = []  # (level, file), oldest first: levels never rise
        self._codec = RecordCodec()

    @property
    def runs(self) -> int:
        """Runs on disk now."""
        return len(self._runs)

    def add(self, page: Sequence[FailureRecord]) -> None:
        """Hold the page's records; what was held goes to disk first once the two together pass ``run``.

        A page is written only when another follows it: one answer (ZITADEL's failed events come in
        one) is already whole in memory, and is sorted there instead of going to disk and back.
        """
        if self._held and len(self._held) + len(page) > self._run:
            self._write_held()
        held, count = self._held, self._count
        for record in page:
            held.append((_key(record), count, record))
            count += 1
        self._count = count

    def _write_held(self) -> None:
        held, self._held = self._held, []
        held.sort(key=_ORDER)  # (key, arrival) is unique: records are never compared
        encode = self._codec.encode
        self._runs.append((0, self._written((key, number, encode(record)) for key, number, record in held)))
        del held
        while len(self._runs) >= self._fan_in and self._runs[-self._fan_in][0] == self._runs[-1][0]:
            level, group = self._runs[-1][0], self._runs[-self._fan_in :]
            del self._runs[-self._fan_in :]
            merged = self._written(heapq.merge(*(self._entries(file) for _, file in group)))
            for _, file in group:
                file.close()
            self._runs.append((level + 1, merged))

    def _written(self, entries: Iterable[tuple[float, int, bytes]]) -> IO[bytes]:
        file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close(), or once merged)
        try:
            write, head = file.write, self._HEAD.pack
            for key, number, data in entries:
                write(head(key, number, len(data)))
                write(data)
            file.flush()
        except BaseException:
            file.close()
            raise
        return file

    def _entries(self, file: IO[bytes]) -> Iterator[tuple[float, int, bytes]]:
        file.seek(0)
        read, size, unpack = file.read, self._HEAD.size, self._HEAD.unpack
        while head := read(size):
            key, number, length = unpack(head)
            yield key, number, read(length)

    def sorted(self, size: int | None = None) -> Iterator[list[FailureRecord]]:
        """Every record added, newest first, ``size`` (``_CHUNK``) at a time."""
        size = size or _CHUNK
        held, self._held = self._held, []
        held.sort(key=_ORDER)
        if not self._runs:
            for start in range(0, len(held), size):
                yield [record for _, _, record in held[start : start + size]]
            return
        decode = self._codec.decode
        sources: list[Iterator[tuple[float, int, Any]]] = [self._entries(file) for _, file in self._runs]
        chunk: list[FailureRecord] = []
        for _, _, item in heapq.merge(*sources, iter(held)):
            chunk.append(decode(item) if type(item) is bytes else item)
            if len(chunk) == size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def close(self) -> None:
        """Remove the runs (their files have no name: closing them frees the disk)."""
        runs, self._runs, self._held = self._runs, [], []
        for _, file in runs:
            file.close()


_ORDER = itemgetter(0, 1)


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


class _Run:
    """What sync and async runs share: the walks, the order, the outcomes."""

    def __init__(self, sources: Sequence[Source], window: Window, merge: bool, progress: Progress | None) -> None:
        self.sources: list[Source] = list(sources)
        self.window: Window = window
        self.merge: bool = merge
        self.progress: Progress | None = progress
        self.walks: list[Walk] = []
        self.outcomes: dict[str, VendorOutcome] = {}
        for source in self.sources:
            walks = source.walks(window)
            self.walks += walks
            self.outcomes[source.vendor] = VendorOutcome(source.vendor, _walks_left=len(walks))
        self.order: _Order = _Order(len(self.walks), merge, self._release)
        self.live: int = len(self.walks)
        for outcome in self.outcomes.values():
            if not outcome._walks_left:
                outcome.done = True

    @property
    def errors(self) -> dict[str, VendorError]:
        """The vendors that failed (each with its first error); the others' records all arrived."""
        return {name: o.error for name, o in self.outcomes.items() if o.error is not None}

    def _release(self, index: int) -> None:
        """A page of walk ``index`` has gone out: its walk may send another."""

    def _spills(self, walk: Walk) -> bool:
        """Whether the walk's pages are sorted by a :class:`_Spill` (merging, an order not documented)."""
        return self.merge and not walk.newest_first

    def _in_order(self, page: Page) -> Page:
        """A streamed page as the merge takes it: newest first (its walk's order, kept for equal times)."""
        return sorted(page, key=_key) if self.merge else page

    def receive(self, index: int, message: Any) -> None:
        walk = self.walks[index]
        outcome = self.outcomes[walk.vendor]
        if isinstance(message, _Sorted):
            self.order.add(index, message.records)
            return  # counted when its pages were seen
        if isinstance(message, list | _Seen):
            outcome.pages += 1
            outcome.records += message.records if isinstance(message, _Seen) else len(message)
            outcome.unreadable = sum(len(w.unreadable) for w in self.walks if w.vendor == walk.vendor)
            if isinstance(message, list):
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

    def _inbox_size(self) -> int:
        """The bound of the queue from the walks: every walk's credits, and room for its other messages."""
        return (_CREDITS + 1) * max(1, len(self.walks))


class Failures(_Run):
    """The records of every chosen vendor, as an iterator; ``outcomes`` and ``errors`` say how each vendor did.

    Iterate it once (in a ``with`` block, or call :meth:`close`, to stop early). Each walk runs on its
    own thread.
    """

    def __init__(self, sources: Sequence[Source], window: Window, merge: bool, progress: Progress | None) -> None:
        super().__init__(sources, window, merge, progress)
        self._queue: queue.Queue[tuple[int, Any]] = queue.Queue(maxsize=self._inbox_size())
        self._credits = [threading.Semaphore(_CREDITS) for _ in self.walks]
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

    def _release(self, index: int) -> None:
        self._credits[index].release()

    def _walk(self, index: int, walk: Walk) -> None:
        spill = _Spill() if self._spills(walk) else None
        failure: BaseException | None = None
        try:
            try:
                for page in walk.pages():
                    if spill is None:
                        sent = self._put(index, self._in_order(page), credit=True)
                    else:
                        spill.add(page)
                        sent = self._put(index, _Seen(len(page)))
                    if not sent:
                        return
            except BaseException as error:  # reported to the consumer; the other walks go on
                failure = error
            if spill is not None:  # what it read goes out, sorted, even when it failed
                try:
                    for chunk in spill.sorted():
                        if not self._put(index, _Sorted(chunk), credit=True):
                            return
                except BaseException as error:  # the disk refused
                    failure = failure or error
            self._put(index, _DONE if failure is None else _Failed(failure))
        finally:
            if spill is not None:
                spill.close()

    def _put(self, index: int, message: Any, *, credit: bool = False) -> bool:
        """Send a message (taking a credit first for records); False once the run is closed."""
        while credit and not self._credits[index].acquire(timeout=0.1):
            if self._stop.is_set():
                return False
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
    """The async form of :class:`Failures`: ``async for record in run``; each walk is a task.

    An unordered walk's sorting (:class:`_Spill`) runs on a worker thread, off the event loop.
    """

    def __init__(self, sources: Sequence[Source], window: Window, merge: bool, progress: Progress | None) -> None:
        super().__init__(sources, window, merge, progress)
        self._tasks: list[asyncio.Task[None]] = []
        self._credits = [asyncio.Semaphore(_CREDITS) for _ in self.walks]
        self._started = False
        self._closed = False

    def __aiter__(self) -> AsyncIterator[FailureRecord]:
        if self._started:
            raise RuntimeError("an AsyncFailures run can be iterated once")
        self._started = True
        return self._records()

    async def _records(self) -> AsyncIterator[FailureRecord]:
        inbox: asyncio.Queue[tuple[int, Any]] = asyncio.Queue(maxsize=self._inbox_size())
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

    def _release(self, index: int) -> None:
        self._credits[index].release()

    async def _walk(self, index: int, walk: Walk, inbox: asyncio.Queue[tuple[int, Any]]) -> None:
        spill = _Spill() if self._spills(walk) else None
        failure: BaseException | None = None
        try:
            try:
                async for page in walk.aiter():
                    if spill is None:
                        await self._credits[index].acquire()
                        await inbox.put((index, self._in_order(page)))
                    else:
                        await asyncio.to_thread(spill.add, page)
                        await inbox.put((index, _Seen(len(page))))
            except asyncio.CancelledError:
                raise
            except BaseException as error:  # reported to the consumer; the other walks go on
                failure = error
            if spill is not None:  # what it read goes out, sorted, even when it failed
                try:
                    chunks = spill.sorted()
                    while (chunk := await asyncio.to_thread(next, chunks, None)) is not None:
                        await self._credits[index].acquire()
                        await inbox.put((index, _Sorted(chunk)))
                except asyncio.CancelledError:
                    raise
                except BaseException as error:  # the disk refused
                    failure = failure or error
            await inbox.put((index, _DONE if failure is None else _Failed(failure)))
        finally:
            if spill is not None:
                spill.close()

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
