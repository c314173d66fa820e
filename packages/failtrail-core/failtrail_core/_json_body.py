"""A response body to its model: the model's compiled mirror first, ``from_dict`` where the mirror refuses.

Each generated package has a ``_wire`` module per model: a msgspec struct that mirrors the model (the
template ``wire_model.py.jinja``). A body the mirror reads is checked and built in C; a body it refuses,
for any reason (a field the spec does not declare, a type only ``from_dict``'s lenient reading accepts, an
enum value the spec does not list, a value that does not parse), is decoded with ``orjson`` and read by
``from_dict``. What the caller gets, a model or a ``DecodeError`` with its JSON path, does not depend on
which of the two read it, with one exception: an integer beyond 64 bits in a field that takes any JSON,
which msgspec keeps exact and ``orjson`` reads as a float.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TypeVar

import orjson

from ._decode import DecodeError

__all__ = ["read_json", "read_json_lenient"]

T = TypeVar("T")
U = TypeVar("U")

# What a mirror raises on a body it does not read: msgspec's DecodeError and ValidationError are
# ValueErrors; the conversions raise what from_dict raises.
_REFUSED = (DecodeError, ValueError, TypeError, KeyError, AttributeError)
_NOT_READ: Any = object()
_readers: dict[str, Callable[[bytes], Any] | None] = {}


def _reader(wire: str) -> Callable[[bytes], Any] | None:
    """The reader of the mirror module ``wire``, made on first use; None where there is none."""
    try:
        return _readers[wire]
    except KeyError:
        pass
    try:
        found: Callable[[bytes], Any] | None = importlib.import_module(wire).reader()
    except ImportError:  # a package generated before the mirrors: from_dict reads every body
        found = None
    _readers[wire] = found
    return found


def _read(body: bytes, wire: str) -> Any:
    read = _readers.get(wire) or _reader(wire)
    if read is None:
        return _NOT_READ
    try:
        return read(body)
    except _REFUSED:
        return _NOT_READ


def read_json(body: bytes, parse: Callable[[Any], T], wire: str) -> T:
    """``parse(orjson.loads(body))``, the same model or error, read by the mirror module ``wire`` where it can."""
    found = _read(body, wire)
    return parse(orjson.loads(body)) if found is _NOT_READ else found  # type: ignore[no-any-return]


def read_json_lenient(body: bytes, parse: Callable[[Any], tuple[T, list[U]]], wire: str) -> tuple[T, list[U]]:
    """:func:`read_json` for a page read leniently: a page the mirror reads has no unreadable record."""
    found = _read(body, wire)
    return parse(orjson.loads(body)) if found is _NOT_READ else (found, [])
