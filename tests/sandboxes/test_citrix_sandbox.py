"""The Citrix sandbox answers as Citrix Cloud's SystemLog API and a DaaS site's configuration log do: CwsAuth,
406, 400s, tokens, time zones, faults.

Source ids (S1..S11, T1..T4) are those of specs/citrix/SOURCES.md.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
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


# -- the DaaS configuration log (S7: Citrix's Go SDK, S11: "How to get configuration operations") -------------

OPERATIONS = "/cvad/manage/ConfigLog/Operations"
SITE = "22ded57c-0306-47e4-b6e8-fed6252759e1"
DAAS = {**HEADERS, "Citrix-InstanceId": SITE}
LOCAL_TIME = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}) : (\d{1,2}):(\d{2}):(\d{2}) (AM|PM)")  # S11's sample


def _daas(sandbox: CitrixSandbox, **headers: str) -> httpx.Client:
    return httpx.Client(base_url="https://api.cloud.com", transport=sandbox.transport(), headers={**DAAS, **headers})


def walk_operations(client: httpx.Client, **params: Any) -> tuple[list[dict[str, Any]], list[int]]:
    """Every operation, passing each continuationToken back unchanged; and each batch's size."""
    seen: list[dict[str, Any]] = []
    sizes: list[int] = []
    token: str | None = None
    for _ in range(MAX_PAGES):
        answer = client.get(OPERATIONS, params={**params, **({"continuationToken": token} if token else {})})
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert set(body) == {"Items", "ContinuationToken"}  # TotalItems: "Only returned in ... $search" (S7)
        seen += body["Items"]
        sizes.append(len(body["Items"]))
        token = body["ContinuationToken"]
        if token is None:
            return seen, sizes
    raise AssertionError(f"no end after {MAX_PAGES} batches")


