"""The ``failtrail`` command line: its parser, and ``main``; what each command does is in ``_commands``.

``--version`` is answered before anything is parsed, and ``--help`` builds only the top-level parser
(each command's arguments are added when that command is used): neither imports the vendor packages,
the HTTP stack, rich, typing or contextlib, so both answer at once. No ``from __future__ import
annotations`` here (it imports the ``__future__`` module): annotations that name what is imported
only for type checkers are strings.
"""

from ._version import __version__

# Not `from typing import TYPE_CHECKING`: typing costs `--help` more than argparse's own imports
# (type checkers read this name as True).
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence
    from pathlib import Path
    from typing import Any

__all__ = ["main"]

OK, FAILED, USAGE, PARTIAL, INTERRUPTED = 0, 1, 2, 3, 130
VERSION = f"failtrail {__version__}"
FORMATS = ("table", "jsonl", "csv")

EXIT_CODES = """\
exit codes:
  0    success
  1    nothing worked: every vendor failed, the action failed or was declined,
       or the output file could not be written
  2    bad usage or configuration, an output file that cannot be opened included
       (nothing was sent)
  3    partial failure: some vendors failed (the others' records were written)
  130  interrupted (Ctrl-C); 143 terminated (SIGTERM), 129 hung up (SIGHUP)
"""
EXAMPLES = """\
examples:
  failtrail failures --since 24h                   a table at a terminal, JSON Lines in a pipe
  failtrail failures --since 2h | jq -r .message   records on stdout, progress on stderr
  failtrail failures --since 7d --vendor zuora,citrix --output failures.csv
  failtrail failures --since 2024-09-22T09:00:00Z --until 2024-09-22T10:00Z --format jsonl
  failtrail vendors --format json                  installed? configured? do the credentials work?
  failtrail remove-failed-event auth projections.users13 421337
"""


def main(argv: "Sequence[str] | None" = None) -> int:
    import sys

    words = sys.argv[1:] if argv is None else argv
    if list(words) == ["--version"]:  # at once: without building the parser
        print(VERSION)
        return OK
    args = _parser().parse_args(words)
    from ._commands import run

    return run(args)


# -- argument types ------------------------------------------------------------------------------------


def _vendor_list(text: str) -> list[str]:
    import argparse

    from ._config import VENDORS

    names = [name.strip().lower() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in VENDORS]
    if unknown or not names:
        named = ", ".join(unknown) if unknown else repr(text)
        raise argparse.ArgumentTypeError(f"unknown vendor(s) {named}; one of {', '.join(VENDORS)}")
    return names


def _output_path(text: str) -> "Path | None":
    """``-`` is stdout."""
    return None if text == "-" else _path(text)


def _path(text: str) -> "Path":
    from pathlib import Path

    return Path(text)


def _sequence(text: str) -> int:
    import argparse

    if not text.isdigit() or int(text) >= 2**64:
        raise argparse.ArgumentTypeError(f"{text!r} is not a failed sequence (a whole number below 2**64)")
    return int(text)


def _columns() -> int:
    """``shutil.get_terminal_size().columns``: $COLUMNS, else stdout's terminal, else 80."""
    import os
    import sys

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0 and sys.__stdout__ is not None:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


# -- the parser ----------------------------------------------------------------------------------------


