# pyright: strict
"""failtrail: every vendor's failures of the last day in one shape, sync and async."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import failtrail


def report() -> dict[str, int]:
    counts: dict[str, int] = {}
    with failtrail.failures(since=timedelta(hours=24), merge=True) as run:
        for record in run:
            counts[record.vendor] = counts.get(record.vendor, 0) + 1
            print(record.when.isoformat(), record.vendor, record.http_status, record.resource, record.message)
    for vendor, error in run.errors.items():
        print(vendor, "failed:", error.__cause__)
    for outcome in run.outcomes.values():
        print(outcome.vendor, outcome.records, outcome.unreadable, outcome.ok)
    return counts


async def report_async() -> int:
    count = 0
    async with failtrail.afailures(since=timedelta(hours=1)) as run:
        async for record in run:
            count += 1
            print(record.id, record.kind)
    return count


if __name__ == "__main__":
    print(report(), asyncio.run(report_async()))
