"""Workato's Developer API on the wire: the exact request of each call, page walks, every error body."""

from __future__ import annotations

import json
import platform
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs

import pytest
from failtrail_core import Cursor
from failtrail_workato import (
    SERVERS,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    Client,
    DecodeError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    UnprocessableEntityError,
    __version__,
)
from failtrail_workato.api.api_clients import create_api_client, list_api_clients
from failtrail_workato.api.api_collections import create_api_collection, list_api_collections
from failtrail_workato.api.api_endpoints import disable_api_endpoint, enable_api_endpoint, list_api_endpoints
from failtrail_workato.api.api_keys import create_api_key, list_api_keys
from failtrail_workato.models import (
    ApiClientAuthType,
    ApiCollection,
    ApiEndpoint,
    ApiKey,
    CreateApiClientRequest,
    CreateApiCollectionRequest,
    CreateApiKeyRequest,
    JwtMethod,
    OpenApiSpec,
    OpenApiSpecFormat,
    SuccessResponse,
    WorkatoError,
    WorkatoFieldErrors,
)

from tests.conftest import FakeClock, LocalServer, Reply, Seen, documented_example

PDT = timezone(timedelta(hours=-7))
TOKEN = "wrk-api-token-0123456789"
# The samples the spec documents for the two bare-array lists (Workato's own).
COLLECTION = documented_example("workato", "/api_collections", "get")[0]
ENDPOINT = documented_example("workato", "/api_endpoints", "get")[0]
API_CLIENT = {
    "id": 201,
    "name": "Partner portal",
    "description": None,
    "project_id": None,
    "active_api_keys_count": 1,
    "total_api_keys_count": 2,
    "created_at": "2024-11-05T10:00:00.000-07:00",
    "updated_at": "2024-11-05T10:00:00.000-07:00",
    "logo": None,
    "logo_2x": None,
    "is_legacy": False,
    "email": "partner@example.com",
    "auth_type": "token",
    "api_token": None,
    "mtls_enabled": False,
    "validation_formula": None,
    "cert_bundle_ids": [],
    "api_policies": [{"id": 11, "name": "Default policy"}],
    "api_collections": [{"id": 1361, "name": "Quote to cash"}],
}
API_KEY = {
    "id": 5002,
    "name": "Partner key",
    "auth_type": "token",
    "ip_allow_list": ["192.0.2.0/24"],
    "ip_deny_list": None,
    "active": True,
    "active_since": "2024-11-05T10:01:00.000-07:00",
    "auth_token": "key-secret-abcdef",
}


def _client(server: LocalServer, **options: Any) -> Client:
    return Client(server.url + "/api", token=TOKEN, **options)


def _pages(items: list[dict[str, Any]], *, envelope: bool) -> Any:
    """A handler serving ``items`` in ``page``/``per_page`` pages, bare or in Workato's v2 envelope."""

    def handle(seen: Seen) -> Reply:
        page, per_page = int(seen.params.get("page", 1)), int(seen.params.get("per_page", 100))
        data = items[(page - 1) * per_page : page * per_page]
        if not envelope:
            return Reply(200, data)
        return Reply(200, {"data": data, "count": len(items), "page": page, "per_page": per_page})

    return handle


def _numbered(sample: dict[str, Any], count: int) -> list[dict[str, Any]]:
    return [{**sample, "id": sample["id"] + n} for n in range(count)]


# -- every call, exactly -----------------------------------------------------------------------------


