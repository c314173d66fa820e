"""Check a call's arguments against the spec's rules and put them on the wire.

Everything here runs before a request is built, so bad input never leaves the process.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from dataclasses import replace
from enum import Enum
from functools import lru_cache
from typing import Any

from ._exceptions import RequestValidationError
from ._operations import Operation, Param, TimeRange
from ._types import is_absent

__all__ = ["ParamMemory", "Wire", "serialize_params"]


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _shown(param: Param, value: object) -> str:
    return "<redacted>" if param.secret else repr(value)


def _check_string(param: Param, value: str) -> None:
    if param.max_length is not None and len(value) > param.max_length:
        raise RequestValidationError(
            param.name, "maxLength", f"must be at most {param.max_length} characters, got {len(value)}"
        )
    if param.min_length is not None and len(value) < param.min_length:
        raise RequestValidationError(
            param.name, "minLength", f"must be at least {param.min_length} characters, got {len(value)}"
        )
    if param.pattern is not None and _compiled(param.pattern).fullmatch(value) is None:
        hint = param.pattern_hint or f"must match {param.pattern}"
        bad = [c for c in value if _compiled(param.pattern).fullmatch(c) is None]
        detail = f" (offending character {bad[0]!r})" if bad and not param.secret else ""
        raise RequestValidationError(param.name, "pattern", f"{hint}{detail}; got {_shown(param, value)}")
    if param.enum is not None and value not in param.enum:
        raise RequestValidationError(
            param.name, "enum", f"must be one of {', '.join(param.enum)}; got {_shown(param, value)}"
        )


def _check_number(param: Param, value: object) -> None:
    expected: tuple[type, ...] = (int,) if param.kind == "integer" else (int, float)
    if isinstance(value, bool) or not isinstance(value, expected):
        raise RequestValidationError(param.name, "type", f"must be {param.kind}, got {type(value).__name__}")
    assert isinstance(value, int | float)
    if param.minimum is not None and value < param.minimum:
        raise RequestValidationError(param.name, "minimum", f"must be >= {param.minimum:g}, got {_shown(param, value)}")
    if param.maximum is not None and value > param.maximum:
        raise RequestValidationError(param.name, "maximum", f"must be <= {param.maximum:g}, got {_shown(param, value)}")


def _require_aware(name: str, value: _dt.datetime) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise RequestValidationError(
            name, "timezone", "must be timezone-aware (naive datetimes are ambiguous); use tzinfo=..."
        )


def _format_time(param: Param, value: object, offset: _dt.timedelta | None) -> str:
    if not isinstance(value, _dt.datetime):
        raise RequestValidationError(param.name, "type", f"must be a datetime, got {type(value).__name__}")
    _require_aware(param.name, value)
    if param.time_utc:
        value = value.astimezone(_dt.UTC)
    elif offset is not None:
        value = value.astimezone(_dt.timezone(offset))
    if param.time_format is None:
        return value.isoformat()
    utcoffset = value.utcoffset()
    if "%z" in param.time_format and utcoffset is not None and utcoffset % _dt.timedelta(minutes=1):
        raise RequestValidationError(
            param.name, "timezone", f"offset {utcoffset} has seconds, which the wire format cannot carry"
        )
    text = value.strftime(param.time_format)
    if param.pattern is not None and _compiled(param.pattern).fullmatch(text) is None:  # e.g. a year before 1000
        raise RequestValidationError(param.name, "pattern", f"{text!r} does not fit the wire format {param.pattern}")
    return text


# OpenAPI 3 parameter styles that put an array's items in one value, and what they join them with.
_JOINED_BY = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def _serialize(param: Param, value: object, offset: _dt.timedelta | None = None) -> str | list[str]:
    """Validate one value and turn it into its wire text; a list is one query pair per item (explode)."""
    if param.kind == "array":
        items = _array_items(param, value, offset)
        if param.explode and param.location == "query":
            return items  # OpenAPI style form, explode true: ``name=1&name=2``; no item, no pair
        return _joined(param, items, _JOINED_BY[param.style or "simple"])
    if param.list_separator is not None and isinstance(value, list | tuple):
        return _joined(param, [_serialize_scalar(param, v, offset) for v in value], param.list_separator)
    return _serialize_scalar(param, value, offset)


def _array_items(param: Param, value: object, offset: _dt.timedelta | None) -> list[str]:
    """Each item checked against the item rules; a refusal names the item as ``name[index]``."""
    if not isinstance(value, list | tuple):
        raise RequestValidationError(param.name, "type", f"must be a list, got {type(value).__name__}")
    if param.min_items is not None and len(value) < param.min_items:
        raise RequestValidationError(
            param.name, "minItems", f"must have at least {param.min_items} items, got {len(value)}"
        )
    if param.max_items is not None and len(value) > param.max_items:
        raise RequestValidationError(
            param.name, "maxItems", f"must have at most {param.max_items} items, got {len(value)}"
        )
    item = _item_param(param)
    texts = []
    for index, each in enumerate(value):
        try:
            texts.append(_serialize_scalar(item, each, offset))
        except RequestValidationError as exc:
            detail = str(exc).removeprefix(f"{param.name}: ")
            raise RequestValidationError(f"{param.name}[{index}]", exc.rule, detail) from None
    return texts


@lru_cache(maxsize=64)
def _item_param(param: Param) -> Param:
    """The rules of one item: the array's, with the item kind (built once, not per item)."""
    return replace(param, kind=param.item_kind or "string")


