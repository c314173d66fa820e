"""Follow mode: every record exactly once, across cycles, late arrivals, vendor failures and restarts."""

from __future__ import annotations

import json
import random
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from failtrail import FailureRecord
from failtrail._follow import AsyncFollow, Follow, FollowState, recover_output

T0 = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
OVERLAP = timedelta(minutes=15)


def _record(vendor: str, n: int, when: datetime) -> FailureRecord:
    return FailureRecord(
        vendor=vendor,
        kind="api-request",
        id=f"{vendor}-{n}",
        when=when,
        http_status=500,
        code=None,
        message=None,
        request_id=None,
        resource=None,
        actor=None,
        record=None,
    )


class World:
    """Vendors whose records appear over time, some published late (visible only a while after their time)."""

    def __init__(self, seed: int, per_cycle: int = 5) -> None:
        self.rng = random.Random(seed)
        self.now = T0
        self.records: list[tuple[datetime, FailureRecord]] = []  # (visible from, record)
        self.per_cycle = per_cycle
        self.failing: set[str] = set()
        self.count = 0

    def advance(self, minutes: int = 5) -> None:
        self.now += timedelta(minutes=minutes)
        for _ in range(self.per_cycle):
            vendor = self.rng.choice(["zuora", "citrix"])
            when = self.now - timedelta(seconds=self.rng.uniform(0, 300))
            late = timedelta(minutes=self.rng.choice([0, 0, 0, 3, 9]))  # published late, within the overlap
            self.records.append((when + late, _record(vendor, self.count, when)))
            self.count += 1

    def read(self, vendor: str, since: datetime, until: datetime) -> Iterator[FailureRecord]:
        if vendor in self.failing:
            raise ConnectionError(f"{vendor} is down")
        for visible, record in self.records:
            if record.vendor == vendor and visible <= self.now and since <= record.when < until:
                yield record

    def follow(self, state: Path | None, cycles: int, delivered: list[tuple[str, str, str]] | None = None) -> Follow:
        def sleep(seconds: float) -> bool:
            self.advance()
            return True

        return Follow(
            ["zuora", "citrix"],
            self.read,
            state=state,
            since=T0 - timedelta(hours=1),
            interval=60,
            overlap=OVERLAP,
            cycles=cycles,
            now=lambda: self.now,
            sleep=sleep,
            delivered=delivered or (),
        )

    def visible_ids(self) -> list[str]:
        return sorted(r.id for visible, r in self.records if visible <= self.now)


def test_each_record_once_across_cycles_including_late_ones(tmp_path: Path) -> None:
    world = World(seed=1)
    world.advance()
    got = [r.id for r in world.follow(tmp_path / "state.json", cycles=12)]
    world.now += OVERLAP  # let the last late records become visible, then one more cycle
    got += [r.id for r in world.follow(tmp_path / "state.json", cycles=1)]
    assert len(got) == len(set(got))
    assert sorted(got) == world.visible_ids()
    assert any(visible > record.when for visible, record in world.records)  # some really came late


def test_a_failing_vendor_keeps_its_checkpoint_and_is_read_again(tmp_path: Path) -> None:
    world = World(seed=2)
    world.advance()
    world.failing.add("citrix")
    run = world.follow(tmp_path / "state.json", cycles=3)
    got = [r.id for r in run]
    assert isinstance(run.errors["citrix"], ConnectionError)
    assert all(i.startswith("zuora") for i in got)
    state = FollowState.load(tmp_path / "state.json")
    assert state.vendors["citrix"].until == T0 - timedelta(hours=1)  # never moved
    world.failing.clear()
    got += [r.id for r in world.follow(tmp_path / "state.json", cycles=1)]
    assert sorted(got) == world.visible_ids() and len(got) == len(set(got))


@pytest.mark.parametrize("seed", range(12))
def test_killed_at_any_moment_and_restarted_nothing_is_lost_or_repeated(tmp_path: Path, seed: int) -> None:
    """A consumer that writes each record to a file and dies after a random number of them, many times."""
    world = World(seed=seed)
    world.advance()
    state, output = tmp_path / "state.json", tmp_path / "out.jsonl"
    rng = random.Random(seed)
    for _ in range(8):  # eight lives, each killed at a random point
        saved = FollowState.load(state)
        delivered = recover_output(output, saved.delivered)
        run = world.follow(state, cycles=3, delivered=delivered)
        budget = rng.randrange(0, 25)
        with output.open("a", encoding="utf-8") as file:
            for written, record in enumerate(run):
                if written == budget:
                    file.write('{"vendor": "zuo')  # killed in the middle of a line
                    break
                file.write(json.dumps({"vendor": record.vendor, "kind": record.kind, "id": record.id}) + "\n")
                file.flush()
    world.now += OVERLAP
    saved = FollowState.load(state)
    final = world.follow(state, cycles=2, delivered=recover_output(output, saved.delivered))
    with output.open("a", encoding="utf-8") as file:
        for record in final:
            file.write(json.dumps({"vendor": record.vendor, "kind": record.kind, "id": record.id}) + "\n")
    ids = [json.loads(line)["id"] for line in output.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)), "a record was written twice"
    assert sorted(ids) == world.visible_ids(), "a record was missed"


def test_the_state_file_is_replaced_whole_and_checked(tmp_path: Path) -> None:
    world = World(seed=3)
    world.advance()
    state = tmp_path / "state.json"
    list(world.follow(state, cycles=1))
    data = json.loads(state.read_text(encoding="utf-8"))
    assert data["version"] == 1 and set(data["vendors"]) == {"zuora", "citrix"}
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]  # no temporary file left
    state.write_text('{"version": 99}', encoding="utf-8")
    with pytest.raises(Exception, match="version 99"):
        world.follow(state, cycles=1)


async def test_async_follow_gives_the_same_records(tmp_path: Path) -> None:
    world = World(seed=4)
    world.advance()

    async def read(vendor: str, since: datetime, until: datetime) -> AsyncIterator[FailureRecord]:
        for record in world.read(vendor, since, until):
            yield record

    async def sleep(seconds: float) -> bool:
        world.advance()
        return True

    run = AsyncFollow(
        ["zuora", "citrix"],
        read,
        state=tmp_path / "s.json",
        since=T0 - timedelta(hours=1),
        interval=1,
        overlap=OVERLAP,
        cycles=6,
        now=lambda: world.now,
        sleep=sleep,
    )
    got = [r.id async for r in run]
    assert len(got) == len(set(got)) and set(got) <= set(world.visible_ids()) and len(got) > 20
