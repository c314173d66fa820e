"""The ZITADEL sandbox's event store: seeded events and ListEvents' filters as the server applies them.

Sources (``specs/zitadel/SOURCES.md``): Z ``internal/api/grpc/admin/event.go`` (``from`` exclusive
and direction-dependent, ``range`` overriding it, ``limit`` 0 or above 1000 meaning 1000, aggregate
types derived from event types), ``proto/zitadel/admin.proto`` ListEventsRequest (its validation
rules), ``proto/zitadel/event.proto`` and ``internal/api/grpc/event/event.go`` (the answer's shape).
"""

from __future__ import annotations

import random
from bisect import insort
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ._sandbox_seed import History, PushedEvent
from ._sandbox_wire import proto_stamp

__all__ = ["EVENT_TYPES", "EventFilter", "EventStore", "aggregate_types", "event_types", "parse_filter"]

Record = dict[str, Any]

MAX_LIMIT = 1000  # Z internal/api/grpc/admin/event.go maxLimit
# Event type -> (aggregate type, English name or None): the aggregate type each type is registered with
# (Z internal/repository/*/eventstore.go), the name from Z internal/static/i18n/en.yaml EventTypes. None:
# en.yaml has no name for the key, and ZITADEL then sends the key itself (internal/i18n/translator.go).
EVENT_TYPES: dict[str, tuple[str, str | None]] = {
    "org.added": ("org", "Organization added"),
    "org.changed": ("org", "Organization changed"),
    "user.human.added": ("user", "Person added"),
    "user.unlocked": ("user", "User unlocked"),
    "user.human.password.check.succeeded": ("user", "Password check succeeded"),
    "user.human.password.check.failed": ("user", "Password check failed"),
    "user.human.mfa.otp.check.failed": ("user", "Multifactor OTP check failed"),
    "user.human.mfa.otp.sms.check.failed": ("user", "Multifactor OTP SMS check failed"),
    "user.human.mfa.otp.email.check.failed": ("user", "Multifactor OTP Email check failed"),
    "user.human.mfa.u2f.token.check.failed": ("user", "Multifactor U2F check failed"),
    "user.human.passwordless.token.check.failed": ("user", "Passkey Login check failed"),
    "user.human.passwordless.initialization.code.check.failed": ("user", "Passkey initialization code check failed"),
    "user.human.mfa.recoverycode.check.failed": ("user", None),
    "user.human.initialization.check.failed": ("user", "Initialization check failed"),
    "user.human.invite.check.failed": ("user", "Invitation check failed"),
    "user.human.email.verification.failed": ("user", "Email address verification failed"),
    "user.human.phone.verification.failed": ("user", "Phone number verification failed"),
    "user.locked": ("user", "User locked"),
    "user.password.check.failed": ("user", "Password check failed"),
    "user.mfa.otp.check.failed": ("user", "Multifactor OTP check failed"),
    "user.initialization.check.failed": ("user", "Initialization check failed"),
    "user.email.verification.failed": ("user", "Email address verification failed"),
    "user.phone.verification.failed": ("user", "Phone number verification failed"),
    "schemauser.locked": ("schemauser", None),
    "schemauser.email.verification.failed": ("schemauser", None),
    "schemauser.phone.verification.failed": ("schemauser", None),
    "auth_request.failed": ("auth_request", None),
    "saml_request.failed": ("saml_request", None),
    "idpintent.failed": ("idpintent", None),
}
# Aggregate type -> English name (Z internal/static/i18n/en.yaml AggregateTypes; none for schemauser).
_AGGREGATE_TYPES: dict[str, str | None] = {
    "action": "Action",
    "auth_request": "Auth Request",
    "idpintent": "IDP Intent",
    "instance": "Instance",
    "org": "Organization",
    "project": "Project",
    "saml_request": "SAML Request",
    "schemauser": None,
    "session": "Session",
    "user": "User",
}
_SERVICE = "zitadel"  # Z internal/query/event.go: every editor's service
# JSON name -> proto name; protojson reads both (Z gateway.go: JSONPb).
_ALIASES = {
    "editor_user_id": "editorUserId",
    "event_types": "eventTypes",
    "aggregate_id": "aggregateId",
    "aggregate_types": "aggregateTypes",
    "resource_owner": "resourceOwner",
    "creation_date": "creationDate",
}
_STRINGS = ("editorUserId", "aggregateId", "resourceOwner")
_LISTS = ("eventTypes", "aggregateTypes")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_GO_ZERO = datetime(1, 1, 1, tzinfo=UTC)


