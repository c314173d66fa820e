"""Zuora on the wire: the exact request of a call, pre-flight refusals, compression, parsing, OAuth."""

from __future__ import annotations

import asyncio
import gzip
import platform
import threading
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qs

import httpx
import pytest
from failtrail_zuora import APIConnectionError, Client, RequestValidationError, __version__
from failtrail_zuora.api.oauth import create_token
from failtrail_zuora.api.system_health import get_system_health_api_failure_records as failures
from failtrail_zuora.models import ApiFailureRecord, ApiFailureRecordsPage, TokenRequest, TokenRequestGrantType

from tests.conftest import LocalServer, Reply, Seen, documented_example

TZ8 = timezone(timedelta(hours=8))
START = datetime(2022, 9, 22, 9, 7, tzinfo=TZ8)
END = datetime(2022, 9, 29, 9, 7, tzinfo=TZ8)
# The record from Zuora's own documented example, as curated into the spec.
RECORD = documented_example("zuora", "/system-health/api-requests/failures", "get")["data"][0]


def test_every_parameter_goes_out_exactly(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, {"data": [RECORD]}, {"Zuora-Track-Id": s.headers["zuora-track-id"]})
    with Client(server.url, token="tok-123", track_id="client-default", entity_ids="e1", org_ids=["o1", "o2"]) as c:
        response = failures.sync_detailed(
            client=c,
            start_time=START,
            end_time=END,
            page=2,
            page_size=40,
            path="/v1/accounts/{account-key}",
            http_method="POST",
            response_code="INVALID_TYPE",
            request_id="req-1",
            track_id="trk-1",
            sort="-latency",
            zuora_track_id="call-42",
        )
    seen = server.seen[0]
    assert seen.method == "GET"
    assert seen.path == "/system-health/api-requests/failures"
    assert parse_qs(seen.query) == {
        "page": ["2"],
        "pageSize": ["40"],
        "path": ["/v1/accounts/{account-key}"],
        "httpMethod": ["POST"],
        "responseCode": ["INVALID_TYPE"],
        "requestId": ["req-1"],
        "trackId": ["trk-1"],
        "sort": ["-latency"],
        "startTime": ["2022-09-22T09:07+0800"],
        "endTime": ["2022-09-29T09:07+0800"],
    }
    assert "startTime=2022-09-22T09%3A07%2B0800" in seen.query
    assert seen.headers["authorization"] == "Bearer tok-123"
    assert seen.headers["zuora-track-id"] == "call-42"  # the call's value wins over the client's
    assert seen.headers["zuora-entity-ids"] == "e1"
    assert seen.headers["zuora-org-ids"] == "o1,o2"
    assert seen.headers["accept-encoding"] == "gzip"
    assert seen.headers["accept"] == "application/json"
    assert seen.headers["user-agent"] == f"failtrail-zuora/{__version__} python/{platform.python_version()}"
    assert response.status_code == 200
    assert response.headers["Zuora-Track-Id"] == "call-42"  # the echo is readable


def test_client_level_headers_apply_when_the_call_gives_none(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, {"data": []})
    with Client(server.url, token="t", track_id="nightly", org_ids="a,b") as c:
        failures.sync(client=c, start_time=START, end_time=END)
    assert server.seen[0].headers["zuora-track-id"] == "nightly"
    assert server.seen[0].headers["zuora-org-ids"] == "a,b"
    assert "zuora-entity-ids" not in server.seen[0].headers


def test_timeout_goes_out_with_every_request_finite_by_default_and_overridable() -> None:
    sent: list[dict[str, float | None]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request.extensions["timeout"])  # what httpx's transport will actually enforce
        return httpx.Response(200, json={"data": []})

    transport = httpx.MockTransport(handle)
    with Client("http://zuora.test", token="t", transport=transport) as c:
        failures.sync(client=c, start_time=START, end_time=END)
        failures.sync(client=c, start_time=START, end_time=END, timeout=2.5)
        failures.sync(client=c, start_time=START, end_time=END, timeout=httpx.Timeout(9.0, connect=1.0))
        failures.sync(client=c, start_time=START, end_time=END)  # an override is for its call only
    with Client("http://zuora.test", token="t", timeout=7.0, transport=transport) as c:
        failures.sync(client=c, start_time=START, end_time=END)
    assert sent == [
        {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0},
        {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5},
        {"connect": 1.0, "read": 9.0, "write": 9.0, "pool": 9.0},
        {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0},
        {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0},
    ]


@pytest.mark.parametrize(
    ("track_id", "rule", "words"),
    [
        ("x" * 65, "maxLength", "at most 64 characters"),
        ("caf\u00e9", "pattern", "'\u00e9'"),
        ("a:b", "pattern", "':'"),
        ("a;b", "pattern", "';'"),
        ('a"b', "pattern", "'\"'"),
        ("a'b", "pattern", '"\'"'),
    ],
)
def test_track_id_refused_before_sending(server: LocalServer, track_id: str, rule: str, words: str) -> None:
    with Client(server.url, token="t") as c, pytest.raises(RequestValidationError) as info:
        failures.sync(client=c, start_time=START, end_time=END, zuora_track_id=track_id)
    assert info.value.parameter == "Zuora-Track-Id"
    assert info.value.rule == rule
    assert words in str(info.value)
    assert server.seen == []


