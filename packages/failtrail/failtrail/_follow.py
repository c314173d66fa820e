"""Follow mode: every new failure once, as it happens, across restarts.

Each cycle reads every chosen vendor over the window since its checkpoint, reaching back ``overlap``
further, because vendors publish late (a record stamped 10:00 may be listable only at 10:03). Records
already delivered are recognised by ``(vendor, kind, id)`` and skipped. A vendor's checkpoint moves
only when its read succeeded, and is saved (atomically: a temporary file, then a rename) only after
the records it covers were handed over, so a process killed at any point and restarted with the same
state file neither misses nor repeats a record.

The state file (JSON)::

    {"version": 1, "vendors": {"zuora": {"until": "2026-11-28T10:00:00+00:00",
                                         "seen": [["api-request", "5e1f...", "2026-11-28T09:58:12+00:00"]]}},
     "delivered": 1234}

``seen`` keeps the records of the last ``overlap`` only, so it stays as small as one overlap's failures.
"""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from ._config import Config, load_config
from ._errors import ConfigError
from ._record import FailureRecord

__all__ = ["AsyncFollow", "Follow", "FollowState", "afollow", "follow", "recover_output"]

STATE_VERSION = 1
DEFAULT_OVERLAP = timedelta(minutes=15)
DEFAULT_INTERVAL = 60.0

Key = tuple[str, str, str]  # (vendor, kind, id)


def record_key(record: FailureRecord) -> Key:
    """What identifies a record across cycles and restarts."""
    return (record.vendor, record.kind, record.id)


@dataclass
class Checkpoint:
    """One vendor's position: read up to ``until``; ``seen`` the records delivered since ``until - overlap``."""

    until: datetime
    seen: dict[tuple[str, str], datetime] = field(default_factory=dict)  # (kind, id) -> when


