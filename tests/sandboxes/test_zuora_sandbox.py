"""The Zuora sandbox answers as Zuora's System Health API does: auth, 400s, pages, headers, faults."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from failtrail_zuora.lib.sandbox import ZuoraSandbox

from tests.sandboxes.fault_checks import async_clients, check_every_fault

NOW = datetime(2025, 1, 20, 12, 0, tzinfo=UTC)
FAILURES = "/system-health/api-requests/failures"
AUTH = {"Authorization": "Bearer sandbox-token"}
WINDOW = {"startTime": "2025-01-10T08:00+0800", "endTime": "2025-01-21T08:00+0800"}


@pytest.fixture
def sandbox() -> ZuoraSandbox:
    return ZuoraSandbox(records=95, seed=7, now=NOW)


@pytest.fixture
def client(sandbox: ZuoraSandbox) -> httpx.Client:
    return httpx.Client(base_url="https://rest.zuora.com", transport=sandbox.transport(), headers=AUTH)


def walk(client: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    """Follow page numbers until the answer has no nextPage."""
    seen: list[dict[str, Any]] = []
    page = 1
    while True:
        body = client.get(FAILURES, params={**WINDOW, "pageSize": 40, **params, "page": page}).json()
        seen += body["data"]
        if "nextPage" not in body:
            return seen
        assert body["nextPage"].endswith(f"&page={page + 1}")
        page += 1


def test_a_walk_covers_every_record_once(sandbox: ZuoraSandbox, client: httpx.Client) -> None:
    seen = walk(client)
    assert [r["request_id"] for r in seen] == [r["request_id"] for r in sandbox.records]
    assert len(seen) == 95 and len(sandbox.requests) == 3
    assert client.get(FAILURES, params={**WINDOW, "page": 9}).json() == {"data": []}


def test_records_look_like_zuoras(sandbox: ZuoraSandbox) -> None:
    record = sandbox.records[0]
    assert set(record) == {
        "timestamp", "status", "api", "request_path", "http_method", "http_status", "zuora_response_code",
        "latency", "request_id", "track_id", "tracing_identifier", "user_id", "user_agent", "ip",
        "request_body", "response_body",
    }  # fmt: skip
    assert {r["http_status"] for r in sandbox.records} == {"400", "401", "404", "429", "500"}
    assert "/v1/accounts/{account-key}" in {r["api"] for r in sandbox.records}
    assert all(r["timestamp"].endswith("Z") and r["timestamp"] <= "2025-01-20T12:00:00Z" for r in sandbox.records)
    again = ZuoraSandbox(records=95, seed=7, now=NOW)
    assert again.records == sandbox.records
    assert ZuoraSandbox(records=95, seed=8, now=NOW).records != sandbox.records


def test_filters_and_sort_as_zuora(sandbox: ZuoraSandbox, client: httpx.Client) -> None:
    posts = walk(client, httpMethod="post")
    assert posts and posts == [r for r in sandbox.records if r["http_method"] == "POST"]
    api = "/v1/accounts/{account-key}"
    assert walk(client, path=api) == [r for r in sandbox.records if r["api"] == api]
    one = sandbox.records[5]
    assert walk(client, requestId=one["request_id"]) == [one]
    assert walk(client, responseCode="NOT_FOUND") == [
        r for r in sandbox.records if r["zuora_response_code"] == "NOT_FOUND"
    ]
    latencies = [r["latency"] for r in walk(client, sort="-latency")]
    assert latencies == sorted(latencies)
    narrow = {"startTime": "2025-01-19T00:00+0000", "endTime": "2025-01-20T00:00+0000"}
    inside = client.get(FAILURES, params={**narrow, "pageSize": 40}).json()["data"]
    assert inside == [r for r in sandbox.records if "2025-01-19T00:00:00Z" <= r["timestamp"] < "2025-01-20T00:00:00Z"]


@pytest.mark.parametrize(
    ("params", "headers", "message"),
    [
        ({"pageSize": 41}, {}, "pageSize must be between 1 and 40"),
        ({"page": 0}, {}, "page must be greater than or equal to 1"),
        ({"endTime": "2025-01-21T08:00+0000"}, {}, "startTime and endTime must be in the same time zone"),
        ({"startTime": "2025-01-10T08:00:00Z"}, {}, "Invalid startTime"),
        ({"startTime": "2025-01-22T08:00+0800"}, {}, "startTime must be earlier than endTime"),
        ({"sort": "+size"}, {}, "Invalid sort field"),
        ({}, {"Zuora-Track-Id": "a" * 65}, "Zuora-Track-Id"),
        ({}, {"Zuora-Track-Id": "job:1"}, "Zuora-Track-Id"),
    ],
)
def test_bad_requests_get_the_system_health_400(
    client: httpx.Client, params: dict[str, Any], headers: dict[str, str], message: str
) -> None:
    answer = client.get(FAILURES, params={**WINDOW, **params}, headers=headers)
    body = answer.json()
    assert answer.status_code == 400 and set(body) == {"timestamp", "status", "error", "message", "path"}
    assert (body["status"], body["error"], body["path"]) == (400, "Bad Request", FAILURES)
    assert message in body["message"]


def test_missing_times_are_refused(client: httpx.Client) -> None:
    body = client.get(FAILURES, params={"endTime": WINDOW["endTime"]}).json()
    assert "'startTime'" in body["message"] and body["status"] == 400


def test_an_unencoded_plus_in_the_offset_is_understood(sandbox: ZuoraSandbox) -> None:
    raw = httpx.Client(transport=sandbox.transport(), headers=AUTH)
    url = f"https://rest.zuora.com{FAILURES}?startTime=2025-01-10T08:00+0800&endTime=2025-01-21T08:00+0800"
    assert raw.get(url).status_code == 200


def test_auth_refusals_carry_zuoras_bodies(client: httpx.Client) -> None:
    missing = client.get(FAILURES, params=WINDOW, headers={"Authorization": ""})
    # zuora-sdk *_health_api.py: '401': "ProxyUnauthorizedResponse" {message}; ZYAML's example "Authentication error".
    assert (missing.status_code, missing.json()) == (401, {"message": "Authentication error"})
    wrong = client.get(FAILURES, params=WINDOW, headers={"Authorization": "Bearer nope"})
    assert (wrong.status_code, wrong.json()) == (401, {"message": "Authentication error"})


def test_oauth_tokens_are_issued_and_accepted(sandbox: ZuoraSandbox, client: httpx.Client) -> None:
    form = {
        "client_id": "sandbox-client-id",
        "client_secret": "sandbox-client-secret",
        "grant_type": "client_credentials",
    }
    token = client.post("/oauth/token", data=form).json()
    assert set(token) == {"access_token", "token_type", "expires_in", "scope", "jti"}
    assert (token["token_type"], token["expires_in"]) == ("bearer", 3599)
    bearer = {"Authorization": f"Bearer {token['access_token']}"}
    assert client.get(FAILURES, params=WINDOW, headers=bearer).status_code == 200
    sandbox.revoke_tokens()
    assert client.get(FAILURES, params=WINDOW, headers=bearer).status_code == 401
    refused = client.post("/oauth/token", data={**form, "client_secret": "wrong"})
    assert (refused.status_code, refused.json()) == (401, {"message": "Authentication error"})
    # zuora-sdk o_auth_api.py: '400': "CommonErrorResponse" {code: int, message}.
    bad_grant = client.post("/oauth/token", data={**form, "grant_type": "password"})
    assert bad_grant.status_code == 400 and set(bad_grant.json()) == {"code", "message"}
    assert isinstance(bad_grant.json()["code"], int)
    assert repr(sandbox).count("secret") == 0


def test_headers_zuora_sends(client: httpx.Client) -> None:
    answer = client.get(FAILURES, params=WINDOW, headers={"Zuora-Track-Id": "nightly-export 42"})
    assert answer.headers["Zuora-Track-Id"] == "nightly-export 42"
    assert answer.headers["Zuora-Request-Id"]
    # https://developer.zuora.com/docs/guides/rate-limits/: "2250000, 50000;w=60, ..." (the closest quota first).
    assert answer.headers["RateLimit-Limit"] == "1000, 1000;w=60"
    assert int(answer.headers["RateLimit-Remaining"]) < 1000
    assert 0 <= int(answer.headers["RateLimit-Reset"]) <= 60


def test_rate_limit_answers_429(sandbox: ZuoraSandbox) -> None:
    limited = ZuoraSandbox(records=5, seed=1, now=NOW, rate_limit=2)
    with httpx.Client(base_url="https://rest.zuora.com", transport=limited.transport(), headers=AUTH) as client:
        assert [client.get(FAILURES, params=WINDOW).status_code for _ in range(3)] == [200, 200, 429]
        over = client.get(FAILURES, params=WINDOW)
    assert over.json()["code"] == "REQUEST_EXCEEDED_LIMIT" and over.headers["RateLimit-Remaining"] == "0"


def test_siblings_answer(client: httpx.Client, sandbox: ZuoraSandbox) -> None:
    details = client.get("/system-health/api-requests/details", params={**WINDOW, "pageSize": 40}).json()
    assert len(details["data"]) == 40 and "nextPage" in details
    summary = client.get("/system-health/api-requests/volume-summary", params=WINDOW).json()["data"]
    assert sum(row["total"] for row in summary) == len(sandbox.usage_records)
    for path in ("/system-health/billing-documents/volume-summary", "/system-health/payments/volume-summary"):
        assert client.get(path, params=WINDOW).json()["data"]
    for path in ("/system-health/payments/details", "/system-health/tax/details"):
        assert client.get(path, params={**WINDOW, "pageSize": 5}).json()["data"]
    assert client.get("/v1/accounts").json() == {"message": "no Route matched with those values"}


def test_gzip_over_http(sandbox: ZuoraSandbox) -> None:
    with sandbox.serve() as server, httpx.Client(base_url=server.url, headers=AUTH) as client:
        answer = client.get(FAILURES, params={**WINDOW, "pageSize": 40})
        assert answer.headers["Content-Encoding"] == "gzip"
        assert answer.num_bytes_downloaded < len(answer.content)
        assert len(answer.json()["data"]) == 40
        small = client.get(FAILURES, params={**WINDOW, "pageSize": 1})
        assert "Content-Encoding" not in small.headers


def test_every_fault_in_both_modes(sandbox: ZuoraSandbox) -> None:
    statuses = check_every_fault(sandbox, lambda c: c.get(FAILURES, params=WINDOW), headers=AUTH)
    for answer in statuses.values():
        assert answer.json()["code"] == "REQUEST_EXCEEDED_LIMIT" and answer.headers["Zuora-Request-Id"]


def test_faults_match_a_page(sandbox: ZuoraSandbox, client: httpx.Client) -> None:
    sandbox.add_fault("status", path=FAILURES, query={"page": 2}, status=500)
    assert client.get(FAILURES, params={**WINDOW, "page": 1}).status_code == 200
    failed = client.get(FAILURES, params={**WINDOW, "page": 2})
    assert failed.status_code == 500 and failed.json()["success"] is False


async def test_async_walk_over_http_and_in_process(sandbox: ZuoraSandbox) -> None:
    with async_clients(sandbox, headers=AUTH) as modes:
        for mode, make in modes:
            async with make() as client:
                seen: list[dict[str, Any]] = []
                for page in (1, 2, 3):
                    body = (await client.get(FAILURES, params={**WINDOW, "pageSize": 40, "page": page})).json()
                    seen += body["data"]
                assert "nextPage" not in body, mode
                assert [r["request_id"] for r in seen] == [r["request_id"] for r in sandbox.records], mode


async def test_async_faults_in_process(sandbox: ZuoraSandbox) -> None:
    transport = sandbox.transport()
    async with httpx.AsyncClient(base_url="https://rest.zuora.com", transport=transport, headers=AUTH) as client:
        sandbox.add_fault("truncate", nth=1)
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get(FAILURES, params=WINDOW)
        sandbox.clear_faults()
        sandbox.add_fault("slow", nth=1, delay=5.0)
        with pytest.raises(httpx.ReadTimeout):
            await client.get(FAILURES, params=WINDOW, timeout=0.05)
        assert (await client.get(FAILURES, params=WINDOW)).status_code == 200


# -- the siblings, as Zuora's reference pages and zuora-sdk describe them (specs/zuora/SOURCES.md) --------------

DETAILS = "/system-health/api-requests/details"
SIXTEEN = {
    "timestamp", "status", "api", "request_path", "http_method", "http_status", "zuora_response_code", "latency",
    "request_id", "track_id", "tracing_identifier", "user_id", "user_agent", "ip", "request_body", "response_body",
}  # fmt: skip


def _all(client: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every record of a paged list (at most 20 pages: the seeded lists are far shorter)."""
    seen: list[dict[str, Any]] = []
    for page in range(1, 21):
        body = client.get(path, params={**WINDOW, "pageSize": 40, **params, "page": page}).json()
        seen += body["data"]
        if "nextPage" not in body:
            return seen
    raise AssertionError(f"{path} did not end within 20 pages")


