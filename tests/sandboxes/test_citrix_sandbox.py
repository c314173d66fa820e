"""The Citrix sandbox answers as Citrix Cloud's SystemLog API does: CwsAuth, 406, 400s, tokens, faults."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from failtrail_citrix.lib.sandbox import CitrixSandbox

from tests.sandboxes.fault_checks import async_clients, check_every_fault

NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
RECORDS = "/systemlog/records"
HEADERS = {
    "Authorization": "CwsAuth Bearer=sandbox-token",
    "Citrix-CustomerId": "sandboxcust",
    "Accept": "application/json",
}
ERRORS = "https://errors-api.cloud.com"


@pytest.fixture
def sandbox() -> CitrixSandbox:
    return CitrixSandbox(records=230, seed=3, now=NOW)


@pytest.fixture
def client(sandbox: CitrixSandbox) -> httpx.Client:
    return httpx.Client(base_url="https://api.cloud.com", transport=sandbox.transport(), headers=HEADERS)


def walk(client: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    """Pass each ContinuationToken back unchanged until there is none."""
    seen: list[dict[str, Any]] = []
    token: str | None = None
    while True:
        query = {**params, **({"ContinuationToken": token} if token else {})}
        body = client.get(RECORDS, params=query).json()
        assert body["Count"] == len(body["Items"])
        seen += body["Items"]
        token = body["ContinuationToken"]
        if token is None:
            return seen


def test_a_walk_covers_every_record_once(sandbox: CitrixSandbox, client: httpx.Client) -> None:
    first = client.get(RECORDS, params={"Limit": 100}).json()
    assert (first["Count"], first["EstimatedTotalItems"]) == (100, 230)
    seen = walk(client, Limit=100)
    assert [r["RecordId"] for r in seen] == [r["RecordId"] for r in sandbox.records]
    assert len({r["RecordId"] for r in seen}) == 230
    assert len(walk(client)) == 230  # the default Limit, 50


def test_the_time_range_filters(sandbox: CitrixSandbox, client: httpx.Client) -> None:
    window = {"StartDateTime": "2025-02-27T00:00:00Z", "EndDateTime": "2025-02-28T00:00:00Z"}
    inside = walk(client, Limit=7, **window)
    expected = [r for r in sandbox.records if "2025-02-27" <= r["UtcTimestamp"] < "2025-02-28"]
    assert inside == expected and inside
    assert walk(client, startdatetime="2025-02-27T00:00:00Z", enddatetime="2025-02-28T00:00:00Z") == expected


def test_records_look_like_citrixs(sandbox: CitrixSandbox) -> None:
    record = sandbox.records[0]
    assert set(record["Message"]) == {"en-US", "de-DE", "es-ES", "fr-FR", "ja-JP"}
    assert len(record["UtcTimestamp"].split(".")[1]) == 8  # seven digits and the Z
    kinds = {r["EventType"] for r in sandbox.records}
    assert "delegatedadministration:administrator/create" in kinds and "platform:secureclient/delete" in kinds
    assert {r["ActorType"] for r in sandbox.records} == {"system", "administrator"}
    assert any(r["BeforeChanges"] is None for r in sandbox.records)
    assert CitrixSandbox(records=230, seed=3, now=NOW).records == sandbox.records


def test_validation_errors_are_citrixs(client: httpx.Client) -> None:
    assert client.get(RECORDS, params={"Limit": 201}).json() == {
        "type": f"{ERRORS}/common/outOfRange",
        "detail": "Maximum items per page is between 1 and 200",
        "parameters": {"limit": "201"},
    }
    assert client.get(RECORDS, params={"Limit": "many"}).json()["type"] == f"{ERRORS}/systemlog/getRecordsLimitInvalid"
    later = client.get(RECORDS, params={"StartDateTime": "2025-02-25T00:00:00Z", "EndDateTime": "2025-02-24T19:31:10Z"})
    assert later.status_code == 400
    assert later.json() == {
        "type": f"{ERRORS}/systemlog/getRecordsDateTimeRangeInvalid",
        "detail": "Start DateTime cannot be after the end DateTime.",
        "parameters": {"startDateTime": "2025-02-25T00:00:00Z", "endDateTime": "2025-02-24T19:31:10Z"},
    }
    bad = client.get(RECORDS, params={"StartDateTime": "invalid"}).json()
    assert bad["detail"] == "Invalid value provided for startDateTime." and bad["parameters"] == {
        "startDateTime": "invalid"
    }
    assert client.get(RECORDS, params={"ContinuationToken": "forged"}).status_code == 400


def test_a_token_holds_only_for_its_range(client: httpx.Client) -> None:
    token = client.get(RECORDS, params={"Limit": 10}).json()["ContinuationToken"]
    other = client.get(
        RECORDS, params={"Limit": 10, "ContinuationToken": token, "StartDateTime": "2025-02-27T00:00:00Z"}
    )
    assert other.status_code == 400


def test_auth_refusals_carry_citrixs_bodies(sandbox: CitrixSandbox, client: httpx.Client) -> None:
    missing = client.get(RECORDS, headers={"Authorization": ""})
    assert missing.status_code == 401 and missing.json()["parameters"] == [{"name": "reason", "value": "missing"}]
    for wrong in ("CwsAuth Bearer=nope", "Bearer sandbox-token"):
        invalid = client.get(RECORDS, headers={"Authorization": wrong})
        assert invalid.status_code == 401 and invalid.json()["parameters"] == [{"name": "reason", "value": "invalid"}]
    other = client.get(RECORDS, headers={"Citrix-CustomerId": "someoneelse"})
    assert (other.status_code, other.json()) == (
        403,
        {"type": f"{ERRORS}/common/authorization", "detail": "Access denied"},
    )
    without = httpx.Client(base_url="https://api.cloud.com", transport=sandbox.transport())  # no Citrix-CustomerId
    assert without.get(RECORDS, headers={"Authorization": HEADERS["Authorization"]}).status_code == 403


@pytest.mark.parametrize(
    ("accept", "status"),
    [
        ("application/xml", 406),
        ("application/json;q=0", 406),
        ("application/json; q=0.0", 406),
        ("application/json;q=0, */*", 406),  # the most specific match decides
        ("*/*", 200),
        ("text/html, application/*;q=0.5", 200),
        ("", 200),
    ],
)
def test_a_non_json_accept_gets_406(client: httpx.Client, accept: str, status: int) -> None:
    answer = client.get(RECORDS, headers={"Accept": accept})
    assert answer.status_code == status
    if status == 406:
        assert answer.json()["type"] == f"{ERRORS}/common/notAcceptable"


def test_trust_service_tokens(sandbox: CitrixSandbox, client: httpx.Client) -> None:
    form = {
        "grant_type": "client_credentials",
        "client_id": "sandbox-client-id",
        "client_secret": "sandbox-client-secret",
    }
    for customer in ("sandboxcust", "root"):
        token = client.post(f"/cctrustoauth2/{customer}/tokens/clients", data=form).json()
        assert token["token_type"] == "bearer" and token["expires_in"] == "3600"
        auth = {"Authorization": f"CwsAuth Bearer={token['access_token']}"}
        assert client.get(RECORDS, headers=auth).status_code == 200
    sandbox.revoke_tokens()
    assert client.get(RECORDS, headers=auth).status_code == 401
    refused = client.post("/cctrustoauth2/root/tokens/clients", data={**form, "client_secret": "x"})
    assert refused.status_code == 401


def test_transaction_ids_and_404s(client: httpx.Client) -> None:
    ok, missing = client.get(RECORDS), client.get("/systemlog/personalizati")
    assert ok.headers["Citrix-TransactionId"] != missing.headers["Citrix-TransactionId"]
    assert missing.json()["parameters"] == [{"name": "entityType", "value": "/systemlog/personalizati"}]


def test_gzip_over_http(sandbox: CitrixSandbox) -> None:
    with sandbox.serve() as server, httpx.Client(base_url=server.url, headers=HEADERS) as client:
        answer = client.get(RECORDS, params={"Limit": 20})
        assert answer.headers["Content-Encoding"] == "gzip" and answer.num_bytes_downloaded < len(answer.content)
        assert answer.json()["Count"] == 20


def test_every_fault_in_both_modes(sandbox: CitrixSandbox) -> None:
    statuses = check_every_fault(sandbox, lambda c: c.get(RECORDS, params={"Limit": 5}), headers=HEADERS)
    for answer in statuses.values():
        assert answer.json()["type"] == f"{ERRORS}/common/tooManyRequests"
        assert answer.headers["Citrix-TransactionId"]


async def test_async_walk(sandbox: CitrixSandbox) -> None:
    with async_clients(sandbox, headers=HEADERS) as modes:
        for mode, make in modes:
            async with make() as client:
                seen: list[dict[str, Any]] = []
                token: str | None = None
                while True:
                    query: dict[str, Any] = {"Limit": 200, **({"ContinuationToken": token} if token else {})}
                    body = (await client.get(RECORDS, params=query)).json()
                    seen += body["Items"]
                    token = body["ContinuationToken"]
                    if token is None:
                        break
                assert seen == sandbox.records, mode
