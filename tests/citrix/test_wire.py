"""Citrix Cloud SystemLog on the wire: the exact request, UTC times, paging, error bodies, trust-service tokens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs, quote

import pytest
from failtrail_citrix import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    Client,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
)
from failtrail_citrix.api.systemlog import get_records
from failtrail_citrix.models import (
    ChangeSet,
    CitrixError,
    ErrorParameter,
    ErrorParameterMap,
    GatewayError,
    GatewayErrorDetail,
    LocalizedMessage,
    RecordsPage,
    SystemLogRecord,
)

from tests.conftest import FakeClock, LocalServer, Reply, Seen, documented_example, spec

PATH = "/systemlog/records"
DOCUMENTED = documented_example("citrix", PATH, "get")
RECORD = DOCUMENTED["Items"][0]
TOKEN = DOCUMENTED["ContinuationToken"]  # '+', '/', '=', '#', ':', '~' all need care in a query
IST = timezone(timedelta(hours=5, minutes=30))
START = datetime(2020, 7, 20, 5, 30, 0, 987654, tzinfo=IST)  # 2020-07-20T00:00:00Z
END = datetime(2020, 7, 24, 12, 31, 10, tzinfo=timezone(timedelta(hours=-7)))  # 2020-07-24T19:31:10Z


def _page(items: list[dict[str, Any]], token: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"Items": items, "Count": len(items), "EstimatedTotalItems": 250}
    if token is not None:
        body["ContinuationToken"] = token
    return body


# -- the request ----------------------------------------------------------------------------------


def test_every_parameter_goes_out_exactly(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, DOCUMENTED, {"Citrix-TransactionId": "tx-1"})
    with Client(server.url, token="cws-token", customer_id="client-default") as c:
        response = get_records.sync_detailed(
            client=c,
            start_date_time=START,
            end_date_time=END,
            limit=200,
            continuation_token=TOKEN,
            citrix_customer_id="hulk",
        )
    (seen,) = server.seen
    assert seen.method == "GET"
    assert seen.path == PATH
    assert seen.query == (
        "StartDateTime=2020-07-20T00%3A00%3A00Z"
        "&EndDateTime=2020-07-24T19%3A31%3A10Z"
        "&Limit=200"
        "&ContinuationToken=%2BRID%3A~ry4EAPqekBg-KQAAAAAAAA%3D%3D%23RT%3A1%23TRC%3A74%23ISV%3A2%23IEO%3A65551%23FPC%3A"
        + quote(TOKEN.split("#FPC:")[1], safe="")
    )
    assert parse_qs(seen.query)["ContinuationToken"] == [TOKEN]  # passed back unchanged
    assert seen.headers["authorization"] == "CwsAuth Bearer=cws-token"
    assert seen.headers["citrix-customerid"] == "hulk"  # the call's value wins over the client's
    assert seen.headers["accept"] == "application/json"
    assert seen.body == b""
    assert response.status_code == 200
    assert response.headers["Citrix-TransactionId"] == "tx-1"


def test_customer_id_from_the_client_and_nothing_unasked_for(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, _page([]))
    with Client(server.url, token="t", customer_id="acme") as c:
        get_records.sync(client=c)
    (seen,) = server.seen
    assert seen.query == ""  # Citrix's defaults (MinValue, Now, 50) are left to Citrix
    assert seen.headers["citrix-customerid"] == "acme"
    assert seen.headers["authorization"] == "CwsAuth Bearer=t"


def test_customer_id_is_required(server: LocalServer) -> None:
    with Client(server.url, token="t") as c, pytest.raises(RequestValidationError) as info:
        get_records.sync(client=c)
    assert info.value.parameter == "Citrix-CustomerId"
    assert server.seen == []


@pytest.mark.parametrize(
    ("when", "wire"),
    [
        (datetime(2020, 7, 20, 0, 0, tzinfo=UTC), "2020-07-20T00:00:00Z"),
        (datetime(2020, 7, 20, 1, 0, 59, 999999, tzinfo=timezone(timedelta(hours=1))), "2020-07-20T00:00:59Z"),
        (datetime(2020, 7, 19, 14, 15, 16, tzinfo=timezone(timedelta(hours=-9, minutes=-45))), "2020-07-20T00:00:16Z"),
        (datetime(2021, 1, 1, 5, 29, 0, tzinfo=IST), "2020-12-31T23:59:00Z"),  # across a year
    ],
)
def test_times_go_out_in_utc_whatever_the_offset(server: LocalServer, when: datetime, wire: str) -> None:
    server.handler = lambda s: Reply(200, _page([]))
    with Client(server.url, token="t", customer_id="acme") as c:
        get_records.sync(client=c, start_date_time=when, end_date_time=when)
    assert server.seen[0].params == {"StartDateTime": wire, "EndDateTime": wire}


@pytest.mark.parametrize(
    ("kwargs", "parameter", "rule"),
    [
        ({"start_date_time": END, "end_date_time": START}, "StartDateTime", "time-range"),
        (
            {"start_date_time": END, "end_date_time": END - timedelta(seconds=1)},
            "StartDateTime",
            "time-range",
        ),
        ({"start_date_time": datetime(2020, 7, 20)}, "StartDateTime", "timezone"),
        ({"end_date_time": datetime(2020, 7, 20)}, "EndDateTime", "timezone"),
        ({"limit": 0}, "Limit", "minimum"),
        ({"limit": 201}, "Limit", "maximum"),
    ],
)
def test_documented_rules_are_checked_before_sending(
    server: LocalServer, kwargs: dict[str, Any], parameter: str, rule: str
) -> None:
    with Client(server.url, token="t", customer_id="acme") as c, pytest.raises(RequestValidationError) as info:
        get_records.sync(client=c, **kwargs)
    assert (info.value.parameter, info.value.rule) == (parameter, rule)
    assert server.seen == []


async def test_start_after_end_refused_before_sending_async(server: LocalServer) -> None:
    async with Client(server.url, token="t", customer_id="acme") as c:
        with pytest.raises(RequestValidationError):
            await get_records.asyncio(client=c, start_date_time=END, end_date_time=START)
    assert server.seen == []


@pytest.mark.parametrize("limit", [1, 200])
def test_limit_bounds_are_accepted(server: LocalServer, limit: int) -> None:
    server.handler = lambda s: Reply(200, _page([]))
    with Client(server.url, token="t", customer_id="acme") as c:
        get_records.sync(client=c, limit=limit)
    assert server.seen[0].query == f"Limit={limit}"


def test_equal_start_and_end_is_a_valid_range(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, _page([]))
    with Client(server.url, token="t", customer_id="acme") as c:
        get_records.sync(client=c, start_date_time=END, end_date_time=END.astimezone(UTC))
    assert len(server.seen) == 1


# -- the response ---------------------------------------------------------------------------------


def test_documented_record_parsed_with_every_field(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, DOCUMENTED)
    with Client(server.url, token="t", customer_id="hulk") as c:
        page = get_records.sync(client=c).first_page
    assert page == RecordsPage(
        items=[
            SystemLogRecord(
                record_id=None,
                utc_timestamp=datetime(2020, 7, 20, 14, 26, 59, 610358, tzinfo=UTC),
                customer_id="hulk",
                event_type="delegatedadministration:administrator/create",
                target_id="6233644161364977157",
                target_display_name="testcduser1@gmail.com",
                target_email="testcduser1@gmail.com",
                target_user_id="a90b4449675f4fcf97e1663623334d74",
                target_type="administrator",
                before_changes=None,
                after_changes=ChangeSet.from_dict(RECORD["AfterChanges"]),
                agent_id="delegatedadministration",
                service_profile_name=None,
                actor_id=None,
                actor_display_name="CwcSystem",
                actor_type="system",
                message=LocalizedMessage.from_dict(RECORD["Message"]),
            )
        ],
        count=74,
        estimated_total_items=250,
        continuation_token=TOKEN,
    )
    assert isinstance(page.items, list)
    record = page.items[0]
    assert isinstance(record.after_changes, ChangeSet)
    assert record.after_changes.additional_properties == RECORD["AfterChanges"]  # not just equal to a re-parse
    assert record.after_changes.additional_properties["Pending"] == "False"
    assert isinstance(record.message, LocalizedMessage)
    assert (
        record.message.additional_properties["ja-JP"] == "新しい管理者ユーザー '6233644161364977157' を作成しました。"
    )
    assert sorted(record.message.additional_properties) == ["de-DE", "en-US", "es-ES", "fr-FR", "ja-JP"]
    assert record.message.additional_properties == RECORD["Message"]


# -- paging ---------------------------------------------------------------------------------------

TOKENS = ["+RID:~page2==#RT:1", "+RID:~page3/x==#RT:2"]


def _paged(seen: Seen) -> Reply:
    token = seen.params.get("ContinuationToken")
    if token is None:
        return Reply(200, _page([_rec(0), _rec(1)], TOKENS[0]))
    if token == TOKENS[0]:
        return Reply(200, _page([_rec(2), _rec(3)], TOKENS[1]))
    if token == TOKENS[1]:
        body = _page([_rec(4)])
        body["ContinuationToken"] = None  # the last page: null, or absent (see below)
        return Reply(200, body)
    return Reply(400, {"type": "https://errors-api.cloud.com/common/badToken", "detail": token})


def _rec(n: int) -> dict[str, Any]:
    return {**RECORD, "RecordId": f"rec-{n}"}


def _expected_queries() -> list[dict[str, list[str]]]:
    base = {"StartDateTime": ["2020-07-20T00:00:00Z"], "EndDateTime": ["2020-07-24T19:31:10Z"], "Limit": ["2"]}
    return [base, {**base, "ContinuationToken": [TOKENS[0]]}, {**base, "ContinuationToken": [TOKENS[1]]}]


def test_walk_follows_continuation_tokens_to_the_end(server: LocalServer) -> None:
    server.handler = _paged
    with Client(server.url, token="t", customer_id="acme") as c:
        ids = [r.record_id for r in get_records.sync(client=c, start_date_time=START, end_date_time=END, limit=2)]
    assert ids == [f"rec-{n}" for n in range(5)]
    assert [parse_qs(s.query) for s in server.seen] == _expected_queries()
    assert {s.headers["citrix-customerid"] for s in server.seen} == {"acme"}


async def test_walk_async_follows_continuation_tokens_to_the_end(server: LocalServer) -> None:
    server.handler = _paged
    async with Client(server.url, token="t", customer_id="acme") as c:
        pager = get_records.asyncio(client=c, start_date_time=START, end_date_time=END, limit=2)
        ids = [r.record_id async for r in pager]
    assert ids == [f"rec-{n}" for n in range(5)]
    assert [parse_qs(s.query) for s in server.seen] == _expected_queries()


def test_walk_ends_when_the_token_is_absent(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, _page([_rec(0)]))
    with Client(server.url, token="t", customer_id="acme") as c:
        pages = list(get_records.sync(client=c).pages())
    assert [[r.record_id for r in p.items or []] for p in pages] == [["rec-0"]]
    assert len(server.seen) == 1


def test_walk_resumes_from_its_cursor(server: LocalServer) -> None:
    server.handler = _paged
    with Client(server.url, token="t", customer_id="acme") as c:
        walk = get_records.sync(client=c, start_date_time=START, end_date_time=END, limit=2)
        first: list[str | None] = []
        for record in walk:
            first.append(record.record_id)
            if len(first) == 3:  # interrupted in the middle of page 2
                break
        cursor = str(walk.cursor)
        server.seen.clear()
        rest = [
            r.record_id
            for r in get_records.sync(client=c, start_date_time=START, end_date_time=END, limit=2, cursor=cursor)
        ]
    assert first + rest == [f"rec-{n}" for n in range(5)]
    assert [parse_qs(s.query) for s in server.seen] == _expected_queries()[1:]  # page 2 asked again, by its token


def _sparse(seen: Seen) -> Reply:
    """An empty page mid-walk that still hands out a token (the walk's end is the token, not the items)."""
    token = seen.params.get("ContinuationToken")
    if token is None:
        return Reply(200, _page([_rec(0)], TOKENS[0]))
    if token == TOKENS[0]:
        return Reply(200, _page([], TOKENS[1]))
    return Reply(200, {})  # neither Items nor ContinuationToken: the spec requires neither


# The seed (developer.cloud.com SystemLog "Get records") and VENDORS.md: "no token means the end";
# nothing says an empty page does.
@pytest.mark.parametrize("prefetch", [1, 3])
def test_an_empty_page_with_a_token_goes_on_and_a_page_without_items_ends(server: LocalServer, prefetch: int) -> None:
    server.handler = _sparse
    with Client(server.url, token="t", customer_id="acme") as c:
        ids = [r.record_id for r in get_records.sync(client=c, limit=2, prefetch=prefetch)]
    assert ids == ["rec-0"]
    assert [s.params.get("ContinuationToken") for s in server.seen] == [None, TOKENS[0], TOKENS[1]]


async def test_an_empty_page_with_a_token_goes_on_async(server: LocalServer) -> None:
    server.handler = _sparse
    async with Client(server.url, token="t", customer_id="acme") as c:
        ids = [r.record_id async for r in get_records.asyncio(client=c, limit=2)]
    assert ids == ["rec-0"]
    assert len(server.seen) == 3


def test_a_repeated_token_raises_after_the_records_received(server: LocalServer) -> None:
    def same_token(seen: Seen) -> Reply:
        token = seen.params.get("ContinuationToken")
        if token is None:
            return Reply(200, _page([_rec(0)], TOKENS[0]))
        return Reply(200, _page([_rec(1), _rec(2)], TOKENS[0]))  # the same token again, for ever

    server.handler = same_token
    received: list[str | None] = []
    with Client(server.url, token="t", customer_id="acme") as c:
        walk = get_records.sync(client=c, limit=2)
        with pytest.raises(PaginationError, match="does not move the walk on") as caught:
            for record in walk:
                received.append(record.record_id)
    assert received == ["rec-0", "rec-1", "rec-2"]
    assert len(server.seen) == 2
    assert str(walk.cursor) == str(caught.value.cursor) == '{"p":"+RID:~page2==#RT:1","s":2}'


# S3 (`string ContinuationToken`; the C# sample sends a token only when `!string.IsNullOrEmpty`), T1 and T2
# (`if not continuation_token`): an empty-string token ends the walk; sent back, it would restart at page 1.
@pytest.mark.parametrize("prefetch", [1, 3])
def test_an_empty_token_ends_the_walk(server: LocalServer, prefetch: int) -> None:
    def empty_token(seen: Seen) -> Reply:
        token = seen.params.get("ContinuationToken")
        if token is None:
            return Reply(200, _page([_rec(0)], TOKENS[0]))
        if token == TOKENS[0]:
            return Reply(200, _page([_rec(1)], ""))
        return Reply(200, _page([_rec(9)], TOKENS[1]))  # what "" (page 1 again) or a stray call would get

    server.handler = empty_token
    with Client(server.url, token="t", customer_id="acme") as c:
        ids = [r.record_id for r in get_records.sync(client=c, limit=2, prefetch=prefetch)]
    assert ids == ["rec-0", "rec-1"]
    assert [s.params.get("ContinuationToken") for s in server.seen] == [None, TOKENS[0]]


def _camel(value: Any) -> Any:
    """A documented PascalCase page as the production collectors (T1, T2, T3) read it: camelCase keys
    on the page and its records; the free-form maps inside (AfterChanges, Message) keep their keys."""
    if isinstance(value, dict) and "Items" in value:
        page = {key[0].lower() + key[1:]: item for key, item in value.items()}
        page["items"] = [{key[0].lower() + key[1:]: item for key, item in r.items()} for r in value["Items"]]
        return page
    return value


def _paged_camel(seen: Seen) -> Reply:
    reply = _paged(seen)
    return Reply(reply.status, _camel(reply.body))


# Waits for `x-failtrail-key-case: insensitive` in specs/citrix/openapi.yaml, which waits for
# failtrail_core's canonical_keys to leave free-form maps (AfterChanges, Message) alone: today it renames
# AfterChanges["Name"] to "name" (ErrorParameter.name), see test_free_form_map_keys_are_kept.


# Citrix documents PascalCase (S1, S2, S3); Google's (T1) and Palo Alto's (T2) collectors read `items`,
# `continuationToken`, `recordId`, `utcTimestamp`, and the Splunk add-on (T3) reads every key case-blind.
def test_a_camel_case_walk_is_read_like_the_documented_one(server: LocalServer) -> None:
    with Client(server.url, token="t", customer_id="acme") as c:
        server.handler = _paged
        pascal = list(get_records.sync(client=c, start_date_time=START, end_date_time=END, limit=2))
        server.seen.clear()
        server.handler = _paged_camel
        camel = list(get_records.sync(client=c, start_date_time=START, end_date_time=END, limit=2))
    assert camel == pascal
    assert [r.record_id for r in camel] == [f"rec-{n}" for n in range(5)]
    assert [parse_qs(s.query) for s in server.seen] == _expected_queries()
    assert camel[0].utc_timestamp == datetime(2020, 7, 20, 14, 26, 59, 610358, tzinfo=UTC)
    assert camel[0].event_type == "delegatedadministration:administrator/create"
    assert isinstance(camel[0].after_changes, ChangeSet)
    assert camel[0].after_changes.additional_properties == RECORD["AfterChanges"]


def test_a_camel_case_page_parses_field_by_field(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, _camel(DOCUMENTED))
    with Client(server.url, token="t", customer_id="hulk") as c:
        camel = get_records.sync(client=c).first_page
        server.handler = lambda s: Reply(200, DOCUMENTED)
        pascal = get_records.sync(client=c).first_page
    assert camel == pascal
    assert camel is not None and camel.continuation_token == TOKEN and camel.count == 74
    assert camel.additional_properties == {}


# S3: BeforeChanges/AfterChanges map property names to values, Message maps locales to text: their keys
# are data, kept exactly as sent, whatever names the spec declares elsewhere.
def test_free_form_map_keys_are_kept(server: LocalServer) -> None:
    changes = {"Id": "c-1", "Name": "terraform-prod", "Value": "x", "Count": "3", "items": "y", "customerId": "z"}
    record = {**RECORD, "AfterChanges": changes, "BeforeChanges": {"Detail": "d", "Type": "t"}}
    server.handler = lambda s: Reply(200, _page([record]))
    with Client(server.url, token="t", customer_id="hulk") as c:
        page = get_records.sync(client=c).first_page
    assert page is not None and isinstance(page.items, list)
    (got,) = page.items
    assert isinstance(got.after_changes, ChangeSet) and isinstance(got.before_changes, ChangeSet)
    assert got.after_changes.additional_properties == changes
    assert got.before_changes.additional_properties == {"Detail": "d", "Type": "t"}


# -- errors ---------------------------------------------------------------------------------------


def _documented_errors() -> list[tuple[int, str, Any]]:
    citrix = spec("citrix")
    responses = citrix["components"]["responses"]
    cases = []
    for status, ref in citrix["paths"][PATH]["get"]["responses"].items():
        if status == "200":
            continue
        content = responses[ref["$ref"].rsplit("/", 1)[1]]["content"]["application/json"]
        for name, example in content.get("examples", {}).items():
            cases.append((int(status), name, example["value"]))
    return cases


ERRORS = _documented_errors()
ERROR_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    406: APIStatusError,
    429: RateLimitError,
    500: InternalServerError,
    503: InternalServerError,
}


