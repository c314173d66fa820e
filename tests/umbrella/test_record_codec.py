"""How a merge keeps records on disk (``failtrail._codec.RecordCodec``): each comes back exactly as it went.

A vendor's generated model goes as its own JSON; a flat dataclass row (Workato's export) as its values in
JSON; whatever JSON cannot carry exactly is pickled. Exactly means the same types and values, a time's zone
and fold included: equality alone would let ``1`` pass for ``1.0`` and one UTC offset for another.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from failtrail import FailureRecord, _codec
from failtrail._codec import RecordCodec
from failtrail._vendors import workato
from failtrail_workato.lib import ApiLogRow
from failtrail_workato.lib.exports import request_log_rows
from hypothesis import given, settings
from hypothesis import strategies as st

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down: NaN is NaN, a time keeps its zone and fold."""
    if type(a) is not type(b):
        return False
    if dataclasses.is_dataclass(a) and not isinstance(a, type):
        return all(_same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(float(b))
    if isinstance(a, datetime):
        zone, other = a.tzinfo, b.tzinfo
        return bool(a == b and type(zone) is type(other) and zone == other and a.tzname() == b.tzname()) and (
            a.utcoffset() == b.utcoffset() and a.fold == b.fold
        )
    return bool(a == b)


def _row_record(row: ApiLogRow, number: int = 1) -> FailureRecord:
    return workato.to_failure(row, number)


def test_workato_rows_go_as_json_values_and_come_back_exactly() -> None:
    # Before, a row (a dataclass with no to_dict) was pickled whole, at about three times the cost.
    codec = RecordCodec()
    rows = list(request_log_rows(rows=200, seed=7, latest=NOW))
    for number, row in enumerate(rows, 1):
        record = _row_record(row, number)
        data = codec.encode(record)
        assert data.startswith(b"[") and b"\n[" in data  # flat fields, then the row's values: no pickle
        assert _same(codec.decode(data), record)


def test_a_row_json_cannot_carry_exactly_is_pickled_and_comes_back_exactly() -> None:
    codec = RecordCodec()
    row = next(request_log_rows(rows=1, seed=7, latest=NOW))
    codec.encode(_row_record(row))  # the class is learnt from a plain row
    awkward = [
        dataclasses.replace(row, timing=math.nan),
        dataclasses.replace(row, delay=math.inf),
        dataclasses.replace(row, date=row.date.astimezone(timezone(timedelta(hours=2)))),
        dataclasses.replace(row, date=row.date.replace(tzinfo=timezone(timedelta(0), "UTC+0"))),
        dataclasses.replace(row, date=row.date.replace(fold=1)),
        dataclasses.replace(row, code=2**70),
        dataclasses.replace(row, client="\ud800"),
    ]
    for changed in awkward:
        record = _row_record(changed)
        data = codec.encode(record)
        assert not data.startswith(b"[")
        assert _same(codec.decode(data), record)


def test_a_class_learnt_on_a_row_json_cannot_carry_is_learnt_on_the_next() -> None:
    codec = RecordCodec()
    row = next(request_log_rows(rows=1, seed=7, latest=NOW))
    assert not codec.encode(_row_record(dataclasses.replace(row, timing=math.nan))).startswith(b"[")
    assert codec.encode(_row_record(row)).startswith(b"[")


@dataclasses.dataclass
class _Nested:
    when: datetime
    tags: list[str]


def test_a_dataclass_with_other_than_scalar_fields_is_pickled() -> None:
    codec = RecordCodec()
    record = FailureRecord("made", "test", "1", NOW, None, None, None, None, None, None, _Nested(NOW, ["a"]))
    data = codec.encode(record)
    assert not data.startswith(b"[")
    assert codec.decode(data) == record


_times = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.none() | st.just(UTC) | st.timezones()
)
_rows = st.builds(
    ApiLogRow,
    date=_times,
    type=st.text(),
    code=st.integers(),
    status=st.text(),
    gateway_code=st.none() | st.integers(),
    status_details=st.none() | st.text(),
    ip=st.text(),
    timing=st.floats(),
    delay=st.none() | st.floats(),
    api_collection=st.none() | st.text(),
    endpoint=st.none() | st.text(),
    client=st.none() | st.text(),
    job_details=st.none() | st.text(),
)


@settings(max_examples=300, deadline=None)
@given(first=_rows, row=_rows)
def test_any_row_comes_back_exactly(first: ApiLogRow, row: ApiLogRow) -> None:
    codec = RecordCodec()
    codec.encode(_row_record(first))  # whatever the class was learnt on
    record = _row_record(row)
    assert _same(codec.decode(codec.encode(record)), record)


def test_a_row_class_is_looked_at_once_while_its_rows_cannot_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    # Rows JSON cannot carry (a NaN timing) do not decide the class; its fields' types are still read once.
    looked: list[type] = []
    original = _codec._RowShape.of

    def of(cls: type[_codec._RowShape], kind: type) -> _codec._RowShape | None:
        looked.append(kind)
        return original(kind)

    monkeypatch.setattr(_codec._RowShape, "of", classmethod(of))
    codec = RecordCodec()
    row = next(request_log_rows(rows=1, seed=7, latest=NOW))
    for _ in range(5):
        codec.encode(_row_record(dataclasses.replace(row, timing=math.nan)))
    assert codec.encode(_row_record(row)).startswith(b"[")
    assert looked == [ApiLogRow]
