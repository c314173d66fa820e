"""Small, fast helpers the generated ``from_dict`` methods call.

Parsing is on the hot path (a page of records at a time), so the generated code checks types
inline and only calls in here for the conversions and for the error path.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any, NoReturn

from ._exceptions import FailtrailError

__all__ = [
    "SAFE_DIGITS",
    "DecodeError",
    "OneOf",
    "bad_datetime",
    "as_utc",
    "bad_type",
    "canonical_keys",
    "drifted",
    "from_isoformat",
    "parse_date",
    "parse_int_string",
]

_JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean", list: "array", dict: "object"}


class DecodeError(FailtrailError, ValueError):
    """A value does not match the spec; ``path`` says where (``$.data[2].latency``).

    Raised by a model's ``from_dict``; a call wraps it in ``ResponseParseError`` with the response.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path: str = path
        self.reason: str = reason

    def within(self, prefix: str) -> DecodeError:
        """The same error, seen from an enclosing object or list."""
        return DecodeError(prefix + self.path[1:], self.reason)


def bad_type(path: str, expected: str, value: Any) -> NoReturn:
    """Raise the error for a value of the wrong JSON type."""
    got = "null" if value is None else _JSON_TYPES.get(type(value), type(value).__name__)
    raise DecodeError(path, f"expected {expected}, got {got}")


# Bound once: the generated models parse timestamps inline with it, then refuse one without an
# offset (RFC 3339 requires one; a naive datetime would silently take the caller's local time zone).
from_isoformat = _dt.datetime.fromisoformat


_INTEGER = re.compile(r"-?[0-9]{1,19}")


def drifted(value: Any, kind: str, path: str, expected: str) -> Any:
    """Accept lossless type drift, or raise the type error.

    A number where the spec declares a string becomes its text; a string of digits (or a whole
    float) where it declares an integer becomes the integer. Vendors drift like this between
    endpoints and versions (Zuora's ``http_status``), and nothing is lost by reading it; anything
    else (a boolean, an object, ``"12a"``) is still a :class:`DecodeError` at ``path``.
    """
    value_type = type(value)
    if kind == "str" and (value_type is int or value_type is float):
        return str(value)
    if kind == "int":
        if value_type is str and _INTEGER.fullmatch(value):
            return int(value)
        if value_type is float and value.is_integer():
            return int(value)
    bad_type(path, expected, value)


def canonical_keys(data: Any, shape: Any) -> Any:
    """``data`` with the keys the spec declares spelled as the spec spells them, matched case-blind
    (``items`` -> ``Items``), for vendors whose documented and observed spellings differ
    (``x-failtrail-key-case: insensitive``).

    ``shape`` says where declared names stand: ``("o", {lower: (Name, inner shape)})`` for an object,
    ``("a", inner shape)`` for an array, None below (a free-form map's keys are data: never touched).
    Changes ``data`` (just decoded, the caller's own) in place, with an explicit stack: no recursion limit.
    What to do with an object depends only on its keys, so that is worked out once per key tuple
    (records of one kind share theirs): most objects then cost one lookup, not a ``lower()`` per key.
    """
    stack: list[tuple[Any, Any]] = [(data, shape)]
    while stack:
        node, where = stack.pop()
        if where is None:
            continue
        kind, inner = where
        if kind == "a" and type(node) is list:
            stack.extend([(item, inner) for item in node])
        elif kind == "o" and type(node) is dict:
            keys = tuple(node)
            entry = _steps.get((id(inner), keys))
            if entry is None:
                entry = _remember((id(inner), keys), (inner, _key_steps(inner, keys)))
            for key, name, below in entry[1]:
                value = node[key]
                if name is not None:
                    del node[key]
                    node[name] = value
                if below is not None:
                    stack.append((value, below))
    return data


_STEPS_MAX = 1024  # a bound, so that an API sending ever-new keys cannot grow the table without end
# (id of a shape's name table, an object's keys) -> (that table, kept so the id stays its own; the steps)
_steps: dict[tuple[int, tuple[Any, ...]], tuple[Any, tuple[tuple[Any, str | None, Any], ...]]] = {}


def _remember(at: tuple[int, tuple[Any, ...]], entry: Any) -> Any:
    if len(_steps) >= _STEPS_MAX:
        _steps.clear()
    _steps[at] = entry
    return entry


