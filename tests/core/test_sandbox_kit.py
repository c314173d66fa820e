"""The sandbox kit itself (failtrail_core.sandbox), with a vendor-less sandbox: fault rules, routing, the
server on a socket, the in-process transport, tokens, the seeding and paging helpers."""

from __future__ import annotations

import random
import socket
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from failtrail_core import sandbox as core
from failtrail_core.sandbox import _cli, _server

from tests.sandboxes.fault_checks import recorded_sleeps


class Echo(core.Sandbox):
    """A vendor-less sandbox: /items/{id} echoes the id, POST /items the body size; /big and /empty."""

    def __init__(self) -> None:
        super().__init__()
        self.router.add("GET", "/items/{id}", lambda request, params: core.json_response(200, params))
        self.router.add(
            "POST", "/items", lambda request, params: core.json_response(201, {"size": len(request.content)})
        )
        self.router.add("GET", "/big", lambda request, params: core.json_response(200, {"text": "x" * 2000}))
        self.router.add("GET", "/empty", lambda request, params: httpx.Response(200))


def statuses(sandbox: Echo, paths: list[str]) -> list[int]:
    with httpx.Client(base_url="http://echo.test", transport=sandbox.transport()) as client:
        return [client.get(path).status_code for path in paths]


def test_every_nth_path_query_and_times() -> None:
    sandbox = Echo()
    sandbox.add_fault("status", every=2, status=500)
    assert statuses(sandbox, ["/items/a"] * 5) == [200, 500, 200, 500, 200]
    sandbox.clear_faults()
    sandbox.add_fault("status", nth=3, status=502)
    assert statuses(sandbox, ["/items/a"] * 4) == [200, 200, 502, 200]
    sandbox.clear_faults()
    sandbox.add_fault("status", path="/items/b", times=2, status=429)
    assert statuses(sandbox, ["/items/a", "/items/b", "/items/b", "/items/b"]) == [200, 429, 429, 200]
    sandbox.clear_faults()
    sandbox.add_fault(core.FaultRule("status", query={"page": 2}, status=503))
    assert statuses(sandbox, ["/items/a?page=1", "/items/a?page=2"]) == [200, 503]
    assert sandbox.request_count == 15 and len(sandbox.requests) == 15


def test_rules_count_only_the_requests_they_match() -> None:
    sandbox = Echo()
    first = sandbox.add_fault("status", nth=2, status=502)
    second = sandbox.add_fault("status", path="/items/b", every=2, status=500)
    assert statuses(sandbox, ["/items/a", "/items/b", "/items/a", "/items/b"]) == [200, 502, 200, 500]
    assert (first.seen, first.fired, second.seen, second.fired) == (4, 1, 2, 1)
    sandbox.clear_faults()
    shadowed = sandbox.add_fault("status", nth=1, status=500), sandbox.add_fault("status", nth=1, status=503)
    assert statuses(sandbox, ["/items/a", "/items/a"]) == [500, 200]
    assert [rule.fired for rule in shadowed] == [1, 0]


def test_rules_are_checked() -> None:
    kind: Any = "explode"  # a typo a type checker would catch; the rule checks it at run time too
    with pytest.raises(ValueError, match="unknown fault kind"):
        core.FaultRule(kind)
    with pytest.raises(ValueError, match="every"):
        core.FaultRule("status", every=0)


def test_404_405_and_recorded_requests_are_bounded() -> None:
    sandbox = Echo()
    sandbox.max_recorded = 3
    assert statuses(sandbox, ["/nothing", "/items/a", "/items/b", "/items/c"]) == [404, 200, 200, 200]
    with httpx.Client(base_url="http://echo.test", transport=sandbox.transport()) as client:
        refused = client.delete("/items/a")
    assert refused.status_code == 405 and refused.headers["Allow"] == "GET"
    assert [r.url.path for r in sandbox.requests] == ["/items/b", "/items/c", "/items/a"]


def test_the_server_reads_chunked_bodies_and_keeps_connections() -> None:
    sandbox = Echo()
    with sandbox.serve() as server, httpx.Client(base_url=server.url) as client:
        chunked = client.post("/items", content=iter([b"abc", b"defg"]))
        assert (chunked.status_code, chunked.json()) == (201, {"size": 7})
        assert client.get("/items/x%2Fy").json() == {"id": "x/y"}
        assert client.head("/items/a").status_code == 200


def test_latency_adds_to_a_slow_answer() -> None:
    sandbox = Echo()
    sandbox.add_fault("latency", delay=0.05)
    sandbox.add_fault("slow", nth=1, delay=0.25)
    with recorded_sleeps(real=False) as delays:
        assert statuses(sandbox, ["/items/a", "/items/a"]) == [200, 200]
    assert delays == [0.3, 0.05]  # one sleep per request: the latency, plus the slow answer's delay once


