"""The VinylDNS sandbox answers as a VinylDNS server does: SigV4 really checked, text errors, pages."""

from __future__ import annotations

from collections.abc import Generator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, unquote

import httpx
import pytest
from failtrail_core import sigv4
from failtrail_vinyldns.lib.sandbox import VinylDNSSandbox

from tests.conftest import botocore_sign
from tests.sandboxes.fault_checks import async_clients, check_every_fault

NOW = datetime(2025, 5, 2, 10, 0, tzinfo=UTC)
BASE = "http://localhost:9000"
# vinyldns/vinyldns @ 1523586 (specs/vinyldns/SOURCES.md): R/ = modules/api/src/main/scala/vinyldns/api/route/
REFUSED = "Authentication Failed: Request signature could not be validated"


class BotocoreSigner(httpx.Auth):
    """Signs as the reference client does (conftest's ``botocore_sign``: botocore, VinylDNS, us-east-1)."""

    def __init__(self, access_key: str = "sandbox-access-key", secret_key: str = "sandbox-secret-key") -> None:
        self._keys = {"access_key": access_key, "secret_key": secret_key}

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # The query goes apart, decoded: botocore would read a "+" in the URL as a plus, not a space.
        url, params = str(request.url.copy_with(query=None)), request.url.params.multi_items()
        signed = botocore_sign(request.method, url, request.headers, request.content, params=params, **self._keys)
        request.headers.update(signed)
        yield request


@pytest.fixture
def sandbox() -> VinylDNSSandbox:
    return VinylDNSSandbox(records=240, seed=11, now=NOW)


@pytest.fixture
def client(sandbox: VinylDNSSandbox) -> httpx.Client:
    return httpx.Client(base_url=BASE, transport=sandbox.transport(), auth=BotocoreSigner())


def changes_path(zone_id: str) -> str:
    return f"/metrics/health/zones/{zone_id}/recordsetchangesfailure"


def walk(client: httpx.Client, path: str, items: str, **params: Any) -> list[dict[str, Any]]:
    """Offset by the records received until an answer's nextId is 0 (what the server's paging needs)."""
    seen: list[dict[str, Any]] = []
    for _ in range(1000):  # bounded: a sandbox that never ends its pages fails, not hangs
        body = client.get(path, params={**params, "startFrom": len(seen)}).json()
        seen += body[items]
        if body["nextId"] == 0:
            return seen
    raise AssertionError("the sandbox's pages never ended")


def test_botocore_signatures_are_accepted_and_tampering_refused(sandbox: VinylDNSSandbox, client: httpx.Client) -> None:
    zone = sandbox.zones[0]["id"]
    assert client.get(changes_path(zone), params={"maxItems": 5}).status_code == 200
    request = client.build_request("GET", changes_path(zone), params={"maxItems": 5})
    signed = next(BotocoreSigner().auth_flow(request))
    signed.url = signed.url.copy_set_param("maxItems", "6")  # changed after signing
    bare = httpx.Client(base_url=BASE, transport=sandbox.transport())
    refused = bare.send(signed)
    assert (refused.status_code, refused.text) == (401, REFUSED)
    assert refused.headers["Content-Type"].startswith("text/plain")
    wrong_secret = httpx.Client(base_url=BASE, transport=sandbox.transport(), auth=BotocoreSigner(secret_key="nope"))
    assert wrong_secret.get(changes_path(zone)).text == REFUSED


# R/Aws4Authenticator.scala:203-208: the canonical path is akka's rendering of the path as received
# (escaped once), not AWS's double encoding: botocore signs zone%201 as zone%25201 and is refused.
@pytest.mark.parametrize("zone", ["zone 1", "a/b", "zöne", "a%20b"])
def test_botocore_signatures_over_escaped_paths_are_refused(client: httpx.Client, zone: str) -> None:
    answer = client.get(changes_path(quote(zone, safe="")))
    assert (answer.status_code, answer.text) == (401, REFUSED)