def test_every_documented_error_example_is_covered() -> None:
    assert sorted({status for status, _, _ in ERRORS}) == sorted(ERROR_CLASSES)
    # 4 validation, 4 authentication, 3 authorization, 2 not found, 2 not acceptable, 1 rate limit, 1 server,
    # 1 unavailable (specs/citrix/SOURCES.md: S1, S4, S5)
    assert len(ERRORS) == 18


@pytest.mark.parametrize(("status", "name", "body"), ERRORS, ids=[f"{s}-{n}" for s, n, _ in ERRORS])
def test_documented_error_bodies_raise_their_typed_error(
    server: LocalServer, status: int, name: str, body: Any
) -> None:
    server.handler = lambda s: Reply(status, body, {"Citrix-TransactionId": f"tx-{name}"})
    with (
        Client(server.url, token="t", customer_id="acme", max_retries=0) as c,
        pytest.raises(ERROR_CLASSES[status]) as info,
    ):
        get_records.sync(client=c)
    error = info.value
    assert type(error) is ERROR_CLASSES[status]
    assert error.status_code == status
    assert error.request_id == f"tx-{name}"
    assert error.body == Reply(status, body).encode()
    parsed = error.parsed
    # Each typed field against the body itself, not against a second parse by the same code.
    if "Error" in body:  # the older gateway shape
        assert isinstance(parsed, GatewayError)
        assert isinstance(parsed.error, GatewayErrorDetail)
        assert (parsed.error.message, parsed.error.type_) == (body["Error"]["Message"], body["Error"]["Type"])
        assert parsed.error.additional_properties == {}
    else:
        assert isinstance(parsed, CitrixError)
        assert parsed.type_ == body["type"]
        assert parsed.detail == body.get("detail")
        parameters = body.get("parameters")
        if isinstance(parameters, dict):
            assert isinstance(parsed.parameters, ErrorParameterMap)
            assert parsed.parameters.additional_properties == parameters
        elif isinstance(parameters, list):
            assert isinstance(parsed.parameters, list)
            assert all(type(p) is ErrorParameter for p in parsed.parameters)
            assert [(p.name, p.value, p.additional_properties) for p in parsed.parameters] == [
                (p["name"], p["value"], {}) for p in parameters
            ]
        else:
            assert parsed.parameters is None
    assert parsed.additional_properties == {}  # every field the body has went to a typed attribute
    assert parsed.to_dict() == body  # and back out unchanged


