"""Realistic, deterministic request log exports, for tests, benchmarks and demos.

Workato's request logs only leave Workato as a downloaded CSV file, so code that reads them needs
files to read. These are written as the UI's "Download results" writes them: a UTF-8 byte-order
mark, CRLF line ends, the newest request first, timestamps in the workspace's zone, ``123 ms`` /
``1.2 s`` timings, empty cells for what a request does not have, and the quoting CSV needs (client
names with commas and quotes, now and then a diagnostic message over two lines)::

    from failtrail_workato.lib.exports import write_request_log_export

    export = write_request_log_export("api_logs.csv", rows=3000, seed=0, bad_rows=(1500,))
    export.bad_lines    # (1502,): where the broken row is, for the reader to report

The same ``seed`` always gives the same bytes; ``request_log_rows`` gives the rows the file holds.
"""

from __future__ import annotations

import csv
import os
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from failtrail_core.sandbox import random_ipv4

from .._rows import ApiLogRow
from ._columns import COLUMNS

__all__ = ["LATEST", "RequestLogExport", "format_row", "request_log_rows", "write_request_log_export"]

LATEST = datetime(2025, 6, 2, 9, 30, tzinfo=timezone(timedelta(hours=-7)))
"""The newest request of a generated export (in a US Pacific workspace, summer time)."""

_COLLECTIONS = {
    "Quote to cash": ["quotes/search", "quotes/:id", "orders", "invoices/:id"],
    "Customer 360": ["customers/search", "customers/:id", "contacts"],
    "Order sync": ["salesforce/search", "netsuite/orders", "orders/:id/status"],
    "HR onboarding": ["employees", "employees/:id/start"],
}
_CLIENTS = [
    "Customer Success Team",
    "Mobile app",
    "Partner portal",
    "Data warehouse",
    "Acme, Inc. integration",
    'Ops "night shift" bot',
]
# (code, status, gateway code, status details, client known, endpoint known)
_FAILURES = [
    (401, "Unauthorized", 4011, "Unrecognized token", False, True),
    (401, "Unauthorized", 4012, "Missing token", False, True),
    (404, "Not Found", None, "Recipe is inactive", True, True),
    (404, "Not Found", None, None, True, False),
    (429, "Too Many Requests", None, None, True, True),
    (500, "Internal Server Error", None, "Recipe job failed:\nTimeout after 30 s", True, True),
]
# Broken rows, one kind after another: what a hand-edited or cut-off export really holds.
# (column, the cells written in its place)
_BROKEN = [
    ("code", ["2OO"]),  # a letter O in the code
    ("timing", [""]),  # no timing
    ("client", ["Acme", " Inc."]),  # an unquoted comma: one cell too many
    ("date", ["yesterday"]),  # not a timestamp
    ("client", ['"Partner portal']),  # a quote never closed
]
_FIELDS = [column.field for column in COLUMNS]


@dataclass(frozen=True, slots=True)
class RequestLogExport:
    """What :func:`write_request_log_export` wrote.

    Attributes:
        path: the file.
        rows: the good rows in it (``request_log_rows(rows, seed)``, in that order).
        bad_lines: the 1-based line of each broken row, in file order.
    """

    path: Path
    rows: int
    bad_lines: tuple[int, ...]


