"""failtrail-core's HTTP layer, on a synthetic operation: every httpx error leaves as ours, a token endpoint's
answer is read within a cap and refused with its status and request id, Retry-After and the vendor's reset
header honoured up to ``max_retry_wait``.

Over a real server on 127.0.0.1, or an ``httpx.MockTransport`` where only a transport can raise the error.
"""

from __future__ import annotations

import gzip
import tracemalloc
from typing import Any

import httpx
import pytest
from failtrail_core import (
    APIError,
    ClientCredentialsAuth,
    RateLimitError,
    ResponseDecodingError,
    ResponseTooLargeError,
)
from failtrail_core._base_client import BaseClient, Parser
from failtrail_core._exceptions import ClientConfigurationError
from failtrail_core._operations import Operation

from tests.conftest import FakeClock, LocalServer, Reply, Seen

OP = Operation("listThings", "GET", "/things")
PARSE: dict[int, Parser] = {200: ("json", lambda data: data)}


class Things(BaseClient):
    _package = "failtrail_things"
    _version = "0"
    _request_id_headers = ("X-Request-Id",)
    _rate_limit_reset_header = "RateLimit-Reset"


def _get(client: Things) -> Any:
    response = client.send(client.build_request(OP, {}), retryable=True)
    return client.parse(response, PARSE, {})


async def _aget(client: Things) -> Any:
    response = await client.asend(client.build_request(OP, {}), retryable=True)
    return client.parse(response, PARSE, {})


# -- every httpx error as ours ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        lambda request: httpx.DecodingError("bad gzip", request=request),
        lambda request: httpx.TooManyRedirects("loop", request=request),
        lambda request: httpx.InvalidURL("bad url"),  # not an httpx.HTTPError at all
        lambda request: httpx.CookieConflict("two cookies"),  # nor this
        lambda request: httpx.StreamConsumed(),  # a RuntimeError in httpx's tree
    ],
    ids=["DecodingError", "TooManyRedirects", "InvalidURL", "CookieConflict", "StreamConsumed"],
)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_every_httpx_error_leaves_as_an_api_error(make: Any, mode: str) -> None:
    def boom(request: httpx.Request) -> httpx.Response:
        raise make(request)

    transport = httpx.MockTransport(boom)
    client = Things(base_url="http://things.test", transport=transport, async_transport=transport, max_retries=0)
    with pytest.raises(APIError) as caught:
        if mode == "sync":
            _get(client)
        else:
            await _aget(client)
    assert not isinstance(caught.value, httpx.HTTPError | httpx.InvalidURL | RuntimeError)
    await client.aclose()


@pytest.mark.parametrize("base_url", ["http://[::1", "ftp://things.test", "things.test/api", "http://"])
def test_a_base_url_httpx_cannot_use_is_refused_at_construction(base_url: str) -> None:
    with pytest.raises(ClientConfigurationError, match="base_url"):
        Things(base_url=base_url)


# -- the token endpoint's answer -----------------------------------------------------------------------


def _token_server(server: LocalServer, token_reply: Reply) -> None:
    def answer(seen: Seen) -> Reply:
        return token_reply if seen.path == "/oauth/token" else Reply(200, [])

    server.handler = answer


def _cc_client(server: LocalServer) -> Things:
    auth = ClientCredentialsAuth(server.url + "/oauth/token", "id", "secret-value")
    return Things(base_url=server.url, auth=auth, max_retries=0)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_gzipped_token_response_is_decoded(server: LocalServer, mode: str) -> None:
    body = gzip.compress(b'{"access_token": "tok", "expires_in": 3600}')
    _token_server(server, Reply(200, body, {"Content-Encoding": "gzip"}))
    client = _cc_client(server)
    assert (_get(client) if mode == "sync" else await _aget(client)) == []
    assert server.seen[-1].headers["authorization"] == "Bearer tok"
    await client.aclose()


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_corrupt_token_response_is_a_decoding_error_with_status_and_request_id(
    server: LocalServer, mode: str
) -> None:
    _token_server(
        server, Reply(200, b"\x1f\x8b\x08\x00 not deflate", {"Content-Encoding": "gzip", "X-Request-Id": "t-1"})
    )
    client = _cc_client(server)
    with pytest.raises(ResponseDecodingError) as caught:
        _get(client) if mode == "sync" else await _aget(client)
    assert (caught.value.status_code, caught.value.request_id) == (200, "t-1")
    assert [seen.path for seen in server.seen] == ["/oauth/token"]  # the call itself never went out
    await client.aclose()


def test_a_token_response_gzip_bomb_stops_at_the_token_cap(server: LocalServer) -> None:
    bomb = gzip.compress(b" " * (64 * 1024 * 1024), compresslevel=9)  # 64 MB of JSON whitespace, ~64 kB sent
    _token_server(server, Reply(200, bomb, {"Content-Encoding": "gzip"}))
    client = _cc_client(server)
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError):
            _get(client)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        client.close()
    assert peak < 4 * 1024 * 1024  # a step at a time, refused soon after the token cap (256 kB)


def test_a_rate_limited_token_endpoint_carries_its_retry_after(server: LocalServer) -> None:
    _token_server(server, Reply(429, {"error": "slow_down"}, {"Retry-After": "300", "X-Request-Id": "t-3"}))
    clock = FakeClock()
    auth = ClientCredentialsAuth(server.url + "/oauth/token", "id", "secret-value")
    with Things(base_url=server.url, auth=auth, clock=clock) as client, pytest.raises(RateLimitError) as caught:
        _get(client)
    assert (caught.value.retry_after, caught.value.request_id, clock.sleeps) == (300.0, "t-3", [])


# -- the vendor's reset header ---------------------------------------------------------------------------


def test_a_reset_header_within_the_limit_is_waited(server: LocalServer) -> None:
    replies = [Reply(429, {}, {"RateLimit-Reset": "12"}), Reply(200, [1])]
    server.handler = lambda seen: replies.pop(0)
    clock = FakeClock()
    with Things(base_url=server.url, clock=clock) as client:
        assert _get(client) == [1]
    assert clock.sleeps == [12.0]


def test_a_reset_header_beyond_the_limit_is_raised_with_the_delay(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(429, {"message": "quota"}, {"RateLimit-Reset": "120", "X-Request-Id": "r-9"})
    clock = FakeClock()
    with Things(base_url=server.url, clock=clock, max_retry_wait=30) as client, pytest.raises(RateLimitError) as caught:
        _get(client)
    assert (caught.value.retry_after, caught.value.request_id, clock.sleeps, len(server.seen)) == (120.0, "r-9", [], 1)


def test_max_retry_wait_is_settable_per_copy(server: LocalServer) -> None:
    replies = [Reply(503, {}, {"Retry-After": "90"}), Reply(200, [])]
    server.handler = lambda seen: replies.pop(0)
    clock = FakeClock()
    with Things(base_url=server.url, clock=clock) as client:
        assert _get(client.with_options(max_retry_wait=120)) == []
    assert clock.sleeps == [90.0]
