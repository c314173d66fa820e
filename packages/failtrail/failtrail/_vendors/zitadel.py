"""ZITADEL: failed events, the events a view or projection could not process (one answer holds all)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator, Iterable

from failtrail_zitadel import Client
from failtrail_zitadel.api.admin import list_failed_events, remove_failed_event
from failtrail_zitadel.models import FailedEvent, ListFailedEventsResponse

from .._config import VendorConfig
from .._record import FailureRecord
from .._settings import HTTP_KEYS, OAUTH_KEYS, oauth_required, string
from .._values import known, text, utc
from .._window import Window
from . import Page, Source, Vendor, Walk
from ._client import client_options, oauth_credentials

__all__ = ["VENDOR", "ZitadelSource", "identity", "open_source", "to_failure"]

_ERROR_ID = re.compile(r"\bID=(\S+)")  # ZITADEL's errors start "ID=QUERY-Dgwf3 Message=..."


def identity(database: str | None, view: str | None, sequence: int | None, message: str | None) -> str:
    """``database/view/sequence/<digest of the error>``. A failed event's sequence counts per aggregate
    (zitadel/zitadel internal/query/failed_events.go), so two events can share database, view and
    sequence; their error text (which names the aggregate) tells them apart, so follow mode's
    de-duplication never drops one."""
    digest = hashlib.sha256((message or "").encode()).hexdigest()[:10]
    return f"{database or ''}/{view or ''}/{sequence if sequence is not None else ''}/{digest}"


def to_failure(event: FailedEvent) -> FailureRecord | None:
    """None for an event without ``lastFailed`` (it cannot be placed in time)."""
    last_failed = known(event.last_failed)
    if last_failed is None:
        return None
    database, view, sequence = text(event.database), text(event.view_name), known(event.failed_sequence)
    message = text(event.error_message)
    found = _ERROR_ID.search(message or "")
    return FailureRecord(
        vendor="zitadel",
        kind="failed-event",
        id=identity(database, view, sequence, message),
        when=utc(last_failed),
        http_status=None,
        code=found.group(1) if found else None,
        message=message,
        request_id=None,
        resource="/".join(part for part in (database, view) if part) or None,
        actor=None,
        record=event,
    )


class ZitadelSource(Source):
    vendor = "zitadel"

    def __init__(self, config: VendorConfig) -> None:
        self.config = config
        self.client = Client(
            config.base_url({}),
            **oauth_credentials(config),
            org_id=config.get("org_id"),
            **client_options(config),
        )

    def walks(self, window: Window) -> list[Walk]:
        def to_page(answer: ListFailedEventsResponse) -> Page:
            records = (to_failure(event) for event in known(answer.result) or [])
            return [record for record in records if record is not None and record.when in window]

        def pages() -> Iterable[Page]:
            yield to_page(list_failed_events.sync(client=self.client))

        async def apages() -> AsyncIterator[Page]:
            yield to_page(await list_failed_events.asyncio(client=self.client))

        # One answer, in no documented order: merging sorts it.
        return [Walk("zitadel", "failed events", False, pages, apages)]

    def check(self) -> str:
        list_failed_events.sync(client=self.client)
        return "listed failed events"

    def remove(self, database: str, view_name: str, failed_sequence: int) -> None:
        """Remove every failed event of that view with that sequence (ZITADEL's RemoveFailedEvent)."""
        remove_failed_event.sync(database, view_name, str(failed_sequence), client=self.client)

    def close(self) -> None:
        self.client.close()

    async def aclose(self) -> None:
        await self.client.aclose()


def open_source(config: VendorConfig) -> ZitadelSource:
    return ZitadelSource(config)


VENDOR = Vendor(
    keys={**HTTP_KEYS, **OAUTH_KEYS, "org_id": string},
    required=lambda settings: ["base_url", *oauth_required(settings)],  # every instance has its own host
    open=open_source,
)
