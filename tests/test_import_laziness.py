"""Imports stay lazy: what ``import failtrail_<vendor>`` and ``failtrail --help`` load, pinned by name.

Issue 15's start-up targets (a vendor package within 1.25x of ``import httpx``; ``failtrail --help`` and
``--version`` within 2x of ``python -c pass``) are measured by ``nox -s bench``; these tests pin the
imports that meet them, so that an eager import creeping back fails here, without timing anything.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from types import ModuleType

import pytest

VENDORS = ("citrix", "vinyldns", "workato", "zitadel", "zuora")
MARK = "--- modules ---"


def _loaded(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code`` (nothing else is imported to report them)."""
    script = f"{code}\nimport sys\nprint({MARK!r})\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split(MARK + "\n", 1)[1].split())


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_vendor_package_loads_its_client_but_not_its_api_or_models(vendor: str) -> None:
    package = f"failtrail_{vendor}"
    loaded = _loaded(f"import {package}")
    assert f"{package}.client" in loaded  # the client is what every program uses: it is there at once
    assert sorted(m for m in loaded if m.startswith((f"{package}.api", f"{package}.models"))) == []


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_vendor_package_loads_nothing_beyond_httpx_orjson_and_its_own_code(vendor: str) -> None:
    floor = "import httpx, orjson"  # what every call needs: the HTTP stack and the parser
    before = _loaded(floor)
    after = _loaded(f"{floor}\nimport failtrail_{vendor}")
    assert "asyncio" not in after and "concurrent.futures" not in after  # loaded by the first async call/prefetch
    extra = {name.split(".")[0] for name in after - before}
    # attrs (the models' base, loaded with the first model) is most of what the import would cost beyond httpx
    assert extra == {"failtrail_core", f"failtrail_{vendor}"}


def test_the_raw_response_and_file_types_do_not_load_attrs() -> None:
    loaded = _loaded("from failtrail_core.gen_v1 import File, Response, UNSET")
    assert sorted(m for m in loaded if m.split(".")[0] in ("attr", "attrs")) == []


def test_one_operation_loads_only_the_models_it_parses() -> None:
    loaded = _loaded("import failtrail_zuora.api.system_health.get_system_health_tax_records")
    models = {m.rsplit(".", 1)[1] for m in loaded if m.startswith("failtrail_zuora.models.")}
    assert {"tax_record", "tax_records_page"} <= models
    assert "payment_record" not in models and "api_failure_record" not in models


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_models_package_loads_each_model_when_first_used(vendor: str) -> None:
    package = f"failtrail_{vendor}.models"
    models = importlib.import_module(package)
    first = models.__all__[0]
    loaded = _loaded(f"import {package}\nassert {package}.{first}.__name__ == {first!r}")
    assert f"{package}.{_module_of(models, first)}" in loaded
    assert len([m for m in loaded if m.startswith(package + ".")]) < len(models.__all__)
    assert _loaded(f"import {package}") & {f"{package}.{_module_of(models, name)}" for name in models.__all__} == set()


def _module_of(models: ModuleType, name: str) -> str:
    module: str = getattr(models, name).__module__
    return module.rsplit(".", 1)[1]


def test_catching_failtrail_errors_does_not_load_the_http_stack() -> None:
    loaded = _loaded("from failtrail_core import FailtrailError, RateLimitError")
    assert "failtrail_core._exceptions" in loaded
    assert sorted(m for m in loaded if m.split(".")[0] in ("httpx", "httpcore", "asyncio")) == []


@pytest.mark.parametrize(
    "package",
    ["failtrail", "failtrail_core", *(f"failtrail_{v}" for v in VENDORS), *(f"failtrail_{v}.models" for v in VENDORS)],
)
def test_every_lazily_exported_name_resolves(package: str) -> None:
    """``__all__`` and the lazy lookup agree: a name added to one and not the other fails here."""
    module = importlib.import_module(package)
    for name in module.__all__:
        assert getattr(module, name) is not None, name
    assert set(module.__all__) <= set(dir(module))
    with pytest.raises(AttributeError):
        module.no_such_name  # noqa: B018


