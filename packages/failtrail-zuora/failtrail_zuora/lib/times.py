"""Zuora's record times, read as aware datetimes even where Zuora leaves the UTC offset out.

The tax records' ``timestamp`` comes without an offset in Zuora's own sample ("2025-01-10T04:08:58")
while every other System Health time is UTC with a ``Z``; the spec types it as a plain string (the
generated models refuse a naive date-time), and this reads it as the UTC time it is.
"""

from __future__ import annotations

from datetime import UTC, datetime

from failtrail_zuora import DecodeError

__all__ = ["zuora_time"]


def zuora_time(text: str, *, field: str = "$.timestamp") -> datetime:
    """The aware time a Zuora record's time text says: with its offset if it has one, else UTC.

    Raises:
        DecodeError: ``text`` is not an ISO 8601 date and time (``field`` names where it was).
    """
    try:
        parsed = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise DecodeError(field, f"expected an ISO 8601 date and time, got {text!r}") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
