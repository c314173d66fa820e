"""A streaming reader for the CSV file Workato's API platform exports from its request logs.

The logs have no API: users press "Download results" on Platform > API platform > Logs and get a
CSV file. This reads it one row at a time (memory stays flat however long the file is) into the
generated ``ApiLogRow`` model. A row that cannot be read becomes a :class:`BadRow` with its line
number and the rows around it are kept; only a file that is not an export at all (no header, a
missing column, not UTF-8 in its header) raises straight away.
"""

from __future__ import annotations

import contextlib
import csv
import io
import math
import os
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from types import TracebackType
from typing import IO, Any, Literal

from failtrail_core import FailtrailError

from .._rows import ApiLogRow
from ._columns import COLUMNS, Column, header_key

__all__ = [
    "BadRow",
    "BadRowError",
    "MissingColumnError",
    "OnBadRow",
    "RequestLogError",
    "RequestLogReader",
    "read_request_logs",
]

OnBadRow = Literal["collect", "raise"]

_BOM = b"\xef\xbb\xbf"
_MAX_LINE_BYTES = 1 << 20  # a physical line longer than this is not an export: refuse rather than buffer it
# Bounds the schema puts on integer columns (tests hold these to api-log-row.schema.json).
_INT_BOUNDS: dict[str, tuple[int, int]] = {"code": (100, 599)}


class RequestLogError(FailtrailError, ValueError):
    """A request log export that cannot be read.

    Attributes:
        line: the 1-based physical line of the file the problem is on, when there is one.
    """

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(f"line {line}: {message}" if line is not None else message)
        self.line = line


class MissingColumnError(RequestLogError):
    """The header lacks columns every export has; nothing was read.

    Attributes:
        columns: the missing headers, as Workato writes them.
    """

    def __init__(self, columns: tuple[str, ...], *, line: int) -> None:
        super().__init__(f"not a Workato API request log export: no {', '.join(map(repr, columns))} column", line=line)
        self.columns = columns


@dataclass(frozen=True, slots=True)
class BadRow:
    """A row that could not be read.

    Attributes:
        line: the 1-based physical line of the file where the row starts.
        message: what is wrong, column by column.
        raw: the row's text as it is in the file (without its final line break).
    """

    line: int
    message: str
    raw: str


class BadRowError(RequestLogError):
    """Raised by a reader made with ``on_bad_row="raise"`` at the first row it cannot read."""

    def __init__(self, bad_row: BadRow) -> None:
        super().__init__(bad_row.message, line=bad_row.line)
        self.bad_row = bad_row


class _Lines:
    """The file's physical lines, decoded one at a time and numbered; lines can be put back.

    ``taken`` holds the lines handed out since the last :meth:`take`, i.e. the current CSV row.
    """

    __slots__ = ("_binary", "_next_number", "_pushed", "first", "garbled", "taken")

    def __init__(self, binary: IO[bytes]) -> None:
        self._binary = binary
        self._next_number = 1
        self._pushed: deque[tuple[int, str]] = deque()
        self.taken: list[str] = []
        self.first = 1
        self.garbled = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._pushed:
            number, text = self._pushed.popleft()
        else:
            data = self._binary.readline(_MAX_LINE_BYTES)
            if not data:
                raise StopIteration
            number = self._next_number
            self._next_number += 1
            if len(data) == _MAX_LINE_BYTES and not data.endswith(b"\n"):
                raise RequestLogError(
                    f"a line longer than {_MAX_LINE_BYTES} bytes: not a request log export", line=number
                )
            if number == 1 and data.startswith(_BOM):
                data = data[3:]
            try:
                text = data.decode()
            except UnicodeDecodeError:
                text = data.decode(errors="replace")
                self.garbled = True
        if not self.taken:
            self.first = number
        self.taken.append(text)
        return text

    def take(self) -> tuple[int, list[str], bool]:
        """The current row's first line number, its lines and whether any was not UTF-8; then reset."""
        taken, garbled = self.taken, self.garbled
        self.taken, self.garbled = [], False
        return self.first, taken, garbled

    def put_back(self, first: int, lines: list[str]) -> None:
        """Read ``lines`` (numbered from ``first``) again before the rest of the file."""
        self._pushed.extendleft(reversed(list(enumerate(lines, first))))


