"""The time window of a run, and fitting it to a vendor's time parameters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from failtrail_core import Operation

__all__ = ["Window", "floor_time", "recent_window", "time_step"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


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
        steps = -((_EPOCH - self.until.astimezone(UTC)) // step)
        return _EPOCH + steps * step


def floor_time(when: datetime, step: timedelta) -> datetime:
    """``when`` (aware) rounded down to a whole ``step`` since the epoch, in UTC."""
    return _EPOCH + ((when.astimezone(UTC) - _EPOCH) // step) * step


def recent_window(step: timedelta) -> Window:
    """The last whole ``step`` before now: a window a time parameter of that precision carries exactly."""
    end = floor_time(datetime.now(UTC), step)
    return Window(end - step, end)


def time_step(operation: Operation, parameter: str) -> timedelta:
    """The finest step a time parameter's wire format carries (its spec's ``x-failtrail-time-format``).

    A window is asked for in whole steps around it, then cut to the exact instants on our side.
    """
    wire = operation.by_name[parameter].time_format
    if wire is None or "%f" in wire:
        return timedelta(microseconds=1)
    return timedelta(seconds=1) if "%S" in wire else timedelta(minutes=1)