def _parser() -> "argparse.ArgumentParser":
    import argparse

    class _Formatter(argparse.RawDescriptionHelpFormatter):
        """argparse's, given the width: asking shutil for it would import shutil, bz2 and lzma into ``--help``."""

        def __init__(
            self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: "int | None" = None
        ) -> None:
            super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)

    class _Command(argparse.ArgumentParser):
        """A command's parser, given its arguments (by ``arguments``) when it is first used or shown.

        ``failtrail --help`` lists the commands and needs none of their arguments.
        """

        def __init__(self, *, arguments: "Callable[[argparse.ArgumentParser], None]", **options: "Any") -> None:
            super().__init__(**options)
            self._failtrail_arguments: Callable[[argparse.ArgumentParser], None] | None = arguments

        def _ready(self) -> None:
            add, self._failtrail_arguments = self._failtrail_arguments, None
            if add is not None:
                self.add_argument(
                    "--config", metavar="FILE", help="TOML configuration (default: $FAILTRAIL_CONFIG, ./failtrail.toml)"
                )
                add(self)

        def parse_known_args(self, args: "Any" = None, namespace: "Any" = None) -> "Any":
            self._ready()
            return super().parse_known_args(args, namespace)

        def format_usage(self) -> str:
            self._ready()
            return super().format_usage()

        def format_help(self) -> str:
            self._ready()
            return super().format_help()

    parser = argparse.ArgumentParser(
        prog="failtrail",
        description="What failed, when and where, across vendors.",
        epilog=f"{EXAMPLES}\n{EXIT_CODES}",
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=VERSION)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Command)
    commands.add_parser(
        "failures",
        arguments=_failures_arguments,
        help="list the failures of a time window",
        description="List the failures of a time window: records on stdout (or --output), progress on stderr.",
        epilog=f"{EXAMPLES}\n{EXIT_CODES}",
        formatter_class=_Formatter,
    )
    commands.add_parser(
        "vendors",
        arguments=_vendors_arguments,
        help="installed? configured? do the credentials work?",
        description="Each vendor: is its package installed, is it configured, does one authenticated call work?",
        epilog="exit codes: 0 every configured vendor works, 2 bad configuration, 3 a check failed",
        formatter_class=_Formatter,
    )
    commands.add_parser(
        "remove-failed-event",
        arguments=_remove_arguments,
        help="ZITADEL: remove a failed event so its view retries it",
        epilog="exit codes: 0 removed, 1 not removed (declined or refused), 2 bad usage or configuration",
        formatter_class=_Formatter,
    )
    return parser


def _failures_arguments(found: "argparse.ArgumentParser") -> None:
    import argparse

    found.add_argument(
        "--since", help="a duration back from now (24h, 90m, 7d) or an ISO time (with --follow: default 1h)"
    )
    found.add_argument("--until", help="the same; default now")
    found.add_argument(
        "--vendor", type=_vendor_list, help="comma-separated, e.g. zuora,citrix (default: all configured)"
    )
    found.add_argument("--format", choices=FORMATS, help="default: table at a terminal, else jsonl")
    found.add_argument(
        "--output",
        metavar="FILE",
        type=_output_path,
        help="write here (whole or not at all; - is stdout); a .csv name means --format csv, else jsonl",
    )
    found.add_argument(
        "--merge", action=argparse.BooleanOptionalAction, default=True, help="newest first across vendors (default)"
    )
    found.add_argument(
        "--include-secrets",
        action="store_true",
        help="write the fields the vendors' specs mark secret (e.g. VinylDNS zone TSIG keys) instead of <redacted>",
    )
    following = found.add_argument_group("follow mode: every new failure once, as it happens")
    following.add_argument(
        "--follow",
        action="store_true",
        help="keep reading every vendor at --interval; JSON Lines, one line a record, flushed; --output appends",
    )
    following.add_argument(
        "--state",
        type=_path,
        metavar="FILE",
        help="each vendor's checkpoint, saved atomically: restarted with it, nothing is missed or repeated",
    )
    following.add_argument("--interval", type=float, default=60.0, metavar="SECONDS", help="between cycles (60)")
    following.add_argument("--cycles", type=int, metavar="N", help="stop after N cycles (default: until stopped)")


def _vendors_arguments(listed: "argparse.ArgumentParser") -> None:
    listed.add_argument("--format", choices=("table", "tsv", "json"), help="default: table at a terminal, else tsv")


def _remove_arguments(remove: "argparse.ArgumentParser") -> None:
    remove.add_argument("database")
    remove.add_argument("view")
    remove.add_argument("sequence", type=_sequence)
    remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")
