"""ZITADEL's authentication failures in its event store, and the walk that reads them all.

ListEvents has no page token: one answer holds at most 1000 events. :class:`EventWalk` pages by
creation date (``asc``, a ``range`` whose ``since`` moves to the last event's instant minus 1 µs,
events seen at that instant dropped), as ``specs/zitadel/SOURCES.md`` ("Authentication failures in
the event store") derives from ZITADEL's code::

    walk = EventWalk(since, until)
    for events in walk.pages(client):
        ...
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import datetime, timedelta

from ..api.events import list_events
from ..client import Client
from ..models import CreationDateRange, Event, ListEventsRequest, ListEventsResponse

__all__ = [
    "AUTH_REQUEST_INFO_TYPES",
    "FAILURE_EVENT_TYPES",
    "MAX_EVENTS",
    "EventWalk",
    "auth_request_id",
    "event_key",
    "failure_reason",
]

MAX_EVENTS = 1000
"""ListEvents answers at most this many events; a ``limit`` of 0 or above it means it (Z admin/event.go maxLimit)."""

# Every event type ZITADEL writes when an authentication or a code check fails, or a user is locked
# (zitadel/zitadel internal/repository/..., each registered with a mapper): sources per type in
# specs/zitadel/SOURCES.md. At most 30 may be sent (admin.proto ListEventsRequest.event_types).
FAILURE_EVENT_TYPES: tuple[str, ...] = (
    "user.human.password.check.failed",
    "user.human.mfa.otp.check.failed",
    "user.human.mfa.otp.sms.check.failed",
    "user.human.mfa.otp.email.check.failed",
    "user.human.mfa.u2f.token.check.failed",
    "user.human.passwordless.token.check.failed",
    "user.human.passwordless.initialization.code.check.failed",
    "user.human.mfa.recoverycode.check.failed",
    "user.human.initialization.check.failed",
    "user.human.invite.check.failed",
    "user.human.email.verification.failed",
    "user.human.phone.verification.failed",
    "user.locked",
    "user.password.check.failed",
    "user.mfa.otp.check.failed",
    "user.initialization.check.failed",
    "user.email.verification.failed",
    "user.phone.verification.failed",
    "schemauser.locked",
    "schemauser.email.verification.failed",
    "schemauser.phone.verification.failed",
    "auth_request.failed",
    "saml_request.failed",
    "idpintent.failed",
)

# The types whose payload embeds AuthRequestInfo, so that its "id" is the login's auth request
# (internal/repository/user/auth_request_info.go); the passwordless init code's "id" is a code id.
AUTH_REQUEST_INFO_TYPES: frozenset[str] = frozenset(
    {
        "user.human.password.check.failed",
        "user.human.mfa.otp.check.failed",
        "user.human.mfa.otp.sms.check.failed",
        "user.human.mfa.otp.email.check.failed",
        "user.human.mfa.u2f.token.check.failed",
        "user.human.passwordless.token.check.failed",
        "user.human.mfa.recoverycode.check.failed",
        "user.password.check.failed",
        "user.mfa.otp.check.failed",
    }
)

_MICROSECOND = timedelta(microseconds=1)  # creation dates are TIMESTAMPTZ: microseconds

EventKey = tuple[str, str, int]


def event_key(event: Event) -> EventKey:
    """Aggregate type, aggregate id, sequence: unique per instance (the events table's primary key)."""
    aggregate = event.aggregate
    kind = aggregate.type_.type_ if aggregate is not None and aggregate.type_ is not None else None
    return (kind or "", (aggregate.id if aggregate is not None else None) or "", event.sequence or 0)


def _payload_text(event: Event, name: str) -> str | None:
    payload = event.payload
    value = payload.additional_properties.get(name) if payload is not None else None
    return value if isinstance(value, str) and value else None


def auth_request_id(event: Event) -> str | None:
    """The login's auth request the failed check belonged to, for the types whose payload carries it."""
    kind = event.type_.type_ if event.type_ is not None else None
    return _payload_text(event, "id") if kind in AUTH_REQUEST_INFO_TYPES else None


def failure_reason(event: Event) -> str | None:
    """The reason a failed IdP intent gives in words (``idpintent.failed``); auth and SAML requests
    give only an enum number."""
    return _payload_text(event, "reason")


class EventWalk:
    """Every event of ``event_types`` created in ``since <= creationDate < until``, oldest first.

    One walk is one read: :meth:`pages` or :meth:`apages`, once. ``crowded_instants`` lists the
    instants where ``limit`` events or more shared one creation date, so that those past the first
    ``limit`` could not be asked for (no bound or token splits an instant).
    """

    def __init__(
        self,
        since: datetime,
        until: datetime,
        *,
        event_types: Iterable[str] = FAILURE_EVENT_TYPES,
        limit: int = MAX_EVENTS,
    ) -> None:
        if since.tzinfo is None or until.tzinfo is None:
            raise ValueError("since and until must be aware datetimes")
        if limit < 1:
            raise ValueError(f"limit must be at least 1, not {limit}")
        self.event_types = list(event_types)
        self.limit = min(limit, MAX_EVENTS)  # above it the server answers MAX_EVENTS: "short means last" would lie
        self.until = until
        self.crowded_instants: list[datetime] = []
        self._since = since - _MICROSECOND  # the bound is exclusive
        self._seen: set[EventKey] = set()
        self._done = False

    def request(self) -> ListEventsRequest:
        """The body of the next search."""
        window = CreationDateRange(since=self._since, until=self.until)
        return ListEventsRequest(asc=True, limit=self.limit, event_types=self.event_types, range_=window)

    def take(self, answer: ListEventsResponse) -> list[Event]:
        """The answer's events not delivered before; moves the lower bound past them."""
        events = answer.events or []
        fresh = [event for event in events if event_key(event) not in self._seen]
        last = next((e.creation_date for e in reversed(events) if e.creation_date is not None), None)
        if len(events) < self.limit or last is None:
            self._done = True
            return fresh
        if fresh and last - _MICROSECOND > self._since:
            self._since = last - _MICROSECOND  # events sharing the last instant come again: dropped below
            self._seen = {event_key(e) for e in events if e.creation_date == last}
        else:  # a whole answer at one instant: nothing past its first `limit` events can be asked for
            self.crowded_instants.append(last)
            self._since = last
            self._seen = set()
        return fresh

    @property
    def done(self) -> bool:
        return self._done

    def pages(self, client: Client) -> Iterator[list[Event]]:
        """Each answer's new events, requesting the next answer only when asked."""
        while not self._done:
            yield self.take(list_events.sync(client=client, body=self.request()))

    async def apages(self, client: Client) -> AsyncIterator[list[Event]]:
        while not self._done:
            yield self.take(await list_events.asyncio(client=client, body=self.request()))