def request_log_rows(
    rows: int = 3000, seed: int = 0, *, latest: datetime = LATEST, within: timedelta | None = None
) -> Iterator[ApiLogRow]:
    """The rows a generated export holds, newest first, as a reader should return them.

    Consecutive requests are 50 ms to 90 s apart; ``within`` shrinks those gaps in proportion so that every
    row falls inside that span before ``latest`` (an export of any size that one window covers whole).
    """
    rng = random.Random(seed)
    moment = latest.replace(microsecond=0)
    collections = list(_COLLECTIONS)
    # Whole milliseconds, as the export writes them: the largest gap times ``rows`` fits in ``within``.
    span = None if within is None else within // timedelta(milliseconds=1)
    for _ in range(rows):
        gap = rng.randint(50, 90_000)
        moment -= timedelta(milliseconds=gap if span is None else gap * span // (rows * 90_000))
        collection: str | None = rng.choice(collections)
        endpoint: str | None = rng.choice(_COLLECTIONS[collection or ""])
        client: str | None = rng.choice(_CLIENTS)
        code, status, gateway, details = 200, "OK", None, None
        job: str | None = (
            f"https://www.workato.com/recipes/{rng.randint(10_000, 99_999)}/job/{rng.randint(10**8, 10**9)}"
        )
        delay: float | None = float(rng.randint(0, 40))
        if rng.random() < 0.25:
            code, status, gateway, details, client_known, endpoint_known = rng.choice(_FAILURES)
            job = delay = None
            client = client if client_known else None
            if not endpoint_known:
                collection = endpoint = None
        timing = float(rng.randint(3, 999)) if rng.random() < 0.9 else rng.randint(10, 300) * 100.0
        yield ApiLogRow(
            date=moment,
            type="Success" if code < 400 else "Error",
            code=code,
            status=status,
            gateway_code=gateway,
            status_details=details,
            ip=_ip(rng),
            timing=timing,
            delay=delay,
            api_collection=collection,
            endpoint=endpoint,
            client=client,
            job_details=job,
        )


def format_row(row: ApiLogRow) -> list[str]:
    """The cells Workato writes for ``row``, in the export's column order."""
    cells = []
    for column in COLUMNS:
        value = getattr(row, column.field)
        if value is None:
            cells.append("")
        elif column.kind is datetime:
            cells.append(value.isoformat(timespec="milliseconds"))
        elif column.kind is float:
            cells.append(f"{value:g} ms" if value < 1000 else f"{value / 1000:g} s")
        else:
            cells.append(str(value))
    return cells


def write_request_log_export(
    path: str | os.PathLike[str],
    rows: int = 3000,
    seed: int = 0,
    bad_rows: Iterable[int] = (),
    *,
    bom: bool = True,
    latest: datetime = LATEST,
    within: timedelta | None = None,
) -> RequestLogExport:
    """Write an export of ``rows`` requests to ``path``, the same bytes for the same arguments.

    Args:
        path: where to write.
        rows: how many good rows.
        seed: picks the requests; ``request_log_rows(rows, seed)`` gives them back.
        bad_rows: for each number ``n``, a broken row goes right after the ``n``-th good row
            (``0`` puts one first). Kinds cycle: a bad code, an empty timing, an unquoted comma,
            a bad timestamp, a quote never closed.
        bom: start with a UTF-8 byte-order mark, as Workato's file does.
        latest: the newest request's time; its zone is the one written.
        within: every good row's time falls within this span before ``latest`` (see
            :func:`request_log_rows`).
    """
    after = sorted(bad_rows)
    if any(not 0 <= n <= rows for n in after):
        raise ValueError(f"bad_rows must be between 0 and {rows}")
    target = Path(path)
    bad_lines: list[int] = []
    line = 2  # the line the next row starts on (the header is line 1)
    with target.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\r\n")
        writer.writerow([column.header for column in COLUMNS])
        broken = 0
        good = request_log_rows(rows, seed, latest=latest, within=within)
        for written in range(rows + 1):
            while broken < len(after) and after[broken] == written:
                field, replacement = _BROKEN[broken % len(_BROKEN)]
                cells = format_row(_sample(seed, broken, latest))
                where = _FIELDS.index(field)
                cells[where : where + 1] = replacement
                file.write(",".join(cells) + "\r\n")  # by hand: csv would quote what makes it broken
                bad_lines.append(line)
                line += 1
                broken += 1
            if written == rows:
                break
            cells = format_row(next(good))
            writer.writerow(cells)
            line += 1 + sum(cell.count("\n") for cell in cells)
    return RequestLogExport(target, rows, tuple(bad_lines))


def _sample(seed: int, number: int, latest: datetime) -> ApiLogRow:
    """A well-formed row to break, single-line and with every cell filled where a success has one."""
    base = next(request_log_rows(1, seed * 1_000_003 + number + 1, latest=latest))
    return ApiLogRow(
        date=base.date,
        type="Success",
        code=200,
        status="OK",
        gateway_code=None,
        status_details=None,
        ip=base.ip,
        timing=base.timing,
        delay=0.0,
        api_collection="Order sync",
        endpoint="orders/:id/status",
        client="Partner portal",
        job_details="https://www.workato.com/recipes/31337/job/424242424",
    )


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return f"2001:db8:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}"
    return random_ipv4(rng)
