"""Turning a vendor model's values into a FailureRecord's: absent values, text, HTTP statuses, UTC times."""

from __future__ import annotations

from datetime import UTC, datetime

__all__ = ["status", "text", "utc"]


def text(value: object) -> str | None:
    """A non-empty string, else None (None and ``""`` both mean "nothing said")."""
    return str(value) if value not in (None, "") else None


def utc(moment: datetime) -> datetime:
    """An aware UTC datetime; a naive one is taken as UTC (the vendors that send them mean UTC)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def status(value: object) -> int | None:
    """An HTTP status as an int, whatever the vendor sent ("404", 404, " 404 "); None when it is not one."""
    if type(value) is str:  # the common case (Zuora sends a string): no str() copy
        digits = value
    elif value is None or isinstance(value, bool):
        return None
    else:
        digits = str(value)
    try:
        number = int(digits.strip())
    except ValueError:
        return None
    return number if 100 <= number <= 599 else None
