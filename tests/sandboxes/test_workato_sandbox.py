"""The Workato sandbox answers as Workato's API platform does: pages, working writes, errors, faults."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import orjson
import pytest
from failtrail_workato import Client
from failtrail_workato.api.api_clients import list_api_clients
from failtrail_workato.lib import read_request_logs
from failtrail_workato.lib._columns import COLUMNS
from failtrail_workato.lib.exports import format_row, request_log_rows
from failtrail_workato.lib.sandbox import WorkatoSandbox

from tests.sandboxes.fault_checks import async_clients, check_every_fault

NOW = datetime(2025, 6, 1, 8, 0, tzinfo=UTC)
WORKSPACE = timezone(timedelta(hours=-7))  # the sandbox's workspace, in US Pacific summer time
BASE = "https://www.workato.com/api"
AUTH = {"Authorization": "Bearer sandbox-token"}


@pytest.fixture
def sandbox() -> WorkatoSandbox:
    return WorkatoSandbox(records=130, seed=5, now=NOW)


@pytest.fixture
def client(sandbox: WorkatoSandbox) -> httpx.Client:
    return httpx.Client(base_url=BASE, transport=sandbox.transport(), headers=AUTH)


def walk(client: httpx.Client, path: str, per_page: int, **params: Any) -> list[dict[str, Any]]:
    """Fetch pages until one is short, as the spec's page scheme ends a walk."""
    seen: list[dict[str, Any]] = []
    for page in range(1, 1000):  # bounded: a sandbox that never ends a walk fails, not hangs
        body = client.get(path, params={**params, "page": page, "per_page": per_page}).json()
        items = body["data"] if isinstance(body, dict) else body
        seen += items
        if len(items) < per_page:
            return seen
    raise AssertionError(f"{path}: no short page after 999 pages")


def walk_jobs(client: httpx.Client, recipe_id: int, per_page: int, **params: Any) -> list[dict[str, Any]]:
    """Follow offset_job_id (the last job's id) until an empty slice, as list_recipe_jobs walks."""
    seen: list[dict[str, Any]] = []
    offset: dict[str, str] = {}
    for _ in range(1000):
        answer = client.get(f"/recipes/{recipe_id}/jobs", params={**params, **offset, "per_page": per_page})
        items = answer.json()["items"]
        if not items:
            return seen
        seen += items
        offset = {"offset_job_id": items[-1]["id"]}
    raise AssertionError("no empty slice after 1000 slices")


def test_endpoint_pages_are_bare_arrays_covering_everything(sandbox: WorkatoSandbox, client: httpx.Client) -> None:
    assert isinstance(client.get("/api_endpoints").json(), list)
    seen = walk(client, "/api_endpoints", 40)
    assert [e["id"] for e in seen] == [e["id"] for e in sandbox.records] and len(seen) == 130
    collection = sandbox.collections[1]["id"]
    mine = walk(client, "/api_endpoints", 7, api_collection_id=collection)
    assert mine == [e for e in sandbox.records if e["api_collection_id"] == collection] and mine
    assert walk(client, "/api_collections", 5) == sandbox.collections


def test_v2_lists_carry_count_and_page(sandbox: WorkatoSandbox, client: httpx.Client) -> None:
    body = client.get("/v2/api_clients", params={"per_page": 4, "page": 2}).json()
    assert set(body) == {"data", "count", "page", "per_page"}
    assert (body["count"], body["page"], body["per_page"]) == (len(sandbox.clients), 2, 4)
    assert walk(client, "/v2/api_clients", 4) == sandbox.clients
    first = sandbox.clients[0]
    keys = client.get(f"/v2/api_clients/{first['id']}/api_keys").json()
    # A token shows on creation and refresh only; "subsequent reads omit it" (workato-devs/wk types.go).
    assert keys["count"] == first["total_api_keys_count"] and all("auth_token" not in k for k in keys["data"])


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"per_page": 101}, "per_page must be less than or equal to 100"),
        ({"page": 0}, "page must be greater than 0"),
        ({"per_page": "ten"}, "per_page must be an integer"),
    ],
)
def test_bad_paging_is_a_400(client: httpx.Client, params: dict[str, Any], message: str) -> None:
    answer = client.get("/api_endpoints", params=params)
    assert (answer.status_code, answer.json()) == (400, {"message": message})


