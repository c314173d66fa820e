"""The ``failtrail`` command run as a subprocess against the sandboxes: formats, exit codes, files, Ctrl-C."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from failtrail import FailureRecord, VendorConfig, to_json, to_row
from failtrail._cli import main
from failtrail._vendors import zitadel
from failtrail._vendors.zitadel import ZitadelSource

from .conftest import NOW, SINCE, Vendors, cli_environ, read, run_cli

WINDOW = ["--since", SINCE.isoformat(), "--until", NOW.isoformat()]
HEADER = "vendor,kind,id,when,http_status,code,message,request_id,resource,actor"


def _failures(vendors: Vendors, *extra: str) -> subprocess.CompletedProcess[str]:
    result: subprocess.CompletedProcess[str] = run_cli(
        ["failures", *WINDOW, "--config", str(vendors.config_path), *extra], cwd=vendors.config_path.parent
    )
    return result


def test_jsonl_is_one_json_object_per_record_newest_first(vendors: Vendors) -> None:
    expected = read(vendors)
    result = _failures(vendors, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "".join(
        json.dumps(to_json(r), ensure_ascii=False, separators=(",", ":")) + "\n" for r in expected
    )
    first = json.loads(result.stdout.splitlines()[0])
    assert list(first) == [*HEADER.split(","), "record"]
    assert result.stderr.endswith(
        f"failtrail: {len(expected)} records (zuora {_count(expected, 'zuora')}, citrix {_count(expected, 'citrix')},"
        f" vinyldns {_count(expected, 'vinyldns')}, workato {_count(expected, 'workato')},"
        f" zitadel {_count(expected, 'zitadel')})\n"
    )


def _count(records: list[FailureRecord], vendor: str) -> int:
    return sum(r.vendor == vendor for r in records)


def test_jsonl_is_the_default_for_a_pipe(vendors: Vendors) -> None:
    result = _failures(vendors, "--vendor", "zitadel")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [r.id for r in read(vendors, ["zitadel"])]


def test_csv_has_the_flat_fields(vendors: Vendors) -> None:
    expected = read(vendors, ["zuora", "vinyldns"])
    result = _failures(vendors, "--format", "csv", "--vendor", "zuora,vinyldns")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == HEADER
    assert list(csv.DictReader(io.StringIO(result.stdout))) == [to_row(r) for r in expected]
    newest = expected[0]
    cells = [newest.vendor, newest.kind, newest.id, to_json(newest)["when"], str(newest.http_status or "")]
    assert result.stdout.splitlines()[1].startswith(",".join(cells) + ",")


def test_table_for_a_person(vendors: Vendors) -> None:
    expected = read(vendors, ["zuora", "zitadel"])
    result = _failures(vendors, "--format", "table", "--vendor", "zuora,zitadel")
    assert result.returncode == 0, result.stderr
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[0] == "Failures from 2025-06-01 12:00 to 2025-06-02 12:00 UTC"
    assert [cell.strip() for cell in lines[2].strip("┃").split("┃")] == [
        "When (UTC)",
        "Vendor",
        "Status",
        "Code",
        "Resource",
        "Message",
    ]
    rows = [line for line in lines if line.startswith("│")]
    assert len(rows) == len(expected)
    for line, record in zip(rows, expected, strict=True):
        cells = [cell.strip() for cell in line.strip("│").split("│")]
        assert cells[:3] == [
            record.when.strftime("%Y-%m-%d %H:%M:%S"),
            record.vendor,
            "" if record.http_status is None else str(record.http_status),
        ]
        for cell, full in zip(cells[3:], (record.code, record.resource, record.message), strict=True):
            # long cells end in an ellipsis, so that each record stays on one line
            shown = " ".join((full or "").split())
            assert cell == shown or (cell.endswith("…") and shown.startswith(cell[:-1]))


def test_partial_failure_exit_code_and_message(vendors: Vendors) -> None:
    vendors.citrix.add_fault("status", path="/systemlog/", status=503)
    result = _failures(vendors, "--format", "jsonl", "--vendor", "citrix,zitadel")
    assert result.returncode == 3
    assert [json.loads(line)["vendor"] for line in result.stdout.splitlines()] == ["zitadel"] * len(
        read(vendors, ["zitadel"])
    )
    assert "failtrail: citrix FAILED: citrix (system log): InternalServerError: 503" in result.stderr


def test_every_vendor_failing_is_exit_code_1(vendors: Vendors) -> None:
    vendors.zitadel.add_fault("status", status=500)
    result = _failures(vendors, "--vendor", "zitadel")
    assert (result.returncode, result.stdout) == (1, "")
    assert "(no vendor succeeded)" in result.stderr


def test_bad_usage_and_bad_configuration_are_exit_code_2(vendors: Vendors) -> None:
    cwd = vendors.config_path.parent
    usage = run_cli(["failures", "--since", "yesterday"], cwd=cwd)
    assert usage.returncode == 2
    assert "'yesterday' is neither a duration (24h, 90m, 7d) nor an ISO 8601 time" in usage.stderr
    unknown = run_cli(["failures", "--since", "1h", "--vendor", "jira"], cwd=cwd)
    assert unknown.returncode == 2 and "unknown vendor(s) jira" in unknown.stderr
    assert run_cli(["failures"], cwd=cwd).returncode == 2  # --since is required
    backwards = _failures(vendors, "--until", "2025-05-01T00:00:00Z")
    assert backwards.returncode == 2 and "is after until" in backwards.stderr
    far = run_cli(["failures", "--since", "9999999d", "--config", str(vendors.config_path)], cwd=cwd)
    assert (far.returncode, far.stdout, far.stderr) == (2, "", "failtrail: '9999999d' reaches back before the year 1\n")
    missing = run_cli(["failures", *WINDOW, "--config", str(vendors.config_path)], cwd=cwd, env={"T_CITRIX_TOKEN": ""})
    assert missing.returncode == 2
    assert missing.stderr.startswith("failtrail: citrix: environment variable T_CITRIX_TOKEN is not set")
    vendors.write_config(zuora={"client_secret": "sandbox-client-secret"})
    inline = _failures(vendors)
    assert inline.returncode == 2 and "[zuora]: unknown key 'client_secret'" in inline.stderr
    assert "sandbox-client-secret" not in inline.stderr
    assert vendors.zuora.request_count == vendors.citrix.request_count == 0


def test_output_file_is_written_whole(vendors: Vendors, tmp_path: Path) -> None:
    target = tmp_path / "out" / "failures.csv"
    result = _failures(vendors, "--output", str(target), "--vendor", "zitadel")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8").splitlines()[0] == HEADER  # the suffix chose CSV
    assert sorted(p.name for p in target.parent.iterdir()) == ["failures.csv"]
    assert f"records to {target}" in result.stderr


def test_an_output_file_that_cannot_be_opened_is_exit_code_2_before_anything_is_sent(
    vendors: Vendors, tmp_path: Path
) -> None:
    (tmp_path / "taken").write_text("a file, not a folder\n", encoding="utf-8")
    target = tmp_path / "taken" / "failures.csv"
    result = _failures(vendors, "--output", str(target), "--vendor", "zuora")
    assert (result.returncode, result.stdout, result.stderr) == (
        2,
        "",
        f"failtrail: cannot write {target}: File exists\n",
    )
    assert vendors.zuora.request_count == 0


def test_an_output_file_that_cannot_be_replaced_is_exit_code_1(vendors: Vendors, tmp_path: Path) -> None:
    target = tmp_path / "a-folder.jsonl"
    target.mkdir()
    result = _failures(vendors, "--output", str(target), "--vendor", "zitadel")
    assert (result.returncode, result.stdout, result.stderr) == (
        1,
        "",
        f"failtrail: cannot write {target}: Is a directory\n",
    )
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".a-folder")] == []  # no partial file left


def test_a_client_refusing_its_settings_is_exit_code_2_in_every_command(
    vendors: Vendors, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(config: VendorConfig) -> ZitadelSource:
        raise ValueError("token must not be empty")

    monkeypatch.setattr(zitadel, "open_source", refuse)
    for k, v in vendors.environ.items():
        monkeypatch.setenv(k, v)
    config = str(vendors.config_path)
    origin = f"{vendors.config_path} [zitadel]"
    for args in (["remove-failed-event", "auth", "users", "12", "--yes"], ["failures", *WINDOW, "--vendor", "zitadel"]):
        assert main([*args, "--config", config]) == 2
        assert capsys.readouterr().err == f"failtrail: zitadel: token must not be empty ({origin})\n"
    assert vendors.zitadel.request_count == 0


def test_ctrl_c_leaves_no_half_written_file(vendors: Vendors, tmp_path: Path) -> None:
    target = tmp_path / "failures.jsonl"
    target.write_text("the previous run\n", encoding="utf-8")
    vendors.zuora.add_fault("slow", path="/system-health/", delay=60)
    process = subprocess.Popen(
        [sys.executable, "-m", "failtrail", "failures", *WINDOW, "--config", str(vendors.config_path)]
        + ["--output", str(target), "--no-merge"],
        env=cli_environ(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not any(r.url.path.startswith("/system-health/") for r in list(vendors.zuora.requests)):
            assert process.poll() is None and time.monotonic() < deadline, "the CLI never asked Zuora"
            time.sleep(0.05)
        assert [p.name for p in tmp_path.glob(".failures.jsonl.*.partial")]  # it is writing, elsewhere
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130
    assert stderr.endswith("failtrail: interrupted\n")
    assert target.read_text(encoding="utf-8") == "the previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".failures")) == []


def test_vendors_command(vendors: Vendors) -> None:
    cwd = vendors.config_path.parent
    result = run_cli(["vendors", "--config", str(vendors.config_path)], cwd=cwd)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "zuora\tyes\tyes\tok: listed failure records",
        "citrix\tyes\tyes\tok: listed system log records",
        "vinyldns\tyes\tyes\tok: listed failed zone changes",
        "workato\tyes\tyes\tok: read export workato.csv",
        "zitadel\tyes\tyes\tok: listed failed events",
    ]
    vendors.write_config(vinyldns=None, workato=None)
    bad = run_cli(["vendors", "--config", str(vendors.config_path)], cwd=cwd, env={"T_ZITADEL_TOKEN": "wrong-token"})
    assert bad.returncode == 3
    # each check asks for the last whole step its time parameters carry: a second at Citrix, a minute at Zuora
    citrix, _ = [dict(r.url.params) for r in vendors.citrix.requests]  # one check per run
    assert _seconds(citrix["EndDateTime"]) - _seconds(citrix["StartDateTime"]) == 1
    assert citrix["EndDateTime"].endswith("Z") and citrix["Limit"] == "1"
    zuora, _ = [dict(r.url.params) for r in vendors.zuora.requests if r.url.path.startswith("/system-health/")]
    assert _seconds(zuora["endTime"]) - _seconds(zuora["startTime"]) == 60
    lines = bad.stdout.splitlines()
    assert lines[2:4] == ["vinyldns\tyes\tno\t-", "workato\tyes\tno\t-"]
    assert lines[4].startswith("zitadel\tyes\tyes\terror: AuthenticationError: 401")
    assert "wrong-token" not in bad.stdout + bad.stderr


def _seconds(text: str) -> float:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def test_remove_failed_event_asks_first(vendors: Vendors) -> None:
    cwd = vendors.config_path.parent
    event = vendors.zitadel.records[0]
    target = [event["database"], event["viewName"], event["failedSequence"]]
    before = len(vendors.zitadel.records)
    declined = run_cli(["remove-failed-event", *target, "--config", str(vendors.config_path)], cwd=cwd, stdin="n\n")
    assert declined.returncode == 1
    assert declined.stderr.startswith(
        f"Remove failed event {'/'.join(target)} from ZITADEL ({vendors.urls['zitadel']})?"
    )
    assert declined.stderr.endswith("failtrail: not removed\n")
    assert len(vendors.zitadel.records) == before
    confirmed = run_cli(["remove-failed-event", *target, "--config", str(vendors.config_path)], cwd=cwd, stdin="y\n")
    assert confirmed.returncode == 0, confirmed.stderr
    assert confirmed.stdout == f"removed failed event {'/'.join(target)}\n"
    assert len(vendors.zitadel.records) == before - 1
    (request,) = [r for r in vendors.zitadel.requests if r.method == "DELETE"]
    assert request.url.path == f"/admin/v1/failedevents/{'/'.join(target)}"
    again = run_cli(["remove-failed-event", *target, "--yes", "--config", str(vendors.config_path)], cwd=cwd)
    assert again.returncode == 1
    assert "zitadel: NotFoundError: 404" in again.stderr
    bad = run_cli(["remove-failed-event", "auth", "users", "12x", "--yes"], cwd=cwd)
    assert bad.returncode == 2 and "'12x' is not a failed sequence" in bad.stderr


def test_console_script(vendors: Vendors) -> None:
    script = Path(sys.executable).parent / "failtrail"
    assert script.exists(), "the console script is installed with the package"
    result = subprocess.run(
        [str(script), "--help"], env=cli_environ(), capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.startswith("usage: failtrail [-h] COMMAND ...")
    assert all(f"    {command}" in result.stdout for command in ("failures", "vendors", "remove-failed-event"))
    assert os.access(script, os.X_OK)
