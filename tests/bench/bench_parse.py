"""Parse cost per record: orjson.loads alone, failtrail's models, and the anchors' models of the same spec.

Run with ``nox -s bench``. Each vendor's page is built from the sample its spec documents (the
vendor's own example), its records repeated to a page of ``N``. The anchors are the same page model as
stock openapi-python-client generates it, and as datamodel-code-generator generates it for pydantic v2
(``model_validate_json``) and for msgspec (a ``Struct`` decoded by ``msgspec.json``). Neither of the last
two converts what the spec says arrives as a string (ZITADEL's uint64s stay text); an anchor that cannot
read the vendor's own sample, or cannot be built, shows why. Two costs are shown for failtrail:

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

import msgspec
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


class Anchor(NamedTuple):
    """Another parser's cost per record in microseconds, or why it has none (``cost`` None: ``failure``)."""

    name: str
    cost: float | None
    failure: str

    def versus(self, loads: float) -> str:
        return f"{self.name} {self.cost / loads:.2f}x" if self.cost is not None else f"{self.name} {self.failure}"


class Figures(NamedTuple):
    """One vendor's costs per record, in microseconds, and the anchors' (stock, pydantic v2, msgspec)."""

    vendor: str
    loads: float
    parsed: float  # read_json: the compiled mirror, what every response takes
    from_dict: float  # orjson.loads plus from_dict: a body the mirror refuses
    anchors: tuple[Anchor, ...]

    @property
    def ratio(self) -> float:
        return self.parsed / self.loads


def _cost(loads: float, parsed: float) -> str:
    """A bytes-to-records cost in us and as a multiple of orjson.loads."""
    return f"{parsed:6.2f} us {parsed / loads:5.2f}x"


def _datamodel(page: Page, out: Path, kind: str) -> Any:
    """The page model as datamodel-code-generator writes it for ``kind`` (``pydantic_v2.BaseModel``,
    ``msgspec.Struct``) from the same spec."""
    name = f"{kind.split('.')[0]}_{page.vendor}"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input",
            str(ROOT / "specs" / page.vendor / "openapi.yaml"),
        ]
        + ["--input-file-type", "openapi", "--output-model-type", kind, "--output", str(out / f"{name}.py")],
        check=True,
        capture_output=True,
    )
    return getattr(importlib.import_module(name), page.model)


def _anchors(page: Page, body: bytes, out: Path) -> list[tuple[str, Callable[[], object] | str]]:
    """Each anchor's bytes-to-records call, or why it has none: one that cannot be built or cannot read the
    vendor's own sample (stock output's crashes, msgspec's refusal of an untagged union) is a result too."""

    def stock() -> Callable[[bytes], object]:
        model = _stock_model(page, out)
        return lambda data: model.from_dict(orjson.loads(data))

    def pydantic() -> Callable[[bytes], object]:
        return _datamodel(page, out, "pydantic_v2.BaseModel").model_validate_json  # type: ignore[no-any-return]

    def struct() -> Callable[[bytes], object]:
        return msgspec.json.Decoder(_datamodel(page, out, "msgspec.Struct")).decode

    found: list[tuple[str, Callable[[], object] | str]] = []
    for name, make in (("stock", stock), ("pydantic", pydantic), ("msgspec", struct)):
        try:
            parse = make()
            parse(body)
        except Exception as exc:
            found.append((name, f"fails: {type(exc).__name__}"))
        else:
            found.append((name, lambda parse=parse: parse(body)))
    return found


def _figures(page: Page, out: Path) -> Figures:
    body = _body(page)
    ours = getattr(importlib.import_module(f"failtrail_{page.vendor}.models"), page.model)
    wire = f"failtrail_{page.vendor}._wire.{ours.__module__.rsplit('.', 1)[1]}"
    fast = read_json(body, ours.from_dict, wire)
    assert fast == ours.from_dict(orjson.loads(body)) and wire in sys.modules, "the mirror must read the sample"
    anchors = _anchors(page, body, out)
    timed = [call for _, call in anchors if not isinstance(call, str)]
    loads, parsed, from_dict, *costs = _per_record(
        lambda: orjson.loads(body),
        lambda: read_json(body, ours.from_dict, wire),
        lambda: ours.from_dict(orjson.loads(body)),
        *timed,
    )
    each = iter(costs)
    return Figures(
        page.vendor,
        loads,
        parsed,
        from_dict,
        tuple(
            Anchor(name, None, call) if isinstance(call, str) else Anchor(name, next(each), "")
            for name, call in anchors
        ),
    )


def figures() -> list[Figures]:
    """Every vendor's parse costs, failtrail's and stock output's, measured in this process."""
    out = Path(tempfile.mkdtemp(prefix="stock-"))
    sys.path.insert(0, str(out))
    return [_figures(page, out) for page in PAGES]


def _line(found: Figures) -> str:
    met = "ok  " if found.ratio <= TARGET else "OVER"
    theirs = ", ".join(anchor.versus(found.loads) for anchor in found.anchors)
    ours = f"{_cost(found.loads, found.parsed)} {met} | {_cost(found.loads, found.from_dict)}"
    return f"{found.vendor:9} {found.loads:9.2f} us | {ours} | {theirs}"


def main() -> None:
    found = figures()
    print(f"microseconds per record, parsing a page of {N} records built from each spec's documented sample")
    print(f"{'':9} {'orjson.loads':>12} | {'mirror':<21} | {'from_dict path':<15} | anchors, x orjson.loads")
    for vendor in found:
        print(_line(vendor))
    print(
        f"target (issue 15): failtrail's bytes to records at most {TARGET:g}x orjson.loads of the same bytes, per record"
    )
    if any(vendor.ratio > TARGET for vendor in found):
        raise SystemExit("the parse-cost target is missed (OVER above)")


if __name__ == "__main__":
    main()
