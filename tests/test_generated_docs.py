"""Every parameter's description in a spec reaches the docstrings of the generated calls that take it, sync and async.

A paginated operation's page position (page, token, offset) is the pager's to move: only ``sync_detailed`` and
``asyncio_detailed`` take and describe it; ``sync`` and ``asyncio`` take ``cursor=`` instead.
"""

from __future__ import annotations

import importlib
import inspect
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


def _moves_the_walk(module: ModuleType, name: str) -> bool:
    """Whether ``name`` is the parameter a paginated operation's pager moves (page, token, offset)."""
    pagination = module._OP.pagination
    return pagination is not None and name in (pagination.page_param, pagination.cursor_param)


@pytest.mark.parametrize(("module", "param"), list(_cases()))
def test_the_parameter_description_is_in_every_docstring(module: ModuleType, param: dict[str, str]) -> None:
    wanted = _words(param["description"])
    moving = _moves_the_walk(module, param["name"])
    for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        documented = wanted in _words(getattr(module, function).__doc__)
        # The pager moves the page position itself: only the one-request calls take (and document) it.
        assert documented is not (moving and not function.endswith("_detailed")), function
    if moving:
        for function in ("sync", "asyncio"):
            call = getattr(module, function)
            assert param["python_name"] not in inspect.signature(call).parameters, function
            assert "cursor: where to resume" in _words(call.__doc__), function
