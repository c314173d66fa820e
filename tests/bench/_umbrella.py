"""The umbrella's runs as the bench sees them: served vendors, a config pointing at them, a child process's cost.

A run is a child process (the ``failtrail`` command, or :mod:`tests.bench._library_run` for the library
alone); its CPU seconds and peak memory are the kernel's accounting of that process (``wait4``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from ._serve import DAYS, NOW, SEED
from ._servers import served

SINCE = (NOW - timedelta(days=DAYS, minutes=1)).isoformat()
UNTIL = (NOW + timedelta(minutes=1)).isoformat()
# An hour before every seeded record: the same run with nothing to read, whose cost is the fixed part.
EMPTY = ((NOW - timedelta(days=DAYS + 2)).isoformat(), (NOW - timedelta(days=DAYS + 1)).isoformat())
SECRETS = {
    "BENCH_ZUORA_SECRET": "sandbox-client-secret",
    "BENCH_CITRIX_TOKEN": "sandbox-token",
    "BENCH_VINYL_ACCESS": "sandbox-access-key",
    "BENCH_VINYL_SECRET": "sandbox-secret-key",
    "BENCH_ZITADEL_TOKEN": "sandbox-token",
}
SERVED = ("zuora", "citrix", "vinyldns", "zitadel")  # Workato is an export file


@dataclass(frozen=True)
class Cost:
    """What one child process cost: wall seconds, CPU seconds (user + system), peak RSS in MB."""

    wall: float
    cpu: float
    peak_mb: float


def run_child(argv: Sequence[str], env: Mapping[str, str] | None = None) -> Cost:
    """Run ``argv`` to its end (output thrown away, failure raised); its own costs, not its siblings'."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("FAILTRAIL_")} | SECRETS | dict(env or {})
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environ)
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited with {process.returncode}: {errors.decode()[-2000:]}")
    return Cost(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def command() -> list[str]:
    """The ``failtrail`` command as installed beside this interpreter (``python -m failtrail`` if it is not)."""
    script = Path(sys.executable).with_name("failtrail")
    return [str(script)] if script.exists() else [sys.executable, "-m", "failtrail"]


@contextmanager
def vendors(
    records: int, scratch: Path, names: Sequence[str] = (*SERVED, "workato"), held: Mapping[str, int] | None = None
) -> Iterator[Path]:
    """``names`` served with ``records`` records each (Workato: an export of that many rows), or as many as
    ``held`` says for a vendor named there; their config file."""
    tables: dict[str, dict[str, Any]] = {"defaults": {"max_retries": 0, "timeout": 120}}
    counts = {name: (held or {}).get(name, records) for name in names}
    with ExitStack() as stack:
        found = {name: stack.enter_context(served(name, counts[name])) for name in names if name in SERVED}
        if "zuora" in found:
            tables["zuora"] = {"base_url": found["zuora"]["url"], "client_id": "sandbox-client-id"}
            tables["zuora"] |= {"client_secret_env": "BENCH_ZUORA_SECRET"}
        if "citrix" in found:
            tables["citrix"] = {"base_url": found["citrix"]["url"], "customer_id": "sandboxcust"}
            tables["citrix"] |= {"token_env": "BENCH_CITRIX_TOKEN"}
        if "vinyldns" in found:
            tables["vinyldns"] = {"base_url": found["vinyldns"]["url"], "zone_ids": found["vinyldns"]["zones"]}
            tables["vinyldns"] |= {"access_key_env": "BENCH_VINYL_ACCESS", "secret_key_env": "BENCH_VINYL_SECRET"}
        if "zitadel" in found:
            tables["zitadel"] = {"base_url": found["zitadel"]["url"], "token_env": "BENCH_ZITADEL_TOKEN"}
        if "workato" in names:
            from failtrail_workato.lib.exports import write_request_log_export

            export = scratch / f"workato-{counts['workato']}.csv"
            # Its rows within the window, as the sandboxes' records are: every row read is a row the run counts.
            within = timedelta(days=DAYS)
            write_request_log_export(export, rows=counts["workato"], seed=SEED, latest=NOW, within=within)
            tables["workato"] = {"export": str(export)}
        config = scratch / f"failtrail-{records}-{len(names)}.toml"
        config.write_text("".join(_table(name, table) for name, table in tables.items()), encoding="utf-8")
        yield config


def _table(name: str, table: Mapping[str, Any]) -> str:
    lines = [f"[{name}]"] + [f"{key} = {_toml(value)}" for key, value in table.items()]
    return "\n".join(lines) + "\n"


def _toml(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return str(value)


def cli(config: Path, fmt: str, output: Path, window: tuple[str, str] = (SINCE, UNTIL)) -> list[str]:
    """``failtrail failures`` over ``window`` into ``output``."""
    since, until = window
    args = ["failures", "--since", since, "--until", until, "--config", str(config), "--format", fmt]
    return [*command(), *args, "--output", str(output)]


def library(config: Path, window: tuple[str, str] = (SINCE, UNTIL), *, walk_only: bool = False) -> list[str]:
    """The library's ``failures()`` over ``window``, every record read and dropped (``walk_only``: the
    generated Zuora pager alone, over the same pages)."""
    return [sys.executable, "-m", "tests.bench._library_run", str(config), *window, *(["walk"] if walk_only else [])]


def lines(path: Path) -> int:
    with path.open("rb") as file:
        return sum(1 for _ in file)