def _joined(param: Param, items: list[str], separator: str) -> str:
    """One value for all items: an item holding the separator would reach the server as two."""
    for index, text in enumerate(items):
        if separator in text:
            raise RequestValidationError(
                f"{param.name}[{index}]", "separator", f"must not contain {separator!r}, which separates the items"
            )
    return separator.join(items)


def _serialize_scalar(param: Param, value: object, offset: _dt.timedelta | None) -> str:
    if param.kind == "date-time":
        return _format_time(param, value, offset)
    if param.kind in ("integer", "number"):
        _check_number(param, value)
        return str(value)
    if param.kind == "boolean":
        if not isinstance(value, bool):
            raise RequestValidationError(param.name, "type", f"must be a bool, got {type(value).__name__}")
        return "true" if value else "false"
    if hasattr(value, "value") and isinstance(value.value, str):  # an enum member
        value = value.value
    if not isinstance(value, str):
        raise RequestValidationError(param.name, "type", f"must be a string, got {type(value).__name__}")
    _check_string(param, value)
    return value


def _check_time_range(op: Operation, values: Mapping[str, Any]) -> _dt.timedelta | None:
    """Refuse an end before its start; return the offset both must go out in, if the spec says so."""
    tr = op.time_range
    if tr is None:
        return None
    start, end = values.get(tr.start), values.get(tr.end)
    if not isinstance(start, _dt.datetime) or not isinstance(end, _dt.datetime):
        return None
    for name, value in ((tr.start, start), (tr.end, end)):
        _require_aware(name, value)
    if start > end:
        raise RequestValidationError(
            tr.start, "time-range", f"{tr.start} ({start.isoformat()}) is after {tr.end} ({end.isoformat()})"
        )
    return start.utcoffset() if tr.same_offset else None


Wire = tuple[dict[str, str], dict[str, str | list[str]], dict[str, str]]
"""A call's arguments on the wire: (path, query, header) values by wire name."""


def serialize_params(op: Operation, values: Mapping[str, Any], defaults: Mapping[str, Any]) -> Wire:
    """Validate every argument and split them into (path, query, header) wire values.

    A query value that is a list goes out as the name repeated, once per item (httpx's ``params``).

    Args:
        op: the operation being called.
        values: the call's arguments by wire name; ``None`` or UNSET means "not given".
        defaults: the client's options by python option name (e.g. ``track_id``).
    """
    return _split(op, _Call.made(op, values, defaults, None).texts)


