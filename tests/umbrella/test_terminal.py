"""The ``failtrail`` command at a real terminal: a pseudo-terminal on stdout, stderr or both, pipes on the rest.

What a person sees is the pty's bytes played through a small terminal emulator (:func:`screen`); what a
program gets is the exact bytes that reach the pipe. Every wait is bounded.
"""

from __future__ import annotations

import csv
import errno
import fcntl
import io
import json
import os
import re
import selectors
import struct
import subprocess
import sys
import termios
import time
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from failtrail import VENDORS, FailureRecord, to_json, to_row

from .conftest import NOW, SINCE, Vendors, cli_environ, read

WINDOW = ["--since", SINCE.isoformat(), "--until", NOW.isoformat()]
WIDE = ["--since", (NOW - timedelta(days=3)).isoformat(), "--until", NOW.isoformat()]  # every sandbox record
COLUMNS, ROWS = 200, 50
TIMEOUT = 120.0
SPINNER = set("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")  # rich's default "dots" spinner
_TERMINAL_SETTINGS = ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CLICOLOR_FORCE", "LINES")


@dataclass
class Ran:
    returncode: int
    stdout: bytes  # the pipe's bytes ("" when stdout was the terminal)
    stderr: bytes  # the same for stderr
    terminal: bytes  # everything written to the pty


def run_at_terminal(
    args: Sequence[str],
    *,
    cwd: Path,
    stdout_tty: bool,
    stderr_tty: bool,
    env: Mapping[str, str] | None = None,
    close_stdout_after: int | None = None,
) -> Ran:
    """Run ``failtrail args`` with stdout and/or stderr on a fresh pty (200x50); the others are pipes.

    ``close_stdout_after``: read that many lines from the stdout pipe, then close it (``| head -n N``).
    """
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    environ = {k: v for k, v in cli_environ({"TERM": "xterm-256color", **(env or {})}).items()}
    for name in _TERMINAL_SETTINGS:
        environ.pop(name, None)
    process = subprocess.Popen(
        [sys.executable, "-m", "failtrail", *args],
        cwd=cwd,
        env=environ,
        stdin=subprocess.DEVNULL,
        stdout=slave if stdout_tty else subprocess.PIPE,
        stderr=slave if stderr_tty else subprocess.PIPE,
    )
    os.close(slave)
    out_fd = process.stdout.fileno() if process.stdout is not None else None
    err_fd = process.stderr.fileno() if process.stderr is not None else None
    received = {fd: bytearray() for fd in (master, out_fd, err_fd) if fd is not None}
    selector = selectors.DefaultSelector()
    for fd in received:
        os.set_blocking(fd, False)
        selector.register(fd, selectors.EVENT_READ)
    deadline = time.monotonic() + TIMEOUT
    try:
        while selector.get_map():
            left = deadline - time.monotonic()
            assert left > 0, f"failtrail did not finish within {TIMEOUT} s: {bytes(received[master])[-2000:]!r}"
            for key, _ in selector.select(timeout=min(left, 1.0)):
                fd = int(key.fd)
                try:
                    chunk = os.read(fd, 65536)
                except BlockingIOError:
                    continue
                except OSError as error:  # EIO: the pty's last writer is gone
                    if error.errno != errno.EIO:
                        raise
                    chunk = b""
                if not chunk:
                    selector.unregister(fd)
                    continue
                received[fd] += chunk
                if fd == out_fd and close_stdout_after is not None and received[fd].count(b"\n") >= close_stdout_after:
                    selector.unregister(fd)
                    assert process.stdout is not None
                    process.stdout.close()  # the reader has what it wants: the writer gets EPIPE
        returncode = process.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        selector.close()
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
        os.close(master)
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()
    pipe_bytes = {fd: bytes(data) for fd, data in received.items()}
    return Ran(
        returncode,
        pipe_bytes.get(out_fd, b"") if out_fd is not None else b"",
        pipe_bytes.get(err_fd, b"") if err_fd is not None else b"",
        pipe_bytes[master],
    )


_CONTROL = re.compile(r"\x1b\[([?0-9;]*)([@-~])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78]")