def _raw(lines: list[str]) -> str:
    text = "".join(lines)
    return text[:-2] if text.endswith("\r\n") else text[:-1] if text.endswith(("\n", "\r")) else text


def _integer(column: Column) -> Callable[[str], int]:
    bounds = _INT_BOUNDS.get(column.field)

    def convert(cell: str) -> int:
        try:
            value = int(cell)
        except ValueError:
            raise ValueError(f"{cell!r} is not a whole number") from None
        if bounds is not None and not bounds[0] <= value <= bounds[1]:
            raise ValueError(f"{value} is outside {bounds[0]}..{bounds[1]}")
        return value

    return convert


def _milliseconds(cell: str) -> float:
    """``123 ms``, ``1.2 s`` or a bare number of milliseconds -> milliseconds."""
    text = cell.strip()
    lowered = text.lower()
    if lowered.endswith("ms"):
        number, scale = text[:-2], 1.0
    elif lowered.endswith("s"):
        number, scale = text[:-1], 1000.0
    else:
        number, scale = text, 1.0
    try:
        value = float(number)
    except ValueError:
        raise ValueError(f"{cell!r} is not a duration such as '123 ms' or '1.2 s'") from None
    if not 0 <= value < math.inf:
        raise ValueError(f"{cell!r} is not a duration of zero or more")
    return value if scale == 1.0 else round(value * scale, 6)  # 1.1 s is 1100 ms, not 1100.0000000000002


def _timestamp(default_timezone: tzinfo | None) -> Callable[[str], datetime]:
    def convert(cell: str) -> datetime:
        text = cell.strip()
        if text[-3:] in ("UTC", "GMT"):
            text = text[:-3].rstrip() + "+00:00"
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{cell!r} is not an ISO 8601 timestamp") from None
        if moment.tzinfo is None:
            if default_timezone is None:
                raise ValueError(f"{cell!r} has no UTC offset; pass default_timezone= to say which zone it is in")
            moment = moment.replace(tzinfo=default_timezone)
        return moment

    return convert


def _converter(column: Column, default_timezone: tzinfo | None) -> Callable[[str], Any]:
    """The cell -> value function for ``column``; a ``ValueError`` says what is wrong with the cell."""
    if column.kind is datetime:
        convert: Callable[[str], Any] | None = _timestamp(default_timezone)
    elif column.kind is int:
        convert = _integer(column)
    elif column.kind is float:
        convert = _milliseconds
    else:
        convert = None  # text is kept as it is
    if column.nullable:
        if convert is None:
            return lambda cell: cell if cell and not cell.isspace() else None
        return lambda cell: convert(cell) if cell and not cell.isspace() else None

    def required(cell: str) -> Any:
        if not cell or cell.isspace():
            raise ValueError("empty, but every request has one")
        return cell if convert is None else convert(cell)

    return required


def _open(source: str | os.PathLike[str] | IO[bytes]) -> tuple[IO[bytes], bool]:
    if isinstance(source, str | os.PathLike):
        return open(source, "rb"), True  # closed by the reader
    if isinstance(source, io.TextIOBase):
        raise TypeError("read_request_logs needs a binary file: open the export with open(path, 'rb')")
    if isinstance(source, io.RawIOBase):
        return _BorrowedBuffer(source), False
    return source, False


class _BorrowedBuffer(io.BufferedReader):
    """A buffer around a raw file the caller passed in, which it never closes.

    A plain ``BufferedReader`` closes the file under it on ``close()`` and when it is collected.
    """

    def close(self) -> None:
        with contextlib.suppress(ValueError):  # detached already
            self.detach()


