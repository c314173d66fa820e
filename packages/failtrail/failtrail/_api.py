"""``failures()`` and ``afailures()``: what failed, when and where, across the configured vendors."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from ._config import Config, load_config
from ._errors import ConfigError
from ._stream import AsyncFailures, Failures, Progress
from ._vendors import Source, Window, open_source

__all__ = ["afailures", "failures", "window"]

When = datetime | timedelta


def window(since: When, until: When | None = None, *, now: datetime | None = None) -> Window:
    """The time window: aware datetimes, or timedeltas counted back from now (``until`` defaults to now)."""
    current = now or datetime.now(UTC)

    def moment(value: When, name: str) -> datetime:
        if isinstance(value, timedelta):
            return current - value
        if value.tzinfo is None:
            raise ValueError(f"{name} must be an aware datetime (e.g. with tzinfo=timezone.utc), not {value!r}")
        return value.astimezone(UTC)

    start, end = moment(since, "since"), moment(until if until is not None else current, "until")
    if start > end:
        raise ValueError(f"since ({start.isoformat()}) is after until ({end.isoformat()})")
    return Window(start, end)


def _sources(config: Config | str | os.PathLike[str] | None, vendors: Sequence[str] | None) -> list[Source]:
    loaded = config if isinstance(config, Config) else load_config(config)
    chosen = loaded.select(vendors)
    opened: list[Source] = []
    try:
        for vendor_config in chosen:
            try:
                opened.append(open_source(vendor_config))
            except (ValueError, TypeError) as error:  # a client refusing its settings
                raise ConfigError(f"{vendor_config.vendor}: {error} ({vendor_config.origin})") from None
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