def test_auth_refusal(client: httpx.Client) -> None:
    for header in ("", "Bearer wrong", "Token sandbox-token"):
        answer = client.get("/api_collections", headers={"Authorization": header})
        assert (answer.status_code, answer.json()) == (401, {"message": "Unauthorized"})
    assert client.get("/recipes").json() == {"message": "Not found"}


def test_enable_and_disable_change_state(sandbox: WorkatoSandbox, client: httpx.Client) -> None:
    endpoint = sandbox.records[0]
    for action, active in (("disable", False), ("disable", False), ("enable", True)):
        assert client.put(f"/api_endpoints/{endpoint['id']}/{action}").json() == {"success": True}
        assert endpoint["active"] is active
    assert client.put("/api_endpoints/1/enable").status_code == 404


def test_create_a_collection_from_an_openapi_document(sandbox: WorkatoSandbox, client: httpx.Client) -> None:
    spec = {"paths": {"/orders/{id}": {"get": {"summary": "Get order"}, "put": {}}, "/orders": {"post": {}}}}
    body = {
        "name": "Orders proxy",
        "proxy_connection_id": 77,
        "openapi_spec": {"content": orjson.dumps(spec).decode(), "format": "json"},
    }
    created = client.post("/api_collections", json=body).json()
    assert created["message"] == "Import completed successfully" and created["url"].endswith("/orders-proxy-v1")
    endpoints = client.get("/api_endpoints", params={"api_collection_id": created["id"]}).json()
    assert [(e["method"], e["path"], e["flow_id"], e["active"]) for e in endpoints] == [
        ("GET", "orders/:id", None, False),
        ("PUT", "orders/:id", None, False),
        ("POST", "orders", None, False),
    ]
    yaml = "openapi: 3.0.0\npaths:\n  /tickets:\n    get:\n      summary: List\ncomponents: {}\n"
    from_yaml = client.post(
        "/api_collections", json={"name": "Tickets", "openapi_spec": {"content": yaml, "format": "yaml"}}
    )
    assert from_yaml.status_code == 200
    assert [e["path"] for e in sandbox.records if e["api_collection_id"] == from_yaml.json()["id"]] == ["tickets"]
    assert from_yaml.json()["import_results"] == {
        "success": True,
        "total_endpoints": 1,
        "failed_endpoints": 0,
        "failed_actions": [],
    }
    # Validation failures are 400 ValidationError (workato-api-spec.yaml BadRequestError).
    invalid = client.post("/api_collections", json={"openapi_spec": {"content": "{}", "format": "xml"}})
    assert invalid.status_code == 400
    assert invalid.json()["errors"] == {
        "name": ["can't be blank"],
        "openapi_spec.format": ["is not included in the list"],
    }


def test_create_a_client_and_a_key(sandbox: WorkatoSandbox, client: httpx.Client) -> None:
    collection = sandbox.collections[0]
    body = {"name": "Ops bot", "api_collection_ids": [collection["id"]], "auth_type": "token"}
    created = client.post("/v2/api_clients", json=body).json()["data"]
    assert created["api_collections"] == [{"id": collection["id"], "name": collection["name"]}]
    key = client.post(f"/v2/api_clients/{created['id']}/api_keys", json={"name": "k1", "active": True}).json()["data"]
    assert key["auth_token"] and key["active"] is True
    assert sandbox.clients[-1]["active_api_keys_count"] == 1
    refused = client.post("/v2/api_clients", json={**body, "api_collection_ids": [1], "auth_type": "jwt"})
    assert refused.status_code == 400 and set(refused.json()["errors"]) == {"api_collection_ids", "jwt_secret"}
    # auth_type enum [token, jwt, oauth2, oidc]; email "required if api_portal_id provided" (workato-api-spec.yaml).
    mtls = client.post("/v2/api_clients", json={**body, "auth_type": "mtls", "api_portal_id": 3})
    assert mtls.status_code == 400 and set(mtls.json()["errors"]) == {"auth_type", "email"}
    assert client.post("/v2/api_clients", json={**body, "email": "a@example.com"}).status_code == 200
    assert client.post("/v2/api_clients/1/api_keys", json={"name": "k", "active": True}).status_code == 404