def _key_steps(inner: dict[str, Any], keys: tuple[Any, ...]) -> tuple[tuple[Any, str | None, Any], ...]:
    """For an object with these keys: each declared key to rename (to its spelling) or to descend into.

    A key is renamed only when the declared spelling is not taken already, as the keys come.
    """
    present = set(keys)
    steps = []
    for key in keys:
        found = inner.get(key.lower()) if type(key) is str else None
        if found is None:
            continue
        name, below = found
        renamed = name if name != key and name not in present else None
        if renamed is not None:
            present.discard(key)
            present.add(renamed)
        if renamed is not None or below is not None:
            steps.append((key, renamed, below))
    return tuple(steps)


def as_utc(moment: _dt.datetime) -> _dt.datetime:
    """A time without an offset from a vendor whose spec says its times are UTC (``x-failtrail-naive-time: utc``)."""
    return moment.replace(tzinfo=_dt.UTC)


def bad_datetime(value: Any, path: str) -> NoReturn:
    """Raise the error for a value that is not an RFC 3339 timestamp (or one read without its offset)."""
    if isinstance(value, _dt.datetime):
        raise DecodeError(path, f"date-time without a UTC offset {value.isoformat()!r}")
    if type(value) is not str:
        bad_type(path, "date-time string", value)
    raise DecodeError(path, f"invalid date-time {value[:40]!r}")


def parse_date(value: Any, path: str) -> _dt.date:
    """An ISO 8601 date."""
    if type(value) is not str:
        bad_type(path, "date string", value)
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise DecodeError(path, f"invalid date {value[:40]!r}") from None


_INT_RANGES = {"int64": (-(2**63), 2**63 - 1), "uint64": (0, 2**64 - 1), "int32": (-(2**31), 2**31 - 1)}
# Fewer ASCII digits than this always fit the format: the generated models' fast path tests it,
# and sends everything else (signs, long or odd strings, unknown formats) to parse_int_string.
SAFE_DIGITS = {name: len(str(high)) for name, (_, high) in _INT_RANGES.items()}


def parse_int_string(value: Any, path: str, format: str = "int64") -> int:
    """A 64-bit integer that the API sends as a JSON string (protobuf's uint64/int64).

    Only ASCII decimal digits (and a leading ``-`` where the format is signed) count: ``int()``
    alone would take ``" 12"``, ``"1_000"`` and other scripts' digits.
    """
    low, high = _INT_RANGES.get(format, _INT_RANGES["int64"])
    if type(value) is str:
        digits = value[1:] if value[:1] == "-" and low < 0 else value
        if not (digits.isascii() and digits.isdigit()):
            raise DecodeError(path, f"expected {format} string, got {value[:40]!r}")
        number = int(value)
    elif type(value) is int:
        number = value
    else:
        bad_type(path, f"{format} string", value)
    if not low <= number <= high:
        raise DecodeError(path, f"{number} is out of range for {format}")
    return number


_FITTING_MAX = 256  # per oneOf: a bound, so that an API sending ever-new keys cannot grow it without end


class OneOf:
    """Parses an object as the first of several shapes (a ``oneOf``/``anyOf``) that it fits.

    Shapes whose required fields are not all there are passed over without a parse attempt (a
    raised and caught DecodeError per shape would cost more than the parse itself). JSON records
    of one kind come with the same keys, so that choice is made once per key set, not per record.
    """

    __slots__ = ("_fitting", "_models")

    def __init__(self, models: tuple[Any, ...]) -> None:
        self._models = models
        self._fitting: dict[tuple[str, ...], tuple[Any, ...]] = {}

    def parse(self, value: dict[str, Any], path: str) -> Any:
        keys = tuple(value)
        parsers = self._fitting.get(keys)
        if parsers is None:
            present = value.keys()
            fitting = [model for model in self._models if model._required_keys <= present] or self._models
            parsers = tuple(model.from_dict for model in fitting)
            if len(self._fitting) >= _FITTING_MAX:
                self._fitting.clear()
            self._fitting[keys] = parsers
        last: DecodeError | None = None
        for parse in parsers:
            try:
                return parse(value)
            except DecodeError as exc:
                last = exc
        assert last is not None
        raise last.within(path)
