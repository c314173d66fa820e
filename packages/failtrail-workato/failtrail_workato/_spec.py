"""What Workato Developer API (API platform)'s spec says, as data: operations, their parameters and rules, servers.

Generated from specs/ by `nox -s generate`; the runtime reads it, so no vendor fact lives in code.
"""

from failtrail_core.gen_v1 import Operation, Pagination, Param, require

# The first module the package imports: a core too old for this generated code fails here, by name.
require(1, "failtrail_workato")

OPERATIONS: dict[str, Operation] = {
    "listApiCollections": Operation(
        operation_id="listApiCollections",
        method="GET",
        path="/api_collections",
        params=(
            Param(
                name="page",
                location="query",
                python_name="page",
                kind="integer",
                required=False,
                minimum=1,
            ),
            Param(
                name="per_page",
                location="query",
                python_name="per_page",
                kind="integer",
                required=False,
                minimum=1,
                maximum=100,
            ),
        ),
        retry_safe=False,
        pagination=Pagination(
            scheme="page",
            items=None,
            page_param="page",
            size_param="per_page",
            cursor_param=None,
            next_field=None,
            end_values=(),
            first_page=1,
        ),
    ),
    "createApiCollection": Operation(
        operation_id="createApiCollection",
        method="POST",
        path="/api_collections",
        params=(),
        retry_safe=False,
        body={
            "type": "object",
            "required": ["name", "openapi_spec"],
            "properties": {
                "name": {"type": "string"},
                "project_id": {"type": ["integer", "string"]},
                "proxy_connection_id": {"type": ["integer", "string"]},
                "openapi_spec": {
                    "type": "object",
                    "required": ["content", "format"],
                    "properties": {
                        "content": {"type": "string"},
                        "format": {"type": "string", "enum": ["json", "yaml"]},
                    },
                },
            },
        },
    ),
    "listApiEndpoints": Operation(
        operation_id="listApiEndpoints",
        method="GET",
        path="/api_endpoints",
        params=(
            Param(
                name="api_collection_id",
                location="query",
                python_name="api_collection_id",
                kind="integer",
                required=False,
            ),
            Param(
                name="page",
                location="query",
                python_name="page",
                kind="integer",
                required=False,
                minimum=1,
            ),
            Param(
                name="per_page",
                location="query",
                python_name="per_page",
                kind="integer",
                required=False,
                minimum=1,
                maximum=100,
            ),
        ),
        retry_safe=False,
        pagination=Pagination(
            scheme="page",
            items=None,
            page_param="page",
            size_param="per_page",
            cursor_param=None,
            next_field=None,
            end_values=(),
            first_page=1,
        ),
    ),
    "enableApiEndpoint": Operation(
        operation_id="enableApiEndpoint",
        method="PUT",
        path="/api_endpoints/{api_endpoint_id}/enable",
        params=(
            Param(
                name="api_endpoint_id",
                location="path",
                python_name="api_endpoint_id",
                kind="integer",
                required=True,
            ),
        ),
        retry_safe=False,
    ),
    "disableApiEndpoint": Operation(
        operation_id="disableApiEndpoint",
        method="PUT",
        path="/api_endpoints/{api_endpoint_id}/disable",
        params=(
            Param(
                name="api_endpoint_id",
                location="path",
                python_name="api_endpoint_id",
                kind="integer",
                required=True,
            ),
        ),
        retry_safe=False,
    ),
    "listApiClients": Operation(
        operation_id="listApiClients",
        method="GET",
        path="/v2/api_clients",
        params=(
            Param(
                name="page",
                location="query",
                python_name="page",
                kind="integer",
                required=False,
                minimum=1,
            ),
            Param(
                name="per_page",
                location="query",
                python_name="per_page",
                kind="integer",
                required=False,
                minimum=1,
                maximum=100,
            ),
        ),
        retry_safe=False,
        pagination=Pagination(
            scheme="page",
            items="data",
            page_param="page",
            size_param="per_page",
            cursor_param=None,
            next_field=None,
            end_values=(),
            first_page=1,
        ),
    ),
    "createApiClient": Operation(
        operation_id="createApiClient",
        method="POST",
        path="/v2/api_clients",
        params=(),
        retry_safe=False,
        body={
            "type": "object",
            "required": ["name", "api_collection_ids", "auth_type"],
            "properties": {
                "name": {"type": "string"},
                "description": {"type": "string"},
                "project_id": {"type": ["integer", "string"]},
                "api_portal_id": {"type": "integer"},
                "email": {"type": "string"},
                "api_collection_ids": {"type": "array", "items": {"type": "integer"}},
                "api_policy_id": {"type": "integer"},
                "auth_type": {"type": "string", "enum": ["token", "jwt", "oauth2", "oidc", "mtls"]},
                "jwt_method": {"type": "string", "enum": ["hmac", "rsa"]},
                "jwt_secret": {"type": "string", "secret": True},
                "oidc_issuer": {"type": "string"},
                "oidc_jwks_uri": {"type": "string"},
                "access_profile_claim": {"type": "string"},
                "required_claims": {"type": "array", "items": {"type": "string"}},
                "allowed_issuers": {"type": "array", "items": {"type": "string"}},
                "mtls_enabled": {"type": "boolean"},
                "validation_formula": {"type": "string"},
                "cert_bundle_ids": {"type": "array", "items": {"type": "integer"}},
            },
        },
    ),
    "listApiKeys": Operation(
        operation_id="listApiKeys",
        method="GET",
        path="/v2/api_clients/{api_client_id}/api_keys",
        params=(
            Param(
                name="api_client_id",
                location="path",
                python_name="api_client_id",
                kind="integer",
                required=True,
            ),
            Param(
                name="page",
                location="query",
                python_name="page",
                kind="integer",
                required=False,
                minimum=1,
            ),
            Param(
                name="per_page",
                location="query",
                python_name="per_page",
                kind="integer",
                required=False,
                minimum=1,
                maximum=100,
            ),
        ),
        retry_safe=False,
        pagination=Pagination(
            scheme="page",
            items="data",
            page_param="page",
            size_param="per_page",
            cursor_param=None,
            next_field=None,
            end_values=(),
            first_page=1,
        ),
    ),
    "createApiKey": Operation(
        operation_id="createApiKey",
        method="POST",
        path="/v2/api_clients/{api_client_id}/api_keys",
        params=(
            Param(
                name="api_client_id",
                location="path",
                python_name="api_client_id",
                kind="integer",
                required=True,
            ),
        ),
        retry_safe=False,
        body={
            "type": "object",
            "required": ["name", "active"],
            "properties": {
                "name": {"type": "string"},
                "active": {"type": "boolean"},
                "ip_allow_list": {"type": "array", "items": {"type": "string"}},
                "ip_deny_list": {"type": "array", "items": {"type": "string"}},
            },
        },
    ),
}

SERVERS: dict[str, str] = {
    "US_DATA_CENTER": "https://www.workato.com/api",  # US data center
    "EU_DATA_CENTER": "https://app.eu.workato.com/api",  # EU data center
    "JP_DATA_CENTER": "https://app.jp.workato.com/api",  # JP data center
    "SG_DATA_CENTER": "https://app.sg.workato.com/api",  # SG data center
    "AU_DATA_CENTER": "https://app.au.workato.com/api",  # AU data center
    "IL_DATA_CENTER": "https://app.il.workato.com/api",  # IL data center
    "KR_DATA_CENTER": "https://app.kr.workato.com/api",  # KR data center
    "CN_DATA_CENTER": "https://app.workatoapp.cn/api",  # CN data center
    "DEVELOPER_SANDBOX_TRIAL": "https://app.trial.workato.com/api",  # Developer sandbox (trial)
}

REQUEST_ID_HEADERS: tuple[str, ...] = ()
SAFE_LOG_HEADERS: frozenset[str] = frozenset([])
RATE_LIMIT_RESET_HEADER: str | None = None
