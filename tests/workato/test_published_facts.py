"""What Workato publishes, on the wire: each test pins one fact of specs/workato/SOURCES.md.

Sources (as keyed in SOURCES.md): CLI-SPEC = workato-devs/workato-platform-cli@1cede7a
workato-api-spec.yaml (Workato's own OpenAPI file); CLI-MODELS = the same repo's generated models,
hand-fixed in commit d894635 after live answers; WK = workato-devs/wk@4636160 (Workato's Go CLI).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from failtrail_workato import OPERATIONS, BadRequestError, Client, RequestValidationError
from failtrail_workato.api.api_clients import create_api_client, list_api_clients
from failtrail_workato.api.api_collections import create_api_collection, list_api_collections
from failtrail_workato.api.api_endpoints import list_api_endpoints
from failtrail_workato.api.api_keys import list_api_keys
from failtrail_workato.models import (
    ApiClientAuthType,
    CreateApiClientRequest,
    CreateApiCollectionRequest,
    ImportResults,
    WorkatoError,
    WorkatoFieldErrors,
)

from tests.conftest import LocalServer, Reply, documented_example

TOKEN = "wrk-api-token-0123456789"
COLLECTION = documented_example("workato", "/api_collections", "get")[0]
ENDPOINT = documented_example("workato", "/api_endpoints", "get")[0]
# An API client as CLI-SPEC requires it (id, name, auth_type, created_at, updated_at, is_legacy) and no more.
BARE_CLIENT = {
    "id": 201,
    "name": "Partner portal",
    "auth_type": "token",
    "created_at": "2024-11-05T10:00:00.000-07:00",
    "updated_at": "2024-11-05T10:00:00.000-07:00",
    "is_legacy": False,
}


def _client(server: LocalServer) -> Client:
    return Client(server.url + "/api", token=TOKEN, max_retries=0)


def test_operation_ids_are_workatos() -> None:
    # CLI-SPEC operationIds (L907-L1194): snake_case, e.g. `operationId: list_api_collections`.
    assert set(OPERATIONS) == {
        "list_api_collections",
        "create_api_collection",
        "list_api_endpoints",
        "enable_api_endpoint",
        "disable_api_endpoint",
        "list_api_clients",
        "create_api_client",
        "list_api_keys",
        "create_api_key",
        "refresh_api_key_secret",
        "list_recipe_jobs",
    }


# -- API collections -----------------------------------------------------------------------------------


def test_a_collection_needs_only_a_name(server: LocalServer) -> None:
    # CLI-SPEC ApiCollectionCreateRequest: `required: [name]`; CLI-MODELS: `openapi_spec: Optional[OpenApiSpec] = None`.
    server.handler = lambda seen: Reply(200, {**COLLECTION, "project_id": None})
    with _client(server) as workato:
        created = create_api_collection.sync(
            client=workato, body=CreateApiCollectionRequest(name="Empty", project_id="7")
        )
    assert json.loads(server.seen[0].body) == {"name": "Empty", "project_id": "7"}
    assert created.project_id is None


def test_a_collections_project_id_goes_out_as_a_string() -> None:
    # WK internal/api/api_collections.go: "The API rejects a numeric project_id ("Must be a String");
    # send it as a string". Refused before anything is sent.
    for bad in (523144, "abc"):
        body = CreateApiCollectionRequest(name="Quote to cash", project_id=bad)  # type: ignore[arg-type]
        with Client("http://127.0.0.1:9/api", token=TOKEN) as workato, pytest.raises(RequestValidationError) as info:
            create_api_collection.sync(client=workato, body=body)
        assert info.value.parameter == "$.project_id"


@pytest.mark.parametrize("project_id", ["523144", 523144, None])
def test_a_listed_collections_project_id_is_a_string_a_number_or_null(server: LocalServer, project_id: Any) -> None:
    # CLI-SPEC samples a string; CLI-MODELS d894635 "ApiCollection.project_id ... API returns int or null";
    # WK types.go "project_id is nullable (omitted when the collection has no project association)".
    server.handler = lambda seen: Reply(200, [{**COLLECTION, "project_id": project_id}])
    with _client(server) as workato:
        (collection,) = list_api_collections.sync(client=workato)
    assert collection.project_id == project_id


def test_the_import_outcome_is_typed(server: LocalServer) -> None:
    # CLI-SPEC ApiCollection.import_results -> ImportResults {success, total_endpoints, failed_endpoints,
    # failed_actions}, "Only present in creation/import responses".
    results = {"success": True, "total_endpoints": 3, "failed_endpoints": 1, "failed_actions": ["GET /x"]}
    server.handler = lambda seen: Reply(200, {**COLLECTION, "message": "Import completed", "import_results": results})
    with _client(server) as workato:
        created = create_api_collection.sync(client=workato, body=CreateApiCollectionRequest(name="Quote to cash"))
    assert created.import_results == ImportResults(
        success=True, total_endpoints=3, failed_endpoints=1, failed_actions=["GET /x"]
    )


def test_an_endpoint_without_legacy_url_is_read(server: LocalServer) -> None:
    # CLI-SPEC ApiEndpoint: legacy_url is not in `required` (nullable, format uri).
    endpoint = {k: v for k, v in ENDPOINT.items() if k != "legacy_url"}
    server.handler = lambda seen: Reply(200, [endpoint])
    with _client(server) as workato:
        (read,) = list_api_endpoints.sync(client=workato)
    assert read.id == 9903 and read.legacy_url is None


# -- API clients and keys ---------------------------------------------------------------------------------


def test_a_client_with_only_the_required_fields_and_null_lists_is_read(server: LocalServer) -> None:
    # CLI-SPEC ApiClient.required has no key counts; CLI-MODELS d894635 "ApiClient.api_policies/api_collections:
    # Make optional (API can return null)". APIDOCS get-v-2-managed-user-api-clients: "count integer or null".
    answer = {
        "data": [BARE_CLIENT, {**BARE_CLIENT, "id": 202, "api_policies": None, "api_collections": None}],
        "count": None,
        "page": None,
        "per_page": None,
    }
    server.handler = lambda seen: Reply(200, answer)
    with _client(server) as workato:
        page = list_api_clients.sync(client=workato).first_page
    assert [c.id for c in page.data] == [201, 202]
    assert page.data[1].api_policies is None and page.data[1].api_collections is None
    assert (page.count, page.page, page.per_page) == (None, None, None)


def test_a_key_list_with_null_counters_is_read(server: LocalServer) -> None:
    # APIDOCS get-v-2-api-keys echoes count/page/per_page; null is tolerated as for the clients' list.
    server.handler = lambda seen: Reply(200, {"data": [{"id": 1, "name": "k", "active": True}], "count": None})
    with _client(server) as workato:
        keys = list_api_keys.sync(201, client=workato).first_page
    assert [k.id for k in keys.data] == [1] and keys.count is None


def test_clients_filtered_by_project_and_certificate_bundles(server: LocalServer) -> None:
    # CLI-SPEC list_api_clients: query `project_id` (integer) "The ID of a specific project", and
    # `cert_bundle_ids` (array of integer, L934-940) "Filter clients by certificate bundle IDs", which
    # Workato's generated client sends as collection format 'multi': the name once per ID.
    server.handler = lambda seen: Reply(200, {"data": [], "count": 0, "page": 1, "per_page": 10})
    with _client(server) as workato:
        list_api_clients.sync_detailed(client=workato, project_id=7, page=1, per_page=10, cert_bundle_ids=[31])
    assert server.seen[0].query == "project_id=7&page=1&per_page=10&cert_bundle_ids=31"


def test_mtls_is_not_an_auth_type() -> None:
    # CLI-SPEC ApiClientCreateRequest.auth_type `enum: [token, jwt, oauth2, oidc]`; mTLS is `mtls_enabled`.
    assert [t.value for t in ApiClientAuthType] == ["jwt", "oauth2", "oidc", "token"]
    body = CreateApiClientRequest(name="n", api_collection_ids=[1], auth_type="mtls")
    with Client("http://127.0.0.1:9/api", token=TOKEN) as workato, pytest.raises(RequestValidationError) as info:
        create_api_client.sync(client=workato, body=body)
    assert (info.value.parameter, info.value.rule) == ("$.auth_type", "enum")


def test_a_clients_project_id_is_an_integer(server: LocalServer) -> None:
    # CLI-SPEC ApiClientCreateRequest.project_id `type: integer` "ID of the project to create the client in".
    body = CreateApiClientRequest(
        name="n",
        api_collection_ids=[1],
        auth_type=ApiClientAuthType.TOKEN,
        project_id="7",  # type: ignore[arg-type]
    )
    with _client(server) as workato, pytest.raises(RequestValidationError) as info:
        create_api_client.sync(client=workato, body=body)
    assert (info.value.parameter, info.value.rule) == ("$.project_id", "type")
    assert server.seen == []


def test_a_listed_client_keeps_an_auth_type_workato_adds_later(server: LocalServer) -> None:
    # Tolerant reading: an auth type outside CLI-SPEC's enum is kept, not refused.
    server.handler = lambda seen: Reply(200, {"data": [{**BARE_CLIENT, "auth_type": "mtls"}]})
    with _client(server) as workato:
        (listed,) = list_api_clients.sync(client=workato).first_page.data
    assert listed.auth_type == "mtls" and type(listed.auth_type) is str  # kept as a plain str, not an enum member


# -- error bodies -------------------------------------------------------------------------------------------


def test_a_field_error_may_be_one_message_or_a_list(server: LocalServer) -> None:
    # CLI-SPEC ValidationError.errors.additionalProperties `oneOf: [string, array of string]`.
    body = {"message": "Validation failed", "errors": {"name": "can't be blank", "provider": ["is not included"]}}
    server.handler = lambda seen: Reply(400, body)
    with _client(server) as workato, pytest.raises(BadRequestError) as info:
        create_api_collection.sync(client=workato, body=CreateApiCollectionRequest(name=" "))
    parsed = info.value.parsed
    assert isinstance(parsed, WorkatoError) and isinstance(parsed.errors, WorkatoFieldErrors)
    assert parsed.errors.to_dict() == {"name": "can't be blank", "provider": ["is not included"]}


def test_an_error_text_under_error_is_the_message(server: LocalServer) -> None:
    # WK internal/api/http_client.go decodes `message`, else `error` (and `error_type`); CLI-CMD
    # exception_handler.py tries "message", then "error". CLI-SPEC's ValidationError requires no field.
    body = {"error": "Recipe is not running", "error_type": "RecipeStopped"}
    server.handler = lambda seen: Reply(400, body)
    with _client(server) as workato, pytest.raises(BadRequestError) as info:
        list_api_endpoints.sync(client=workato)
    assert info.value.parsed == WorkatoError(error="Recipe is not running", error_type="RecipeStopped")
    assert "Recipe is not running" in str(info.value)
