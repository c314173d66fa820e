"""Check every ``x-failtrail-*`` extension in a spec before anything is generated.

An unknown extension (a typo), one in the wrong place, or a value of the wrong shape fails the
generation step with its JSON path, instead of being silently ignored by the templates. Each
extension is declared once in :data:`EXTENSIONS`: where it may stand and what its value must be.
specs/README.md documents the same table for people.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

__all__ = ["EXTENSIONS", "check_extensions", "check_model_names"]

Check = Callable[[Any], str | None]
"""Returns what is wrong with a value, or None."""

_PREFIX = "x-failtrail-"
_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options"})


def _one_of(*allowed: object) -> Check:
    return lambda value: None if value in allowed else f"must be one of {', '.join(map(repr, allowed))}"


def _list_of(*allowed: object) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, list) and value and all(item in allowed for item in value):
            return None
        return f"must be a non-empty list of {', '.join(map(repr, allowed))}"

    return check


def _boolean(value: Any) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def _list(value: Any) -> str | None:
    return None if isinstance(value, list) else "must be a list"


def _text(value: Any) -> str | None:
    return None if isinstance(value, str) and value else "must be a non-empty string"


def _identifier(value: Any) -> str | None:
    return None if isinstance(value, str) and value.isidentifier() else "must be a Python identifier"


def _pointers(value: Any) -> str | None:
    items = [value] if isinstance(value, str) else value
    if isinstance(items, list) and items and all(isinstance(p, str) and p.startswith("/") for p in items):
        return None
    return "takes JSON Pointers such as /message (one, or a list)"


def _mapping(required: dict[str, Check], optional: dict[str, Check]) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, dict):
            return "must be a mapping"
        unknown = sorted(set(value) - set(required) - set(optional))
        if unknown:
            return f"unknown key(s) {', '.join(unknown)}; known: {', '.join([*required, *optional])}"
        missing = sorted(set(required) - set(value))
        if missing:
            return f"missing key(s) {', '.join(missing)}"
        for key, value_check in {**required, **optional}.items():
            if key in value and (problem := value_check(value[key])) is not None:
                return f"{key} {problem}"
        return None

    return check


_NULLABLE_TEXT: Check = lambda value: None if value is None else _text(value)  # noqa: E731
_PAGINATION_KEYS: dict[str, Check] = {
    "items": _NULLABLE_TEXT,
    "page-param": _text,
    "size-param": _text,
    "cursor-param": _text,
    "next-field": _text,
    "next-item-field": _text,
    "end-values": _list,
    "advance": _one_of("next-field", "item-count"),
}
_NEEDS: dict[str, tuple[str, ...]] = {
    "page": ("page-param",),
    "cursor": ("cursor-param",),
    "offset": ("cursor-param",),
    "none": (),
}


def _pagination(value: Any) -> str | None:
    problem = _mapping({"scheme": _one_of(*_NEEDS)}, _PAGINATION_KEYS)(value)
    if problem is not None:
        return problem
    missing = [key for key in _NEEDS[value["scheme"]] if key not in value]
    if missing:
        return f"scheme {value['scheme']} needs {', '.join(missing)}"
    if "advance" in value and value["scheme"] != "offset":
        return "advance applies to the offset scheme only"
    if "next-item-field" in value and value["scheme"] != "cursor":
        return "next-item-field applies to the cursor scheme only"
    if value["scheme"] in ("cursor", "offset") and ("next-field" in value) == ("next-item-field" in value):
        return f"scheme {value['scheme']} needs next-field or next-item-field (one of them)"
    return None


def _pointer(value: Any) -> str | None:
    return None if isinstance(value, str) and (value == "" or value.startswith("/")) else "must be a JSON Pointer"


def _members(value: Any) -> str | None:
    if isinstance(value, dict) and value and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        return None
    return "must map member names to the strings they hold"


_DELAY_RULE = _mapping(
    {"pointer": _pointer},
    {
        "match": _members,
        "value": _pointer,
        "unit": _one_of("seconds", "milliseconds"),
    },
)


def _retry_delay(value: Any) -> str | None:
    """One rule or a list of them (first found wins); ``match`` finds a list's entry, ``value`` the wait in it."""
    rules = value if isinstance(value, list) else [value]
    if not rules:
        return "takes a rule or a non-empty list of them"
    for index, rule in enumerate(rules):
        where = f"[{index}] " if isinstance(value, list) else ""
        if (problem := _DELAY_RULE(rule)) is not None:
            return where + problem
        if ("match" in rule) != ("value" in rule):
            return where + "match and value go together (the entry to find, and where in it the wait is)"
    return None


def _token_format(value: Any) -> str | None:
    return None if isinstance(value, str) and "{token}" in value else "must be a string holding {token}"


OPERATION, PARAMETER, PROPERTY, SCHEMA, HEADER, RESPONSE, SECURITY, TOP = (
    "operation",
    "parameter",
    "schema property",
    "schema",
    "response header",
    "response",
    "security scheme",
    "top level",
)

