"""Writing records: a rich table for a person, JSON Lines or CSV for programs; files appear whole or not at all."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Literal

from rich.console import Console
from rich.table import Table

from ._json import FIELDS, to_json, to_row
from ._record import FailureRecord

__all__ = ["Format", "atomic_file", "write"]

Format = Literal["table", "jsonl", "csv"]
_MESSAGE_WIDTH = 80
_FIXED = 19 + 8 + 6 + 19  # When, Vendor, Status, and the borders and padding of six columns


def write(records: Iterable[FailureRecord], out: IO[str], fmt: Format, *, title: str = "") -> int:
    """Write every record to ``out`` as it comes (the table once all have come); the number written."""
    if fmt == "jsonl":
        count = 0
        for record in records:
            out.write(json.dumps(to_json(record), ensure_ascii=False, separators=(",", ":")) + "\n")
            count += 1
        return count
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        count = 0
        for record in records:
            writer.writerow(to_row(record))
            count += 1
        return count
    return _table(list(records), out, title)


def _table(records: list[FailureRecord], out: IO[str], title: str) -> int:
    terminal = out.isatty()
    console = Console(file=out, width=None if terminal else 200, no_color=not terminal, highlight=False)
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
    return len(records)


def _cut(text: str | None, width: int) -> str:
    text = text or ""
    return text if len(text) <= width else text[: width - 1] + "…"


@contextmanager
def atomic_file(path: Path) -> Iterator[IO[str]]:
    """A temporary file next to ``path``, renamed onto it only when the block ends without an exception."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115  (closed below, before the rename)
        "w", encoding="utf-8", newline="", dir=path.parent, prefix=f".{path.name}.", suffix=".partial", delete=False
    )
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
