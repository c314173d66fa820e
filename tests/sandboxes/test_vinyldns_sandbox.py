"""The VinylDNS sandbox answers as a VinylDNS server does: SigV4 really checked, text errors, pages."""

from __future__ import annotations

from collections.abc import Generator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from failtrail_core import sigv4
from failtrail_vinyldns.lib.sandbox import VinylDNSSandbox

from tests.conftest import botocore_sign
from tests.sandboxes.fault_checks import async_clients, check_every_fault

NOW = datetime(2025, 5, 2, 10, 0, tzinfo=UTC)
BASE = "http://localhost:9000"


class BotocoreSigner(httpx.Auth):
    """Signs as the reference client does (conftest's ``botocore_sign``: botocore, VinylDNS, us-east-1)."""

    def __init__(self, access_key: str = "sandbox-access-key", secret_key: str = "sandbox-secret-key") -> None:
        self._keys = {"access_key": access_key, "secret_key": secret_key}

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        signed = botocore_sign(request.method, str(request.url), request.headers, request.content, **self._keys)
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
    assert (refused.status_code, refused.text) == (401, "Request signature could not be validated")
    assert refused.headers["Content-Type"].startswith("text/plain")
    wrong_secret = httpx.Client(base_url=BASE, transport=sandbox.transport(), auth=BotocoreSigner(secret_key="nope"))
    assert wrong_secret.get(changes_path(zone)).text == "Request signature could not be validated"


@pytest.mark.parametrize("zone", ["zone 1", "a/b", "zöne", "a%20b"])
def test_botocore_signatures_over_escaped_paths_are_accepted(client: httpx.Client, zone: str) -> None:
    answer = client.get(changes_path(quote(zone, safe="")))
    # The signature is accepted (a bad one gets 401); the zone is simply not there.
    assert (answer.status_code, answer.text) == (404, f"Zone with id {zone} does not exist")


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
def test_the_sdks_signer_over_escaped_paths_is_accepted(sandbox: VinylDNSSandbox, zone: str) -> None:
    with httpx.Client(base_url=BASE, transport=sandbox.transport(), auth=sdk_signer()) as client:
        answer = client.get(changes_path(quote(zone, safe="")))
    # A bad signature would be a 401; the zone is simply not there.
    assert (answer.status_code, answer.text) == (404, f"Zone with id {zone} does not exist")


def test_auth_refusals_are_vinyldns_texts(sandbox: VinylDNSSandbox) -> None:
    zone = changes_path(sandbox.zones[0]["id"])
    bare = httpx.Client(base_url=BASE, transport=sandbox.transport())
    assert (bare.get(zone).status_code, bare.get(zone).text) == (401, "Authorization header not found")
    assert bare.get(zone, headers={"Authorization": "Bearer x"}).text == "Authorization header could not be parsed"
    stranger = httpx.Client(base_url=BASE, transport=sandbox.transport(), auth=BotocoreSigner(access_key="who"))
    assert stranger.get(zone).text == "Account with accessKey who specified was not found"
    assert (bare.get("/ping").text, bare.get("/health").status_code) == ("PONG", 200)


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
    ],
)
def test_bad_paging_is_a_plain_text_400(
    sandbox: VinylDNSSandbox, client: httpx.Client, params: dict[str, Any], text: str
) -> None:
    answer = client.get(changes_path(sandbox.zones[0]["id"]), params=params)
    assert (answer.status_code, answer.text) == (400, text)
    assert answer.headers["Content-Type"].startswith("text/plain")


def test_unknown_and_forbidden_zones(sandbox: VinylDNSSandbox, client: httpx.Client) -> None:
    missing = client.get(changes_path("no-such-zone"))
    assert (missing.status_code, missing.text) == (404, "Zone with id no-such-zone does not exist")
    forbidden = client.get(changes_path(sandbox.restricted_zone_id))
    assert forbidden.status_code == 403 and "does not have access to zone" in forbidden.text


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