def test_usage_details_have_zuoras_sixteen_fields_and_an_integer_status(client: httpx.Client) -> None:
    # https://developer.zuora.com/v1-api-reference/api/operation/getSystemHealthApiPerformanceRecords/:
    # "http_status": 429 and 200 (integers), "status": "Error"/"Success", "zuora_response_code": "Success".
    records = _all(client, DETAILS)
    assert all(set(r) == SIXTEEN and type(r["http_status"]) is int for r in records)
    assert {r["status"] for r in records} == {"Error", "Success"}
    assert {r["zuora_response_code"] for r in records if r["status"] == "Success"} == {"Success"}
    failures = client.get(FAILURES, params={**WINDOW, "pageSize": 40}).json()["data"]
    assert all(type(r["http_status"]) is str for r in failures)  # the failures page's sample: "404"


def test_usage_details_filter_and_sort_as_failures_do(client: httpx.Client, sandbox: ZuoraSandbox) -> None:
    # P-DET filters: path, httpMethod, responseCode, requestId, trackId, sort (no httpStatus).
    everything = _all(client, DETAILS)
    one = everything[3]
    assert _all(client, DETAILS, requestId=one["request_id"]) == [one]
    assert _all(client, DETAILS, responseCode="Success") == [r for r in everything if r["status"] == "Success"]
    tracked = [r for r in everything if r["track_id"]]
    assert tracked and _all(client, DETAILS, trackId=tracked[0]["track_id"]) == [tracked[0]]
    assert _all(client, DETAILS, httpStatus="404") == everything  # not a Zuora filter: ignored
    oldest_first = _all(client, DETAILS, sort="-timestamp")  # as Zuora's curl sample sorts
    assert [r["timestamp"] for r in oldest_first] == sorted(r["timestamp"] for r in everything)
    statuses = [r["http_status"] for r in _all(client, DETAILS, sort="+http_status")]
    assert statuses == sorted(statuses, reverse=True)


