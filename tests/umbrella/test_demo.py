"""The README's first command runs ``python -m failtrail.demo``: it must show all five vendors' failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def test_the_demo_shows_every_vendor_and_writes_their_records(tmp_path: Path) -> None:
    output = tmp_path / "failures.jsonl"
    env = {**os.environ, "COLUMNS": "160"}
    result = subprocess.run(
        [sys.executable, "-m", "failtrail.demo", "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    vendors = ("zuora", "citrix", "vinyldns", "workato", "zitadel")
    for vendor in vendors:
        assert f"{vendor}\tyes\tyes\tok" in result.stdout  # `failtrail vendors`: installed, configured, working
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert {record["vendor"] for record in records} == set(vendors)
    whens = [record["when"] for record in records]
    assert whens == sorted(whens, reverse=True)  # merged, newest first
    assert f"{output}: {len(records)} records as JSON Lines" in result.stdout