def screen(data: bytes) -> list[str]:
    """The text a terminal shows after ``data`` (unbounded scrollback, no wrapping): cursor moves, erasing and
    carriage returns applied, colours dropped; trailing blanks and blank last lines removed."""
    text = data.decode("utf-8", errors="replace")
    lines: list[list[str]] = [[]]
    row = col = 0

    def put(char: str) -> None:
        nonlocal col
        line = lines[row]
        width = 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
        while len(line) < col + width:
            line.append(" ")
        line[col] = char
        if width == 2:
            line[col + 1] = ""
        col += width

    at = 0
    while at < len(text):
        found = _CONTROL.match(text, at)
        if found:
            at = found.end()
            if found.group(2) is None:
                continue
            params, final = found.group(1), found.group(2)
            number = int(params) if params.isdigit() else None
            if final == "A":
                row = max(0, row - (number or 1))
            elif final == "B":
                row += number or 1
            elif final == "C":
                col += number or 1
            elif final == "D":
                col = max(0, col - (number or 1))
            elif final == "G":
                col = (number or 1) - 1
            elif final == "K":
                line = lines[row] if row < len(lines) else []
                if number == 2:
                    line.clear()
                elif number == 1:
                    line[: col + 1] = [" "] * min(len(line), col + 1)
                else:
                    del line[col:]
            elif final == "J" and number in (None, 0):
                del lines[row + 1 :]
                del lines[row][col:]
            while len(lines) <= row:
                lines.append([])
            continue
        char = text[at]
        at += 1
        if char == "\r":
            col = 0
        elif char == "\n":
            row += 1
            while len(lines) <= row:
                lines.append([])
        elif char == "\b":
            col = max(0, col - 1)
        elif char >= " ":
            put(char)
    shown = ["".join(line).rstrip() for line in lines]
    while shown and not shown[-1]:
        shown.pop()
    return shown


def _jsonl(records: list[FailureRecord]) -> bytes:
    """JSON Lines as the standard library writes them: the reference the CLI's bytes must equal."""
    return b"".join(json.dumps(to_json(r), ensure_ascii=False, separators=(",", ":")).encode() + b"\n" for r in records)


def _summary(records: list[FailureRecord], chosen: Sequence[str] = VENDORS) -> str:
    """The last line on stderr; the vendors in the order they were named (every configured one: VENDORS)."""
    counts = ", ".join(f"{vendor} {sum(r.vendor == vendor for r in records)}" for vendor in chosen)
    return f"failtrail: {len(records)} records ({counts})"


def _failures(vendors: Vendors, *extra: str, window: Sequence[str] = WINDOW) -> list[str]:
    return ["failures", *window, "--config", str(vendors.config_path), *extra]


def _table_rows(lines: list[str]) -> list[list[str]]:
    return [[cell.strip() for cell in line.strip("│").split("│")] for line in lines if line.startswith("│")]


# -- records to a pipe, progress on the terminal ------------------------------------------------------


def test_records_reach_a_pipe_whole_while_progress_is_drawn_on_the_terminal(vendors: Vendors) -> None:
    expected = read(vendors)
    ran = run_at_terminal(_failures(vendors), cwd=vendors.config_path.parent, stdout_tty=False, stderr_tty=True)
    assert ran.returncode == 0, ran.terminal
    assert ran.stdout == _jsonl(expected)  # every record, byte for byte, nothing of the progress display
    drawn = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", ran.terminal.decode())
    for vendor in VENDORS:  # the progress was drawn: each vendor's final state, before it was erased
        assert re.search(rf"{vendor}\s+{sum(r.vendor == vendor for r in expected)} records\s+\d+ pages done", drawn)
    assert screen(ran.terminal) == [_summary(expected)]  # then erased: only the summary stays


