# pyright: strict
"""Citrix Cloud: SystemLog records of the last day, with their English message."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from failtrail_citrix import SERVERS, APIStatusError, Client
from failtrail_citrix.api.systemlog import get_records


def report(client_id: str, client_secret: str, customer_id: str) -> list[str]:
    end = datetime.now(UTC)
    messages: list[str] = []
    with Client(
        SERVERS["UNITED_STATES_REGION"], client_id=client_id, client_secret=client_secret, customer_id=customer_id
    ) as citrix:
        try:
            for record in get_records.iter_items(
                client=citrix, start_date_time=end - timedelta(days=1), end_date_time=end, limit=200
            ):
                print(record.utc_timestamp, record.event_type)
                if record.message:
                    messages.append(str(record.message.additional_properties.get("en-US", "")))
        except APIStatusError as error:
            print(error.status_code, error.body, error.request_id)
    return messages