def test_list_api_endpoints_sends_every_parameter_and_the_bearer_token(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, [ENDPOINT])
    with _client(server) as workato:
        endpoints = list_api_endpoints.sync_detailed(client=workato, api_collection_id=1391, page=2, per_page=50).parsed
    seen = server.seen[0]
    assert (seen.method, seen.path) == ("GET", "/api/api_endpoints")
    assert parse_qs(seen.query) == {"api_collection_id": ["1391"], "page": ["2"], "per_page": ["50"]}
    assert seen.headers["authorization"] == f"Bearer {TOKEN}"
    assert seen.headers["accept"] == "application/json"
    assert seen.headers["user-agent"] == f"failtrail-workato/{__version__} python/{platform.python_version()}"
    assert seen.body == b""
    assert endpoints == [
        ApiEndpoint(
            id=9903,
            api_collection_id=1391,
            flow_id=39999,
            name="salesforce search",
            method="GET",
            url="https://api.na.workato.com/abstergoi/netsuite-customers-v1/salesforce/search",
            legacy_url=None,
            base_path="/abstergoi/netsuite-customers-v1/salesforce/search",
            path="salesforce/search",
            active=False,
            legacy=False,
            created_at=datetime(2020, 8, 5, 5, 59, 55, 991000, tzinfo=PDT),
            updated_at=datetime(2020, 8, 5, 5, 59, 55, 991000, tzinfo=PDT),
        )
    ]


def test_list_api_collections_with_page_and_per_page(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, [COLLECTION])
    with _client(server) as workato:
        collections = list_api_collections.sync_detailed(client=workato, page=3, per_page=100).parsed
    seen = server.seen[0]
    assert (seen.method, seen.path, seen.query) == ("GET", "/api/api_collections", "page=3&per_page=100")
    assert collections == [
        ApiCollection(
            id=1361,
            name="Quote to cash",
            project_id="523144",
            version="1.0",
            url="https://api.peatql.io/quote-to-cash-v1",
            api_spec_url=COLLECTION["api_spec_url"],
            created_at=datetime(2020, 6, 15, 22, 20, 15, 327000, tzinfo=PDT),
            updated_at=datetime(2020, 6, 15, 22, 20, 15, 327000, tzinfo=PDT),
        )
    ]


def test_a_call_without_parameters_sends_no_query(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, [])
    with _client(server) as workato:
        assert list_api_endpoints.sync_detailed(client=workato).parsed == []
    assert server.seen[0].query == ""


@pytest.mark.parametrize(("operation", "action"), [(enable_api_endpoint, "enable"), (disable_api_endpoint, "disable")])
def test_enable_and_disable_put_to_the_endpoints_path(server: LocalServer, operation: Any, action: str) -> None:
    server.handler = lambda seen: Reply(200, {"success": True})
    with _client(server) as workato:
        answer = operation.sync(9903, client=workato)
    seen = server.seen[0]
    assert (seen.method, seen.path, seen.query, seen.body) == ("PUT", f"/api/api_endpoints/9903/{action}", "", b"")
    assert seen.headers["authorization"] == f"Bearer {TOKEN}"
    assert answer == SuccessResponse(success=True)


def test_create_api_collection_posts_the_json_body(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, {**COLLECTION, "message": "Import completed successfully"})
    body = CreateApiCollectionRequest(
        name="Quote to cash",
        project_id="523144",
        proxy_connection_id=77,
        openapi_spec=OpenApiSpec(content='{"openapi": "3.0.0"}', format_=OpenApiSpecFormat.JSON),
    )
    with _client(server) as workato:
        created = create_api_collection.sync(client=workato, body=body)
    seen = server.seen[0]
    assert (seen.method, seen.path) == ("POST", "/api/api_collections")
    assert seen.headers["content-type"] == "application/json"
    assert json.loads(seen.body) == {
        "name": "Quote to cash",
        "project_id": "523144",
        "proxy_connection_id": 77,
        "openapi_spec": {"content": '{"openapi": "3.0.0"}', "format": "json"},
    }
    assert created.message == "Import completed successfully" and created.id == 1361


