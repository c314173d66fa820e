"""One module per vendor: how to read its failures through its package, and how each maps to a FailureRecord.

Each module has ``open_source(config) -> Source`` and ``to_failure(record) -> FailureRecord``; it is
imported only when its vendor is used, so a vendor package that is not installed costs nothing.
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import ModuleType
from typing import Any, Protocol

from .._config import VendorConfig, not_installed
from .._errors import ConfigError
from .._record import FailureRecord

__all__ = [
    "Page",
    "Source",
    "Walk",
    "Window",
    "adapter",
    "floor_time",
    "known",
    "largest_page",
    "page_size",
    "paged_walk",
    "recent_window",
    "time_step",
    "utc",
]

Page = list[FailureRecord]


def largest_page(operation: Any, parameter: str) -> int:
    """The spec's maximum for an operation's page-size parameter, read from the vendor package's
    ``OPERATIONS`` (generated from its spec) rather than copied here."""
    maximum = operation.by_name[parameter].maximum
    if maximum is None:
        raise LookupError(f"{operation.operation_id}: {parameter} has no maximum in the spec")
    return int(maximum)


def page_size(config: VendorConfig, operation: Any, parameter: str) -> int:
    """The configured ``page_size`` (checked >= 1 when loaded), at most the operation's documented maximum;
    that maximum when none is set. One ``[defaults]`` page_size serves vendors with different maxima."""
    largest = largest_page(operation, parameter)
    size = config.get("page_size")
    return largest if size is None else min(int(size), largest)


@dataclass(frozen=True)
class Window:
    """``since <= when < until``, both aware."""

    since: datetime
    until: datetime

    def __contains__(self, when: datetime) -> bool:
        return self.since <= when < self.until

    def floor(self, step: timedelta) -> datetime:
        """``since`` rounded down to ``step``, for vendors whose time parameters drop the seconds or fractions."""
        return floor_time(self.since, step)

    def ceil(self, step: timedelta) -> datetime:
        """``until`` rounded up to ``step``: with :meth:`floor`, the whole steps around the window."""
        epoch = datetime(1970, 1, 1, tzinfo=UTC)
        steps = -((epoch - self.until.astimezone(UTC)) // step)
        return epoch + steps * step


def floor_time(when: datetime, step: timedelta) -> datetime:
    """``when`` (aware) rounded down to a whole ``step`` since the epoch, in UTC."""
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    return epoch + ((when.astimezone(UTC) - epoch) // step) * step


def recent_window(step: timedelta) -> Window:
    """The last whole ``step`` before now: a window a time parameter of that precision carries exactly."""
    end = floor_time(datetime.now(UTC), step)
    return Window(end - step, end)


def time_step(operation: Any, parameter: str) -> timedelta:
    """The finest step a time parameter's wire format carries (its spec's ``x-failtrail-time-format``).

    A window is asked for in whole steps around it, then cut to the exact instants on our side.
    """
    wire = operation.by_name[parameter].time_format
    if wire is None or "%f" in wire:
        return timedelta(microseconds=1)
    return timedelta(seconds=1) if "%S" in wire else timedelta(minutes=1)


@dataclass(frozen=True)
class Walk:
    """One paginated read: its pages of records (already mapped and cut to the window), sync and async.

    ``newest_first`` is True only where the vendor documents that order; merging trusts it (and
    sorts each page), and sorts every other walk in full before merging it.
    """

    vendor: str
    source: str
    newest_first: bool
    pages: Callable[[], Iterable[Page]]
    apages: Callable[[], AsyncIterator[Page]] | None = None

    def aiter(self) -> AsyncIterator[Page]:
        """The async pages; a walk with only a sync form (a file) is read on a worker thread."""
        if self.apages is not None:
            return self.apages()
        return _in_thread(self.pages)


async def _in_thread(pages: Callable[[], Iterable[Page]]) -> AsyncIterator[Page]:
    iterator: Iterator[Page] = iter(await asyncio.to_thread(pages))
    done = object()
    while (page := await asyncio.to_thread(next, iterator, done)) is not done:
        yield page  # type: ignore[misc]


class Source(Protocol):
    """A vendor opened for one run: its walks, a cheap authenticated check, and closing."""

    vendor: str

    def walks(self, window: Window) -> list[Walk]: ...

    def check(self) -> str: ...

    def close(self) -> None: ...

    async def aclose(self) -> None: ...


def adapter(vendor: str) -> ModuleType:
    """The vendor's module (``failtrail._vendors.<vendor>``); ConfigError if its package is missing."""
    try:
        return importlib.import_module(f"{__name__}.{vendor}")
    except ModuleNotFoundError as error:
        if error.name is not None and error.name.startswith(f"failtrail_{vendor}"):
            raise not_installed(vendor) from None
        raise


def open_source(config: VendorConfig) -> Source:
    """The vendor opened with its client built; ConfigError when the client refuses the settings."""
    module = adapter(config.vendor)
    try:
        source: Source = module.open_source(config)
    except (ValueError, TypeError) as error:  # a client refusing its settings (a bad base_url, ...)
        raise ConfigError(f"{config.vendor}: {error} ({config.origin})") from None
    return source


def known(value: Any) -> Any:
    """None for a vendor model's ``UNSET`` (any package's), else the value."""
    return None if type(value).__name__ == "Unset" else value


def text(value: Any) -> str | None:
    """A non-empty string, else None (``UNSET``, None and ``""`` all mean "nothing said")."""
    value = known(value)
    return str(value) if value not in (None, "") else None


def utc(moment: datetime) -> datetime:
    """An aware UTC datetime; a naive one is taken as UTC (the vendors that send them mean UTC)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def status(value: Any) -> int | None:
    """An HTTP status as an int, whatever the vendor sent ("404", 404, " 404 "); None when it is not one."""
    value = known(value)
    try:
        number = int(str(value).strip()) if value is not None and not isinstance(value, bool) else None
    except ValueError:
        return None
    return number if number is not None and 100 <= number <= 599 else None


def in_window(records: Iterable[FailureRecord], window: Window) -> Page:
    return [record for record in records if record.when in window]


def paged_walk(
    vendor: str,
    source: str,
    *,
    newest_first: bool,
    window: Window,
    pages: Callable[[], Iterable[Any]],
    apages: Callable[[], AsyncIterable[Any]],
    records: Callable[[Any], Iterable[Any]],
    to_failure: Callable[[Any], FailureRecord],
) -> Walk:
    """A walk over a vendor package's ``iter_pages``/``aiter_pages``: each page's ``records`` mapped
    by ``to_failure`` and cut to the window."""

    def to_page(page: Any) -> Page:
        return in_window(map(to_failure, records(page)), window)

    def sync_pages() -> Iterable[Page]:
        return map(to_page, pages())

    async def async_pages() -> AsyncIterator[Page]:
        async for page in apages():
            yield to_page(page)

    return Walk(vendor, source, newest_first, sync_pages, async_pages)
