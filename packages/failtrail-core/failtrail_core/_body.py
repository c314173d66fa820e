"""Request bodies checked against their spec before anything is sent, as parameters are.

The generation step reduces each request body's JSON Schema to the keywords checked here (``type``,
``required``, ``properties``, ``items``, ``enum``, ``minLength``/``maxLength``, ``minimum``/``maximum``,
``pattern``, and ``x-failtrail-secret`` to keep a value out of messages); :func:`check_body` walks the
data a call is about to send and raises :class:`RequestValidationError` naming the JSON path
(``$.client_id``) and the rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from ._exceptions import RequestValidationError

__all__ = ["check_body", "body_data"]

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (dict,),
    "null": (type(None),),
}


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def body_data(body: Any, what: str) -> Any:
    """``body.to_dict()`` for a model, the value itself otherwise; a model holding values of the wrong
    type (a string where an enum member belongs, ...) is refused before anything is sent."""
    to_dict = getattr(body, "to_dict", None)
    if to_dict is None:
        return body
    try:
        return to_dict()
    except (AttributeError, TypeError, ValueError) as error:
        raise RequestValidationError("$", "type", f"{what} holds a value of the wrong type ({error})") from None


def check_body(schema: Mapping[str, Any], value: Any, path: str = "$") -> None:
    """Raise :class:`RequestValidationError` at the first rule of ``schema`` that ``value`` breaks."""
    shown = "the value (secret, not shown)" if schema.get("secret") else repr(value)
    types = schema.get("type")
    if types is not None:
        allowed = (types,) if isinstance(types, str) else tuple(types)
        if not any(_is(value, kind) for kind in allowed):
            raise RequestValidationError(path, "type", f"must be {' or '.join(allowed)}, not {shown}")
    if value is None:
        return
    enum = schema.get("enum")
    if enum is not None and value not in enum:
        raise RequestValidationError(path, "enum", f"must be one of {', '.join(map(repr, enum))}, not {shown}")
    if isinstance(value, str):
        _check_text(schema, value, path, shown)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        _check_number(schema, value, path, shown)
    elif isinstance(value, dict):
        for key in schema.get("required", ()):
            if key not in value:
                raise RequestValidationError(f"{path}.{key}", "required", "is required")
        for key, inner in schema.get("properties", {}).items():
            if key in value:
                check_body(inner, value[key], f"{path}.{key}")
    elif isinstance(value, list | tuple) and "items" in schema:
        for index, item in enumerate(value):
            check_body(schema["items"], item, f"{path}[{index}]")


def _is(value: Any, kind: str) -> bool:
    if isinstance(value, bool):
        return kind == "boolean"
    return isinstance(value, _JSON_TYPES.get(kind, object))


def _check_text(schema: Mapping[str, Any], value: str, path: str, shown: str) -> None:
    low, high = schema.get("minLength"), schema.get("maxLength")
    if low is not None and len(value) < low:
        raise RequestValidationError(path, "minLength", f"must be at least {low} characters, not {len(value)}")
    if high is not None and len(value) > high:
        raise RequestValidationError(path, "maxLength", f"must be at most {high} characters, not {len(value)}")
    pattern = schema.get("pattern")
    if pattern is not None and _compiled(pattern).fullmatch(value) is None:
        raise RequestValidationError(path, "pattern", f"must match {pattern}, not {shown}")


def _check_number(schema: Mapping[str, Any], value: float, path: str, shown: str) -> None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and value < low:
        raise RequestValidationError(path, "minimum", f"must be >= {low}, not {shown}")
    if high is not None and value > high:
        raise RequestValidationError(path, "maximum", f"must be <= {high}, not {shown}")