def test_the_log_export_is_the_exports_rows(sandbox: WorkatoSandbox) -> None:
    text = sandbox.api_logs_csv()
    header, *lines = list(csv.reader(io.StringIO(text)))
    assert header == [column.header for column in COLUMNS]
    assert sandbox.api_logs == list(request_log_rows(260, 5, latest=NOW.astimezone(WORKSPACE)))
    assert [format_row(row) for row in sandbox.api_logs] == lines
    assert all(row.date <= NOW and row.date.tzinfo == WORKSPACE for row in sandbox.api_logs)
    assert lines[0][0].endswith("-07:00")  # the workspace's zone, as Workato writes it
    with read_request_logs(io.BytesIO(text.encode()), on_bad_row="raise") as reader:
        assert list(reader) == sandbox.api_logs
    assert WorkatoSandbox(records=130, seed=5, now=NOW).api_logs == sandbox.api_logs


def test_gzip_over_http(sandbox: WorkatoSandbox) -> None:
    with sandbox.serve() as server, httpx.Client(base_url=server.base_url, headers=AUTH) as client:
        answer = client.get("/api_endpoints", params={"per_page": 50})
        assert answer.headers["Content-Encoding"] == "gzip" and answer.num_bytes_downloaded < len(answer.content)
        assert len(answer.json()) == 50


def test_every_fault_in_both_modes(sandbox: WorkatoSandbox) -> None:
    statuses = check_every_fault(sandbox, lambda c: c.get("/api_collections"), headers=AUTH)
    assert all(answer.json() == {"message": "Too many requests"} for answer in statuses.values())


async def test_async_walk(sandbox: WorkatoSandbox) -> None:
    with async_clients(sandbox, headers=AUTH) as modes:
        for mode, make in modes:
            async with make() as client:
                pages = [
                    (await client.get("/api_endpoints", params={"page": page, "per_page": 100})).json()
                    for page in (1, 2)
                ]
                assert [e["id"] for e in pages[0] + pages[1]] == [e["id"] for e in sandbox.records], mode


def test_a_collection_needs_only_a_name_and_a_string_project_id(sandbox: WorkatoSandbox, client: httpx.Client) -> None:
    # workato-api-spec.yaml ApiCollectionCreateRequest `required: [name]`; workato-devs/wk api_collections.go:
    # "The API rejects a numeric project_id ("Must be a String")".
    empty = client.post("/api_collections", json={"name": "Empty", "project_id": "523144"})
    assert empty.status_code == 200 and empty.json()["project_id"] == "523144"
    assert "import_results" not in empty.json()
    assert not [e for e in sandbox.records if e["api_collection_id"] == empty.json()["id"]]
    numeric = client.post("/api_collections", json={"name": "Numeric", "project_id": 523144})
    assert (numeric.status_code, numeric.json()) == (
        400,
        {"message": "Validation failed", "errors": {"project_id": ["Must be a String"]}},
    )


def test_seeded_records_carry_every_project_id_form_workato_sends(sandbox: WorkatoSandbox) -> None:
    # workato-platform-cli d894635: collection project_id "API returns int or null"; api_policies and
    # api_collections "API can return null".
    forms = {type(c["project_id"]) for c in sandbox.collections}
    assert forms == {str, int, type(None)}
    assert any(c["api_policies"] is None and c["api_collections"] is None for c in sandbox.clients)
    assert all(isinstance(c["project_id"], int | None) for c in sandbox.clients)


def test_clients_filtered_by_project_and_certificate_bundles(sandbox: WorkatoSandbox, client: httpx.Client) -> None:
    project = next(c["project_id"] for c in sandbox.clients if c["project_id"] is not None)
    mine = client.get("/v2/api_clients", params={"project_id": project}).json()
    assert mine["data"] == [c for c in sandbox.clients if c["project_id"] == project]
    # The declared form (the name once per ID, as Workato's own client sends it; SOURCES.md), and the
    # Rails-style one, kept because Workato's server parsing is not open source.
    for name in ("cert_bundle_ids", "cert_bundle_ids[]"):
        bundled = client.get("/v2/api_clients", params={name: ["31", "32"]}).json()["data"]
        assert bundled == [c for c in sandbox.clients if {31, 32} & set(c["cert_bundle_ids"])] and bundled
    assert client.get("/v2/api_clients", params={"project_id": "x"}).status_code == 400
    assert client.get("/v2/api_clients", params={"cert_bundle_ids": ["31", "x"]}).status_code == 400


