"""Page numbers fetched ahead (``prefetch``): when each request goes out, and what the reader gets.

The fetches here are stand-ins that log what was asked and answered and wait on the test's say-so, so
the order of requests and answers is the test's to set, not the machine's.
"""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import AsyncGenerator, Callable
from typing import Any

import pytest
from failtrail_core import Cursor
from failtrail_core._operations import Pagination
from failtrail_core._pagination import AsyncPager, AsyncPages, SyncPager, SyncPages, walk

PAGED = Pagination("page", items=None, page_param="page")
SIZE = 2  # records a full page holds: a shorter page is the last
WAIT = 10.0  # seconds a test waits for something that should happen at once, before it fails


class Refused(Exception):
    """A stand-in for a typed API error, raised by a fetch for the page it was told to refuse."""


def _page(position: int, last: int) -> list[str]:
    return [f"{position}a", f"{position}b"] if position < last else [f"{position}a"]


def _walk() -> Any:
    return walk(PAGED, lambda page: page, lambda page: None, SIZE)


async def _until(condition: Callable[[], bool], turns: int = 1000) -> None:
    """Let the event loop run until ``condition`` holds; fail (rather than hang) if it does not."""
    for _ in range(turns):
        if condition():
            return
        await asyncio.sleep(0)
    raise AssertionError(f"not so after {turns} turns of the event loop")


async def test_an_answer_lets_its_next_request_go_before_the_answers_that_landed_with_it_are_read() -> None:
    # Eight answers landing in the same turn of the event loop: each one's successor is asked for as soon as
    # that answer is read, not after all eight (which would send the next eight together again, every round).
    log: list[str] = []
    answered = {position: asyncio.Event() for position in range(1, 30)}

    async def fetch(position: int) -> list[str]:
        log.append(f"ask {position}")
        await answered[position].wait()
        log.append(f"read {position}")
        return _page(position, last=29)

    answered[1].set()
    pages = AsyncPages(_walk(), fetch, Cursor(), prefetch=8)
    reader = pages.__aiter__()
    assert isinstance(reader, AsyncGenerator)
    assert await anext(reader) == ["1a", "1b"]
    reading = asyncio.ensure_future(anext(reader))  # the reader asks for more: pages 2 to 9 go out
    await _until(lambda: log[-1] == "ask 9")
    del log[:]
    for position in range(2, 10):
        answered[position].set()
    assert await reading == ["2a", "2b"]
    await _until(lambda: len(log) >= 16)
    assert log == [
        f"{what} {n}" for position in range(2, 10) for what, n in (("read", position), ("ask", position + 8))
    ]
    await reader.aclose()


def test_pages_are_still_asked_for_while_the_reader_holds_a_page() -> None:
    # A worker whose answer landed asks for the next page itself: the requests go on while the reader is busy
    # with a page, and are not held until it comes back for the next one.
    asked: list[int] = []
    enough = threading.Event()

    def fetch(position: int) -> list[str]:
        asked.append(position)
        if position == 6:
            enough.set()
        return _page(position, last=10)

    pages = SyncPages(_walk(), fetch, Cursor(), prefetch=2)
    reader = iter(pages)
    assert next(reader) == ["1a", "1b"]
    assert next(reader) == ["2a", "2b"]  # pages 3 and 4 went out; the reader now holds page 2
    assert enough.wait(WAIT), f"only {sorted(asked)} were asked for while the reader held page 2"
    assert sorted(asked) == [1, 2, 3, 4, 5, 6]  # at most 2 * prefetch pages held ahead of the reader
    assert [page for page in reader] == [_page(n, last=10) for n in range(3, 11)]


