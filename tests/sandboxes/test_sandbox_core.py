"""The shared sandbox core (as shipped in a package): fault rule matching, routing, the server, the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest
from failtrail_vinyldns import _sandbox as core


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


def test_the_command_line_serves_until_stopped() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    args = [
        sys.executable,
        "-m",
        "failtrail_vinyldns.lib.sandbox",
        "--records",
        "5",
        "--fault",
        "status,nth=1,status=503",
    ]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        url = line.rsplit(" ", 1)[1].strip()
        assert line.startswith("VinylDNSSandbox listening on http://127.0.0.1:")
        assert [httpx.get(f"{url}/ping").status_code for _ in range(2)] == [503, 200]
    finally:
        process.terminate()
        process.wait(timeout=5)


def test_latency_adds_to_a_slow_answer() -> None:
    sandbox = Echo()
    sandbox.add_fault("latency", delay=0.05)
    sandbox.add_fault("slow", nth=1, delay=0.05)
    started = time.monotonic()
    assert statuses(sandbox, ["/items/a"]) == [200]
    assert time.monotonic() - started >= 0.1


@pytest.mark.parametrize(
    ("accept", "gzipped"), [("gzip", True), ("br, gzip;q=0.5", True), ("gzip;q=0", False), ("br", False)]
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