EXTENSIONS: dict[str, tuple[frozenset[str], Check]] = {
    "x-failtrail-pagination": (frozenset({OPERATION}), _pagination),
    "x-failtrail-retry-safe": (frozenset({OPERATION}), _boolean),
    "x-failtrail-time-range": (
        frozenset({OPERATION}),
        _mapping({"start": _text, "end": _text}, {"same-offset": _boolean}),
    ),
    "x-failtrail-time-format": (frozenset({PARAMETER}), _text),
    "x-failtrail-transport": (frozenset({PARAMETER}), _one_of(True)),
    "x-failtrail-time-zone": (frozenset({PARAMETER}), _one_of("utc")),
    "x-failtrail-client-option": (frozenset({PARAMETER}), _identifier),
    "x-failtrail-list-separator": (frozenset({PARAMETER}), _text),
    "x-failtrail-pattern-hint": (frozenset({PARAMETER, PROPERTY}), _text),
    "x-failtrail-secret": (frozenset({PARAMETER, PROPERTY}), _one_of(True)),
    "x-failtrail-decode": (frozenset({PROPERTY}), _one_of("int")),
    "x-failtrail-naive-time": (frozenset({PROPERTY}), _one_of("utc")),
    "x-failtrail-error-message": (frozenset({SCHEMA}), _pointers),
    "x-failtrail-request-id": (frozenset({HEADER}), _one_of(True)),
    "x-failtrail-token-format": (frozenset({SECURITY}), _token_format),
    "x-failtrail-token-expires-in": (frozenset({SECURITY}), _one_of("string", "number")),
    "x-failtrail-credentials-in": (frozenset({SECURITY}), _one_of("form", "basic")),
    "x-failtrail-token-path-default": (frozenset({SECURITY}), _text),
    "x-failtrail-signature": (
        frozenset({SECURITY}),
        _mapping({"scheme": _one_of("aws-sigv4"), "service": _text, "region": _text}, {}),
    ),
    "x-failtrail-rate-limit-reset-header": (frozenset({TOP}), _text),
    "x-failtrail-key-case": (frozenset({TOP}), _one_of("insensitive")),
    "x-failtrail-key-spellings": (frozenset({TOP}), _list_of("camelCase")),
    "x-failtrail-retry-delay": (frozenset({RESPONSE}), _retry_delay),
}


def _place(path: tuple[str, ...]) -> str:
    """What kind of object sits at ``path`` in an OpenAPI document."""
    if not path:
        return TOP
    if len(path) == 3 and path[0] == "paths" and path[2] in _METHODS:
        return OPERATION
    if (len(path) >= 2 and path[-2] == "parameters") or path[:2] == ("components", "parameters"):
        return PARAMETER
    if len(path) >= 2 and path[-2] == "properties":
        return PROPERTY
    if len(path) >= 2 and path[-2] == "headers":
        return HEADER
    if len(path) == 3 and path[:2] == ("components", "securitySchemes"):
        return SECURITY
    if (len(path) == 3 and path[:2] == ("components", "responses")) or (
        len(path) == 5 and path[0] == "paths" and path[3] == "responses"
    ):
        return RESPONSE
    return SCHEMA


def _walk(node: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and key.startswith(_PREFIX):
                yield path, key, value
            elif key not in ("example", "examples"):  # samples are data, not spec
                yield from _walk(value, (*path, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*path, str(index)))


def check_extensions(data: dict[str, Any]) -> list[str]:
    """Every problem with the document's ``x-failtrail-*`` extensions, each naming its JSON path."""
    problems = []
    for path, name, value in _walk(data, ()):
        where = "/".join(path) or "(top level)"
        declared = EXTENSIONS.get(name)
        if declared is None:
            close = [known for known in EXTENSIONS if _similar(known, name)]
            hint = f"; did you mean {close[0]}?" if close else ""
            problems.append(f"{where}: unknown extension {name}{hint}")
            continue
        places, check = declared
        place = _place(path)
        if place not in places:
            problems.append(f"{where}: {name} belongs on a {' or '.join(sorted(places))}, not a {place}")
        elif (problem := check(value)) is not None:
            problems.append(f"{where}: {name} {problem}")
    return problems


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.removeprefix(_PREFIX))


def _similar(a: str, b: str) -> bool:
    """A near miss: the same letters, or at most two different or missing ones."""
    x, y = _letters(a), _letters(b)
    return x == y or (abs(len(x) - len(y)) <= 2 and sum(c1 != c2 for c1, c2 in zip(x, y, strict=False)) <= 2)


_CORE_EXCEPTIONS = Path(__file__).resolve().parents[2] / "packages/failtrail-core/failtrail_core/_exceptions.py"


def check_model_names(data: dict[str, Any]) -> list[str]:
    """Schemas whose model would share a name with one of failtrail-core's exceptions (``models.RateLimitError``
    beside ``RateLimitError`` reads as the same thing and is not)."""
    tree = ast.parse(_CORE_EXCEPTIONS.read_text())
    exported = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets)
    )
    names = {*exported, "DecodeError", "FailtrailError"}
    return [
        f"components/schemas/{name}: a model named {name} would shadow failtrail_core.{name};"
        f" rename the schema (e.g. {name}Body) and keep its title"
        for name in data.get("components", {}).get("schemas", {})
        if name in names
    ]
