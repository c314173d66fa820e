"""What the ``failtrail`` commands do, once ``_cli`` has parsed their arguments.

Apart from the parser, so that ``failtrail --help`` and ``--version`` import none of it. Records go to
stdout (or ``--output``), everything else to stderr: the progress display (only when stderr is a
terminal, and never while records stream to the same terminal), the errors, the summary. The vendor
packages, the HTTP stack and rich are imported only by the command that needs them.
"""

from __future__ import annotations

import io
import os
import re
import sys
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING

from ._cli import FAILED, INTERRUPTED, OK, PARTIAL, USAGE

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Iterator, Mapping
    from datetime import datetime
    from pathlib import Path
    from types import FrameType
    from typing import IO, Any, BinaryIO

    from rich.console import Console
    from rich.progress import Progress, TaskID

    from ._config import VendorConfig
    from ._output import Format
    from ._stream import VendorOutcome

__all__ = ["run"]

_RELATIVE = r"^(\d+(?:\.\d+)?)\s*([smhdw])$"  # patterns, compiled (and cached by re) at first use
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_ERRNO = r"^\[Errno -?\d+\]\s*"


def run(args: argparse.Namespace) -> int:
    """Run the parsed command; what it returns is the process's exit code."""
    command: Callable[[argparse.Namespace], int] = _COMMANDS[args.command]
    from ._errors import ConfigError

    _collect_less_often()

    try:
        with _signals_end_the_run():
            return command(args)
    except ConfigError as error:  # a bad window (WindowError) included
        print(f"failtrail: {error}", file=sys.stderr)
        return USAGE
    except BrokenPipeError:  # `failtrail failures ... | head`: the reader has all it wants
        _silence_stdout()
        return OK
    except (KeyboardInterrupt, _Ended) as stop:
        import signal

        # Output files are already cleaned up and the progress display is closed. Leave at once:
        # waiting for the worker threads would mean waiting for their requests in flight.
        signum = stop.signum if isinstance(stop, _Ended) else signal.SIGINT
        with suppress(OSError, ValueError):
            print(f"failtrail: {_signal_words(signum)}", file=sys.stderr, flush=True)
            sys.stdout.flush()
        os._exit(INTERRUPTED if signum == signal.SIGINT else 128 + signum)


def _collect_less_often() -> None:
    """Run CPython's cycle collector after 50,000 new objects, not 700 (this process's own setting: the library
    leaves it alone). Records hold no cycles, yet a page of them (a VinylDNS page is some 3,000 objects) outlives
    the young collections it sets off, and each survivor counts towards a full collection: at 20,000 records
    from each vendor the collector took about 15% of the run's CPU, measured with and without this setting."""
    import gc

    gc.set_threshold(50_000, 20, 20)


def _moment(text: str, now: datetime) -> datetime:
    """``24h``, ``90m``, ``7d``, ``2w``, ``30s`` back from now, or an ISO 8601 time (UTC when it has no offset)."""
    import argparse
    from datetime import UTC, datetime, timedelta

    found = re.match(_RELATIVE, text.strip())
    if found:
        try:
            return now - timedelta(**{_UNITS[found.group(2)]: float(found.group(1))})
        except OverflowError:
            raise argparse.ArgumentTypeError(f"{text!r} reaches back before the year 1") from None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is neither a duration (24h, 90m, 7d) nor an ISO 8601 time (2024-09-22T09:07:00+08:00)"
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


# -- signals and pipes -------------------------------------------------------------------------------