def test_failures_accept_the_timestamp_sort_of_zuoras_samples(client: httpx.Client, sandbox: ZuoraSandbox) -> None:
    assert [r["request_id"] for r in walk(client, sort="timestamp")] == [r["request_id"] for r in sandbox.records]


def test_api_volume_summary_counts_per_path_and_method(client: httpx.Client, sandbox: ZuoraSandbox) -> None:
    # https://developer.zuora.com/v1-api-reference/api/operation/GET_SystemHealthApiVolumeSummary/ sample:
    # {"error": 0, "httpMethod": "DELETE", "path": "/notifications/...", "success": 10, "total": 10}.
    rows = client.get("/system-health/api-requests/volume-summary", params=WINDOW).json()["data"]
    assert all(set(row) == {"path", "httpMethod", "error", "success", "total"} for row in rows)
    assert [(r["path"], r["httpMethod"]) for r in rows] == sorted((r["path"], r["httpMethod"]) for r in rows)
    orders = [r for r in sandbox.usage_records if r["api"] == "/v1/orders"]
    failed = sum(int(r["http_status"]) >= 400 for r in orders)
    only = client.get("/system-health/api-requests/volume-summary", params={**WINDOW, "path": "/v1/orders"}).json()
    assert only == {
        "data": [
            {"path": "/v1/orders", "httpMethod": "POST", "error": failed, "success": len(orders) - failed,
             "total": len(orders)}
        ]
    }  # fmt: skip


