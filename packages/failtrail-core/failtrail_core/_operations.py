"""What the spec says about each operation, as data the runtime reads.

``_spec.py`` (generated from the OpenAPI document) builds these objects; nothing in the runtime
knows a vendor's parameter names, limits or formats by heart.

Every vendor package imports this module, so what it costs is part of ``import failtrail_<vendor>``:
a frozen dataclass compiles six functions when its class is made (about 2 ms each class on a slow
machine), a NamedTuple one (0.5 ms). ``TimeRange``, ``Pagination`` and ``RetryDelay`` are NamedTuples;
``Param`` (``dataclasses.replace`` makes its items' rules) and ``Operation`` (derived fields) stay dataclasses.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

import orjson

from ._pointer import resolve

__all__ = ["Operation", "Pagination", "Param", "RetryDelay", "TimeRange"]

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
    # kind "array": the rules above (minimum, pattern, enum...) hold for each item, of kind item_kind; the
    # items go out as OpenAPI's style/explode say (query style "form" with explode repeats the name).
    item_kind: str | None = None
    style: str | None = None  # form | spaceDelimited | pipeDelimited (query), simple (header)
    explode: bool = False
    min_items: int | None = None
    max_items: int | None = None


class TimeRange(NamedTuple):
    """A start/end pair: the start may not come after the end."""

    start: str
    end: str
    same_offset: bool = False


class Pagination(NamedTuple):
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


class RetryDelay(NamedTuple):
    """Where an error body says how long to wait before retrying (the spec's ``x-failtrail-retry-delay``).

    ``pointer`` is a JSON Pointer to the wait; with ``match``, to a list whose first entry having those
    members holds it at ``value`` (a pointer inside the entry), as in Citrix's
    ``"parameters": [{"name": "retryDelay", "value": "4"}]``. The wait may be a number or its text.
    """

    pointer: str
    match: tuple[tuple[str, str], ...] = ()
    value: str = ""
    unit: Literal["seconds", "milliseconds"] = "seconds"

    def seconds(self, body: Any) -> float | None:
        """The wait this body asks for, in seconds; None where it names none (or no finite, non-negative one)."""
        found = resolve(body, self.pointer)
        if self.match:
            entry = next((e for e in found if _matches(e, self.match)), None) if isinstance(found, list) else None
            found = resolve(entry, self.value)
        if isinstance(found, str):
            try:
                found = float(found.strip())
            except ValueError:
                return None
        if isinstance(found, bool) or not isinstance(found, int | float) or not math.isfinite(found) or found < 0:
            return None
        return found / 1000.0 if self.unit == "milliseconds" else float(found)


def _matches(entry: Any, match: tuple[tuple[str, str], ...]) -> bool:
    return isinstance(entry, dict) and all(entry.get(key) == wanted for key, wanted in match)


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation: where it goes, what it takes, and whether it may be retried.

    ``retry_delay`` maps an error status to where its body says how long to wait (each rule as the spec's
    ``x-failtrail-retry-delay`` spells it: ``pointer``, ``match``, ``value``, ``unit``; the first found wins).
    """

    operation_id: str
    method: str
    path: str
    params: tuple[Param, ...] = ()
    retry_safe: bool = False
    pagination: Pagination | None = None
    time_range: TimeRange | None = None
    body: Mapping[str, Any] | None = None  # the request body's schema, as ``check_body`` reads it
    retry_delay: Mapping[int, Sequence[Mapping[str, Any]]] | None = None
    by_name: dict[str, Param] = field(init=False, repr=False, compare=False)
    delay_rules: dict[int, tuple[RetryDelay, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {p.name: p for p in self.params})
        rules = {
            int(status): tuple(
                RetryDelay(
                    pointer=rule["pointer"],
                    match=tuple((str(k), str(v)) for k, v in (rule.get("match") or {}).items()),
                    value=rule.get("value", ""),
                    unit=rule.get("unit", "seconds"),
                )
                for rule in status_rules
            )
            for status, status_rules in (self.retry_delay or {}).items()
        }
        object.__setattr__(self, "delay_rules", rules)

    def body_delay(self, status: int, content: bytes) -> float | None:
        """The seconds an error answer's body asks to wait before a retry, where the spec says it tells."""
        rules = self.delay_rules.get(status)
        if not rules:
            return None
        try:
            body = orjson.loads(content)
        except orjson.JSONDecodeError:
            return None
        for rule in rules:
            seconds = rule.seconds(body)
            if seconds is not None:
                return seconds
        return None

    @property
    def retryable(self) -> bool:
        """Idempotent by HTTP semantics, or declared a safe read in the spec."""
        return self.retry_safe or self.method.upper() in _IDEMPOTENT
