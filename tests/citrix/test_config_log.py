"""Citrix DaaS's configuration log on the wire: the exact request, batches by continuation token, an operation
that cannot be read set aside, Citrix's error bodies, and the retryDelay its 429 and 503 bodies name.

Sources (specs/citrix/SOURCES.md): S7 is Citrix's Go SDK (citrix/citrix-daas-rest-go, ConfigLogAPIsDAAS.md,
api_config_log_apis.go, model_log_operation_response_model*.go), S11 Citrix's "How to get configuration
operations" page, S5 Citrix's common error codes page, S12 Citrix's DaaS preview-migration page.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

import pytest
from failtrail_citrix import (
    OPERATIONS,
    BadRequestError,
    Client,
    InternalServerError,
    RateLimitError,
    RequestValidationError,
    ResponseParseError,
)
from failtrail_citrix.api.configlog import config_log_get_operations as operations
from failtrail_citrix.models import (
    CitrixError,
    ErrorParameter,
    LogOperationResponseModel,
    LogOperationResponseModelCollection,
    LogOperationType,
    SearchDateOption,
)

from tests.conftest import FakeClock, LocalServer, Reply, Seen, documented_example

PATH = "/cvad/manage/ConfigLog/Operations"
DOCUMENTED = documented_example("citrix", PATH, "get")  # S11's sample answer
ITEM = DOCUMENTED["Items"][0]
SITE = "22ded57c-0306-47e4-b6e8-fed6252759e1"  # S11's Citrix-InstanceId
TOKENS = ["++++945PaIwstTYAAAAFAA==", "++++945PaIwstTYAAAAKAQ=="]  # "+", "/" and "=" need encoding


def _client(server: LocalServer, **options: Any) -> Client:
    return Client(server.url, token="cws-token", customer_id="acme", instance_id=SITE, **options)


def _item(n: int, **changes: Any) -> dict[str, Any]:
    return {**ITEM, "Id": f"op-{n}", **changes}


def _batch(items: list[Any], token: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"Items": items}
    if token is not None:
        body["ContinuationToken"] = token
    return body


# -- the request ----------------------------------------------------------------------------------


def test_every_parameter_goes_out_exactly(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, DOCUMENTED, {"Citrix-TransactionId": "ce0d3943-e294-4fc8-b2c6-85271d4a0c3b"})
    with Client(server.url, token="cws-token", customer_id="client-default", instance_id="client-site") as c:
        response = operations.sync_detailed(
            client=c,
            text="Remove Application 'Data*'",
            days=1,
            time_diff=-18000,
            limit=100,
            continuation_token=TOKENS[0],
            citrix_customer_id="loy6oujtu6a4",
            citrix_instance_id=SITE,
            x_time_zone="UTC",
            citrix_locale="en-US",
        )
    (seen,) = server.seen
    # S11: "GET https://api.cloud.com/cvad/manage/ConfigLog/Operations?days=1&limit=100"; the query names are
    # S7's (ConfigLogGetOperationsExecute: "text", "days", "searchDateOption", "timeDiff", "limit", "continuationToken")
    assert (seen.method, seen.path) == ("GET", PATH)
    assert seen.query == (
        "text=Remove+Application+%27Data%2A%27&days=1&timeDiff=-18000&limit=100"
        "&continuationToken=%2B%2B%2B%2B945PaIwstTYAAAAFAA%3D%3D"
    )
    assert parse_qs(seen.query)["continuationToken"] == [TOKENS[0]]  # passed back unchanged
    # S11's request headers, with the S7 headers X-TimeZone and Citrix-Locale
    assert seen.headers["citrix-customerid"] == "loy6oujtu6a4"  # the call's value wins over the client's
    assert seen.headers["citrix-instanceid"] == SITE
    assert seen.headers["x-timezone"] == "UTC"
    assert seen.headers["citrix-locale"] == "en-US"
    assert seen.headers["authorization"] == "CwsAuth Bearer=cws-token"
    assert seen.headers["accept"] == "application/json"  # S7: "Must accept application/json"
    assert seen.body == b""
    assert response.status_code == 200 and response.request_id == "ce0d3943-e294-4fc8-b2c6-85271d4a0c3b"


def test_search_date_option_goes_out_as_citrix_spells_it(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, _batch([]))
    with _client(server) as c:
        operations.sync_detailed(client=c, search_date_option=SearchDateOption.LAST7DAYS)
        operations.sync_detailed(client=c, search_date_option=SearchDateOption("Yesterday"))
    assert [s.query for s in server.seen] == ["searchDateOption=Last7Days", "searchDateOption=Yesterday"]  # S7 enum


def test_site_and_customer_from_the_client_and_nothing_unasked_for(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, _batch([]))
    with _client(server) as c:
        list(operations.sync(client=c))
    (seen,) = server.seen
    assert seen.query == ""  # no days, no searchDateOption: "all records will be returned" (S7); limit left to Citrix
    assert (seen.headers["citrix-customerid"], seen.headers["citrix-instanceid"]) == ("acme", SITE)
    assert "x-timezone" not in seen.headers and "citrix-locale" not in seen.headers


@pytest.mark.parametrize(
    ("options", "parameter"),
    [({"customer_id": None}, "Citrix-CustomerId"), ({"instance_id": None}, "Citrix-InstanceId")],
)
def test_customer_and_site_are_required(server: LocalServer, options: dict[str, Any], parameter: str) -> None:
    # S7: "citrixCustomerId is required and must be specified", "citrixInstanceId is required and must be specified"
    settings = {"customer_id": "acme", "instance_id": SITE, **options}
    with Client(server.url, token="t", **settings) as c, pytest.raises(RequestValidationError) as info:
        operations.sync_detailed(client=c)
    assert info.value.parameter == parameter
    assert server.seen == []


@pytest.mark.parametrize(
    ("kwargs", "parameter", "rule"),
    [
        ({"limit": 0}, "limit", "minimum"),  # unsourced: S7 gives no lower bound
        ({"limit": 1001}, "limit", "maximum"),  # S7: "larger than 1000, the server might reject the call"
        ({"search_date_option": "Last3Days"}, "searchDateOption", "enum"),  # not one of S7's SearchDateOption
    ],
)
def test_documented_rules_are_checked_before_sending(
    server: LocalServer, kwargs: dict[str, Any], parameter: str, rule: str
) -> None:
    with _client(server) as c, pytest.raises(RequestValidationError) as info:
        operations.sync_detailed(client=c, **kwargs)
    assert (info.value.parameter, info.value.rule) == (parameter, rule)
    assert server.seen == []


def test_the_spec_says_where_citrix_serves_it() -> None:
    op = OPERATIONS["ConfigLog_GetOperations"]
    assert (op.method, op.path, op.retryable) == ("GET", PATH, True)
    assert op.by_name["limit"].maximum == 1000


# -- the answer -----------------------------------------------------------------------------------


def test_documented_operation_parsed_with_every_field(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, DOCUMENTED)
    with _client(server) as c:
        batch = operations.sync_detailed(client=c).parsed
    assert batch == LogOperationResponseModelCollection(
        items=[
            LogOperationResponseModel(
                id="0d96ecf1-4c73-4a0c-9476-ecbf40289d2b",
                text="Remove Application 'DataExplorer'",
                source="Broker SDK",
                start_time="12/21/2020 : 3:21:12 PM",  # S11: not RFC 3339, no offset
                target_types=["Application"],
                operation_type=LogOperationType.CONFIGURATIONCHANGE,
                parameters=[],
                user="jack.smith@example.com",
                user_identity=None,
                admin_machine_ip="",
                end_time="12/21/2020 : 3:21:12 PM",
                formatted_end_time=None,
                formatted_start_time=None,  # S7 requires it; S11's sample leaves it out: both are read
                is_successful=True,
                labels=None,
                metadata=None,
            )
        ],
        continuation_token=None,
        total_items=None,
    )


def test_fields_of_a_newer_answer_are_read(server: LocalServer) -> None:
    # S7's model: FormattedStartTime, UserIdentity, Labels, Metadata; an OperationType the spec does not list stays a string
    item = _item(
        0,
        IsSuccessful=False,
        FormattedStartTime="2025-12-06T16:44:35.470Z",  # as Palo Alto's collector reads it (T2)
        UserIdentity="S-1-5-21-1004336348-1177238915-682003330-1104",
        Labels=["Maintenance"],
        Metadata=[{"Name": "Ticket", "Value": "CHG-1"}],
        Parameters=[{"Name": "Name", "Value": "DataExplorer"}],
        OperationType="SomethingNew",
        TargetTypes=["Application", "DesktopGroup"],
    )
    server.handler = lambda s: Reply(200, _batch([item], "next"))
    with _client(server) as c:
        batch = operations.sync_detailed(client=c).parsed
    assert isinstance(batch, LogOperationResponseModelCollection)
    (op,) = batch.items
    assert (op.is_successful, op.formatted_start_time, op.operation_type) == (
        False,
        "2025-12-06T16:44:35.470Z",
        "SomethingNew",
    )
    assert op.user_identity == "S-1-5-21-1004336348-1177238915-682003330-1104"
    assert op.labels == ["Maintenance"] and op.target_types == ["Application", "DesktopGroup"]
    assert op.metadata is not None and (op.metadata[0].name, op.metadata[0].value) == ("Ticket", "CHG-1")
    assert (op.parameters[0].name, op.parameters[0].value) == ("Name", "DataExplorer")
    assert batch.continuation_token == "next"


# -- batches --------------------------------------------------------------------------------------


def _batches(seen: Seen) -> Reply:
    """Three batches; the middle one empty but with a token (S7: "If a query cannot be completed, the
    response will have a ContinuationToken set"), the last without a token."""
    token = seen.params.get("continuationToken")
    if token is None:
        return Reply(200, _batch([_item(0), _item(1)], TOKENS[0]))
    if token == TOKENS[0]:
        return Reply(200, _batch([], TOKENS[1]))
    if token == TOKENS[1]:
        return Reply(200, {"Items": [_item(2)], "ContinuationToken": None})
    return Reply(400, {"type": "https://errors-api.cloud.com/common/invalidString", "detail": token})


def _expected_queries() -> list[dict[str, list[str]]]:
    base = {"days": ["2"], "limit": ["2"]}
    return [base, {**base, "continuationToken": [TOKENS[0]]}, {**base, "continuationToken": [TOKENS[1]]}]


@pytest.mark.parametrize("prefetch", [1, 3])
def test_a_walk_follows_the_tokens_through_an_empty_batch_to_the_end(server: LocalServer, prefetch: int) -> None:
    server.handler = _batches
    with _client(server) as c:
        ids = [op.id for op in operations.sync(client=c, days=2, limit=2, prefetch=prefetch)]
    assert ids == ["op-0", "op-1", "op-2"]
    assert [parse_qs(s.query) for s in server.seen] == _expected_queries()
    assert {s.headers["citrix-instanceid"] for s in server.seen} == {SITE}


async def test_an_async_walk_follows_the_tokens_to_the_end(server: LocalServer) -> None:
    server.handler = _batches
    async with _client(server) as c:
        ids = [op.id async for op in operations.asyncio(client=c, days=2, limit=2)]
    assert ids == ["op-0", "op-1", "op-2"]
    assert [parse_qs(s.query) for s in server.seen] == _expected_queries()


def test_a_walk_resumes_from_its_cursor(server: LocalServer) -> None:
    server.handler = _batches
    with _client(server) as c:
        walk = operations.sync(client=c, days=2, limit=2)
        first = [next(iter(walk)).id]
        cursor = str(walk.cursor)
        server.seen.clear()
        rest = [op.id for op in operations.sync(client=c, days=2, limit=2, cursor=cursor)]
    assert first + rest == ["op-0", "op-1", "op-2"]
    assert [parse_qs(s.query) for s in server.seen] == _expected_queries()  # batch 1 asked again


@pytest.mark.parametrize("last", [{"Items": [_item(9)]}, {"Items": [_item(9)], "ContinuationToken": ""}])
def test_no_token_or_an_empty_one_ends_the_walk(server: LocalServer, last: dict[str, Any]) -> None:
    # S7: ContinuationToken "If present, indicates ... the query was not complete"; "" is no token (as on SystemLog)
    server.handler = lambda s: Reply(200, last)
    with _client(server) as c:
        assert [op.id for op in operations.sync(client=c)] == ["op-9"]
    assert len(server.seen) == 1


def _with_unreadable(seen: Seen) -> Reply:
    if seen.params.get("continuationToken") is None:
        bad = _item(1, TargetTypes="Application")  # S7: TargetTypes is a list of strings
        return Reply(200, _batch([_item(0), bad, _item(2)], TOKENS[0]))
    return Reply(200, _batch([{"Text": "no Id, no StartTime"}, _item(3)]))


def test_an_operation_that_cannot_be_read_is_set_aside_and_the_others_delivered(server: LocalServer) -> None:
    server.handler = _with_unreadable
    with _client(server) as c:
        walk = operations.sync(client=c, limit=3)
        ids = [op.id for op in walk]
    assert ids == ["op-0", "op-2", "op-3"]
    assert [(u.position, u.path) for u in walk.unreadable] == [
        (None, "$.Items[1].TargetTypes"),
        (TOKENS[0], "$.Items[0].Id"),  # the first of its missing required fields
    ]
    assert walk.unreadable[0].raw == _item(1, TargetTypes="Application")


def test_strict_raises_for_the_batch_instead(server: LocalServer) -> None:
    server.handler = _with_unreadable
    with _client(server) as c, pytest.raises(ResponseParseError) as caught:
        list(operations.sync(client=c, limit=3, strict=True))
    assert caught.value.path == "$.Items[1].TargetTypes"


# -- errors and retryDelay ------------------------------------------------------------------------

RATE_LIMITED = {  # S5, 429
    "type": "https://errors-api.cloud.com/common/rateLimitExceeded",
    "detail": "Rate limit exceeded; try again in 4 seconds",
    "parameters": [{"name": "retryDelay", "value": "4"}],
}
UNAVAILABLE = {  # S5, 503
    "type": "https://errors-api.cloud.com/common/serviceUnavailable",
    "detail": "Service is unavailable; try again in 4 seconds",
    "parameters": [{"name": "retryDelay", "value": "4"}],
}


def _first_then_ok(server: LocalServer, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
    def handle(seen: Seen) -> Reply:
        if len(server.seen) == 1:
            return Reply(status, body, {"Citrix-TransactionId": "tx-1", **(headers or {})})
        return Reply(200, _batch([_item(0)]))

    server.handler = handle


@pytest.mark.parametrize("body", [RATE_LIMITED, UNAVAILABLE])
def test_a_retry_waits_the_seconds_citrixs_body_names(server: LocalServer, clock: FakeClock, body: Any) -> None:
    _first_then_ok(server, 429 if body is RATE_LIMITED else 503, body)
    with _client(server, clock=clock) as c:
        assert [op.id for op in operations.sync(client=c, days=1)] == ["op-0"]
    assert clock.sleeps == [4.0]  # S5: retryDelay "4"; the backoff alone would have waited at most 0.5 s
    assert len(server.seen) == 2 and server.seen[0].query == server.seen[1].query == "days=1"


async def test_an_async_retry_waits_the_seconds_citrixs_body_names(server: LocalServer, clock: FakeClock) -> None:
    _first_then_ok(server, 429, RATE_LIMITED)
    async with _client(server, clock=clock) as c:
        response = await operations.asyncio_detailed(client=c)
    assert (response.status_code, clock.sleeps) == (200, [4.0])


def test_the_object_form_of_parameters_is_read_too(server: LocalServer, clock: FakeClock) -> None:
    # S4 sends parameters as an object in other answers; retryDelay in that form is unsourced, and read
    _first_then_ok(server, 429, {**RATE_LIMITED, "parameters": {"retryDelay": "2"}})
    with _client(server, clock=clock) as c:
        operations.sync_detailed(client=c)
    assert clock.sleeps == [2.0]


def test_a_retry_after_header_wins_over_the_body(server: LocalServer, clock: FakeClock) -> None:
    _first_then_ok(server, 429, RATE_LIMITED, {"Retry-After": "1"})
    with _client(server, clock=clock) as c:
        operations.sync_detailed(client=c)
    assert clock.sleeps == [1.0]


def test_a_wait_past_max_retry_wait_is_the_errors_retry_after(server: LocalServer, clock: FakeClock) -> None:
    body = {**RATE_LIMITED, "parameters": [{"name": "retryDelay", "value": "600"}]}
    server.handler = lambda s: Reply(429, body, {"Citrix-TransactionId": "tx-9"})
    with _client(server, clock=clock) as c, pytest.raises(RateLimitError) as caught:
        list(operations.sync(client=c))
    assert (caught.value.retry_after, caught.value.request_id, clock.sleeps, len(server.seen)) == (600.0, "tx-9", [], 1)
    assert caught.value.parsed == CitrixError(
        type_=RATE_LIMITED["type"],
        detail="Rate limit exceeded; try again in 4 seconds",
        parameters=[ErrorParameter(name="retryDelay", value="600")],
    )


def test_unavailable_to_the_end_keeps_the_last_transaction_id(server: LocalServer, clock: FakeClock) -> None:
    count = {"n": 0}

    def handle(seen: Seen) -> Reply:
        count["n"] += 1
        return Reply(503, UNAVAILABLE, {"Citrix-TransactionId": f"tx-{count['n']}"})

    server.handler = handle
    with _client(server, clock=clock) as c, pytest.raises(InternalServerError) as caught:
        list(operations.sync(client=c))
    assert (caught.value.status_code, caught.value.request_id, caught.value.retry_after) == (503, "tx-3", 4.0)
    assert clock.sleeps == [4.0, 4.0]  # the GET is retried twice by default, each time after the body's wait


def test_a_bad_request_raises_with_citrixs_error_body(server: LocalServer) -> None:
    body = {  # S7 ErrorResponse; the type is S5's for "a value ... the service did not understand"
        "type": "https://errors-api.cloud.com/common/invalidEnum",
        "detail": "The value 'Last3Days' is not valid for searchDateOption.",
        "parameters": [{"name": "searchDateOption", "value": "Last3Days"}],
    }
    server.handler = lambda s: Reply(400, body, {"Citrix-TransactionId": "tx-4"})
    with _client(server) as c, pytest.raises(BadRequestError) as caught:
        list(operations.sync(client=c, extra_query={"searchDateOption": "Last3Days"}))
    assert (
        str(caught.value)
        == "400 Bad Request: The value 'Last3Days' is not valid for searchDateOption. (request id tx-4)"
    )
    assert isinstance(caught.value.parsed, CitrixError) and caught.value.parsed.type_ == body["type"]
    assert len(server.seen) == 1  # a 400 is not retried


def test_the_daas_500_for_a_missing_customer_keeps_status_body_and_transaction_id(
    server: LocalServer, clock: FakeClock
) -> None:
    # S4: "the Citrix Virtual Apps and Desktops APIs return status code 500 in response to a missing customer ID",
    # with this body; the spec does not model it yet (see SOURCES.md), so it is kept raw
    body = {"activityId": "c59d1c1a-0735-4ab7-8520-479ebae3fc1e", "message": "Internal server error", "statusCode": 500}
    server.handler = lambda s: Reply(500, body, {"Citrix-TransactionId": "tx-5"})
    with _client(server, clock=clock, max_retries=0) as c, pytest.raises(InternalServerError) as caught:
        list(operations.sync(client=c, extra_headers={"Citrix-CustomerId": ""}))
    assert (caught.value.status_code, caught.value.request_id, caught.value.parsed) == (500, "tx-5", None)
    assert json.loads(caught.value.body) == body
