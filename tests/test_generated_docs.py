"""Every parameter's description in a spec reaches the docstrings of the generated calls, sync and async."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from types import ModuleType

import pytest
import yaml

from tools.codegen.facts import build_facts
from tools.codegen.render import SPECS

VENDORS = ["zuora", "citrix", "vinyldns", "workato", "zitadel"]


def _modules(vendor: str) -> Iterator[ModuleType]:
    api = importlib.import_module(f"failtrail_{vendor}.api")
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "_OP"):
            yield module


def _cases() -> Iterator[object]:
    for vendor in VENDORS:
        facts = build_facts(yaml.safe_load((SPECS / vendor / "openapi.yaml").read_text()))
        by_id = {op["operation_id"]: op for op in facts["operations"].values()}
        for module in _modules(vendor):
            op = by_id[module._OP.operation_id]
            for param in op["params"].values():
                if param.get("description"):
                    yield pytest.param(module, param, id=f"{vendor}.{op['operation_id']}.{param['name']}")


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


@pytest.mark.parametrize(("module", "param"), list(_cases()))
def test_the_parameter_description_is_in_every_docstring(module: ModuleType, param: dict[str, str]) -> None:
    wanted = _words(param["description"])
    for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert wanted in _words(getattr(module, function).__doc__), function