def test_error_parameters_as_an_object_parse_to_a_map(server: LocalServer) -> None:
    body = {
        "type": "https://errors-api.cloud.com/systemlog/getRecordsDateTimeRangeInvalid",
        "detail": "Start DateTime cannot be after the end DateTime.",
        "parameters": {"startDateTime": "2020-07-25T00:00:00Z", "endDateTime": "2020-07-24T19:31:10Z"},
    }
    server.handler = lambda s: Reply(400, body, {"CC-TransactionId": "cc-7"})
    with Client(server.url, token="t", customer_id="acme") as c, pytest.raises(BadRequestError) as info:
        get_records.sync(client=c)
    parsed = info.value.parsed
    assert isinstance(parsed, CitrixError)
    assert parsed.type_ == "https://errors-api.cloud.com/systemlog/getRecordsDateTimeRangeInvalid"
    assert parsed.detail == "Start DateTime cannot be after the end DateTime."
    assert isinstance(parsed.parameters, ErrorParameterMap)
    assert parsed.parameters.additional_properties == body["parameters"]
    assert info.value.request_id == "cc-7"  # the other documented spelling of the transaction id


def test_error_parameters_as_a_list_parse_to_name_value_pairs(server: LocalServer) -> None:
    body = {
        "type": "https://errors-api.cloud.com/common/authentication",
        "detail": "Missing or invalid authentication details",
        "parameters": [{"name": "reason", "value": "invalid"}],
    }
    server.handler = lambda s: Reply(401, body)
    with Client(server.url, token="t", customer_id="acme") as c, pytest.raises(AuthenticationError) as info:
        get_records.sync(client=c)
    parsed = info.value.parsed
    assert isinstance(parsed, CitrixError)
    assert parsed.parameters == [ErrorParameter(name="reason", value="invalid")]
    assert info.value.request_id is None


