"""Writing records: a rich table for a person, JSON Lines or CSV for programs; files appear whole or not at all.

JSON Lines and CSV go out as UTF-8 bytes in blocks of about 64 KiB (a pipe sees whole lines, and
few writes), and at least every quarter second while records come, so that a slow run still shows
its records as they arrive.

An ``--output`` file is written under a temporary name next to it, ``.<name>.failtrail-tmp-<pid>``,
and renamed onto it at the end. A run killed outright (SIGKILL, a power cut) leaves that file
behind: the next run writing to the same place removes it once its process is gone.
"""

from __future__ import annotations

import csv
import io
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, TYPE_CHECKING, BinaryIO, Literal

from ._json import FIELDS, json_line, row_cells
from ._record import FailureRecord

if TYPE_CHECKING:  # rich is imported only for a table
    from rich.console import Console

__all__ = ["Format", "atomic_file", "temporary_name", "write", "write_table"]

Format = Literal["table", "jsonl", "csv"]
_BLOCK = 64 * 1024
_LATENCY = 0.25
"""Seconds a written record may wait in the buffer while more arrive."""
_MESSAGE_WIDTH = 80
_FIXED = 19 + 8 + 6 + 19  # When, Vendor, Status, and the borders and padding of six columns
_TEMPORARY = ".failtrail-tmp-"


class _Blocks:
    """Collects encoded records and writes them to ``out`` a block at a time."""

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._pending: list[bytes] = []
        self._size = 0
        self._since = time.monotonic()

    def add(self, data: bytes) -> None:
        self._pending.append(data)
        self._size += len(data)
        if self._size >= _BLOCK or self.due():
            self.flush()

    def due(self) -> bool:
        """Whether what waits has waited long enough: it goes out with the next record."""
        return time.monotonic() - self._since >= _LATENCY

    def flush(self) -> None:
        if self._pending:
            self._out.write(b"".join(self._pending))
            self._pending.clear()
            self._size = 0
        self._out.flush()
        self._since = time.monotonic()


def write(
    records: Iterable[FailureRecord], out: BinaryIO, fmt: Literal["jsonl", "csv"], *, secrets: bool = False
) -> int:
    """Write every record to ``out`` (UTF-8) as it comes, a block at a time; the number written."""
    blocks = _Blocks(out)
    count = 0
    if fmt == "jsonl":
        for record in records:
            blocks.add(json_line(record, secrets=secrets))
            count += 1
    else:
        text = io.StringIO()  # rows gather here, and go out as bytes a block at a time
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(FIELDS)
        for record in records:
            writer.writerow(row_cells(record))
            count += 1
            if text.tell() >= _BLOCK or blocks.due():
                blocks.add(_taken(text))
        blocks.add(_taken(text))  # the header alone when there is no record
    blocks.flush()
    return count


def _taken(text: io.StringIO) -> bytes:
    """What ``text`` holds, as UTF-8; ``text`` is left empty."""
    data = text.getvalue().encode()
    text.seek(0)
    text.truncate()
    return data


def write_table(records: list[FailureRecord], out: IO[str], title: str) -> int:
    """The records as one table, one line per record (long cells end in an ellipsis); the number shown."""
    from rich.console import Console
    from rich.table import Table

    terminal = out.isatty()
    console: Console = Console(file=out, width=None if terminal else 200, no_color=not terminal, highlight=False)
    # One line per record: the cells are cut to fit here (rich would rather squeeze the narrow columns).
    room = max(30, console.width - _FIXED)
    code_width, resource_width = min(28, room // 6), min(48, room // 3)
    message_width = min(_MESSAGE_WIDTH, max(10, room - code_width - resource_width))
    table = Table(title=title or None, title_justify="left", header_style="bold", expand=False)
    for name in ("When (UTC)", "Vendor", "Status", "Code", "Resource", "Message"):
        table.add_column(name, no_wrap=True, justify="right" if name == "Status" else "left")
    for record in records:
        table.add_row(
            record.when.strftime("%Y-%m-%d %H:%M:%S"),
            record.vendor,
            "" if record.http_status is None else str(record.http_status),
            _cut(record.code, code_width),
            _cut(record.resource, resource_width),
            _cut(" ".join((record.message or "").split()), message_width),
        )
    console.print(table)
    out.flush()
    return len(records)


def _cut(text: str | None, width: int) -> str:
    text = text or ""
    return text if len(text) <= width else text[: width - 1] + "…"


# -- files that appear whole -------------------------------------------------------------------------


def temporary_name(path: Path, pid: int | None = None) -> Path:
    """Where ``path`` is written before it is renamed into place: ``.<name>.failtrail-tmp-<pid>``."""
    return path.with_name(f".{path.name}{_TEMPORARY}{os.getpid() if pid is None else pid}")


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A temporary file next to ``path``, renamed onto it only when the block ends without an exception.

    It is created with mode 0666 less the umask, as ``open()`` would create ``path`` itself. Stale
    temporary files of ``path`` (their process is gone) are removed first.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(path)
    temporary = temporary_name(path)
    temporary.unlink(missing_ok=True)  # this process's own (a pid reused after a crash)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        with open(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _remove_stale(path: Path) -> None:
    if os.name != "posix":  # os.kill(pid, 0) is no probe elsewhere
        return
    prefix = f".{path.name}{_TEMPORARY}"
    with suppress(OSError):
        for found in path.parent.iterdir():
            pid = found.name.removeprefix(prefix)
            if found.name.startswith(prefix) and pid.isdigit() and not _alive(int(pid)):
                with suppress(OSError):
                    found.unlink()


def _alive(pid: int) -> bool:
    """Whether a process ``pid`` exists (one of another user counts as alive: its file is left alone)."""
    if pid <= 0:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
