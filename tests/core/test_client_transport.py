"""failtrail-core's client on the wire: bodies decoded within the cap, every httpx error typed, Retry-After
honoured up to a limit, pools shared by threads and closed with the client, clients of your own.

Tested on a synthetic operation (no vendor) over a real server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import gzip
import threading
import tracemalloc
import zlib
from typing import Any

import httpx
import pytest
from failtrail_core import (
    APIError,
    ClientClosedError,
    FailtrailError,
    RateLimitError,
    ResponseDecodingError,
    ResponseTooLargeError,
)
from failtrail_core._base_client import BaseClient, Parser
from failtrail_core._exceptions import ClientConfigurationError
from failtrail_core._operations import Operation

from tests.conftest import FakeClock, LocalServer, Reply

OP = Operation("listThings", "GET", "/things")
PARSE: dict[int, Parser] = {200: ("json", lambda data: data)}


class Things(BaseClient):
    _package = "failtrail_things"
    _version = "0"
    _request_id_headers = ("X-Request-Id",)


def _get(client: Things) -> Any:
    response = client.send(client.build_request(OP, {}), retryable=True)
    return client.parse(response, PARSE, {})


async def _aget(client: Things) -> Any:
    response = await client.asend(client.build_request(OP, {}), retryable=True)
    return client.parse(response, PARSE, {})


def _gzip_reply(body: bytes, encoding: str = "gzip", **headers: str) -> Reply:
    return Reply(
        200, body, {"Content-Encoding": encoding, "Content-Type": "application/json", "X-Request-Id": "r-1", **headers}
    )


# -- decoding ----------------------------------------------------------------------------------------


def test_a_gzip_body_is_decoded(server: LocalServer) -> None:
    server.handler = lambda seen: _gzip_reply(gzip.compress(b'{"ok": true}'))
    with Things(base_url=server.url) as client:
        assert _get(client) == {"ok": True}
    assert server.seen[0].headers["accept-encoding"] == "gzip"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_corrupt_gzip_body_is_a_typed_error_with_status_and_request_id(server: LocalServer, mode: str) -> None:
    server.handler = lambda seen: _gzip_reply(b"\x1f\x8b\x08\x00 this is not deflate data")
    with pytest.raises(ResponseDecodingError) as caught:
        if mode == "sync":
            with Things(base_url=server.url, max_retries=0) as client:
                _get(client)
        else:
            async with Things(base_url=server.url, max_retries=0) as client:
                await _aget(client)
    assert (caught.value.status_code, caught.value.request_id) == (200, "r-1")
    assert isinstance(caught.value, FailtrailError) and not isinstance(caught.value, httpx.HTTPError)


@pytest.mark.parametrize("encoding", ["gzip, gzip", "gzip,deflate", "br", "zstd"])
def test_stacked_or_unasked_encodings_are_refused(server: LocalServer, encoding: str) -> None:
    server.handler = lambda seen: _gzip_reply(gzip.compress(gzip.compress(b"{}")), encoding)
    with Things(base_url=server.url) as client, pytest.raises(ResponseDecodingError, match="Content-Encoding"):
        _get(client)


def test_a_cut_short_gzip_body_is_refused(server: LocalServer) -> None:
    server.handler = lambda seen: _gzip_reply(gzip.compress(b'{"a": "' + b"x" * 5000 + b'"}')[:-20])
    with Things(base_url=server.url) as client, pytest.raises(ResponseDecodingError, match="cut short"):
        _get(client)


def test_a_gzip_bomb_stops_at_the_cap_within_bounded_memory(server: LocalServer) -> None:
    bomb = gzip.compress(b"\0" * (256 * 1024 * 1024), compresslevel=9)  # 256 MB inflated, about 250 kB sent
    server.handler = lambda seen: _gzip_reply(bomb)
    cap = 2 * 1024 * 1024
    with Things(base_url=server.url, max_response_bytes=cap) as client:
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError):
                _get(client)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 4 * cap  # inflated a step at a time, never the whole chunk


def test_a_multi_member_gzip_body_is_read_whole(server: LocalServer) -> None:
    server.handler = lambda seen: _gzip_reply(gzip.compress(b'{"a": ') + gzip.compress(b"1}"))
    with Things(base_url=server.url) as client:
        assert _get(client) == {"a": 1}


def test_deflate_is_decoded(server: LocalServer) -> None:
    server.handler = lambda seen: _gzip_reply(zlib.compress(b"[1, 2]"), "deflate")
    with Things(base_url=server.url) as client:
        assert _get(client) == [1, 2]


def test_any_other_httpx_error_leaves_as_ours() -> None:
    def boom(request: httpx.Request) -> httpx.Response:
        raise httpx.TooManyRedirects("loop", request=request)

    client = Things(base_url="http://things.test", transport=httpx.MockTransport(boom))
    with client, pytest.raises(APIError, match="TooManyRedirects"):
        _get(client)


# -- Retry-After ---------------------------------------------------------------------------------------


def test_retry_after_within_the_limit_is_waited_then_retried(server: LocalServer) -> None:
    replies = [Reply(429, {}, {"Retry-After": "30"}), Reply(200, [])]
    server.handler = lambda seen: replies.pop(0)
    clock = FakeClock()
    with Things(base_url=server.url, clock=clock) as client:
        assert _get(client) == []
    assert clock.sleeps == [30.0]


@pytest.mark.parametrize("asked", ["120", "Wed, 21 Oct 2099 07:28:00 GMT"])
def test_retry_after_beyond_the_limit_is_not_hammered_but_raised_with_the_delay(
    server: LocalServer, asked: str
) -> None:
    server.handler = lambda seen: Reply(429, {"message": "slow down"}, {"Retry-After": asked})
    clock = FakeClock()
    with Things(base_url=server.url, clock=clock, max_retry_wait=60) as client, pytest.raises(RateLimitError) as caught:
        _get(client)
    assert clock.sleeps == [] and len(server.seen) == 1  # one request: the server asked for more than we wait
    assert caught.value.retry_after is not None and caught.value.retry_after > 60


# -- pools ---------------------------------------------------------------------------------------------


def test_threads_sharing_a_fresh_client_open_one_pool(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, [])
    client = Things(base_url=server.url)
    pools: set[int] = set()
    barrier = threading.Barrier(8)

    def call() -> None:
        barrier.wait()
        _get(client)
        pools.add(id(client.get_httpx_client()))

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(pools) == 1 and len(server.seen) == 8
    client.close()
    assert client.get_httpx_client().is_closed


async def test_with_closes_both_pools_and_a_call_after_close_is_a_typed_error(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, [])
    async with Things(base_url=server.url) as client:
        await _aget(client)
        await asyncio.to_thread(_get, client)
    assert client.get_async_httpx_client().is_closed and client.get_httpx_client().is_closed
    with pytest.raises(ClientClosedError):
        _get(client)
    with pytest.raises(ClientClosedError):
        await _aget(client)


def test_your_own_httpx_client_is_used_and_never_closed(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, [])
    seen_hooks: list[str] = []
    mine = httpx.Client(event_hooks={"request": [lambda request: seen_hooks.append(request.url.path)]})
    with Things(base_url=server.url, http_client=mine) as client:
        _get(client)
    assert seen_hooks == ["/things"] and not mine.is_closed
    mine.close()


def test_with_options_shares_the_pool_and_overrides_per_copy(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, [])
    with Things(base_url=server.url, timeout=30) as client:
        quick = client.with_options(timeout=2, max_retries=0)
        _get(quick)
        assert quick.get_httpx_client() is client.get_httpx_client()
        assert (quick.timeout.read, quick.max_retries, client.timeout.read, client.max_retries) == (2, 0, 30, 2)
        assert quick.build_request(OP, {}).extensions["timeout"]["read"] == 2


async def test_a_sync_transport_alone_never_lets_async_calls_out() -> None:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append("sync")
        return httpx.Response(200, json=[])

    async with Things(base_url="https://real.example", transport=httpx.MockTransport(answer)) as client:
        with pytest.raises(ClientConfigurationError, match="async_transport"):
            await _aget(client)
    assert sent == []


async def test_building_an_async_call_opens_no_sync_pool(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, [])
    async with Things(base_url=server.url) as client:
        await _aget(client)
        assert client._pools.sync is None


def test_a_token_endpoint_refusal_carries_the_reason_and_request_id(server: LocalServer) -> None:
    from failtrail_core import AuthenticationError, ClientCredentialsAuth

    # RFC 6749 section 5.2: an error response names the error and may describe it
    server.handler = lambda seen: Reply(
        401, {"error": "invalid_client", "error_description": "Client authentication failed"}, {"X-Request-Id": "tok-9"}
    )
    auth = ClientCredentialsAuth(server.url + "/oauth/token", "id", "secret-value")
    with Things(base_url=server.url, auth=auth, max_retries=0) as client, pytest.raises(AuthenticationError) as caught:
        _get(client)
    assert caught.value.request_id == "tok-9"
    assert "Client authentication failed" in str(caught.value) and "(request id tok-9)" in str(caught.value)
    assert "secret-value" not in str(caught.value)
