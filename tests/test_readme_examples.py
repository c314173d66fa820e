"""Every python example in the READMEs runs, as printed, against the vendor sandboxes over real HTTP.

The examples read their server and credentials from environment variables; here those point at each
vendor's sandbox served on 127.0.0.1, and the working directory holds the ``api_logs.csv`` export
that the Workato example reads. An example passes when it runs to the end and prints records.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from failtrail_citrix.lib.sandbox import CitrixSandbox
from failtrail_vinyldns.lib.sandbox import VinylDNSSandbox
from failtrail_workato.lib.exports import write_request_log_export
from failtrail_workato.lib.sandbox import WorkatoSandbox
from failtrail_zitadel.lib.sandbox import ZitadelSandbox
from failtrail_zuora.lib.sandbox import ZuoraSandbox

from tests.conftest import ROOT

README = ROOT / "README.md"
PACKAGE_READMES = sorted(ROOT.glob("packages/*/README.md"))
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def _section(text: str, title: str) -> str:
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


def _examples() -> list[tuple[str, str]]:
    text = README.read_text()
    runnable = _section(text, "Examples") + _section(text, "Test your own app against a sandbox")
    found = [(f"README.md#{n}", code) for n, code in enumerate(_BLOCK.findall(runnable))]
    for readme in PACKAGE_READMES:
        name = readme.relative_to(ROOT).as_posix()
        found += [(f"{name}#{n}", code) for n, code in enumerate(_BLOCK.findall(readme.read_text()))]
    return found


EXAMPLES = _examples()


@pytest.fixture(scope="module")
def sandbox_env() -> Iterator[dict[str, str]]:
    """The environment variables the examples read, pointing at each vendor's sandbox over HTTP."""
    vinyldns = VinylDNSSandbox(records=40, seed=2)
    with ExitStack() as stack:
        zuora = stack.enter_context(ZuoraSandbox(records=80, seed=2).serve())
        citrix = stack.enter_context(CitrixSandbox(records=80, seed=2).serve())
        vinyl = stack.enter_context(vinyldns.serve())
        workato = stack.enter_context(WorkatoSandbox(records=30, seed=2).serve())
        zitadel = stack.enter_context(ZitadelSandbox(records=10, seed=2).serve())
        yield {
            "ZUORA_BASE_URL": zuora.base_url,
            "ZUORA_CLIENT_ID": "sandbox-client-id",
            "ZUORA_CLIENT_SECRET": "sandbox-client-secret",
            "CITRIX_BASE_URL": citrix.base_url,
            "CITRIX_CLIENT_ID": "sandbox-client-id",
            "CITRIX_CLIENT_SECRET": "sandbox-client-secret",
            "CITRIX_CUSTOMER_ID": "sandboxcust",
            "VINYLDNS_URL": vinyl.base_url,
            "VINYLDNS_ACCESS_KEY": "sandbox-access-key",
            "VINYLDNS_SECRET_KEY": "sandbox-secret-key",
            "VINYLDNS_ZONE_ID": vinyldns.records[0]["zone"]["id"],
            "WORKATO_BASE_URL": workato.base_url,
            "WORKATO_API_TOKEN": "sandbox-token",
            "ZITADEL_URL": zitadel.base_url,
            "ZITADEL_TOKEN": "sandbox-token",
        }


def test_the_readme_and_every_vendor_package_readme_have_an_example() -> None:
    named = {name.split("#")[0] for name, _ in EXAMPLES}
    vendors = {p.relative_to(ROOT).as_posix() for p in ROOT.glob("packages/failtrail-*/README.md")}
    vendors.discard("packages/failtrail-core/README.md")  # the runtime: no vendor, nothing to call
    assert len(vendors) == 5
    assert {"README.md", *vendors} <= named


@pytest.mark.parametrize("code", [code for _, code in EXAMPLES], ids=[name for name, _ in EXAMPLES])
def test_readme_example_runs_against_the_sandboxes(
    code: str,
    sandbox_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, value in sandbox_env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    write_request_log_export(tmp_path / "api_logs.csv", rows=300, seed=2, bad_rows=(150,))
    exec(compile(code, "<readme example>", "exec"), {"__name__": "__readme_example__"})
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) >= 2, printed  # it reached the sandbox and got records back
