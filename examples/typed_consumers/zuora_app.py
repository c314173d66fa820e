# pyright: strict
"""Zuora: failure records of the last day, sync and async, resumed from a stored cursor."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from failtrail_zuora import SERVERS, Client, Cursor, FailtrailError, RateLimitError
from failtrail_zuora.api.system_health import get_system_health_api_failure_records as failures


def report(client_id: str, client_secret: str, cursor: str | None = None) -> str | None:
    end = datetime.now(UTC)
    with Client(SERVERS["US_PRODUCTION_US_CLOUD_2"], client_id=client_id, client_secret=client_secret) as zuora:
        try:  # the first page is fetched at the call: its errors raise here
            walk = failures.sync(client=zuora, start_time=end - timedelta(days=1), end_time=end, cursor=cursor)
        except FailtrailError as error:
            print("failed:", error)
            return cursor
        print("first page:", len(walk.first_page.data), "records, more:", walk.first_page.next_page is not None)
        try:
            for record in walk:
                status = None if record.http_status is None else int(record.http_status)
                print(record.timestamp.isoformat(), status, record.api)
        except RateLimitError as error:
            print("slow down:", error.status_code, error.request_id)
        except FailtrailError as error:
            print("failed:", error)
        for unreadable in walk.unreadable:
            print("unreadable:", unreadable.path, unreadable.reason)
        position: Cursor | None = walk.cursor
        return None if position is None else str(position)


async def report_async(token: str) -> int:
    end = datetime.now(UTC)
    count = 0
    async with Client("https://rest.zuora.com", token=token) as zuora:
        async for record in failures.asyncio(client=zuora, start_time=end - timedelta(hours=6), end_time=end):
            count += 1
            print(record.request_id)
        pager = await failures.asyncio(client=zuora, start_time=end - timedelta(hours=1), end_time=end, page_size=40)
        print("first page:", [record.request_id for record in pager.first_page.data])
        async for page in pager.pages():
            print(len(page.data), page.next_page)
    return count


if __name__ == "__main__":
    asyncio.run(report_async("token"))
