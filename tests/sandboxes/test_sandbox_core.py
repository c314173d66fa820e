"""What every vendor sandbox shares: the seeded-sandbox prologue, the command line, and pages that
find their time window by bisection, not by reading every record."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from failtrail_citrix.lib.sandbox import CitrixSandbox
from failtrail_core import sandbox as core
from failtrail_vinyldns.lib.sandbox import VinylDNSSandbox
from failtrail_workato.lib.sandbox import WorkatoSandbox
from failtrail_zitadel.lib.sandbox import ZitadelSandbox
from failtrail_zuora.lib.sandbox import ZuoraSandbox

NOW = datetime(2025, 1, 20, 12, 0, tzinfo=UTC)
VENDORS = [CitrixSandbox, VinylDNSSandbox, WorkatoSandbox, ZitadelSandbox, ZuoraSandbox]


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda vendor: vendor.__name__)
def test_every_vendor_sandbox_is_seeded_alike(vendor: Any) -> None:
    sandbox, again = (vendor(records=12, seed=4, now=NOW, days=3.0) for _ in range(2))
    assert sandbox.records == again.records  # the seed alone decides the records
    assert isinstance(sandbox, core.SeededSandbox)
    assert (sandbox.now, sandbox.seed, sandbox.days) == (NOW, 4, 3.0)


def test_the_command_line_serves_until_stopped() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    args = [
        sys.executable,
        "-m",
        "failtrail_vinyldns.lib.sandbox",
        "--records",
        "5",
        "--fault",
        "status,nth=1,status=503",
    ]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        url = line.rsplit(" ", 1)[1].strip()
        assert line.startswith("VinylDNSSandbox listening on http://127.0.0.1:")
        assert [httpx.get(f"{url}/ping").status_code for _ in range(2)] == [503, 200]
    finally:
        process.terminate()
        process.wait(timeout=5)


class _TimestampReads(dict[str, Any]):
    """A record that counts how often its ``timestamp`` is read (a scan reads every record's)."""

    reads: list[str]

    def __getitem__(self, key: str) -> Any:
        if key == "timestamp":
            self.reads.append(key)
        return super().__getitem__(key)


def test_a_zuora_page_finds_its_window_by_bisection() -> None:
    sandbox = ZuoraSandbox(records=3000, seed=2, now=NOW)
    reads: list[str] = []
    _TimestampReads.reads = reads
    inside = [r for r in sandbox.records if "2025-01-15T00:00:00Z" <= r["timestamp"] < "2025-01-17T00:00:00Z"]
    sandbox.records = [_TimestampReads(record) for record in sandbox.records]
    query = "startTime=2025-01-15T00:00%2B0000&endTime=2025-01-17T00:00%2B0000&pageSize=40&page=3"
    with httpx.Client(base_url="https://rest.zuora.com", transport=sandbox.transport()) as client:
        answer = client.get(
            f"/system-health/api-requests/failures?{query}", headers={"Authorization": "Bearer sandbox-token"}
        )
    assert answer.status_code == 200 and len(inside) > 120
    assert answer.json()["data"] == inside[80:120]
    assert 0 < len(reads) <= 2 * len(sandbox.records).bit_length()  # a scan would read 3000