@dataclass
class FollowState:
    """Every vendor's checkpoint, read from and saved to a JSON file (see the module docstring)."""

    vendors: dict[str, Checkpoint] = field(default_factory=dict)
    delivered: int = 0

    @classmethod
    def load(cls, path: Path | None) -> FollowState:
        if path is None or not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != STATE_VERSION:
                raise ConfigError(f"state file {path}: version {data.get('version')!r}, expected {STATE_VERSION}")
            vendors = {
                name: Checkpoint(
                    datetime.fromisoformat(entry["until"]),
                    {(kind, key): datetime.fromisoformat(when) for kind, key, when in entry.get("seen", [])},
                )
                for name, entry in data.get("vendors", {}).items()
            }
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ConfigError(f"state file {path} cannot be read: {error}") from None
        return cls(vendors, int(data.get("delivered", 0)))

    def save(self, path: Path) -> None:
        """Write the whole state to a temporary file beside ``path``, then rename it over ``path``."""
        data = {
            "version": STATE_VERSION,
            "vendors": {
                name: {
                    "until": checkpoint.until.isoformat(),
                    "seen": [[kind, key, when.isoformat()] for (kind, key), when in sorted(checkpoint.seen.items())],
                }
                for name, checkpoint in sorted(self.vendors.items())
            },
            "delivered": self.delivered,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(data, file, separators=(",", ":"))
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


Reader = Callable[[str, datetime, datetime], Iterable[FailureRecord]]
"""Reads one vendor's failures in ``[since, until)``; raises when the vendor fails."""
AsyncReader = Callable[[str, datetime, datetime], AsyncIterator[FailureRecord]]


class _Follow:
    """What sync and async follow share: checkpoints, de-duplication, saving."""

    def __init__(
        self,
        vendors: Sequence[str],
        *,
        state: Path | None,
        since: datetime,
        interval: float,
        overlap: timedelta,
        cycles: int | None,
        now: Callable[[], datetime],
        delivered: Iterable[Key] = (),
    ) -> None:
        self.vendors: list[str] = list(vendors)
        self._path = state
        self.state: FollowState = FollowState.load(state)
        self._since = since
        self._interval = interval
        self._overlap = overlap
        self._cycles = cycles
        self._now = now
        self._stopped = threading.Event()
        self.errors: dict[str, BaseException] = {}
        """Each vendor's failure in its last cycle (its checkpoint stayed; the next cycle reads it again)."""
        # Written by an earlier run after its last checkpoint. Kept as if seen now: by the time "now" leaves
        # the overlap, every later read starts after the record's own time, whatever it was.
        recovered_at = now()
        for vendor, kind, key in delivered:
            self._checkpoint(vendor).seen.setdefault((kind, key), recovered_at)
            self.state.delivered += 1

    def _checkpoint(self, vendor: str) -> Checkpoint:
        return self.state.vendors.setdefault(vendor, Checkpoint(self._since))

    def _more(self, cycle: int) -> bool:
        return not self._stopped.is_set() and (self._cycles is None or cycle < self._cycles)

    def _window(self, vendor: str) -> tuple[datetime, datetime]:
        """The vendor's next read: from its checkpoint less the overlap, to now."""
        return self._checkpoint(vendor).until - self._overlap, self._now()

    def _new(self, record: FailureRecord) -> bool:
        """Whether the record was not handed over before; if so, it counts as handed over from now on."""
        checkpoint = self._checkpoint(record.vendor)
        key = (record.kind, record.id)
        if key in checkpoint.seen:
            return False
        checkpoint.seen[key] = record.when  # before it is yielded: never handed over twice
        self.state.delivered += 1
        return True

    def _finish(self, vendor: str, until: datetime, error: BaseException | None) -> None:
        """End the vendor's cycle: on success move its checkpoint and forget what fell out of the overlap; save."""
        if error is not None:
            self.errors[vendor] = error
        else:
            self.errors.pop(vendor, None)
            checkpoint = self._checkpoint(vendor)
            checkpoint.until = max(checkpoint.until, until)
            horizon = checkpoint.until - self._overlap
            checkpoint.seen = {key: when for key, when in checkpoint.seen.items() if when >= horizon}
        if self._path is not None:
            self.state.save(self._path)

    def close(self) -> None:
        """Stop after the current vendor's read; the state saved last stays valid."""
        self._stopped.set()


class Follow(_Follow):
    """Follow mode's records, as an iterator; ``errors`` holds each vendor's last failure.

    Iterate it (in a ``with`` block, or call :meth:`close`, to stop). Each record is yielded once; a
    vendor's checkpoint is saved when the consumer asks for the record after that vendor's last one of
    a cycle, that is, once everything it covers was handed over.
    """

    def __init__(
        self,
        vendors: Sequence[str],
        read: Reader,
        *,
        sleep: Callable[[float], bool] | None = None,
        **options: Any,
    ) -> None:
        super().__init__(vendors, **options)
        self._read = read
        # Between cycles: wait, but wake at once when close() is called (from another thread or a signal).
        self._sleep = sleep or (lambda seconds: not self._stopped.wait(seconds))

    def __iter__(self) -> Iterator[FailureRecord]:
        cycle = 0
        while self._more(cycle):
            if cycle and not self._sleep(self._interval):
                break
            cycle += 1
            for vendor in self.vendors:
                since, until = self._window(vendor)
                try:
                    for record in self._read(vendor, since, until):
                        if self._new(record):
                            yield record
                except Exception as error:  # the vendor's typed error: the next cycle reads it again
                    self._finish(vendor, until, error)
                else:
                    self._finish(vendor, until, None)

    def __enter__(self) -> Follow:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncFollow(_Follow):
    """The async form of :class:`Follow`: ``async for record in run``."""

    def __init__(
        self,
        vendors: Sequence[str],
        read: AsyncReader,
        *,
        sleep: Callable[[float], Awaitable[bool]] | None = None,
        **options: Any,
    ) -> None:
        super().__init__(vendors, **options)
        self._read = read
        self._sleep = sleep or self._pause

    async def _pause(self, seconds: float) -> bool:
        deadline = asyncio.get_running_loop().time() + seconds
        while not self._stopped.is_set():
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                return True
            await asyncio.sleep(min(left, 0.2))
        return False

    async def __aiter__(self) -> AsyncIterator[FailureRecord]:
        cycle = 0
        while self._more(cycle):
            if cycle and not await self._sleep(self._interval):
                break
            cycle += 1
            for vendor in self.vendors:
                since, until = self._window(vendor)
                try:
                    async for record in self._read(vendor, since, until):
                        if self._new(record):
                            yield record
                except Exception as error:  # the vendor's typed error: the next cycle reads it again
                    self._finish(vendor, until, error)
                else:
                    self._finish(vendor, until, None)

    async def __aenter__(self) -> AsyncFollow:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _options(
    config: Config | str | os.PathLike[str] | None,
    vendors: Sequence[str] | None,
    state: str | os.PathLike[str] | None,
    since: timedelta | datetime,
    interval: float,
    overlap: timedelta,
    cycles: int | None,
    delivered: Iterable[Key],
) -> tuple[Config, list[str], dict[str, Any]]:
    from ._api import window

    loaded = config if isinstance(config, Config) else load_config(config)
    chosen = [vendor.vendor for vendor in loaded.select(vendors)]
    if interval < 0 or overlap < timedelta(0):
        raise ConfigError("interval and overlap must not be negative")
    options = {
        "state": None if state is None else Path(state),
        "since": window(since).since,
        "interval": interval,
        "overlap": overlap,
        "cycles": cycles,
        "now": lambda: datetime.now(UTC),
        "delivered": delivered,
    }
    return loaded, chosen, options


def follow(
    *,
    vendors: Sequence[str] | None = None,
    config: Config | str | os.PathLike[str] | None = None,
    state: str | os.PathLike[str] | None = None,
    since: timedelta | datetime = timedelta(hours=1),
    interval: float = DEFAULT_INTERVAL,
    overlap: timedelta = DEFAULT_OVERLAP,
    cycles: int | None = None,
    delivered: Iterable[Key] = (),
) -> Follow:
    """Every new failure of the chosen vendors (default: all configured), once, as it arrives.

    Args:
        vendors: names among the configured vendors.
        config: a :class:`Config`, a TOML file's path, or None for ``$FAILTRAIL_CONFIG`` / ``./failtrail.toml``.
        state: a JSON file keeping each vendor's checkpoint; with it, a restarted follow goes on where the
            last one stopped. Without it, every run starts at ``since``.
        since: where a vendor with no checkpoint starts (a timedelta back from now, or an aware datetime).
        interval: seconds between cycles (each vendor's client honours its rate limits).
        overlap: how far before its checkpoint each vendor is read again, for records published late.
        cycles: stop after this many cycles (None: until :meth:`Follow.close` or Ctrl-C).
        delivered: ``(vendor, kind, id)`` of records an earlier run handed over after its last saved
            checkpoint (:func:`recover_output` reads them back from the end of an output file), so that
            they are not repeated.

    Raises:
        ConfigError: before anything is sent, when the configuration or the state file cannot work.
    """
    from ._api import failures

    loaded, chosen, options = _options(config, vendors, state, since, interval, overlap, cycles, delivered)

    def read(vendor: str, since: datetime, until: datetime) -> Iterator[FailureRecord]:
        with failures(since, until, vendors=[vendor], config=loaded) as run:
            yield from run
        if run.errors:
            raise run.errors[vendor]

    return Follow(chosen, read, **options)


def afollow(
    *,
    vendors: Sequence[str] | None = None,
    config: Config | str | os.PathLike[str] | None = None,
    state: str | os.PathLike[str] | None = None,
    since: timedelta | datetime = timedelta(hours=1),
    interval: float = DEFAULT_INTERVAL,
    overlap: timedelta = DEFAULT_OVERLAP,
    cycles: int | None = None,
    delivered: Iterable[Key] = (),
) -> AsyncFollow:
    """The async form of :func:`follow`: ``async for record in afollow(...)``."""
    from ._api import afailures

    loaded, chosen, options = _options(config, vendors, state, since, interval, overlap, cycles, delivered)

    async def read(vendor: str, since: datetime, until: datetime) -> AsyncIterator[FailureRecord]:
        async with afailures(since, until, vendors=[vendor], config=loaded) as run:
            async for record in run:
                yield record
        if run.errors:
            raise run.errors[vendor]

    return AsyncFollow(chosen, read, **options)


def recover_output(path: Path, delivered: int) -> list[Key]:
    """The records a follow run wrote to ``path`` (JSON Lines) after its last saved checkpoint.

    The state counts the records handed over up to its last save; lines past that count were written
    after it, by a run that was then killed. A last line cut short by the kill is removed, so the file
    holds whole records only. Their keys go back to :func:`follow` as ``delivered``.
    """
    if not path.exists():
        return []
    data = path.read_bytes()
    whole = data[: data.rfind(b"\n") + 1]
    if len(whole) != len(data):
        with path.open("r+b") as file:
            file.truncate(len(whole))
    keys: list[Key] = []
    for line in whole.splitlines()[delivered:]:
        try:
            item = json.loads(line)
            keys.append((str(item["vendor"]), str(item["kind"]), str(item["id"])))
        except (ValueError, KeyError, TypeError):
            continue  # not a record line: nothing to recognise
    return keys
