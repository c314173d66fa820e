"""What every measure shares: interleaved rounds, medians, and the table's rows.

Absolute times on a shared 2-core machine are noise; a ratio of two medians taken in the same
rounds, each round running every contender once in turn, is not: load that slows one slows all.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One line of the table: ours against the anchor, as a ratio of medians, and the target it must meet."""

    measure: str
    ours: str  # failtrail's reading, with its unit
    anchor: str  # the anchor's reading and what it is
    ratio: float
    target: float  # the ratio may not exceed this
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.ratio <= self.target

    @property
    def shown(self) -> tuple[str, str, str, str, str, str]:
        """The row's cells; a row without a target (``inf``) is shown for information."""
        informative = math.isinf(self.target)
        target = "-" if informative else f"<= {self.target:.3g}x"
        verdict = "info" if informative else "ok" if self.ok else "MISSED"
        return (self.measure, self.ours, self.anchor, f"{self.ratio:.2f}x", target, verdict)


def interleaved(
    contenders: Mapping[str, Callable[[], object]], rounds: int, clock: Callable[[], float] = time.perf_counter
) -> dict[str, list[float]]:
    """Each contender's times over ``rounds`` rounds, every round running each of them once, in turn."""
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, run in contenders.items():
            start = clock()
            run()
            times[name].append(clock() - start)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)


def ratio(ours: list[float], anchor: list[float]) -> float:
    """Ours over the anchor, median against median."""
    return median(ours) / median(anchor)


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.0f} ms"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.1f} us"


def table(rows: list[Row]) -> str:
    """measure | failtrail | anchor | ratio | target | ok, one line each, then the notes."""
    header = ("measure", "failtrail", "anchor", "ratio", "target", "ok")
    lines = [row.shown for row in rows]
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *lines, strict=True)]
    out = [" | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) for line in [header, *lines]]
    out.insert(1, "-+-".join("-" * width for width in widths))
    notes = [f"  {r.measure}: {r.note}" for r in rows if r.note]
    return "\n".join(out + ([""] + notes if notes else []))
