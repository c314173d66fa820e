"""Parse cost per record: orjson.loads alone, failtrail's models, and stock openapi-python-client output.

Run with ``nox -s bench``. Target (issue 3): failtrail's parse of a page costs at most 3x
``orjson.loads`` of the same bytes, per record.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import tempfile
import timeit
from pathlib import Path

import orjson
import yaml
from failtrail_zuora.models import ApiFailureRecordsPage

ROOT = Path(__file__).resolve().parents[2]
# The record from Zuora's documented example, as curated into the spec (one source for tests and bench).
_SPEC = yaml.safe_load((ROOT / "specs/zuora/openapi.yaml").read_text())
RECORD = _SPEC["paths"]["/system-health/api-requests/failures"]["get"]["responses"]["200"]["content"][
    "application/json"
]["example"]["data"][0]
N = 40
BODY = orjson.dumps({"data": [RECORD] * N, "nextPage": "/x?page=2"})


def _per_record(*fns: object, number: int = 300, repeat: int = 9) -> list[float]:
    """Best time per record of each function, their runs interleaved so load on the machine hits all alike."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            best[i] = min(best[i], timeit.timeit(fn, number=number))  # type: ignore[arg-type]
    return [b / number / N * 1e6 for b in best]


def _stock_model() -> object:
    out = Path(tempfile.mkdtemp(prefix="stock-"))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(ROOT / "specs/zuora/openapi.yaml"),
            "--meta",
            "none",
            "--output-path",
            str(out / "stock_zuora"),
        ],
        check=True,
        capture_output=True,
    )
    sys.path.insert(0, str(out))
    return importlib.import_module("stock_zuora.models").ApiFailureRecordsPage


def main() -> None:
    stock = _stock_model()
    loads, ours, theirs = _per_record(
        lambda: orjson.loads(BODY),
        lambda: ApiFailureRecordsPage.from_dict(orjson.loads(BODY)),
        lambda: stock.from_dict(orjson.loads(BODY)),  # type: ignore[attr-defined]
    )
    print(f"page of {N} Zuora failure records, {len(BODY)} bytes, microseconds per record:")
    print(f"  orjson.loads                 {loads:7.2f} us   1.00x")
    print(f"  failtrail (loads + models)   {ours:7.2f} us   {ours / loads:4.2f}x   (target <= 3x)")
    print(f"  stock openapi-python-client  {theirs:7.2f} us   {theirs / loads:4.2f}x")


if __name__ == "__main__":
    main()
