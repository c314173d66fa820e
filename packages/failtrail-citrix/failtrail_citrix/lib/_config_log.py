"""The Citrix DaaS configuration log, as :class:`~failtrail_citrix.lib.sandbox.CitrixSandbox` serves it.

``GET /cvad/manage/ConfigLog/Operations`` as Citrix documents it (``specs/citrix/SOURCES.md``, "DaaS
configuration log"): the ``Citrix-InstanceId`` site header, ``text`` / ``days`` / ``searchDateOption``
filters, ``limit`` (default 250, at most 1000), opaque ``continuationToken`` batches, operations
newest first, ``StartTime`` / ``EndTime`` written ``M/d/yyyy : h:mm:ss tt`` in the ``X-TimeZone`` the
caller names (else the deprecated ``timeDiff``, else the server's own time zone) and
``FormattedStartTime`` as an RFC 3339 UTC time. Answers marked *unsourced* are this sandbox's guesses.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any

import httpx
from failtrail_core.sandbox import BadInt, Refused, int_param, json_response, random_moment, random_uuid

from ._problem import problem

__all__ = ["DEFAULT_INSTANCE_ID", "ConfigLog"]

DEFAULT_INSTANCE_ID = "22ded57c-0306-47e4-b6e8-fed6252759e1"  # the site id of Citrix's samples (S11)
_DEFAULT_LIMIT = 250  # S7: "the server might use a default limit of 250 items"
_MAX_LIMIT = 1000  # S7: "larger than 1000, the server might reject the call"
_INT32 = (-(2**31), 2**31 - 1)


@dataclass(frozen=True)
class _Kind:
    """One kind of logged operation: its text, the object types it touches, its type and source."""

    text: str
    targets: tuple[str, ...]
    operation_type: str
    source: str
    names: str  # which pool of names fills {name}


_KINDS = [
    _Kind("Remove Application '{name}'", ("Application",), "ConfigurationChange", "Broker SDK", "apps"),  # S11
    _Kind("Create Application '{name}'", ("Application",), "ConfigurationChange", "Studio", "apps"),
    _Kind("Create Machine Catalog '{name}'", ("Catalog",), "ConfigurationChange", "Studio", "catalogs"),
    _Kind("Update Machine Catalog '{name}'", ("Catalog",), "ConfigurationChange", "Studio", "catalogs"),
    _Kind(
        "Add Machines to Machine Catalog '{name}'",
        ("Catalog", "Machine"),
        "ConfigurationChange",
        "Machine Creation Services",
        "catalogs",
    ),
    _Kind("Create Delivery Group '{name}'", ("DesktopGroup",), "ConfigurationChange", "Studio", "groups"),
    _Kind("Update Delivery Group '{name}'", ("DesktopGroup",), "ConfigurationChange", "Broker SDK", "groups"),
    _Kind("Update Host Connection '{name}'", ("Hypervisor",), "ConfigurationChange", "Host Service", "hosts"),
    _Kind("Shutdown Machine '{name}'", ("Machine",), "AdminActivity", "Studio", "machines"),
    _Kind("Restart Machine '{name}'", ("Machine",), "AdminActivity", "Studio", "machines"),
]
_NAMES = {
    "apps": ["DataExplorer", "Excel", "Notepad++", "SAP GUI", "Power BI Desktop"],
    "catalogs": ["Win11-Pool", "Finance-VDI", "Dev-Workstations", "Kiosk-Shared"],
    "groups": ["Finance Desktops", "Engineering Apps", "Call Center"],
    "hosts": ["Azure-WestEurope", "vSphere-DC1", "AWS-us-east-1"],
    "machines": ["CORP\\VDA-0101", "CORP\\VDA-0102", "CORP\\VDA-0217", "CORP\\W11-POOL-033"],
}
_ADMINS = ["jack.smith@example.com", "ana.silva@example.com", "kenji.sato@example.com", "lea.martin@example.com"]
# S7's SearchDateOption values, each as how far back it reaches (Today and Yesterday: calendar days in the
# caller's time zone). How Citrix counts a month is unsourced: 30 days here.
_SPANS = {
    "LastMinute": timedelta(minutes=1),
    "Last5Minutes": timedelta(minutes=5),
    "Last30Minutes": timedelta(minutes=30),
    "LastHour": timedelta(hours=1),
    "Last12Hours": timedelta(hours=12),
    "Last24Hours": timedelta(hours=24),
    "Last7Days": timedelta(days=7),
    "Last28Days": timedelta(days=28),
    "LastMonth": timedelta(days=30),
    "LastThreeMonths": timedelta(days=90),
    "LastSixMonths": timedelta(days=180),
}
_CALENDAR = ("Today", "Yesterday")
# A few Windows time-zone ids (X-TimeZone takes "a valid Windows Id or Utc Offset", S7), as IANA zones.
_WINDOWS_ZONES = {
    "GMT Standard Time": "Europe/London",
    "W. Europe Standard Time": "Europe/Berlin",
    "Eastern Standard Time": "America/New_York",
    "Pacific Standard Time": "America/Los_Angeles",
    "India Standard Time": "Asia/Kolkata",
    "Tokyo Standard Time": "Asia/Tokyo",
}
_OFFSET = re.compile(r"(?:UTC)?([+-])(\d{2}):?(\d{2})")


@dataclass(frozen=True)
class _Operation:
    start: datetime  # UTC, to the millisecond
    end: datetime | None  # None while it runs
    fields: dict[str, Any]  # every field but the times, which are written per request


class ConfigLog:
    """``count`` operations of one site over the ``days`` before ``now``, newest first (S7: "Results are
    returned in the order of most-recent to least-recent")."""

    def __init__(
        self,
        rng: random.Random,
        *,
        now: datetime,
        days: float,
        count: int,
        instance_id: str,
        server_zone: tzinfo,
        partial: bool,
    ) -> None:
        self.now = now
        self.instance_id = instance_id
        self.server_zone = server_zone
        self.partial = partial
        drawn = sorted((_draw(rng, now, days) for _ in range(count)), key=lambda op: op.start, reverse=True)
        self._operations = drawn

    @property
    def operations(self) -> list[dict[str, Any]]:
        """Every operation newest first, as a caller in UTC reads it."""
        return [_written(op, UTC) for op in self._operations]

    def failed(self) -> list[dict[str, Any]]:
        """The operations that failed (``IsSuccessful: false``), newest first, as read in UTC."""
        return [op for op in self.operations if op["IsSuccessful"] is False]

    def answer(self, request: httpx.Request) -> httpx.Response:
        """One batch, or the refusal Citrix would send (raised as :class:`Refused`)."""
        site = request.headers.get("Citrix-InstanceId")
        if not site:  # S5 names common/missing for "a required input value was missing"; the parameters are ours
            parameters = [_pair("name", "Citrix-InstanceId")]
            raise Refused(problem(400, "common/missing", "Citrix-InstanceId is required", parameters))
        if site.lower() != self.instance_id.lower():  # unsourced: treated as the wrong customer is
            raise Refused(problem(403, "common/authorization", "Access denied"))
        query = {key.lower(): value for key, value in request.url.params.items()}  # ASP.NET binds case-blind
        zone = self._zone(request.headers.get("X-TimeZone"), query.get("timediff"))
        limit = int_param(query.get("limit"), "limit", _DEFAULT_LIMIT, 1, _MAX_LIMIT, _bad_int)
        since, until = self._span(query, zone)
        pattern = _pattern(query.get("text"))
        matched = [
            op
            for op in self._operations
            if (since is None or op.start >= since)
            and (until is None or op.start < until)
            and (pattern is None or pattern.fullmatch(op.fields["Text"]))
        ]
        scope = hashlib.sha256(
            "|".join([self.instance_id, query.get("text", ""), str(since), str(until)]).encode()
        ).digest()[:8]
        offset, round_ = _decode_token(query.get("continuationtoken"), scope)
        size = self._batch_size(scope, offset, round_, limit)
        batch = matched[offset : offset + size]
        following = offset + size
        if following < len(matched):
            token: str | None = _encode_token(following, 0 if size else round_ + 1, scope)
        else:
            token = None
        body = {"Items": [_written(op, zone) for op in batch], "ContinuationToken": token}
        return json_response(200, body)

    # -- the request's reading ------------------------------------------------------------------------

    def _zone(self, header: str | None, time_diff: str | None) -> tzinfo:
        """The time zone the caller reads times in: X-TimeZone, else timeDiff (deprecated), else the server's."""
        if header is not None:
            zone = _parse_zone(header.strip())
            if zone is None:  # unsourced: Citrix does not say how it refuses an unknown time zone
                detail = "X-TimeZone must be a valid Windows Id or Utc Offset from IANA time zones."
                raise Refused(problem(400, "common/invalidString", detail, [_pair("X-TimeZone", header)]))
            return zone
        if time_diff is not None:
            seconds = int_param(time_diff, "timeDiff", 0, -14 * 3600, 14 * 3600, _bad_int)
            return timezone(timedelta(seconds=seconds))
        return self.server_zone

    def _span(self, query: Mapping[str, str], zone: tzinfo) -> tuple[datetime | None, datetime | None]:
        """``[since, until)`` of the operations' start that ``days`` or ``searchDateOption`` asks for."""
        days, option = query.get("days"), query.get("searchdateoption")
        if days is not None and option is not None:  # S7: "exclusive"; how Citrix refuses both is unsourced
            detail = "The parameters days and searchDateOption are exclusive."
            parameters = [_pair("days", days), _pair("searchDateOption", option)]
            raise Refused(problem(400, "common/invalidString", detail, parameters))
        if days is not None:
            count = int_param(days, "days", 0, *_INT32, _bad_int)
            return self.now - timedelta(days=count), None  # unsourced: whole 24-hour days back from now
        if option is None:
            return None, None
        chosen = next((name for name in [*_SPANS, *_CALENDAR] if name.lower() == option.lower()), None)
        if chosen is None:  # S5: common/invalidEnum, "a value ... which the service did not understand"
            detail = f"The value '{option}' is not valid for searchDateOption."
            raise Refused(problem(400, "common/invalidEnum", detail, [_pair("searchDateOption", option)]))
        if chosen in _SPANS:
            return self.now - _SPANS[chosen], None
        midnight = self.now.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)
        if chosen == "Today":
            return midnight, None
        return midnight - timedelta(days=1), midnight

    def _batch_size(self, scope: bytes, offset: int, round_: int, limit: int) -> int:
        """``limit``, or with ``partial`` what a query that "cannot be completed" hands back: anything from
        none to ``limit`` (never none twice in a row), the rest behind a continuation token."""
        if not self.partial:
            return limit
        drawn = int.from_bytes(hashlib.sha256(scope + offset.to_bytes(8, "big")).digest()[:4], "big") % (limit + 1)
        return max(drawn, 1) if round_ else drawn


