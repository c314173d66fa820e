"""Rows per second reading a 100,000-row Workato request log export, against the csv module alone.

Run with ``nox -s bench`` (or ``python tests/bench/bench_request_logs.py [rows]``). The baseline is
``csv.reader`` over the same file, which splits cells and types nothing; the gap is the cost of
typed rows (timestamps, codes, durations), line numbers and bad-row recovery.
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from failtrail_workato.lib import read_request_logs
from failtrail_workato.lib.exports import write_request_log_export


def _best(run: Callable[[], int], repeat: int = 3) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = run()
        times.append(time.perf_counter() - start)
    return min(times), count


def _ours(path: Path) -> int:
    with read_request_logs(path) as reader:
        return sum(1 for _ in reader)


def _csv_only(path: Path) -> int:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return sum(1 for _ in csv.reader(file)) - 1


def _peak_memory(path: Path) -> int:
    tracemalloc.start()
    _ours(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


class Figures(NamedTuple):
    """Seconds to read the export with ``read_request_logs`` and with ``csv.reader`` alone, and what was read."""

    ours: float
    baseline: float
    rows: int
    size: int  # bytes
    peak: int  # bytes traced while streaming


def figures(rows: int = 100_000) -> Figures:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "api_logs.csv"
        write_request_log_export(path, rows=rows, seed=0, bad_rows=(rows // 2,))
        size = path.stat().st_size
        ours, count = _best(lambda: _ours(path))
        baseline, _ = _best(lambda: _csv_only(path))
        peak = _peak_memory(path)
    return Figures(ours, baseline, count, size, peak)


def main(rows: int = 100_000) -> None:
    ours, baseline, count, size, peak = figures(rows)
    print(f"request log export: {rows:,} rows, {size / 1e6:.1f} MB")
    print(f"  read_request_logs : {count / ours:>10,.0f} rows/s  ({ours * 1e6 / count:.2f} us/row)")
    print(f"  csv.reader alone  : {rows / baseline:>10,.0f} rows/s  ({baseline * 1e6 / rows:.2f} us/row)")
    print(f"  ratio             : {ours / baseline:.1f}x the bare csv module")
    print(f"  peak memory       : {peak / 1e3:,.0f} kB while streaming (the file is {size / 1e3:,.0f} kB)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
