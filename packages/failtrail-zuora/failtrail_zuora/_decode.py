"""Small, fast helpers the generated ``from_dict`` methods call.

Parsing is on the hot path (a page of records at a time), so the generated code checks types
inline and only calls in here for the conversions and for the error path.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, NoReturn

from ._exceptions import FailtrailError

__all__ = ["DecodeError", "bad_type", "first_model", "parse_date", "parse_datetime", "parse_int_string"]

_JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean", list: "array", dict: "object"}


class DecodeError(FailtrailError, ValueError):
    """A value does not match the spec; ``path`` says where (``$.data[2].latency``).

    Raised by a model's ``from_dict``; a call wraps it in ``ResponseParseError`` with the response.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def within(self, prefix: str) -> DecodeError:
        """The same error, seen from an enclosing object or list."""
        return DecodeError(prefix + self.path[1:], self.reason)


def bad_type(path: str, expected: str, value: Any) -> NoReturn:
    """Raise the error for a value of the wrong JSON type."""
    got = "null" if value is None else _JSON_TYPES.get(type(value), type(value).__name__)
    raise DecodeError(path, f"expected {expected}, got {got}")


def parse_datetime(value: Any, path: str) -> _dt.datetime:
    """An RFC 3339 timestamp (``Z`` and any number of fractional digits accepted)."""
    if type(value) is not str:
        bad_type(path, "date-time string", value)
    try:
        return _dt.datetime.fromisoformat(value)
    except ValueError:
        raise DecodeError(path, f"invalid date-time {value[:40]!r}") from None


def parse_date(value: Any, path: str) -> _dt.date:
    """An ISO 8601 date."""
    if type(value) is not str:
        bad_type(path, "date string", value)
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise DecodeError(path, f"invalid date {value[:40]!r}") from None


def parse_int_string(value: Any, path: str) -> int:
    """A 64-bit integer that the API sends as a JSON string (protobuf's uint64/int64)."""
    if type(value) is int:
        return value
    if type(value) is str and value.lstrip("-").isdigit():
        return int(value)
    bad_type(path, "integer string", value)


def first_model(value: dict[str, Any], parsers: tuple[Any, ...], path: str) -> Any:
    """The first of several object shapes (a ``oneOf``/``anyOf``) that the value fits."""
    last: DecodeError | None = None
    for parse in parsers:
        try:
            return parse(value)
        except DecodeError as exc:
            last = exc
    assert last is not None
    raise last.within(path)
