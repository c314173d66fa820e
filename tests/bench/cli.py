"""CLI: CPU per record from the sandbox's bytes to the output file, against ``orjson.loads`` + ``orjson.dumps``.

``failtrail failures --format jsonl`` (and ``csv``) over Zuora records served on 127.0.0.1, and the
library's ``failures()`` reading the same records without writing them, and the generated client's pager
alone over the same pages (what in each of those is not the umbrella's work). Each is a child process whose
CPU time the kernel reports; the same run over an empty window is subtracted (start-up, config, the
first request), so what is left is the cost per record. The anchor decodes the same pages with
``orjson.loads`` and encodes each record with ``orjson.dumps``, in this process. For information, what
fetching alone costs per record: a plain ``httpx.Client`` asking for each page in turn and decoding it
with ``orjson.loads``, also in this process (Zuora sends at most 40 records a page, so a request's own
cost is shared by 40 records at most).
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import httpx
import orjson

from ._timing import Row, median, us
from ._umbrella import EMPTY, Cost, cli, library, lines, run_child, vendors
from .pull import HEADERS, PATH, QUERY

TARGET = 3.0


def _pages(client: httpx.Client) -> list[bytes]:
    """Every page's JSON body, as the sandbox serves it."""
    bodies: list[bytes] = []
    page = 1
    while True:
        body = client.get(PATH, params={**QUERY, "page": str(page)}).raise_for_status().content
        bodies.append(body)
        if b'"nextPage"' not in body:
            return bodies
        page += 1


def _fetching(client: httpx.Client, records: int) -> float:
    """CPU seconds per record of a plain httpx walk of the pages, each decoded with ``orjson.loads`` (the client
    made and connected before: what the CLI's rows leave out too, by subtracting a run over an empty window)."""
    start = time.process_time()
    bodies = _pages(client)
    spent = time.process_time() - start
    if sum(len(orjson.loads(body)["data"]) for body in bodies) != records:
        raise AssertionError("the plain httpx walk did not read every record")
    return spent / records


def _anchor(bodies: list[bytes], rounds: int) -> float:
    """CPU seconds per record of ``orjson.loads`` of each page and ``orjson.dumps`` of each of its records."""
    count = sum(len(orjson.loads(body)["data"]) for body in bodies)
    times = []
    for _ in range(rounds):
        start = time.process_time()
        for body in bodies:
            for record in orjson.loads(body)["data"]:
                orjson.dumps(record)
        times.append(time.process_time() - start)
    return median(times) / count


def measure(records: int = 20_000, rounds: int = 3) -> list[Row]:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="failtrail-bench-") as scratch:
        folder = Path(scratch)
        with vendors(records, folder, ("zuora",)) as config:
            url = config.read_text().split('base_url = "', 1)[1].split('"', 1)[0]
            plain = httpx.Client(base_url=url, headers=HEADERS)
            bodies = _pages(plain)
            out = {fmt: folder / f"out.{fmt}" for fmt in ("jsonl", "csv")}
            runs = {
                "jsonl": cli(config, "jsonl", out["jsonl"]),
                "jsonl-empty": cli(config, "jsonl", folder / "empty.jsonl", EMPTY),
                "csv": cli(config, "csv", out["csv"]),
                "csv-empty": cli(config, "csv", folder / "empty.csv", EMPTY),
                "library": library(config),
                "library-empty": library(config, EMPTY),
                "walk": library(config, walk_only=True),
                "walk-empty": library(config, EMPTY, walk_only=True),
            }
            costs: dict[str, list[Cost]] = {name: [] for name in runs}
            anchors: list[float] = []
            fetching: list[float] = []
            for _ in range(rounds):  # the anchor in every round too: this machine's speed drifts within minutes
                anchors.append(_anchor(bodies, 5))
                fetching.append(_fetching(plain, records))
                for name, argv in runs.items():
                    costs[name].append(run_child(argv))
            plain.close()
            anchor = median(anchors)
            if lines(out["jsonl"]) != records or lines(out["csv"]) != records + 1:
                raise AssertionError(f"the CLI wrote {lines(out['jsonl'])} JSON lines, not {records}")

    def per_record(name: str) -> float:
        full = median([c.cpu for c in costs[name]])
        empty = median([c.cpu for c in costs[f"{name}-empty"]])
        return (full - empty) / records

    walk = per_record("walk")
    anchor_text = f"{us(anchor)} orjson loads+dumps"
    note = f"{records:,} Zuora records, CPU per record past the run over an empty window"
    return [
        Row(
            "CLI --format jsonl, CPU/record",
            us(per_record("jsonl")),
            anchor_text,
            per_record("jsonl") / anchor,
            TARGET,
            note,
        ),
        Row("CLI --format csv, CPU/record", us(per_record("csv")), anchor_text, per_record("csv") / anchor, TARGET),
        Row(
            "library failures(), CPU/record",
            us(per_record("library")),
            anchor_text,
            per_record("library") / anchor,
            TARGET,
        ),
        Row(
            "generated pager alone (info)",
            us(walk),
            anchor_text,
            walk / anchor,
            math.inf,
            "the Zuora client's pages over HTTP, parsed, nothing mapped: the part of each row above that is"
            " not the umbrella's",
        ),
        Row(
            "plain httpx get + orjson.loads (info)",
            us(median(fetching)),
            anchor_text,
            median(fetching) / anchor,
            math.inf,
            "each page asked for in turn by an httpx.Client, decoded by orjson, nothing typed or written: what"
            " fetching alone costs a record at Zuora's 40 a page, against the target's 3x of the anchor",
        ),
        *(
            Row(
                f"umbrella's own: {name} (info)",
                us(per_record(run) - walk),
                anchor_text,
                (per_record(run) - walk) / anchor,
                math.inf,
                "CPU/record past the generated pager's: mapping, merging, threads, and for the CLI its writing",
            )
            for name, run in (("CLI jsonl", "jsonl"), ("CLI csv", "csv"), ("library", "library"))
        ),
    ]
