"""``nox -s bench``: failtrail's speed as ratios against anchors measured in the same run, in one table.

    python -m tests.bench.run [--full] [--only pull,parse,imports,cli,scale,exports]

Each measure (a module of this package) times failtrail next to its anchor (the network's floor, a
hand-written httpx + orjson loop, ``orjson.loads``, ``import httpx``, ``python -c pass``, a smaller
run of the same command) and gives rows of ``measure | failtrail | anchor | ratio | target | ok``.
The run exits non-zero when a target is missed or a measure fails. The default sizes keep it to a
few minutes on a 2-core machine; ``--full`` runs issue 15's sizes (100k records through the CLI,
10k -> 100k -> 1M records through the umbrella).
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import traceback
from collections.abc import Callable

from ._timing import Row, table

MEASURES = ("pull", "parse", "imports", "cli", "scale", "exports")


def _pull(full: bool) -> list[Row]:
    from . import pull

    return pull.measure(10_000, rounds=9 if full else 5)


def _parse(full: bool) -> list[Row]:
    from . import parse

    return parse.measure()


def _imports(full: bool) -> list[Row]:
    from . import imports

    return imports.measure(rounds=40 if full else 25)


def _cli(full: bool) -> list[Row]:
    from . import cli

    return cli.measure(100_000 if full else 10_000, rounds=3 if full else 7)  # 10k: a per-record signal of about 0.5 s


def _scale(full: bool) -> list[Row]:
    from . import scale

    # Records per vendor; the five vendors together hold about 3.4 times as many failures. The base run's
    # records must cost well past the noise of its runs here: at 2k a vendor they cost 0.7-0.9 s past the
    # fixed run, and that alone moved the ratio between 1.15x and 1.49x from one run to the next.
    return scale.measure((5_000, 50_000, 500_000) if full else (5_000, 50_000), rounds=2)


def _exports(full: bool) -> list[Row]:
    from .bench_request_logs import figures

    found = figures(100_000)
    per_row = f"{found.ours * 1e6 / found.rows:.2f} us/row"
    bare = f"{found.baseline * 1e6 / found.rows:.2f} us/row csv.reader"
    note = f"{found.rows:,} rows, peak {found.peak / 1e3:,.0f} kB traced for a {found.size / 1e3:,.0f} kB file"
    return [Row("Workato export rows (info)", per_row, bare, found.ours / found.baseline, math.inf, note)]


RUNS: dict[str, Callable[[bool], list[Row]]] = {
    "pull": _pull,
    "parse": _parse,
    "imports": _imports,
    "cli": _cli,
    "scale": _scale,
    "exports": _exports,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--full", action="store_true", help="issue 15's sizes (takes much longer)")
    parser.add_argument("--only", default=",".join(MEASURES), help=f"comma-separated among {', '.join(MEASURES)}")
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in RUNS]
    if unknown:
        parser.error(f"unknown measure(s) {', '.join(unknown)}; one of {', '.join(MEASURES)}")
    rows: list[Row] = []
    failed: list[str] = []
    for name in chosen:
        start = time.perf_counter()
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        try:
            rows += RUNS[name](args.full)
        except Exception:
            traceback.print_exc()
            failed.append(name)
        print(f"bench: {name} took {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    print(table(rows))
    missed = [row.measure for row in rows if not row.ok]
    if failed:
        print(f"\nmeasures that failed to run: {', '.join(failed)}")
    if missed:
        print(f"\ntargets missed: {', '.join(missed)}")
    return 1 if missed or failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