def _utc(op: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(op["FormattedStartTime"].replace("Z", "+00:00"))


def _local(text: str) -> datetime:
    """S11's ``12/21/2020 : 3:21:12 PM`` as a naive datetime."""
    return datetime.strptime(text, "%m/%d/%Y : %I:%M:%S %p")


def test_a_walk_covers_every_operation_once_newest_first() -> None:
    sandbox = CitrixSandbox(records=5, seed=3, now=NOW, operations=1100)
    with _daas(sandbox) as client:
        first = client.get(OPERATIONS).json()
        assert len(first["Items"]) == 250 and first["ContinuationToken"]  # S7: "a default limit of 250 items"
        seen, sizes = walk_operations(client, limit=1000)  # S7: at most 1000
    assert sizes == [1000, 100]
    assert [op["Id"] for op in seen] == [op["Id"] for op in sandbox.config_log.operations]
    assert len({op["Id"] for op in seen}) == 1100
    starts = [_utc(op) for op in seen]
    assert starts == sorted(starts, reverse=True)  # S7: "in the order of most-recent to least-recent"


def test_a_query_that_cannot_be_completed_hands_back_short_and_empty_batches() -> None:
    sandbox = CitrixSandbox(records=5, seed=3, now=NOW, operations=200, partial_batches=True)
    with _daas(sandbox) as client:
        seen, sizes = walk_operations(client, limit=20)
    assert [op["Id"] for op in seen] == [op["Id"] for op in sandbox.config_log.operations]
    assert 0 in sizes[:-1] and any(0 < size < 20 for size in sizes[:-1])  # a batch with a token may hold anything


def test_operations_look_like_citrixs(sandbox: CitrixSandbox) -> None:
    operations = sandbox.config_log.operations
    assert len(operations) == 60
    op = operations[0]
    assert list(op) == ["Id", *sorted(key for key in op if key != "Id")]  # as S11's sample lists them
    assert set(op) == {  # S7's LogOperationResponseModel
        "Id", "Text", "User", "UserIdentity", "Source", "AdminMachineIP", "EndTime", "FormattedEndTime",
        "StartTime", "FormattedStartTime", "IsSuccessful", "TargetTypes", "OperationType", "Labels",
        "Metadata", "Parameters",
    }  # fmt: skip
    assert {o["OperationType"] for o in operations} == {"ConfigurationChange", "AdminActivity"}  # S7's LogOperationType
    assert {o["IsSuccessful"] for o in operations} >= {True, False}
    assert sandbox.config_log.failed() == [o for o in operations if o["IsSuccessful"] is False] != []
    assert all(LOCAL_TIME.fullmatch(o["StartTime"]) for o in operations)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", o["FormattedStartTime"]) for o in operations)
    assert all(isinstance(o["TargetTypes"], list) and o["TargetTypes"] for o in operations)
    assert all(o["Parameters"] and set(o["Parameters"][0]) == {"Name", "Value"} for o in operations)
    running = [o for o in operations if o["IsSuccessful"] is None]
    assert all(o["EndTime"] is None and o["FormattedEndTime"] is None for o in running)


def test_the_log_leaves_a_seeds_system_log_records_as_they_were() -> None:
    assert (
        CitrixSandbox(records=30, seed=9, now=NOW, operations=0).records
        == CitrixSandbox(records=30, seed=9, now=NOW, operations=500).records
    )


@pytest.mark.parametrize(
    ("headers", "query", "offset"),
    [
        ({"X-TimeZone": "UTC"}, {}, timedelta(0)),  # S7: "Example: UTC or +00:00"
        ({"X-TimeZone": "+00:00"}, {}, timedelta(0)),
        ({"X-TimeZone": "+05:30"}, {}, timedelta(hours=5, minutes=30)),
        ({"X-TimeZone": "-08:00"}, {"timeDiff": "3600"}, timedelta(hours=-8)),  # the header wins
        ({}, {"timeDiff": "28800"}, timedelta(hours=8)),  # S7: "UTC+8, timeDiff=28800" (deprecated)
        ({}, {}, timedelta(hours=-5)),  # S7: "If not specified, server local time will be referenced"
    ],
)
def test_times_are_written_in_the_callers_time_zone(
    sandbox: CitrixSandbox, headers: dict[str, str], query: dict[str, str], offset: timedelta
) -> None:
    with _daas(sandbox, **headers) as client:
        operations = client.get(OPERATIONS, params=query).json()["Items"]
    for op in operations:
        assert _local(op["StartTime"]) == (_utc(op) + offset).replace(tzinfo=None, microsecond=0)
        if op["EndTime"] is not None:
            end = datetime.fromisoformat(op["FormattedEndTime"].replace("Z", "+00:00"))
            assert _local(op["EndTime"]) == (end + offset).replace(tzinfo=None, microsecond=0)


def test_an_unknown_time_zone_is_refused(sandbox: CitrixSandbox) -> None:
    with _daas(sandbox, **{"X-TimeZone": "Mars/Olympus_Mons"}) as client:
        answer = client.get(OPERATIONS)
    assert answer.status_code == 400
    assert answer.json()["parameters"] == [{"name": "X-TimeZone", "value": "Mars/Olympus_Mons"}]


def test_days_search_date_option_and_text_filter(sandbox: CitrixSandbox) -> None:
    operations = sandbox.config_log.operations
    with _daas(sandbox, **{"X-TimeZone": "UTC"}) as client:
        two_days, _ = walk_operations(client, days=2)
        last_day, _ = walk_operations(client, searchDateOption="Last24Hours")
        today, _ = walk_operations(client, searchDateOption="Today")
        yesterday, _ = walk_operations(client, searchdateoption="yesterday")  # ASP.NET binds case-blind
        machines, _ = walk_operations(client, text="*MACHINE*")
        exact, _ = walk_operations(client, text=operations[0]["Text"])
        everything, _ = walk_operations(client)
    assert two_days == [op for op in operations if _utc(op) >= NOW - timedelta(days=2)] != []
    assert last_day == [op for op in operations if _utc(op) >= NOW - timedelta(hours=24)] != []
    midnight = NOW.replace(hour=0, minute=0)  # in UTC, the X-TimeZone asked for
    assert today == [op for op in operations if _utc(op) >= midnight] != []
    assert yesterday == [op for op in operations if midnight - timedelta(days=1) <= _utc(op) < midnight] != []
    assert machines == [op for op in operations if "machine" in op["Text"].lower()] != []  # S7: case-insensitive, "*"
    assert exact == [op for op in operations if op["Text"] == operations[0]["Text"]]
    assert everything == operations  # S7: "If neither is specified, all records will be returned"


@pytest.mark.parametrize(
    ("query", "status", "kind", "parameters"),
    [
        ({"limit": "0"}, 400, "common/outOfRange", [{"name": "limit", "value": "0"}]),  # S5: "A number is out of range"
        ({"limit": "1001"}, 400, "common/outOfRange", [{"name": "limit", "value": "1001"}]),  # S7: over 1000
        ({"limit": "many"}, 400, "common/invalidString", [{"name": "limit", "value": "many"}]),
        (
            {"searchDateOption": "Last3Days"},
            400,
            "common/invalidEnum",
            [{"name": "searchDateOption", "value": "Last3Days"}],
        ),
        (
            {
                "days": "1",
                "searchDateOption": "Today",
            },  # S7: "This parameter is exclusive with parameter searchDateOption"
            400,
            "common/invalidString",
            [{"name": "days", "value": "1"}, {"name": "searchDateOption", "value": "Today"}],
        ),
        (
            {"continuationToken": "++++forged=="},
            400,
            "common/invalidString",
            [{"name": "continuationToken", "value": "++++forged=="}],
        ),
    ],
)
def test_bad_queries_get_citrixs_400(
    sandbox: CitrixSandbox, query: dict[str, str], status: int, kind: str, parameters: list[dict[str, str]]
) -> None:
    with _daas(sandbox) as client:
        answer = client.get(OPERATIONS, params=query)
    assert answer.status_code == status
    body = answer.json()
    assert (body["type"], body["parameters"]) == (f"{ERRORS}/{kind}", parameters)
    assert body["detail"]


def test_a_token_holds_only_for_its_query_and_must_be_percent_encoded(sandbox: CitrixSandbox) -> None:
    with _daas(sandbox) as client:
        token = client.get(OPERATIONS, params={"limit": 10, "days": 3}).json()["ContinuationToken"]
        assert "+" in token and token.endswith("=")  # opaque, and it needs percent-encoding
        assert client.get(OPERATIONS, params={"limit": 10, "days": 3, "continuationToken": token}).status_code == 200
        assert client.get(OPERATIONS, params={"limit": 10, "days": 4, "continuationToken": token}).status_code == 400
        raw = client.get(f"{OPERATIONS}?limit=10&days=3&continuationToken={token}")  # "+" read as a space
        assert raw.status_code == 400


def test_the_site_header_is_checked(sandbox: CitrixSandbox) -> None:
    with _daas(sandbox) as client:
        missing = client.get(OPERATIONS, headers={"Citrix-InstanceId": ""})
        other = client.get(OPERATIONS, headers={"Citrix-InstanceId": "00000000-0000-4000-8000-000000000000"})
        same = client.get(OPERATIONS, headers={"Citrix-InstanceId": SITE.upper()})
    assert (missing.status_code, missing.json()["type"]) == (400, f"{ERRORS}/common/missing")  # S5's type for it
    assert (other.status_code, other.json()["type"]) == (403, f"{ERRORS}/common/authorization")  # unsourced
    assert same.status_code == 200


def test_the_log_shares_the_gateways_checks(sandbox: CitrixSandbox) -> None:
    with _daas(sandbox) as client:
        unauthenticated = client.get(OPERATIONS, headers={"Authorization": ""})
        wildcard = client.get(OPERATIONS, headers={"Accept": "*/*"})  # S4: exactly application/json
        answer = client.get(OPERATIONS)
    assert (unauthenticated.status_code, wildcard.status_code) == (401, 406)
    assert answer.headers["Citrix-TransactionId"]  # S11: citrix-transactionid


@pytest.mark.parametrize("customer", ["", "someoneelse"])
def test_a_missing_or_wrong_customer_gets_the_daas_500(sandbox: CitrixSandbox, customer: str) -> None:
    # S4: "the Citrix Virtual Apps and Desktops APIs return status code 500 in response to a missing customer ID";
    # T4 (Sumo Logic) names the same answer for a wrong one
    with _daas(sandbox) as client:
        answer = client.get(OPERATIONS, headers={"Citrix-CustomerId": customer})
        system_log = client.get(RECORDS, headers={"Citrix-CustomerId": customer})
    assert answer.status_code == 500
    body = answer.json()
    assert (set(body), body["message"], body["statusCode"]) == (
        {"activityId", "message", "statusCode"},
        "Internal server error",
        500,
    )
    assert system_log.status_code == 403  # SystemLog: unsourced, as before


def test_the_retry_delay_a_429_names_can_be_chosen() -> None:
    sandbox = CitrixSandbox(records=3, now=NOW, retry_delay="0")
    sandbox.add_fault("status", nth=1, status=429)
    with _daas(sandbox) as client:
        answer = client.get(OPERATIONS)
    assert answer.json()["parameters"] == [{"name": "retryDelay", "value": "0"}]
    assert answer.json()["detail"] == "Rate limit exceeded; try again in 0 seconds"