def test_older_gateway_shape_parses(server: LocalServer) -> None:
    # S4 (Troubleshooting for Citrix cloud services APIs): the gateway's words for a bad CwsAuth header.
    body = {"Error": {"Message": "Missing or invalid CWSAuth header.", "Type": "CWSAuthException"}}
    server.handler = lambda s: Reply(401, body)
    with Client(server.url, token="t", customer_id="acme") as c, pytest.raises(AuthenticationError) as info:
        get_records.sync(client=c)
    assert info.value.parsed == GatewayError(
        error=GatewayErrorDetail(message="Missing or invalid CWSAuth header.", type_="CWSAuthException")
    )
    assert "Missing or invalid CWSAuth header." in str(info.value)


def test_the_older_portals_transaction_id_is_the_request_id(server: LocalServer) -> None:
    # S9 (developer.cloud.com "Call an API with a bearer token"): responses carry X-Cws-TransactionId.
    body = {"type": "https://errors-api.cloud.com/common/authorization", "detail": "Access denied"}
    server.handler = lambda s: Reply(403, body, {"X-Cws-TransactionId": "cws-9"})
    with Client(server.url, token="t", customer_id="acme") as c, pytest.raises(PermissionDeniedError) as info:
        get_records.sync(client=c)
    assert info.value.request_id == "cws-9"