def test_csv_to_a_pipe_is_whole_too(vendors: Vendors) -> None:
    ran = run_at_terminal(
        _failures(vendors, "--format", "csv", "--vendor", "zitadel"),
        cwd=vendors.config_path.parent,
        stdout_tty=False,
        stderr_tty=True,
    )
    assert ran.returncode == 0, ran.terminal
    header, *rows = list(csv.reader(io.StringIO(ran.stdout.decode())))
    assert header == [
        "vendor",
        "kind",
        "id",
        "when",
        "http_status",
        "code",
        "message",
        "request_id",
        "resource",
        "actor",
    ]
    assert rows == [[to_row(r)[name] for name in header] for r in read(vendors, ["zitadel"])]


# -- the table -----------------------------------------------------------------------------------------


def test_the_table_at_a_terminal_is_not_glued_to_the_progress(vendors: Vendors) -> None:
    """stdout and stderr on the same terminal, as at an interactive shell."""
    expected = read(vendors, ["zuora", "zitadel"])
    ran = run_at_terminal(
        _failures(vendors, "--vendor", "zuora,zitadel"),
        cwd=vendors.config_path.parent,
        stdout_tty=True,
        stderr_tty=True,
    )
    assert ran.returncode == 0, ran.terminal
    shown = screen(ran.terminal)
    assert shown[0] == "Failures from 2025-06-01 12:00 to 2025-06-02 12:00 UTC"
    assert shown[1].startswith("┏") and shown[-2].startswith("└")  # the table, then at once the summary
    assert shown[-1] == _summary(expected, ["zuora", "zitadel"])
    rows = _table_rows(shown)
    assert [row[:2] for row in rows] == [[r.when.strftime("%Y-%m-%d %H:%M:%S"), r.vendor] for r in expected]
    assert not any(SPINNER & set(line) or "pages" in line for line in shown)  # no stale progress line


def test_the_table_on_the_terminal_and_the_summary_in_a_pipe(vendors: Vendors) -> None:
    expected = read(vendors, ["zitadel"])
    ran = run_at_terminal(
        _failures(vendors, "--vendor", "zitadel"), cwd=vendors.config_path.parent, stdout_tty=True, stderr_tty=False
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stderr == f"failtrail: {len(expected)} records (zitadel {len(expected)})\n".encode()  # no progress
    shown = screen(ran.terminal)
    assert shown[0] == "Failures from 2025-06-01 12:00 to 2025-06-02 12:00 UTC"
    assert [row[2] for row in _table_rows(shown)] == [""] * len(expected)  # ZITADEL: no HTTP status
    assert [row[1] for row in _table_rows(shown)] == ["zitadel"] * len(expected)


def test_json_lines_onto_the_terminal_are_not_mixed_with_progress(vendors: Vendors) -> None:
    expected = read(vendors, ["zitadel", "citrix"])
    ran = run_at_terminal(
        _failures(vendors, "--vendor", "zitadel,citrix", "--format", "jsonl"),
        cwd=vendors.config_path.parent,
        stdout_tty=True,
        stderr_tty=True,
    )
    assert ran.returncode == 0, ran.terminal
    assert screen(ran.terminal) == [*_jsonl(expected).decode().splitlines(), _summary(expected, ["zitadel", "citrix"])]


# -- | head -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("stderr_tty", [True, False], ids=["stderr-terminal", "stderr-pipe"])
def test_a_reader_that_stops_early_ends_the_run_quietly(vendors: Vendors, stderr_tty: bool) -> None:
    expected = _jsonl(read_wide(vendors))
    assert len(expected) > 4 * 65536  # more than a pipe holds: the CLI must still be writing when the reader leaves
    ran = run_at_terminal(
        _failures(vendors, window=WIDE),
        cwd=vendors.config_path.parent,
        stdout_tty=False,
        stderr_tty=stderr_tty,
        close_stdout_after=3,
    )
    said = ran.stderr if not stderr_tty else ran.terminal
    assert ran.returncode == 0, said
    assert b"Traceback" not in said and b"BrokenPipe" not in said
    assert screen(said) == []  # nothing to say: the reader had what it wanted


def read_wide(vendors: Vendors) -> list[FailureRecord]:
    import failtrail

    with failtrail.failures(NOW - timedelta(days=3), NOW, merge=True, config=vendors.config()) as run:
        records = list(run)
    assert run.errors == {}
    return records
