"""The Citrix sandbox answers as Citrix Cloud's SystemLog API does: CwsAuth, 406, 400s, tokens, faults.

Source ids (S1..S11, T1..T4) are those of specs/citrix/SOURCES.md.
"""

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
MAX_PAGES = 300  # every walk below is bounded: a sandbox that never ends a walk fails, it does not hang


@pytest.fixture
def sandbox() -> CitrixSandbox:
    return CitrixSandbox(records=230, seed=3, now=NOW)


@pytest.fixture
def client(sandbox: CitrixSandbox) -> httpx.Client:
    return httpx.Client(base_url="https://api.cloud.com", transport=sandbox.transport(), headers=HEADERS)


def walk(
    client: httpx.Client, *, items: str = "Items", next_field: str = "ContinuationToken", **params: Any
) -> list[dict[str, Any]]:
    """Pass each ContinuationToken back unchanged (percent-encoded by httpx) until there is none."""
    seen: list[dict[str, Any]] = []
    token: str | None = None
    for _ in range(MAX_PAGES):
        query = {**params, **({"ContinuationToken": token} if token else {})}
        answer = client.get(RECORDS, params=query)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        seen += body[items]
        token = body[next_field]
        if token is None:
            return seen
    raise AssertionError(f"no end after {MAX_PAGES} pages")


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
    for wrong in ("CwsAuth Bearer=nope", "cwsauth bearer=nope"):
        invalid = client.get(RECORDS, headers={"Authorization": wrong})
        assert invalid.status_code == 401 and invalid.json()["parameters"] == [{"name": "reason", "value": "invalid"}]
    assert client.get(RECORDS, headers={"Authorization": "CWSAuth bearer=sandbox-token"}).status_code == 200  # S7
    # S4: the gateway's answer to an Authorization header that is not CwsAuth at all.
    for malformed in ("Bearer sandbox-token", "sandbox-token", "CwsAuth sandbox-token"):
        gateway = client.get(RECORDS, headers={"Authorization": malformed})
        assert (gateway.status_code, gateway.json()) == (
            401,
            {"Error": {"Message": "Missing or invalid CWSAuth header.", "Type": "CWSAuthException"}},
        )
    other = client.get(RECORDS, headers={"Citrix-CustomerId": "someoneelse"})
    assert (other.status_code, other.json()) == (
        403,
        {"type": f"{ERRORS}/common/authorization", "detail": "Access denied"},
    )
    without = httpx.Client(base_url="https://api.cloud.com", transport=sandbox.transport())  # no Citrix-CustomerId
    answer = without.get(RECORDS, headers={"Authorization": HEADERS["Authorization"], "Accept": "application/json"})
    assert answer.status_code == 403


# S4: "The client must set the Accept HTTP header to exactly application/json. Currently, the API does not
# allow values such as */* or the charset parameter." A missing Accept is unsourced: the sandbox allows it.
@pytest.mark.parametrize(
    ("accept", "status"),
    [
        ("application/xml", 406),
        ("application/json;q=0", 406),
        ("application/json; charset=utf-8", 406),
        ("application/json, */*", 406),
        ("*/*", 406),
        ("application/*", 406),
        ("text/html, application/*;q=0.5", 406),
        ("application/json", 200),
        ("Application/JSON", 200),
        ("", 200),
    ],
)
def test_accept_must_be_exactly_json(client: httpx.Client, accept: str, status: int) -> None:
    answer = client.get(RECORDS, headers={"Accept": accept})
    assert answer.status_code == status
    if status == 406:  # S5's body (S4 shows the parameters as an object)
        assert answer.json() == {
            "type": f"{ERRORS}/common/notAcceptable",
            "detail": "Must accept application/json media type",
            "parameters": [{"name": "contentType", "value": "application/json"}],
        }


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
    assert (refused.status_code, refused.json()) == (  # S4
        400,
        {"error": "invalid_client", "error_description": "Invalid client id or client secret."},
    )


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
        assert answer.json() == {  # S5
            "type": f"{ERRORS}/common/rateLimitExceeded",
            "detail": "Rate limit exceeded; try again in 4 seconds",
            "parameters": [{"name": "retryDelay", "value": "4"}],
        }
        assert answer.headers["Citrix-TransactionId"]