def test_a_delay_past_the_read_timeout_sleeps_the_timeout() -> None:
    sandbox = Echo()
    sandbox.add_fault("slow", delay=5.0)
    client = httpx.Client(transport=sandbox.transport(), timeout=0.2)
    with recorded_sleeps(real=False) as delays, client, pytest.raises(httpx.ReadTimeout):
        client.get("http://echo.test/items/a")
    assert delays == [0.2]


@pytest.mark.parametrize(
    ("accept", "gzipped"),
    [("gzip", True), ("br, gzip;q=0.5", True), ("gzip;q=0", False), ("GZIP; Q=0.0", False), ("br", False)],
)
def test_gzip_follows_accept_encoding(accept: str, gzipped: bool) -> None:
    with httpx.Client(base_url="http://echo.test", transport=Echo().transport()) as client:
        answer = client.get("/big", headers={"Accept-Encoding": accept})
    assert ("Content-Encoding" in answer.headers) is gzipped and len(answer.json()["text"]) == 2000


def test_even_an_empty_body_can_be_truncated() -> None:
    sandbox = Echo()
    sandbox.add_fault("truncate", path="/empty")
    with sandbox.serve() as server:
        for client in (httpx.Client(base_url=server.url), httpx.Client(transport=sandbox.transport())):
            with client, pytest.raises(httpx.RemoteProtocolError, match="received 0 bytes, expected 1"):
                client.get(f"{server.url}/empty")


@pytest.mark.parametrize(
    ("header", "names", "allowed"),
    [
        ("application/json", ("application/json",), True),
        ("text/html, application/*;q=0.2", ("application/json", "application/*", "*/*"), True),
        ("application/json;q=0", ("application/json", "*/*"), False),
        ("application/json; q=0.0, */*", ("application/json", "*/*"), False),  # the most specific match decides
        ("*/*;q=0, application/json", ("application/json", "*/*"), True),
        ("application/json;q=zero", ("application/json",), False),
        ("application/json;charset=utf-8", ("application/json",), True),
        ("", ("*/*",), False),
        (None, ("gzip",), False),
    ],
)
def test_accepts_reads_q_values(header: str | None, names: tuple[str, ...], allowed: bool) -> None:
    assert core.accepts(header, *names) is allowed


def test_int_param_leaves_the_refusal_to_the_vendor() -> None:
    refusals: list[core.BadInt] = []

    def refuse(bad: core.BadInt) -> httpx.Response:
        refusals.append(bad)
        return core.text_response(400, "no")

    request = httpx.Request("GET", "http://echo.test/items?size=7&page=x&low=0")
    assert core.int_param(request, "size", 10, 1, 10, refuse) == 7
    assert core.int_param(request, "missing", 10, 1, 10, refuse) == 10
    assert core.int_param("-3", "start", 0, None, None, refuse) == -3
    for name in ("page", "low"):
        with pytest.raises(core.Refused) as refused:
            core.int_param(request, name, 1, 1, 10, refuse)
        assert refused.value.response.status_code == 400
    assert refusals == [core.BadInt("page", "x", None, 1, 10), core.BadInt("low", "0", 0, 1, 10)]


def test_page_slice_says_whether_more_follow() -> None:
    items = list(range(10))
    assert core.page_slice(items, 0, 4) == ([0, 1, 2, 3], True)
    assert core.page_slice(items, 6, 4) == ([6, 7, 8, 9], False)
    assert core.page_slice(items, 12, 4) == ([], False)


def test_seeding_helpers() -> None:
    now = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    given = core.sandbox_now(now.astimezone(timezone(timedelta(hours=5))))
    assert given == now and given.tzinfo is UTC
    assert core.sandbox_now().tzinfo is UTC
    moments = [core.random_moment(random.Random(seed), now, 2) for seed in range(50)]
    assert all(now - timedelta(days=2) <= moment <= now for moment in moments)
    assert core.random_stamp(random.Random(1), now, 2) == core.utc_stamp(core.random_moment(random.Random(1), now, 2))
    assert core.utc_stamp(now) == "2025-01-02T03:04:05Z"
    octets = [int(part) for part in core.random_ipv4(random.Random(3)).split(".")]
    assert len(octets) == 4 and 3 <= octets[0] <= 223 and 1 <= octets[3] <= 254


@pytest.mark.parametrize(
    ("raw", "mended"),
    [
        ("2025-01-10T08:00 0800", "2025-01-10T08:00+0800"),
        ("2025-01-10T08:00:00 08:00", "2025-01-10T08:00:00+08:00"),
        ("2025-01-10T08:00-0800", "2025-01-10T08:00-0800"),
        ("2025-01-10T08:00 08", "2025-01-10T08:00 08"),
    ],
)
def test_restore_plus(raw: str, mended: str) -> None:
    assert core.restore_plus(raw) == mended


def test_tokens_are_shown_as_secrets_are() -> None:
    assert core.shown_tokens(["sandbox-token"], ["sandbox-token"]) == "sandbox-token"
    assert (
        core.shown_tokens(["s3cret", "sandbox-token", "other"], ["sandbox-token"]) == "sandbox-token, <as configured>"
    )
    assert core.shown_tokens([], ["sandbox-token"]) == "none"