def test_server_error_retried_then_raised_with_its_transaction_id(server: LocalServer, clock: FakeClock) -> None:
    body = {"type": "https://errors-api.cloud.com/systemlog/internalerror", "detail": "There was a internal issue"}
    count = {"n": 0}

    def handle(seen: Seen) -> Reply:
        count["n"] += 1
        return Reply(500, body, {"Citrix-TransactionId": f"tx-{count['n']}"})

    server.handler = handle
    with (
        Client(server.url, token="t", customer_id="acme", clock=clock) as c,
        pytest.raises(InternalServerError) as info,
    ):
        get_records.sync(client=c, limit=10)
    assert len(server.seen) == 3  # the GET is idempotent: 2 retries by default
    assert {s.query for s in server.seen} == {"Limit=10"}
    assert info.value.request_id == "tx-3"  # the last attempt's, the one to quote to Citrix
    assert len(clock.sleeps) == 2


# -- tokens from the trust service ----------------------------------------------------------------


def _trust(server: LocalServer, *, expires_in: str = "3600") -> None:
    issued = {"n": 0}

    def handle(seen: Seen) -> Reply:
        if seen.path.startswith("/cctrustoauth2/"):
            issued["n"] += 1
            return Reply(200, {"token_type": "bearer", "access_token": f"cws{issued['n']}", "expires_in": expires_in})
        if seen.headers.get("authorization") != f"CwsAuth Bearer=cws{issued['n']}":
            return Reply(
                401,
                {
                    "type": "https://errors-api.cloud.com/common/authentication",
                    "detail": "Missing or invalid authentication details",
                    "parameters": [{"name": "reason", "value": "invalid"}],
                },
            )
        return Reply(200, _page([]))

    server.handler = handle


