"""``failtrail failures --follow`` over real sandboxes that keep adding records, killed (SIGKILL) at random
moments and restarted with the same state file and output: every record arrives exactly once."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import failtrail

from .conftest import SINCE, Vendors, cli_environ

OVERLAP = timedelta(minutes=15)  # failtrail._follow.DEFAULT_OVERLAP: the first cycle reaches back this far too


def _expected(vendors: Vendors, names: list[str]) -> set[tuple[str, str, str]]:
    with failtrail.failures(SINCE - OVERLAP, datetime.now(UTC), vendors=names, config=vendors.config()) as run:
        found = {(r.vendor, r.kind, r.id) for r in run}
    assert run.errors == {}
    return found


def test_follow_killed_and_restarted_writes_every_record_exactly_once(vendors: Vendors, tmp_path: Path) -> None:
    out, state = tmp_path / "out.jsonl", tmp_path / "state.json"
    names = ["citrix", "zuora"]
    command = [sys.executable, "-m", "failtrail", "failures", "--follow", "--since", SINCE.isoformat()]
    command += ["--vendor", ",".join(names), "--interval", "0.05", "--state", str(state), "--output", str(out)]
    command += ["--config", str(vendors.config_path)]
    rng = random.Random(20261128)
    added = 0
    for life in range(6):  # six lives, each killed (no cleanup at all) at a random moment
        process = subprocess.Popen(command, env=cli_environ(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if life == 0:  # the first life is killed only once it wrote: on a loaded machine start-up alone can outlast 2 s
            _wait_for_a_line(out, process)
        for _ in range(3):  # the tenant keeps failing while follow mode runs
            time.sleep(rng.uniform(0.15, 0.8))
            added += len(vendors.zuora.add_failures(rng.randint(1, 4), at=datetime.now(UTC) - timedelta(seconds=2)))
        process.kill()
        process.wait(10)
    assert out.exists() and out.read_bytes().count(b"\n") > 0  # the killed lives did write
    final = subprocess.run([*command, "--cycles", "1"], env=cli_environ(), capture_output=True, text=True, timeout=120)
    assert final.returncode == 0, final.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    keys = [(item["vendor"], item["kind"], item["id"]) for item in map(json.loads, lines)]
    assert len(keys) == len(set(keys)), "a record was written twice"
    assert set(keys) == _expected(vendors, names), "a record was missed"
    assert added >= 18 and sum(1 for vendor, _, _ in keys if vendor == "zuora") >= added
    assert json.loads(state.read_text(encoding="utf-8"))["delivered"] == len(keys)


def _wait_for_a_line(out: Path, process: subprocess.Popen[bytes], limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while not (out.exists() and b"\n" in out.read_bytes()):
        assert process.poll() is None, "follow mode ended by itself"
        assert time.monotonic() < deadline, f"follow mode wrote no record in {limit:.0f} s"
        time.sleep(0.05)


def test_follow_refuses_formats_other_than_json_lines(vendors: Vendors) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "failtrail", "failures", "--follow", "--format", "csv"]
        + ["--config", str(vendors.config_path)],
        env=cli_environ(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stderr) == (2, "failtrail: --follow writes JSON Lines (--format jsonl)\n")