def test_v2_api_clients_list_and_create(server: LocalServer) -> None:
    server.handler = _pages([API_CLIENT], envelope=True)
    with _client(server) as workato:
        page = list_api_clients.sync(client=workato, per_page=10, cursor=Cursor(1)).first_page
    assert (server.seen[0].path, server.seen[0].query) == ("/api/v2/api_clients", "page=1&per_page=10")
    assert (page.count, page.page, page.per_page) == (1, 1, 10)
    listed = page.data[0]
    assert (listed.id, listed.name, listed.auth_type, listed.email) == (
        201,
        "Partner portal",
        ApiClientAuthType.TOKEN,
        "partner@example.com",
    )
    assert [(c.id, c.name) for c in listed.api_collections] == [(1361, "Quote to cash")]
    assert listed.created_at == datetime(2024, 11, 5, 10, 0, tzinfo=PDT)

    server.seen.clear()
    server.handler = lambda seen: Reply(200, {"data": {**API_CLIENT, "auth_type": "jwt"}})
    body = CreateApiClientRequest(
        name="Partner portal",
        api_collection_ids=[1361],
        auth_type=ApiClientAuthType.JWT,
        jwt_method=JwtMethod.HMAC,
        jwt_secret="shared-jwt-secret",
        access_profile_claim="sub",
        required_claims=["aud"],
        allowed_issuers=["https://issuer.example.com"],
        api_policy_id=11,
    )
    assert "shared-jwt-secret" not in repr(body)
    with _client(server) as workato:
        created = create_api_client.sync(client=workato, body=body)
    seen = server.seen[0]
    assert (seen.method, seen.path) == ("POST", "/api/v2/api_clients")
    assert json.loads(seen.body) == {
        "name": "Partner portal",
        "api_collection_ids": [1361],
        "auth_type": "jwt",
        "jwt_method": "hmac",
        "jwt_secret": "shared-jwt-secret",
        "access_profile_claim": "sub",
        "required_claims": ["aud"],
        "allowed_issuers": ["https://issuer.example.com"],
        "api_policy_id": 11,
    }
    assert created.data.auth_type == ApiClientAuthType.JWT


def test_api_clients_filtered_by_certificate_bundles_repeat_the_name_per_id(server: LocalServer) -> None:
    # workato-devs/workato-platform-cli@1cede7a: workato-api-spec.yaml L934-940 declares `cert_bundle_ids`
    # (query, array of integer) with no style/explode, OpenAPI's default for a query being form, exploded;
    # its generated client sends it as collection format 'multi' (api/api_platform_api.py L1685), which
    # api_client.py parameters_to_url_query (L529-530) writes as one `cert_bundle_ids=<id>` pair per ID.
    server.handler = _pages([API_CLIENT], envelope=True)
    with _client(server) as workato:
        list_api_clients.sync_detailed(client=workato, project_id=7, cert_bundle_ids=[31, 32], per_page=10)
        with pytest.raises(RequestValidationError) as refused:
            list_api_clients.sync_detailed(client=workato, cert_bundle_ids=[31, "32"])  # type: ignore[list-item]
    assert server.seen[0].query == "project_id=7&per_page=10&cert_bundle_ids=31&cert_bundle_ids=32"
    assert (refused.value.parameter, refused.value.rule) == ("cert_bundle_ids[1]", "type")
    assert len(server.seen) == 1  # the refused call sent nothing


def test_api_keys_list_and_create_under_their_client(server: LocalServer) -> None:
    server.handler = _pages([API_KEY], envelope=True)
    with _client(server) as workato:
        keys = list_api_keys.sync(201, client=workato, per_page=5, cursor=Cursor(2)).first_page
    assert (server.seen[0].path, server.seen[0].query) == ("/api/v2/api_clients/201/api_keys", "page=2&per_page=5")
    assert keys.data == [] and keys.count == 1

    server.seen.clear()
    server.handler = lambda seen: Reply(200, {"data": API_KEY})
    body = CreateApiKeyRequest(name="Partner key", active=True, ip_allow_list=["192.0.2.0/24"], ip_deny_list=[])
    with _client(server) as workato:
        created = create_api_key.sync(201, client=workato, body=body)
    seen = server.seen[0]
    assert (seen.method, seen.path) == ("POST", "/api/v2/api_clients/201/api_keys")
    assert json.loads(seen.body) == {
        "name": "Partner key",
        "active": True,
        "ip_allow_list": ["192.0.2.0/24"],
        "ip_deny_list": [],
    }
    key = created.data
    assert isinstance(key, ApiKey)
    assert (key.id, key.name, key.active, key.auth_token) == (5002, "Partner key", True, "key-secret-abcdef")
    assert key.active_since == datetime(2024, 11, 5, 10, 1, tzinfo=PDT)
    assert "key-secret-abcdef" not in repr(key)