def _token_calls(server: LocalServer) -> list[Seen]:
    return [s for s in server.seen if s.path.startswith("/cctrustoauth2/")]


def test_token_fetched_from_the_trust_service_and_cached(server: LocalServer) -> None:
    _trust(server)
    with Client(server.url, client_id="api-client", client_secret="api-secret", customer_id="acme") as c:
        for _ in range(3):
            get_records.sync(client=c)
    (token_call,) = _token_calls(server)
    assert token_call.method == "POST"
    assert token_call.path == "/cctrustoauth2/acme/tokens/clients"
    assert token_call.headers["content-type"] == "application/x-www-form-urlencoded"
    assert "authorization" not in token_call.headers  # credentials go in the form, not as Basic
    assert parse_qs(token_call.body.decode()) == {
        "grant_type": ["client_credentials"],
        "client_id": ["api-client"],
        "client_secret": ["api-secret"],
    }
    calls = [s for s in server.seen if s.path == PATH]
    assert [s.headers["authorization"] for s in calls] == ["CwsAuth Bearer=cws1"] * 3
    assert [s.headers["citrix-customerid"] for s in calls] == ["acme"] * 3


def test_token_from_root_when_the_client_is_bound_to_no_customer(server: LocalServer) -> None:
    _trust(server)
    with Client(server.url, client_id="api-client", client_secret="api-secret") as c:
        get_records.sync(client=c, citrix_customer_id="acme")
    assert [s.path for s in server.seen] == ["/cctrustoauth2/root/tokens/clients", PATH]


