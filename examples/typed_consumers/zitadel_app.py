# pyright: strict
"""ZITADEL: the failed events of an instance's projections."""

from __future__ import annotations

from failtrail_zitadel import AuthenticationError, Client
from failtrail_zitadel.api.admin import list_failed_events


def report(url: str, token: str, org_id: str | None = None) -> int:
    with Client(url, token=token, org_id=org_id) as zitadel:
        try:
            events = list_failed_events.sync(client=zitadel).result or []
        except AuthenticationError as error:
            print("token refused:", error.request_id)
            return 0
        for event in events:
            print(event.view_name, event.failed_sequence, event.failure_count, event.last_failed)
        return len(events)
