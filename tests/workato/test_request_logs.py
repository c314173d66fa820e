"""Reading Workato's request log export: exact rows, units, quoting, empty cells, bad rows, streaming."""

from __future__ import annotations

import gc
import io
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from failtrail_workato import FailtrailError
from failtrail_workato.lib import (
    ApiLogRow,
    BadRow,
    BadRowError,
    MissingColumnError,
    RequestLogError,
    RequestLogReader,
    read_request_logs,
)
from failtrail_workato.lib._columns import COLUMNS, header_of
from failtrail_workato.lib._request_logs import _INT_BOUNDS
from failtrail_workato.lib.exports import request_log_rows, write_request_log_export

from tests.conftest import ROOT

PDT = timezone(timedelta(hours=-7))
HEADER = "Date,Type,Code,Status,Gateway code,Status details,IP,Timing,Delay,API collection,Endpoint,Client,Job details"
# Hand-written, as Workato's "Download results" writes it: BOM, CRLF, quoting where CSV needs it.
EXPORT = (
    "\ufeff" + HEADER + "\r\n"
    "2025-06-02T09:29:09.456-07:00,Success,200,OK,,,192.0.2.10,123 ms,12 ms,Quote to cash,quotes/search,"
    '"Acme, Inc. integration",https://www.workato.com/recipes/39999/job/512345678\r\n'
    "2025-06-02T09:28:51.090-07:00,Error,401,Unauthorized,4011,Unrecognized token,2001:db8::1,1.2 s,,"
    "Quote to cash,quotes/:id,,\r\n"
    '2025-06-02T09:28:09Z,Error,500,Internal Server Error,,"Recipe job failed:\nTimeout after 30 s",'
    '198.51.100.7,30 s,,Order sync,orders/:id/status,"Ops ""night shift"" bot",\r\n'
    "2025-06-02 09:27:25 UTC,Error,4O4,Not Found,,Recipe is inactive,198.51.100.8,87,3,Customer 360,contacts,"
    "Mobile app,\r\n"
    "2025-06-02T09:26:19.256+02:00,Error,404,Not Found,,,203.0.113.5,45.5 ms,0.5 ms,,,Mobile app,\r\n"
).encode()
EXPECTED = [
    ApiLogRow(
        date=datetime(2025, 6, 2, 9, 29, 9, 456000, tzinfo=PDT),
        type="Success",
        code=200,
        status="OK",
        gateway_code=None,
        status_details=None,
        ip="192.0.2.10",
        timing=123.0,
        delay=12.0,
        api_collection="Quote to cash",
        endpoint="quotes/search",
        client="Acme, Inc. integration",
        job_details="https://www.workato.com/recipes/39999/job/512345678",
    ),
    ApiLogRow(
        date=datetime(2025, 6, 2, 9, 28, 51, 90000, tzinfo=PDT),
        type="Error",
        code=401,
        status="Unauthorized",
        gateway_code=4011,
        status_details="Unrecognized token",
        ip="2001:db8::1",
        timing=1200.0,
        delay=None,
        api_collection="Quote to cash",
        endpoint="quotes/:id",
        client=None,
        job_details=None,
    ),
    ApiLogRow(
        date=datetime(2025, 6, 2, 9, 28, 9, tzinfo=UTC),
        type="Error",
        code=500,
        status="Internal Server Error",
        gateway_code=None,
        status_details="Recipe job failed:\nTimeout after 30 s",
        ip="198.51.100.7",
        timing=30000.0,
        delay=None,
        api_collection="Order sync",
        endpoint="orders/:id/status",
        client='Ops "night shift" bot',
        job_details=None,
    ),
    ApiLogRow(
        date=datetime(2025, 6, 2, 9, 26, 19, 256000, tzinfo=timezone(timedelta(hours=2))),
        type="Error",
        code=404,
        status="Not Found",
        gateway_code=None,
        status_details=None,
        ip="203.0.113.5",
        timing=45.5,
        delay=0.5,
        api_collection=None,
        endpoint=None,
        client="Mobile app",
        job_details=None,
    ),
]
BAD_LINE_6 = BadRow(
    line=6,  # the multi-line row before it takes lines 4 and 5
    message="Code: '4O4' is not a whole number",
    raw="2025-06-02 09:27:25 UTC,Error,4O4,Not Found,,Recipe is inactive,198.51.100.8,87,3,Customer 360,contacts,"
    "Mobile app,",
)
SCHEMA = json.loads((ROOT / "specs/workato/api-log-row.schema.json").read_text())


