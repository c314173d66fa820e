"""What the spec says about each operation, as data the runtime reads.

``_spec.py`` (generated from the OpenAPI document) builds these objects; nothing in the runtime
knows a vendor's parameter names, limits or formats by heart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Operation", "Pagination", "Param", "TimeRange"]

Location = Literal["query", "header", "path"]
Scheme = Literal["page", "cursor", "offset", "none"]
Advance = Literal["next-field", "item-count"]
# Methods that HTTP defines as idempotent (RFC 9110 9.2.2): safe to retry without asking the spec.
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True, slots=True)
class Param:
    """One documented parameter and its rules."""

    name: str
    location: Location
    python_name: str
    kind: str = "string"  # string | integer | number | boolean | date-time | array
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    pattern_hint: str | None = None
    enum: tuple[str, ...] | None = None
    time_format: str | None = None
    time_utc: bool = False
    client_option: str | None = None
    list_separator: str | None = None
    secret: bool = False


@dataclass(frozen=True, slots=True)
class TimeRange:
    """A start/end pair: the start may not come after the end."""

    start: str
    end: str
    same_offset: bool = False


@dataclass(frozen=True, slots=True)
class Pagination:
    """How to walk an operation's pages (see specs/README.md)."""

    scheme: Scheme
    items: str | None = None
    page_param: str | None = None
    size_param: str | None = None
    cursor_param: str | None = None
    next_field: str | None = None
    end_values: tuple[object, ...] = ()
    first_page: int = 1
    advance: Advance = "next-field"  # item-count: the next offset is this one plus the records received
    first_offset: int = 0  # the offset a request without ``cursor_param`` starts from


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation: where it goes, what it takes, and whether it may be retried."""

    operation_id: str
    method: str
    path: str
    params: tuple[Param, ...] = ()
    retry_safe: bool = False
    pagination: Pagination | None = None
    time_range: TimeRange | None = None
    body: Mapping[str, Any] | None = None  # the request body's schema, as ``check_body`` reads it
    by_name: dict[str, Param] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {p.name: p for p in self.params})

    @property
    def retryable(self) -> bool:
        """Idempotent by HTTP semantics, or declared a safe read in the spec."""
        return self.retry_safe or self.method.upper() in _IDEMPOTENT
