"""The five vendors as sandboxes on 127.0.0.1 (Workato as an export file), and a config that points at them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import failtrail
import pytest
from failtrail import Config, FailureRecord, load_config
from failtrail_citrix.lib.sandbox import CitrixSandbox
from failtrail_vinyldns.lib.sandbox import VinylDNSSandbox
from failtrail_workato.lib.exports import write_request_log_export
from failtrail_zitadel.lib.sandbox import ZitadelSandbox
from failtrail_zuora.lib.sandbox import ZuoraSandbox

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
SINCE = NOW - timedelta(hours=24)
WORKATO_ROWS = 200
SECRETS = {
    "T_ZUORA_SECRET": "sandbox-client-secret",
    "T_CITRIX_TOKEN": "sandbox-token",
    "T_VINYL_ACCESS": "sandbox-access-key",
    "T_VINYL_SECRET": "sandbox-secret-key",
    "T_ZITADEL_TOKEN": "sandbox-token",
}


@dataclass
class Vendors:
    """The running sandboxes, the export, and a config file for all five."""

    zuora: ZuoraSandbox
    citrix: CitrixSandbox
    vinyldns: VinylDNSSandbox
    zitadel: ZitadelSandbox
    export: Path
    config_path: Path
    urls: dict[str, str]
    environ: dict[str, str]

    def config(self) -> Config:
        return load_config(self.config_path, self.environ)

    def zone_ids(self) -> list[str]:
        return [zone["id"] for zone in self.vinyldns.zones if zone["id"] != self.vinyldns.restricted_zone_id]

    def write_config(self, **changes: Mapping[str, Any]) -> Path:
        """Rewrite the config file; ``changes`` adds or replaces keys per vendor table (None drops the table)."""
        tables: dict[str, dict[str, Any]] = {
            "defaults": {"max_retries": 0, "timeout": 10},
            "zuora": {"base_url": self.urls["zuora"], "client_id": "sandbox-client-id"}
            | {"client_secret_env": "T_ZUORA_SECRET", "track_id": "umbrella-tests"},
            "citrix": {"base_url": self.urls["citrix"], "customer_id": "sandboxcust", "token_env": "T_CITRIX_TOKEN"},
            "vinyldns": {"base_url": self.urls["vinyldns"], "zone_ids": self.zone_ids()}
            | {"access_key_env": "T_VINYL_ACCESS", "secret_key_env": "T_VINYL_SECRET"},
            "workato": {"export": self.export.name},
            "zitadel": {"base_url": self.urls["zitadel"], "token_env": "T_ZITADEL_TOKEN"},
        }
        for vendor, change in changes.items():
            if change is None:
                tables.pop(vendor)
            else:
                tables[vendor] = {**tables[vendor], **change}
        lines = []
        for name, table in tables.items():
            lines.append(f"[{name}]")
            lines += [f"{key} = {_toml(value)}" for key, value in table.items()]
        self.config_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return self.config_path


def _toml(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return str(value)


@pytest.fixture
def vendors(tmp_path: Path) -> Iterator[Vendors]:
    zuora = ZuoraSandbox(records=90, seed=11, now=NOW, days=3)
    citrix = CitrixSandbox(records=90, seed=12, now=NOW, days=3)
    vinyldns = VinylDNSSandbox(records=120, seed=13, now=NOW, days=3)
    zitadel = ZitadelSandbox(records=20, seed=14, now=NOW, days=3)
    export = write_request_log_export(tmp_path / "workato.csv", rows=WORKATO_ROWS, seed=15, latest=NOW).path
    with zuora.serve() as z, citrix.serve() as c, vinyldns.serve() as v, zitadel.serve() as zi:
        urls = {"zuora": z.base_url, "citrix": c.base_url, "vinyldns": v.base_url, "zitadel": zi.base_url}
        found = Vendors(zuora, citrix, vinyldns, zitadel, export, tmp_path / "failtrail.toml", urls, dict(SECRETS))
        found.write_config()
        yield found


def read(vendors: Vendors, names: Sequence[str] | None = None) -> list[FailureRecord]:
    """What ``failures()`` gives for the sandboxes' last day, merged newest first; every vendor must succeed."""
    with failtrail.failures(SINCE, NOW, vendors=names, merge=True, config=vendors.config()) as run:
        records = list(run)
    assert run.errors == {}
    return records


def utc(text: str) -> datetime:
    """A time as the sandboxes send it (RFC 3339, ``Z`` or an offset), as an aware UTC datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def cli_environ(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment without any FAILTRAIL_* setting, plus the sandboxes' credentials."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FAILTRAIL_")}
    return {**env, **SECRETS, "COLUMNS": "200", **(extra or {})}


def run_cli(args: Sequence[str], *, cwd: Path, env: Mapping[str, str] | None = None, stdin: str = "") -> Any:
    return subprocess.run(
        [sys.executable, "-m", "failtrail", *args],
        cwd=cwd,
        env=cli_environ(env),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