class _Ended(BaseException):
    """SIGTERM or SIGHUP, raised in the main thread so that ``finally`` blocks (the output file's) run."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _signal_words(signum: int) -> str:
    import signal

    words: dict[int, str] = {signal.SIGINT: "interrupted", signal.SIGTERM: "terminated"}
    if hasattr(signal, "SIGHUP"):
        words[signal.SIGHUP] = "hung up"
    return words.get(signum, "ended")


def _end(signum: int, frame: FrameType | None) -> None:
    raise _Ended(signum)


@contextmanager
def _signals_end_the_run() -> Iterator[None]:
    """SIGTERM and SIGHUP end the run like Ctrl-C does (a handler someone set, or SIG_IGN from nohup, stays)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    chosen = [s for s in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None]
    previous = {s: signal.getsignal(s) for s in chosen}
    for number, handler in previous.items():
        if handler is signal.SIG_DFL:
            signal.signal(number, _end)
    try:
        yield
    finally:
        for number, handler in previous.items():
            if handler is signal.SIG_DFL:
                signal.signal(number, handler)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the flush at exit does not raise BrokenPipeError again."""
    with suppress(OSError, ValueError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _isatty(stream: IO[Any]) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False


# -- failures ----------------------------------------------------------------------------------------


def _failures(args: argparse.Namespace) -> int:
    import argparse
    from datetime import UTC, datetime

    from ._api import failures, window
    from ._config import load_config

    if args.follow:
        return _follow(args)
    if args.since is None:
        print("failtrail: --since is required (except with --follow)", file=sys.stderr)
        return USAGE
    now = datetime.now(UTC)
    try:
        since = _moment(args.since, now)
        until = _moment(args.until, now) if args.until else now
    except argparse.ArgumentTypeError as error:
        print(f"failtrail: {error}", file=sys.stderr)
        return USAGE
    span = window(since, until)
    output: Path | None = args.output
    fmt: Format = args.format or _default_format(output)
    config = load_config(args.config)
    # Records streaming onto the terminal the progress would be drawn on: no progress.
    streams_to_terminal = output is None and fmt != "table" and _isatty(sys.stdout)
    with _progress(show=_isatty(sys.stderr) and not streams_to_terminal) as progress:
        run = failures(span.since, span.until, vendors=args.vendor, merge=args.merge, config=config, progress=progress)
        if progress is not None:
            for outcome in run.outcomes.values():  # every vendor shown from the start, in order
                progress(outcome)
        with run:
            opened = False
            try:
                with _destination(output) as out:
                    opened = True
                    if fmt == "table":
                        records = list(run)
                        if progress is not None:
                            progress.stop()  # erased before the table is drawn
                        title = f"Failures from {span.since:%Y-%m-%d %H:%M} to {span.until:%Y-%m-%d %H:%M} UTC"
                        count = _table(records, out, output, title)
                    else:
                        count = _write(run, out, fmt, secrets=args.include_secrets)
            except OSError as error:
                if output is None:  # stdout (a closed pipe included): not ours to explain
                    raise
                print(f"failtrail: cannot write {output}: {error.strerror or error}", file=sys.stderr)
                # Not even opened: nothing was sent (bad usage). Failed while writing: nothing was written.
                return FAILED if opened else USAGE
    for name, outcome in run.outcomes.items():
        if outcome.error is not None:
            print(f"failtrail: {name} FAILED: {_explain(outcome.error)}", file=sys.stderr)
        for note in outcome.notes:
            print(f"failtrail: {name}: {note}", file=sys.stderr)
    summary = ", ".join(f"{name} {outcome.records}" for name, outcome in run.outcomes.items() if outcome.ok)
    where = f" to {output}" if output is not None else ""
    print(f"failtrail: {count} records{where} ({summary or 'no vendor succeeded'})", file=sys.stderr, flush=True)
    if run.errors:
        return FAILED if len(run.errors) == len(run.outcomes) else PARTIAL
    return OK


def _follow(args: argparse.Namespace) -> int:
    """``failures --follow``: each new record once, appended as a JSON line and flushed before the next;
    the state file is saved (atomically) only after the records it covers are written. A run killed at any
    point and restarted with the same ``--state`` and ``--output`` finds what it wrote after its last
    checkpoint at the end of the output file, and neither misses nor repeats a record."""
    import argparse
    from datetime import UTC, datetime, timedelta

    from ._config import load_config
    from ._follow import FollowState, follow, recover_output
    from ._json import json_line

    if args.format not in (None, "jsonl"):
        print("failtrail: --follow writes JSON Lines (--format jsonl)", file=sys.stderr)
        return USAGE
    if args.interval < 0 or (args.cycles is not None and args.cycles < 1):
        print("failtrail: --interval must be >= 0 and --cycles >= 1", file=sys.stderr)
        return USAGE
    now = datetime.now(UTC)
    try:
        since = _moment(args.since, now) if args.since else now - timedelta(hours=1)
    except argparse.ArgumentTypeError as error:
        print(f"failtrail: {error}", file=sys.stderr)
        return USAGE
    output: Path | None = args.output
    delivered = recover_output(output, FollowState.load(args.state).delivered) if output and args.state else []
    run = follow(
        vendors=args.vendor,
        config=load_config(args.config),
        state=args.state,
        since=since,
        interval=args.interval,
        cycles=args.cycles,
        delivered=delivered,
    )
    out: BinaryIO = output.open("ab") if output is not None else sys.stdout.buffer
    try:
        count = 0
        for record in run:
            out.write(json_line(record, secrets=args.include_secrets))
            out.flush()  # a line reaches the file before the state that covers it is saved
            count += 1
    finally:
        run.close()
        if output is not None:
            out.close()
    for vendor, failure in run.errors.items():
        print(f"failtrail: {vendor} FAILED in its last cycle: {_explain(failure)}", file=sys.stderr)
    print(f"failtrail: {count} new records", file=sys.stderr, flush=True)
    return PARTIAL if run.errors else OK


def _default_format(output: Path | None) -> Format:
    if output is not None:
        return "csv" if output.suffix.lower() == ".csv" else "jsonl"
    return "table" if _isatty(sys.stdout) else "jsonl"


@contextmanager
def _destination(output: Path | None) -> Iterator[BinaryIO]:
    """stdout's bytes (after what its text layer holds), or an ``--output`` file that appears whole."""
    if output is None:
        from typing import cast

        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        yield buffer if buffer is not None else cast("BinaryIO", _TextBytes(sys.stdout))
        return
    from ._output import atomic_file

    with atomic_file(output) as handle:
        yield handle


