"""Start-up: whole processes, interleaved, many rounds, medians of each child's CPU time.

``python -c "import failtrail_<vendor>"`` for each vendor against ``python -c "import httpx"``,
and ``failtrail --help`` / ``failtrail --version`` (the installed command) against ``python -c pass``;
``python -c "import argparse"`` and the ``--help`` of a parser with no option but ``-h`` are shown beside
them for information: the floor of any command whose help is argparse's (argparse's first help loads
gettext's locale lookup, textwrap and a few regular expressions of its own).

Every child runs as an installed program does, with bytecode: pip compiles a package when it installs
it, so timing children that compile every module from source (``PYTHONDONTWRITEBYTECODE=1``, as in
this development environment) would measure the compiler, on our side and the anchors' alike. The
children run without ``PYTHONDONTWRITEBYTECODE`` and with ``PYTHONPYCACHEPREFIX`` set to a scratch
directory, so that a warm-up run of each command writes the bytecode of everything it imports (ours,
httpx, the standard library) there, not into the worktree, and the timed runs read it.

``import httpx`` on both sides runs as in a user's install of a vendor package, without httpx's optional
command line: this environment has click (black and schemathesis need it), and with click installed
``import httpx`` also imports its command line (click, rich, pygments), more than doubling the anchor.
Each child makes ``import click`` fail first (``sys.modules["click"] = None``), ours and the anchor alike.

Each child's cost is the CPU time (user + system) the kernel reports for it: a start-up is one thread
that waits for nothing once its files are cached, so this is its wall time less the time it waited for
a core on a shared machine, which would otherwise be most of the noise.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from ._timing import Row, interleaved, median, ms, ratio

VENDORS = ("zuora", "citrix", "vinyldns", "workato", "zitadel")
IMPORT_TARGET = 1.25
CLI_TARGET = 2.0
INFO = float("inf")
LEAN = "import sys; sys.modules['click'] = None; "  # httpx as a vendor package's install has it: no click
ARGPARSE_HELP = "import argparse; argparse.ArgumentParser(prog='x').parse_args(['--help'])"
HOW = (
    "each child's CPU time; children read bytecode (written by a warm-up run into a scratch PYTHONPYCACHEPREFIX),"
    " as after pip install; both sides without click, so that httpx does not import its command line"
)


def _command() -> list[str]:
    """The ``failtrail`` command as installed beside this interpreter (``python -m failtrail`` if it is not)."""
    script = Path(sys.executable).with_name("failtrail")
    return [str(script)] if script.exists() else [sys.executable, "-m", "failtrail"]


def environment(cache: str) -> dict[str, str]:
    """This process's environment, with bytecode written to and read from ``cache`` as an installed package's is."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def _process(argv: Sequence[str], env: Mapping[str, str]) -> Callable[[], None]:
    def run() -> None:
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)

    return run


def _children_cpu() -> float:
    """CPU seconds used so far by this process's finished children: read around one child, its own."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def measure(rounds: int = 15) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="failtrail-bench-pyc-") as cache:
        return _measure(rounds, environment(cache))


def _measure(rounds: int, env: Mapping[str, str]) -> list[Row]:
    python = sys.executable
    failtrail = _command()
    contenders = {
        "httpx": _process([python, "-c", f"{LEAN}import httpx"], env),
        "pass": _process([python, "-c", "pass"], env),
        "argparse": _process([python, "-c", "import argparse"], env),
        "argparse --help": _process([python, "-c", ARGPARSE_HELP], env),
        "--help": _process([*failtrail, "--help"], env),
        "--version": _process([*failtrail, "--version"], env),
        **{vendor: _process([python, "-c", f"{LEAN}import failtrail_{vendor}"], env) for vendor in VENDORS},
    }
    for run in contenders.values():  # write the bytecode, warm the file cache
        run()
    times = interleaved(contenders, rounds, clock=_children_cpu)
    httpx, bare = median(times["httpx"]), median(times["pass"])
    rows = [
        Row(
            f"import failtrail_{vendor}",
            ms(median(times[vendor])),
            f"{ms(httpx)} import httpx",
            ratio(times[vendor], times["httpx"]),
            IMPORT_TARGET,
            HOW if vendor == VENDORS[0] else "",
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
            f"{' '.join(Path(word).name for word in failtrail)} {flag}: pip's console script, which imports re itself"
            if flag == "--help"
            else "",
        )
        for flag in ("--help", "--version")
    ]
    rows += [
        Row(
            f"{name} (info)",
            ms(median(times[key])),
            f"{ms(bare)} python -c pass",
            ratio(times[key], times["pass"]),
            INFO,
            note,
        )
        for name, key, note in (
            ("import argparse", "argparse", ""),
            (
                "argparse --help, no options",
                "argparse --help",
                f"python -c {ARGPARSE_HELP!r}: any argparse help's floor",
            ),
        )
    ]
    return rows
