"""A sandbox of a VinylDNS API server's failure listings, for our tests and yours.

It behaves as the open-source server does: every call but ``/ping`` and ``/health`` must carry a
real AWS Signature V4 (checked the way VinylDNS's ``Aws4Authenticator`` checks it, against the
access and secret key given here), ``startFrom``/``maxItems``/``nextId`` pages sorted newest first,
and plain-text error bodies (``maxItems was 101, ...``, ``Zone with id ... does not exist``).

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
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

import httpx
from failtrail_core.sandbox import (
    BadInt,
    FaultRule,
    Refused,
    Sandbox,
    int_param,
    json_response,
    page_slice,
    random_hex,
    random_stamp,
    random_uuid,
    sandbox_now,
    serve_forever_cli,
    shown_secret,
    text_response,
    utc_stamp,
)
from failtrail_core.sigv4 import canonical_uri

__all__ = ["FaultRule", "VinylDNSSandbox", "canonical_request"]

Record = dict[str, Any]

_MAX_ITEMS = 100
DEFAULT_SECRET = "sandbox-secret-key"
# VinylDNS's own pattern (a prefix match): scheme, access key, scope, signed headers, signature.
_AUTH = re.compile(
    r"AWS4-HMAC-SHA256 *Credential=([^/]*)/([0-9]{8}/[^/]*/[^/]*/aws4_request),"
    r" *SignedHeaders=([^,]+), *Signature=([a-f0-9]{64})"
)
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


class VinylDNSSandbox(Sandbox):
    """A VinylDNS API server holding ``records`` failed record set changes (and some zone changes).

    ``records`` holds every failed record set change newest first; ``failures_in(zone_id)`` gives
    one zone's, ``zone_changes`` the failed zone changes, ``zones`` the zones (the first holds
    about half the changes, so it pages). ``restricted_zone_id`` is a zone the user may not read.
    Pages are cut as the server's MySQL repositories cut them (see :meth:`_page`).
    """

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
        super().__init__()
        self.now = sandbox_now(now)
        self.seed = seed
        self.access_key = access_key
        self._secret_key = secret_key
        self.user_name = user_name
        rng = random.Random(seed)
        self.zones: list[Record] = [self._zone(rng, name, days) for name in (*_ZONE_NAMES, _RESTRICTED_ZONE)]
        self.restricted_zone_id: str = self.zones[-1]["id"]
        changes = [self._change(rng, days) for _ in range(records)]
        self.records: list[Record] = sorted(changes, key=lambda c: (c["created"], c["id"]), reverse=True)
        zone_changes = [self._zone_change(rng, days) for _ in range(max(1, records // 5))]
        self.zone_changes: list[Record] = sorted(zone_changes, key=lambda c: (c["created"], c["id"]), reverse=True)
        self.router.add("GET", "/ping", lambda request, params: text_response(200, "PONG"))
        self.router.add("GET", "/health", lambda request, params: httpx.Response(200))
        self.router.add("GET", "/metrics/health/zones/{zoneId}/recordsetchangesfailure", self._changes_failure)
        self.router.add("GET", "/metrics/health/zonechangesfailure", self._zone_changes_failure)

    def describe(self) -> list[str]:
        return [
            f"AWS SigV4 (service VinylDNS, region us-east-1), access key {self.access_key},"
            f" secret key {shown_secret(self._secret_key, DEFAULT_SECRET)}",
            *(f"zone {zone['name']} {zone['id']}" for zone in self.zones),
            f"{len(self.records)} failed record set changes, seed {self.seed}",
        ]

    def failures_in(self, zone_id: str) -> list[Record]:
        """One zone's failed record set changes, newest first (what the API pages through)."""
        return [change for change in self.records if change["zone"]["id"] == zone_id]

    # -- the vendor's envelope --------------------------------------------------------------------

    def error_response(self, request: httpx.Request, status: int, message: str | None = None) -> httpx.Response:
        defaults = {
            404: "The requested resource could not be found.",
            405: "HTTP method not allowed, supported methods: GET",
            500: "There was an internal server error.",
            503: "The server is currently unavailable (because it is overloaded or down for maintenance).",
        }
        return text_response(status, message or defaults.get(status, httpx.codes.get_reason_phrase(status)))

    def _authenticate(self, request: httpx.Request) -> None:
        """Verify the request's SigV4 signature, answering with VinylDNS's own 401 texts."""
        header = request.headers.get("Authorization")
        if header is None:
            raise Refused(text_response(401, "Authorization header not found"))
        found = _AUTH.match(header)
        if found is None:
            raise Refused(text_response(401, "Authorization header could not be parsed"))
        access_key, scope, signed_headers, signature = found.groups()
        if access_key != self.access_key:
            raise Refused(text_response(401, f"Account with accessKey {access_key} specified was not found"))
        stamp = request.headers.get("X-Amz-Date") or request.headers.get("Date")
        if stamp is None or signature_of(request, self._secret_key, scope, signed_headers, stamp) != signature:
            raise Refused(text_response(401, "Request signature could not be validated"))

    # -- the listings -------------------------------------------------------------------------------

    def _changes_failure(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        start, size = _paging(request)
        self._authenticate(request)
        zone_id = params["zoneId"]
        zone = next((z for z in self.zones if z["id"] == zone_id), None)
        if zone is None:
            return text_response(404, f"Zone with id {zone_id} does not exist")
        if zone_id == self.restricted_zone_id:
            return text_response(403, f"User {self.user_name} does not have access to zone {zone['name']}")
        return self._page("failedRecordSetChanges", self.failures_in(zone_id), start, size, full_page_step=size + 1)

    def _zone_changes_failure(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        start, size = _paging(request)
        self._authenticate(request)
        return self._page("failedZoneChanges", self.zone_changes, start, size, full_page_step=size)

    @staticmethod
    def _page(items_field: str, items: list[Record], start: int, size: int, *, full_page_step: int) -> httpx.Response:
        """One page exactly as VinylDNS cuts it (MySqlRecordChangeRepository.listFailedRecordSetChanges and
        MySqlZoneChangeRepository.listFailedZoneChanges): ``drop(startFrom).take(maxItems)``, then
        ``nextId = 0`` when the page is not full, else ``startFrom + maxItems + 1`` for record set changes
        and ``startFrom + maxItems`` for zone changes. ``nextId``, ``startFrom`` and ``maxItems`` are
        always sent (plain ``Int`` fields of the response case classes).
        """
        page, _ = page_slice(items, start, size)
        next_id = 0 if len(page) < size else start + full_page_step
        return json_response(200, {items_field: page, "nextId": next_id, "startFrom": start, "maxItems": size})

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
            "acl": {"rules": [{"accessLevel": "Write", "description": "ops team", "groupId": random_uuid(rng)}]},
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
        if change_type == "Update":
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
            "fqdn": zone["name"] if name == zone["name"] else f"{name}.{zone['name']}",
        }
        if zone["shared"]:
            record_set["ownerGroupId"] = random_uuid(rng)
        return record_set

    def _zone_change(self, rng: random.Random, days: float) -> Record:
        zone = rng.choice(self.zones[:-1])
        server = zone.get("connection", {}).get("primaryServer", "10.0.0.53")
        text = rng.choice(_ZONE_FAILURES).format(server=server, key="vinyldns.")
        return {
            "zone": zone,
            "userId": random_uuid(rng),
            "changeType": rng.choice(["Create", "Update", "Sync", "AutomatedSync", "Delete"]),
            "status": "Failed",
            "created": random_stamp(rng, self.now, days),
            "systemMessage": text,
            "id": random_uuid(rng),
        }


# -- AWS Signature V4, as VinylDNS's Aws4Authenticator computes it ------------------------------------


def canonical_request(request: httpx.Request, signed_headers: str) -> str:
    """The canonical request: the path as sent, normalised and encoded again (AWS's rule, botocore's
    too); the query decoded then AWS-encoded and sorted."""
    path = canonical_uri(request.url)
    pairs = sorted({(_aws_quote(k), _aws_quote(v)) for k, v in request.url.params.multi_items()})
    query = "&".join(f"{k}={v}" for k, v in pairs)
    lines = [request.method, path, query]
    for name in sorted({n.strip().lower() for n in signed_headers.split(";")}):
        values = request.headers.get_list(name)
        if values:
            lines.append(f"{name}:{','.join(' '.join(v.split()) for v in values)}")
    lines += ["", signed_headers, hashlib.sha256(request.content).hexdigest()]
    return "\n".join(lines)


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


def _aws_quote(text: str) -> str:
    return quote(text, safe="-_.~")


# -- helpers ----------------------------------------------------------------------------------------


def _paging(request: httpx.Request) -> tuple[int, int]:
    """``startFrom`` and ``maxItems``, checked before authentication as VinylDNS's routes do."""
    start = int_param(request, "startFrom", 0, None, None, _bad_paging)
    return max(start, 0), int_param(request, "maxItems", _MAX_ITEMS, 1, _MAX_ITEMS, _bad_paging)


def _bad_paging(bad: BadInt) -> httpx.Response:
    if bad.value is None:
        text = (
            f"The query parameter '{bad.name}' was malformed:\n'{bad.raw}' is not a valid 32-bit signed integer value"
        )
    else:
        text = f"{bad.name} was {bad.value}, {bad.name} must be between 0 exclusive and {bad.high} inclusive"
    return text_response(400, text)


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
        "DS": {"keytag": rng.randint(1, 65535), "algorithm": 8, "digesttype": 2, "digest": random_hex(rng, 64)},
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