def test_track_id_of_64_ascii_characters_is_fine(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, {"data": []})
    with Client(server.url, token="t") as c:
        failures.sync(client=c, start_time=START, end_time=END, zuora_track_id="x" * 64)
    assert server.seen[0].headers["zuora-track-id"] == "x" * 64


@pytest.mark.parametrize(
    ("kwargs", "parameter", "rule"),
    [
        ({"page_size": 41}, "pageSize", "maximum"),
        ({"page_size": 0}, "pageSize", "minimum"),
        ({"page": 0}, "page", "minimum"),
        ({"sort": "latency+"}, "sort", "pattern"),
        ({"sort": "-amount"}, "sort", "pattern"),  # -timestamp is fine: Zuora's samples send it
        ({"start_time": datetime(2022, 9, 22, 9, 7)}, "startTime", "timezone"),
        ({"end_time": START - timedelta(minutes=1)}, "startTime", "time-range"),
    ],
)
def test_documented_rules_are_checked_before_sending(
    server: LocalServer, kwargs: dict[str, object], parameter: str, rule: str
) -> None:
    args: dict[str, object] = {"start_time": START, "end_time": END, **kwargs}
    with Client(server.url, token="t") as c, pytest.raises(RequestValidationError) as info:
        failures.sync_detailed(client=c, **args)  # type: ignore[arg-type]
    assert (info.value.parameter, info.value.rule) == (parameter, rule)
    assert server.seen == []


def test_start_and_end_in_different_offsets_go_out_in_the_start_offset(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, {"data": []})
    with Client(server.url, token="t") as c:
        failures.sync(client=c, start_time=START, end_time=datetime(2022, 9, 29, 1, 7, tzinfo=UTC))
    assert server.seen[0].params["endTime"] == "2022-09-29T09:07+0800"


def test_offset_with_seconds_cannot_be_reconciled(server: LocalServer) -> None:
    odd = timezone(timedelta(hours=1, seconds=30))
    with Client(server.url, token="t") as c, pytest.raises(RequestValidationError) as info:
        failures.sync(client=c, start_time=START.astimezone(odd), end_time=END)
    assert info.value.rule == "timezone"


def test_response_parsed_into_models_with_every_field(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, {"data": [RECORD], "nextPage": "/x?page=2"}, {"X-Gzip": "1"})
    with Client(server.url, token="t") as c:
        page = failures.sync(client=c, start_time=START, end_time=END).first_page
    assert page == ApiFailureRecordsPage(
        data=[
            ApiFailureRecord(
                timestamp=datetime(2025, 1, 19, 6, 43, 51, tzinfo=UTC),
                tracing_identifier=None,
                latency=104,
                ip="52.36.201.144",
                response_body='{"size":0,"records":[],"done":true}',
                http_method="GET",
                request_body="",
                user_id="2c92a0fd56368ec20156445b4a79554d",
                track_id=None,
                request_path="/v1/object/invoice/2c92c8fb7d37d586017d3c28f6925850",
                http_status="404",
                zuora_response_code="NOT_FOUND",
                api="/v1/object/invoice/{id}",
                request_id="42a18d47-9759-447c-ad57-79aa633487c9",
                user_agent="Apache-HttpClient/4.5 (Java/1.8.0_342)",
                status="Error",
            )
        ],
        next_page="/x?page=2",
    )


def test_request_body_compressed_and_the_server_gets_the_original(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, {"access_token": "a", "expires_in": 3599})
    body = TokenRequest(
        client_id="id" * 300, client_secret="s3cret", grant_type=TokenRequestGrantType.CLIENT_CREDENTIALS
    )
    with Client(server.url, token="t", compress_requests=True, compress_threshold=100) as c:
        create_token.sync(client=c, body=body)
    seen = server.seen[0]
    assert seen.headers["content-encoding"] == "gzip"
    assert parse_qs(gzip.decompress(seen.body).decode()) == {
        "client_id": ["id" * 300],
        "client_secret": ["s3cret"],
        "grant_type": ["client_credentials"],
    }


def test_small_bodies_are_not_compressed(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, {"access_token": "a"})
    body = TokenRequest(client_id="i", client_secret="s", grant_type=TokenRequestGrantType.CLIENT_CREDENTIALS)
    with Client(server.url, token="t", compress_requests=True, compress_threshold=1000) as c:
        create_token.sync(client=c, body=body)
    assert "content-encoding" not in server.seen[0].headers
    assert parse_qs(server.seen[0].body.decode())["client_id"] == ["i"]


