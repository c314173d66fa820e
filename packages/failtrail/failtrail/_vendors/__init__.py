"""One module per vendor: its configuration keys, how to read its failures, how each maps to a FailureRecord.

Adding a vendor to failtrail touches one module here, ``<vendor>.py``, which ends with::

    VENDOR = Vendor(
        keys={**HTTP_KEYS, **OAUTH_KEYS, "customer_id": string},   # what its [<vendor>] table takes
        required=lambda settings: ["customer_id", *oauth_required(settings)],
        open=open_source,                                          # config -> Source
    )

The vendors are the modules found here; a module is imported only when its vendor is configured
or used, so a vendor package that is not installed costs nothing (and is reported as such).
"""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

from .._errors import ConfigError
from .._record import FailureRecord
from .._settings import Kind
from .._window import Window

if TYPE_CHECKING:  # failtrail_core brings httpx: only a vendor that is used imports it
    from failtrail_core import Operation, UnreadableRecord

__all__ = [
    "NAMES",
    "Page",
    "Source",
    "Vendor",
    "Walk",
    "in_window",
    "largest_page",
    "open_source",
    "page_size",
    "paged_walk",
    "declaration",
]

Page = list[FailureRecord]

NAMES: tuple[str, ...] = tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")))
"""Every vendor failtrail knows, by name (installed or not), in the order of configuration, output and merge ties."""


class _Settings(Protocol):
    """What a vendor module reads of its configuration (a :class:`failtrail.VendorConfig`)."""

    @property
    def vendor(self) -> str: ...

    @property
    def origin(self) -> str: ...

    def get(self, key: str, default: Any = None) -> Any: ...


@dataclass(frozen=True)
class Vendor:
    """What one vendor module declares: its configuration keys, which are required, and how to open it.

    Attributes:
        keys: every key its ``[<vendor>]`` table takes, each with the kind of value it checks.
        required: the keys that must be set, given the ones that are (credentials come in alternatives).
        open: builds the vendor's :class:`Source` (its client) from its checked configuration.
    """

    keys: Mapping[str, Kind]
    required: Callable[[Mapping[str, Any]], list[str]]
    open: Callable[[Any], Source]


def declaration(name: str) -> Vendor:
    """The declaration of vendor ``name`` (one of :data:`NAMES`).

    Raises:
        ModuleNotFoundError: the vendor's package (``failtrail-<name>``) is not installed.
    """
    declared: Vendor = _module(name).VENDOR
    return declared


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{name}")


def open_source(config: Any) -> Source:
    """The vendor opened with its client built; ConfigError when the client refuses the settings."""
    try:
        return declaration(config.vendor).open(config)
    except (ValueError, TypeError) as error:  # a client refusing its settings
        raise ConfigError(f"{config.vendor}: {error} ({config.origin})") from None


def largest_page(operation: Operation, parameter: str) -> int:
    """The spec's maximum for an operation's page-size parameter, read from the vendor package's
    ``OPERATIONS`` (generated from its spec) rather than copied here."""
    maximum = operation.by_name[parameter].maximum
    if maximum is None:
        raise LookupError(f"{operation.operation_id}: {parameter} has no maximum in the spec")
    return int(maximum)


def page_size(config: _Settings, operation: Operation, parameter: str) -> int:
    """The configured ``page_size`` (checked >= 1 when loaded), at most the operation's documented maximum;
    that maximum when none is set. One ``[defaults]`` page_size serves vendors with different maxima."""
    largest = largest_page(operation, parameter)
    size = config.get("page_size")
    return largest if size is None else min(int(size), largest)


@dataclass(frozen=True)
class Walk:
    """One paginated read: its pages of records (already mapped and cut to the window), sync and async.

    ``newest_first`` is True only where the vendor documents that order; merging trusts it (and
    sorts each page), and sorts every other walk in full before merging it. ``unreadable`` fills
    with the records its pages held that the vendor package could not read (the rest were delivered).
    """

    vendor: str
    source: str
    newest_first: bool
    pages: Callable[[], Iterable[Page]]
    apages: Callable[[], AsyncIterator[Page]] | None = None
    unreadable: list[UnreadableRecord] = field(default_factory=list, compare=False)

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

    def notes(self) -> list[str]:
        """What was skipped along the way (e.g. an export's bad rows), once the walks are over."""
        return []

    def close(self) -> None: ...

    async def aclose(self) -> None: ...


def in_window(records: Iterable[FailureRecord], window: Window) -> Page:
    return [record for record in records if record.when in window]


def paged_walk(
    vendor: str,
    source: str,
    *,
    newest_first: bool,
    window: Window,
    pages: Callable[[], _Pages],
    apages: Callable[[], _AsyncPages],
    records: Callable[[Any], Iterable[Any]],
    to_failure: Callable[[Any], FailureRecord | None],
) -> Walk:
    """A walk over a vendor package's ``sync(...).pages()``/``asyncio(...).pages()``: each page's ``records`` mapped
    by ``to_failure`` (None: a record that cannot be placed in time, left out) and cut to the window;
    the pages' unreadable records collected on the walk."""

    def to_page(page: Any) -> Page:
        return in_window((r for r in map(to_failure, records(page)) if r is not None), window)

    def sync_pages() -> Iterator[Page]:
        walk = pages()
        try:
            for page in walk:
                yield to_page(page)
                result.unreadable[:] = walk.unreadable
        finally:
            walk.close()  # a run stopped early ends the pages fetched ahead now

    async def async_pages() -> AsyncIterator[Page]:
        walk = apages()
        try:
            async for page in walk:
                yield to_page(page)
                result.unreadable[:] = walk.unreadable
        finally:
            await walk.aclose()

    result = Walk(vendor, source, newest_first, sync_pages, async_pages)
    return result


class _Pages(Protocol):
    """A vendor package's ``sync(...).pages()`` pager."""

    @property
    def unreadable(self) -> list[UnreadableRecord]: ...

    def __iter__(self) -> Iterator[Any]: ...

    def close(self) -> None: ...


class _AsyncPages(Protocol):
    """A vendor package's ``asyncio(...).pages()`` pager."""

    @property
    def unreadable(self) -> list[UnreadableRecord]: ...

    def __aiter__(self) -> AsyncIterator[Any]: ...

    async def aclose(self) -> None: ...
