# pyright: strict
"""ZITADEL: the failed events of an instance's projections."""

from __future__ import annotations

from failtrail_zitadel import AuthenticationError, Client
from failtrail_zitadel.api.admin import list_failed_events, remove_failed_event


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


def clear(url: str, token: str) -> int:
    """Remove every failed event the listing names in full."""
    removed = 0
    with Client(url, token=token) as zitadel:
        for event in list_failed_events.sync(client=zitadel).result or []:
            if event.database is None or event.view_name is None or event.failed_sequence is None:
                continue
            response = remove_failed_event.sync_detailed(
                event.database, event.view_name, event.failed_sequence, client=zitadel
            )
            if response.error is not None:
                print(response.status_code, response.error.code, response.error.message)
            else:
                removed += 1
    return removed


def reread(saved: bytes) -> list[int]:
    """Failed events kept as JSON (``orjson.dumps(event.to_dict())`` or the vendor's bytes), read back typed."""
    from failtrail_zitadel.models import FailedEvent

    event = FailedEvent.from_json(saved)
    return [event.failed_sequence] if event.failed_sequence is not None else []