class ParamMemory:
    """:func:`serialize_params` that remembers each operation's last call (one per client).

    A walk sends every argument but its position again with each page: an argument given the same object
    as last time, of a type that cannot change in place (text, numbers, times, enum members), is not checked
    and encoded again; its text from the last call is used. What changed goes through the same checks as in
    a first call, and so does a time range either of whose ends changed. Measured on a Zuora page request,
    the checks and encoding of its five arguments were about a third of building the request.
    """

    def __init__(self) -> None:
        self._last: dict[str, _Call] = {}  # by operation id; replaced whole, so threads may share it

    def serialize(self, op: Operation, values: Mapping[str, Any], defaults: Mapping[str, Any]) -> Wire:
        last = self._last.get(op.operation_id)
        call = _Call.made(op, values, defaults, last if last is not None and last.op is op else None)
        self._last[op.operation_id] = call
        return _split(op, call.texts)


class _Call:
    """One call's arguments: their values (a client's default included) and their wire texts, by wire name."""

    __slots__ = ("merged", "offset", "op", "texts")

    def __init__(
        self, op: Operation, merged: dict[str, Any], texts: dict[str, str | list[str]], offset: _dt.timedelta | None
    ) -> None:
        self.op = op  # the rules the texts were made by
        self.merged = merged
        self.texts = texts
        self.offset = offset

    @classmethod
    def made(cls, op: Operation, values: Mapping[str, Any], defaults: Mapping[str, Any], last: _Call | None) -> _Call:
        merged: dict[str, Any] = {}
        for param in op.params:
            value = values.get(param.name)
            if is_absent(value) and param.client_option is not None:
                value = defaults.get(param.client_option)
            if is_absent(value):
                if param.required:
                    raise RequestValidationError(param.name, "required", "is required")
                continue
            merged[param.name] = value
        tr = op.time_range
        if last is None or last.merged.keys() != merged.keys() or (tr is not None and not _kept(last, merged, tr)):
            offset = _check_time_range(op, merged)
            return cls(op, merged, {name: _text(op, name, value, offset) for name, value in merged.items()}, offset)
        texts: dict[str, str | list[str]] = {}
        for name, value in merged.items():
            kept = value is last.merged[name] and (type(value) in _UNCHANGING or isinstance(value, Enum))
            texts[name] = last.texts[name] if kept else _text(op, name, value, last.offset)
        return cls(op, merged, texts, last.offset)


def _kept(last: _Call, merged: dict[str, Any], tr: TimeRange) -> bool:
    """Whether both ends of the time range are the objects of the last call (times cannot change in place)."""
    return merged.get(tr.start) is last.merged.get(tr.start) and merged.get(tr.end) is last.merged.get(tr.end)


def _text(op: Operation, name: str, value: Any, offset: _dt.timedelta | None) -> str | list[str]:
    """One argument checked and put in its wire text (a header's checked as a header value too)."""
    param = op.by_name[name]
    tr = op.time_range
    text = _serialize(param, value, offset if tr is not None and name in (tr.start, tr.end) else None)
    if param.location == "header" and isinstance(text, str):  # only a query parameter repeats its name
        _check_header_text(param, text)
    return text


def _split(op: Operation, texts: Mapping[str, str | list[str]]) -> Wire:
    path: dict[str, str] = {}
    query: dict[str, str | list[str]] = {}
    headers: dict[str, str] = {}
    for name, text in texts.items():
        location = op.by_name[name].location
        if location == "query":
            query[name] = text
        elif isinstance(text, str):  # only a query parameter repeats its name (an array is joined elsewhere)
            (headers if location == "header" else path)[name] = text
    return path, query, headers


_UNCHANGING = frozenset((str, int, float, bool, type(None), _dt.datetime, _dt.date))


def _check_header_text(param: Param, text: str) -> None:
    """A header value must be printable ASCII: CR or LF would split the header (and inject another), a
    non-ASCII character fail inside httpx after the call was counted as sent."""
    bad = next((c for c in text if not (" " <= c <= "~" or c == "\t")), None)
    if bad is not None:
        detail = "" if param.secret else f" (offending character {bad!r})"
        raise RequestValidationError(param.name, "header-value", f"must be printable ASCII{detail}")
