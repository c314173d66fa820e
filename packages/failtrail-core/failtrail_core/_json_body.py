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
# A mirror that refused this many bodies in a row (the vendor added a field, say: every body has it) is
# then tried on one body in _RETRY_EVERY, so that from_dict's bodies do not also pay for a failed try.
_GIVE_UP = 8
_RETRY_EVERY = 64


class _Mirror:
    """One mirror module's reader, and how many bodies in a row it refused (a race on it costs a try, no more)."""

    __slots__ = ("read", "refused")

    def __init__(self, read: Callable[[bytes], Any]) -> None:
        self.read = read
        self.refused = 0


_mirrors: dict[str, _Mirror | None] = {}


def _mirror(wire: str) -> _Mirror | None:
    """The mirror module ``wire``'s reader, made on first use; None where there is none."""
    try:
        return _mirrors[wire]
    except KeyError:
        pass
    try:
        found: _Mirror | None = _Mirror(importlib.import_module(wire).reader())
    except ImportError:  # a package generated before the mirrors: from_dict reads every body
        found = None
    _mirrors[wire] = found
    return found


def _read(body: bytes, wire: str) -> Any:
    mirror = _mirrors.get(wire) or _mirror(wire)
    if mirror is None:
        return _NOT_READ
    refused = mirror.refused
    if refused >= _GIVE_UP and refused % _RETRY_EVERY:
        mirror.refused = refused + 1
        return _NOT_READ
    try:
        found = mirror.read(body)
    except _REFUSED:
        mirror.refused = refused + 1
        return _NOT_READ
    if refused:
        mirror.refused = 0
    return found


def read_json(body: bytes, parse: Callable[[Any], T], wire: str) -> T:
    """``parse(orjson.loads(body))``, the same model or error, read by the mirror module ``wire`` where it can."""
    found = _read(body, wire)
    return parse(orjson.loads(body)) if found is _NOT_READ else found  # type: ignore[no-any-return]


def read_json_lenient(body: bytes, parse: Callable[[Any], tuple[T, list[U]]], wire: str) -> tuple[T, list[U]]:
    """:func:`read_json` for a page read leniently: a page the mirror reads has no unreadable record."""
    found = _read(body, wire)
    return parse(orjson.loads(body)) if found is _NOT_READ else (found, [])
