"""Start-up: whole processes, timed from outside, interleaved, many rounds, medians.

``python -c "import failtrail_<vendor>"`` for each vendor against ``python -c "import httpx"``,
and ``failtrail --help`` / ``failtrail --version`` (the installed command) against ``python -c pass``.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ._timing import Row, interleaved, median, ms, ratio

VENDORS = ("zuora", "citrix", "vinyldns", "workato", "zitadel")
IMPORT_TARGET = 1.25
CLI_TARGET = 2.0


def _command() -> list[str]:
    """The ``failtrail`` command as installed beside this interpreter (``python -m failtrail`` if it is not)."""
    script = Path(sys.executable).with_name("failtrail")
    return [str(script)] if script.exists() else [sys.executable, "-m", "failtrail"]


def _process(argv: Sequence[str]) -> Callable[[], None]:
    def run() -> None:
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)

    return run


def measure(rounds: int = 15) -> list[Row]:
    python = sys.executable
    failtrail = _command()
    contenders = {
        "httpx": _process([python, "-c", "import httpx"]),
        "pass": _process([python, "-c", "pass"]),
        "--help": _process([*failtrail, "--help"]),
        "--version": _process([*failtrail, "--version"]),
        **{vendor: _process([python, "-c", f"import failtrail_{vendor}"]) for vendor in VENDORS},
    }
    for run in contenders.values():  # warm the file cache and the bytecode
        run()
    times = interleaved(contenders, rounds)
    httpx, bare = median(times["httpx"]), median(times["pass"])
    rows = [
        Row(
            f"import failtrail_{vendor}",
            ms(median(times[vendor])),
            f"{ms(httpx)} import httpx",
            ratio(times[vendor], times["httpx"]),
            IMPORT_TARGET,
        )
        for vendor in VENDORS
    ]
    rows += [
        Row(
            f"failtrail {flag}",
            ms(median(times[flag])),
            f"{ms(bare)} python -c pass",
            ratio(times[flag], times["pass"]),
            CLI_TARGET,
        )
        for flag in ("--help", "--version")
    ]
    return rows
