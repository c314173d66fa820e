"""The ZITADEL sandbox's event store: seeded events and ListEvents' filters as the server applies them.

Sources (``specs/zitadel/SOURCES.md``): Z ``internal/api/grpc/admin/event.go`` (``from`` exclusive
and direction-dependent, ``range`` overriding it, ``limit`` 0 or above 1000 meaning 1000, aggregate
types derived from event types), ``proto/zitadel/admin.proto`` ListEventsRequest (its validation
rules), ``proto/zitadel/event.proto`` and ``internal/api/grpc/event/event.go`` (the answer's shape).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ._sandbox_wire import proto_stamp

__all__ = ["EventFilter", "EventStore", "aggregate_types", "event_types", "parse_filter"]

Record = dict[str, Any]

MAX_LIMIT = 1000  # Z internal/api/grpc/admin/event.go maxLimit
# Event type -> (aggregate type, English name): Z internal/static/i18n/en.yaml EventTypes.
_EVENT_TYPES = {
    "org.added": ("org", "Organization added"),
    "org.changed": ("org", "Organization changed"),
    "user.human.added": ("user", "Person added"),
    "user.human.password.check.succeeded": ("user", "Password check succeeded"),
    "user.human.password.check.failed": ("user", "Password check failed"),
    "user.human.mfa.otp.check.failed": ("user", "Multifactor OTP check failed"),
}
# Aggregate type -> English name: Z internal/static/i18n/en.yaml AggregateTypes.
_AGGREGATE_TYPES = {
    "action": "Action",
    "instance": "Instance",
    "org": "Organization",
    "project": "Project",
    "session": "Session",
    "user": "User",
}
_SERVICE = "zitadel"  # Z internal/query/event.go: every editor's service
_NAMES = ["Gigi Giraffe", "Minnie Mouse", "Ada Lovelace", "Grace Hopper", "Alan Turing", "Linus Torvalds"]
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


def _localized(prefix: str, kind: str, name: str) -> Record:
    return {"type": kind, "localized": {"key": f"{prefix}.{kind}", "localizedMessage": name}}


def event_types() -> list[Record]:
    return [_localized("EventTypes", kind, name) for kind, (_, name) in _EVENT_TYPES.items()]


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
    """Z internal/eventstore/search_query.go: a zero time or the Unix epoch is no filter."""
    return None if moment is None or moment == _EPOCH else moment


@dataclass
class _Stored:
    moment: datetime
    aggregate_type: str
    record: Record


class EventStore:
    """Seeded events in pushes: the events of one push share one creation date (statement_timestamp())."""

    def __init__(self, rng: random.Random, now: datetime, days: float, count: int) -> None:
        self._stored: list[_Stored] = []
        orgs = [str(rng.randint(10**17, 10**18 - 1)) for _ in range(2)]
        users: list[tuple[str, str]] = []  # (id, owning org)
        sequences: dict[str, int] = {}  # sequences count per aggregate
        names: dict[str, str] = {}
        admin = str(rng.randint(10**17, 10**18 - 1))
        names[admin] = "Instance Admin"
        start = now - timedelta(days=days)
        step = timedelta(days=days) / max(count, 1)
        moment = start
        pushes = 0
        while len(self._stored) < count and pushes < count * 2:
            pushes += 1
            moment += step * rng.uniform(0.2, 1.8)
            moment = moment.replace(microsecond=rng.randrange(1_000_000))
            for kind, aggregate, owner, editor, payload in self._push(rng, orgs, users, admin, names):
                sequences[aggregate] = sequences.get(aggregate, 0) + 1
                aggregate_type = _EVENT_TYPES[kind][0]
                record: Record = {
                    "editor": {"userId": editor, "service": _SERVICE},
                    "aggregate": {
                        "id": aggregate,
                        "type": _localized("AggregateTypes", aggregate_type, _AGGREGATE_TYPES[aggregate_type]),
                        "resourceOwner": owner,
                    },
                    "sequence": str(sequences[aggregate]),
                    "creationDate": proto_stamp(moment),
                    "type": _localized("EventTypes", kind, _EVENT_TYPES[kind][1]),
                }
                if editor in names:  # left out when the editor is not found
                    record["editor"]["displayName"] = names[editor]
                if payload:  # left out when empty
                    record["payload"] = payload
                self._stored.append(_Stored(moment, aggregate_type, record))
                if len(self._stored) >= count:
                    break

    @staticmethod
    def _push(
        rng: random.Random, orgs: list[str], users: list[tuple[str, str]], admin: str, names: dict[str, str]
    ) -> list[tuple[str, str, str, str, Record]]:
        """One push: (event type, aggregate id, resource owner, editor, payload) per event, one instant."""
        roll = rng.random()
        if not users or roll < 0.15:
            user, org = str(rng.randint(10**17, 10**18 - 1)), rng.choice(orgs)
            users.append((user, org))
            name = rng.choice(_NAMES)
            names[user] = name
            first, last = name.split(" ", 1)
            payload = {"userName": f"{first.lower()}@example.com", "firstName": first, "lastName": last}
            return [("user.human.added", user, org, admin, payload)]
        if roll < 0.2:
            org = rng.choice(orgs)
            return [("org.changed", org, org, admin, {"name": f"Org {rng.randint(1, 99)}"})]
        user, org = rng.choice(users)
        editor = user if rng.random() < 0.9 else str(rng.randint(10**17, 10**18 - 1))  # an unknown editor
        agent = {"userAgentID": str(rng.randint(10**17, 10**18 - 1))} if rng.random() < 0.7 else {}
        if roll < 0.55:
            return [("user.human.password.check.succeeded", user, org, editor, agent)]
        if roll < 0.85:
            return [("user.human.password.check.failed", user, org, editor, agent)]
        # two events in one push: they share the creation date
        return [
            ("user.human.password.check.failed", user, org, editor, agent),
            ("user.human.mfa.otp.check.failed", user, org, editor, agent),
        ]

    @property
    def records(self) -> list[Record]:
        return [stored.record for stored in self._stored]

    def search(self, found: EventFilter) -> list[Record]:
        """The events matching every filter, newest first unless ``asc``, at most the limit."""
        start = None if found.ranged else _set(found.start)  # range set: from/creationDate ignored
        since, until = _set(found.since), _set(found.until)
        event_filter = set(found.lists.get("eventTypes", []))
        aggregate_filter = set(found.lists.get("aggregateTypes", [])) or {
            _EVENT_TYPES.get(kind, ("", ""))[0] for kind in event_filter
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
