# pyright: strict
"""Citrix Cloud: SystemLog records of the last day, with their English message."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from failtrail_citrix import SERVERS, APIStatusError, Client
from failtrail_citrix.api.systemlog import get_records
from failtrail_citrix.models import CitrixError


def report(client_id: str, client_secret: str, customer_id: str) -> list[str]:
    end = datetime.now(UTC)
    messages: list[str] = []
    with Client(
        SERVERS["UNITED_STATES_REGION"], client_id=client_id, client_secret=client_secret, customer_id=customer_id
    ) as citrix:
        try:
            for record in get_records.sync(
                client=citrix, start_date_time=end - timedelta(days=1), end_date_time=end, limit=200
            ):
                print(record.utc_timestamp, record.event_type)
                if record.message:
                    messages.append(str(record.message.additional_properties.get("en-US", "")))
        except APIStatusError as error:
            print(error.status_code, error.body, error.request_id)
    return messages


def page_sizes(token: str, customer_id: str) -> list[int]:
    """Page by page, and one raw page with its success or error model."""
    sizes: list[int] = []
    with Client(SERVERS["UNITED_STATES_REGION"], token=token, customer_id=customer_id) as citrix:
        for page in get_records.sync(client=citrix, limit=50).pages():
            sizes.append(len(page.items or []))
            print(page.count, page.continuation_token)
        response = get_records.sync_detailed(client=citrix, limit=10, continuation_token="from-a-stored-page")
        if response.parsed is not None:
            print(response.status_code, [record.record_id for record in response.parsed.items or []])
        elif isinstance(response.error, CitrixError):
            print(response.status_code, response.error.type_, response.error.detail, response.request_id)
        elif response.error is not None:
            print(response.status_code, response.error.to_dict())
    return sizes
