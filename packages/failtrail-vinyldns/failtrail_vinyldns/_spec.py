"""What VinylDNS's spec says, as data: operations, their parameters and rules, servers.

Generated from specs/ by `nox -s generate`; the runtime reads it, so no vendor fact lives in code.
"""

from failtrail_core.gen_v1 import Operation, Pagination, Param, TimeRange, require

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
                maximum=2147483647,
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
                maximum=2147483647,
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
    "listBatchChangeSummaries": Operation(
        operation_id="listBatchChangeSummaries",
        method="GET",
        path="/zones/batchrecordchanges",
        params=(
            Param(
                name="startFrom",
                location="query",
                python_name="start_from",
                kind="integer",
                required=False,
                minimum=0,
                maximum=2147483647,
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
            Param(
                name="ignoreAccess",
                location="query",
                python_name="ignore_access",
                kind="boolean",
                required=False,
            ),
            Param(
                name="approvalStatus",
                location="query",
                python_name="approval_status",
                kind="string",
                required=False,
                enum=("AutoApproved", "Cancelled", "ManuallyApproved", "ManuallyRejected", "PendingReview"),
            ),
            Param(
                name="userName",
                location="query",
                python_name="user_name",
                kind="string",
                required=False,
            ),
            Param(
                name="dateTimeRangeStart",
                location="query",
                python_name="date_time_range_start",
                kind="date-time",
                required=False,
                pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                time_format="%Y-%m-%d %H:%M:%S",
                pattern_hint="YYYY-MM-DD HH:MM:SS (UTC)",
                time_utc=True,
            ),
            Param(
                name="dateTimeRangeEnd",
                location="query",
                python_name="date_time_range_end",
                kind="date-time",
                required=False,
                pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
                time_format="%Y-%m-%d %H:%M:%S",
                pattern_hint="YYYY-MM-DD HH:MM:SS (UTC)",
                time_utc=True,
            ),
        ),
        retry_safe=False,
        pagination=Pagination(
            scheme="offset",
            items="batchChanges",
            page_param=None,
            size_param="maxItems",
            cursor_param="startFrom",
            next_field="nextId",
            end_values=(),
            first_offset=0,
        ),
        time_range=TimeRange(
            start="dateTimeRangeStart",
            end="dateTimeRangeEnd",
            same_offset=False,
        ),
    ),
    "getBatchChange": Operation(
        operation_id="getBatchChange",
        method="GET",
        path="/zones/batchrecordchanges/{batchChangeId}",
        params=(
            Param(
                name="batchChangeId",
                location="path",
                python_name="batch_change_id",
                kind="string",
                required=True,
            ),
        ),
        retry_safe=False,
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

# Response keys read case-blind (the spec's x-failtrail-key-case): each declared name by its lower case.
KEY_NAMES: dict[str, str] | None = None
REQUEST_ID_HEADERS: tuple[str, ...] = ()
SAFE_LOG_HEADERS: frozenset[str] = frozenset([])
RATE_LIMIT_RESET_HEADER: str | None = None