class _TextBytes(io.RawIOBase):
    """A text stream without bytes underneath (a test's capture) taking UTF-8 bytes."""

    def __init__(self, text: IO[str]) -> None:
        super().__init__()
        self._text = text

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._text.write(bytes(data).decode("utf-8"))
        return len(data)

    def flush(self) -> None:
        self._text.flush()


def _write(run: Any, out: BinaryIO, fmt: Format, *, secrets: bool = False) -> int:
    from ._output import write

    return write(run, out, "csv" if fmt == "csv" else "jsonl", secrets=secrets)


def _table(records: list[Any], out: BinaryIO, output: Path | None, title: str) -> int:
    from ._output import write_table

    if output is None:
        return write_table(records, sys.stdout, title)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    try:
        return write_table(records, text, title)
    finally:
        text.flush()
        text.detach()  # the file stays open: atomic_file closes it


class _Shown:
    """Per-vendor progress on stderr while pages arrive, erased when it stops (``transient``)."""

    def __init__(self, console: Console) -> None:
        from rich.progress import Progress, SpinnerColumn, TextColumn

        columns = (SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.fields[state]}"))
        # redirect_*=False: rich would otherwise take sys.stdout over while it runs, records included.
        self._bar: Progress = Progress(
            *columns, console=console, transient=True, redirect_stdout=False, redirect_stderr=False
        )
        self._tasks: dict[str, TaskID] = {}

    def __call__(self, outcome: VendorOutcome) -> None:
        if outcome.vendor not in self._tasks:
            self._tasks[outcome.vendor] = self._bar.add_task(outcome.vendor, total=None, state="")
        state = f"{outcome.records:>6} records  {outcome.pages:>4} pages"
        if outcome.error is not None:
            state += " [red]failed[/red]"
        elif outcome.done:
            state += " [green]done[/green]"
        self._bar.update(
            self._tasks[outcome.vendor],
            state=state,
            completed=1 if outcome.done else 0,
            total=1 if outcome.done else None,
        )

    def start(self) -> None:
        self._bar.start()

    def stop(self) -> None:
        self._bar.stop()


@contextmanager
def _progress(*, show: bool) -> Iterator[_Shown | None]:
    """The progress display on stderr (None when it is not shown); always stopped, and its lines erased, at the end."""
    if not show:
        yield None
        return
    from rich.console import Console

    shown = _Shown(Console(stderr=True, highlight=False))
    shown.start()
    try:
        yield shown
    finally:
        shown.stop()