def test_the_sdk_walks_the_clients_of_some_certificate_bundles(sandbox: WorkatoSandbox) -> None:
    wanted = [c["id"] for c in sandbox.clients if {31, 32} & set(c["cert_bundle_ids"])]
    assert 2 < len(wanted) < len(sandbox.clients)  # the filter has something to keep and something to drop
    with Client(BASE, token="sandbox-token", transport=sandbox.transport()) as workato:
        walked = [c.id for c in list_api_clients.sync(client=workato, cert_bundle_ids=[31, 32], per_page=1)]
        one = list_api_clients.sync_detailed(client=workato, cert_bundle_ids=[32], per_page=100).parsed
    assert walked == wanted  # every page of the walk kept the filter, both IDs counting
    assert one is not None
    assert [c.id for c in one.data] == [c["id"] for c in sandbox.clients if 32 in c["cert_bundle_ids"]]


def test_refreshing_a_key_replaces_its_token(sandbox: WorkatoSandbox, client: httpx.Client) -> None:
    owner = sandbox.clients[0]
    key = sandbox.api_keys[owner["id"]][0]
    before = key["auth_token"]
    answer = client.put(f"/v2/api_clients/{owner['id']}/api_keys/{key['id']}/refresh_secret")
    assert answer.status_code == 200
    assert answer.json()["data"]["auth_token"] == key["auth_token"] != before
    assert client.put(f"/v2/api_clients/{owner['id']}/api_keys/1/refresh_secret").status_code == 404
    assert client.put(f"/v2/api_clients/1/api_keys/{key['id']}/refresh_secret").status_code == 404


def test_recipe_jobs_walk_by_the_last_jobs_id(sandbox: WorkatoSandbox, client: httpx.Client) -> None:
    # docs.workato.com/workato-api/jobs.html: offset_job_id, prev, status, rerun_only; counts and items.
    recipe = max(sandbox.jobs, key=lambda r: len(sandbox.jobs[r]))
    jobs = sandbox.jobs[recipe]
    assert {e["flow_id"] for e in sandbox.records} - {None} == set(sandbox.jobs)  # the recipes behind endpoints
    shown = [{k: v for k, v in job.items() if not k.startswith("_")} for job in jobs]
    assert walk_jobs(client, recipe, 3) == shown and len(shown) > 3
    assert [j["started_at"] for j in shown] == sorted((j["started_at"] for j in shown), reverse=True)
    failed = walk_jobs(client, recipe, 2, status="failed")
    assert failed == [j for j in shown if j["status"] == "failed"]
    assert all(j["is_error"] and j["error"] and j["error_parts"]["message"] == j["error"] for j in failed)
    first = client.get(f"/recipes/{recipe}/jobs", params={"per_page": 2}).json()
    assert (first["job_count"], first["job_scope_count"]) == (len(jobs), len(jobs))
    assert first["job_failed_count"] == len([j for j in jobs if j["status"] == "failed"])
    newer = client.get(f"/recipes/{recipe}/jobs", params={"offset_job_id": shown[3]["id"], "prev": "true"}).json()
    assert newer["items"] == shown[:3]
    reruns = client.get(f"/recipes/{recipe}/jobs", params={"rerun_only": "true"}).json()["items"]
    assert reruns == [j for j, raw in zip(shown, jobs, strict=True) if raw["_rerun"]][:20]


@pytest.mark.parametrize(
    ("params", "status"),
    [({"status": "broken"}, 400), ({"prev": "yes"}, 400), ({"per_page": 0}, 400), ({"offset_job_id": "j-nope"}, 400)],
)
def test_bad_job_queries_are_refused(sandbox: WorkatoSandbox, client: httpx.Client, params: Any, status: int) -> None:
    recipe = next(iter(sandbox.jobs))
    assert client.get(f"/recipes/{recipe}/jobs", params=params).status_code == status
    assert client.get("/recipes/1/jobs").status_code == 404