def _read(data: bytes, **options: object) -> tuple[list[ApiLogRow], list[BadRow]]:
    with read_request_logs(io.BytesIO(data), **options) as reader:  # type: ignore[arg-type]
        rows = list(reader)
    return rows, reader.bad_rows


def _export(*lines: str, header: str = HEADER) -> bytes:
    return "".join(f"{line}\r\n" for line in (header, *lines)).encode()


def _row(**cells: str) -> str:
    """One CSV line of a plain success, with the named cells (by model field) replaced."""
    values = {
        "date": "2025-06-02T09:29:09.456-07:00",
        "type": "Success",
        "code": "200",
        "status": "OK",
        "gateway_code": "",
        "status_details": "",
        "ip": "192.0.2.10",
        "timing": "123 ms",
        "delay": "12 ms",
        "api_collection": "Quote to cash",
        "endpoint": "quotes/search",
        "client": "Mobile app",
        "job_details": "",
    }
    values.update(cells)
    return ",".join(values[column.field] for column in COLUMNS)


# -- the whole file ----------------------------------------------------------------------------------


def test_hand_written_export_read_into_exact_rows_with_the_bad_row_reported(tmp_path: Path) -> None:
    path = tmp_path / "api_logs.csv"
    path.write_bytes(EXPORT)
    with read_request_logs(path) as reader:
        assert isinstance(reader, RequestLogReader)
        rows = list(reader)
    assert rows == EXPECTED
    assert reader.bad_rows == [BAD_LINE_6]
    assert reader.ignored_columns == ()


def test_a_file_object_reads_like_its_path_and_stays_open(tmp_path: Path) -> None:
    path = tmp_path / "api_logs.csv"
    path.write_bytes(EXPORT)
    with path.open("rb") as file:
        with read_request_logs(file) as reader:
            rows = list(reader)
        assert not file.closed
    assert rows == EXPECTED and reader.bad_rows == [BAD_LINE_6]
    with path.open("rb", buffering=0) as raw:  # an unbuffered (raw) file works too
        assert isinstance(raw, io.RawIOBase)
        with read_request_logs(raw) as raw_reader:
            raw_rows = list(raw_reader)
        assert not raw.closed
        bad_rows = raw_reader.bad_rows
        del raw_reader  # the buffer the reader put around the raw file goes with it...
        gc.collect()
        assert not raw.closed  # ...without closing the caller's file
        raw.seek(0)
        assert raw.read() == path.read_bytes()  # and still usable
    assert raw_rows == EXPECTED and bad_rows == [BAD_LINE_6]


def test_a_real_shaped_export_of_thousands_of_rows_with_a_bom_and_broken_rows(tmp_path: Path) -> None:
    export = write_request_log_export(tmp_path / "api_logs.csv", rows=4000, seed=3, bad_rows=(1234, 3999))
    data = export.path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfDate,Type,Code,")
    with read_request_logs(export.path) as reader:
        rows = list(reader)
    truth = list(request_log_rows(4000, seed=3))
    assert len(rows) == 4000
    assert rows == truth  # every good row, in order, the ones either side of each broken row included
    assert [bad.line for bad in reader.bad_rows] == list(export.bad_lines)
    first = reader.bad_rows[0]
    physical = data.decode("utf-8-sig").split("\n")  # the file's lines, as an editor numbers them
    assert first.raw == physical[first.line - 1].removesuffix("\r") and ",2OO," in first.raw
    assert first.message == "Code: '2OO' is not a whole number"
    assert reader.bad_rows[1].message == "Timing: empty, but every request has one"
    # Some rows exactly, chosen for their shapes: a failure without a client, a slow one, a multi-line one.
    unknown_client = next(row for row in rows if row.gateway_code == 4012)
    assert unknown_client.client is None and unknown_client.status_details == "Missing token"
    assert unknown_client.code == 401 and unknown_client.delay is None and unknown_client.job_details is None
    assert any(row.timing >= 1000 and row.timing % 100 == 0 for row in rows)
    assert any(row.status_details and "\n" in row.status_details for row in rows)
    assert all(row.date.utcoffset() == timedelta(hours=-7) for row in rows)


