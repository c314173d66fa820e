"""Merging in bounded memory: a walk ahead of the merge waits, an unordered walk is sorted through disk.

The walks here are made up (pages produced on demand, counted), so what is held can be counted
exactly, whatever the threads' timing: a walk may have produced at most its credits, plus the page it
is trying to send, beyond what went out.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import failtrail
import pytest
from failtrail import AsyncFailures, FailureRecord, Failures, _stream
from failtrail._vendors import Page, Walk

from .conftest import NOW as SANDBOX_NOW
from .conftest import SINCE, Vendors

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
WINDOW = failtrail.window(NOW - timedelta(days=30), NOW)


def _record(vendor: str, number: int, when: datetime) -> FailureRecord:
    return FailureRecord(vendor, "test", str(number), when, None, None, None, None, None, None, None)


@dataclass
class _Made:
    """One made-up walk: its pages, and how many of them it has produced so far."""

    vendor: str
    pages: list[Page]
    newest_first: bool
    produced: int = 0
    fail_after: int | None = None

    def walk(self) -> Walk:
        def pages() -> Iterator[Page]:
            for number, page in enumerate(self.pages):
                if number == self.fail_after:
                    raise ConnectionError("the vendor went away")
                self.produced += 1
                yield page

        async def apages() -> AsyncIterator[Page]:
            for page in pages():
                yield page

        return Walk(self.vendor, "made up", self.newest_first, pages, apages)


@dataclass
class _Source:
    vendor: str
    made: list[_Made] = field(default_factory=list)

    def walks(self, window: Any) -> list[Walk]:
        return [made.walk() for made in self.made]

    def check(self) -> str:
        return "made up"

    def notes(self) -> list[str]:
        return []

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


def _newest_first(vendor: str, pages: int, size: int, seed: int) -> _Made:
    rng = random.Random(seed)
    moments = sorted((NOW - timedelta(seconds=rng.randrange(86400 * 20)) for _ in range(pages * size)), reverse=True)
    records = [_record(vendor, n, when) for n, when in enumerate(moments)]
    return _Made(vendor, [records[i : i + size] for i in range(0, len(records), size)], newest_first=True)


def _unordered(vendor: str, pages: int, size: int, seed: int) -> _Made:
    rng = random.Random(seed)
    # Whole minutes: many equal times, which must keep the order they were read in.
    records = [_record(vendor, n, NOW - timedelta(minutes=rng.randrange(60 * 24 * 20))) for n in range(pages * size)]
    return _Made(vendor, [records[i : i + size] for i in range(0, len(records), size)], newest_first=False)


def _expected(walks: list[_Made]) -> list[tuple[str, str]]:
    """The documented order: newest first; equal times by walk, then as read."""
    keyed = [
        (-r.when.timestamp(), w, n, r)
        for w, made in enumerate(walks)
        for n, r in enumerate(r for p in made.pages for r in p)
    ]
    return [(r.vendor, r.id) for *_, r in sorted(keyed, key=lambda item: item[:3])]


class _CountingSpill(_stream._Spill):
    """A spill that notes how many records it ever held and how many runs it ever had on disk."""

    most_held = 0
    most_runs = 0
    written = 0

    def add(self, page: Any) -> None:
        super().add(page)
        _CountingSpill.most_held = max(_CountingSpill.most_held, len(self._held))
        _CountingSpill.most_runs = max(_CountingSpill.most_runs, self.runs)

    def _write_held(self) -> None:
        _CountingSpill.written += len(self._held)
        super()._write_held()


@pytest.fixture
def spill(monkeypatch: pytest.MonkeyPatch) -> type[_CountingSpill]:
    monkeypatch.setattr(_stream, "_RUN", 50)
    monkeypatch.setattr(_stream, "_FAN_IN", 3)
    monkeypatch.setattr(_stream, "_CHUNK", 16)
    monkeypatch.setattr(_stream, "_Spill", _CountingSpill)
    _CountingSpill.most_held = _CountingSpill.most_runs = _CountingSpill.written = 0
    return _CountingSpill


def test_a_walk_ahead_of_the_merge_waits_while_an_unordered_one_is_sorted_on_disk(spill: type[_CountingSpill]) -> None:
    streamed = _newest_first("zuora", pages=300, size=10, seed=1)
    unordered = _unordered("citrix", pages=120, size=10, seed=2)
    also = _newest_first("vinyldns", pages=40, size=7, seed=3)
    sources = [_Source("zuora", [streamed]), _Source("citrix", [unordered]), _Source("vinyldns", [also])]
    out: list[tuple[str, str]] = []
    with Failures(sources, WINDOW, True, None) as run:
        for record in run:
            out.append((record.vendor, record.id))
            gone = sum(vendor == "zuora" for vendor, _ in out)
            # Its pages gone out (whole or begun), its credits, and the one it is trying to send.
            assert streamed.produced <= -(-gone // 10) + _stream._CREDITS + 1
    assert run.errors == {}
    assert out == _expected([streamed, unordered, also])
    assert {name: o.records for name, o in run.outcomes.items()} == {"zuora": 3000, "citrix": 1200, "vinyldns": 280}
    # The unordered walk went through disk: 50 records held at most (plus the page that filled them),
    # and its runs merged three at a time as they came, never more than two a level.
    assert spill.written >= 1150 and spill.most_held < 50 + 10
    assert 0 < spill.most_runs <= 2 * 4


async def test_the_async_form_merges_in_bounded_memory_too(spill: type[_CountingSpill]) -> None:
    streamed = _newest_first("zuora", pages=200, size=10, seed=4)
    unordered = _unordered("citrix", pages=90, size=10, seed=5)
    sources = [_Source("zuora", [streamed]), _Source("citrix", [unordered])]
    out: list[tuple[str, str]] = []
    async with AsyncFailures(sources, WINDOW, True, None) as run:
        async for record in run:
            out.append((record.vendor, record.id))
            gone = sum(vendor == "zuora" for vendor, _ in out)
            assert streamed.produced <= -(-gone // 10) + _stream._CREDITS + 1
    assert out == _expected([streamed, unordered])
    assert spill.written >= 850


def test_an_unordered_walk_that_fails_delivers_what_it_read_sorted(spill: type[_CountingSpill]) -> None:
    streamed = _newest_first("zuora", pages=30, size=10, seed=6)
    unordered = _unordered("citrix", pages=40, size=10, seed=7)
    unordered.fail_after = 25
    read = _Made("citrix", unordered.pages[:25], newest_first=False)
    with Failures([_Source("zuora", [streamed]), _Source("citrix", [unordered])], WINDOW, True, None) as run:
        out = [(record.vendor, record.id) for record in run]
    assert out == _expected([streamed, read])
    assert list(run.errors) == ["citrix"] and isinstance(run.errors["citrix"].__cause__, ConnectionError)
    assert run.outcomes["citrix"].records == 250 and spill.written >= 200


def test_a_slow_consumer_holds_back_every_walk_without_merging() -> None:
    walks = [_newest_first("zuora", pages=100, size=5, seed=8), _unordered("citrix", pages=100, size=5, seed=9)]
    with Failures([_Source("zuora", walks[:1]), _Source("citrix", walks[1:])], WINDOW, False, None) as run:
        seen: dict[str, int] = {"zuora": 0, "citrix": 0}
        for record in run:
            seen[record.vendor] += 1
            for made in walks:
                assert made.produced <= -(-seen[made.vendor] // 5) + _stream._CREDITS + 1
    assert seen == {"zuora": 500, "citrix": 500}


@pytest.mark.parametrize(("records", "run", "fan_in"), [(0, 4, 2), (3, 4, 2), (1000, 7, 3), (999, 1, 2)])
def test_the_spill_sorts_newest_first_keeping_the_order_of_equal_times(records: int, run: int, fan_in: int) -> None:
    rng = random.Random(records)
    made = [_record("citrix", n, NOW - timedelta(minutes=rng.randrange(50))) for n in range(records)]
    spill = _stream._Spill(run=run, fan_in=fan_in)
    try:
        for start in range(0, records, 13):
            spill.add(made[start : start + 13])
        levels = max(1, records // run).bit_length()
        assert spill.runs <= (fan_in - 1) * levels
        chunks = list(spill.sorted(size=10))
    finally:
        spill.close()
    assert [len(chunk) for chunk in chunks] == [10] * (records // 10) + ([records % 10] if records % 10 else [])
    got = [record for chunk in chunks for record in chunk]
    assert [r.id for r in got] == [r.id for r in sorted(made, key=lambda r: -r.when.timestamp())]
    assert got == sorted(made, key=lambda r: -r.when.timestamp())  # whole records back from disk


def test_one_answer_is_sorted_where_it_is_and_a_second_page_sends_what_was_held_to_disk() -> None:
    made = [_record("zitadel", n, NOW - timedelta(minutes=(n * 7) % 50)) for n in range(120)]
    spill = _CountingSpill(run=50)
    _CountingSpill.written = 0
    try:
        spill.add(made[:100])  # one answer, twice the run: held as it came
        assert (spill.runs, _CountingSpill.written) == (0, 0)
        assert [r.id for r in next(spill.sorted(size=1000))] == [
            r.id for r in sorted(made[:100], key=lambda r: -r.when.timestamp())
        ]
        spill.add(made[:100])
        spill.add(made[100:])  # another page: the answer held goes to disk first
        assert (spill.runs, _CountingSpill.written) == (1, 100)
        got = [r for chunk in spill.sorted(size=7) for r in chunk]
    finally:
        spill.close()
    assert got == sorted(made, key=lambda r: -r.when.timestamp())


def test_records_sorted_through_disk_come_back_whole_for_every_vendor(
    vendors: Vendors, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The sandboxes' records, merged once in memory and once through runs of 8 on disk: the same records,
    # equal field by field (the vendors' typed models included), in the same order.
    with failtrail.failures(SINCE, SANDBOX_NOW, merge=True, config=vendors.config()) as run:
        in_memory = list(run)
    monkeypatch.setattr(_stream, "_RUN", 8)
    monkeypatch.setattr(_stream, "_FAN_IN", 2)
    monkeypatch.setattr(_stream, "_Spill", _CountingSpill)
    _CountingSpill.written = 0
    vendors.write_config(defaults={"page_size": 5})  # pages of 5: every paged walk holds several
    with failtrail.failures(SINCE, SANDBOX_NOW, merge=True, config=vendors.config()) as run:
        through_disk = list(run)
    assert run.errors == {} and len(through_disk) == len(in_memory) > 100
    # ZITADEL's failed events come in one answer and this Workato export in one chunk of rows: each is
    # already whole in memory, sorted there and never written. Citrix's and the zone changes' pages of 5 go to
    # disk, all but the last (at most 8) records each walk holds.
    paged = sum(r.vendor == "citrix" or r.kind == "zone-change" for r in in_memory)
    assert paged - 2 * 8 < _CountingSpill.written <= paged
    assert {r.vendor for r in through_disk} == {"zuora", "citrix", "vinyldns", "workato", "zitadel"}
    assert through_disk == in_memory
    assert [type(r.record) for r in through_disk] == [type(r.record) for r in in_memory]