def _localized(prefix: str, kind: str, name: str | None) -> Record:
    """Z pkg/grpc/message: the key is ``<prefix>.<type>``; a key without a translation is sent as its own text."""
    key = f"{prefix}.{kind}"
    return {"type": kind, "localized": {"key": key, "localizedMessage": name or key}}


def event_types() -> list[Record]:
    return [_localized("EventTypes", kind, name) for kind, (_, name) in EVENT_TYPES.items()]


def aggregate_types() -> list[Record]:
    return [_localized("AggregateTypes", kind, name) for kind, name in _AGGREGATE_TYPES.items()]


@dataclass(frozen=True)
class EventFilter:
    """A decoded ListEventsRequest (names as in the JSON)."""

    sequence: int = 0
    limit: int = 0
    asc: bool = False
    strings: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    start: datetime | None = None  # from (or the deprecated creationDate)
    since: datetime | None = None
    until: datetime | None = None
    ranged: bool = False

    def violation(self) -> str | None:
        """The first PGV rule broken, in field order, as the validation interceptor words it."""
        rules: list[tuple[str, str, int]] = [
            ("editorUserId", "EditorUserId", 200),
            ("eventTypes", "EventTypes", 30),
            ("aggregateId", "AggregateId", 200),
            ("aggregateTypes", "AggregateTypes", 10),
            ("resourceOwner", "ResourceOwner", 200),
        ]
        for name, field_name, most in rules:
            if name in _LISTS and len(self.lists.get(name, [])) > most:
                return f"invalid ListEventsRequest.{field_name}: value must contain no more than {most} item(s)"
            if name in _STRINGS and len(self.strings.get(name, "")) > most:
                return f"invalid ListEventsRequest.{field_name}: value length must be between 0 and {most} runes, inclusive"
        return None


def _bad(name: str, value: Any) -> str:
    return f"proto: (line 1:2): invalid value for field {name}: {value!r}"


def _stamp(name: str, value: Any) -> datetime | str:
    if not isinstance(value, str):
        return _bad(name, value)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return f'proto: (line 1:2): invalid google.protobuf.Timestamp value "{value}"'
    if moment.tzinfo is None:
        return f'proto: (line 1:2): invalid google.protobuf.Timestamp value "{value}"'
    return moment


def parse_filter(body: dict[str, Any]) -> EventFilter | str:
    """The request as protojson decodes it (unknown fields ignored, null is unset), or the 400's message."""
    fields = {_ALIASES.get(key, key): value for key, value in body.items() if value is not None}
    if "from" in fields and "range" in fields:
        return (
            'proto: (line 1:2): error parsing "range", oneof '
            "zitadel.admin.v1.ListEventsRequest.creation_date_filter is already set"
        )
    sequence = fields.get("sequence", 0)
    if isinstance(sequence, str) and sequence.isascii() and sequence.isdigit():
        sequence = int(sequence)
    if isinstance(sequence, bool) or not isinstance(sequence, int) or not 0 <= sequence < 2**64:
        return _bad("sequence", fields.get("sequence"))
    limit = fields.get("limit", 0)
    if isinstance(limit, bool) or not isinstance(limit, int) or not 0 <= limit < 2**32:
        return _bad("limit", limit)
    asc = fields.get("asc", False)
    if not isinstance(asc, bool):
        return _bad("asc", asc)
    strings: dict[str, str] = {}
    for name in _STRINGS:
        value = fields.get(name, "")
        if not isinstance(value, str):
            return _bad(name, value)
        strings[name] = value
    lists: dict[str, list[str]] = {}
    for name in _LISTS:
        items = fields.get(name, [])
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            return _bad(name, items)
        lists[name] = items
    moments: dict[str, datetime | None] = {}
    window = fields.get("range", {})
    if not isinstance(window, dict):
        return _bad("range", window)
    for name, value in (
        ("creationDate", fields.get("creationDate")),
        ("from", fields.get("from")),
        ("since", window.get("since")),
        ("until", window.get("until")),
    ):
        found = None if value is None else _stamp(name, value)
        if isinstance(found, str):
            return found
        moments[name] = found
    return EventFilter(
        sequence=sequence,
        limit=limit,
        asc=asc,
        strings=strings,
        lists=lists,
        start=moments["from"] or moments["creationDate"],
        since=moments["since"],
        until=moments["until"],
        ranged="range" in fields,
    )


