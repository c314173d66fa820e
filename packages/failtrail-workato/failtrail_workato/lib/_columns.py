"""The export's columns, read off the generated ``ApiLogRow`` model so the list exists once.

``ApiLogRow`` is compiled from ``specs/workato/api-log-row.schema.json``, whose property names are
the CSV headers in snake case (``API collection`` -> ``api_collection``). The header text is
rebuilt from the name with one rule (``header_of``); a test holds that rule to the schema's
``x-failtrail-column`` for every property. The schema gives every ``number`` column a unit
(``x-failtrail-unit: ms``): they are durations, so a ``float`` field here reads ``123 ms`` / ``1.2 s``.
"""

from __future__ import annotations

import dataclasses
import types
from dataclasses import dataclass
from datetime import datetime
from typing import get_args, get_type_hints

from .._rows import ApiLogRow

__all__ = ["COLUMNS", "Column", "header_key", "header_of"]

# Words the export writes in capitals ("API collection", "IP").
_ACRONYMS = frozenset({"api", "ip"})


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its ``ApiLogRow`` field, its header as Workato writes it, its cell type."""

    field: str
    header: str
    kind: type  # datetime, int, float (milliseconds) or str
    nullable: bool


def header_of(field_name: str) -> str:
    """``api_collection`` -> ``API collection``: the export's header for a model field."""
    words = [word.upper() if word in _ACRONYMS else word for word in field_name.split("_")]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def header_key(header: str) -> str:
    """How a header is matched: case, spacing and underscores do not matter."""
    return "_".join(header.replace("_", " ").casefold().split())


def _columns() -> tuple[Column, ...]:
    hints = get_type_hints(ApiLogRow)
    found = []
    for field in dataclasses.fields(ApiLogRow):
        hint = hints[field.name]
        args = get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        kinds = [arg for arg in args if arg is not type(None)]
        if len(kinds) != 1 or kinds[0] not in (datetime, int, float, str):
            raise TypeError(f"ApiLogRow.{field.name}: no CSV reading for {hint!r}")  # a schema change to follow
        found.append(Column(field.name, header_of(field.name), kinds[0], len(kinds) != len(args)))
    return tuple(found)


COLUMNS: tuple[Column, ...] = _columns()
