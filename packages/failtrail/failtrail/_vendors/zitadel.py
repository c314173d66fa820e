"""ZITADEL: failed events, the events a view or projection could not process (one answer holds all), and,
when ``audit_events`` is set, the authentication failures of its event store (the audit trail)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator, Iterable

from failtrail_zitadel import Client
from failtrail_zitadel.api.admin import list_failed_events, remove_failed_event
from failtrail_zitadel.api.events import list_events
from failtrail_zitadel.lib.audit import (
    FAILURE_EVENT_TYPES,
    MAX_EVENTS,
    EventWalk,
    auth_request_id,
    event_key,
    failure_reason,
)
from failtrail_zitadel.models import Event, FailedEvent, ListEventsRequest, ListFailedEventsResponse

from .._config import VendorConfig
from .._record import FailureRecord
from .._settings import HTTP_KEYS, OAUTH_KEYS, flag, oauth_required, string
from .._values import text, utc
from .._window import Window
from . import Page, Source, Vendor, Walk
from ._client import client_options, oauth_credentials

__all__ = ["VENDOR", "ZitadelSource", "audit_failure", "identity", "open_source", "to_failure"]

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
    last_failed = event.last_failed
    if last_failed is None:
        return None
    database, view, sequence = text(event.database), text(event.view_name), event.failed_sequence
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


def audit_failure(event: Event) -> FailureRecord | None:
    """An authentication failure of the event store; None for an event without ``creationDate``.

    ``message`` is the server's name for the event type in the instance's language; ZITADEL sends the
    translation key itself when it has none (internal/i18n/translator.go), so then the type stands.
    """
    when = event.creation_date
    if when is None:
        return None
    kind, aggregate_id, sequence = event_key(event)
    event_type = event.type_.type_ if event.type_ is not None else None
    localized = event.type_.localized if event.type_ is not None else None
    words = text(localized.localized_message) if localized is not None else None
    if words is None or words == (localized.key if localized is not None else None):
        words = event_type
    reason = failure_reason(event)
    editor = event.editor
    return FailureRecord(
        vendor="zitadel",
        kind="auth-failure",
        id=f"{kind}/{aggregate_id}/{sequence}",
        when=utc(when),
        http_status=None,
        code=text(event_type),
        message=f"{words}: {reason}" if words and reason else words or reason,
        request_id=auth_request_id(event),
        resource=f"{kind}/{aggregate_id}",
        actor=(text(editor.display_name) or text(editor.user_id)) if editor is not None else None,
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
        self._notes: list[str] = []

    def walks(self, window: Window) -> list[Walk]:
        walks = [self._failed_events_walk(window)]
        if self.config.get("audit_events", False):
            walks.append(self._audit_walk(window))
        return walks

    def _failed_events_walk(self, window: Window) -> Walk:
        def to_page(answer: ListFailedEventsResponse) -> Page:
            records = (to_failure(event) for event in answer.result or [])
            return [record for record in records if record is not None and record.when in window]

        def pages() -> Iterable[Page]:
            yield to_page(list_failed_events.sync(client=self.client))

        async def apages() -> AsyncIterator[Page]:
            yield to_page(await list_failed_events.asyncio(client=self.client))

        # One answer, in no documented order: merging sorts it.
        return Walk("zitadel", "failed events", False, pages, apages)

    def _audit_walk(self, window: Window) -> Walk:
        # The event store's failures in the window, oldest first, paged by creation date
        # (failtrail_zitadel.lib.audit; specs/zitadel/SOURCES.md). ZITADEL answers at most 1000 a call.
        size = self.config.get("page_size")
        limit = MAX_EVENTS if size is None else int(size)  # EventWalk caps it at MAX_EVENTS

        def open_walk() -> EventWalk:
            return EventWalk(window.since, window.until, limit=limit)

        def to_page(events: list[Event]) -> Page:
            records = (audit_failure(event) for event in events)
            return [record for record in records if record is not None and record.when in window]

        def pages() -> Iterable[Page]:
            walk = open_walk()
            yield from map(to_page, walk.pages(self.client))
            self._crowded(walk)

        async def apages() -> AsyncIterator[Page]:
            walk = open_walk()
            async for events in walk.apages(self.client):
                yield to_page(events)
            self._crowded(walk)

        # Oldest first: merging sorts it.
        return Walk("zitadel", "audit events", False, pages, apages)

    def _crowded(self, walk: EventWalk) -> None:
        for instant in walk.crowded_instants:
            self._notes.append(
                f"audit events: {walk.limit} or more events share the creation date {instant.isoformat()};"
                f" those past the first {walk.limit} could not be read (a larger page_size reaches more, up to 1000)"
            )

    def notes(self) -> list[str]:
        return list(self._notes)

    def check(self) -> str:
        list_failed_events.sync(client=self.client)
        if not self.config.get("audit_events", False):
            return "listed failed events"
        list_events.sync(client=self.client, body=ListEventsRequest(limit=1, event_types=list(FAILURE_EVENT_TYPES)))
        return "listed failed events; searched the event store"

    def remove(self, database: str, view_name: str, failed_sequence: int) -> None:
        """Remove every failed event of that view with that sequence (ZITADEL's RemoveFailedEvent)."""
        remove_failed_event.sync(database, view_name, failed_sequence, client=self.client)

    def close(self) -> None:
        self.client.close()

    async def aclose(self) -> None:
        await self.client.aclose()


def open_source(config: VendorConfig) -> ZitadelSource:
    return ZitadelSource(config)


VENDOR = Vendor(
    keys={
        **HTTP_KEYS,
        **OAUTH_KEYS,
        "org_id": string,
        "audit_events": flag,  # off by default: the token then needs events.read too (IAM_OWNER_VIEWER has it)
    },
    required=lambda settings: ["base_url", *oauth_required(settings)],  # every instance has its own host
    open=open_source,
)
