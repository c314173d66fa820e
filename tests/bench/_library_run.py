"""``python -m tests.bench._library_run CONFIG SINCE UNTIL [walk]``: read every failure with ``failtrail.failures()``.

What the library alone costs, without the command's output: records are counted and dropped. With
``walk``, only the generated Zuora client's pager over the same pages, as the umbrella asks for them
(the documented page maximum, 4 pages fetched ahead, newest first): what the umbrella's own work
(mapping, merging, threads) is measured against.
"""

from __future__ import annotations

import os
import sys
import tomllib
from datetime import datetime

import failtrail

PREFETCH = 4  # the umbrella's default for Zuora (failtrail/_vendors/zuora.py)


def main(config: str, since: str, until: str) -> None:
    count = 0
    with failtrail.failures(
        datetime.fromisoformat(since), datetime.fromisoformat(until), merge=True, config=config
    ) as run:
        for _ in run:
            count += 1
    if run.errors:
        raise SystemExit(f"vendors failed: {run.errors}")
    print(count)


def walk(config: str, since: str, until: str) -> None:
    """The Zuora pager alone: its records counted, nothing mapped (the bench's window is whole minutes)."""
    from failtrail_zuora import OPERATIONS, Client
    from failtrail_zuora.api.system_health import get_system_health_api_failure_records as failure_records

    with open(config, "rb") as file:
        table = tomllib.load(file)["zuora"]
    largest = OPERATIONS["getSystemHealthApiFailureRecords"].by_name["pageSize"].maximum
    assert largest is not None
    client = Client(
        table["base_url"],
        client_id=table["client_id"],
        client_secret=os.environ[table["client_secret_env"]],
        max_retries=0,
        timeout=120,
    )
    count = 0
    with client:
        pages = failure_records.sync(
            client=client,
            start_time=datetime.fromisoformat(since),
            end_time=datetime.fromisoformat(until),
            page_size=int(largest),
            prefetch=PREFETCH,
            sort="timerange",
        ).pages()
        for page in pages:
            count += len(page.data or [])
    print(count)


if __name__ == "__main__":
    (walk if sys.argv[4:5] == ["walk"] else main)(*sys.argv[1:4])
