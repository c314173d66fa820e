"""``python -m failtrail.demo``: failtrail against all five vendors, without an account at any of them.

It starts the vendor packages' sandboxes on 127.0.0.1 (free ports, data seeded up to now), writes a
Workato request log export and a configuration pointing at them (credentials by environment variable,
as a real one would), then runs the ``failtrail`` command: ``vendors``, the merged table of the last
24 hours, and the same as JSON Lines into a file. Needs ``pip install 'failtrail[all]'``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

__all__ = ["main"]

_CONFIG = """\
# Written by python -m failtrail.demo: every vendor is a local sandbox.
[defaults]
timeout = 10
max_retries = 1

[zuora]
base_url = "{zuora}"
client_id = "sandbox-client-id"
client_secret_env = "DEMO_ZUORA_CLIENT_SECRET"
track_id = "failtrail-demo"

[citrix]
base_url = "{citrix}"
customer_id = "sandboxcust"
client_id = "sandbox-client-id"
client_secret_env = "DEMO_CITRIX_CLIENT_SECRET"

[vinyldns]
base_url = "{vinyldns}"
access_key_env = "DEMO_VINYLDNS_ACCESS_KEY"
secret_key_env = "DEMO_VINYLDNS_SECRET_KEY"
zone_ids = [{zones}]

[workato]
export = "{export}"

[zitadel]
base_url = "{zitadel}"
token_env = "DEMO_ZITADEL_TOKEN"
"""
_SECRETS = {  # the sandboxes' well-known test credentials
    "DEMO_ZUORA_CLIENT_SECRET": "sandbox-client-secret",
    "DEMO_CITRIX_CLIENT_SECRET": "sandbox-client-secret",
    "DEMO_VINYLDNS_ACCESS_KEY": "sandbox-access-key",
    "DEMO_VINYLDNS_SECRET_KEY": "sandbox-secret-key",
    "DEMO_ZITADEL_TOKEN": "sandbox-token",
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m failtrail.demo", description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=Path("out/demo/failures.jsonl"), help="the JSON Lines file")
    parser.add_argument("--since", default="24h", help="the window shown (default 24h)")
    args = parser.parse_args(argv)
    try:
        from failtrail_citrix.lib.sandbox import CitrixSandbox
        from failtrail_vinyldns.lib.sandbox import VinylDNSSandbox
        from failtrail_workato.lib.exports import write_request_log_export
        from failtrail_zitadel.lib.sandbox import ZitadelSandbox
        from failtrail_zuora.lib.sandbox import ZuoraSandbox
    except ImportError as error:
        print(f"the demo needs every vendor package: pip install 'failtrail[all]' ({error})", file=sys.stderr)
        return 2

    now = datetime.now(UTC)
    vinyldns = VinylDNSSandbox(records=80, seed=3, now=now, days=3)
    sandboxes: dict[str, Any] = {  # each package has its own copy of the sandbox core
        "zuora": ZuoraSandbox(records=60, seed=1, now=now, days=3),
        "citrix": CitrixSandbox(records=60, seed=2, now=now, days=3),
        "vinyldns": vinyldns,
        "zitadel": ZitadelSandbox(records=24, seed=4, now=now, days=3),
    }
    with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="failtrail-demo-") as scratch:
        urls = {name: stack.enter_context(sandbox.serve()).base_url for name, sandbox in sandboxes.items()}
        for name, url in urls.items():
            print(f"sandbox {name:<9} {url}")
        export = write_request_log_export(Path(scratch) / "workato-api-logs.csv", rows=300, seed=5, latest=now)
        print(f"workato export    {export.path} ({export.rows} requests)")
        zones = ", ".join(f'"{zone["id"]}"' for zone in vinyldns.zones if zone["id"] != vinyldns.restricted_zone_id)
        config = Path(scratch) / "failtrail.toml"
        config.write_text(_CONFIG.format(**urls, zones=zones, export=export.path.as_posix()), encoding="utf-8")
        print(f"config            {config}\n")
        env = {**os.environ, **_SECRETS}
        command = [sys.executable, "-m", "failtrail"]
        steps = [
            [*command, "vendors", "--config", str(config)],
            [*command, "failures", "--since", args.since, "--config", str(config), "--format", "table"],
            [*command, "failures", "--since", args.since, "--config", str(config), "--output", str(args.output)],
        ]
        for step in steps:
            print("$ failtrail " + " ".join(step[3:]).replace(str(config), "failtrail.toml"), flush=True)
            code = subprocess.run(step, env=env, check=False).returncode
            if code != 0:
                print(f"failtrail exited with {code}", file=sys.stderr)
                return code
            print(flush=True)
    lines = args.output.read_text(encoding="utf-8").splitlines()
    print(f"{args.output}: {len(lines)} records as JSON Lines; the first:\n{lines[0] if lines else '(none)'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
