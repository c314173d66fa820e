"""A sandbox of a VinylDNS API server's failure listings and batch changes, for our tests and yours.

It behaves as the open-source server's code does (vinyldns/vinyldns, ``modules/api``): every call but
``/ping`` and ``/health`` must carry a real AWS Signature V4 (checked the way ``Aws4Authenticator``
checks it, against the access and secret key given here: the canonical path encoded once, so ids
needing percent-escapes cannot be signed with botocore), ``startFrom``/``maxItems``/``nextId`` pages
sorted newest first, and plain-text bodies (``Authentication Failed: ...``, ``maxItems was 101, ...``).
The failure listings neither look the zone up nor check access to it: an unknown zone answers an empty
page, the restricted zone its failures. ``locked_access_key`` belongs to a locked account (403).

    sandbox = VinylDNSSandbox(records=250, seed=1)
    client = httpx.Client(base_url="http://localhost:9000", transport=sandbox.transport(), auth=signer)

Run ``python -m failtrail_vinyldns.lib.sandbox --port 9000`` to serve it over HTTP.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import random
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import Any
from urllib.parse import quote, unquote

import httpx
from failtrail_core.sandbox import (
    FaultRule,
    Refused,
    SeededSandbox,
    json_response,
    page_slice,
    random_hex,
    random_stamp,
    random_uuid,
    serve_forever_cli,
    shown_secret,
    text_response,
    utc_stamp,
)

from ._batches import seed_batch_changes, summary_of

__all__ = ["FaultRule", "VinylDNSSandbox", "canonical_request"]

Record = dict[str, Any]

_MAX_ITEMS = 100
_INT32 = 2**31 - 1
DEFAULT_SECRET = "sandbox-secret-key"
LOCKED_ACCESS_KEY = "locked-access-key"
# VinylDNS's own pattern (Aws4Authenticator.scala:41-53): findPrefixMatchOf with a final "$", so the
# whole header (up to one final line break, Java's "$") must match.
_AUTH = re.compile(
    r"AWS4-HMAC-SHA256 *Credential=([^/]*)/([0-9]{8}/[^/]*/[^/]*/aws4_request),"
    r" *SignedHeaders=([^,]+), *Signature=([a-f0-9]{64})\n?"
)
_AUTH_FAILED = "Authentication Failed: "
_SERVER_ERROR = "There was an internal server error."
# RFC 3986 pchar: what akka leaves unescaped when it renders a path segment.
_PCHAR = "!$&'()*+,;=:@-._~"
_JAVA_INT = re.compile(r"[+-]?[0-9]+")
_BOOLEANS = {"true": True, "yes": True, "on": True, "1": True, "false": False, "no": False, "off": False, "0": False}
_ZONE_NAMES = ["ok.", "corp.example.com.", "shared.example.net.", "2.0.192.in-addr.arpa."]
_RESTRICTED_ZONE = "restricted.example.org."
_TYPES = ["A", "AAAA", "CNAME", "DS", "MX", "NAPTR", "NS", "PTR", "SOA", "SPF", "SRV", "SSHFP", "TXT"]
_NAMES = ["www", "api", "backend-foo", "dotted.a", "mail", "vpn", "intranet", "status", "cdn", "auth"]
_TTLS = [30, 300, 3600, 7200, 38400, 86400]
_FAILURES = [
    "Failed validating update to DNS for change {id}:{name}: Incompatible record already exists in DNS.",
    'Failed validating update to DNS for change "{id}": "{name}": This record set is out of sync with the DNS '
    "backend; sync this zone before attempting to update this record set.",
    "Failed applying update to DNS for change {id}:{name}: Format Error: the server was unable to interpret the "
    "query: ;; ->>HEADER<<- opcode: UPDATE, status: FORMERR, id: {serial}\n;; TSIG invalid",
    "Failed applying update to DNS for change {id}:{name}: Refused: the server refused to perform the operation",
    "Conflict due to the record having the same name as an NS record in the same zone. Please create the record "
    "using the DNS service the NS record has been delegated to (ex. AWS r53), or use a different record name.",
]
_ZONE_FAILURES = [
    "Zone sync failed: timed out waiting for the zone transfer from {server}",
    "Unable to connect to zone: Transfer failed with rcode REFUSED from {server}",
    "Zone Validation Failed: The zone has no SOA record",
    "Failed to update the zone connection: TSIG key {key} was not accepted by {server}",
]


class VinylDNSSandbox(SeededSandbox):
    """A VinylDNS API server holding ``records`` failed record set changes (and some zone changes).

    ``records`` holds every failed record set change newest first; ``failures_in(zone_id)`` gives
    one zone's, ``zone_changes`` the failed zone changes, ``zones`` the zones (the first holds
    about half the changes, so it pages). ``restricted_zone_id`` is a zone the user may not read
    (the failure listing answers it all the same, as the server does); ``batch_changes`` every user's batch
    changes, ``own_batch_changes()`` the sandbox user's.
    Pages are cut as the server's MySQL repositories cut them (see :meth:`_page`).

    A page costs the same whatever the sandbox holds: assigning ``records`` or ``batch_changes`` sorts
    them newest first and files them by zone (by user and id), so a page is a slice of its zone's list
    and a date range is found by bisection. Nothing is scanned per request, and the routes only read,
    so pages are answered side by side (no lock).
    """

    serialized = False  # the routes only read what the setters filed; a setter replaces it whole

    def __init__(
        self,
        *,
        records: int = 100,
        seed: int = 0,
        now: datetime | None = None,
        days: float = 7.0,
        access_key: str = "sandbox-access-key",
        secret_key: str = DEFAULT_SECRET,
        user_name: str = "sandbox-user",
    ) -> None:
        super().__init__(seed=seed, now=now, days=days)
        self.access_key = access_key
        self._secret_key = secret_key
        self.user_name = user_name
        rng = self.rng
        self.zones: list[Record] = [self._zone(rng, name, days) for name in (*_ZONE_NAMES, _RESTRICTED_ZONE)]
        self.restricted_zone_id: str = self.zones[-1]["id"]
        self.records = [self._change(rng, days) for _ in range(records)]
        zone_changes = [self._zone_change(rng, days) for _ in range(max(1, records // 5))]
        self.zone_changes: list[Record] = sorted(zone_changes, key=lambda c: (c["created"], c["id"]), reverse=True)
        self.user_id = random_uuid(rng)
        self.locked_access_key = LOCKED_ACCESS_KEY
        users = [(self.user_id, user_name), (random_uuid(rng), "other-user"), (random_uuid(rng), "ops-bot")]
        self.batch_changes = seed_batch_changes(rng, self.now, days, self.zones, users, max(6, records // 10))
        self.router.add("GET", "/ping", lambda request, params: text_response(200, "PONG"))
        self.router.add("GET", "/health", lambda request, params: text_response(200, "OK"))
        self.router.add("GET", "/metrics/health/zones/{zoneId}/recordsetchangesfailure", self._changes_failure)
        self.router.add("GET", "/metrics/health/zonechangesfailure", self._zone_changes_failure)
        self.router.add("GET", "/zones/batchrecordchanges", self._batch_summaries)
        self.router.add("GET", "/zones/batchrecordchanges/{batchChangeId}", self._batch_change)

    def describe(self) -> list[str]:
        return [
            f"AWS SigV4 (service VinylDNS, region us-east-1), access key {self.access_key},"
            f" secret key {shown_secret(self._secret_key, DEFAULT_SECRET)}",
            f"access key {self.locked_access_key}: a locked account (403)",
            *(f"zone {zone['name']} {zone['id']}" for zone in self.zones),
            f"{len(self.records)} failed record set changes, {len(self.batch_changes)} batch changes, seed {self.seed}",
        ]

    @property
    def records(self) -> list[Record]:
        """Every failed record set change, newest first (ties by id)."""
        return self._records

    @records.setter
    def records(self, changes: list[Record]) -> None:
        ordered = _newest_first(changes, "created")
        by_zone: dict[str, list[Record]] = {}
        for change in ordered:
            by_zone.setdefault(change["zone"]["id"], []).append(change)
        self._records, self._by_zone = ordered, by_zone  # one step each: a page reads the old or the new

    @property
    def batch_changes(self) -> list[Record]:
        """Every user's batch changes, newest first (ties by id)."""
        return self._batch_changes

    @batch_changes.setter
    def batch_changes(self, batches: list[Record]) -> None:
        ordered = _newest_first(batches, "createdTimestamp")
        by_user: dict[str, list[Record]] = {}
        for batch in ordered:
            by_user.setdefault(batch["userId"], []).append(batch)
        self._batch_changes, self._batches_by_user = ordered, by_user
        self._batches_by_id = {batch["id"]: batch for batch in ordered}

    def failures_in(self, zone_id: str) -> list[Record]:
        """One zone's failed record set changes, newest first (what the API pages through)."""
        return list(self._by_zone.get(zone_id, ()))

    def own_batch_changes(self) -> list[Record]:
        """The batch changes of the sandbox's user, newest first (what the batch listing pages through)."""
        return list(self._batches_by_user.get(self.user_id, ()))

    # -- the vendor's envelope --------------------------------------------------------------------

    def error_response(self, request: httpx.Request, status: int, message: str | None = None) -> httpx.Response:
        defaults = {
            # VinylDNSService.scala:49-53 (the unmatched path as received)
            404: f"The requested path [{_raw_path(request)}] does not exist.",
            405: "HTTP method not allowed, supported methods: GET",
            # VinylDNSDirectives.scala:67-71: the only 403 the failure listings send
            403: f"{_AUTH_FAILED}Account with username {self.user_name} is locked",
            500: _SERVER_ERROR,
            503: "The server is currently unavailable (because it is overloaded or down for maintenance).",
        }
        return text_response(status, message or defaults.get(status, httpx.codes.get_reason_phrase(status)))

    def _authenticate(self, request: httpx.Request) -> None:
        """Verify the request's SigV4 signature in VinylDNSAuthentication.getAuthPrincipal's order, with its texts
        (each prefixed "Authentication Failed: " by VinylDNSDirectives.handleAuthenticateError)."""
        header = request.headers.get("Authorization")
        if header is None:
            raise Refused(text_response(401, f"{_AUTH_FAILED}Authorization header not found"))
        found = _AUTH.fullmatch(header)
        if found is None:
            raise Refused(text_response(401, f"{_AUTH_FAILED}Authorization header could not be parsed"))
        access_key, scope, signed_headers, signature = found.groups()
        if not access_key:
            raise Refused(text_response(401, f"{_AUTH_FAILED}accessKey not found"))
        if access_key == self.locked_access_key:
            raise Refused(text_response(403, f"{_AUTH_FAILED}Account with username locked-user is locked"))
        if access_key != self.access_key:
            raise Refused(
                text_response(401, f"{_AUTH_FAILED}Account with accessKey {access_key} specified was not found")
            )
        stamp = request_stamp(request)
        if stamp is None:  # Aws4Authenticator.authenticateReq: getDate(req).get throws -> a 500
            raise Refused(text_response(500, _SERVER_ERROR))
        if signature_of(request, self._secret_key, scope, signed_headers, stamp) != signature:
            raise Refused(text_response(401, f"{_AUTH_FAILED}Request signature could not be validated"))

    # -- the listings -------------------------------------------------------------------------------

    def _changes_failure(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        # RecordSetService.listFailedRecordSetChanges neither looks the zone up nor checks access to it
        # (its zoneAccess list is lifted into a success): any zone id answers its failures, maybe none.
        start, size = _paging(request)
        self._authenticate(request)
        changes = self._by_zone.get(params["zoneId"], [])
        return self._page("failedRecordSetChanges", changes, start, size, full_page_step=size + 1)

    def _zone_changes_failure(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        start, size = _paging(request)
        self._authenticate(request)
        return self._page("failedZoneChanges", self.zone_changes, start, size, full_page_step=size)

    @staticmethod
    def _page(items_field: str, items: list[Record], start: int, size: int, *, full_page_step: int) -> httpx.Response:
        """One page exactly as VinylDNS cuts it (MySqlRecordChangeRepository.listFailedRecordSetChanges and
        MySqlZoneChangeRepository.listFailedZoneChanges): ``drop(startFrom).take(maxItems)``, then
        ``nextId = 0`` when the page is not full, else ``startFrom + maxItems + 1`` for record set changes
        and ``startFrom + maxItems`` for zone changes. ``nextId``, ``startFrom`` (as sent, negative too:
        ``drop`` of a negative count drops nothing) and ``maxItems`` are always sent.
        """
        page, _ = page_slice(items, max(start, 0), size)
        next_id = 0 if len(page) < size else start + full_page_step
        return json_response(200, {items_field: page, "nextId": next_id, "startFrom": start, "maxItems": size})

    def _batch_summaries(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        """BatchChangeRouting.scala:73-119, BatchChangeService.listBatchChangeSummaries and
        MySqlBatchChangeRepository.getBatchChangeSummaries: the caller's batch changes (ignoreAccess is
        honoured only for super and support users, which the sandbox's user is not), newest first,
        ``LIMIT maxItems + 1 OFFSET startFrom``; ``nextId = startFrom + maxItems`` while more follow."""
        query = request.url.params
        start = _java_int(query.get("startFrom"), "startFrom", None)
        size = _java_int(query.get("maxItems"), "maxItems", _MAX_ITEMS)
        ignore_access = _java_bool(query.get("ignoreAccess"), "ignoreAccess", default=False)
        if not 0 < size <= _MAX_ITEMS:
            text = f"maxItems was {size}, maxItems must be between 1 and {_MAX_ITEMS}, inclusive."
            return text_response(400, text)
        self._authenticate(request)
        if start is not None and start < 0:  # a negative SQL OFFSET: MySQL refuses the query
            return text_response(500, _SERVER_ERROR)
        user_name, range_start, range_end = (
            query.get("userName"),
            query.get("dateTimeRangeStart"),
            query.get("dateTimeRangeEnd"),
        )
        approval = _approval_status(query.get("approvalStatus"))
        own = self._batches_by_user.get(self.user_id, [])
        if range_start and range_end:  # one without the other is ignored (MySqlBatchChangeRepository.scala:279-283)
            # Newest first: the range's batches sit together, found by bisection (both ends inclusive).
            first = _first(own, lambda b: _mysql_time(b["createdTimestamp"]) <= range_end)
            past = _first(own, lambda b: _mysql_time(b["createdTimestamp"]) < range_start)
            chosen: Sequence[Record] | Iterator[Record] = own[first:past] if first < past else []
        else:
            chosen = own
        if user_name:
            chosen = (batch for batch in chosen if batch["userName"] == user_name)
        if approval is not None:
            chosen = (batch for batch in chosen if batch["approvalStatus"] == approval)
        offset = start or 0
        if isinstance(chosen, Sequence):
            page, more = page_slice(chosen, offset, size)
        else:  # filtered lazily: read only as far as the page reaches
            taken = list(islice(chosen, offset + size + 1))
            page, more = taken[offset : offset + size], len(taken) > offset + size
        body: Record = {"batchChanges": [summary_of(batch) for batch in page]}
        if start is not None:
            body["startFrom"] = start
        if more:
            body["nextId"] = (start or 0) + size
        body |= {"maxItems": size, "ignoreAccess": ignore_access}
        if approval is not None:
            body["approvalStatus"] = approval
        for key, value in (
            ("userName", user_name),
            ("dateTimeStartRange", range_start),
            ("dateTimeEndRange", range_end),
        ):
            if value is not None:
                body[key] = value
        return json_response(200, body)

    def _batch_change(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        """BatchChangeService.getBatchChange: 404 for an unknown id, 403 for another user's (not an admin)
        (BatchChangeErrors.scala:39-44)."""
        self._authenticate(request)
        batch_id = params["batchChangeId"]
        batch = self._batches_by_id.get(batch_id)
        if batch is None:
            return text_response(404, f"Batch change with id {batch_id} cannot be found")
        if batch["userId"] != self.user_id:
            return text_response(403, f"User does not have access to item {batch_id}")
        return json_response(200, batch)

    # -- seeded records -----------------------------------------------------------------------------

    def _zone(self, rng: random.Random, name: str, days: float) -> Record:
        created = utc_stamp(self.now - timedelta(days=rng.uniform(days + 30, days + 900)))
        server = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        zone: Record = {
            "name": name,
            "email": f"dns-admins@{name.rstrip('.') if '.' in name.rstrip('.') else 'example.com'}",
            "status": "Active",
            "created": created,
            "updated": random_stamp(rng, self.now, days),
            "id": random_uuid(rng),
            "account": "system",
            "shared": name.startswith("shared"),
            # ACLRule.scala:33: recordTypes is always sent, [] = every type
            "acl": {
                "rules": [
                    {"accessLevel": "Write", "description": "ops team", "groupId": random_uuid(rng), "recordTypes": []}
                ]
            },
            "adminGroupId": random_uuid(rng),
            "latestSync": random_stamp(rng, self.now, days),
            "isTest": False,
        }
        if rng.random() < 0.3:
            zone["backendId"] = "func-test-backend"
        else:
            for field in ("connection", "transferConnection"):
                key = "OBF:1:" + base64.b64encode(rng.randbytes(96)).decode()
                zone[field] = {"name": name, "keyName": "vinyldns.", "key": key, "primaryServer": server}
                zone[field]["algorithm"] = rng.choice(["HMAC-MD5", "HMAC-SHA256", "HMAC-SHA512"])
        return zone

    def _change(self, rng: random.Random, days: float) -> Record:
        kind = rng.choice(_TYPES)
        zones = self.zones
        zone = zones[3] if kind == "PTR" else zones[0] if rng.random() < 0.5 else rng.choice(zones[:-1])
        if rng.random() < 0.05:
            zone = zones[-1]
        change_id = random_uuid(rng)
        name = _record_name(rng, kind, zone["name"])
        created = random_stamp(rng, self.now, days)
        record_set = self._record_set(rng, kind, zone, name, created)
        change_type = rng.choice(["Create", "Create", "Update", "Delete"])
        message = rng.choice(_FAILURES).format(id=change_id, name=name, serial=rng.randint(1, 65535))
        change: Record = {
            "zone": zone,
            "recordSet": record_set,
            "userId": random_uuid(rng),
            "changeType": change_type,
            "status": "Failed",
            "created": created,
            "systemMessage": message,
            "id": change_id,
            "singleBatchChangeIds": [random_uuid(rng)] if rng.random() < 0.4 else [],
        }
        if change_type in ("Update", "Delete"):  # RecordSetChangeGenerator.scala:97-113: the set before the change
            before = self._record_set(rng, kind, zone, name, random_stamp(rng, self.now, days + 30))
            change["updates"] = before | {"id": record_set["id"], "status": "Active"}
        return change

    def _record_set(self, rng: random.Random, kind: str, zone: Record, name: str, created: str) -> Record:
        record_set: Record = {
            "type": kind,
            "zoneId": zone["id"],
            "name": name,
            "ttl": rng.choice(_TTLS),
            "status": "Inactive",
            "created": created,
            "updated": created,
            "records": [_record_data(rng, kind) for _ in range(1 if kind in ("CNAME", "SOA") else rng.randint(1, 3))],
            "id": random_uuid(rng),
            "account": "system",
            # no fqdn: the changes are read back from protobuf without it (ProtobufConversions.scala:90-105)
        }
        if zone["shared"]:
            record_set["ownerGroupId"] = random_uuid(rng)
        return record_set

    def _zone_change(self, rng: random.Random, days: float) -> Record:
        zone = rng.choice(self.zones[:-1])
        server = zone.get("connection", {}).get("primaryServer", "10.0.0.53")
        text = rng.choice(_ZONE_FAILURES).format(server=server, key="vinyldns.")
        change: Record = {
            "zone": zone,
            "userId": random_uuid(rng),
            "changeType": rng.choice(["Create", "Update", "Sync", "AutomatedSync", "Delete"]),
            "status": "Failed",
            "created": random_stamp(rng, self.now, days),
            "systemMessage": text,
            "id": random_uuid(rng),
        }
        if rng.random() < 0.2:  # ZoneChange.scala:43 systemMessage: Option[String]; the vendor's example has none
            del change["systemMessage"]
        return change


# -- AWS Signature V4, as VinylDNS's Aws4Authenticator computes it ------------------------------------


def canonical_request(request: httpx.Request, signed_headers: str) -> str:
    """The canonical request as Aws4Authenticator.canonicalReq builds it (Aws4Authenticator.scala:137-232)."""
    pairs = sorted({(_aws_quote(k), _aws_quote(v)) for k, v in request.url.params.multi_items()})
    query = "&".join(f"{k}={v}" for k, v in pairs)
    lines = [request.method, server_path(request), query]
    for name in sorted({n.lower() for n in signed_headers.split(";")}):
        value = _signed_header_value(request, name)
        if value is not None:  # a signed header that is missing is skipped (and logged)
            lines.append(f"{name}:{value}")
    lines += ["", signed_headers, hashlib.sha256(request.content).hexdigest()]
    return "\n".join(lines)


def server_path(request: httpx.Request) -> str:
    """The canonical path as the server derives it: akka's rendering of the path as received (each
    segment decoded, then escaped once outside RFC 3986 pchar), dot-segments removed
    (``new URI(..., path.toString, null).normalize.getPath``, Aws4Authenticator.scala:203-208). Not AWS's
    second encoding: botocore signs ``zone%201`` as ``zone%25201``, the server as ``zone%201``."""
    segments: list[str] = []
    for raw in _raw_path(request).split("/")[1:]:
        segment = quote(unquote(raw), safe=_PCHAR)
        if segment == "..":
            if segments:
                segments.pop()
        elif segment != ".":
            segments.append(segment)
    return "/" + "/".join(segments)


def request_stamp(request: httpx.Request) -> str | None:
    """The instant to sign with, as ``yyyyMMddTHHmmssZ`` (Aws4Authenticator.getDate): ``X-Amz-Date``
    if present (basic ISO 8601 only), else ``Date`` (basic ISO 8601 or RFC 822); None when unreadable."""
    amz = request.headers.get("X-Amz-Date")
    text = amz if amz is not None else request.headers.get("Date")
    formats = ["%Y%m%dT%H%M%S%z"] if amz is not None else ["%Y%m%dT%H%M%S%z", "%a, %d %b %Y %H:%M:%S %z"]
    if text is None:
        return None
    text = re.sub(r"(?:Z|UTC|GMT)$", "+0000", text.strip())
    for form in formats:
        try:
            moment = datetime.strptime(text, form)
        except ValueError:
            continue
        return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return None


def signature_of(request: httpx.Request, secret_key: str, scope: str, signed_headers: str, stamp: str) -> str:
    """The hex signature a request should carry, for the scope its Authorization header names."""
    to_sign = "\n".join(
        [
            "AWS4-HMAC-SHA256",
            stamp,
            scope,
            hashlib.sha256(canonical_request(request, signed_headers).encode()).hexdigest(),
        ]
    )
    key = ("AWS4" + secret_key).encode()
    for part in scope.split("/"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()


def _signed_header_value(request: httpx.Request, name: str) -> str | None:
    """A signed header's value (Aws4Authenticator.canonicalHeaders): the first one, as received; the
    content type and length are the body's (akka's entity: ``none/none`` for a request without one)."""
    if name == "content-type":
        return request.headers.get("Content-Type", "application/octet-stream") if request.content else "none/none"
    if name == "content-length":
        return str(len(request.content))
    values = request.headers.get_list(name)
    return values[0].strip() if values else None


def _aws_quote(text: str) -> str:
    return quote(text, safe="-_.~")


# -- helpers ----------------------------------------------------------------------------------------


def _paging(request: httpx.Request) -> tuple[int, int]:
    """``startFrom`` (as sent: the server does not check its range) and ``maxItems``, checked before
    authentication as VinylDNS's routes do (RecordSetRouting.scala:305-311, ZoneRouting.scala:212-217)."""
    query = request.url.params
    start = _java_int(query.get("startFrom"), "startFrom", 0)
    size = _java_int(query.get("maxItems"), "maxItems", _MAX_ITEMS)
    if not 0 < size <= _MAX_ITEMS:
        raise Refused(
            text_response(400, f"maxItems was {size}, maxItems must be between 0 exclusive and {_MAX_ITEMS} inclusive")
        )
    return start, size


def _java_int(raw: str | None, name: str, default: Any) -> Any:
    """akka's ``.as[Int]``: Java's ``Integer.parseInt`` (a sign and ASCII digits, within 32 bits); an empty
    value is absent (akka's NoContentException), anything else the malformed-parameter 400."""
    if raw is None or raw == "":
        return default
    if _JAVA_INT.fullmatch(raw) is None or not -_INT32 - 1 <= int(raw) <= _INT32:
        raise Refused(_malformed(name, f"'{raw}' is not a valid 32-bit signed integer value"))
    return int(raw)


def _java_bool(raw: str | None, name: str, *, default: bool) -> bool:
    """akka's ``.as[Boolean]``: true/yes/on/1 and false/no/off/0, any case; empty = absent."""
    if raw is None or raw == "":
        return default
    value = _BOOLEANS.get(raw.lower())
    if value is None:
        raise Refused(_malformed(name, f"'{raw}' is not a valid Boolean value"))
    return value


def _malformed(name: str, reason: str) -> httpx.Response:
    """akka's default answer to a MalformedQueryParamRejection."""
    return text_response(400, f"The query parameter '{name}' was malformed:\n{reason}")


def _approval_status(raw: str | None) -> str | None:
    """BatchChangeApprovalStatus.find: case-insensitive; an unknown value filters nothing."""
    names = ["AutoApproved", "Cancelled", "ManuallyApproved", "ManuallyRejected", "PendingReview"]
    return next((name for name in names if raw is not None and name.lower() == raw.lower()), None)


def _newest_first(records: Iterable[Record], time_field: str) -> list[Record]:
    return sorted(records, key=lambda record: (record[time_field], record["id"]), reverse=True)


def _first(items: Sequence[Record], reached: Callable[[Record], bool]) -> int:
    """The first position where ``reached`` holds (``len(items)`` if none), for a ``reached`` that, once
    true along ``items``, stays true: found by bisection."""
    low, high = 0, len(items)
    while low < high:
        middle = (low + high) // 2
        if reached(items[middle]):
            high = middle
        else:
            low = middle + 1
    return low


def _mysql_time(stamp: str) -> str:
    """``2025-05-02T10:00:00Z`` as MySQL's DATETIME text ``2025-05-02 10:00:00``, which the filter compares with."""
    return stamp.replace("T", " ").removesuffix("Z")


def _raw_path(request: httpx.Request) -> str:
    """The path as received, still escaped."""
    return request.url.raw_path.split(b"?")[0].decode("ascii", "replace")


def _record_name(rng: random.Random, kind: str, zone_name: str) -> str:
    if kind == "SOA" or (kind == "NS" and rng.random() < 0.5):
        return zone_name
    if kind == "SRV":
        return rng.choice(["_sip._tcp", "_ldap._tcp", "_xmpp-server._tcp"])
    if kind == "PTR":
        return str(rng.randint(1, 254))
    return f"{rng.choice(_NAMES)}-{rng.randint(1, 999)}"


def _record_data(rng: random.Random, kind: str) -> Record:
    host = f"{rng.choice(_NAMES)}.example.com."
    data: dict[str, Record] = {
        "A": {"address": f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"},
        "AAAA": {"address": f"2001:db8::{rng.randint(1, 0xFFFF):x}"},
        "CNAME": {"cname": host},
        "DS": {"keytag": rng.randint(1, 65535), "algorithm": 8, "digesttype": 2, "digest": random_hex(rng, 64).upper()},
        "MX": {"preference": rng.choice([5, 10, 20]), "exchange": f"mail{rng.randint(1, 3)}.example.com."},
        "NAPTR": {
            "order": 100,
            "preference": 10,
            "flags": "U",
            "service": "E2U+sip",
            "regexp": "!^.*$!sip:info@example.com!",
            "replacement": ".",
        },
        "NS": {"nsdname": f"ns{rng.randint(1, 4)}.example.com."},
        "PTR": {"ptrdname": host},
        "SOA": {
            "mname": "ns1.example.com.",
            "rname": "hostmaster.example.com.",
            "serial": rng.randint(2020010100, 2025123199),
            "refresh": 7200,
            "retry": 3600,
            "expire": 1209600,
            "minimum": 900,
        },
        "SPF": {"text": "v=spf1 include:_spf.example.com ~all"},
        "SRV": {"priority": 10, "weight": rng.randint(0, 100), "port": rng.choice([389, 5060, 5269]), "target": host},
        "SSHFP": {"algorithm": rng.randint(1, 4), "type": 2, "fingerprint": random_hex(rng, 64)},
        "TXT": {"text": f"google-site-verification={random_hex(rng, 43)}"},
    }
    return data[kind]


if __name__ == "__main__":
    serve_forever_cli(VinylDNSSandbox)