def test_unavailable_carries_citrixs_body(sandbox: CitrixSandbox, client: httpx.Client) -> None:
    sandbox.add_fault("status", nth=1, status=503)
    answer = client.get(RECORDS)
    assert (answer.status_code, answer.json()) == (  # S5
        503,
        {
            "type": f"{ERRORS}/common/serviceUnavailable",
            "detail": "Service is unavailable; try again in 4 seconds",
            "parameters": [{"name": "retryDelay", "value": "4"}],
        },
    )
    assert client.get(RECORDS).status_code == 200


def test_tokens_look_like_cosmos_db_continuations(client: httpx.Client) -> None:
    token = client.get(RECORDS, params={"Limit": 10}).json()["ContinuationToken"]
    assert token.startswith("+RID:~") and "#RT:1#TRC:10#" in token  # S1's sample token
    assert {"+", "/", "=", "#", ":"} <= set(token)
    encoded = client.get(RECORDS, params={"Limit": 10, "ContinuationToken": token})  # httpx percent-encodes it
    assert encoded.status_code == 200
    raw = client.get(f"{RECORDS}?Limit=10&ContinuationToken={token.replace('#', '%23')}")  # "+" read as a space
    assert raw.status_code == 400
    assert raw.json()["type"] == f"{ERRORS}/systemlog/getRecordsContinuationTokenInvalid"


def test_camel_case_serves_what_collectors_read(sandbox: CitrixSandbox) -> None:
    camel = CitrixSandbox(records=230, seed=3, now=NOW, camel_case=True)
    with httpx.Client(base_url="https://api.cloud.com", transport=camel.transport(), headers=HEADERS) as client:
        first = client.get(RECORDS, params={"Limit": 100}).json()
        assert set(first) == {"items", "count", "estimatedTotalItems", "continuationToken"}  # T1, T2
        record = first["items"][0]
        assert {"recordId", "utcTimestamp", "eventType", "actorType", "afterChanges", "message"} <= set(record)
        assert set(record["message"]) == {"en-US", "de-DE", "es-ES", "fr-FR", "ja-JP"}  # map keys kept
        seen = walk(client, items="items", next_field="continuationToken", Limit=100)
    assert [r["recordId"] for r in seen] == [r["RecordId"] for r in sandbox.records]
    assert seen[0]["afterChanges"] == sandbox.records[0]["AfterChanges"]


@pytest.mark.parametrize("header", ["Citrix-TransactionId", "CC-TransactionId", "X-Cws-TransactionId"])
def test_each_transaction_id_spelling_can_be_served(header: str) -> None:
    sandbox = CitrixSandbox(records=3, now=NOW, transaction_header=header)
    with httpx.Client(base_url="https://api.cloud.com", transport=sandbox.transport(), headers=HEADERS) as client:
        answer = client.get(RECORDS)
    assert answer.headers[header]
    assert [
        name for name in ("Citrix-TransactionId", "CC-TransactionId", "X-Cws-TransactionId") if name in answer.headers
    ] == [header]
    with pytest.raises(ValueError, match="transaction_header"):
        CitrixSandbox(records=1, transaction_header="X-Request-Id")


async def test_async_walk(sandbox: CitrixSandbox) -> None:
    with async_clients(sandbox, headers=HEADERS) as modes:
        for mode, make in modes:
            async with make() as client:
                seen: list[dict[str, Any]] = []
                token: str | None = None
                for _ in range(MAX_PAGES):
                    query: dict[str, Any] = {"Limit": 200, **({"ContinuationToken": token} if token else {})}
                    body = (await client.get(RECORDS, params=query)).json()
                    seen += body["Items"]
                    token = body["ContinuationToken"]
                    if token is None:
                        break
                assert token is None, f"{mode}: no end after {MAX_PAGES} pages"
                assert seen == sandbox.records, mode
