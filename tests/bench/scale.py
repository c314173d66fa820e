"""Linearity and memory: the umbrella across all five vendors, ``n`` records each, then ten times as many.

Each run is ``failtrail failures --format jsonl`` (merged newest first, the default) in a child process,
its wall time and peak RSS (``ru_maxrss``) taken by the kernel; small, large and empty runs alternate.
The wall time past the same run over an empty window (start-up, config, each vendor's first request)
must grow at most 1.1x faster than the records; the large run's peak may pass the small run's by at
most 1.2x plus a few MB (what holds records whole, or an unbounded queue, breaks that).
"""

from __future__ import annotations

import tempfile
from contextlib import ExitStack
from pathlib import Path

from ._timing import Row, median
from ._umbrella import EMPTY, Cost, cli, lines, run_child, vendors

SLACK_MB = 5.0  # "a few MB": what a larger run may add besides 1.2x
TIME_TARGET = 1.1
MEMORY_TARGET = 1.2


def measure(sizes: tuple[int, ...] = (1_000, 10_000), rounds: int = 2) -> list[Row]:
    """``sizes`` are records per vendor: the first is the base each larger one is compared with."""
    with tempfile.TemporaryDirectory(prefix="failtrail-bench-") as scratch, ExitStack() as stack:
        folder = Path(scratch)
        configs = {n: stack.enter_context(vendors(n, folder)) for n in sizes}
        out = {n: folder / f"out-{n}.jsonl" for n in sizes}
        for n in sizes:  # warm the sandboxes (their first answers) and the file cache
            run_child(cli(configs[n], "jsonl", folder / "empty.jsonl", EMPTY))
        costs: dict[int, list[Cost]] = {n: [] for n in (0, *sizes)}
        for _ in range(rounds):
            costs[0].append(run_child(cli(configs[sizes[0]], "jsonl", folder / "empty.jsonl", EMPTY)))
            for n in sizes:
                costs[n].append(run_child(cli(configs[n], "jsonl", out[n])))
        written = {n: lines(out[n]) for n in sizes}
    base = sizes[0]
    fixed = median([c.wall for c in costs[0]])
    wall = {n: median([c.wall for c in costs[n]]) - fixed for n in sizes}
    peak = {n: max(c.peak_mb for c in costs[n]) for n in sizes}
    rows = []
    for n in sizes[1:]:
        growth = written[n] / written[base]
        rows.append(
            Row(
                f"umbrella x{growth:.0f} records: wall time",
                f"{wall[n]:.1f} s ({written[n]:,} records)",
                f"{wall[base]:.2f} s x {growth:.1f} ({written[base]:,})",
                wall[n] / (wall[base] * growth),
                TIME_TARGET,
                f"five vendors, merged; wall time past an empty window's run ({fixed:.1f} s), against linear growth",
            )
        )
        rows.append(
            Row(
                f"umbrella x{growth:.0f} records: peak RSS",
                f"{peak[n]:.0f} MB",
                f"{peak[base]:.0f} MB",
                peak[n] / peak[base],
                MEMORY_TARGET + SLACK_MB / peak[base],
                f"target: 1.2x the smallest run's peak plus {SLACK_MB:g} MB; the peak of every run",
            )
        )
    return rows
