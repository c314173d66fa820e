"""What Workato Developer API (API platform)'s spec says, as data: operations, their parameters and rules, servers.

Generated from specs/ by `nox -s generate`; the runtime reads it, so no vendor fact lives in code.
"""

from failtrail_core.gen_v1 import Operation, Pagination, Param, require

# The first module the package imports: a core too old for this generated code fails here, by name.
require(1, "failtrail_workato")

OPERATIONS: dict[str, Operation] = {
    "list_api_collections": Operation(
        operation_id="list_api_collections",
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
    "create_api_collection": Operation(
        operation_id="create_api_collection",
        method="POST",
        path="/api_collections",
        params=(),
        retry_safe=False,
        body={
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "project_id": {"type": "string", "pattern": "^[0-9]+$"},
                "proxy_connection_id": {"type": "integer"},
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
    "list_api_endpoints": Operation(
        operation_id="list_api_endpoints",
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
    "enable_api_endpoint": Operation(
        operation_id="enable_api_endpoint",
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
    "disable_api_endpoint": Operation(
        operation_id="disable_api_endpoint",
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
    "list_api_clients": Operation(
        operation_id="list_api_clients",
        method="GET",
        path="/v2/api_clients",
        params=(
            Param(
                name="project_id",
                location="query",
                python_name="project_id",
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
            items="data",
            page_param="page",
            size_param="per_page",
            cursor_param=None,
            next_field=None,
            end_values=(),
            first_page=1,
        ),
    ),
    "create_api_client": Operation(
        operation_id="create_api_client",
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
                "project_id": {"type": "integer"},
                "api_portal_id": {"type": "integer"},
                "email": {"type": "string"},
                "api_collection_ids": {"type": "array", "items": {"type": "integer"}},
                "api_policy_id": {"type": "integer"},
                "auth_type": {"type": "string", "enum": ["token", "jwt", "oauth2", "oidc"]},
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
    "list_api_keys": Operation(
        operation_id="list_api_keys",
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
    "create_api_key": Operation(
        operation_id="create_api_key",
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
    "refresh_api_key_secret": Operation(
        operation_id="refresh_api_key_secret",
        method="PUT",
        path="/v2/api_clients/{api_client_id}/api_keys/{api_key_id}/refresh_secret",
        params=(
            Param(
                name="api_client_id",
                location="path",
                python_name="api_client_id",
                kind="integer",
                required=True,
            ),
            Param(
                name="api_key_id",
                location="path",
                python_name="api_key_id",
                kind="integer",
                required=True,
            ),
        ),
        retry_safe=False,
    ),
    "list_recipe_jobs": Operation(
        operation_id="list_recipe_jobs",
        method="GET",
        path="/recipes/{recipe_id}/jobs",
        params=(
            Param(
                name="recipe_id",
                location="path",
                python_name="recipe_id",
                kind="integer",
                required=True,
            ),
            Param(
                name="offset_job_id",
                location="query",
                python_name="offset_job_id",
                kind="string",
                required=False,
            ),
            Param(
                name="prev",
                location="query",
                python_name="prev",
                kind="boolean",
                required=False,
            ),
            Param(
                name="status",
                location="query",
                python_name="status",
                kind="string",
                required=False,
                enum=("succeeded", "failed", "pending"),
            ),
            Param(
                name="rerun_only",
                location="query",
                python_name="rerun_only",
                kind="boolean",
                required=False,
            ),
            Param(
                name="per_page",
                location="query",
                python_name="per_page",
                kind="integer",
                required=False,
                minimum=1,
            ),
        ),
        retry_safe=False,
        pagination=Pagination(
            scheme="cursor",
            items="items",
            page_param=None,
            size_param="per_page",
            cursor_param="offset_job_id",
            next_field=None,
            end_values=(),
        ),
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
    "UK_DATA_CENTER": "https://app.uk.workato.com/api",  # UK data center
    "DEVELOPER_SANDBOX_TRIAL": "https://app.trial.workato.com/api",  # Developer sandbox (trial)
}

# Response keys read case-blind (the spec's x-failtrail-key-case): each declared name by its lower case.
KEY_NAMES: dict[str, str] | None = None
REQUEST_ID_HEADERS: tuple[str, ...] = ()
SAFE_LOG_HEADERS: frozenset[str] = frozenset([])
RATE_LIMIT_RESET_HEADER: str | None = None
