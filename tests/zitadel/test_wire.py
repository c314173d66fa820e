"""ZITADEL on the wire: exact requests, org header, uint64 strings, escaped paths, retried _search, error bodies."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs

import pytest
from failtrail_zitadel import (
    AuthenticationError,
    BadRequestError,
    Client,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseParseError,
)
from failtrail_zitadel.api.admin import list_failed_events, remove_failed_event
from failtrail_zitadel.models import (
    FailedEvent,
    ListFailedEventsRequest,
    ListFailedEventsResponse,
    ProtobufAny,
    RemoveFailedEventResponse,
    RpcStatus,
)

from tests.conftest import FakeClock, LocalServer, Reply, Seen, documented_example

SEARCH = "/admin/v1/failedevents/_search"
PAT = "pat-SECRET-value"
ORG = "69629023906488334"
DOCUMENTED = documented_example("zitadel", "/failedevents/_search", "post")
EVENT = DOCUMENTED["result"][0]


def _client(server: LocalServer, **kwargs: Any) -> Client:
    return Client(server.url + "/admin/v1", token=PAT, **kwargs)


def _events(*events: dict[str, Any]) -> Any:
    return lambda seen: Reply(200, {"result": list(events)})


# -- the requests ---------------------------------------------------------------------------------


def test_list_failed_events_goes_out_exactly(server: LocalServer) -> None:
    server.handler = _events(EVENT)
    with _client(server, org_id=ORG) as c:
        response = list_failed_events.sync_detailed(client=c, body=ListFailedEventsRequest())
    (seen,) = server.seen
    assert (seen.method, seen.path, seen.query) == ("POST", SEARCH, "")
    assert seen.body == b"{}"  # the documented empty request
    assert seen.headers["content-type"] == "application/json"
    assert seen.headers["accept"] == "application/json"
    assert seen.headers["authorization"] == f"Bearer {PAT}"
    assert seen.headers["x-zitadel-orgid"] == ORG
    assert response.status_code == 200


def test_list_without_a_body_still_sends_the_empty_object(server: LocalServer) -> None:
    server.handler = _events()
    with _client(server) as c:
        list_failed_events.sync(client=c)
    (seen,) = server.seen
    assert json.loads(seen.body) == {}
    assert "x-zitadel-orgid" not in seen.headers  # no org given: the user's own


def test_org_id_per_call_wins_over_the_clients(server: LocalServer) -> None:
    server.handler = _events()
    with _client(server, org_id=ORG) as c:
        list_failed_events.sync(client=c, x_zitadel_orgid="111")
        remove_failed_event.sync("adminapi", "iam_members", 1, client=c, x_zitadel_orgid="222")
        list_failed_events.sync(client=c)
    assert [s.headers["x-zitadel-orgid"] for s in server.seen] == ["111", "222", ORG]


def test_org_id_per_call_without_one_on_the_client(server: LocalServer) -> None:
    server.handler = _events()
    with _client(server) as c:
        list_failed_events.sync(client=c, x_zitadel_orgid="333")
    assert server.seen[0].headers["x-zitadel-orgid"] == "333"


def test_remove_failed_event_goes_out_exactly(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, {})
    with _client(server, org_id=ORG) as c:
        removed = remove_failed_event.sync("adminapi", "iam_members", 18446744073709551615, client=c)
    (seen,) = server.seen
    assert seen.method == "DELETE"
    assert seen.path == "/admin/v1/failedevents/adminapi/iam_members/18446744073709551615"
    assert (seen.query, seen.body) == ("", b"")
    assert seen.headers["authorization"] == f"Bearer {PAT}"
    assert seen.headers["x-zitadel-orgid"] == ORG
    assert removed == RemoveFailedEventResponse()


PATH_SEGMENTS = {
    "space": ("iam members", "iam%20members"),
    "slash": ("projections/iam", "projections%2Fiam"),
    "unicode": ("vue_événements", "vue_%C3%A9v%C3%A9nements"),
    "plus-colon-at": ("a+b:c@d", "a+b:c@d"),
}
# Characters that would otherwise cut the path short ('?', '#'), change its meaning ('%') or climb
# out of it (dot segments).
TRICKY_SEGMENTS = {
    "question-hash": ("a?b#c", "a%3Fb%23c"),
    "percent": ("100%done", "100%25done"),
    "dot-dot": ("..", "%2E%2E"),
}


@pytest.mark.parametrize(
    ("view", "segment"),
    [pytest.param(*case, id=name) for name, case in PATH_SEGMENTS.items()]
    + [pytest.param(*case, id=name) for name, case in TRICKY_SEGMENTS.items()],
)
def test_remove_path_parameters_are_escaped(server: LocalServer, view: str, segment: str) -> None:
    server.handler = lambda s: Reply(200, {})
    with _client(server) as c:
        remove_failed_event.sync(view, view, 7, client=c)
    (seen,) = server.seen
    assert seen.path == f"/admin/v1/failedevents/{segment}/{segment}/7"


@pytest.mark.parametrize(
    ("args", "parameter", "rule"),
    [
        # An integer now, as FailedEvent.failed_sequence reads: a string is refused before sending.
        (("adminapi", "iam_members", "12"), "failed_sequence", "type"),
        (("adminapi", "iam_members", -1), "failed_sequence", "minimum"),
        (("adminapi", "iam_members", 2**64), "failed_sequence", "maximum"),
        (("", "iam_members", 1), "database", "minLength"),
        (("adminapi", "", 1), "view_name", "minLength"),
        (("adminapi", "v" * 201, 1), "view_name", "maxLength"),
    ],
)
def test_remove_arguments_checked_before_sending(
    server: LocalServer, args: tuple[str, str, str], parameter: str, rule: str
) -> None:
    with _client(server) as c, pytest.raises(RequestValidationError) as info:
        remove_failed_event.sync(*args, client=c)
    assert (info.value.parameter, info.value.rule) == (parameter, rule)
    assert server.seen == []


def test_type_refusal_says_what_is_expected(server: LocalServer) -> None:
    with _client(server) as c, pytest.raises(RequestValidationError) as info:
        remove_failed_event.sync("adminapi", "iam_members", "seven", client=c)  # type: ignore[arg-type]
    assert "must be integer, got str" in str(info.value)


def test_a_listed_failed_sequence_passes_straight_to_remove(server: LocalServer) -> None:
    # What list_failed_events returns (an int, decoded from the uint64 string) is what remove takes.
    server.handler = lambda s: Reply(200, DOCUMENTED) if s.method == "POST" else Reply(200, {})
    with _client(server) as c:
        (event, *_) = list_failed_events.sync(client=c).result or []
        remove_failed_event.sync(event.database or "", event.view_name or "", event.failed_sequence or 0, client=c)
    assert server.seen[-1].path.endswith(f"/{event.failed_sequence}")


# -- uint64 as JSON strings, timestamps -----------------------------------------------------------


def test_documented_answer_parsed(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, DOCUMENTED)
    with _client(server) as c:
        answer = list_failed_events.sync(client=c)
    assert answer == ListFailedEventsResponse(
        result=[
            FailedEvent(
                database="zitadel",
                view_name="projections.users14",
                failed_sequence=9823759,
                failure_count=5,
                error_message="ID=EXAMP-ID3ER Message=Example message",
                last_failed=datetime(2024, 4, 9, 11, 59, 32, 421123, tzinfo=UTC),
            )
        ]
    )
    assert answer.to_dict() == {
        "result": [{**EVENT, "lastFailed": "2024-04-09T11:59:32.421123+00:00"}]
    }  # uint64s go back out as strings


@pytest.mark.parametrize(
    "value",
    [2**53 + 1, 2**63 - 1, 2**63 + 1, 2**64 - 1],
    ids=["2^53+1", "int64-max", "past-int64", "uint64-max"],
)
def test_uint64_strings_beyond_double_precision_decode_exactly(server: LocalServer, value: int) -> None:
    server.handler = _events({**EVENT, "failedSequence": str(value), "failureCount": str(value - 1)})
    with _client(server) as c:
        (event,) = list_failed_events.sync(client=c).result or []
    assert type(event.failed_sequence) is int and event.failed_sequence == value
    assert type(event.failure_count) is int and event.failure_count == value - 1


def test_fields_left_out_at_their_default_stay_unset(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, {"result": [{"database": "adminapi", "viewName": "v"}]})
    with _client(server) as c:
        (event,) = list_failed_events.sync(client=c).result or []
    assert (event.database, event.view_name) == ("adminapi", "v")
    assert event.to_dict() == {"database": "adminapi", "viewName": "v"}


def test_no_failed_events_is_an_empty_object(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, {})
    with _client(server) as c:
        answer = list_failed_events.sync(client=c)
    assert answer == ListFailedEventsResponse()


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2024-04-09T11:59:32.421Z", datetime(2024, 4, 9, 11, 59, 32, 421000, tzinfo=UTC)),
        ("2024-04-09T11:59:32Z", datetime(2024, 4, 9, 11, 59, 32, tzinfo=UTC)),
        ("2024-04-09T11:59:32.123456789Z", datetime(2024, 4, 9, 11, 59, 32, 123456, tzinfo=UTC)),
        (
            "2024-04-09T13:59:32.421+02:00",
            datetime(2024, 4, 9, 13, 59, 32, 421000, tzinfo=timezone(timedelta(hours=2))),
        ),
    ],
)
def test_last_failed_is_an_aware_datetime(server: LocalServer, stamp: str, expected: datetime) -> None:
    server.handler = _events({**EVENT, "lastFailed": stamp})
    with _client(server) as c:
        (event,) = list_failed_events.sync(client=c).result or []
    assert isinstance(event.last_failed, datetime)
    assert event.last_failed.utcoffset() is not None
    assert event.last_failed == expected


@pytest.mark.parametrize("stamp", ["2024-04-09T11:59:32", "2024-04-09"])
def test_last_failed_without_an_offset_is_refused(server: LocalServer, stamp: str) -> None:
    server.handler = _events(EVENT, {**EVENT, "lastFailed": stamp})
    with _client(server) as c, pytest.raises(ResponseParseError) as info:
        list_failed_events.sync(client=c)
    assert info.value.path == "$.result[1].lastFailed"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("failedSequence", "abc"),
        ("failedSequence", "1.0"),
        ("failedSequence", ""),
        ("failedSequence", " 12"),
        ("failedSequence", "0x10"),
        ("failedSequence", 1.5),
        ("failedSequence", True),
        ("failureCount", "five"),
        ("failureCount", [5]),
        ("failedSequence", "²"),
        ("failedSequence", "-5"),
        ("failedSequence", str(2**64)),
        ("failureCount", "１２"),
    ],
)
def test_a_non_numeric_uint64_raises_a_parse_error_naming_the_path(server: LocalServer, field: str, value: Any) -> None:
    body = {"result": [EVENT, {**EVENT, field: value}]}
    server.handler = lambda s: Reply(200, body, {"x-request-id": "ignored"})
    with _client(server) as c, pytest.raises(ResponseParseError) as info:
        list_failed_events.sync(client=c)
    assert info.value.path == f"$.result[1].{field}"
    assert info.value.status_code == 200
    assert json.loads(info.value.body) == body  # the raw body is kept for the caller


def test_a_bad_timestamp_raises_a_parse_error_naming_the_path(server: LocalServer) -> None:
    server.handler = _events({**EVENT, "lastFailed": "yesterday"})
    with _client(server) as c, pytest.raises(ResponseParseError) as info:
        list_failed_events.sync(client=c)
    assert info.value.path == "$.result[0].lastFailed"


# -- retries --------------------------------------------------------------------------------------


def _flaky(failures: int, *, status: int = 503) -> Any:
    count = {"n": 0}

    def handle(seen: Seen) -> Reply:
        count["n"] += 1
        if count["n"] <= failures:
            return Reply(status, {"code": 14, "message": "unavailable", "details": []})
        return Reply(200, DOCUMENTED) if seen.method == "POST" else Reply(200, {})

    return handle


def test_list_failed_events_post_is_retried_on_503_with_the_same_body(server: LocalServer, clock: FakeClock) -> None:
    server.handler = _flaky(2)
    with _client(server, org_id=ORG, clock=clock) as c:
        answer = list_failed_events.sync(client=c, body=ListFailedEventsRequest())
    assert answer.result and answer.result[0].failed_sequence == 9823759
    assert [(s.method, s.path, s.body) for s in server.seen] == [("POST", SEARCH, b"{}")] * 3
    assert {s.headers["x-zitadel-orgid"] for s in server.seen} == {ORG}
    assert {s.headers["authorization"] for s in server.seen} == {f"Bearer {PAT}"}
    assert len(clock.sleeps) == 2


async def test_list_failed_events_post_is_retried_async(server: LocalServer, clock: FakeClock) -> None:
    server.handler = _flaky(1)
    async with _client(server, clock=clock) as c:
        answer = await list_failed_events.asyncio(client=c)
    assert answer.result and answer.result[0].view_name == "projections.users14"
    assert [(s.method, s.body) for s in server.seen] == [("POST", b"{}")] * 2


def test_retries_give_up_with_the_typed_error(server: LocalServer, clock: FakeClock) -> None:
    server.handler = _flaky(10)
    with _client(server, clock=clock, max_retries=1) as c, pytest.raises(InternalServerError) as info:
        list_failed_events.sync(client=c)
    assert len(server.seen) == 2
    assert info.value.status_code == 503
    assert info.value.parsed == RpcStatus(code=14, message="unavailable", details=[])


def test_rate_limited_post_is_retried(server: LocalServer, clock: FakeClock) -> None:
    server.handler = _flaky(1, status=429)
    with _client(server, clock=clock) as c:
        list_failed_events.sync(client=c)
    assert [s.path for s in server.seen] == [SEARCH, SEARCH]


# -- errors ---------------------------------------------------------------------------------------

ERRORS = [
    # Z internal/api/grpc/server/middleware/auth_interceptor.go: a native status, so no "details" key
    # (Z internal/api/grpc/server/gateway.go JSONPb leaves empty lists out).
    (401, AuthenticationError, {"code": 16, "message": "auth header missing"}),
    # grpc-gateway v2.29.0 gengateway/template.go: a path value of the wrong type, no details.
    (
        400,
        BadRequestError,
        {
            "code": 3,
            "message": 'type mismatch, parameter: failed_sequence, error: strconv.ParseUint: parsing "x": invalid syntax',
        },
    ),
    (
        403,
        PermissionDeniedError,
        {
            "code": 7,
            "message": "No matching permissions found (AUTH-5mWD2)",
            "details": [{"@type": "type.googleapis.com/zitadel.v1.ErrorDetail", "id": "AUTH-5mWD2", "message": "x"}],
        },
    ),
    (404, NotFoundError, {"code": 5, "message": "Not Found"}),  # grpc-gateway runtime/errors.go routing 404
    (429, RateLimitError, {"code": 8, "message": "too many requests"}),
    (500, InternalServerError, {"code": 13, "message": "internal", "details": [{"@type": "string"}]}),
    (409, None, {"code": 6, "message": "already exists"}),  # the spec's `default` answer
]


@pytest.mark.parametrize(("status", "error", "body"), ERRORS, ids=[str(s) for s, _, _ in ERRORS])
@pytest.mark.parametrize("operation", ["list", "remove"])
def test_error_bodies_raise_their_typed_error(
    server: LocalServer, status: int, error: type[Exception] | None, body: dict[str, Any], operation: str
) -> None:
    from failtrail_zitadel import APIStatusError, ConflictError

    server.handler = lambda s: Reply(status, body)
    expected = error or ConflictError
    with _client(server, max_retries=0) as c, pytest.raises(expected) as info:
        if operation == "list":
            list_failed_events.sync(client=c)
        else:
            remove_failed_event.sync("adminapi", "iam_members", 9823759, client=c)
    raised = info.value
    assert isinstance(raised, APIStatusError)
    assert raised.status_code == status
    assert json.loads(raised.body) == body
    parsed = raised.parsed
    assert isinstance(parsed, RpcStatus)
    # Each typed field against the body itself, not against a second parse by the same code.
    assert (parsed.code, parsed.message) == (body["code"], body["message"])
    assert parsed.additional_properties == {}
    if "details" in body:
        assert isinstance(parsed.details, list)
        assert all(type(detail) is ProtobufAny for detail in parsed.details)
        assert [(d.type_, d.additional_properties) for d in parsed.details] == [
            (d["@type"], {k: v for k, v in d.items() if k != "@type"}) for d in body["details"]
        ]
    else:
        assert parsed.details is None
    assert parsed.to_dict() == body  # and back out unchanged
    assert raised.request_id is None  # ZITADEL sends no request id header
    assert PAT not in str(raised) + repr(raised)


def test_error_details_keep_their_type_and_fields(server: LocalServer) -> None:
    body = next(b for status, _, b in ERRORS if status == 403)
    server.handler = lambda s: Reply(403, body)
    with _client(server) as c, pytest.raises(PermissionDeniedError) as info:
        list_failed_events.sync(client=c)
    parsed = info.value.parsed
    assert isinstance(parsed, RpcStatus)
    assert (parsed.code, parsed.message) == (7, "No matching permissions found (AUTH-5mWD2)")
    assert isinstance(parsed.details, list)
    (detail,) = parsed.details
    assert isinstance(detail, ProtobufAny)
    assert detail.type_ == "type.googleapis.com/zitadel.v1.ErrorDetail"
    assert detail.additional_properties == {"id": "AUTH-5mWD2", "message": "x"}


def test_a_proxys_non_json_429_still_raises_the_typed_error(server: LocalServer, clock: FakeClock) -> None:
    server.handler = lambda s: Reply(429, b"<html>Too Many Requests</html>", {"Content-Type": "text/html"})
    with _client(server, clock=clock, max_retries=0) as c, pytest.raises(RateLimitError) as info:
        list_failed_events.sync(client=c)
    assert info.value.body == b"<html>Too Many Requests</html>"
    assert info.value.parsed is None


# -- OAuth client credentials ---------------------------------------------------------------------


def test_client_credentials_token_from_the_instance_root(server: LocalServer) -> None:
    def handle(seen: Seen) -> Reply:
        if seen.path == "/oauth/v2/token":
            return Reply(200, {"access_token": "oauth-token", "token_type": "Bearer", "expires_in": 43199})
        return Reply(200, DOCUMENTED)

    server.handler = handle
    with Client(server.url + "/admin/v1", client_id="svc", client_secret="svc-secret", org_id=ORG) as c:
        list_failed_events.sync(client=c)
        list_failed_events.sync(client=c)
    token_call, *calls = server.seen
    assert (token_call.method, token_call.path) == ("POST", "/oauth/v2/token")
    assert parse_qs(token_call.body.decode()) == {
        "grant_type": ["client_credentials"],
        "client_id": ["svc"],
        "client_secret": ["svc-secret"],
        "scope": ["openid urn:zitadel:iam:org:project:id:zitadel:aud"],
    }
    assert [(s.path, s.headers["authorization"]) for s in calls] == [(SEARCH, "Bearer oauth-token")] * 2


# -- secrets --------------------------------------------------------------------------------------


def test_token_never_in_a_repr_or_a_debug_log_line(server: LocalServer, caplog: pytest.LogCaptureFixture) -> None:
    server.handler = _events(EVENT)
    caplog.set_level(logging.DEBUG, logger="failtrail_zitadel")
    with _client(server, org_id=ORG) as c:
        list_failed_events.sync(client=c)
        remove_failed_event.sync("adminapi", "iam_members", 1, client=c)
        assert PAT not in repr(c) + repr(c._auth)
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("failtrail_zitadel")]
    assert any(line.startswith("request POST") for line in lines)
    assert any(line.startswith("request DELETE") for line in lines)
    assert not [line for line in lines if PAT in line]


# -- the event store (Event API) --------------------------------------------------------------------
# Routes and fields: Z (zitadel/zitadel a97999e5) proto/zitadel/admin.proto ListEvents,
# ListEventTypes, ListAggregateTypes (`body: "*"`) and ListEventsRequest; proto/zitadel/event.proto.

EVENTS = "/admin/v1/events/_search"
STORED_EVENT = {
    "editor": {"userId": "165617389845094785", "service": "zitadel"},  # no displayName: editor not found
    "aggregate": {
        "id": "165617850743094785",
        "type": {"type": "user", "localized": {"key": "AggregateTypes.user", "localizedMessage": "User"}},
        "resourceOwner": "165617850930497249",
    },
    "sequence": "18446744073709551615",
    "creationDate": "2024-04-09T11:59:32.421123Z",
    "type": {
        "type": "user.human.password.check.failed",
        "localized": {
            "key": "EventTypes.user.human.password.check.failed",
            "localizedMessage": "Password check failed",
        },
    },
}


def test_list_events_sends_the_filters_as_protojson(server: LocalServer) -> None:
    from failtrail_zitadel.api.events import list_events
    from failtrail_zitadel.models import CreationDateRange, ListEventsRequest

    server.handler = lambda s: Reply(200, {"events": [STORED_EVENT]})
    request = ListEventsRequest(
        sequence=2**64 - 1,
        limit=1000,
        asc=True,
        aggregate_id="165617850743094785",
        event_types=["user.human.password.check.failed"],
        range_=CreationDateRange(since=datetime(2024, 4, 9, tzinfo=UTC), until=datetime(2024, 4, 10, tzinfo=UTC)),
    )
    with _client(server, org_id=ORG) as c:
        list_events.sync(client=c, body=request)
    (seen,) = server.seen
    assert (seen.method, seen.path, seen.query) == ("POST", EVENTS, "")
    assert seen.headers["x-zitadel-orgid"] == ORG
    assert json.loads(seen.body) == {  # uint64 as a decimal string, lowerCamelCase names
        "sequence": "18446744073709551615",
        "limit": 1000,
        "asc": True,
        "aggregateId": "165617850743094785",
        "eventTypes": ["user.human.password.check.failed"],
        "range": {"since": "2024-04-09T00:00:00+00:00", "until": "2024-04-10T00:00:00+00:00"},
    }


def test_list_events_answer_parsed(server: LocalServer) -> None:
    from failtrail_zitadel.api.events import list_events

    payload = {"firstName": "Gigi", "lastName": "Giraffe"}
    server.handler = lambda s: Reply(200, {"events": [STORED_EVENT, {**STORED_EVENT, "payload": payload}]})
    with _client(server) as c:
        answer = list_events.sync(client=c)
    first, second = answer.events or []
    assert type(first.sequence) is int and first.sequence == 2**64 - 1
    assert first.creation_date == datetime(2024, 4, 9, 11, 59, 32, 421123, tzinfo=UTC)
    assert first.editor and first.editor.display_name is None  # Z internal/query/event.go: left out
    assert first.payload is None and second.payload and second.payload.additional_properties == payload
    assert first.type_ and first.type_.type_ == "user.human.password.check.failed"
    assert first.aggregate and first.aggregate.type_ and first.aggregate.type_.type_ == "user"
    assert answer.to_dict()["events"][0] == {**STORED_EVENT, "creationDate": "2024-04-09T11:59:32.421123+00:00"}


def test_list_events_is_one_call_even_when_the_answer_is_full(server: LocalServer) -> None:
    """Z internal/api/grpc/admin/event.go: at most 1000 events and no page token; the client must not
    pretend a full answer is everything, nor walk on its own: one request, the caller moves `from`."""
    from failtrail_zitadel.api.events import list_events

    full = [{**STORED_EVENT, "sequence": str(n)} for n in range(1, 1001)]
    server.handler = lambda s: Reply(200, {"events": full})
    with _client(server) as c:
        answer = list_events.sync(client=c)
    assert len(answer.events or []) == 1000 and len(server.seen) == 1
    assert "x-failtrail-pagination" not in str(list_events.__doc__)
    assert "no page token" in (list_events.sync.__doc__ or "")


@pytest.mark.parametrize(
    ("fields", "path", "rule"),
    [
        # admin.proto: uint32 limit; (validate.rules).string max_len 200 on the id filters
        ({"limit": -1}, "$.limit", "minimum"),
        ({"limit": 2**32}, "$.limit", "maximum"),
        ({"editor_user_id": "u" * 201}, "$.editorUserId", "maxLength"),
        ({"aggregate_id": "a" * 201}, "$.aggregateId", "maxLength"),
        ({"resource_owner": "o" * 201}, "$.resourceOwner", "maxLength"),
    ],
)
def test_list_events_filters_checked_before_sending(
    server: LocalServer, fields: dict[str, Any], path: str, rule: str
) -> None:
    from failtrail_zitadel.api.events import list_events
    from failtrail_zitadel.models import ListEventsRequest

    with _client(server) as c, pytest.raises(RequestValidationError) as info:
        list_events.sync(client=c, body=ListEventsRequest(**fields))
    assert (info.value.parameter, info.value.rule) == (path, rule)
    assert server.seen == []


def test_event_and_aggregate_types(server: LocalServer) -> None:
    from failtrail_zitadel.api.events import list_aggregate_types, list_event_types

    def handle(seen: Seen) -> Reply:
        if seen.path.endswith("/events/types/_search"):
            return Reply(200, {"eventTypes": [STORED_EVENT["type"]]})
        return Reply(200, {"aggregateTypes": [STORED_EVENT["aggregate"]["type"]]})  # type: ignore[index]

    server.handler = handle
    with _client(server) as c:
        kinds = list_event_types.sync(client=c)
        aggregates = list_aggregate_types.sync(client=c)
    # Z admin.proto: /events/types/_search and /aggregates/types/_search (not /events/aggregate_types)
    assert [(s.method, s.path, s.body) for s in server.seen] == [
        ("POST", "/admin/v1/events/types/_search", b"{}"),
        ("POST", "/admin/v1/aggregates/types/_search", b"{}"),
    ]
    (kind,) = kinds.event_types or []
    assert kind.localized and kind.localized.key == "EventTypes.user.human.password.check.failed"
    (aggregate,) = aggregates.aggregate_types or []
    assert aggregate.localized and aggregate.localized.localized_message == "User"


def test_a_validation_400_on_list_events_is_typed(server: LocalServer) -> None:
    from failtrail_zitadel.api.events import list_events

    # Z internal/api/grpc/server/middleware/validation_interceptor.go: a native status, no details
    body = {"code": 3, "message": "invalid ListEventsRequest.EventTypes: value must contain no more than 30 item(s)"}
    server.handler = lambda s: Reply(400, body)
    with _client(server) as c, pytest.raises(BadRequestError) as info:
        list_events.sync(client=c)
    assert isinstance(info.value.parsed, RpcStatus) and info.value.parsed.details is None
    assert "no more than 30 item(s)" in str(info.value)
