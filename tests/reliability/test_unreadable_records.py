"""One record a walk cannot read never costs its page: it is set aside, the others are delivered."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from failtrail_zuora import Client, ResponseParseError
from failtrail_zuora.api.system_health import get_system_health_api_failure_records as failures

from tests.conftest import LocalServer, Reply, Seen, documented_example

RECORD = documented_example("zuora", "/system-health/api-requests/failures", "get")["data"][0]
START, END = datetime(2022, 9, 22, 9, 7, tzinfo=UTC), datetime(2022, 9, 29, 9, 7, tzinfo=UTC)


def _record(n: int, **changes: Any) -> dict[str, Any]:
    return {**RECORD, "request_id": f"r{n}", **changes}


def _two_pages(seen: Seen) -> Reply:
    if seen.params.get("page", "1") == "1":
        bad = _record(1, timestamp="yesterday")  # not a date-time: unreadable
        return Reply(200, {"data": [_record(0), bad, _record(2)], "nextPage": "/x?page=2"})
    return Reply(200, {"data": [_record(3), "not even an object"], "nextPage": None})


@pytest.mark.parametrize("prefetch", [1, 3])
def test_a_walk_delivers_every_readable_record_and_sets_the_others_aside(server: LocalServer, prefetch: int) -> None:
    server.handler = _two_pages
    with Client(server.url, token="t") as c:
        walk = failures.sync(client=c, start_time=START, end_time=END, page_size=3, prefetch=prefetch)
        ids = [record.request_id for record in walk]
    assert ids == ["r0", "r2", "r3"]
    assert [(u.position, u.path, u.raw) for u in walk.unreadable] == [
        (1, "$.data[1].timestamp", _record(1, timestamp="yesterday")),
        (2, "$.data[1]", "not even an object"),
    ]
    assert "date-time" in walk.unreadable[0].reason


async def test_async_walk_sets_unreadable_records_aside_too(server: LocalServer) -> None:
    server.handler = _two_pages
    async with Client(server.url, token="t") as c:
        walk = failures.asyncio(client=c, start_time=START, end_time=END, page_size=3)
        ids = [record.request_id async for record in walk]
    assert ids == ["r0", "r2", "r3"]
    assert [u.path for u in walk.unreadable] == ["$.data[1].timestamp", "$.data[1]"]


def test_strict_keeps_the_page_error(server: LocalServer) -> None:
    server.handler = _two_pages
    with Client(server.url, token="t") as c, pytest.raises(ResponseParseError) as caught:
        list(failures.sync(client=c, start_time=START, end_time=END, page_size=3, strict=True))
    assert caught.value.path == "$.data[1].timestamp"
    assert caught.value.status_code == 200


def test_an_unreadable_envelope_is_still_an_error(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, {"data": "records", "nextPage": None})
    with Client(server.url, token="t") as c, pytest.raises(ResponseParseError) as caught:
        list(failures.sync(client=c, start_time=START, end_time=END))
    assert caught.value.path == "$.data"