@pytest.mark.parametrize(
    ("kwargs", "parameter", "rule"),
    [
        ({"per_page": 101}, "per_page", "maximum"),
        ({"per_page": 0}, "per_page", "minimum"),
        ({"page": 0}, "page", "minimum"),
    ],
)
def test_paging_outside_the_documented_bounds_is_refused_before_sending(
    server: LocalServer, kwargs: dict[str, int], parameter: str, rule: str
) -> None:
    with _client(server) as workato, pytest.raises(RequestValidationError) as info:
        list_api_endpoints.sync_detailed(client=workato, **kwargs)  # type: ignore[arg-type]
    assert (info.value.parameter, info.value.rule) == (parameter, rule)
    assert server.seen == []


def test_one_client_per_data_centre() -> None:
    # https://docs.workato.com/en/workato-api.md lists US, EU, JP, SG, AU, IL, KR, CN, UK and the
    # Developer sandbox; the UK host follows Workato's app.<dc>.workato.com pattern (SOURCES.md).
    assert SERVERS["US_DATA_CENTER"] == "https://www.workato.com/api"
    assert SERVERS["EU_DATA_CENTER"] == "https://app.eu.workato.com/api"
    assert SERVERS["CN_DATA_CENTER"] == "https://app.workatoapp.cn/api"
    assert SERVERS["UK_DATA_CENTER"] == "https://app.uk.workato.com/api"
    assert SERVERS["DEVELOPER_SANDBOX_TRIAL"] == "https://app.trial.workato.com/api"
    assert len(SERVERS) == 10


def test_the_token_never_shows_in_a_repr() -> None:
    workato = Client("https://www.workato.com/api", token=TOKEN)
    assert TOKEN not in repr(workato) + repr(workato._auth)


# -- page walks ---------------------------------------------------------------------------------------


def test_bare_array_pages_walked_until_a_short_page(server: LocalServer) -> None:
    server.handler = _pages(_numbered(ENDPOINT, 5), envelope=False)
    with _client(server) as workato:
        ids = [e.id for e in list_api_endpoints.sync(client=workato, api_collection_id=1391, per_page=2)]
    assert ids == [9903, 9904, 9905, 9906, 9907]
    assert [s.query for s in server.seen] == [
        "api_collection_id=1391&page=1&per_page=2",
        "api_collection_id=1391&page=2&per_page=2",
        "api_collection_id=1391&page=3&per_page=2",
    ]


def test_a_walk_whose_last_page_is_full_ends_at_the_empty_one(server: LocalServer) -> None:
    server.handler = _pages(_numbered(COLLECTION, 4), envelope=False)
    with _client(server) as workato:
        assert len(list(list_api_collections.sync(client=workato, per_page=2))) == 4
    assert [s.params["page"] for s in server.seen] == ["1", "2", "3"]


def test_v2_pages_walked_through_their_data(server: LocalServer) -> None:
    server.handler = _pages(_numbered(API_CLIENT, 7), envelope=True)
    with _client(server) as workato:
        ids = [c.id for c in list_api_clients.sync(client=workato, per_page=3)]
    assert ids == list(range(201, 208))
    assert [s.params for s in server.seen] == [{"page": str(p), "per_page": "3"} for p in (1, 2, 3)]


async def test_async_walks_of_endpoints_and_keys(server: LocalServer) -> None:
    server.handler = _pages(_numbered(ENDPOINT, 3), envelope=False)
    async with _client(server) as workato:
        ids = [e.id async for e in list_api_endpoints.asyncio(client=workato, per_page=2)]
    assert ids == [9903, 9904, 9905]
    assert [s.params["page"] for s in server.seen] == ["1", "2"]

    server.seen.clear()
    server.handler = _pages(_numbered(API_KEY, 5), envelope=True)
    async with _client(server) as workato:
        keys = [k.id async for k in list_api_keys.asyncio(201, client=workato, per_page=2)]
    assert keys == [5002, 5003, 5004, 5005, 5006]
    assert {s.path for s in server.seen} == {"/api/v2/api_clients/201/api_keys"}
    assert [s.params["page"] for s in server.seen] == ["1", "2", "3"]


