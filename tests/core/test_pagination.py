"""The core's walks on synthetic operations: end conditions, stalls, unreadable records, resuming."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import pytest
from failtrail_core import Cursor, PaginationError, RequestValidationError
from failtrail_core._decode import DecodeError, bad_type, drifted
from failtrail_core._operations import Pagination
from failtrail_core._paged_call import sync_pager
from failtrail_core._pagination import AsyncPager, AsyncPages, SyncPager, SyncPages, lenient_page, walk


@dataclass
class Page:
    items: list[str] | None
    next: Any = None
    unknown: dict[str, Any] = field(default_factory=dict)


def _item(raw: Any) -> str:
    if type(raw) is not dict:
        bad_type("$", "object", raw)
    name = raw.get("name")
    if type(name) is not str:
        bad_type("$.name", "string", name)
    return name


def _page(data: Any) -> Page:
    if type(data) is not dict:
        bad_type("$", "object", data)
    items = data.get("items")
    if items is not None and type(items) is not list:
        bad_type("$.items", "array", items)
    try:
        parsed = None if items is None else [_item(raw) for raw in items]
    except DecodeError as error:
        raise error.within("$.items[?]") from None
    return Page(parsed, data.get("next"))


def _pages(answers: dict[Any, dict[str, Any]], scheme: Pagination, size: int | None = None) -> SyncPages[Page, str]:
    asked: list[Any] = []

    def fetch(position: Any) -> Page:
        asked.append(position)
        if len(asked) > 20:
            raise AssertionError("the walk did not stop")
        return _page(answers[position])

    pages: SyncPages[Page, str] = SyncPages(walk(scheme, lambda p: p.items, lambda p: p.next, size), fetch, Cursor())
    pages.asked = asked  # type: ignore[attr-defined]
    return pages


CURSOR = Pagination("cursor", items="items", cursor_param="token", next_field="next")
OFFSET = Pagination(
    "offset", items="items", cursor_param="start", next_field="next", end_values=(0,), advance="item-count"
)
PAGED = Pagination("page", items="items", page_param="page", next_field="next")
PAGED_BARE = Pagination("page", items=None, page_param="page")


def _names(*names: str) -> list[dict[str, str]]:
    return [{"name": n} for n in names]


# -- end conditions -----------------------------------------------------------------------------


def test_cursor_walk_goes_on_past_an_empty_page_until_no_token() -> None:
    pages = _pages(
        {None: {"items": _names("a"), "next": "t1"}, "t1": {"items": [], "next": "t2"}, "t2": {"items": _names("b")}},
        CURSOR,
    )
    assert [n for p in pages for n in p.items or []] == ["a", "b"]
    assert pages.asked == [None, "t1", "t2"]  # type: ignore[attr-defined]


def test_a_page_without_its_items_list_holds_none() -> None:
    pages = _pages({None: {"next": "t1"}, "t1": {}}, CURSOR)
    assert list(SyncPager(pages)) == []
    assert pages.asked == [None, "t1"]  # type: ignore[attr-defined]


def test_offset_item_count_sends_the_offset_of_the_records_received() -> None:
    answers = {
        None: {"items": _names("a", "b"), "next": 3},  # a server counting one too far (VinylDNS)
        2: {"items": _names("c", "d"), "next": 5},
        4: {"items": _names("e"), "next": 0},
    }
    pages = _pages(answers, OFFSET, 2)
    assert list(SyncPager(pages)) == ["a", "b", "c", "d", "e"]
    assert pages.asked == [None, 2, 4]  # type: ignore[attr-defined]


def test_page_numbers_without_a_next_link_end_at_a_short_page() -> None:
    pages = _pages({1: {"items": _names("a", "b")}, 2: {"items": _names("c")}}, PAGED_BARE, 2)
    assert list(SyncPager(pages)) == ["a", "b", "c"]


def test_page_numbers_with_a_next_link_end_only_when_it_is_gone() -> None:
    answers = {1: {"items": _names("a"), "next": "/p?page=2"}, 2: {"items": _names("b"), "next": None}}
    pages = _pages(answers, PAGED, 2)  # a short first page with a next link goes on
    assert list(SyncPager(pages)) == ["a", "b"]


# -- stalls ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scheme", "answers", "delivered", "resume"),
    [
        (CURSOR, {None: {"items": _names("a"), "next": "t1"}, "t1": {"items": _names("b"), "next": "t1"}}, 2, "t1"),
        (
            CURSOR,
            {
                None: {"items": _names("a"), "next": "t1"},
                "t1": {"items": _names("b"), "next": "t2"},
                "t2": {"items": _names("c"), "next": "t1"},  # a cycle, not just a repeat
            },
            3,
            "t2",
        ),
        (OFFSET, {None: {"items": [], "next": 7}}, 0, None),  # an empty page that does not end the walk
        (PAGED, {1: {"items": _names("a"), "next": "x"}, 2: {"items": [], "next": "y"}}, 1, 2),
    ],
    ids=["repeated-token", "token-cycle", "offset-stands-still", "empty-page-with-next-link"],
)
def test_a_walk_that_does_not_advance_raises_after_the_records_received(
    scheme: Pagination, answers: dict[Any, dict[str, Any]], delivered: int, resume: Any
) -> None:
    pages = _pages(answers, scheme, 2)
    items = SyncPager(pages)
    got: list[str] = []
    with pytest.raises(PaginationError, match="cannot go on") as caught:
        got.extend(items)
    assert len(got) == delivered
    assert isinstance(caught.value.cursor, Cursor)
    assert caught.value.cursor.position == resume
    assert caught.value.request is None


# -- unreadable records ------------------------------------------------------------------------------


def test_lenient_page_sets_aside_what_it_cannot_read_and_keeps_the_rest() -> None:
    data = {"items": [{"name": "a"}, {"name": 7}, "oops", {"name": "d"}], "next": "t"}
    page, bad = lenient_page(data, "items", _page, _item, "items")
    assert page == Page(["a", "d"], "t")
    assert [(u.raw, u.path, u.reason) for u in bad] == [
        ({"name": 7}, "$.items[1].name", "expected string, got integer"),
        ("oops", "$.items[2]", "expected object, got string"),
    ]
    assert data["items"][1] == {"name": 7}  # the caller's data is left as it came


def test_lenient_page_of_a_bare_array() -> None:
    page, bad = lenient_page([{"name": "a"}, 3], None, lambda data: [_item(raw) for raw in data], _item, None)
    assert page == ["a"]
    assert [(u.path, u.raw) for u in bad] == [("$[1]", 3)]


def test_the_envelope_is_still_checked_strictly() -> None:
    with pytest.raises(DecodeError, match=r"\$\.items: expected array"):
        lenient_page({"items": "not a list"}, "items", _page, _item, "items")


# -- async and resuming ---------------------------------------------------------------------------


async def test_async_walk_follows_the_same_rules() -> None:
    answers = {None: {"items": _names("a"), "next": "t1"}, "t1": {"items": [], "next": "t2"}, "t2": {"items": []}}

    async def fetch(position: Any) -> Page:
        return _page(answers[position])

    items: AsyncPager[Page, str] = AsyncPager(
        AsyncPages(walk(CURSOR, lambda p: p.items, lambda p: p.next, None), fetch, Cursor())
    )
    assert [n async for n in items] == ["a"]
    assert items.cursor is None


def test_the_items_cursor_resumes_after_the_last_record_delivered() -> None:
    answers = {None: {"items": _names("a", "b"), "next": "t1"}, "t1": {"items": _names("c", "d")}}
    make: Callable[[Cursor], SyncPager[Page, str]] = lambda start: SyncPager(  # noqa: E731
        SyncPages(walk(CURSOR, lambda p: p.items, lambda p: p.next, None), lambda pos: _page(answers[pos]), start)
    )
    first = make(Cursor())
    taken = list(islice(first, 3))
    assert taken == ["a", "b", "c"]
    assert str(first.cursor) == '{"p":"t1","s":1}'
    assert list(make(Cursor.parse(str(first.cursor)))) == ["d"]


# -- lossless type drift ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [(404, "str", "404"), (1.5, "str", "1.5"), ("404", "int", 404), ("-7", "int", -7), (3.0, "int", 3)],
)
def test_lossless_type_drift_is_read(value: Any, kind: str, expected: Any) -> None:
    assert drifted(value, kind, "$.x", "string") == expected


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (True, "str"),
        ({}, "str"),
        (None, "str"),
        ("12a", "int"),
        ("4 04", "int"),
        (1.5, "int"),
        (False, "int"),
        ("1\n", "int"),
    ],
)
def test_anything_else_is_still_a_type_error(value: Any, kind: str) -> None:
    with pytest.raises(DecodeError, match=r"^\$\.x: expected"):
        drifted(value, kind, "$.x", "the declared type")


# -- keys matched case-blind (x-failtrail-key-case: insensitive) ----------------------------------------


def test_keys_are_spelled_as_the_spec_spells_them_whatever_the_case() -> None:
    from failtrail_core._decode import canonical_keys

    record = ("o", {"recordid": ("RecordId", None), "afterchanges": ("AfterChanges", None)})
    shape = ("o", {"items": ("Items", ("a", record)), "continuationtoken": ("ContinuationToken", None)})
    data = {
        "items": [{"recordId": "r1", "afterChanges": {"name": "kept", "Name": "as sent"}, "extra": 1}],
        "continuationToken": None,
        "Odd": 2,
    }
    assert canonical_keys(data, shape) == {
        "Items": [{"RecordId": "r1", "AfterChanges": {"name": "kept", "Name": "as sent"}, "extra": 1}],
        "ContinuationToken": None,
        "Odd": 2,
    }
    deep: dict[str, Any] = {}
    node = deep
    for _ in range(3000):  # deeper than Python's recursion limit
        node["items"] = {}
        node = node["items"]
    nested: Any = None
    for _ in range(3000):
        nested = ("o", {"items": ("Items", nested)})
    assert "Items" in canonical_keys(deep, nested)


# -- the pager: the first page at the call --------------------------------------------------------------

THREE_PAGES: dict[Any, dict[str, Any]] = {
    None: {"items": _names("a", "b"), "next": "t1"},
    "t1": {"items": _names("c", "d"), "next": "t2"},
    "t2": {"items": _names("e")},
}


class Refused(Exception):
    """What a fetch raises for a position it was told to refuse (a stand-in for a typed API error)."""


def _fetcher(answers: dict[Any, dict[str, Any]], refuse: Any = "nothing") -> tuple[Callable[[Any], Page], list[Any]]:
    asked: list[Any] = []

    def fetch(position: Any) -> Page:
        asked.append(position)
        if position == refuse:
            raise Refused(position)
        return _page(answers.get(position, {"items": []}))

    return fetch, asked


def _afetcher(
    answers: dict[Any, dict[str, Any]], refuse: Any = "nothing"
) -> tuple[Callable[[Any], Awaitable[Page]], list[Any]]:
    fetch, asked = _fetcher(answers, refuse)

    async def afetch(position: Any) -> Page:
        return fetch(position)

    return afetch, asked


def _sync_pager(fetch: Callable[[Any], Page], start: Cursor | None = None) -> SyncPager[Page, str]:
    return SyncPager(SyncPages(walk(CURSOR, lambda p: p.items, lambda p: p.next, None), fetch, start or Cursor()))


def _async_pager(fetch: Callable[[Any], Awaitable[Page]], start: Cursor | None = None) -> AsyncPager[Page, str]:
    return AsyncPager(AsyncPages(walk(CURSOR, lambda p: p.items, lambda p: p.next, None), fetch, start or Cursor()))


def test_the_first_page_is_fetched_when_the_pager_is_made() -> None:
    fetch, asked = _fetcher(THREE_PAGES)
    pager = _sync_pager(fetch)
    assert asked == [None]  # before any iteration
    assert pager.first_page == Page(["a", "b"], "t1")
    assert pager.cursor == Cursor(None, 0)  # fetched, but nothing delivered yet: resuming starts there
    assert list(pager) == ["a", "b", "c", "d", "e"]
    assert asked == [None, "t1", "t2"]  # the first page is not fetched twice
    assert pager.cursor is None


def test_a_failing_first_request_raises_at_construction_not_at_iteration() -> None:
    fetch, asked = _fetcher(THREE_PAGES, refuse=None)
    with pytest.raises(Refused):
        _sync_pager(fetch)
    assert asked == [None]


def test_a_failing_later_request_raises_while_iterating() -> None:
    fetch, asked = _fetcher(THREE_PAGES, refuse="t1")
    pager = _sync_pager(fetch)  # the first page is fine
    got: list[str] = []
    with pytest.raises(Refused):
        got.extend(pager)
    assert got == ["a", "b"] and asked == [None, "t1"]
    assert pager.cursor == Cursor(None, 2)  # past the records delivered
    resumed, _ = _fetcher(THREE_PAGES)
    assert list(_sync_pager(resumed, pager.cursor)) == ["c", "d", "e"]


def test_a_cursor_with_skip_still_skips_after_the_eager_fetch() -> None:
    fetch, asked = _fetcher(THREE_PAGES)
    pager = _sync_pager(fetch, Cursor("t1", 1))
    assert asked == ["t1"]
    assert pager.first_page == Page(["c", "d"], "t2")  # the whole page, as the server sent it
    assert pager.cursor == Cursor("t1", 1)  # still the record after the one already delivered
    assert list(pager) == ["d", "e"]


def test_a_cursor_with_skip_skips_after_the_eager_fetch_with_pages_fetched_ahead() -> None:
    answers = {1: {"items": _names("a", "b")}, 2: {"items": _names("c", "d")}, 3: {"items": _names("e")}}
    fetch, asked = _fetcher(answers)
    pager: SyncPager[Page, str] = SyncPager(
        SyncPages(walk(PAGED_BARE, lambda p: p.items, lambda p: p.next, 2), fetch, Cursor(2, 1), prefetch=3)
    )
    assert asked == [2]  # the first page alone at the call, however many are fetched ahead later
    assert list(pager) == ["d", "e"]
    assert asked.count(2) == 1 and 3 in asked


def test_pages_continue_the_walk_the_call_began() -> None:
    fetch, asked = _fetcher(THREE_PAGES)
    pager = _sync_pager(fetch)
    pages = list(pager.pages())
    assert [page.items for page in pages] == [["a", "b"], ["c", "d"], ["e"]]
    assert pages[0] is pager.first_page  # the page fetched at the call, not a second request for it
    assert asked == [None, "t1", "t2"]


def test_strict_parse_error_of_the_first_page_raises_at_the_call() -> None:
    fetch, asked = _fetcher({None: {"items": [{"name": 7}]}})
    with pytest.raises(DecodeError, match=r"\$\.items\[\?\]\.name"):
        _sync_pager(fetch)
    assert asked == [None]


async def test_await_fetches_the_first_page_then_async_for_goes_on() -> None:
    fetch, asked = _afetcher(THREE_PAGES)
    pager = _async_pager(fetch)
    assert asked == []  # asyncio() is a plain call: nothing is sent before the await
    with pytest.raises(RuntimeError, match="not fetched yet"):
        pager.first_page  # noqa: B018
    assert await pager is pager
    assert asked == [None]
    assert pager.first_page == Page(["a", "b"], "t1")
    assert pager.cursor == Cursor(None, 0)
    assert [name async for name in pager] == ["a", "b", "c", "d", "e"]
    assert asked == [None, "t1", "t2"]
    assert pager.cursor is None


async def test_a_failing_first_request_raises_at_the_await() -> None:
    fetch, asked = _afetcher(THREE_PAGES, refuse=None)
    pager = _async_pager(fetch)
    with pytest.raises(Refused):
        await pager
    assert asked == [None]


async def test_async_for_without_await_fetches_as_it_goes() -> None:
    fetch, asked = _afetcher(THREE_PAGES)
    pager = _async_pager(fetch)
    got: list[str] = []
    async for name in pager:
        got.append(name)
        if name == "a":
            assert asked == [None]  # the first step fetched the first page only
    assert got == ["a", "b", "c", "d", "e"]
    assert pager.first_page == Page(["a", "b"], "t1")


async def test_async_cursor_with_skip_still_skips_after_the_await() -> None:
    fetch, asked = _afetcher(THREE_PAGES)
    pager = await _async_pager(fetch, Cursor("t1", 1))
    assert asked == ["t1"] and pager.cursor == Cursor("t1", 1)
    assert [name async for name in pager] == ["d", "e"]


async def test_async_pages_continue_the_walk_the_await_began() -> None:
    fetch, asked = _afetcher(THREE_PAGES)
    pager = await _async_pager(fetch)
    pages = [page async for page in pager.pages()]
    assert [page.items for page in pages] == [["a", "b"], ["c", "d"], ["e"]]
    assert pages[0] is pager.first_page
    assert asked == [None, "t1", "t2"]


async def test_awaiting_a_pager_twice_changes_nothing() -> None:
    fetch, asked = _afetcher(THREE_PAGES)
    pager = _async_pager(fetch)
    await pager
    await pager
    assert [name async for name in pager] == ["a", "b", "c", "d", "e"]
    assert asked == [None, "t1", "t2"]


def test_a_stored_cursor_that_is_not_one_is_refused_before_anything_is_sent() -> None:
    sent: list[Any] = []

    class Client:
        def send(self, request: Any, **kwargs: Any) -> Any:
            sent.append(request)

    with pytest.raises(RequestValidationError) as info:
        sync_pager(
            Client(),  # type: ignore[arg-type]
            None,  # type: ignore[arg-type]
            lambda position: position,
            ({}, {}, {}),
            walk(CURSOR, lambda p: p.items, lambda p: p.next, None),
            cursor="not-a-cursor",
            prefetch=1,
            strict=False,
            max_retries=None,
        )
    assert (info.value.parameter, info.value.rule) == ("cursor", "format")
    assert sent == []


# -- a loop begun again: it goes on where the last one stopped, every record once ---------------------


def _numbered(position: int) -> dict[str, Any]:
    """Page ``position`` of a five-page walk of three records a page (the last one short)."""
    return {"items": _names(*(f"{position}{c}" for c in ("abc" if position < 5 else "a")))}


EVERY_RECORD = [f"{n}{c}" for n in range(1, 5) for c in "abc"] + ["5a"]


def _numbered_pager(asynchronous: bool, prefetch: int, refuse: Any = None, start: Cursor | None = None) -> Any:
    """A pager over the five pages; the page ``refuse`` is refused the first time it is asked for."""
    asked: list[Any] = []

    def fetch(position: Any) -> Page:
        asked.append(position)
        if position == refuse and asked.count(position) == 1:
            raise Refused(position)
        return _page(_numbered(position))

    async def afetch(position: Any) -> Page:
        return fetch(position)

    rules: Any = walk(PAGED_BARE, lambda p: p.items, lambda p: p.next, 3)
    if asynchronous:
        pager: Any = AsyncPager(AsyncPages(rules, afetch, start or Cursor(), prefetch=prefetch))
    else:
        pager = SyncPager(SyncPages(rules, fetch, start or Cursor(), prefetch=prefetch))
    pager.asked = asked
    return pager


async def _loop(pager: Any, stop_after: str | None = None, got: list[str] | None = None) -> list[str]:
    """One loop over ``pager`` (sync or async), stopped after the record ``stop_after``; its records are
    added to ``got`` as they come (kept when the loop raises)."""
    got = [] if got is None else got
    if isinstance(pager, AsyncPager):
        async for record in pager:
            got.append(record)
            if record == stop_after:
                break
    else:
        for record in pager:
            got.append(record)
            if record == stop_after:
                break
    return got


@pytest.mark.parametrize("prefetch", [1, 3])
@pytest.mark.parametrize("asynchronous", [False, True])
async def test_a_loop_stopped_inside_a_page_and_begun_again_goes_on_from_the_next_record(
    asynchronous: bool, prefetch: int
) -> None:
    pager = _numbered_pager(asynchronous, prefetch)
    if asynchronous:
        await pager
    first = await _loop(pager, stop_after="2a")
    assert first == ["1a", "1b", "1c", "2a"]
    assert pager.cursor == Cursor(2, 1)
    assert first + await _loop(pager) == EVERY_RECORD  # before: sync got nothing more, async lost 2b and 2c
    assert pager.cursor is None
    assert sorted(pager.asked) == sorted(set(pager.asked))  # no page asked for twice


@pytest.mark.parametrize("prefetch", [1, 3])
@pytest.mark.parametrize("asynchronous", [False, True])
async def test_a_loop_begun_again_after_a_failed_page_asks_for_it_again_and_goes_on(
    asynchronous: bool, prefetch: int
) -> None:
    pager = _numbered_pager(asynchronous, prefetch, refuse=3)
    got: list[str] = []
    with pytest.raises(Refused):
        await _loop(pager, got=got)
    assert got == EVERY_RECORD[:6] and pager.cursor == Cursor(2, 3)
    assert got + await _loop(pager) == EVERY_RECORD  # before: the walk looked over, and ended with nothing
    assert pager.cursor is None


@pytest.mark.parametrize("asynchronous", [False, True])
async def test_a_cursor_skip_is_not_applied_again_by_a_loop_begun_again(asynchronous: bool) -> None:
    pager = _numbered_pager(asynchronous, 1, start=Cursor(2, 1))
    first = await _loop(pager, stop_after="2b")
    assert first == ["2b"]
    assert await _loop(pager) == EVERY_RECORD[5:]
