"""JSON Pointers (RFC 6901) into decoded JSON: where a spec says a body keeps a message or a retry delay."""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["error_message", "resolve"]


def resolve(document: Any, pointer: str) -> Any:
    """The value at ``pointer`` (``/parameters/0/value``; ``""`` is the whole document), or None where
    the document has nothing there (a missing key, an index past the end, a step into a scalar)."""
    value = document
    for key, index in _steps(pointer):
        if isinstance(value, dict):
            value = value.get(key)
        elif isinstance(value, list) and index is not None and index < len(value):
            value = value[index]
        else:
            return None
        if value is None:
            return None
    return value


@functools.lru_cache(maxsize=256)
def _steps(pointer: str) -> tuple[tuple[str, int | None], ...]:
    """A pointer's reference tokens, unescaped, each with its array index where it is one: split once per
    pointer, not once per document (Zuora's failure records are each read through two)."""
    keys = [token.replace("~1", "/").replace("~0", "~") for token in pointer.split("/")[1:]]
    return tuple((key, int(key) if key.isascii() and key.isdigit() else None) for key in keys)


def error_message(body: Any, model: type) -> str | None:
    """The human message an error body keeps where its model's spec says (``x-failtrail-error-message``:
    JSON Pointers, the first that finds text wins), stripped; None where none does.

    ``body`` is the decoded JSON; ``model`` its generated class. The client's exceptions read it so, and
    so does anyone holding an error body a record carried (Zuora's failure records keep the response's).
    """
    for pointer in getattr(model, "_error_message_at", ()):
        value = resolve(body, pointer)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