class OnceEncodedSigner(httpx.Auth):
    """botocore over the decoded path: its one encoding is then the server's canonical path."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        decoded = f"{BASE}{unquote(request.url.raw_path.decode())}"  # a str: httpx would escape it again
        keys = {"access_key": "sandbox-access-key", "secret_key": "sandbox-secret-key"}
        request.headers.update(botocore_sign(request.method, decoded, request.headers, request.content, **keys))
        yield request


@pytest.mark.parametrize("zone", ["zone 1", "zöne", "50%", "x~y"])
def test_a_path_signed_encoded_once_is_accepted(sandbox: VinylDNSSandbox, zone: str) -> None:
    with httpx.Client(base_url=BASE, transport=sandbox.transport(), auth=OnceEncodedSigner()) as once:
        answer = once.get(changes_path(quote(zone, safe="")))
    # Accepted (a bad signature is a 401); the zone has no failures (the listing never looks it up).
    assert (answer.status_code, answer.json()["failedRecordSetChanges"]) == (200, [])


def sdk_signer() -> sigv4.SigV4Auth:
    """The signer the generated VinylDNS client uses (its canonical path is AWS's, not httpx-auth's)."""
    return sigv4.SigV4Auth(
        access_id="sandbox-access-key", secret_key="sandbox-secret-key", region="us-east-1", service="VinylDNS"
    )


def test_the_sdks_signer_is_accepted(sandbox: VinylDNSSandbox) -> None:
    with httpx.Client(base_url=BASE, transport=sandbox.transport(), auth=sdk_signer()) as client:
        answer = client.get(changes_path(sandbox.zones[0]["id"]), params={"maxItems": 3, "startFrom": 3})
        assert answer.status_code == 200 and answer.json()["startFrom"] == 3


@pytest.mark.parametrize("zone", ["zone 1", "a/b", "zöne"])
def test_the_sdks_signer_over_escaped_paths_is_refused_as_the_server_does(sandbox: VinylDNSSandbox, zone: str) -> None:
    # The SDK signs as botocore does (AWS's rule); the server (R/Aws4Authenticator.scala:203-208) encodes once.
    # Harmless for real use: VinylDNS's ids are UUIDs (modules/core/.../zone/Zone.scala:44).
    with httpx.Client(base_url=BASE, transport=sandbox.transport(), auth=sdk_signer()) as client:
        answer = client.get(changes_path(quote(zone, safe="")))
    assert (answer.status_code, answer.text) == (401, REFUSED)


# R/VinylDNSDirectives.scala:65-77 prefixes every refusal with "Authentication Failed: ";
# the texts are R/VinylDNSAuthentication.scala:72,84,115,158-164 and R/Aws4Authenticator.scala:91.
def test_auth_refusals_are_vinyldns_texts(sandbox: VinylDNSSandbox) -> None:
    zone = changes_path(sandbox.zones[0]["id"])
    bare = httpx.Client(base_url=BASE, transport=sandbox.transport())
    missing = bare.get(zone)
    assert (missing.status_code, missing.text) == (401, "Authentication Failed: Authorization header not found")
    unparsed = bare.get(zone, headers={"Authorization": "Bearer x"})
    assert (unparsed.status_code, unparsed.text) == (
        401,
        "Authentication Failed: Authorization header could not be parsed",
    )
    stranger = httpx.Client(base_url=BASE, transport=sandbox.transport(), auth=BotocoreSigner(access_key="who"))
    assert stranger.get(zone).text == "Authentication Failed: Account with accessKey who specified was not found"
    nobody = httpx.Client(base_url=BASE, transport=sandbox.transport(), auth=BotocoreSigner(access_key=""))
    assert (nobody.get(zone).status_code, nobody.get(zone).text) == (401, "Authentication Failed: accessKey not found")
    locked = httpx.Client(base_url=BASE, transport=sandbox.transport(), auth=BotocoreSigner(sandbox.locked_access_key))
    answer = locked.get(zone)
    assert (answer.status_code, answer.text) == (
        403,
        "Authentication Failed: Account with username locked-user is locked",
    )
    # R/HealthCheckRouting.scala:28-30,44: "PONG", and complete(StatusCodes.OK) renders the reason phrase.
    assert (bare.get("/ping").text, bare.get("/health").status_code, bare.get("/health").text) == ("PONG", 200, "OK")


def _signed(sandbox: VinylDNSSandbox, path: str, **params: Any) -> httpx.Request:
    request = httpx.Request("GET", BASE + path, params=params)
    return next(BotocoreSigner().auth_flow(request))


def test_a_header_with_text_after_the_signature_is_not_parsed(sandbox: VinylDNSSandbox) -> None:
    # R/Aws4Authenticator.scala:41-53: findPrefixMatchOf of a pattern ending in "$": the whole header must match.
    request = _signed(sandbox, changes_path(sandbox.zones[0]["id"]))
    request.headers["Authorization"] += ", extra=1"
    answer = httpx.Client(transport=sandbox.transport()).send(request)
    assert (answer.status_code, answer.text) == (401, "Authentication Failed: Authorization header could not be parsed")


def test_a_missing_or_unreadable_date_is_a_500(sandbox: VinylDNSSandbox) -> None:
    # R/Aws4Authenticator.scala:69-80,111: getDate(req).get throws; R/RequestLogging.scala:51-61 answers 500.
    bare = httpx.Client(transport=sandbox.transport())
    for headers in ({"X-Amz-Date": None}, {"X-Amz-Date": "2025-05-02T10:00:00Z"}):
        request = _signed(sandbox, changes_path(sandbox.zones[0]["id"]))
        for name, value in headers.items():
            del request.headers[name]
            if value is not None:
                request.headers[name] = value
        answer = bare.send(request)
        assert (answer.status_code, answer.text) == (500, "There was an internal server error.")


def test_an_unknown_path_names_itself(client: httpx.Client) -> None:
    # R/VinylDNSService.scala:49-53
    for path in ("/metrics/health/zones", "/metrics/health/zonechangesfailure/"):
        answer = client.get(path)
        assert (answer.status_code, answer.text) == (404, f"The requested path [{path}] does not exist.")


def test_a_walk_covers_every_failure_of_a_zone_once(sandbox: VinylDNSSandbox, client: httpx.Client) -> None:
    zone = sandbox.zones[0]["id"]
    expected = sandbox.failures_in(zone)
    assert len(expected) > 100  # several pages at the default maxItems too
    seen = walk(client, changes_path(zone), "failedRecordSetChanges", maxItems=33)
    assert [c["id"] for c in seen] == [c["id"] for c in expected]
    assert [c["created"] for c in seen] == sorted((c["created"] for c in seen), reverse=True)
    last = client.get(changes_path(zone), params={"startFrom": len(expected) - 1}).json()
    assert last["nextId"] == 0 and last["maxItems"] == 100 and len(last["failedRecordSetChanges"]) == 1
    zones = walk(client, "/metrics/health/zonechangesfailure", "failedZoneChanges", maxItems=10)
    assert [c["id"] for c in zones] == [c["id"] for c in sandbox.zone_changes]


# vinyldns/vinyldns modules/mysql/.../MySqlRecordChangeRepository.scala listFailedRecordSetChanges:
#   drop(startFrom).take(maxItems); nextId = if (size < maxItems) 0 else startFrom + maxItems + 1
# MySqlZoneChangeRepository.scala listFailedZoneChanges: the same with startFrom + maxItems.
def test_pages_are_cut_and_numbered_as_the_server_code_does(sandbox: VinylDNSSandbox, client: httpx.Client) -> None:
    zone = sandbox.zones[0]["id"]
    expected = [c["id"] for c in sandbox.failures_in(zone)]
    first = client.get(changes_path(zone), params={"maxItems": 10}).json()
    assert (first["nextId"], first["startFrom"], first["maxItems"]) == (11, 0, 10)
    assert [c["id"] for c in first["failedRecordSetChanges"]] == expected[:10]
    second = client.get(changes_path(zone), params={"maxItems": 10, "startFrom": 11}).json()
    assert [c["id"] for c in second["failedRecordSetChanges"]] == expected[11:21]  # expected[10] is skipped
    assert (second["nextId"], second["startFrom"]) == (22, 11)
    zones = client.get("/metrics/health/zonechangesfailure", params={"maxItems": 3, "startFrom": 2}).json()
    assert [c["id"] for c in zones["failedZoneChanges"]] == [c["id"] for c in sandbox.zone_changes[2:5]]
    assert (zones["nextId"], zones["startFrom"], zones["maxItems"]) == (5, 2, 3)


def test_the_last_page_carries_next_id_zero() -> None:
    sandbox = VinylDNSSandbox(records=20, seed=1, now=NOW)
    with httpx.Client(base_url=BASE, transport=sandbox.transport(), auth=BotocoreSigner()) as client:
        body = client.get("/metrics/health/zonechangesfailure").json()
    assert body == {"failedZoneChanges": sandbox.zone_changes, "nextId": 0, "startFrom": 0, "maxItems": 100}


def test_every_record_type_and_zone_connection(sandbox: VinylDNSSandbox) -> None:
    types = {c["recordSet"]["type"] for c in sandbox.records}
    assert types == {"A", "AAAA", "CNAME", "DS", "MX", "NAPTR", "NS", "PTR", "SOA", "SPF", "SRV", "SSHFP", "TXT"}
    assert all(c["recordSet"]["ttl"] >= 30 and c["status"] == "Failed" for c in sandbox.records)
    # modules/core/.../zone/ACLRule.scala:33 recordTypes always sent; R/DnsJsonProtocol.scala:622 HexUppercase;
    # modules/core/.../protobuf/ProtobufConversions.scala:90-105 no fqdn in changes;
    # modules/api/.../domain/record/RecordSetChangeGenerator.scala:97-113 updates on Update and Delete.
    assert all(rule["recordTypes"] == [] for zone in sandbox.zones for rule in zone["acl"]["rules"])
    digests = [
        r["digest"] for c in sandbox.records if c["recordSet"]["type"] == "DS" for r in c["recordSet"]["records"]
    ]
    assert digests and all(d == d.upper() for d in digests)
    assert not any("fqdn" in c["recordSet"] or "fqdn" in c.get("updates", {}) for c in sandbox.records)
    assert {c["changeType"] for c in sandbox.records if "updates" in c} == {"Update", "Delete"}
    # modules/core/.../zone/ZoneChange.scala:43 systemMessage: Option[String] (the vendor's example has none)
    assert {"systemMessage" in c for c in sandbox.zone_changes} == {True, False}
    keys = [z["connection"]["key"] for z in sandbox.zones if "connection" in z]
    assert keys and all(key.startswith("OBF:1:") for key in keys)
    assert "key" not in repr(sandbox) and "secret" not in repr(sandbox)
    assert VinylDNSSandbox(records=240, seed=11, now=NOW).records == sandbox.records


@pytest.mark.parametrize(
    ("params", "text"),
    [
        ({"maxItems": 101}, "maxItems was 101, maxItems must be between 0 exclusive and 100 inclusive"),
        ({"maxItems": 0}, "maxItems was 0, maxItems must be between 0 exclusive and 100 inclusive"),
        (
            {"startFrom": "x"},
            "The query parameter 'startFrom' was malformed:\n'x' is not a valid 32-bit signed integer value",
        ),
        # Integer.parseInt rules: no spaces or underscores, within 32 bits
        *(
            (
                {"maxItems": raw},
                f"The query parameter 'maxItems' was malformed:\n'{raw}' is not a valid 32-bit signed integer value",
            )
            for raw in (" 5", "1_0", "2147483648", "5.0")
        ),
    ],
)
def test_bad_paging_is_a_plain_text_400(
    sandbox: VinylDNSSandbox, client: httpx.Client, params: dict[str, Any], text: str
) -> None:
    answer = client.get(changes_path(sandbox.zones[0]["id"]), params=params)
    assert (answer.status_code, answer.text) == (400, text)
    assert answer.headers["Content-Type"].startswith("text/plain")


def test_empty_values_are_absent_and_a_negative_start_is_echoed(sandbox: VinylDNSSandbox, client: httpx.Client) -> None:
    # akka: an empty value is NoContentException -> the default; R/RecordSetRouting.scala:305 has no range
    # check on startFrom; MySqlRecordChangeRepository.scala:183-184 drop(-3) drops nothing, nextId from the raw value.
    zone = sandbox.zones[0]["id"]
    empty = client.get(changes_path(zone), params={"maxItems": "", "startFrom": ""}).json()
    assert (empty["startFrom"], empty["maxItems"]) == (0, 100)
    negative = client.get(changes_path(zone), params={"maxItems": 4, "startFrom": -3}).json()
    assert (negative["startFrom"], negative["nextId"]) == (-3, 2)
    assert negative["failedRecordSetChanges"] == sandbox.failures_in(zone)[:4]


# modules/api/.../domain/record/RecordSetService.scala:744-760: listFailedRecordSetChanges never looks the
# zone up, and its access check is a no-op (zoneAccess(...).toResult lifts a List[Result[Unit]] into a
# success, modules/api/.../Interfaces.scala:86-89).
def test_unknown_and_restricted_zones_answer_their_failures(sandbox: VinylDNSSandbox, client: httpx.Client) -> None:
    missing = client.get(changes_path("no-such-zone"))
    assert missing.status_code == 200
    assert missing.json() == {"failedRecordSetChanges": [], "nextId": 0, "startFrom": 0, "maxItems": 100}
    restricted = client.get(changes_path(sandbox.restricted_zone_id))
    assert restricted.status_code == 200
    assert restricted.json()["failedRecordSetChanges"] == sandbox.failures_in(sandbox.restricted_zone_id) != []


def test_gzip_over_http(sandbox: VinylDNSSandbox) -> None:
    with sandbox.serve() as server, httpx.Client(base_url=server.url, auth=BotocoreSigner()) as client:
        answer = client.get(changes_path(sandbox.zones[0]["id"]), params={"maxItems": 20})
        assert answer.status_code == 200, answer.text
        assert answer.headers["Content-Encoding"] == "gzip" and answer.num_bytes_downloaded < len(answer.content)


def test_every_fault_in_both_modes(sandbox: VinylDNSSandbox) -> None:
    path = changes_path(sandbox.zones[0]["id"])
    statuses = check_every_fault(sandbox, lambda c: c.get(path, params={"maxItems": 5}), auth=BotocoreSigner())
    for answer in statuses.values():
        assert answer.headers["Content-Type"].startswith("text/plain")


async def test_async_walk_with_the_sdks_signer(sandbox: VinylDNSSandbox) -> None:
    zone = sandbox.zones[0]["id"]
    with async_clients(sandbox, auth=sdk_signer()) as modes:
        for mode, make in modes:
            async with make() as client:
                seen: list[dict[str, Any]] = []
                for _ in range(100):  # bounded: a sandbox that never ends its pages fails, not hangs
                    answer = await client.get(changes_path(zone), params={"startFrom": len(seen), "maxItems": 50})
                    assert answer.status_code == 200, (mode, answer.text)
                    body = answer.json()
                    seen += body["failedRecordSetChanges"]
                    if body["nextId"] == 0:
                        break
                assert seen == sandbox.failures_in(zone), mode


# -- batch changes: R/BatchChangeRouting.scala:73-127, modules/api/.../domain/batch/BatchChangeService.scala:232-249,
# 583-623, modules/mysql/.../MySqlBatchChangeRepository.scala:258-346 ------------------------------------------


def test_batch_summaries_page_by_offset_and_end_without_next_id(sandbox: VinylDNSSandbox, client: httpx.Client) -> None:
    own = sandbox.own_batch_changes()
    assert len(own) > 7 and len(own) < len(sandbox.batch_changes)  # other users' exist, and are not listed
    first = client.get("/zones/batchrecordchanges", params={"maxItems": 3}).json()
    # startFrom absent when not sent; nextId = startFrom + maxItems (the next offset) while more follow
    assert "startFrom" not in first and (first["nextId"], first["maxItems"], first["ignoreAccess"]) == (3, 3, False)
    assert [b["id"] for b in first["batchChanges"]] == [b["id"] for b in own[:3]]
    seen: list[dict[str, Any]] = []
    start = 0
    for _ in range(100):  # bounded
        body = client.get("/zones/batchrecordchanges", params={"maxItems": 3, "startFrom": start}).json()
        seen += body["batchChanges"]
        if "nextId" not in body:
            break
        start = body["nextId"]
    assert [b["id"] for b in seen] == [b["id"] for b in own]
    summary = seen[0]
    assert summary["totalChanges"] == len(own[0]["changes"]) and "changes" not in summary


def test_batch_summaries_filters(sandbox: VinylDNSSandbox, client: httpx.Client) -> None:
    own = sandbox.own_batch_changes()
    auto = client.get("/zones/batchrecordchanges", params={"approvalStatus": "autoapproved"}).json()
    assert [b["id"] for b in auto["batchChanges"]] == [b["id"] for b in own if b["approvalStatus"] == "AutoApproved"]
    assert auto["approvalStatus"] == "AutoApproved"
    ignored = client.get("/zones/batchrecordchanges", params={"approvalStatus": "Rejected"}).json()  # not a value
    assert len(ignored["batchChanges"]) == len(own) and "approvalStatus" not in ignored
    middle = own[len(own) // 2]["createdTimestamp"].replace("T", " ").rstrip("Z")
    newer = client.get(
        "/zones/batchrecordchanges", params={"dateTimeRangeStart": middle, "dateTimeRangeEnd": "2999-01-01 00:00:00"}
    )
    body = newer.json()
    assert [b["id"] for b in body["batchChanges"]] == [b["id"] for b in own[: len(own) // 2 + 1]]
    assert (body["dateTimeStartRange"], body["dateTimeEndRange"]) == (middle, "2999-01-01 00:00:00")
    alone = client.get("/zones/batchrecordchanges", params={"dateTimeRangeStart": middle}).json()  # needs both
    assert len(alone["batchChanges"]) == len(own)
    assert client.get("/zones/batchrecordchanges", params={"userName": "nobody"}).json()["batchChanges"] == []


@pytest.mark.parametrize(
    ("params", "text"),
    [
        ({"maxItems": 0}, "maxItems was 0, maxItems must be between 1 and 100, inclusive."),
        ({"maxItems": 101}, "maxItems was 101, maxItems must be between 1 and 100, inclusive."),
        (
            {"startFrom": "a"},
            "The query parameter 'startFrom' was malformed:\n'a' is not a valid 32-bit signed integer value",
        ),
        (
            {"ignoreAccess": "maybe"},
            "The query parameter 'ignoreAccess' was malformed:\n'maybe' is not a valid Boolean value",
        ),
    ],
)
def test_batch_summaries_bad_parameters(sandbox: VinylDNSSandbox, params: dict[str, Any], text: str) -> None:
    bare = httpx.Client(base_url=BASE, transport=sandbox.transport())  # checked before authentication
    answer = bare.get("/zones/batchrecordchanges", params=params)
    assert (answer.status_code, answer.text) == (400, text)


def test_get_batch_change(sandbox: VinylDNSSandbox, client: httpx.Client) -> None:
    own = sandbox.own_batch_changes()
    failed = next(b for b in own if b["status"] in ("Failed", "PartialFailure"))
    assert client.get(f"/zones/batchrecordchanges/{failed['id']}").json() == failed
    singles = [c for c in failed["changes"] if c["status"] == "Failed"]
    assert singles and all(c["systemMessage"] and c["recordChangeId"] for c in singles)
    missing = client.get("/zones/batchrecordchanges/nope")
    assert (missing.status_code, missing.text) == (404, "Batch change with id nope cannot be found")
    other = next(b for b in sandbox.batch_changes if b["userId"] != sandbox.user_id)
    forbidden = client.get(f"/zones/batchrecordchanges/{other['id']}")
    assert (forbidden.status_code, forbidden.text) == (403, f"User does not have access to item {other['id']}")


def test_batch_statuses_follow_the_single_changes(sandbox: VinylDNSSandbox) -> None:
    # modules/core/.../batch/BatchChange.scala:75-95 calculateBatchStatus
    for batch in sandbox.batch_changes:
        statuses = {c["status"] for c in batch["changes"]}
        if batch["status"] == "Failed":
            assert statuses <= {"Failed", "Rejected"}
        if batch["status"] == "PartialFailure":
            assert "Complete" in statuses and "Failed" in statuses
    assert {"Failed", "PartialFailure", "Complete"} <= {b["status"] for b in sandbox.batch_changes}


# -- a page's cost does not grow with the sandbox --------------------------------------------------------


class _Touched(dict[str, Any]):
    """A record that notes, in ``seen``, each time the sandbox reads it from Python."""

    seen: set[str] = set()

    def __getitem__(self, key: str) -> Any:
        _Touched.seen.add(dict.__getitem__(self, "id"))
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        _Touched.seen.add(dict.__getitem__(self, "id"))
        return super().get(key, default)


@pytest.mark.parametrize("records", [300, 3000])
def test_a_page_reads_only_its_own_records(records: int) -> None:
    # A page is a slice of its zone's changes, filed when ``records`` is assigned: serving one reads at
    # most the page's records, however many the sandbox holds (not every change, to find the zone's).
    sandbox = VinylDNSSandbox(records=records, seed=5, now=NOW)
    sandbox.records = [_Touched(change) for change in sandbox.records]
    zone = sandbox.zones[0]["id"]
    expected = [c["id"] for c in sandbox.failures_in(zone)]
    assert len(expected) > 100
    with httpx.Client(base_url=BASE, transport=sandbox.transport(), auth=BotocoreSigner()) as client:
        _Touched.seen.clear()
        body = client.get(changes_path(zone), params={"maxItems": 7, "startFrom": 40}).json()
        assert [c["id"] for c in body["failedRecordSetChanges"]] == expected[40:47]
        assert len(_Touched.seen) <= 7
        _Touched.seen.clear()
        assert client.get(changes_path("no-such-zone")).json()["failedRecordSetChanges"] == []
        assert _Touched.seen == set()


def test_assigned_records_are_kept_newest_first_and_filed_by_zone(sandbox: VinylDNSSandbox) -> None:
    zone = sandbox.zones[1]["id"]
    shuffled = sandbox.records[::-1]
    sandbox.records = shuffled
    assert sandbox.records == sorted(shuffled, key=lambda c: (c["created"], c["id"]), reverse=True)
    assert sandbox.failures_in(zone) == [c for c in sandbox.records if c["zone"]["id"] == zone] != []
    sandbox.records = sandbox.records[5:]  # replaced whole: the pages follow
    with httpx.Client(base_url=BASE, transport=sandbox.transport(), auth=BotocoreSigner()) as client:
        seen = walk(client, changes_path(zone), "failedRecordSetChanges", maxItems=9)
    assert seen == [c for c in sandbox.records if c["zone"]["id"] == zone]


def test_batch_date_ranges_are_inclusive_at_both_ends(sandbox: VinylDNSSandbox, client: httpx.Client) -> None:
    own = sandbox.own_batch_changes()
    stamps = [b["createdTimestamp"].replace("T", " ").removesuffix("Z") for b in own]
    low, high = stamps[-3], stamps[2]
    query = {"dateTimeRangeStart": low, "dateTimeRangeEnd": high, "maxItems": 100}
    got = [b["id"] for b in client.get("/zones/batchrecordchanges", params=query).json()["batchChanges"]]
    assert got == [b["id"] for b, t in zip(own, stamps, strict=True) if low <= t <= high]
    assert got[0] == own[2]["id"] and got[-1] == own[-3]["id"]  # both ends in
    backwards = {"dateTimeRangeStart": high, "dateTimeRangeEnd": low}
    assert client.get("/zones/batchrecordchanges", params=backwards).json()["batchChanges"] == []
