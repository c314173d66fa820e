"""The ``failtrail`` command run as a subprocess against the sandboxes: formats, exit codes, files, Ctrl-C."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import orjson
import pytest
from failtrail import VENDORS, FailureRecord, VendorConfig, to_json, to_row
from failtrail._cli import main
from failtrail._output import write
from failtrail._vendors import zitadel
from failtrail._vendors.zitadel import ZitadelSource

from tests.conftest import LocalServer, Reply

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
    counts = ", ".join(f"{vendor} {_count(expected, vendor)}" for vendor in VENDORS)  # in configuration order
    assert result.stderr == f"failtrail: {len(expected)} records ({counts})\n"


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


def test_the_command_runs_the_cycle_collector_less_often(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # The command's own process setting (see _collect_less_often); the library never changes it.
    import gc

    calls: list[tuple[int, ...]] = []
    monkeypatch.setattr(gc, "set_threshold", lambda *limits: calls.append(limits))
    assert main(["failures", "--since", "1h", "--config", str(tmp_path / "none.toml")]) == 2
    assert calls == [(50_000, 20, 20)]


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

    monkeypatch.setattr(zitadel, "VENDOR", dataclasses.replace(zitadel.VENDOR, open=refuse))
    for k, v in vendors.environ.items():
        monkeypatch.setenv(k, v)
    config = str(vendors.config_path)
    origin = f"{vendors.config_path} [zitadel]"
    for args in (["remove-failed-event", "auth", "users", "12", "--yes"], ["failures", *WINDOW, "--vendor", "zitadel"]):
        assert main([*args, "--config", config]) == 2
        assert capsys.readouterr().err == f"failtrail: zitadel: token must not be empty ({origin})\n"
    assert vendors.zitadel.request_count == 0


def _ctrl_c_live() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize(
    ("signum", "code", "said"),
    [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")],
    ids=["ctrl-c", "sigterm"],
)
def test_ctrl_c_or_sigterm_leaves_no_half_written_file(
    vendors: Vendors, tmp_path: Path, signum: int, code: int, said: str
) -> None:
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
        # Ctrl-C live, as at a terminal: a test run started in the background (nohup, `&` in a script)
        # passes SIGINT down ignored, and the CLI rightly keeps an inherited SIG_IGN.
        preexec_fn=_ctrl_c_live,
    )
    try:
        deadline = time.monotonic() + 60
        while not any(r.url.path.startswith("/system-health/") for r in list(vendors.zuora.requests)):
            assert process.poll() is None and time.monotonic() < deadline, "the CLI never asked Zuora"
            time.sleep(0.05)
        assert (tmp_path / f".failures.jsonl.failtrail-tmp-{process.pid}").exists()  # it is writing, elsewhere
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == code, stderr
    assert stderr.endswith(f"failtrail: {said}\n")
    assert target.read_text(encoding="utf-8") == "the previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".failures")) == []


def test_a_temporary_file_left_by_a_killed_run_is_removed_by_the_next(vendors: Vendors, tmp_path: Path) -> None:
    target = tmp_path / "failures.jsonl"
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait(timeout=60)  # its pid is free now: the process that wrote under it was killed -9
    stale = tmp_path / f".failures.jsonl.failtrail-tmp-{finished.pid}"
    live = tmp_path / f".failures.jsonl.failtrail-tmp-{os.getpid()}"  # a run still writing (this process)
    other = tmp_path / f".other.jsonl.failtrail-tmp-{finished.pid}"  # another file's: not this run's business
    for path in (stale, live, other):
        path.write_text("half a record", encoding="utf-8")
    result = _failures(vendors, "--output", str(target), "--vendor", "zitadel")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == sorted([live.name, other.name])
    assert len(target.read_text(encoding="utf-8").splitlines()) == len(read(vendors, ["zitadel"]))


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_an_output_file_respects_the_umask(vendors: Vendors, tmp_path: Path, umask: int) -> None:
    target = tmp_path / "failures.csv"
    result = subprocess.run(
        [sys.executable, "-m", "failtrail", "failures", *WINDOW, "--config", str(vendors.config_path)]
        + ["--vendor", "zitadel", "--output", str(target)],
        env=cli_environ(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        umask=umask,
    )
    assert result.returncode == 0, result.stderr
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # as `> failures.csv` would make it


def test_output_dash_is_stdout(vendors: Vendors) -> None:
    expected = read(vendors, ["zitadel"])
    result = _failures(vendors, "--output", "-", "--vendor", "zitadel")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [r.id for r in expected]
    assert result.stderr == f"failtrail: {len(expected)} records (zitadel {len(expected)})\n"
    assert not (vendors.config_path.parent / "-").exists()


def test_vendors_command(vendors: Vendors) -> None:
    cwd = vendors.config_path.parent
    result = run_cli(["vendors", "--config", str(vendors.config_path)], cwd=cwd)
    assert result.returncode == 0, result.stderr
    checks = {
        "zuora": "listed failure records",
        "citrix": "listed system log records",
        "vinyldns": "listed failed zone changes",
        "workato": "read export workato.csv",
        "zitadel": "listed failed events",
    }
    assert result.stdout.splitlines() == [f"{vendor}\tyes\tyes\tok: {checks[vendor]}" for vendor in VENDORS]
    vendors.write_config(vinyldns=None, workato=None)
    bad = run_cli(["vendors", "--config", str(vendors.config_path)], cwd=cwd, env={"T_ZITADEL_TOKEN": "wrong-token"})
    assert bad.returncode == 3
    # each check asks for the last whole step its time parameters carry: a second at Citrix, a minute at Zuora
    citrix, _ = [dict(r.url.params) for r in vendors.citrix.requests]  # one check per run
    assert _seconds(citrix["EndDateTime"]) - _seconds(citrix["StartDateTime"]) == 1
    assert citrix["EndDateTime"].endswith("Z") and citrix["Limit"] == "1"
    zuora, _ = [dict(r.url.params) for r in vendors.zuora.requests if r.url.path.startswith("/system-health/")]
    assert _seconds(zuora["endTime"]) - _seconds(zuora["startTime"]) == 60
    lines = dict(line.split("\t", 1) for line in bad.stdout.splitlines())
    assert (lines["vinyldns"], lines["workato"]) == ("yes\tno\t-", "yes\tno\t-")
    assert lines["zitadel"].startswith("yes\tyes\terror: AuthenticationError: 401")
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
    # ZITADEL's removal is idempotent: an event no longer listed is answered 200 {} (specs/zitadel, RemoveFailedEvent)
    again = run_cli(["remove-failed-event", *target, "--yes", "--config", str(vendors.config_path)], cwd=cwd)
    assert (again.returncode, again.stdout) == (0, f"removed failed event {'/'.join(target)}\n")
    assert len(vendors.zitadel.records) == before - 1
    vendors.zitadel.add_fault("status", path="/admin/v1/failedevents/", status=403)
    refused = run_cli(["remove-failed-event", *target, "--yes", "--config", str(vendors.config_path)], cwd=cwd)
    assert refused.returncode == 1
    assert refused.stderr.startswith("failtrail: zitadel: PermissionDeniedError: 403")
    bad = run_cli(["remove-failed-event", "auth", "users", "12x", "--yes"], cwd=cwd)
    assert bad.returncode == 2 and "'12x' is not a failed sequence" in bad.stderr


def test_console_script(vendors: Vendors) -> None:
    script = Path(sys.executable).parent / "failtrail"
    assert script.exists(), "the console script is installed with the package"
    result = subprocess.run(
        [str(script), "--help"], env=cli_environ(), capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.startswith("usage: failtrail [-h] [--version] COMMAND ...")
    assert all(f"    {command}" in result.stdout for command in ("failures", "vendors", "remove-failed-event"))
    assert os.access(script, os.X_OK)


# -- help, version, imports ---------------------------------------------------------------------------

HEAVY = (
    "httpx",
    "httpcore",
    "rich",
    "failtrail_core",
    "failtrail._config",
    "failtrail._vendors",
    "failtrail._commands",
)
"""What --help and --version must not import: the HTTP stack, the vendor packages, the display."""


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["failures", "--help"], ["vendors", "--help"]])
def test_help_and_version_import_neither_the_http_stack_nor_a_vendor(args: list[str], tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "failtrail", *args],
        cwd=tmp_path,
        env=cli_environ(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    imported = {
        line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")
    }
    assert "failtrail._cli" in imported  # the measurement saw the command
    heavy = sorted(name for name in imported if name.startswith(HEAVY) or name.startswith("failtrail_"))
    assert heavy == []


def test_version(tmp_path: Path) -> None:
    from failtrail import __version__

    result = run_cli(["--version"], cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"failtrail {__version__}\n", "")


@pytest.mark.parametrize("command", [[], ["failures"]])
def test_help_shows_examples_and_exit_codes(command: list[str], tmp_path: Path) -> None:
    result = run_cli([*command, "--help"], cwd=tmp_path)
    assert result.returncode == 0
    assert "failtrail failures --since 2h | jq -r .message" in result.stdout
    codes = result.stdout.split("exit codes:\n", 1)[1].splitlines()
    assert [line.split()[0] for line in codes if line.startswith("  ") and line.split()[0].isdigit()] == [
        "0",
        "1",
        "2",
        "3",
        "130",
    ]
    assert "partial failure" in result.stdout and "143 terminated (SIGTERM)" in result.stdout


# -- vendors --format json, connection errors -----------------------------------------------------------


def test_vendors_as_json(vendors: Vendors) -> None:
    vendors.write_config(workato=None)
    result = run_cli(
        ["vendors", "--format", "json", "--config", str(vendors.config_path)],
        cwd=vendors.config_path.parent,
        env={"T_ZITADEL_TOKEN": "wrong-token"},
    )
    assert result.returncode == 3
    found = {row["vendor"]: row for row in json.loads(result.stdout)}
    assert [row["vendor"] for row in json.loads(result.stdout)] == list(VENDORS)
    assert found["workato"] == {"vendor": "workato", "installed": True, "configured": False, "check": None}
    assert found["zuora"] == {
        "vendor": "zuora",
        "installed": True,
        "configured": True,
        "check": {"ok": True, "detail": "listed failure records"},
    }
    assert found["zitadel"]["check"]["ok"] is False
    assert found["zitadel"]["check"]["detail"].startswith("AuthenticationError: 401")
    assert "wrong-token" not in result.stdout + result.stderr


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port  # nothing listens there now: a connection is refused


def test_a_connection_error_names_the_vendor_the_host_and_the_reason(vendors: Vendors) -> None:
    port = _closed_port()
    vendors.write_config(zitadel={"base_url": f"http://127.0.0.1:{port}/admin/v1"})
    result = _failures(vendors, "--vendor", "zitadel,citrix")
    assert result.returncode == 3
    assert (
        f"failtrail: zitadel FAILED: zitadel (failed events): APIConnectionError: connection to 127.0.0.1:{port}"
        " failed: Connection refused\n"
    ) in result.stderr
    listed = run_cli(["vendors", "--config", str(vendors.config_path)], cwd=vendors.config_path.parent)
    zitadel_line = next(line for line in listed.stdout.splitlines() if line.startswith("zitadel\t"))
    assert zitadel_line == (
        f"zitadel\tyes\tyes\terror: APIConnectionError: connection to 127.0.0.1:{port} failed: Connection refused"
    )


# -- the writers ----------------------------------------------------------------------------------------


def test_a_record_as_deep_as_the_vendor_package_reads_is_written(tmp_path: Path, server: LocalServer) -> None:
    # orjson.loads (what failtrail-core parses bodies with) reads 1,024 levels of nesting; orjson.dumps
    # writes 254. The page is {"result": [{event}]}: the event's unknown field gets the 1,021 levels left.
    levels = 1021
    deep = "".join('{"a":' if level % 2 else "[" for level in range(levels)) + "1"
    deep += "".join("}" if level % 2 else "]" for level in reversed(range(levels)))
    event = (
        '{"database":"auth","viewName":"users","failedSequence":"7","failureCount":"1",'
        '"errorMessage":"too deep","lastFailed":"2025-06-02T11:00:00Z","extra":' + deep + "}"
    )
    page = ('{"result":[' + event + "]}").encode()
    orjson.loads(page)  # as deep as the vendor packages read: one level more is refused
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads(b"[" + page + b"]")
    server.handler = lambda seen: Reply(200, page)
    config = tmp_path / "failtrail.toml"
    config.write_text(
        f'[defaults]\nmax_retries = 0\n[zitadel]\nbase_url = "{server.url}"\ntoken_env = "T_ZITADEL_TOKEN"\n'
    )
    result = run_cli(["failures", *WINDOW, "--config", str(config)], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert f'"extra":{deep},' in line  # the vendor's record, every level of it
    assert line.startswith('{"vendor":"zitadel","kind":"failed-event",')
    assert '"when":"2025-06-02T11:00:00Z"' in line and '"message":"too deep"' in line


class _CountingWrites(io.BytesIO):
    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, data: Any) -> int:
        self.writes += 1
        return super().write(data)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_records_are_written_a_block_at_a_time(vendors: Vendors, fmt: Literal["jsonl", "csv"]) -> None:
    records = read(vendors) * 10
    out = _CountingWrites()
    assert write(records, out, fmt) == len(records)
    assert out.writes < len(records) / 20  # not one write per record
    if fmt == "jsonl":
        assert out.getvalue() == b"".join(
            json.dumps(to_json(r), ensure_ascii=False, separators=(",", ":")).encode() + b"\n" for r in records
        )
    else:
        assert list(csv.DictReader(io.StringIO(out.getvalue().decode()))) == [to_row(r) for r in records]


def test_the_writer_for_deep_records_gives_the_same_bytes_as_orjson(vendors: Vendors) -> None:
    from failtrail._json import _deep_line, json_line

    records = read(vendors)
    assert {r.vendor for r in records} == set(VENDORS)
    assert [_deep_line(r) for r in records] == [json_line(r) for r in records]


class _Interrupted:
    """A vendor model whose first serialisation is cut by Ctrl-C (the signal lands while ``to_dict`` runs, once)."""

    def __init__(self) -> None:
        self.calls = 0

    def to_dict(self) -> dict[str, Any]:
        self.calls += 1
        if self.calls == 1:
            raise KeyboardInterrupt
        return {"a": 1}


def test_ctrl_c_while_a_record_is_serialised_is_not_taken_for_orjson_refusing_it(vendors: Vendors) -> None:
    from failtrail._json import json_line

    first = read(vendors, ["zitadel"])[0]
    # orjson wraps what its default= hook raises in a JSONEncodeError; the slow path must not swallow it
    with pytest.raises(KeyboardInterrupt):
        json_line(dataclasses.replace(first, record=_Interrupted()))
    with pytest.raises(KeyboardInterrupt):
        write([dataclasses.replace(first, record=_Interrupted())], io.BytesIO(), "jsonl")


def test_jsonl_redacts_what_the_specs_mark_secret_unless_asked(
    vendors: Vendors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in vendors.environ.items():
        monkeypatch.setenv(name, value)
    # VinylDNS zone connections carry TSIG keys (specs/vinyldns/openapi.yaml ZoneConnection.key: x-failtrail-secret)
    keys = {z[c]["key"] for z in vendors.vinyldns.zones for c in ("connection", "transferConnection") if c in z}
    assert keys
    plain, shown = tmp_path / "plain.jsonl", tmp_path / "shown.jsonl"
    base = ["failures", *WINDOW, "--vendor", "vinyldns", "--config", str(vendors.config_path), "--output"]
    assert main([*base, str(plain)]) == 0
    assert main([*base, str(shown), "--include-secrets"]) == 0
    written = plain.read_text(encoding="utf-8")
    assert '"key":"<redacted>"' in written and not any(key in written for key in keys)
    assert any(key in shown.read_text(encoding="utf-8") for key in keys)