@pytest.mark.parametrize("vendor", VENDORS)
def test_api_and_models_are_attributes_of_the_package(vendor: str) -> None:
    loaded = _loaded(f"import failtrail_{vendor} as p\nassert p.models.__name__ == 'failtrail_{vendor}.models'\np.api")
    assert {f"failtrail_{vendor}.models", f"failtrail_{vendor}.api"} <= loaded
    assert {"api", "models"} <= set(dir(importlib.import_module(f"failtrail_{vendor}")))


CLI_NEVER = ("httpx", "httpcore", "rich", "failtrail_core", "asyncio", "concurrent", "typing", "pathlib", "shutil")
"""What ``failtrail --help`` / ``--version`` must not load: the HTTP stack, the display, and the stdlib modules
that only the commands need (shutil is what argparse would import to ask the terminal's width)."""
FAILTRAIL = {"failtrail", "failtrail._version", "failtrail._cli"}
"""All of failtrail that ``--help`` and ``--version`` load: not ``_commands`` (what the commands do), not ``_config``."""


def _cli(args: list[str]) -> str:
    return f"from failtrail._cli import main\ntry:\n    main({args!r})\nexcept SystemExit:\n    pass"


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["failures", "--help"], ["vendors", "--help"]])
def test_help_and_version_load_argparse_and_little_else(args: list[str]) -> None:
    loaded = _loaded(_cli(args))
    assert "failtrail._cli" in loaded
    assert sorted(m for m in loaded if m.split(".")[0] in CLI_NEVER or m.startswith("failtrail_")) == []
    assert {m for m in loaded if m.split(".")[0] == "failtrail"} == FAILTRAIL
    if args == ["--version"]:
        assert "argparse" not in loaded  # answered before the parser is built


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_help_and_version_load_nothing_an_argparse_help_does_not(args: list[str]) -> None:
    """Beyond a one-option parser's ``--help`` (argparse's floor: gettext, locale, textwrap), only failtrail's three
    modules: not contextlib, not ``__future__`` (``from __future__ import annotations`` imports it), not typing."""
    floor = _loaded(
        "import argparse\ntry:\n    argparse.ArgumentParser(prog='x').parse_args(['--help'])\nexcept SystemExit:\n    pass"
    )
    assert _loaded(_cli(args)) - floor == FAILTRAIL


def test_a_command_gets_its_arguments_when_it_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """The top-level ``--help`` builds no command's arguments; a command's own help and parsing have them all."""
    import argparse
    import contextlib
    import io

    from failtrail._cli import _parser

    added: list[str] = []
    add_argument = argparse.ArgumentParser.add_argument

    def counted(self: argparse.ArgumentParser, *names: str, **options: object) -> argparse.Action:
        added.extend(names)
        return add_argument(self, *names, **options)

    with monkeypatch.context() as patched:
        patched.setattr(argparse.ArgumentParser, "add_argument", counted)
        parser = _parser()
        top = parser.format_help()
    assert "failures" in top and "remove-failed-event" in top
    assert sorted(set(added)) == ["--help", "--version", "-h"]  # each command's -h/--help, and --version
    shown = io.StringIO()
    with contextlib.redirect_stdout(shown), pytest.raises(SystemExit):
        parser.parse_args(["failures", "--help"])
    assert all(f"--{name}" in shown.getvalue() for name in ("config", "since", "until", "follow", "state", "cycles"))
    args = _parser().parse_args(["remove-failed-event", "auth", "users", "7", "--yes", "--config", "x.toml"])
    assert (args.command, args.database, args.view, args.sequence, args.yes, args.config) == (
        "remove-failed-event",
        "auth",
        "users",
        7,
        True,
        "x.toml",
    )
    assert _parser().parse_args(["failures", "--since", "1h"]).interval == 60.0  # a default of a late argument


def test_the_first_body_read_loads_only_the_mirrors_of_its_models() -> None:
    loaded = _loaded(
        "from failtrail_core.gen_v1 import read_json\n"
        "from failtrail_zuora.models import TaxRecordsPage\n"
        "read_json(b'{\"data\": []}', TaxRecordsPage.from_dict, 'failtrail_zuora._wire.tax_records_page')"
    )
    mirrors = {m.rsplit(".", 1)[1] for m in loaded if m.startswith("failtrail_zuora._wire.")}
    assert "msgspec" in loaded and {"tax_records_page", "tax_record"} <= mirrors
    assert "payment_record" not in mirrors and "api_failure_record" not in mirrors