def test_revoke_tokens_needs_a_token_issuer() -> None:
    with pytest.raises(TypeError, match="Echo issues no tokens"):
        Echo().revoke_tokens()


def test_an_invalid_json_fault_knows_no_vendor() -> None:
    sandbox = Echo()
    sandbox.add_fault("invalid-json", path="/empty")
    with httpx.Client(base_url="http://echo.test", transport=sandbox.transport()) as client:
        answer = client.get("/empty")
    assert (answer.status_code, answer.content) == (200, b'{"')


def test_the_server_turns_nagle_off_and_sends_each_answer_in_one_write(monkeypatch: pytest.MonkeyPatch) -> None:
    """Headers and body written apart, with Nagle on, wait ~40 ms for the client's delayed ACK."""
    nodelay: list[int] = []
    writes: list[bytes] = []
    original_setup = _server._RequestHandler.setup

    class RecordingWriter:
        def __init__(self, inner: Any) -> None:
            self._inner = inner

        def write(self, data: bytes) -> int:
            writes.append(bytes(data))
            return int(self._inner.write(data))

        def __getattr__(self, name: str) -> Any:
            return getattr(self._inner, name)

    def setup(handler: Any) -> None:
        original_setup(handler)
        nodelay.append(handler.connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        handler.wfile = RecordingWriter(handler.wfile)

    monkeypatch.setattr(_server._RequestHandler, "setup", setup)
    sandbox = Echo()
    with sandbox.serve() as server, httpx.Client(base_url=server.url) as client:
        big = client.get("/big", headers={"Accept-Encoding": "identity"})
        empty = client.get("/empty")
    assert len(nodelay) == 1 and nodelay[0] != 0  # one kept-alive connection, accepted with TCP_NODELAY
    assert len(writes) == 2  # one per answer
    head, _, body = writes[0].partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 OK\r\n") and b"\r\nContent-Length: 2011" in head
    assert body == big.content and len(body) == 2011
    assert writes[1].startswith(b"HTTP/1.1 200 OK\r\n") and writes[1].endswith(b"Content-Length: 0\r\n\r\n")
    assert empty.content == b""


def test_a_truncated_answer_also_closes_the_connection_after_one_write() -> None:
    sandbox = Echo()
    sandbox.add_fault("truncate", nth=1, path="/big")
    with sandbox.serve() as server, httpx.Client(base_url=server.url) as client:
        with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
            client.get("/big", headers={"Accept-Encoding": "identity"})
        assert client.get("/big").status_code == 200  # a new connection


def test_the_command_line_reads_fault_rules() -> None:
    rule = _cli.parse_fault("status,every=3,status=429,retry_after=2,path=/items")
    assert (rule.kind, rule.every, rule.status, rule.retry_after, rule.path) == ("status", 3, 429, "2", "/items")
    assert _cli.parse_fault("slow,nth=1,delay=5").delay == 5.0
    with pytest.raises(ValueError, match="unknown fault kind"):
        _cli.parse_fault("explode")


class Seeded(core.SeededSandbox):
    def __init__(self, *, seed: int = 0, now: datetime | None = None, days: float = 7.0) -> None:
        super().__init__(seed=seed, now=now, days=days)
        self.draws = [self.rng.random() for _ in range(3)]


def test_a_seeded_sandbox_keeps_its_clock_seed_and_generator() -> None:
    now = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2)))
    sandbox = Seeded(seed=5, now=now, days=2.5)
    assert (sandbox.now, sandbox.now.tzinfo, sandbox.seed, sandbox.days) == (now, UTC, 5, 2.5)
    expected = random.Random(5)
    assert sandbox.draws == [expected.random() for _ in range(3)]
    assert Seeded(seed=5).draws == sandbox.draws and Seeded(seed=6).draws != sandbox.draws
    assert Seeded().now.tzinfo is UTC and Seeded().days == 7.0
    assert isinstance(sandbox, core.Sandbox) and sandbox.request_count == 0


@pytest.mark.parametrize(
    ("start", "end"), [(0, 1000), (250, 260), (300, 300), (-5, 3), (998, 2000), (1500, 1600), (40, 39)]
)
def test_a_newest_first_window_is_found_by_bisection(start: int, end: int) -> None:
    items = sorted((value // 3 for value in range(3000)), reverse=True)  # newest first, with ties
    reads: list[int] = []

    def when(item: int) -> int:
        reads.append(item)
        return item

    found = core.newest_first_window(items, when, start, end)
    assert [items[i] for i in found] == [item for item in items if start <= item < end]
    assert len(reads) <= 2 * len(items).bit_length()  # a scan would read 3000


def test_a_page_slice_of_positions_reads_nothing_else() -> None:
    found = core.newest_first_window([5, 4, 3, 2, 1], lambda item: item, 2, 5)
    assert core.page_slice(found, 1, 2) == ([2, 3], False)