def test_billing_volume_summary_is_one_record_of_totals(client: httpx.Client, sandbox: ZuoraSandbox) -> None:
    # https://developer.zuora.com/v1-api-reference/api/operation/GET_SystemHealthBillingDocVolumeSummary/ sample:
    # {"data": [{"totalFailedAccounts": 10, "totalGeneratedCreditMemos": 50, "totalGeneratedInvoices": 100}]}.
    body = client.get("/system-health/billing-documents/volume-summary", params=WINDOW).json()
    documents = sandbox.billing_documents
    assert body == {
        "data": [
            {
                "totalFailedAccounts": len({d["account_id"] for d in documents if d["status"] == "Error"}),
                "totalGeneratedCreditMemos": sum(d["document_type"] == "CreditMemo" for d in documents),
                "totalGeneratedInvoices": sum(d["document_type"] == "Invoice" for d in documents),
            }
        ]
    }


def test_payment_volume_summary_counts_per_gateway_and_method_type(client: httpx.Client) -> None:
    # https://developer.zuora.com/v1-api-reference/api/operation/GET_SystemHealthPaymentVolumeSummary/: filters
    # paymentGatewayType and paymentMethodType; records {error, paymentGatewayType, paymentMethodType, success, total}.
    path = "/system-health/payments/volume-summary"
    rows = client.get(path, params=WINDOW).json()["data"]
    keys = {"paymentGatewayType", "paymentMethodType", "error", "success", "total"}
    assert rows and all(set(r) == keys and r["total"] == r["error"] + r["success"] for r in rows)
    adyen = client.get(path, params={**WINDOW, "paymentGatewayType": "Adyen", "paymentMethodType": "ACH"}).json()
    assert adyen["data"] == [r for r in rows if (r["paymentGatewayType"], r["paymentMethodType"]) == ("Adyen", "ACH")]
    assert client.get(path, params={**WINDOW, "gateway": "Adyen"}).json()["data"] == rows  # not Zuora's: ignored


