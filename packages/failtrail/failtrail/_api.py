"""``failures()`` and ``afailures()``: what failed, when and where, across the configured vendors."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from ._config import Config, load_config
from ._errors import WindowError
from ._stream import AsyncFailures, Failures, Progress
from ._vendors import Source, open_source
from ._window import Window

__all__ = ["afailures", "failures", "window"]

When = datetime | timedelta


def window(since: When, until: When | None = None, *, now: datetime | None = None) -> Window:
    """The time window: aware datetimes, or timedeltas counted back from now (``until`` defaults to now).

    Raises:
        WindowError: (a :class:`ConfigError` and a ``ValueError``) a naive datetime, a time out of
            range (before the year 1 or after 9999), or ``since`` after ``until``.
    """
    current = now or datetime.now(UTC)

    def moment(value: When, name: str) -> datetime:
        if isinstance(value, datetime) and value.tzinfo is None:
            raise WindowError(f"{name} must be an aware datetime (e.g. with tzinfo=timezone.utc), not {value!r}")
        try:
            return current - value if isinstance(value, timedelta) else value.astimezone(UTC)
        except OverflowError:
            raise WindowError(f"{name} ({value}) is out of range (before the year 1 or after 9999)") from None

    start, end = moment(since, "since"), moment(until if until is not None else current, "until")
    if start > end:
        raise WindowError(f"since ({start.isoformat()}) is after until ({end.isoformat()})")
    return Window(start, end)


def _sources(config: Config | str | os.PathLike[str] | None, vendors: Sequence[str] | None) -> list[Source]:
    loaded = config if isinstance(config, Config) else load_config(config)
    chosen = loaded.select(vendors)
    opened: list[Source] = []
    try:
        for vendor_config in chosen:
            opened.append(open_source(vendor_config))  # ConfigError when a client refuses its settings
    except BaseException:
        for source in opened:
            source.close()
        raise
    return opened


def failures(
    since: When,
    until: When | None = None,
    *,
    vendors: Sequence[str] | None = None,
    merge: bool = False,
    config: Config | str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
) -> Failures:
    """Every failure from ``since`` to ``until`` at the chosen vendors (default: all configured), read concurrently.

    Args:
        since: an aware datetime, or a timedelta back from now.
        until: the same (default now); the window is ``since <= when < until``.
        vendors: names among zuora, citrix, vinyldns, workato, zitadel.
        merge: newest first across vendors; otherwise each record as soon as its page arrives.
        config: a :class:`Config`, a TOML file's path, or None for ``$FAILTRAIL_CONFIG`` / ``./failtrail.toml``.
        progress: called with a vendor's :class:`VendorOutcome` after each of its pages and at its end.

    Returns:
        An iterator of :class:`FailureRecord`; its ``outcomes`` and ``errors`` say which vendors failed and why.

    Raises:
        ConfigError: before anything is sent, when the configuration cannot work.
    """
    span = window(since, until)
    return Failures(_sources(config, vendors), span, merge, progress)


def afailures(
    since: When,
    until: When | None = None,
    *,
    vendors: Sequence[str] | None = None,
    merge: bool = False,
    config: Config | str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
) -> AsyncFailures:
    """The async form of :func:`failures`: ``async for record in afailures(...)``."""
    span = window(since, until)
    return AsyncFailures(_sources(config, vendors), span, merge, progress)
