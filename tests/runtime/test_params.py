"""Argument checks of the runtime, on operations built here: what no vendor's spec exercises yet."""

from __future__ import annotations

from datetime import datetime

import pytest
from failtrail_core._operations import Operation, Param, TimeRange
from failtrail_core._params import serialize_params
from failtrail_zuora import RequestValidationError

PIN = Param("pin", "query", "pin", kind="integer", maximum=9999, secret=True)
OPEN = Param("count", "query", "count", kind="integer", maximum=10)


def _op(*params: Param, time_range: TimeRange | None = None) -> Operation:
    return Operation("op", "GET", "/x", params, time_range=time_range)


def test_a_secret_number_out_of_range_is_refused_without_showing_it() -> None:
    with pytest.raises(RequestValidationError) as info:
        serialize_params(_op(PIN), {"pin": 123456}, {})
    assert str(info.value) == "pin: must be <= 9999, got <redacted>"


def test_an_open_number_out_of_range_says_what_it_got() -> None:
    with pytest.raises(RequestValidationError) as info:
        serialize_params(_op(OPEN), {"count": 11}, {})
    assert str(info.value) == "count: must be <= 10, got 11"


def test_a_naive_end_of_a_time_range_is_refused_by_name() -> None:
    start = Param("from", "query", "from_", kind="date-time")
    end = Param("to", "query", "to", kind="date-time")
    op = _op(start, end, time_range=TimeRange("from", "to"))
    with pytest.raises(RequestValidationError) as info:
        serialize_params(op, {"from": datetime.fromisoformat("2024-01-01T00:00+00:00"), "to": datetime(2024, 1, 2)}, {})
    assert (info.value.parameter, info.value.rule) == ("to", "timezone")
