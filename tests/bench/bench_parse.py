"""Parse cost per record: orjson.loads alone, failtrail's models, and stock openapi-python-client output.

Run with ``nox -s bench``. Each vendor's page is built from the sample its spec documents (the
vendor's own example), its records repeated to a page of ``N``. Two costs are shown per parser:

- ``from_dict``: turning the decoded JSON into typed records, measured the way ANCHORS.md measured
  stock output's "7-8x the cost of orjson.loads of the same bytes".
- ``bytes to records``: what a call pays end to end. For failtrail that is ``read_json``, the path every
  response takes: the model's compiled mirror (``_wire/``), and ``orjson.loads`` plus ``from_dict`` only
  for a body the mirror refuses (shown too, as "from_dict path"). Issue 15's target: at most 2x
  ``orjson.loads`` per record, for every vendor.

``tests/bench/run.py`` (``nox -s bench``) takes these figures into its table through :func:`figures`.
"""

from __future__ import annotations

import importlib
import itertools
import subprocess
import sys
import tempfile
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import orjson
from failtrail_core.gen_v1 import read_json

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.conftest import documented_example  # noqa: E402

N = 40


class Page(NamedTuple):
    vendor: str
    path: str
    method: str
    items: str  # the key of the page's list of records
    model: str  # the page's model class, the same name in our package and in stock output


PAGES = [
    Page("zuora", "/system-health/api-requests/failures", "get", "data", "ApiFailureRecordsPage"),
    Page("citrix", "/systemlog/records", "get", "Items", "RecordsPage"),
    Page(
        "vinyldns",
        "/metrics/health/zones/{zoneId}/recordsetchangesfailure",
        "get",
        "failedRecordSetChanges",
        "ListFailedRecordSetChangesResponse",
    ),
    Page("zitadel", "/failedevents/_search", "post", "result", "ListFailedEventsResponse"),
]


def _body(page: Page) -> bytes:
    example = documented_example(page.vendor, page.path, page.method)
    records = list(itertools.islice(itertools.cycle(example[page.items]), N))
    return orjson.dumps({**example, page.items: records})


def _per_record(*fns: Callable[[], object], number: int = 200, repeat: int = 7) -> list[float]:
    """Best time per record of each function, their runs interleaved so load on the machine hits all alike."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            best[i] = min(best[i], timeit.timeit(fn, number=number))
    return [b / number / N * 1e6 for b in best]


def _stock_model(page: Page, out: Path) -> Any:
    """The same page model as stock openapi-python-client generates it from the same spec."""
    name = f"stock_{page.vendor}"
    subprocess.run(
        [sys.executable, "-m", "openapi_python_client", "generate", "--meta", "none", "--overwrite"]
        + ["--path", str(ROOT / "specs" / page.vendor / "openapi.yaml"), "--output-path", str(out / name)],
        check=True,
        capture_output=True,
    )
    return getattr(importlib.import_module(f"{name}.models"), page.model)


TARGET = 2.0  # issue 15: bytes to records at most 2x orjson.loads of the same bytes, per record


class Figures(NamedTuple):
    """One vendor's costs per record, in microseconds (``stock`` None when stock output crashed: ``failure``)."""

    vendor: str
    loads: float
    parsed: float  # read_json: the compiled mirror, what every response takes
    from_dict: float  # orjson.loads plus from_dict: a body the mirror refuses
    stock: float | None
    failure: str

    @property
    def ratio(self) -> float:
        return self.parsed / self.loads


def _cost(loads: float, parsed: float) -> str:
    """A bytes-to-records cost in us and as a multiple of orjson.loads."""
    return f"{parsed:6.2f} us {parsed / loads:5.2f}x"


def _figures(page: Page, out: Path) -> Figures:
    body = _body(page)
    ours = getattr(importlib.import_module(f"failtrail_{page.vendor}.models"), page.model)
    wire = f"failtrail_{page.vendor}._wire.{ours.__module__.rsplit('.', 1)[1]}"
    fast = read_json(body, ours.from_dict, wire)
    assert fast == ours.from_dict(orjson.loads(body)) and wire in sys.modules, "the mirror must read the sample"
    stock = _stock_model(page, out)
    fns: list[Callable[[], object]] = [
        lambda: orjson.loads(body),
        lambda: read_json(body, ours.from_dict, wire),
        lambda: ours.from_dict(orjson.loads(body)),
    ]
    failure = ""
    try:
        stock.from_dict(orjson.loads(body))
        fns.append(lambda: stock.from_dict(orjson.loads(body)))
    except Exception as exc:  # stock output crashing on the vendor's own sample is a result too
        failure = f"crashes: {type(exc).__name__}"
    loads, parsed, from_dict, *rest = _per_record(*fns)
    return Figures(page.vendor, loads, parsed, from_dict, rest[0] if rest else None, failure)


def figures() -> list[Figures]:
    """Every vendor's parse costs, failtrail's and stock output's, measured in this process."""
    out = Path(tempfile.mkdtemp(prefix="stock-"))
    sys.path.insert(0, str(out))
    return [_figures(page, out) for page in PAGES]


def _line(found: Figures) -> str:
    met = "ok  " if found.ratio <= TARGET else "OVER"
    theirs = _cost(found.loads, found.stock) if found.stock is not None else found.failure
    ours = f"{_cost(found.loads, found.parsed)} {met} | {_cost(found.loads, found.from_dict)}"
    return f"{found.vendor:9} {found.loads:9.2f} us | {ours} | {theirs}"


def main() -> None:
    found = figures()
    print(f"microseconds per record, parsing a page of {N} records built from each spec's documented sample")
    print(f"{'':9} {'orjson.loads':>12} | {'mirror':<21} | {'from_dict path':<15} | stock openapi-python-client")
    for vendor in found:
        print(_line(vendor))
    print(
        f"target (issue 15): failtrail's bytes to records at most {TARGET:g}x orjson.loads of the same bytes, per record"
    )
    if any(vendor.ratio > TARGET for vendor in found):
        raise SystemExit("the parse-cost target is missed (OVER above)")


if __name__ == "__main__":
    main()
