"""A FailureRecord as JSON-ready data (the vendor's record serialised) and as a flat CSV row."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from enum import Enum
from typing import Any

from ._record import FailureRecord

__all__ = ["FIELDS", "to_json", "to_row"]

FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(FailureRecord) if f.name != "record")
"""The flat fields, in the schema's order (CSV columns); ``record`` is only in JSON."""


def to_json(record: FailureRecord) -> dict[str, Any]:
    """The record as the JSON Schema describes it: ``when`` in RFC 3339 (``Z``), ``record`` as the vendor's JSON."""
    data: dict[str, Any] = {name: getattr(record, name) for name in FIELDS}
    data["when"] = _iso(record.when)
    data["record"] = vendor_json(record.record)
    return data


def to_row(record: FailureRecord) -> dict[str, str]:
    """The flat fields as CSV cells: empty for null (the vendor's record is not serialised: it is not a column)."""
    cells = {name: "" if getattr(record, name) is None else str(getattr(record, name)) for name in FIELDS}
    cells["when"] = _iso(record.when)
    return cells


def vendor_json(value: Any) -> Any:
    """A vendor model as JSON-ready data: ``to_dict()`` for the attrs models, fields for a dataclass row."""
    if hasattr(value, "to_dict"):
        return _plain(value.to_dict())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return _plain(value)


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