# -- seeded operations ------------------------------------------------------------------------------


def _draw(rng: random.Random, now: datetime, days: float) -> _Operation:
    kind = rng.choice(_KINDS)
    name = rng.choice(_NAMES[kind.names])
    start = random_moment(rng, now, days)
    start = start.replace(microsecond=start.microsecond // 1000 * 1000)
    running = rng.random() < 0.03
    end = None if running else start + timedelta(milliseconds=rng.randint(200, 180_000))
    failed = not running and rng.random() < 0.3
    admin = rng.choice(_ADMINS)
    cloud = rng.random() < 0.6  # a Citrix Cloud administrator, else a domain one with a Windows SID
    domain = "-".join(str(rng.randint(10**9, 4 * 10**9)) for _ in range(3))
    identity = None if cloud else f"S-1-5-21-{domain}-{rng.randint(1100, 1999)}"
    fields: dict[str, Any] = {
        "Id": random_uuid(rng),
        "Text": kind.text.format(name=name),
        "User": admin if cloud else f"CORP\\{admin.split('@')[0].replace('.', '')}",
        "UserIdentity": identity,
        "Source": kind.source,
        "AdminMachineIP": "" if cloud else f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        "IsSuccessful": None if running else not failed,
        "TargetTypes": list(kind.targets),
        "OperationType": kind.operation_type,
        "Labels": [],
        "Metadata": [],
        "Parameters": [{"Name": "Name", "Value": name}],  # S7 NameValueStringPairModel
    }
    return _Operation(start, end, fields)


def _written(op: _Operation, zone: tzinfo) -> dict[str, Any]:
    """The operation as the API writes it for a caller in ``zone``: ``Id``, then the rest by name (S11's sample)."""
    times = {
        "StartTime": _local(op.start, zone),
        "FormattedStartTime": _rfc3339(op.start),
        "EndTime": None if op.end is None else _local(op.end, zone),
        "FormattedEndTime": None if op.end is None else _rfc3339(op.end),
    }
    written = {**op.fields, **times}
    return {"Id": written.pop("Id"), **dict(sorted(written.items()))}


def _local(moment: datetime, zone: tzinfo) -> str:
    """``12/21/2020 : 3:21:12 PM``: Citrix's sample (S11), ``M/d/yyyy : h:mm:ss tt``, no offset."""
    t = moment.astimezone(zone)
    return f"{t.month}/{t.day}/{t.year} : {t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


def _rfc3339(moment: datetime) -> str:
    """``2025-12-06T16:44:35.470Z``, as Palo Alto's DaaS collector reads FormattedStartTime (T2); unsourced at Citrix."""
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.{moment.microsecond // 1000:03d}Z"


# -- helpers ----------------------------------------------------------------------------------------


def _pair(name: str, value: str) -> dict[str, str]:
    """An error parameter: ``{name, value}`` (S7 ``ErrorResponseParameter``)."""
    return {"name": name, "value": value}


def _parse_zone(text: str) -> tzinfo | None:
    if text.upper() in ("UTC", "Z"):
        return UTC
    found = _OFFSET.fullmatch(text)
    if found is not None:
        sign = -1 if found[1] == "-" else 1
        hours, minutes = int(found[2]), int(found[3])
        if hours <= 14 and minutes < 60:
            return timezone(sign * timedelta(hours=hours, minutes=minutes))
        return None
    iana = _WINDOWS_ZONES.get(text)
    if iana is None:
        return None
    try:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
    except ImportError:  # pragma: no cover - every supported Python has zoneinfo
        return None
    try:
        return ZoneInfo(iana)
    except ZoneInfoNotFoundError:  # no time-zone database on this system
        return None


def _pattern(text: str | None) -> re.Pattern[str] | None:
    """S7: "case-insensitive and may include the wildcard *"; the whole Text must match (unsourced)."""
    if not text:
        return None
    return re.compile(".*".join(re.escape(part) for part in text.split("*")), re.IGNORECASE | re.DOTALL)


def _bad_int(bad: BadInt) -> httpx.Response:
    """S5: common/outOfRange for "a number is out of range"; a value that is no number: unsourced."""
    if bad.value is None:
        detail = f"The value '{bad.raw}' is not valid for {bad.name}."
        return problem(400, "common/invalidString", detail, [_pair(bad.name, bad.raw)])
    detail = f"{bad.name} must be between {bad.low} and {bad.high}."
    return problem(400, "common/outOfRange", detail, [_pair(bad.name, bad.raw)])


_TOKEN_LEAD = (
    b"\xfb\xef\xbe"  # standard base64 "++++": every token holds "+" (and most "/" or "="), which need encoding
)


def _encode_token(offset: int, round_: int, scope: bytes) -> str:
    """Opaque to the caller (S7: "pass the continuation token back"); its format is unsourced."""
    return base64.b64encode(_TOKEN_LEAD + scope + offset.to_bytes(4, "big") + round_.to_bytes(1, "big")).decode()


def _decode_token(raw: str | None, scope: bytes) -> tuple[int, int]:
    """The offset and empty-batch round a token stands for; it only holds for the query it came from."""
    if raw is None:
        return 0, 0
    try:
        data = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        data = b""
    lead, rest = data[:3], data[3:]
    if lead == _TOKEN_LEAD and len(rest) == 13 and rest[:8] == scope:
        return int.from_bytes(rest[8:12], "big"), rest[12]
    # unsourced: Citrix documents no answer to a forged or foreign token
    detail = "The value provided for continuationToken is not valid."
    raise Refused(problem(400, "common/invalidString", detail, [_pair("continuationToken", raw)]))