def test_lapsed_token_is_fetched_anew(server: LocalServer) -> None:
    _trust(server, expires_in="60")  # within the renewal margin: lapsed as soon as it arrives
    with Client(server.url, client_id="api-client", client_secret="api-secret", customer_id="acme") as c:
        get_records.sync(client=c)
        get_records.sync(client=c)
    assert [s.path for s in server.seen] == [
        "/cctrustoauth2/acme/tokens/clients",
        PATH,
        "/cctrustoauth2/acme/tokens/clients",
        PATH,
    ]
    assert [s.headers["authorization"] for s in server.seen if s.path == PATH] == [
        "CwsAuth Bearer=cws1",
        "CwsAuth Bearer=cws2",
    ]


def test_token_kept_for_its_hour_by_the_clients_clock_then_fetched_anew(server: LocalServer, clock: FakeClock) -> None:
    _trust(server, expires_in="3600")
    with Client(server.url, client_id="api-client", client_secret="api-secret", customer_id="acme", clock=clock) as c:
        get_records.sync(client=c)
        clock.now += 3000  # 50 minutes: still good
        get_records.sync(client=c)
        clock.now += 600  # the hour is up: tokens cannot be refreshed, a new one is fetched
        get_records.sync(client=c)
    assert [s.headers["authorization"] for s in server.seen if s.path == PATH] == [
        "CwsAuth Bearer=cws1",
        "CwsAuth Bearer=cws1",
        "CwsAuth Bearer=cws2",
    ]
    assert len(_token_calls(server)) == 2


