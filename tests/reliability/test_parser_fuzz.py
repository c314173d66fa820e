"""Every response parser of every operation, fed generated and mutated bodies, either parses or raises
failtrail's typed DecodeError: never a bare KeyError, TypeError, ValueError or AttributeError.

Bodies come from hypothesis (arbitrary JSON) and from mutations of each operation's documented
example (a field dropped, retyped, nulled or nested deeper), with a fixed seed.
"""

from __future__ import annotations

import contextlib
import copy
import importlib
import pkgutil
import random
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import yaml
from failtrail_core import DecodeError
from hypothesis import given
from hypothesis import strategies as st

from tools.codegen.render import SPECS

VENDORS = ["zuora", "citrix", "vinyldns", "workato", "zitadel"]
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
_ODD_VALUES: list[Any] = [None, 0, -1, 2**70, 1.5, "", "x", "2025-13-45T99:99:99Z", True, [], {}, [None], {"": None}]


def _parsers() -> Iterator[tuple[str, Callable[[Any], Any], Any]]:
    """(id, parser, documented example or None) for every status parser of every operation."""
    for vendor in VENDORS:
        spec = yaml.safe_load((SPECS / vendor / "openapi.yaml").read_text())
        api = importlib.import_module(f"failtrail_{vendor}.api")
        for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
            module = importlib.import_module(info.name)
            op = getattr(module, "_OP", None)
            if op is None:
                continue
            responses = spec["paths"][op.path][op.method.lower()]["responses"]
            for name in dir(module):
                if name.startswith("_parse_") or name.startswith("_lenient_"):
                    status = name.rsplit("_", 1)[1]
                    yield f"{vendor}.{op.operation_id}.{name}", getattr(module, name), _example(spec, responses, status)


def _example(spec: dict[str, Any], responses: dict[str, Any], status: str) -> Any:
    response = responses.get(status) or responses.get(status.upper()) or {}
    while "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    for media in response.get("content", {}).values():
        if "example" in media:
            return media["example"]
        for example in media.get("examples", {}).values():
            return example.get("value")
    return None


def _mutations(example: Any, rng: random.Random, count: int) -> Iterator[Any]:
    paths = list(_paths(example, ()))
    for _ in range(count if paths else 0):
        body = copy.deepcopy(example)
        path = rng.choice(paths)
        parent = body
        for step in path[:-1]:
            parent = parent[step]
        action = rng.randrange(3)
        if action == 0 and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == 1:
            parent[path[-1]] = rng.choice(_ODD_VALUES)
        else:
            parent[path[-1]] = [parent[path[-1]]] if rng.random() < 0.5 else {"x": parent[path[-1]]}
        yield body


def _paths(node: Any, prefix: tuple[Any, ...]) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*prefix, index)
            yield from _paths(value, (*prefix, index))


def _parse(parser: Callable[[Any], Any], body: Any) -> None:
    with contextlib.suppress(DecodeError):  # the typed error: a call turns it into ResponseParseError
        parser(body)


PARSERS = list(_parsers())


def test_every_operation_has_parsers_to_fuzz() -> None:
    assert len(PARSERS) >= 40


@pytest.mark.parametrize(("parser", "example"), [(p, e) for _, p, e in PARSERS], ids=[i for i, _, _ in PARSERS])
def test_mutated_documented_bodies_give_only_typed_errors(parser: Callable[[Any], Any], example: Any) -> None:
    rng = random.Random(1128)
    for body in _mutations(example, rng, 60):
        _parse(parser, body)


@pytest.mark.parametrize("parser", [p for _, p, _ in PARSERS], ids=[i for i, _, _ in PARSERS])
@given(body=JSON)
def test_arbitrary_json_gives_only_typed_errors(parser: Callable[[Any], Any], body: Any) -> None:
    _parse(parser, body)