def test_a_quote_never_closed_costs_one_row_only() -> None:
    broken = _row(client='"Partner portal')
    rows, bad = _read(_export(_row(code="201"), broken, _row(code="202"), _row(code="203", client='"A, B"')))
    assert [row.code for row in rows] == [201, 202, 203]
    assert [(b.line, b.raw) for b in bad] == [(3, broken)]
    assert bad[0].message.startswith("a quote opened on this line is not closed")


def test_blank_lines_are_skipped_and_still_counted() -> None:
    rows, bad = _read(_export(_row(), "", _row(code="x"), "", _row()))
    assert len(rows) == 2
    assert [b.line for b in bad] == [4]


# -- cells --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "milliseconds"),
    [
        ("123 ms", 123.0),
        ("123ms", 123.0),
        ("0.5 ms", 0.5),
        ("1.2 s", 1200.0),
        ("1.1 s", 1100.0),
        ("30s", 30000.0),
        ("2 S", 2000.0),
        ("87", 87.0),
        (" 12 ms ", 12.0),
        ("0", 0.0),
    ],
)
def test_timings_and_delays_in_milliseconds_whatever_the_unit(cell: str, milliseconds: float) -> None:
    rows, bad = _read(_export(_row(timing=cell, delay=cell)))
    assert bad == []
    assert (rows[0].timing, rows[0].delay) == (milliseconds, milliseconds)


@pytest.mark.parametrize("cell", ["12 min", "-3 ms", "nan", "inf s", "fast", "1,2 s"])
def test_a_duration_that_is_not_one_is_a_bad_row(cell: str) -> None:
    line = _row(timing=f'"{cell}"')
    rows, bad = _read(_export(line))
    assert rows == []
    assert bad == [BadRow(2, f"Timing: {cell!r} is not a duration {_duration_words(cell)}", line)]


def _duration_words(cell: str) -> str:
    return "of zero or more" if cell in ("-3 ms", "nan", "inf s") else "such as '123 ms' or '1.2 s'"


@pytest.mark.parametrize(
    ("cell", "moment"),
    [
        ("2025-06-02T09:28:09Z", datetime(2025, 6, 2, 9, 28, 9, tzinfo=UTC)),
        ("2025-06-02T09:28:09.123+00:00", datetime(2025, 6, 2, 9, 28, 9, 123000, tzinfo=UTC)),
        ("2025-06-02 09:28:09 UTC", datetime(2025, 6, 2, 9, 28, 9, tzinfo=UTC)),
        ("2025-06-02 09:28:09GMT", datetime(2025, 6, 2, 9, 28, 9, tzinfo=UTC)),
        ("2025-06-02T09:28:09-0700", datetime(2025, 6, 2, 9, 28, 9, tzinfo=PDT)),
        ("2025-06-02T09:28:09.1234567-07:00", datetime(2025, 6, 2, 9, 28, 9, 123456, tzinfo=PDT)),
    ],
)
def test_timestamps_in_every_iso_variant_become_aware_datetimes(cell: str, moment: datetime) -> None:
    rows, bad = _read(_export(_row(date=cell)))
    assert bad == []
    assert rows[0].date == moment and rows[0].date.utcoffset() == moment.utcoffset()


def test_a_timestamp_without_offset_needs_the_zone_said() -> None:
    data = _export(_row(date="2025-06-02 09:28:09"))
    rows, bad = _read(data)
    assert rows == [] and bad[0].message == (
        "Date: '2025-06-02 09:28:09' has no UTC offset; pass default_timezone= to say which zone it is in"
    )
    rows, bad = _read(data + _row(date="2025-06-02T09:28:09Z").encode(), default_timezone=PDT)
    assert bad == [] and rows[0].date == datetime(2025, 6, 2, 9, 28, 9, tzinfo=PDT)
    assert rows[1].date.utcoffset() == timedelta(0)  # a stamp's own offset wins over the default