def _explain(error: BaseException) -> str:
    """A vendor's failure for a person: ``vendor (source): Type: message``, a connection error's host and reason."""
    from ._errors import VendorError

    if not isinstance(error, VendorError):
        return _described(error)
    return f"{error.vendor} ({error.source}): {_described(error.error)}"


def _described(error: BaseException) -> str:
    """``Type: message``; for a connection error, the host it tried and why it failed."""
    from failtrail_core import APIConnectionError

    request = getattr(error, "request", None) if isinstance(error, APIConnectionError) else None
    if request is None:
        return f"{type(error).__name__}: {error}"
    url = request.url
    host = url.host if url.port is None else f"{url.host}:{url.port}"
    return f"{type(error).__name__}: connection to {host} failed: {_reason(error)}"


def _reason(error: BaseException) -> str:
    """The innermost cause's words (``Connection refused``, ``Name or service not known``)."""
    seen: list[BaseException] = [error]
    while (following := seen[-1].__cause__ or seen[-1].__context__) is not None and len(seen) < 20:
        seen.append(following)
    for found in reversed(seen):
        words = re.sub(_ERRNO, "", str(found)).strip()
        if words:
            return words
    return type(seen[-1]).__name__


# -- vendors -----------------------------------------------------------------------------------------


def _vendors(args: argparse.Namespace) -> int:
    from ._config import VENDORS, installed, load_config

    config = load_config(args.config)
    rows: list[dict[str, Any]] = []
    for name in VENDORS:
        vendor = config.vendors.get(name)
        check: dict[str, Any] | None = None
        if vendor is not None:
            worked, detail = _check(vendor)
            check = {"ok": worked, "detail": detail}
        rows.append({"vendor": name, "installed": installed(name), "configured": vendor is not None, "check": check})
    fmt = args.format or ("table" if _isatty(sys.stdout) else "tsv")
    if fmt == "json":
        import orjson

        with _destination(None) as out:
            out.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
            out.flush()
    else:
        cells = [(row["vendor"], _yes(row["installed"]), _yes(row["configured"]), _state(row["check"])) for row in rows]
        if fmt == "table":
            _vendor_table(cells)
        else:
            for line in cells:
                print("\t".join(line))
    return PARTIAL if any(row["check"] is not None and not row["check"]["ok"] for row in rows) else OK


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _state(check: Mapping[str, Any] | None) -> str:
    if check is None:
        return "-"
    return f"{'ok' if check['ok'] else 'error'}: {check['detail']}"


def _vendor_table(rows: list[tuple[str, str, str, str]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("Vendor", "Installed", "Configured", "Credentials", header_style="bold")
    for row in rows:
        table.add_row(*row)
    Console(highlight=False).print(table)


def _check(vendor: VendorConfig) -> tuple[bool, str]:
    """One cheap authenticated call: ``(True, what it did)`` or ``(False, why it failed)``."""
    from ._vendors import open_source

    try:
        vendor.check()
        source = open_source(vendor)
        try:
            return True, source.check()
        finally:
            source.close()
    except Exception as error:  # the vendor's own error, shown as it is (messages never carry secrets)
        return False, _described(error)


# -- remove-failed-event -----------------------------------------------------------------------------


def _remove(args: argparse.Namespace) -> int:
    from ._config import load_config
    from ._vendors import open_source

    (zitadel,) = load_config(args.config).select(["zitadel"])
    source = open_source(zitadel)
    try:
        target = f"{args.database}/{args.view}/{args.sequence}"
        if not args.yes and not _confirm(
            f"Remove failed event {target} from ZITADEL ({zitadel.get('base_url')})? [y/N] "
        ):
            print("failtrail: not removed", file=sys.stderr)
            return FAILED
        try:
            source.remove(args.database, args.view, args.sequence)  # type: ignore[attr-defined]
        except Exception as error:  # the vendor's own error (NotFoundError, ...), shown as it is
            print(f"failtrail: zitadel: {_described(error)}", file=sys.stderr)
            return FAILED
        print(f"removed failed event {target}")
        return OK
    finally:
        source.close()


def _confirm(question: str) -> bool:
    print(question, end="", file=sys.stderr, flush=True)
    try:
        answer = input()
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "failures": _failures,
    "vendors": _vendors,
    "remove-failed-event": _remove,
}
