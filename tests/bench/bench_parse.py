"""Parse cost per record: orjson.loads alone, failtrail's models, and stock openapi-python-client output.

Run with ``nox -s bench``. Target (issue 3): failtrail's parse of a page costs at most 3x
``orjson.loads`` of the same bytes, per record. Each vendor's page is built from the sample its spec
documents (the vendor's own example), its records repeated to a page of ``N``.
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


def _row(page: Page, out: Path) -> str:
    body = _body(page)
    ours = getattr(importlib.import_module(f"failtrail_{page.vendor}.models"), page.model)
    stock = _stock_model(page, out)
    fns: list[Callable[[], object]] = [lambda: orjson.loads(body), lambda: ours.from_dict(orjson.loads(body))]
    failure = ""
    try:
        stock.from_dict(orjson.loads(body))
        fns.append(lambda: stock.from_dict(orjson.loads(body)))
    except Exception as exc:  # stock output crashing on the vendor's own sample is a result too
        failure = f"crashes: {type(exc).__name__}"
    loads, parsed, *rest = _per_record(*fns)
    theirs = f"{rest[0]:7.2f} us {rest[0] / loads:5.2f}x" if rest else failure
    return f"{page.vendor:10} {loads:8.2f} us 1.00x {parsed:7.2f} us {parsed / loads:5.2f}x   {theirs:>20}"


def main() -> None:
    out = Path(tempfile.mkdtemp(prefix="stock-"))
    sys.path.insert(0, str(out))
    print(f"microseconds per record, parsing a page of {N} records built from each spec's documented sample")
    print(f"{'':10} {'orjson.loads':>14} {'failtrail':>18} {'stock generator':>22}   target: failtrail <= 3x")
    for page in PAGES:
        print(_row(page, out))


if __name__ == "__main__":
    main()
