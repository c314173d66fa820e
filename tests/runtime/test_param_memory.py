"""A client remembers each operation's last call (``ParamMemory``), and each query pair it encoded.

What a call sends must not depend on what the call before it sent: every sequence of calls here is
checked against the same calls made fresh (``serialize_params``, ``str(httpx.QueryParams(...))``), and
what changed must meet the same checks as in a first call.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from failtrail_core._base_client import _query_string
from failtrail_core._operations import Operation, Param, TimeRange
from failtrail_core._params import ParamMemory, serialize_params
from failtrail_zuora import OPERATIONS, RequestValidationError
from hypothesis import given, settings
from hypothesis import strategies as st

FROM = Param("from", "query", "from_", kind="date-time", time_format="%Y-%m-%dT%H:%M%z")
TO = Param("to", "query", "to", kind="date-time", time_format="%Y-%m-%dT%H:%M%z")
PAGE = Param("page", "query", "page", kind="integer", minimum=1)
TAGS = Param("tag", "query", "tag", kind="array", item_kind="string", explode=True)
TRACE = Param("X-Trace", "header", "trace", client_option="trace")
OP = Operation("op", "GET", "/x", (PAGE, FROM, TO, TAGS, TRACE), time_range=TimeRange("from", "to", same_offset=True))
START = datetime(2024, 1, 1, tzinfo=UTC)
END = datetime(2024, 1, 2, tzinfo=UTC)


def test_a_walk_of_pages_sends_what_fresh_calls_send() -> None:
    memory = ParamMemory()
    tags = ["a", "b"]
    for page in (1, 2, 3, None, 4):
        values = {"page": page, "from": START, "to": END, "tag": tags}
        assert memory.serialize(OP, values, {"trace": "t-1"}) == serialize_params(OP, values, {"trace": "t-1"})


def test_a_changed_argument_is_checked_again() -> None:
    memory = ParamMemory()
    memory.serialize(OP, {"page": 1, "from": START, "to": END}, {})
    with pytest.raises(RequestValidationError) as info:
        memory.serialize(OP, {"page": 0, "from": START, "to": END}, {})
    assert (info.value.parameter, info.value.rule) == ("page", "minimum")


def test_a_changed_end_of_the_time_range_checks_the_range_again() -> None:
    memory = ParamMemory()
    memory.serialize(OP, {"page": 1, "from": START, "to": END}, {})
    with pytest.raises(RequestValidationError) as info:
        memory.serialize(OP, {"page": 1, "from": START, "to": START - timedelta(hours=1)}, {})
    assert info.value.rule == "time-range"
    # An end in another offset than the start's: the range's one offset is worked out again.
    other = END.astimezone(timezone(timedelta(hours=2)))
    values = {"page": 1, "from": START, "to": other}
    assert memory.serialize(OP, values, {}) == serialize_params(OP, values, {})


def test_equal_but_other_objects_are_encoded_as_themselves() -> None:
    # 1 and True, an instant in UTC and the same instant at +02:00: equal values, other wire texts.
    memory = ParamMemory()
    op = Operation("op", "GET", "/x", (Param("n", "query", "n", kind="number"), FROM))
    first = memory.serialize(op, {"n": 1, "from": START}, {})
    shifted = START.astimezone(timezone(timedelta(hours=2)))
    assert memory.serialize(op, {"n": 1.0, "from": shifted}, {}) == serialize_params(
        op, {"n": 1.0, "from": shifted}, {}
    )
    assert first[1] == {"n": "1", "from": "2024-01-01T00:00+0000"}


def test_a_list_changed_in_place_is_encoded_again() -> None:
    memory = ParamMemory()
    tags = ["a"]
    memory.serialize(OP, {"page": 1, "tag": tags}, {})
    tags.append("b")
    assert memory.serialize(OP, {"page": 2, "tag": tags}, {})[1]["tag"] == ["a", "b"]


def test_another_operation_of_the_same_id_is_held_to_its_own_rules() -> None:
    memory = ParamMemory()
    memory.serialize(OP, {"page": 1}, {})
    stricter = Operation("op", "GET", "/x", (Param("page", "query", "page", kind="integer", maximum=0),))
    with pytest.raises(RequestValidationError) as info:
        memory.serialize(stricter, {"page": 1}, {})
    assert info.value.rule == "maximum"


def test_a_client_default_that_changed_is_sent_as_it_is_now() -> None:
    memory = ParamMemory()
    assert memory.serialize(OP, {"page": 1}, {"trace": "one"})[2] == {"X-Trace": "one"}
    assert memory.serialize(OP, {"page": 2}, {"trace": "two"})[2] == {"X-Trace": "two"}
    with pytest.raises(RequestValidationError):
        memory.serialize(OP, {"page": 3}, {"trace": "bad\nvalue"})


def test_zuora_pages_of_a_walk_go_out_as_fresh_calls_would() -> None:
    op = OPERATIONS["getSystemHealthApiFailureRecords"]
    memory = ParamMemory()
    start, end = START, END
    for page in range(1, 6):
        values: dict[str, Any] = {"page": page, "pageSize": 40, "startTime": start, "endTime": end, "sort": "timerange"}
        assert memory.serialize(op, values, {}) == serialize_params(op, values, {})


_scalars = st.one_of(
    st.text(),
    st.integers(),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False),
    st.sampled_from(["", "a b", "%", "&="]),
)


@settings(max_examples=300, deadline=None)
@given(pairs=st.lists(st.tuples(st.text(min_size=1), st.one_of(_scalars, st.lists(_scalars, max_size=3))), max_size=6))
def test_the_query_is_what_httpx_makes_of_it(pairs: list[tuple[str, Any]]) -> None:
    query = dict(pairs)
    assert _query_string(query) == str(httpx.QueryParams(query))
    assert _query_string(query) == str(httpx.QueryParams(query))  # remembered pairs too


def test_true_and_one_are_written_apart_though_they_are_equal_keys() -> None:
    assert _query_string({"x": 1}) == "x=1"
    assert _query_string({"x": True}) == "x=true"
