"""What ZITADEL Admin API (failed events, event store)'s spec says, as data: operations, their parameters and rules, servers.

Generated from specs/ by `nox -s generate`; the runtime reads it, so no vendor fact lives in code.
"""

from failtrail_core.gen_v1 import Operation, Pagination, Param, require

# The first module the package imports: a core too old for this generated code fails here, by name.
require(1, "failtrail_zitadel")

OPERATIONS: dict[str, Operation] = {
    "ListFailedEvents": Operation(
        operation_id="ListFailedEvents",
        method="POST",
        path="/failedevents/_search",
        params=(
            Param(
                name="x-zitadel-orgid",
                location="header",
                python_name="x_zitadel_orgid",
                kind="string",
                required=False,
                client_option="org_id",
            ),
        ),
        retry_safe=True,
        pagination=Pagination(
            scheme="none",
            items="result",
            page_param=None,
            size_param=None,
            cursor_param=None,
            next_field=None,
            end_values=(),
        ),
        body={"type": "object"},
    ),
    "RemoveFailedEvent": Operation(
        operation_id="RemoveFailedEvent",
        method="DELETE",
        path="/failedevents/{database}/{view_name}/{failed_sequence}",
        params=(
            Param(
                name="x-zitadel-orgid",
                location="header",
                python_name="x_zitadel_orgid",
                kind="string",
                required=False,
                client_option="org_id",
            ),
            Param(
                name="database",
                location="path",
                python_name="database",
                kind="string",
                required=True,
                min_length=1,
                max_length=200,
            ),
            Param(
                name="view_name",
                location="path",
                python_name="view_name",
                kind="string",
                required=True,
                min_length=1,
                max_length=200,
            ),
            Param(
                name="failed_sequence",
                location="path",
                python_name="failed_sequence",
                kind="string",
                required=True,
                pattern="^(0|[1-9][0-9]{0,19})$",
                pattern_hint="an unsigned 64-bit integer in decimal digits, without leading zeros",
            ),
        ),
        retry_safe=False,
    ),
    "ListEvents": Operation(
        operation_id="ListEvents",
        method="POST",
        path="/events/_search",
        params=(
            Param(
                name="x-zitadel-orgid",
                location="header",
                python_name="x_zitadel_orgid",
                kind="string",
                required=False,
                client_option="org_id",
            ),
        ),
        retry_safe=True,
        body={
            "type": "object",
            "properties": {
                "sequence": {"type": "string", "pattern": "^[0-9]+$"},
                "limit": {"type": "integer", "minimum": 0, "maximum": 4294967295},
                "asc": {"type": "boolean"},
                "editorUserId": {"type": "string", "maxLength": 200},
                "eventTypes": {"type": "array", "items": {"type": "string"}},
                "aggregateId": {"type": "string", "maxLength": 200},
                "aggregateTypes": {"type": "array", "items": {"type": "string"}},
                "resourceOwner": {"type": "string", "maxLength": 200},
                "creationDate": {"type": "string"},
                "from": {"type": "string"},
                "range": {"type": "object", "properties": {"since": {"type": "string"}, "until": {"type": "string"}}},
            },
        },
    ),
    "ListEventTypes": Operation(
        operation_id="ListEventTypes",
        method="POST",
        path="/events/types/_search",
        params=(
            Param(
                name="x-zitadel-orgid",
                location="header",
                python_name="x_zitadel_orgid",
                kind="string",
                required=False,
                client_option="org_id",
            ),
        ),
        retry_safe=True,
        pagination=Pagination(
            scheme="none",
            items="eventTypes",
            page_param=None,
            size_param=None,
            cursor_param=None,
            next_field=None,
            end_values=(),
        ),
        body={"type": "object"},
    ),
    "ListAggregateTypes": Operation(
        operation_id="ListAggregateTypes",
        method="POST",
        path="/aggregates/types/_search",
        params=(
            Param(
                name="x-zitadel-orgid",
                location="header",
                python_name="x_zitadel_orgid",
                kind="string",
                required=False,
                client_option="org_id",
            ),
        ),
        retry_safe=True,
        pagination=Pagination(
            scheme="none",
            items="aggregateTypes",
            page_param=None,
            size_param=None,
            cursor_param=None,
            next_field=None,
            end_values=(),
        ),
        body={"type": "object"},
    ),
}

SERVERS: dict[str, str] = {
    "YOUR_ZITADEL_INSTANCE_ITS_CUSTOM_DOMAIN_ADMIN_API_BASE_PATH": "{instanceUrl}/admin/v1",  # Your ZITADEL instance (its custom domain), Admin API base path.
}

# Response keys read case-blind (the spec's x-failtrail-key-case): each declared name by its lower case.
KEY_NAMES: dict[str, str] | None = None
REQUEST_ID_HEADERS: tuple[str, ...] = ()
SAFE_LOG_HEADERS: frozenset[str] = frozenset(["www-authenticate", "x-zitadel-orgid"])
RATE_LIMIT_RESET_HEADER: str | None = None