def test_empty_cells_are_none_where_the_schema_allows_and_bad_elsewhere() -> None:
    nullable = {c.field: "" for c in COLUMNS if c.nullable}
    rows, bad = _read(_export(_row(**nullable), _row(ip="", timing="  ", status="")))
    assert bad == [
        BadRow(
            3,
            "Status: empty, but every request has one; IP: empty, but every request has one; "
            "Timing: empty, but every request has one",
            _row(ip="", timing="  ", status=""),
        )
    ]
    assert [getattr(rows[0], field) for field in nullable] == [None] * len(nullable)
    assert set(nullable) == {
        "gateway_code",
        "status_details",
        "delay",
        "api_collection",
        "endpoint",
        "client",
        "job_details",
    }


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ({"code": "99"}, "Code: 99 is outside 100..599"),
        ({"code": "200.0"}, "Code: '200.0' is not a whole number"),
        ({"gateway_code": "40x1"}, "Gateway code: '40x1' is not a whole number"),
        ({"date": "yesterday"}, "Date: 'yesterday' is not an ISO 8601 timestamp"),
    ],
)
def test_a_cell_of_the_wrong_type_is_a_bad_row(cells: dict[str, str], message: str) -> None:
    rows, bad = _read(_export(_row(), _row(**cells), _row()))
    assert len(rows) == 2
    assert bad == [BadRow(3, message, _row(**cells))]


def test_a_row_with_a_cell_too_many_or_too_few_is_a_bad_row() -> None:
    extra, short = _row(client="Acme, Inc."), _row().rsplit(",", 1)[0]
    rows, bad = _read(_export(extra, _row(), short))
    assert len(rows) == 1
    assert bad == [
        BadRow(2, "expected 13 cells (one per column), found 14", extra),
        BadRow(4, "expected 13 cells (one per column), found 12", short),
    ]


def test_a_row_that_is_not_utf8_is_a_bad_row_and_the_next_is_read() -> None:
    data = _export(_row(client="Caf\u00e9"), "@", _row()).replace(b"@", _row(client="Caf").encode() + b"\xe9")
    rows, bad = _read(data)
    assert [row.client for row in rows] == ["Caf\u00e9", "Mobile app"]
    assert [(b.line, b.message) for b in bad] == [(3, "not UTF-8 text")]


# -- the header ---------------------------------------------------------------------------------------


def test_headers_in_any_order_any_case_with_unknown_columns_ignored() -> None:
    order = [*reversed(COLUMNS)]
    header = ",".join(["Gateway", *(c.header.upper() if c.field == "ip" else c.header.lower() for c in order)])
    cells = dict(zip([c.field for c in COLUMNS], _row().split(","), strict=True))
    line = ",".join(["Cloud", *(cells[c.field] for c in order)])
    with read_request_logs(io.BytesIO(_export(line, header=header))) as reader:
        rows = list(reader)
    assert reader.ignored_columns == ("Gateway",)
    assert rows == list(_read(_export(_row()))[0])


def test_a_missing_column_is_refused_at_once() -> None:
    header = HEADER.replace("Timing,", "").replace(",Client", "")
    data = io.BytesIO(_export("whatever", header=header))
    with pytest.raises(MissingColumnError) as info:
        read_request_logs(data)
    assert info.value.columns == ("Timing", "Client")
    assert info.value.line == 1
    assert str(info.value) == "line 1: not a Workato API request log export: no 'Timing', 'Client' column"
    assert isinstance(info.value, RequestLogError) and isinstance(info.value, FailtrailError)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty: no header row"),
        (b"\r\n\r\n", "the file is empty: no header row"),
        (b"\xff\xfeD\x00a\x00t\x00e\x00\r\n", "line 1: the header is not UTF-8 text"),
        ((HEADER + ",Code\r\n").encode(), "line 1: the header has the 'Code' column twice"),
    ],
)
def test_a_file_that_is_not_an_export_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(RequestLogError) as info:
        read_request_logs(io.BytesIO(data))
    assert str(info.value) == message


