"""What Citrix Cloud SystemLog's spec says, as data: operations, their parameters and rules, servers.

Generated from specs/ by `nox -s generate`; the runtime reads it, so no vendor fact lives in code.
"""

from failtrail_core.gen_v1 import Operation, Pagination, Param, TimeRange, require

# The first module the package imports: a core too old for this generated code fails here, by name.
require(1, "failtrail_citrix")

OPERATIONS: dict[str, Operation] = {
    "GetRecords": Operation(
        operation_id="GetRecords",
        method="GET",
        path="/systemlog/records",
        params=(
            Param(
                name="Citrix-CustomerId",
                location="header",
                python_name="citrix_customer_id",
                kind="string",
                required=True,
                client_option="customer_id",
            ),
            Param(
                name="StartDateTime",
                location="query",
                python_name="start_date_time",
                kind="date-time",
                required=False,
                time_format="%Y-%m-%dT%H:%M:%SZ",
                time_utc=True,
            ),
            Param(
                name="EndDateTime",
                location="query",
                python_name="end_date_time",
                kind="date-time",
                required=False,
                time_format="%Y-%m-%dT%H:%M:%SZ",
                time_utc=True,
            ),
            Param(
                name="Limit",
                location="query",
                python_name="limit",
                kind="integer",
                required=False,
                minimum=1,
                maximum=200,
            ),
            Param(
                name="ContinuationToken",
                location="query",
                python_name="continuation_token",
                kind="string",
                required=False,
            ),
        ),
        retry_safe=False,
        pagination=Pagination(
            scheme="cursor",
            items="Items",
            page_param=None,
            size_param="Limit",
            cursor_param="ContinuationToken",
            next_field="ContinuationToken",
            end_values=(),
        ),
        time_range=TimeRange(
            start="StartDateTime",
            end="EndDateTime",
            same_offset=False,
        ),
    ),
}

SERVERS: dict[str, str] = {
    "GLOBAL_ROUTES_TO_THE_CUSTOMER_S_REGION": "https://api.cloud.com",  # Global (routes to the customer's region)
    "UNITED_STATES_REGION": "https://api-us.cloud.com",  # United States region
    "EUROPEAN_UNION_REGION": "https://api-eu.cloud.com",  # European Union region
    "ASIA_PACIFIC_SOUTH_REGION": "https://api-ap-s.cloud.com",  # Asia Pacific South region
    "JAPAN_REGION_CITRIX_CLOUD_JAPAN": "https://api.citrixcloud.jp",  # Japan region (Citrix Cloud Japan)
}

REQUEST_ID_HEADERS: tuple[str, ...] = ("Citrix-TransactionId", "CC-TransactionId")
SAFE_LOG_HEADERS: frozenset[str] = frozenset(["cc-transactionid", "citrix-customerid", "citrix-transactionid"])
RATE_LIMIT_RESET_HEADER: str | None = None
