"""What VinylDNS's spec says, as data: operations, their parameters and rules, servers.

Generated from specs/ by `nox -s generate`; the runtime reads it, so no vendor fact lives in code.
"""

from failtrail_core.gen_v1 import Operation, Pagination, Param, require

# The first module the package imports: a core too old for this generated code fails here, by name.
require(1, "failtrail_vinyldns")

OPERATIONS: dict[str, Operation] = {
    "listRecordSetChangeFailures": Operation(
        operation_id="listRecordSetChangeFailures",
        method="GET",
        path="/metrics/health/zones/{zoneId}/recordsetchangesfailure",
        params=(
            Param(
                name="zoneId",
                location="path",
                python_name="zone_id",
                kind="string",
                required=True,
            ),
            Param(
                name="startFrom",
                location="query",
                python_name="start_from",
                kind="integer",
                required=False,
                minimum=0,
            ),
            Param(
                name="maxItems",
                location="query",
                python_name="max_items",
                kind="integer",
                required=False,
                minimum=1,
                maximum=100,
            ),
        ),
        retry_safe=False,
        pagination=Pagination(
            scheme="offset",
            items="failedRecordSetChanges",
            page_param=None,
            size_param="maxItems",
            cursor_param="startFrom",
            next_field="nextId",
            end_values=(0,),
            advance="item-count",
            first_offset=0,
        ),
    ),
    "listZoneChangeFailures": Operation(
        operation_id="listZoneChangeFailures",
        method="GET",
        path="/metrics/health/zonechangesfailure",
        params=(
            Param(
                name="startFrom",
                location="query",
                python_name="start_from",
                kind="integer",
                required=False,
                minimum=0,
            ),
            Param(
                name="maxItems",
                location="query",
                python_name="max_items",
                kind="integer",
                required=False,
                minimum=1,
                maximum=100,
            ),
        ),
        retry_safe=False,
        pagination=Pagination(
            scheme="offset",
            items="failedZoneChanges",
            page_param=None,
            size_param="maxItems",
            cursor_param="startFrom",
            next_field="nextId",
            end_values=(0,),
            advance="item-count",
            first_offset=0,
        ),
    ),
    "ping": Operation(
        operation_id="ping",
        method="GET",
        path="/ping",
        params=(),
        retry_safe=False,
    ),
    "health": Operation(
        operation_id="health",
        method="GET",
        path="/health",
        params=(),
        retry_safe=False,
    ),
}

SERVERS: dict[str, str] = {
    "THE_USER_S_OWN_VINYLDNS_API_SERVER": "{baseUrl}",  # The user's own VinylDNS API server.
}

REQUEST_ID_HEADERS: tuple[str, ...] = ()
SAFE_LOG_HEADERS: frozenset[str] = frozenset([])
RATE_LIMIT_RESET_HEADER: str | None = None
