"""What every generated package does: pagination, retries, typed errors, tolerant parsing, redaction."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
import respx
from failtrail_citrix import Client as CitrixClient
from failtrail_citrix.api.systemlog import get_records
from failtrail_core._decode import OneOf
from failtrail_vinyldns import Client as VinylClient
from failtrail_vinyldns import DecodeError as VinylDecodeError
from failtrail_vinyldns.api.recordsets import list_record_set_change_failures as rs_failures
from failtrail_vinyldns.models import AData, MXData, RecordSet, UnknownRecordData
from failtrail_zitadel import Client as ZitadelClient
from failtrail_zitadel.api.admin import list_failed_events
from failtrail_zuora import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    Client,
    Cursor,
    DecodeError,
    FailtrailError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    ResponseTooLargeError,
)
from failtrail_zuora.api.oauth import create_token
from failtrail_zuora.api.system_health import get_system_health_api_failure_records as failures
from failtrail_zuora.models import ApiFailureRecord, SystemHealthError, TokenRequest, TokenRequestGrantType

from tests.conftest import FakeClock, LocalServer, Reply, Seen

TZ8 = timezone(timedelta(hours=8))
START = datetime(2022, 9, 22, 9, 7, tzinfo=TZ8)
END = datetime(2022, 9, 29, 9, 7, tzinfo=TZ8)


def _zuora_pages(total: int) -> Any:
    def handle(seen: Seen) -> Reply:
        page, size = int(seen.params.get("page", 1)), int(seen.params.get("pageSize", 20))
        rows = [
            {"timestamp": f"2025-01-19T06:{i // 60:02d}:{i % 60:02d}Z", "request_id": f"r{i}"}
            for i in range((page - 1) * size, min(page * size, total))
        ]
        body: dict[str, Any] = {"data": rows}
        if page * size < total:
            body["nextPage"] = f"/system-health/api-requests/failures?page={page + 1}"
        return Reply(200, body)

    return handle


# -- pagination ---------------------------------------------------------------------------------


@pytest.mark.parametrize("prefetch", [1, 3])
def test_page_scheme_walks_every_page_in_order(server: LocalServer, prefetch: int) -> None:
    server.handler = _zuora_pages(95)
    with Client(server.url, token="t") as c:
        ids = [
            r.request_id
            for r in failures.sync(client=c, start_time=START, end_time=END, page_size=20, prefetch=prefetch)
        ]
    assert ids == [f"r{i}" for i in range(95)]
    asked = sorted(int(s.params["page"]) for s in server.seen)
    assert asked[:5] == [1, 2, 3, 4, 5]
    assert len(asked) <= 5 + prefetch - 1  # bounded look-ahead past the end


@pytest.mark.parametrize("asynchronous", [False, True])
async def test_a_walk_that_fits_in_one_page_sends_one_request_whatever_the_prefetch(
    server: LocalServer, asynchronous: bool
) -> None:
    server.handler = _zuora_pages(7)
    async with Client(server.url, token="t") as c:
        kwargs: dict[str, Any] = {"client": c, "start_time": START, "end_time": END, "page_size": 20, "prefetch": 4}
        if asynchronous:
            ids = [r.request_id async for r in failures.asyncio(**kwargs)]
        else:
            ids = [r.request_id for r in failures.sync(**kwargs)]
    assert ids == [f"r{i}" for i in range(7)]
    assert [s.params["page"] for s in server.seen] == ["1"]


async def test_page_scheme_async_with_prefetch(server: LocalServer) -> None:
    server.handler = _zuora_pages(61)
    async with Client(server.url, token="t") as c:
        pager = failures.asyncio(client=c, start_time=START, end_time=END, page_size=20, prefetch=3)
        ids = [r.request_id async for r in pager]
    assert ids == [f"r{i}" for i in range(61)]
    assert pager.cursor is None


def test_resume_from_a_cursor_loses_and_repeats_nothing(server: LocalServer) -> None:
    server.handler = _zuora_pages(50)
    with Client(server.url, token="t") as c:
        first = failures.sync(client=c, start_time=START, end_time=END, page_size=20)
        got: list[str] = []
        for record in first:
            got.append(str(record.request_id))
            if len(got) == 27:  # interrupted in the middle of page 2
                break
        token = str(first.cursor)
        rest = failures.sync(client=c, start_time=START, end_time=END, page_size=20, cursor=token)
        got += [str(r.request_id) for r in rest]
    assert got == [f"r{i}" for i in range(50)]
    assert Cursor.parse(token) == Cursor(2, 7)


def test_pages_gives_pages_and_a_cursor(server: LocalServer) -> None:
    server.handler = _zuora_pages(45)
    with Client(server.url, token="t") as c:
        pages = failures.sync(client=c, start_time=START, end_time=END, page_size=20).pages()
        sizes = []
        for page in pages:
            sizes.append(len(page.data))
            if len(sizes) == 1:
                assert pages.cursor == Cursor(2, 0)
    assert sizes == [20, 20, 5]
    assert pages.cursor is None


def _citrix_router(total: int) -> respx.Router:
    router = respx.Router(base_url="https://api-us.cloud.com", assert_all_called=False)

    def handle(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("ContinuationToken", "0") or 0)
        limit = int(request.url.params.get("Limit", "50"))
        items = [
            {"UtcTimestamp": "2020-07-20T14:26:59.6103585Z", "EventType": "x", "RecordId": str(i)}
            for i in range(offset, min(offset + limit, total))
        ]
        body: dict[str, Any] = {"Items": items, "Count": len(items), "EstimatedTotalItems": total}
        if offset + limit < total:
            body["ContinuationToken"] = str(offset + limit)
        return httpx.Response(200, json=body, headers={"Citrix-TransactionId": "tx-1"})

    router.get("/systemlog/records").mock(side_effect=handle)
    return router


def test_cursor_scheme_walks_every_page_sync_and_resumes() -> None:
    router = _citrix_router(120)
    transport = httpx.MockTransport(router.handler)
    with CitrixClient("https://api-us.cloud.com", token="t", customer_id="acme", transport=transport) as c:
        walk = get_records.sync(client=c, limit=50)
        got = []
        for rec in walk:
            got.append(rec.record_id)
            if len(got) == 60:
                break
        got += [r.record_id for r in get_records.sync(client=c, limit=50, cursor=walk.cursor)]
    assert got == [str(i) for i in range(120)]
    sent = [r.request for r in router.calls]
    assert sent[0].headers["Authorization"] == "CwsAuth Bearer=t"
    assert sent[0].headers["Citrix-CustomerId"] == "acme"
    assert "ContinuationToken" not in sent[0].url.params


async def test_cursor_scheme_async() -> None:
    router = _citrix_router(130)
    transport = httpx.MockTransport(router.async_handler)
    async with CitrixClient("https://api-us.cloud.com", token="t", customer_id="acme", async_transport=transport) as c:
        got = [r.record_id async for r in get_records.asyncio(client=c, limit=50)]
    assert got == [str(i) for i in range(130)]


def _vinyl_router(total: int, *, end_with_zero: bool) -> respx.Router:
    router = respx.Router(base_url="http://vinyl", assert_all_called=False)

    def handle(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("startFrom", "0"))
        size = int(request.url.params.get("maxItems", "100"))
        changes = [
            {
                "zone": {"name": "ok.", "id": "z1"},
                "recordSet": {
                    "type": "A",
                    "zoneId": "z1",
                    "name": f"n{i}",
                    "id": f"rs{i}",
                    "records": [{"address": "1.2.3.4"}],
                },
                "changeType": "Create",
                "status": "Failed",
                "created": "2023-09-28T16:44:47Z",
                "id": f"c{i}",
            }
            for i in range(start, min(start + size, total))
        ]
        body: dict[str, Any] = {"failedRecordSetChanges": changes, "maxItems": size, "startFrom": start}
        if start + size < total:
            body["nextId"] = start + size
        elif end_with_zero:
            body["nextId"] = 0
        return httpx.Response(200, json=body)

    router.get(url__regex=r"/metrics/health/zones/z1/recordsetchangesfailure").mock(side_effect=handle)
    return router


@pytest.mark.parametrize("end_with_zero", [False, True])
def test_offset_scheme_ends_on_missing_or_zero_next_id(end_with_zero: bool) -> None:
    router = _vinyl_router(250, end_with_zero=end_with_zero)
    with VinylClient(
        "http://vinyl", access_key="AK", secret_key="SK", transport=httpx.MockTransport(router.handler)
    ) as c:
        ids = [ch.id for ch in rs_failures.sync("z1", client=c, max_items=100)]
    assert ids == [f"c{i}" for i in range(250)]
    assert [r.request.url.params.get("startFrom") for r in router.calls] == [None, "100", "200"]


# -- retries ------------------------------------------------------------------------------------


def test_retry_after_seconds_honoured_and_same_request_resent(server: LocalServer, clock: FakeClock) -> None:
    replies = [Reply(429, {"code": "REQUEST_EXCEEDED_LIMIT"}, {"Retry-After": "3"}), Reply(200, {"data": []})]
    server.handler = lambda s: replies.pop(0)
    with Client(server.url, token="t", clock=clock) as c:
        failures.sync(client=c, start_time=START, end_time=END, zuora_track_id="same")
    assert clock.sleeps == [3.0]
    assert [s.headers["zuora-track-id"] for s in server.seen] == ["same", "same"]
    assert server.seen[0].query == server.seen[1].query


def test_retry_after_http_date_and_ratelimit_reset(server: LocalServer, clock: FakeClock) -> None:
    when = format_datetime(datetime.fromtimestamp(clock.now + 7, UTC), usegmt=True)
    replies = [
        Reply(503, {}, {"Retry-After": when}),
        Reply(429, {"code": "REQUEST_EXCEEDED_LIMIT"}, {"RateLimit-Reset": "5"}),
        Reply(200, {"data": []}),
    ]
    server.handler = lambda s: replies.pop(0)
    with Client(server.url, token="t", clock=clock) as c:
        failures.sync(client=c, start_time=START, end_time=END)
    assert clock.sleeps == [7.0, 5.0]


def test_backoff_is_exponential_with_jitter_then_gives_up(server: LocalServer, clock: FakeClock) -> None:
    server.handler = lambda s: Reply(502, {"message": "bad gateway"}, {"Zuora-Request-Id": "zr-1"})
    with Client(server.url, token="t", clock=clock, max_retries=3) as c, pytest.raises(InternalServerError) as info:
        failures.sync(client=c, start_time=START, end_time=END)
    assert len(server.seen) == 4
    for delay, base in zip(clock.sleeps, [0.5, 1.0, 2.0], strict=True):
        assert 0.75 * base <= delay <= base
    assert info.value.status_code == 502 and info.value.request_id == "zr-1"


def test_max_retries_per_call(server: LocalServer, clock: FakeClock) -> None:
    server.handler = lambda s: Reply(500, {})
    with Client(server.url, token="t", clock=clock) as c, pytest.raises(InternalServerError):
        failures.sync(client=c, start_time=START, end_time=END, max_retries=0)
    assert len(server.seen) == 1


def test_post_is_not_retried_unless_the_spec_says_so(server: LocalServer, clock: FakeClock) -> None:
    server.handler = lambda s: Reply(503, {})
    body = TokenRequest(client_id="i", client_secret="s", grant_type=TokenRequestGrantType.CLIENT_CREDENTIALS)
    with Client(server.url, token="t", clock=clock) as c, pytest.raises(InternalServerError):
        create_token.sync(client=c, body=body)
    assert len(server.seen) == 1


def test_retry_safe_post_is_retried(server: LocalServer, clock: FakeClock) -> None:
    replies = [Reply(503, {}), Reply(200, {"result": []})]
    server.handler = lambda s: replies.pop(0)
    with ZitadelClient(server.url + "/admin/v1", token="pat", clock=clock) as c:
        list_failed_events.sync(client=c)
    assert [s.method for s in server.seen] == ["POST", "POST"]
    assert server.seen[0].body == server.seen[1].body == b"{}"


def test_connection_errors_retried_then_typed() -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        raise httpx.ConnectError("refused", request=request)

    c = Client("http://zuora", token="t", transport=httpx.MockTransport(handler), clock=FakeClock())
    with pytest.raises(APIConnectionError):
        failures.sync(client=c, start_time=START, end_time=END)
    assert calls["n"] == 3


# -- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, InternalServerError),
    ],
)
def test_each_status_raises_its_class_with_the_body(server: LocalServer, status: int, error: type[Exception]) -> None:
    body = {"timestamp": "t", "status": status, "error": "Bad", "message": "startTime is invalid", "path": "/p"}
    server.handler = lambda s: Reply(status, body, {"Zuora-Request-Id": "zr-9"})
    with Client(server.url, token="t", max_retries=0) as c, pytest.raises(error) as info:
        failures.sync(client=c, start_time=START, end_time=END)
    exc: Any = info.value
    assert exc.status_code == status
    assert exc.request_id == "zr-9"
    assert b"startTime is invalid" in exc.body
    if status == 400:
        assert isinstance(exc.parsed, SystemHealthError) and exc.parsed.message == "startTime is invalid"
        assert "startTime is invalid" in str(exc)


@pytest.mark.parametrize(
    ("body", "path"),
    [
        (b"<html>oops</html>", "$"),
        (b'{"data": [{"timestamp": "2025-01-19T06:43:51Z"', "$"),
        (b'{"data": [{"timestamp": "2025-01-19T06:43:51Z", "latency": "fast"}]}', "$.data[0].latency"),
        (b'{"data": [{"api": "/x"}]}', "$.data[0].timestamp"),
        (
            b'{"data": [{"timestamp": "2025-01-19T06:43:51Z"}, {"timestamp": "2025-01-19T06:43:52Z", "ip": true}]}',
            "$.data[1].ip",
        ),
        (b'{"data": [{"timestamp": null}]}', "$.data[0].timestamp"),
        (b'{"nope": 1}', "$.data"),
        (b"[]", "$"),
    ],
)
def test_bad_bodies_raise_parse_errors_naming_the_field(server: LocalServer, body: bytes, path: str) -> None:
    server.handler = lambda s: Reply(200, body)
    with Client(server.url, token="t") as c, pytest.raises(ResponseParseError) as info:
        failures.sync(client=c, start_time=START, end_time=END, strict=True)
    assert info.value.path == path
    assert info.value.body == body
    assert info.value.status_code == 200


def test_error_body_of_another_shape_still_gives_the_typed_error(server: LocalServer) -> None:
    server.handler = lambda s: Reply(400, b"upstream said no", {"Content-Type": "text/plain"})
    with Client(server.url, token="t") as c, pytest.raises(BadRequestError) as info:
        failures.sync(client=c, start_time=START, end_time=END)
    assert info.value.parsed is None and info.value.body == b"upstream said no"


def test_detailed_keeps_the_raw_response(server: LocalServer) -> None:
    server.handler = lambda s: Reply(400, {"message": "bad"}, {"Zuora-Request-Id": "zr-2"})
    with Client(server.url, token="t") as c:
        response = failures.sync_detailed(client=c, start_time=START, end_time=END)
    assert response.status_code == 400 and response.request_id == "zr-2"
    assert response.parsed is None and not response.is_success  # parsed holds only a success model
    assert isinstance(response.error, SystemHealthError) and response.error.message == "bad"
    assert response.content == b'{"message": "bad"}'


def test_decompressed_body_past_the_cap_is_refused(server: LocalServer) -> None:
    big = {"data": [{"timestamp": "2025-01-19T06:43:51Z", "request_body": "x" * 200_000}]}
    server.handler = lambda s: Reply(200, big, {"X-Gzip": "1"})
    with Client(server.url, token="t", max_response_bytes=100_000) as c, pytest.raises(ResponseTooLargeError):
        failures.sync(client=c, start_time=START, end_time=END)


# -- tolerant parsing ---------------------------------------------------------------------------


def test_unknown_enum_values_and_fields_are_kept() -> None:
    router = _vinyl_router(1, end_with_zero=False)
    original = router.routes[0].side_effect

    def handle(request: httpx.Request) -> httpx.Response:
        data = original(request).json()  # type: ignore[misc]
        data["failedRecordSetChanges"][0]["status"] = "PartiallyFailed"
        data["failedRecordSetChanges"][0]["newField"] = {"a": 1}
        return httpx.Response(200, json=data)

    router.routes[0].side_effect = handle
    with VinylClient(
        "http://vinyl", access_key="AK", secret_key="SK", transport=httpx.MockTransport(router.handler)
    ) as c:
        change = next(iter(rs_failures.sync("z1", client=c)))
    assert change.status == "PartiallyFailed" and type(change.status) is str  # kept as a plain str, not an enum member
    assert change.additional_properties == {"newField": {"a": 1}}
    assert change.to_dict()["status"] == "PartiallyFailed"


def test_missing_fields_are_none_and_the_parse_equals_the_constructor() -> None:
    parsed = ApiFailureRecord.from_dict({"timestamp": "2025-01-19T06:43:51+08:00", "track_id": None, "latency": 7})
    built = ApiFailureRecord(timestamp=datetime(2025, 1, 19, 6, 43, 51, tzinfo=TZ8), track_id=None, latency=7)
    assert parsed == built and parsed.status is None and parsed.track_id is None
    assert parsed.additional_properties == {} and parsed.to_dict() == built.to_dict()
    # Absent and null both read as None, and to_dict() leaves a None optional field out.
    assert parsed.to_dict() == {"timestamp": "2025-01-19T06:43:51+08:00", "latency": 7}


def test_a_oneof_picks_each_objects_shape_by_its_fields_however_often_the_keys_repeat() -> None:
    base = {"type": "A", "zoneId": "z", "name": "www", "id": "rs1", "ttl": 300}
    records = [{"address": "10.0.0.1"}, {"preference": 10, "exchange": "mx."}, {"address": "10.0.0.2"}, {"x": 1}]
    for _ in range(2):  # the second time, the shapes come from what the first pass worked out
        parsed = RecordSet.from_dict({**base, "records": records}).records
        assert parsed == [AData(address="10.0.0.1"), MXData(preference=10, exchange="mx."), AData(address="10.0.0.2"),
                          UnknownRecordData.from_dict({"x": 1})]  # fmt: skip
        assert isinstance(parsed, list) and parsed[3].additional_properties == {"x": 1}  # type: ignore[union-attr]


def test_a_oneof_object_whose_fields_have_the_wrong_types_falls_to_the_catch_all_shape() -> None:
    bad_mx = {"preference": "high", "exchange": "mx."}  # MX's fields, but preference must be an integer
    base = {"type": "MX", "zoneId": "z", "name": "m", "id": "rs2", "ttl": 1}
    (parsed,) = RecordSet.from_dict({**base, "records": [bad_mx]}).records  # type: ignore[misc]
    assert type(parsed) is UnknownRecordData and parsed.additional_properties == bad_mx
    assert not isinstance(parsed, MXData)


def test_a_oneof_that_no_shape_fits_raises_the_last_shapes_error_under_its_path() -> None:
    shapes = OneOf((AData, MXData))  # no catch-all shape here
    with pytest.raises(VinylDecodeError) as info:
        shapes.parse({"preference": "high", "exchange": "mx."}, "$.records[0]")
    assert info.value.path == "$.records[0].preference"
    assert shapes.parse({"address": "10.0.0.1"}, "$") == AData(address="10.0.0.1")


def test_a_oneofs_memory_of_key_sets_stays_bounded() -> None:
    shapes = OneOf((AData, UnknownRecordData))
    for n in range(1000):  # an API sending ever-new keys
        assert type(shapes.parse({f"key{n}": n}, "$")) is UnknownRecordData
    assert len(shapes._fitting) <= 256


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"track_id": {"id": 5}}, "$.track_id: expected string or null, got object"),
        ({"latency": True}, "$.latency: expected integer, got boolean"),
        ({"status": ["Error"]}, "$.status: expected string, got array"),
    ],
)
def test_wrong_types_name_the_field_and_both_types(record: dict[str, Any], message: str) -> None:
    with pytest.raises(DecodeError) as info:
        ApiFailureRecord.from_dict({"timestamp": "2025-01-19T06:43:51Z", **record})
    assert str(info.value) == message and isinstance(info.value, FailtrailError)


def test_null_in_an_optional_field_reads_as_absent() -> None:
    # Its type is `int | None` either way: a vendor that writes null where it could leave the field out
    # loses no record for it.
    record = ApiFailureRecord.from_dict({"timestamp": "2025-01-19T06:43:51Z", "latency": None, "api": None})
    assert (record.latency, record.api) == (None, None)
    assert record.additional_properties == {} and record.to_dict() == {"timestamp": "2025-01-19T06:43:51+00:00"}


def test_lossless_type_drift_is_read_not_refused() -> None:
    record = ApiFailureRecord.from_dict({"timestamp": "2025-01-19T06:43:51Z", "track_id": 5, "latency": "120"})
    assert (record.track_id, record.latency) == ("5", 120)


# -- safety -------------------------------------------------------------------------------------


def test_debug_log_redacts_secrets(server: LocalServer, caplog: pytest.LogCaptureFixture) -> None:
    def handle(seen: Seen) -> Reply:
        if seen.path == "/oauth/token":
            return Reply(200, {"access_token": "ACCESS-TOKEN-VALUE", "expires_in": 3599})
        return Reply(200, {"data": []}, {"Zuora-Track-Id": "trk", "Set-Cookie": "session=COOKIE-VALUE"})

    server.handler = handle
    caplog.set_level(logging.DEBUG, logger="failtrail_zuora")
    with Client(server.url, client_id="cid", client_secret="CLIENT-SECRET-VALUE", track_id="trk") as c:
        failures.sync(client=c, start_time=START, end_time=END)
    text = caplog.text
    assert "request GET" in text and "status=200" in text and "'zuora-track-id': 'trk'" in text
    for secret in ("ACCESS-TOKEN-VALUE", "CLIENT-SECRET-VALUE", "COOKIE-VALUE"):
        assert secret not in text
    assert "<redacted>" in text


def test_logging_is_off_by_default(
    server: LocalServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.handler = lambda s: Reply(200, {"data": []})
    monkeypatch.delenv("FAILTRAIL_LOG", raising=False)
    # The capture handler takes everything; no logger's level is touched, so whatever the package's
    # logger lets through on its own (a DEBUG request line, if it were on) is seen here.
    caplog.handler.setLevel(logging.DEBUG)
    with Client(server.url, token="t") as c:
        failures.sync(client=c, start_time=START, end_time=END)
    assert len(server.seen) == 1  # the request did go out
    assert not [r for r in caplog.records if r.name.partition(".")[0] == "failtrail_zuora"]


def test_zone_connection_key_never_in_repr() -> None:
    from failtrail_vinyldns.models import ZoneConnection

    conn = ZoneConnection.from_dict(
        {"name": "ok.", "keyName": "vinyldns.", "key": "OBF:1:SECRETKEY", "primaryServer": "1.2.3.4"}
    )
    assert conn.key == "OBF:1:SECRETKEY"
    assert "SECRETKEY" not in repr(conn)