def _set(moment: datetime | None) -> datetime | None:
    """Z internal/eventstore/search_query.go: ``IsZero() || Unix() == 0`` is no filter (Go's zero time, year 1,
    or any instant of the epoch's first second)."""
    if moment is None or moment == _GO_ZERO or _EPOCH <= moment < _EPOCH + timedelta(seconds=1):
        return None
    return moment


@dataclass
class _Stored:
    moment: datetime
    aggregate_type: str
    record: Record


class EventStore:
    """Events in pushes, oldest first: the events of one push share one creation date (the push
    transaction's NOW(): Z cmd/setup/70.sql), and keep their order within it (in_tx_order)."""

    def __init__(self, rng: random.Random, now: datetime, days: float, count: int) -> None:
        self._stored: list[_Stored] = []
        self._sequences: dict[tuple[str, str], int] = {}  # sequences count per aggregate
        self.history = History(rng)
        pushes: list[list[PushedEvent]] = []
        held = 0
        while held < count and len(pushes) < count * 2:
            pushes.append(self.history.next_push()[: count - held])
            held += len(pushes[-1])
        span = timedelta(days=days)  # every push in [now - days, now): none in the future
        moments = sorted(now - span + span * rng.random() for _ in pushes)
        for moment, push in zip(moments, pushes, strict=True):
            self.push(moment, push)

    def push(self, moment: datetime, events: Sequence[PushedEvent]) -> list[Record]:
        """Store one push at ``moment`` (after any events already there at that instant); its records.

        ``events``: (event type, aggregate id, resource owner, editor user id, payload) each; the event
        type must be one of :data:`EVENT_TYPES`. Editors named in ``history.names`` get a displayName.
        """
        records = []
        for kind, aggregate, owner, editor, payload in events:
            aggregate_type = EVENT_TYPES[kind][0]
            sequence = self._sequences[(aggregate_type, aggregate)] = (
                self._sequences.get((aggregate_type, aggregate), 0) + 1
            )
            record: Record = {
                "editor": {"userId": editor, "service": _SERVICE},
                "aggregate": {
                    "id": aggregate,
                    "type": _localized("AggregateTypes", aggregate_type, _AGGREGATE_TYPES.get(aggregate_type)),
                    "resourceOwner": owner,
                },
                "sequence": str(sequence),
                "creationDate": proto_stamp(moment),
                "type": _localized("EventTypes", kind, EVENT_TYPES[kind][1]),
            }
            name = self.history.names.get(editor)
            if name:  # left out when the editor is not found
                record["editor"]["displayName"] = name
            if payload:  # left out when empty
                record["payload"] = payload
            records.append(record)
            insort(self._stored, _Stored(moment, aggregate_type, record), key=lambda stored: stored.moment)
        return records

    @property
    def records(self) -> list[Record]:
        return [stored.record for stored in self._stored]

    def search(self, found: EventFilter) -> list[Record]:
        """The events matching every filter, newest first unless ``asc``, at most the limit."""
        start = None if found.ranged else _set(found.start)  # range set: from/creationDate ignored
        since, until = _set(found.since), _set(found.until)
        event_filter = set(found.lists.get("eventTypes", []))
        aggregate_filter = set(found.lists.get("aggregateTypes", [])) or {
            EVENT_TYPES.get(kind, ("", None))[0] for kind in event_filter
        }
        wanted: dict[str, Callable[[Record], Any]] = {
            "editorUserId": lambda r: r["editor"]["userId"],
            "aggregateId": lambda r: r["aggregate"]["id"],
            "resourceOwner": lambda r: r["aggregate"]["resourceOwner"],
        }
        matched: list[Record] = []
        for stored in self._stored if found.asc else reversed(self._stored):
            record, moment = stored.record, stored.moment
            if any(found.strings.get(name) and get(record) != found.strings[name] for name, get in wanted.items()):
                continue
            if event_filter and record["type"]["type"] not in event_filter:
                continue
            if aggregate_filter and stored.aggregate_type not in aggregate_filter:
                continue
            sequence = int(record["sequence"])
            if found.sequence and (sequence <= found.sequence if found.asc else sequence >= found.sequence):
                continue
            if (since is not None and moment <= since) or (until is not None and moment >= until):
                continue
            if start is not None and not (moment > start if found.asc else moment < start):
                continue
            matched.append(record)
            if len(matched) >= (found.limit if 0 < found.limit <= MAX_LIMIT else MAX_LIMIT):
                break
        return matched
