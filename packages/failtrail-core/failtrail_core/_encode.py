"""One value of a model as JSON-ready data: what every generated ``to_dict()`` calls for a field."""

from __future__ import annotations

import datetime
from enum import Enum
from typing import Any
from uuid import UUID

_PLAIN = frozenset((str, int, float, bool, type(None)))


def encode(value: Any) -> Any:
    """``value`` as JSON would carry it: models by their ``to_dict()``, enums by value, times in ISO 8601.

    Written once here rather than per field kind in every model: a field's Python type (an enum, a
    model, a list of either, a union) decides, and unknown enum values (plain strings) pass through.
    """
    kind = type(value)
    if kind in _PLAIN:
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {key: encode(item) for key, item in value.items()}
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value
