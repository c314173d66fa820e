"""The ``failtrail`` command: ``failures``, ``vendors`` and ZITADEL's ``remove-failed-event``.

Exit codes: 0 success, 1 nothing worked (every vendor failed, the action failed or was declined, or
the output file could not be written), 2 bad usage or configuration, an output file that cannot be
opened included (nothing was sent), 3 partial failure (some vendors failed; the others' records were
written), 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, get_args

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn
from rich.table import Table

from ._api import failures, window
from ._config import VENDORS, VendorConfig, installed, load_config
from ._errors import ConfigError
from ._output import Format, atomic_file, write
from ._stream import VendorOutcome
from ._vendors import open_source

__all__ = ["main"]

OK, FAILED, USAGE, PARTIAL, INTERRUPTED = 0, 1, 2, 3, 130
_RELATIVE = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhdw])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def _moment(text: str, now: datetime) -> datetime:
    """``24h``, ``90m``, ``7d``, ``2w``, ``30s`` back from now, or an ISO 8601 time (UTC when it has no offset)."""
    found = _RELATIVE.match(text.strip())
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


def _vendor_list(text: str) -> list[str]:
    names = [name.strip().lower() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in VENDORS]
    if unknown or not names:
        named = ", ".join(unknown) if unknown else repr(text)
        raise argparse.ArgumentTypeError(f"unknown vendor(s) {named}; one of {', '.join(VENDORS)}")
    return names


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config", metavar="FILE", help="TOML configuration (default: $FAILTRAIL_CONFIG, ./failtrail.toml)"
    )
    parser = argparse.ArgumentParser(prog="failtrail", description="What failed, when and where, across vendors.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    found = commands.add_parser("failures", parents=[common], help="list the failures of a time window")
    found.add_argument("--since", required=True, help="a duration back from now (24h, 90m, 7d) or an ISO time")
    found.add_argument("--until", help="the same; default now")
    found.add_argument(
        "--vendor", type=_vendor_list, help="comma-separated, e.g. zuora,citrix (default: all configured)"
    )
    found.add_argument("--format", choices=get_args(Format), help="default: table at a terminal, else jsonl")
    found.add_argument("--output", metavar="FILE", type=Path, help="write here (whole or not at all) instead of stdout")
    found.add_argument(
        "--merge", action=argparse.BooleanOptionalAction, default=True, help="newest first across vendors (default)"
    )
    found.set_defaults(run=_failures)

    listed = commands.add_parser("vendors", parents=[common], help="installed? configured? do the credentials work?")
    listed.set_defaults(run=_vendors)

    remove = commands.add_parser(
        "remove-failed-event", parents=[common], help="ZITADEL: remove a failed event so its view retries it"
    )
    remove.add_argument("database")
    remove.add_argument("view")
    remove.add_argument("sequence", type=_sequence)
    remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    remove.set_defaults(run=_remove)
    return parser


def _sequence(text: str) -> int:
    if not text.isdigit() or int(text) >= 2**64:
        raise argparse.ArgumentTypeError(f"{text!r} is not a failed sequence (a whole number below 2**64)")
    return int(text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except ConfigError as error:  # a bad window (WindowError) included
        print(f"failtrail: {error}", file=sys.stderr)
        return USAGE
    except KeyboardInterrupt:
        # Output files are already cleaned up. Leave at once: waiting for the worker threads would
        # mean waiting for their requests in flight (up to a timeout).
        print("failtrail: interrupted", file=sys.stderr, flush=True)
        sys.stdout.flush()
        os._exit(INTERRUPTED)


# -- failures ----------------------------------------------------------------------------------------


def _failures(args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    try:
        since = _moment(args.since, now)
        until = _moment(args.until, now) if args.until else now
    except argparse.ArgumentTypeError as error:
        print(f"failtrail: {error}", file=sys.stderr)
        return USAGE
    span = window(since, until)
    fmt: Format = args.format or _default_format(args.output)
    config = load_config(args.config)
    stderr = Console(stderr=True, highlight=False)
    with _progress(stderr) as progress:
        run = failures(span.since, span.until, vendors=args.vendor, merge=args.merge, config=config, progress=progress)
        for outcome in run.outcomes.values():
            if progress is not None:
                progress(outcome)
        with run:
            title = f"Failures from {span.since:%Y-%m-%d %H:%M} to {span.until:%Y-%m-%d %H:%M} UTC"
            opened = False
            try:
                with _destination(args.output) as out:
                    opened = True
                    count = write(run, out, fmt, title=title)
            except OSError as error:
                if args.output is None:  # stdout: not ours to explain
                    raise
                print(f"failtrail: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
                # Not even opened: nothing was sent (bad usage). Failed while writing: nothing was written.
                return FAILED if opened else USAGE
    for name, outcome in run.outcomes.items():
        if outcome.error is not None:
            stderr.print(f"failtrail: {name} FAILED: {outcome.error}", markup=False, soft_wrap=True)
        for note in outcome.notes:
            stderr.print(f"failtrail: {name}: {note}", markup=False, soft_wrap=True)
    summary = ", ".join(f"{name} {outcome.records}" for name, outcome in run.outcomes.items() if outcome.ok)
    where = f" to {args.output}" if args.output else ""
    stderr.print(
        f"failtrail: {count} records{where} ({summary or 'no vendor succeeded'})", markup=False, soft_wrap=True
    )
    if run.errors:
        return FAILED if len(run.errors) == len(run.outcomes) else PARTIAL
    return OK


def _default_format(output: Path | None) -> Format:
    if output is not None:
        return "csv" if output.suffix.lower() == ".csv" else "jsonl"
    return "table" if sys.stdout.isatty() else "jsonl"


@contextmanager
def _destination(output: Path | None) -> Iterator[IO[str]]:
    if output is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_file(output) as handle:
        yield handle


@contextmanager
def _progress(console: Console) -> Iterator[Callable[[VendorOutcome], None] | None]:
    """Per-vendor progress on stderr while pages arrive (only at a terminal; pipes get the summary)."""
    if not console.is_terminal:
        yield None
        return
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.fields[state]}"))
    with Progress(*columns, console=console, transient=False) as bar:
        tasks: dict[str, TaskID] = {}

        def update(outcome: VendorOutcome) -> None:
            if outcome.vendor not in tasks:
                tasks[outcome.vendor] = bar.add_task(outcome.vendor, total=None, state="")
            state = f"{outcome.records:>6} records  {outcome.pages:>4} pages"
            if outcome.error is not None:
                state += " [red]failed[/red]"
            elif outcome.done:
                state += " [green]done[/green]"
            bar.update(
                tasks[outcome.vendor],
                state=state,
                completed=1 if outcome.done else 0,
                total=1 if outcome.done else None,
            )

        yield update


# -- vendors -----------------------------------------------------------------------------------------


def _vendors(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    rows: list[tuple[str, str, str, str]] = []
    failed = 0
    for name in VENDORS:
        vendor = config.vendors.get(name)
        found = installed(name)
        state = "-"
        if vendor is not None:
            state, worked = _check(vendor)
            failed += not worked
        rows.append((name, "yes" if found else "no", "yes" if vendor is not None else "no", state))
    out = Console(highlight=False)
    if out.is_terminal:
        table = Table("Vendor", "Installed", "Configured", "Credentials", header_style="bold")
        for row in rows:
            table.add_row(*row)
        out.print(table)
    else:
        for row in rows:
            print("\t".join(row))
    return PARTIAL if failed else OK


def _check(vendor: VendorConfig) -> tuple[str, bool]:
    """One cheap authenticated call; ``("ok: ...", True)`` or ``("error: ...", False)``."""
    try:
        vendor.check()
        source = open_source(vendor)
        try:
            return f"ok: {source.check()}", True
        finally:
            source.close()
    except Exception as error:  # the vendor's own error, shown as it is (messages never carry secrets)
        return f"error: {type(error).__name__}: {error}", False


# -- remove-failed-event -----------------------------------------------------------------------------


def _remove(args: argparse.Namespace) -> int:
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
            print(f"failtrail: zitadel: {type(error).__name__}: {error}", file=sys.stderr)
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