def test_a_text_file_is_refused_with_the_fix() -> None:
    with pytest.raises(TypeError, match=r"open\(path, 'rb'\)"):
        read_request_logs(io.StringIO(HEADER))  # type: ignore[arg-type]


# -- bad rows raise when asked -----------------------------------------------------------------------


def test_on_bad_row_raise_stops_at_the_first_bad_row() -> None:
    reader = read_request_logs(io.BytesIO(EXPORT), on_bad_row="raise")
    got = [next(reader), next(reader), next(reader)]
    with pytest.raises(BadRowError) as info:
        next(reader)
    assert got == EXPECTED[:3]
    assert info.value.line == 6 and info.value.bad_row == BAD_LINE_6
    assert str(info.value) == "line 6: Code: '4O4' is not a whole number"
    assert isinstance(info.value, RequestLogError) and isinstance(info.value, FailtrailError)
    assert reader.bad_rows == [BAD_LINE_6]


def test_on_bad_row_takes_two_words_only() -> None:
    with pytest.raises(ValueError, match="'collect' or 'raise'"):
        RequestLogReader(io.BytesIO(EXPORT), on_bad_row="skip")  # type: ignore[arg-type]


# -- streaming ------------------------------------------------------------------------------------------


class _CountingFile(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.served = 0

    def readline(self, size: int | None = -1, /) -> bytes:
        line = super().readline(size)
        self.served += len(line)
        return line

    def read(self, size: int | None = -1, /) -> bytes:
        raise AssertionError("the reader must never read the whole file")


def test_an_export_generated_within_a_span_falls_in_it_whole_and_reads_back_exactly(tmp_path: Path) -> None:
    # The bench's exports: a window that covers every row, whatever their number (the default gaps put
    # 20,000 rows across about ten days).
    latest = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
    export = write_request_log_export(
        tmp_path / "span.csv", rows=20_000, seed=4, latest=latest, within=timedelta(days=3)
    )
    with read_request_logs(export.path) as reader:
        rows = list(reader)
    assert rows == list(request_log_rows(20_000, seed=4, latest=latest, within=timedelta(days=3)))
    assert latest - timedelta(days=3) <= rows[-1].date < latest - timedelta(days=1)  # spread, not crowded
    assert all(newer.date >= older.date for newer, older in zip(rows, rows[1:], strict=False))
    unscaled = list(request_log_rows(20_000, seed=4, latest=latest))
    assert unscaled[-1].date < latest - timedelta(days=9)  # what the span changes
    assert [row.code for row in unscaled] == [row.code for row in rows]  # and only the times


def test_rows_stream_one_at_a_time(tmp_path: Path) -> None:
    export = write_request_log_export(tmp_path / "big.csv", rows=20_000, seed=1)
    file = _CountingFile(export.path.read_bytes())
    reader = read_request_logs(file)
    first = next(reader)
    assert first == next(request_log_rows(1, seed=1))
    assert file.served < 1000  # the header and one row, not the file
    assert sum(1 for _ in reader) == 19_999


def test_a_line_too_long_to_be_an_export_is_refused_not_buffered() -> None:
    data = _export(_row(), _row(status_details="x" * (1 << 20)))
    reader = read_request_logs(io.BytesIO(data))
    next(reader)
    with pytest.raises(RequestLogError, match="line 3: a line longer than 1048576 bytes"):
        next(reader)


# -- the columns come from the schema ----------------------------------------------------------------


def test_columns_are_the_schemas_in_order_with_their_headers_types_and_bounds() -> None:
    properties = SCHEMA["properties"]
    assert [c.field for c in COLUMNS] == list(properties)
    for column in COLUMNS:
        prop = properties[column.field]
        assert column.header == header_of(column.field) == prop["title"] == prop["x-failtrail-column"]
        types = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
        assert column.nullable == ("null" in types)
        if column.kind is float:  # every number is a duration the reader converts to milliseconds
            assert prop["x-failtrail-unit"] == "ms"
        if "integer" in types and ("minimum" in prop or "maximum" in prop):
            assert _INT_BOUNDS[column.field] == (prop["minimum"], prop["maximum"])
    assert set(SCHEMA["required"]) == set(properties)  # every column is in every export's header