# -- errors ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "error", "parsed"),
    [
        (
            400,
            {"message": "per_page must be an integer"},
            BadRequestError,
            WorkatoError(message="per_page must be an integer"),
        ),
        (401, {"message": "Unauthorized"}, AuthenticationError, WorkatoError(message="Unauthorized")),
        (403, {"message": "Forbidden"}, PermissionDeniedError, WorkatoError(message="Forbidden")),
        (404, {"message": "Not found"}, NotFoundError, WorkatoError(message="Not found")),
        (429, {"message": "Too many requests"}, RateLimitError, WorkatoError(message="Too many requests")),
        (
            500,
            {"message": "Server error", "id": "3f1c9a7be2d04c55"},
            InternalServerError,
            WorkatoError(message="Server error", id="3f1c9a7be2d04c55"),
        ),
    ],
)
def test_each_documented_error_body_is_its_typed_error(
    server: LocalServer, status: int, body: dict[str, Any], error: type[APIStatusError], parsed: WorkatoError
) -> None:
    server.handler = lambda seen: Reply(status, body)
    with _client(server, max_retries=0) as workato, pytest.raises(error) as info:
        list_api_endpoints.sync(client=workato)
    assert info.value.status_code == status
    assert info.value.parsed == parsed
    assert json.loads(info.value.body) == body
    assert TOKEN not in str(info.value)


def test_a_validation_error_carries_its_field_messages(server: LocalServer) -> None:
    # workato-devs/workato-platform-cli workato-api-spec.yaml: create_api_client's 400 is
    # BadRequestError -> ValidationError {message, errors}; 422 is "action execution failed".
    body = {"message": "Validation failed", "errors": {"name": ["can't be blank"], "auth_type": ["is not included"]}}
    server.handler = lambda seen: Reply(400, body)
    request = CreateApiClientRequest(name="", api_collection_ids=[1361], auth_type=ApiClientAuthType.TOKEN)
    with _client(server) as workato, pytest.raises(BadRequestError) as info:
        create_api_client.sync(client=workato, body=request)
    assert len(server.seen) == 1  # a refused POST is not retried
    parsed = info.value.parsed
    assert isinstance(parsed, WorkatoError) and parsed.message == "Validation failed"
    assert isinstance(parsed.errors, WorkatoFieldErrors)
    assert parsed.errors["name"] == ["can't be blank"]
    assert parsed.errors["auth_type"] == ["is not included"]


def test_a_field_message_of_the_wrong_type_is_named_by_its_field() -> None:
    with pytest.raises(DecodeError) as info:
        WorkatoFieldErrors.from_dict({"name": ["can't be blank", 3]})
    assert (info.value.path, info.value.reason) == ("$.name[1]", "expected string, got integer")
    with pytest.raises(DecodeError) as info:
        WorkatoFieldErrors.from_dict({"name": 3})
    assert (info.value.path, info.value.reason) == ("$.name", "expected string or array, got integer")


def test_an_unprocessable_action_is_its_typed_error(server: LocalServer) -> None:
    # workato-api-spec.yaml: UnprocessableEntityError "action execution failed" -> Error {message};
    # enable_api_endpoint: "You must start the associated recipe to enable the API endpoint successfully."
    server.handler = lambda seen: Reply(422, {"message": "Recipe is not running"})
    with _client(server) as workato, pytest.raises(UnprocessableEntityError) as info:
        enable_api_endpoint.sync(9903, client=workato)
    assert info.value.parsed == WorkatoError(message="Recipe is not running")
    assert "Recipe is not running" in str(info.value)


def test_a_rate_limited_read_is_retried_with_backoff(server: LocalServer, clock: FakeClock) -> None:
    answers = iter([Reply(429, {"message": "Too many requests"}), Reply(200, [ENDPOINT])])
    server.handler = lambda seen: next(answers)
    with _client(server, clock=clock) as workato:
        assert [e.id for e in list_api_endpoints.sync(client=workato)] == [9903]
    assert len(server.seen) == 2 and server.seen[0].query == server.seen[1].query
    assert len(clock.sleeps) == 1 and 0 < clock.sleeps[0] <= 8
