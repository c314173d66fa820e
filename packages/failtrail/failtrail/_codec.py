"""A FailureRecord as bytes and back, exactly: how a merge sorting through disk (``_stream._Spill``) keeps records.

A record is written as a JSON array of its flat fields, a newline (orjson never writes a raw one, so the
first newline ends the array), then its vendor record in the form its class allows:

* a vendor's generated model: its own JSON (``to_dict()``), read back by the class's ``from_json`` (its
  compiled mirror), or ``from_dict`` for a class without one;
* a flat dataclass row (Workato's ``ApiLogRow``, whose fields are text, numbers, booleans and times): its
  values as a JSON array, read back into the class, the fields it declares as times parsed again.

Either costs a fraction of pickling a tree of objects (pickle runs the classes' ``__getstate__`` and
``__setstate__``, Python functions, for every object). A class is written so once its first record came
back equal that way; any record whose values JSON cannot carry exactly (a time in another zone than UTC, a
float that is not finite, an integer beyond 64 bits, a lone surrogate), and any other class, is pickled whole.
"""

from __future__ import annotations

import dataclasses
import pickle
import typing
from collections.abc import Callable
from datetime import UTC, datetime
from operator import attrgetter
from types import NoneType, UnionType
from typing import Any, Protocol

import orjson

from ._json import FIELDS
from ._record import FailureRecord

__all__ = ["RecordCodec"]


class _Shape(Protocol):
    """How the vendor records of one class become JSON and come back."""

    def dumps(self, record: Any) -> bytes | None:
        """The record's JSON; None when this record's values would not come back exactly (it is pickled)."""

    def loads(self, data: bytes) -> Any: ...


class _ModelShape:
    """A generated model: ``to_dict()`` as JSON, read by ``from_json`` (its compiled mirror) where it has one."""

    def __init__(self, kind: Any) -> None:
        self.loads: Callable[[bytes], Any] = getattr(kind, "from_json", None) or (
            lambda data: kind.from_dict(orjson.loads(data))
        )

    def dumps(self, record: Any) -> bytes:
        return orjson.dumps(record.to_dict())


class _RowShape:
    """A dataclass whose every field is text, a number, a boolean or a time (each possibly None): its values
    as a JSON array, in field order. The fields declared as times are the ones parsed back into datetimes, so a
    record is written so only where exactly those fields hold times, each naive or in UTC."""

    def __init__(self, kind: type, times: frozenset[int]) -> None:
        self._kind = kind
        self._times = times
        self._values = attrgetter(*(f.name for f in dataclasses.fields(kind)))

    @classmethod
    def of(cls, kind: type) -> _RowShape | None:
        """The shape of ``kind``, or None when it is no dataclass of such fields."""
        if not dataclasses.is_dataclass(kind) or not isinstance(kind, type):
            return None
        fields = dataclasses.fields(kind)
        if len(fields) < 2 or not all(f.init for f in fields):  # attrgetter of one name gives no tuple
            return None
        try:
            hints = typing.get_type_hints(kind)
        except Exception:  # an annotation that does not resolve: not a shape this codec knows
            return None
        times = set()
        for index, found in enumerate(fields):
            kinds = _scalar_kinds(hints.get(found.name))
            if kinds is None or (datetime in kinds and len(kinds) > 1):
                return None
            if datetime in kinds:
                times.add(index)
        return cls(kind, frozenset(times))

    def dumps(self, record: Any) -> bytes | None:
        values = self._values(record)
        times = self._times
        for index, value in enumerate(values):
            kind = type(value)
            if kind is datetime:
                if index not in times or not (value.tzinfo is UTC or value.tzinfo is None) or value.fold:
                    return None
            elif index in times and value is not None:
                return None
            elif kind is float:
                if value - value != 0.0:  # NaN or an infinity: orjson writes null
                    return None
            elif kind not in _PLAIN:
                return None
        return orjson.dumps(values)

    def loads(self, data: bytes) -> Any:
        values = orjson.loads(data)
        for index in self._times:
            if values[index] is not None:
                values[index] = datetime.fromisoformat(values[index])
        return self._kind(*values)


def _scalar_kinds(hint: Any) -> set[type] | None:
    """The scalar types a field annotation allows besides None, or None when it allows anything else."""
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, UnionType) else (hint,)
    kinds = {option for option in options if option is not NoneType}
    return kinds if kinds and kinds <= _SCALARS else None


class RecordCodec:
    """Encodes records to bytes and decodes them back equal (see the module's docstring)."""

    def __init__(self) -> None:
        self._shapes: list[_Shape] = []  # the class numbered n is read by _shapes[n - 1]
        self._numbers: dict[type, int] = {}  # 0: pickled
        self._candidates: dict[type, _Shape | None] = {}  # how each class seen would be written, if at all

    def encode(self, record: FailureRecord) -> bytes:
        vendor_record = record.record
        number = self._numbers.get(type(vendor_record))
        if number is None:
            number = self._learn(vendor_record)
        flat = _FLAT(record)
        if (
            number
            and record.when.tzinfo is UTC
            and all(type(value) in _PLAIN for value in flat[:_WHEN] + flat[_AFTER_WHEN:])
        ):
            try:
                body = self._shapes[number - 1].dumps(vendor_record)
            except TypeError:  # orjson's refusal (too deep, beyond 64 bits, a lone surrogate)
                body = None
            if body is not None:
                return orjson.dumps((number, *flat)) + b"\n" + body
        return pickle.dumps(record, pickle.HIGHEST_PROTOCOL)

    def decode(self, data: bytes) -> FailureRecord:
        if data[:1] != b"[":  # pickled whole
            whole: FailureRecord = pickle.loads(data)
            return whole
        head, _, body = data.partition(b"\n")
        number, *flat = orjson.loads(head)
        flat[_WHEN] = datetime.fromisoformat(flat[_WHEN])
        return _RECORD(*flat, self._shapes[number - 1].loads(body))

    def _learn(self, vendor_record: Any) -> int:
        """The number of the record's class if its records come back equal through their JSON, else 0 (decided
        by the first of its records whose values JSON can carry; until then its records are pickled)."""
        kind = type(vendor_record)
        if kind not in self._candidates:  # the class looked at once, however many records it takes to decide
            self._candidates[kind] = _ModelShape(kind) if hasattr(kind, "to_dict") else _RowShape.of(kind)
        shape = self._candidates[kind]
        number = 0
        if shape is not None:
            try:
                data = shape.dumps(vendor_record)
                if data is None:  # this record cannot say whether the class can: ask again with the next
                    return 0
                if shape.loads(data) == vendor_record:
                    self._shapes.append(shape)
                    number = len(self._shapes)
            except Exception:  # a record that does not survive its JSON: its class is pickled
                number = 0
        self._numbers[kind] = number
        return number


_FLAT = attrgetter(*FIELDS)
_WHEN = FIELDS.index("when")
_AFTER_WHEN = _WHEN + 1
_PLAIN = frozenset((str, int, bool, NoneType))
_SCALARS = frozenset((str, int, float, bool, datetime))
_RECORD: Callable[..., FailureRecord] = FailureRecord  # from the flat fields (in FIELDS order) and the record
