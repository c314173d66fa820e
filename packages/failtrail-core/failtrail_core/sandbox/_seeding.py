"""Seeded records: reproducible moments, ids and addresses, and the slice of them a page shows."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class _Ordered(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


K = TypeVar("K", bound=_Ordered)


def page_slice(items: Sequence[T], offset: int, size: int) -> tuple[list[T], bool]:
    """The ``size`` items from ``offset`` on, and whether more follow them."""
    return list(items[offset : offset + size]), offset + size < len(items)


def newest_first_window(items: Sequence[T], when: Callable[[T], K], start: K, end: K) -> range:
    """The positions of the items with ``start <= when(item) < end``, in items sorted newest first.

    Found by bisection: about ``2 * log2(len(items))`` calls of ``when``, so a page of a large sandbox
    costs what a page of a small one does. ``when`` must not rise along ``items`` (newest first).
    """
    return range(_first_older_than(items, when, end), _first_older_than(items, when, start))


def _first_older_than(items: Sequence[T], when: Callable[[T], K], bound: K) -> int:
    """The first position whose item is older than ``bound`` (``len(items)`` if none is)."""
    low, high = 0, len(items)
    while low < high:
        middle = (low + high) // 2
        if when(items[middle]) < bound:
            high = middle
        else:
            low = middle + 1
    return low


def sandbox_now(now: datetime | None = None) -> datetime:
    """A sandbox's "now", in UTC: the one given (a fixed clock, for reproducible records) or the wall clock's."""
    return (now or datetime.now(UTC)).astimezone(UTC)


def random_moment(rng: random.Random, now: datetime, days: float) -> datetime:
    """A moment in the ``days`` before ``now``, evenly spread."""
    return now - timedelta(seconds=rng.uniform(0, days * 86400))


def utc_stamp(moment: datetime) -> str:
    """``2025-01-20T12:00:00Z``: a UTC moment to the second."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def random_stamp(rng: random.Random, now: datetime, days: float) -> str:
    """A :func:`random_moment` as a :func:`utc_stamp`."""
    return utc_stamp(random_moment(rng, now, days))


def random_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def random_hex(rng: random.Random, length: int) -> str:
    return f"{rng.getrandbits(length * 4):0{length}x}"


def random_ipv4(rng: random.Random) -> str:
    """A public-looking IPv4 address (no 0.x, loopback or multicast first octet)."""
    return f"{rng.randint(3, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
