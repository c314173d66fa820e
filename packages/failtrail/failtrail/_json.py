"""A FailureRecord as JSON: one JSON Lines line (:func:`json_line`), JSON-ready data (:func:`to_json`), a CSV row.

:func:`json_line` hands the whole record to orjson (the record is a dataclass; a vendor's attrs model
is turned into its ``to_dict()`` by the ``default`` hook), a few microseconds a record. orjson refuses
nesting deeper than 254 levels, while the vendor packages read (with ``orjson.loads``) up to 1,024:
such a record, and anything else orjson refuses, is written by :func:`_deep_line`, a loop with no
recursion limit that gives the same bytes.
"""

from __future__ import annotations

import dataclasses
import json
import operator
from collections.abc import Iterator
from datetime import date, datetime
from enum import Enum
from typing import Any

import orjson

from ._record import FailureRecord

__all__ = ["FIELDS", "json_line", "row_cells", "to_json", "to_row"]

FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(FailureRecord) if f.name != "record")
"""The flat fields, in the schema's order (CSV columns); ``record`` is only in JSON."""

_FLAT = operator.attrgetter(*FIELDS)
_WHEN = FIELDS.index("when")
_OPTIONS = orjson.OPT_UTC_Z | orjson.OPT_NON_STR_KEYS | orjson.OPT_APPEND_NEWLINE
"""``when`` ends in ``Z`` (RFC 3339, as :func:`to_json` writes it); keys are strings whatever the model used."""


def json_line(record: FailureRecord, *, secrets: bool = False) -> bytes:
    """The record as one line of JSON Lines (UTF-8, ``\\n`` at the end), as :func:`to_json` describes it."""
    try:
        return orjson.dumps(record, default=_with_secrets if secrets else _default, option=_OPTIONS)
    except orjson.JSONEncodeError as error:  # too deep for orjson, a lone surrogate, an integer beyond 64 bits
        _raise_the_hooks_own(error)
        return _deep_line(record, secrets)


def _raise_the_hooks_own(error: orjson.JSONEncodeError) -> None:
    """orjson wraps whatever ``default`` raised, Ctrl-C and SIGTERM included: that is no refusal, raise it."""
    if error.__cause__ is not None:
        raise error.__cause__


def to_json(record: FailureRecord, *, secrets: bool = False) -> dict[str, Any]:
    """The record as the JSON Schema describes it: ``when`` in RFC 3339 (``Z``), ``record`` as the vendor's JSON,
    with every field its spec marks secret as ``"<redacted>"`` unless ``secrets`` is true."""
    data: dict[str, Any] = {name: getattr(record, name) for name in FIELDS}
    data["when"] = _iso(record.when)
    data["record"] = vendor_json(record.record, secrets=secrets)
    return data


def to_row(record: FailureRecord) -> dict[str, str]:
    """The flat fields as CSV cells: empty for null (the vendor's record is not serialised: it is not a column)."""
    return {name: "" if value is None else str(value) for name, value in zip(FIELDS, row_cells(record), strict=True)}


def row_cells(record: FailureRecord) -> list[Any]:
    """The flat fields in the order of :data:`FIELDS`, ``when`` in RFC 3339 and the rest as they are: what a CSV
    writer takes, which writes None as an empty cell and anything else as its ``str()``, as :func:`to_row` does."""
    cells = list(_FLAT(record))
    cells[_WHEN] = _iso(record.when)
    return cells


def vendor_json(value: Any, *, secrets: bool = False) -> Any:
    """A vendor model as JSON-ready data: its secrets redacted (``to_redacted_dict()``) unless ``secrets``,
    fields for a dataclass row."""
    if hasattr(value, "to_dict"):
        return _plain(_model(value, secrets))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return _plain(value)


def _model(value: Any, secrets: bool) -> Any:
    """A vendor's attrs model as its JSON: the fields its spec marks secret redacted, unless asked for. (A model
    that can hold no secret pays nothing for that: its class says which fields to look into, none.)"""
    if not secrets and hasattr(value, "to_redacted_dict"):
        return value.to_redacted_dict()
    return value.to_dict()


def _default(value: Any) -> Any:
    """What orjson does not know: a vendor's attrs model (its own JSON, secrets redacted)."""
    if hasattr(value, "to_dict"):
        return _model(value, secrets=False)
    raise TypeError(f"cannot write a {type(value).__name__} as JSON")


def _with_secrets(value: Any) -> Any:
    """:func:`_default`, keeping the fields the specs mark secret (``--include-secrets``)."""
    if hasattr(value, "to_dict"):
        return _model(value, secrets=True)
    raise TypeError(f"cannot write a {type(value).__name__} as JSON")


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


# -- the slow path: any depth ------------------------------------------------------------------------


def _deep_line(record: FailureRecord, secrets: bool = False) -> bytes:
    """What :func:`json_line` gives, built by a loop over an explicit stack (no recursion, so no depth limit)."""
    return b"".join(_pieces(record, secrets)) + b"\n"


def _pieces(value: Any, secrets: bool = False) -> Iterator[bytes]:
    stack: list[Iterator[Any]] = [iter((value,))]
    closers: list[bytes] = [b""]
    while stack:
        item = next(stack[-1], _END)
        if item is _END:
            stack.pop()
            yield closers.pop()
            continue
        if isinstance(item, _Key):
            yield item.encoded
            continue
        item = _container(item, secrets)
        if isinstance(item, dict):
            yield b"{"
            stack.append(_members(item))
            closers.append(b"}")
        elif isinstance(item, list | tuple):
            yield b"["
            stack.append(_elements(item))
            closers.append(b"]")
        else:
            yield _scalar(item)


_END = object()


@dataclasses.dataclass(frozen=True, slots=True)
class _Key:
    encoded: bytes


def _members(mapping: dict[Any, Any]) -> Iterator[Any]:
    for index, (key, value) in enumerate(mapping.items()):
        yield _Key((b"," if index else b"") + _scalar(_key(key)) + b":")
        yield value


def _elements(items: list[Any] | tuple[Any, ...]) -> Iterator[Any]:
    for index, value in enumerate(items):
        if index:
            yield _Key(b",")
        yield value


def _container(value: Any, secrets: bool = False) -> Any:
    """A dataclass (the record, Workato's row) or an attrs model as the dict orjson would write for it."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if hasattr(value, "to_dict"):
        return _model(value, secrets)
    return value


def _key(key: Any) -> str:
    """A key as orjson's ``OPT_NON_STR_KEYS`` writes it."""
    if isinstance(key, str):
        return key
    if isinstance(key, Enum):
        return _key(key.value)
    if isinstance(key, bool) or key is None:
        return json.dumps(key)
    if isinstance(key, datetime | date):
        return orjson.dumps(key, option=_OPTIONS).decode()[1:-2]
    return str(key)


def _scalar(value: Any) -> bytes:
    try:
        return orjson.dumps(value, default=_default, option=orjson.OPT_UTC_Z)
    except orjson.JSONEncodeError as error:
        _raise_the_hooks_own(error)
        if isinstance(value, int):  # beyond 64 bits: still a JSON number
            return str(int(value)).encode()
        if isinstance(value, str):  # a lone surrogate: kept, escaped
            return json.dumps(value).encode()
        raise
