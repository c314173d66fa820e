"""The ZITADEL sandbox answers as a ZITADEL instance does: gRPC-status errors, tokens, search, delete."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from failtrail_zitadel.lib.sandbox import ZitadelSandbox

from tests.sandboxes.fault_checks import async_clients, check_every_fault

NOW = datetime(2025, 4, 9, 12, 0, tzinfo=UTC)
BASE = "https://my-instance.zitadel.cloud/admin/v1"
AUTH = {"Authorization": "Bearer sandbox-token"}
SEARCH = "/failedevents/_search"
AUDIENCE = "urn:zitadel:iam:org:project:id:zitadel:aud"


@pytest.fixture
def sandbox() -> ZitadelSandbox:
    return ZitadelSandbox(records=25, seed=9, now=NOW, forbidden_tokens=("viewer-token",))


@pytest.fixture
def client(sandbox: ZitadelSandbox) -> httpx.Client:
    return httpx.Client(base_url=BASE, transport=sandbox.transport(), headers=AUTH)


def test_search_returns_every_event_with_uint64_strings(sandbox: ZitadelSandbox, client: httpx.Client) -> None:
    events = client.post(SEARCH, json={}).json()["result"]
    assert events == sandbox.records and len(events) == 25
    assert all(isinstance(e["failedSequence"], str) and e["failedSequence"].isdigit() for e in events)
    assert all(isinstance(e["failureCount"], str) and e["lastFailed"].endswith("Z") for e in events)
    assert client.post(SEARCH).json()["result"] == events  # an empty body is an empty request
    assert ZitadelSandbox(records=25, seed=9, now=NOW).records == sandbox.records


def test_delete_removes_one_event(sandbox: ZitadelSandbox, client: httpx.Client) -> None:
    event = sandbox.records[3]
    path = f"/failedevents/{event['database']}/{event['viewName']}/{event['failedSequence']}"
    assert client.delete(path).json() == {}
    assert event not in client.post(SEARCH, json={}).json()["result"]
    again = client.delete(path)
    assert again.status_code == 404 and again.json()["code"] == 5
    assert again.json()["details"][0]["@type"] == "type.googleapis.com/zitadel.v1.ErrorDetail"
    bad = client.delete(f"/failedevents/{event['database']}/{event['viewName']}/abc")
    assert bad.status_code == 400 and bad.json()["code"] == 3


def test_no_events_answers_an_empty_object() -> None:
    empty = ZitadelSandbox(records=0)
    with httpx.Client(base_url=BASE, transport=empty.transport(), headers=AUTH) as client:
        assert client.post(SEARCH, json={}).json() == {}


def test_unknown_request_fields_are_refused(client: httpx.Client) -> None:
    answer = client.post(SEARCH, json={"query": {"limit": 10}})
    assert answer.status_code == 400 and answer.json() == {
        "code": 3,
        "message": 'proto: (line 1:2): unknown field "query"',
        "details": [],
    }


def test_auth_refusals_are_grpc_statuses(client: httpx.Client) -> None:
    missing = client.post(SEARCH, json={}, headers={"Authorization": ""})
    assert missing.status_code == 401 and missing.json()["code"] == 16
    wrong = client.post(SEARCH, json={}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and set(wrong.json()) == {"code", "message", "details"}
    viewer = client.post(SEARCH, json={}, headers={"Authorization": "Bearer viewer-token"})
    assert viewer.status_code == 403 and viewer.json()["code"] == 7


def test_client_credentials_tokens(sandbox: ZitadelSandbox) -> None:
    token_url = "https://my-instance.zitadel.cloud/oauth/v2/token"
    with httpx.Client(base_url=BASE, transport=sandbox.transport()) as client:
        basic = ("sandbox-client-id", "sandbox-client-secret")
        form = {"grant_type": "client_credentials", "scope": f"openid {AUDIENCE}"}
        token = client.post(token_url, data=form, auth=basic).json()
        assert (token["token_type"], token["expires_in"]) == ("Bearer", 43199)
        assert client.post(SEARCH, headers={"Authorization": f"Bearer {token['access_token']}"}).status_code == 200
        posted = client.post(token_url, data={**form, "client_id": basic[0], "client_secret": basic[1]}).json()
        assert client.post(SEARCH, headers={"Authorization": f"Bearer {posted['access_token']}"}).status_code == 200
        narrow = client.post(token_url, data={**form, "scope": "openid"}, auth=basic).json()
        assert client.post(SEARCH, headers={"Authorization": f"Bearer {narrow['access_token']}"}).status_code == 401
        assert client.post(token_url, data=form, auth=("sandbox-client-id", "x")).json()["error"] == "invalid_client"
        sandbox.revoke_tokens()
        assert client.post(SEARCH, headers={"Authorization": f"Bearer {token['access_token']}"}).status_code == 401


def test_gzip_over_http(sandbox: ZitadelSandbox) -> None:
    with sandbox.serve() as server, httpx.Client(base_url=server.base_url, headers=AUTH) as client:
        answer = client.post(SEARCH, json={})
        assert answer.headers["Content-Encoding"] == "gzip" and answer.num_bytes_downloaded < len(answer.content)
        assert answer.json()["result"] == sandbox.records


def test_every_fault_in_both_modes(sandbox: ZitadelSandbox) -> None:
    statuses = check_every_fault(sandbox, lambda c: c.post(SEARCH, json={}), headers=AUTH)
    assert all(answer.json()["code"] == 8 for answer in statuses.values())  # RESOURCE_EXHAUSTED


async def test_async_search_and_delete(sandbox: ZitadelSandbox) -> None:
    with async_clients(sandbox, headers=AUTH) as modes:
        for _mode, make in modes:
            async with make() as client:
                event = (await client.post(SEARCH, json={})).json()["result"][0]
                path = f"/failedevents/{event['database']}/{event['viewName']}/{event['failedSequence']}"
                assert (await client.delete(path)).json() == {}
    assert len(sandbox.records) == 23