class RequestLogReader:
    """Iterate over the rows of a request log export as ``ApiLogRow``, one at a time.

    Args:
        source: a path, or a file opened in binary mode (left open when the reader closes).
        on_bad_row: ``"collect"`` keeps going and lists bad rows in :attr:`bad_rows`;
            ``"raise"`` raises :class:`BadRowError` at the first one.
        default_timezone: the zone of timestamps written without a UTC offset (refused otherwise).

    Raises:
        MissingColumnError: the header lacks a column every export has.
        RequestLogError: the file is empty or its header cannot be read.

    Attributes:
        bad_rows: the rows that could not be read so far, in file order.
        ignored_columns: headers this reader does not know (a later export's additions), skipped.
    """

    def __init__(
        self,
        source: str | os.PathLike[str] | IO[bytes],
        *,
        on_bad_row: OnBadRow = "collect",
        default_timezone: tzinfo | None = None,
    ) -> None:
        if on_bad_row not in ("collect", "raise"):
            raise ValueError(f"on_bad_row must be 'collect' or 'raise', not {on_bad_row!r}")
        self.bad_rows: list[BadRow] = []
        self.ignored_columns: tuple[str, ...] = ()
        self._raise = on_bad_row == "raise"
        self._file, self._owns_file = _open(source)
        try:
            self._lines = _Lines(self._file)
            self._rows = csv.reader(self._lines)
            self._plan = self._read_header(default_timezone)
        except BaseException:
            self.close()
            raise

    def _read_header(self, default_timezone: tzinfo | None) -> list[tuple[int, Column, Callable[[str], Any]]]:
        header: list[str] = []
        while not header:
            try:
                header = next(self._rows)
            except StopIteration:
                raise RequestLogError("the file is empty: no header row") from None
            except csv.Error as error:
                raise RequestLogError(f"the header is not CSV: {error}", line=self._lines.first) from None
            line, _, garbled = self._lines.take()
        if garbled:
            raise RequestLogError("the header is not UTF-8 text", line=line)
        self._width = len(header)
        positions: dict[str, int] = {}
        ignored = []
        known = {header_key(column.header) for column in COLUMNS}
        for index, name in enumerate(header):
            key = header_key(name)
            if key in positions:
                raise RequestLogError(f"the header has the {name!r} column twice", line=line)
            if key in known:
                positions[key] = index
            else:
                ignored.append(name)
        missing = tuple(c.header for c in COLUMNS if header_key(c.header) not in positions)
        if missing:
            raise MissingColumnError(missing, line=line)
        self.ignored_columns = tuple(ignored)
        return [(positions[header_key(c.header)], c, _converter(c, default_timezone)) for c in COLUMNS]

    def __iter__(self) -> Iterator[ApiLogRow]:
        return self

    def __next__(self) -> ApiLogRow:
        while True:
            try:
                cells = next(self._rows)
                problem = None
            except csv.Error as error:
                cells, problem = [], f"not CSV: {error}"
            first, lines, garbled = self._lines.take()
            if problem is None and not cells:
                continue  # a blank line
            if problem is None and len(cells) != self._width:
                problem = f"expected {self._width} cells (one per column), found {len(cells)}"
            if problem is not None and len(lines) > 1:
                # Most likely a quote opened on the first line and never closed, swallowing the lines
                # after it: report that line alone and read the others again as rows of their own.
                self._lines.put_back(first + 1, lines[1:])
                problem = f"a quote opened on this line is not closed where the line ends ({problem})"
                lines = lines[:1]
            elif problem is None and garbled:
                problem = "not UTF-8 text"
            elif problem is None:
                row, problem = self._convert(cells)
                if row is not None:
                    return row
            self._bad(BadRow(first, problem, _raw(lines)))

    def _convert(self, cells: list[str]) -> tuple[ApiLogRow | None, str]:
        try:  # the common case, in one pass
            return ApiLogRow(*[convert(cells[index]) for index, _, convert in self._plan]), ""
        except ValueError:
            pass
        problems = []  # a bad row: say what is wrong with every cell, not just the first
        for index, column, convert in self._plan:
            try:
                convert(cells[index])
            except ValueError as error:
                problems.append(f"{column.header}: {error}")
        return None, "; ".join(problems)

    def _bad(self, bad_row: BadRow) -> None:
        self.bad_rows.append(bad_row)
        if self._raise:
            raise BadRowError(bad_row)

    def close(self) -> None:
        """Close the file if the reader opened it (a file passed in stays open)."""
        if self._owns_file:
            self._file.close()

    def __enter__(self) -> RequestLogReader:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def read_request_logs(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    on_bad_row: OnBadRow = "collect",
    default_timezone: tzinfo | None = None,
) -> RequestLogReader:
    """Open a request log export for reading: ``with read_request_logs(path) as reader: for row in reader``."""
    return RequestLogReader(source, on_bad_row=on_bad_row, default_timezone=default_timezone)