def test_token_rejected_by_the_api_is_fetched_anew_once(server: LocalServer) -> None:
    _trust(server)
    with Client(server.url, client_id="api-client", client_secret="api-secret", customer_id="acme") as c:
        get_records.sync(client=c)
        server.handler = _revoked_then(server)
        get_records.sync(client=c)
    assert [s.path for s in server.seen] == [
        "/cctrustoauth2/acme/tokens/clients",
        PATH,
        PATH,
        "/cctrustoauth2/acme/tokens/clients",
        PATH,
    ]
    assert server.seen[-1].headers["authorization"] == "CwsAuth Bearer=fresh"


def _revoked_then(server: LocalServer) -> Any:
    def handle(seen: Seen) -> Reply:
        if seen.path.startswith("/cctrustoauth2/"):
            return Reply(200, {"token_type": "bearer", "access_token": "fresh", "expires_in": "3600"})
        if seen.headers.get("authorization") != "CwsAuth Bearer=fresh":
            return Reply(401, {"type": "https://errors-api.cloud.com/common/authentication"})
        return Reply(200, _page([]))

    return handle


# S4 (Troubleshooting for Citrix cloud services APIs): wrong credentials are answered 400 invalid_client;
# a 401 is not sourced for the trust service but is handled the same way.
@pytest.mark.parametrize(
    ("status", "description", "error_class"),
    [
        (400, "Invalid client id or client secret.", BadRequestError),
        (401, "Invalid client credentials", AuthenticationError),
    ],
)
def test_refused_credentials_raise_without_the_secret(
    server: LocalServer, status: int, description: str, error_class: type[APIStatusError]
) -> None:
    body = {"error": "invalid_client", "error_description": description}
    server.handler = lambda s: Reply(status, body)
    with Client(server.url, client_id="api-client", client_secret="SECRET-VALUE", customer_id="acme") as c:
        with pytest.raises(error_class) as info:
            get_records.sync(client=c)
        assert "SECRET-VALUE" not in repr(c) + repr(c._auth)
    assert info.value.status_code == status
    assert "SECRET-VALUE" not in str(info.value) + repr(info.value)
    assert [s.path for s in server.seen] == ["/cctrustoauth2/acme/tokens/clients"]