def _oauth_server(server: LocalServer, *, expires_in: object = 3599) -> None:
    count = {"n": 0}

    def handle(seen: Seen) -> Reply:
        if seen.path == "/oauth/token":
            count["n"] += 1
            return Reply(200, {"access_token": f"tok{count['n']}", "token_type": "bearer", "expires_in": expires_in})
        if seen.headers.get("authorization") != f"Bearer tok{count['n']}":
            return Reply(401, {"success": False, "reasons": [{"code": 90000011, "message": "expired"}]})
        return Reply(200, {"data": []})

    server.handler = handle


def test_oauth_token_fetched_once_and_reused(server: LocalServer) -> None:
    _oauth_server(server)
    with Client(server.url, client_id="cid", client_secret="csecret") as c:
        for _ in range(3):
            failures.sync(client=c, start_time=START, end_time=END)
    token_calls = [s for s in server.seen if s.path == "/oauth/token"]
    assert len(token_calls) == 1
    assert parse_qs(token_calls[0].body.decode()) == {
        "grant_type": ["client_credentials"],
        "client_id": ["cid"],
        "client_secret": ["csecret"],
    }
    assert token_calls[0].headers["content-type"] == "application/x-www-form-urlencoded"
    assert [s.headers["authorization"] for s in server.seen if s.path != "/oauth/token"] == ["Bearer tok1"] * 3


@pytest.mark.parametrize("expires_in", ["3599", True, [60]])
def test_a_token_lifetime_of_another_type_than_the_spec_says_is_refused(
    server: LocalServer, expires_in: object
) -> None:
    # Zuora's spec has expires_in as a JSON number (Citrix's says string: tests/citrix).
    _oauth_server(server, expires_in=expires_in)
    with Client(server.url, client_id="cid", client_secret="csecret") as c, pytest.raises(APIConnectionError) as info:
        failures.sync(client=c, start_time=START, end_time=END)
    assert "unreadable" in str(info.value) and "csecret" not in str(info.value)
    assert [s.path for s in server.seen] == ["/oauth/token"]  # nothing sent with a token it could not time


def test_one_token_request_when_many_threads_start_at_once(server: LocalServer) -> None:
    _oauth_server(server)
    with Client(server.url, client_id="cid", client_secret="csecret") as c:
        threads = [
            threading.Thread(target=failures.sync, kwargs={"client": c, "start_time": START, "end_time": END})
            for _ in range(8)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len([s for s in server.seen if s.path == "/oauth/token"]) == 1
    assert len(server.seen) == 9


async def test_one_token_request_when_many_tasks_start_at_once(server: LocalServer) -> None:
    _oauth_server(server)
    async with Client(server.url, client_id="cid", client_secret="csecret") as c:
        await asyncio.gather(*(failures.asyncio(client=c, start_time=START, end_time=END) for _ in range(8)))
    assert len([s for s in server.seen if s.path == "/oauth/token"]) == 1


def test_token_renewed_once_on_401(server: LocalServer) -> None:
    _oauth_server(server)
    with Client(server.url, client_id="cid", client_secret="csecret") as c:
        failures.sync(client=c, start_time=START, end_time=END)
        # Another process rotated the token: the server now only knows tok2.
        server.seen.clear()
        server.handler = _rotating(server)
        failures.sync(client=c, start_time=START, end_time=END)
    assert [s.path for s in server.seen] == [
        "/system-health/api-requests/failures",
        "/oauth/token",
        "/system-health/api-requests/failures",
    ]


def _rotating(server: LocalServer):  # type: ignore[no-untyped-def]
    def handle(seen: Seen) -> Reply:
        if seen.path == "/oauth/token":
            return Reply(200, {"access_token": "tok2", "expires_in": 3599})
        if seen.headers.get("authorization") != "Bearer tok2":
            return Reply(401, {"success": False})
        return Reply(200, {"data": []})

    return handle


def test_token_renewed_before_it_expires(server: LocalServer) -> None:
    _oauth_server(server, expires_in=30)  # inside the 60 s safety margin: every call needs a new one
    with Client(server.url, client_id="cid", client_secret="csecret") as c:
        failures.sync(client=c, start_time=START, end_time=END)
        failures.sync(client=c, start_time=START, end_time=END)
    assert len([s for s in server.seen if s.path == "/oauth/token"]) == 2


def test_secrets_never_in_repr() -> None:
    c = Client("http://x", client_id="cid", client_secret="csecret-value")
    assert "csecret-value" not in repr(c)
    assert "csecret-value" not in repr(c._auth)
    t = Client("http://x", token="tok-value")
    assert "tok-value" not in repr(t) + repr(t._auth)
    body = TokenRequest(
        client_id="i", client_secret="csecret-value", grant_type=TokenRequestGrantType.CLIENT_CREDENTIALS
    )
    assert "csecret-value" not in repr(body)
