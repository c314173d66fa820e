"""JSON Pointers (RFC 6901) into decoded JSON: where a spec says a body keeps a message or a retry delay."""

from __future__ import annotations

from typing import Any

__all__ = ["resolve"]


def resolve(document: Any, pointer: str) -> Any:
    """The value at ``pointer`` (``/parameters/0/value``; ``""`` is the whole document), or None where
    the document has nothing there (a missing key, an index past the end, a step into a scalar)."""
    value = document
    for token in pointer.split("/")[1:]:
        key = token.replace("~1", "/").replace("~0", "~")
        if isinstance(value, dict):
            value = value.get(key)
        elif isinstance(value, list) and key.isascii() and key.isdigit() and int(key) < len(value):
            value = value[int(key)]
        else:
            return None
        if value is None:
            return None
    return value