def test_payment_records_are_shaped_filtered_and_sorted_as_zuoras(client: httpx.Client) -> None:
    # https://developer.zuora.com/v1-api-reference/api/operation/getSystemHealthPaymentRecords/: no timestamp field;
    # filters paymentGatewayType, paymentMethodType, paymentStatus, paymentGatewayResponseCode, currency; sort=amount.
    path = "/system-health/payments/details"
    records = _all(client, path)
    assert all(
        set(r) == {
            "payment_id", "payment_number", "payment_date", "payment_status", "payment_gateway_type",
            "payment_method_type", "payment_gateway_response_code", "payment_gateway_response_msg",
            "zuora_response_code", "amount", "currency", "request_duration", "source_type", "source_id",
        }
        for r in records
    )  # fmt: skip
    failed = [r for r in records if r["payment_status"] == "Error"]
    assert failed and _all(client, path, paymentStatus="Error") == failed
    first = failed[0]
    wanted = {
        "paymentGatewayType": first["payment_gateway_type"],
        "paymentMethodType": first["payment_method_type"],
        "paymentGatewayResponseCode": first["payment_gateway_response_code"],
        "currency": first["currency"],
    }
    assert first in _all(client, path, **wanted)
    amounts = [r["amount"] for r in _all(client, path, sort="amount")]
    assert amounts == sorted(amounts, reverse=True)
    assert client.get(path, params={**WINDOW, "sort": "size"}).status_code == 400


def test_tax_records_have_an_offsetless_timestamp_and_zuoras_filters(client: httpx.Client) -> None:
    # https://developer.zuora.com/v1-api-reference/api/operation/getSystemHealthTaxRecords/: "timestamp":
    # "2025-01-10T04:08:58" (no offset), "status": "success"; filters vendorName, eventType, status; sort fields
    # timestamp, total_duration, vendor_duration, status, document_number.
    path = "/system-health/tax/details"
    records = _all(client, path)
    assert records and all(len(r["timestamp"]) == 19 and "Z" not in r["timestamp"] for r in records)
    assert {r["status"] for r in records} <= {"success", "failure"}
    assert all(
        set(r) >= {"vendor_name", "event_source", "event_type", "total_duration", "vendor_duration"} for r in records
    )
    first = records[0]
    narrowed = _all(
        client, path, vendorName=first["vendor_name"], eventType=first["event_type"], status=first["status"]
    )
    assert first in narrowed and all(r["vendor_name"] == first["vendor_name"] for r in narrowed)
    durations = [r["total_duration"] for r in _all(client, path, sort="-total_duration")]
    assert durations == sorted(durations)
    assert client.get(path, params={**WINDOW, "sort": "amount"}).status_code == 400
    narrow = {"startTime": "2025-01-19T00:00+0000", "endTime": "2025-01-20T00:00+0000"}  # the naive time is UTC
    inside = client.get(path, params={**narrow, "pageSize": 40}).json()["data"]
    assert inside == [r for r in records if "2025-01-19T00:00:00" <= r["timestamp"] < "2025-01-20T00:00:00"]