@pytest.mark.parametrize("asynchronous", [False, True])
async def test_only_the_first_page_is_asked_for_until_the_reader_asks_for_more(asynchronous: bool) -> None:
    asked: list[int] = []

    def fetch(position: int) -> list[str]:
        asked.append(position)
        return _page(position, last=5)

    async def afetch(position: int) -> list[str]:
        return fetch(position)

    if asynchronous:
        apages = AsyncPages(_walk(), afetch, Cursor(), prefetch=4)
        await apages.prime()
        for _ in range(20):  # every turn of the event loop a fetched-ahead request would have taken
            await asyncio.sleep(0)
        assert asked == [1]
        assert [page async for page in apages] == [_page(n, last=5) for n in range(1, 6)]
    else:
        pages = SyncPages(_walk(), fetch, Cursor(), prefetch=4)
        pages.prime()
        assert asked == [1]  # a worker asks for more only under the lock the first answer was delivered under
        assert [page for page in pages] == [_page(n, last=5) for n in range(1, 6)]
    assert sorted(asked) == [1, 2, 3, 4, 5, 6, 7, 8]  # past the end: at most prefetch - 1 more


@pytest.mark.parametrize("asynchronous", [False, True])
async def test_a_failed_page_is_raised_in_its_turn_after_the_pages_before_it(asynchronous: bool) -> None:
    def fetch(position: int) -> list[str]:
        if position == 4:
            raise Refused(position)
        return _page(position, last=9)

    async def afetch(position: int) -> list[str]:
        await asyncio.sleep(0.001 * (9 - position))  # later pages answer first
        return fetch(position)

    got: list[list[str]] = []
    if asynchronous:
        apages = AsyncPages(_walk(), afetch, Cursor(), prefetch=4)
        with pytest.raises(Refused):
            async for page in apages:
                got.append(page)
        cursor = apages.cursor
    else:
        pages = SyncPages(_walk(), fetch, Cursor(), prefetch=4)
        with pytest.raises(Refused):
            for page in pages:
                got.append(page)
        cursor = pages.cursor
    assert got == [_page(n, last=9) for n in (1, 2, 3)]
    assert cursor == Cursor(4, 0)  # resuming asks for the failed page again


async def test_an_async_walk_closed_after_an_early_stop_ends_its_requests_and_can_still_go_on() -> None:
    reported: list[dict[str, Any]] = []
    asyncio.get_running_loop().set_exception_handler(lambda _, context: reported.append(context))
    running: set[int] = set()
    stopped = False

    async def fetch(position: int) -> list[str]:
        running.add(position)
        try:
            if position >= 3 and not stopped:  # the pages asked for ahead of a reader that stops at page 2
                if position == 3:
                    raise Refused(position)  # fails ahead of the reader, who never gets that far
                await asyncio.sleep(60)
            return _page(position, last=9)
        finally:
            running.discard(position)

    pager = AsyncPager(AsyncPages(_walk(), fetch, Cursor(), prefetch=4))
    got: list[str] = []
    async for record in pager:
        got.append(record)
        if record == "2a":
            break
    assert running == {4, 5, 6}  # a loop that stops early leaves the walk as it is, for a loop begun again
    stopped = True
    await pager.aclose()
    assert running == set()  # the requests fetched ahead were ended
    gc.collect()
    await asyncio.sleep(0)
    assert reported == []  # no "exception was never retrieved" for page 3's failure
    got += [record async for record in pager]  # the walk goes on: pages 3 to 6 are asked for again
    assert got == [record for n in range(1, 10) for record in _page(n, last=9)]


def test_a_sync_walk_closed_after_an_early_stop_ends_its_threads_and_can_still_go_on() -> None:
    answered = threading.Event()

    def fetch(position: int) -> list[str]:
        if position >= 3:
            answered.wait(WAIT)  # held until the reader has stopped
        return _page(position, last=9)

    pager = SyncPager(SyncPages(_walk(), fetch, Cursor(), prefetch=4))
    got: list[str] = []
    for record in pager:
        got.append(record)
        if record == "2a":
            break
    assert _fetching_threads() != []  # a loop that stops early leaves the walk as it is
    answered.set()
    pager.close()
    assert _fetching_threads() == []
    got += list(pager)
    assert got == [record for n in range(1, 10) for record in _page(n, last=9)]


def _fetching_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("failtrail-page")]
