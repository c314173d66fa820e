"""failtrail-core's client and its pools: clients of your own get the auth, a transport or client for one
side alone never lets the other side reach the real host, each event loop gets a pool that works, and
closing inside a running loop closes everything.

A synthetic operation (no vendor) over a real server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from failtrail_core import ClientClosedError, TokenAuth
from failtrail_core._base_client import BaseClient, Parser
from failtrail_core._exceptions import ClientConfigurationError
from failtrail_core._operations import Operation

from tests.conftest import LocalServer, Reply

OP = Operation("listThings", "GET", "/things")
PARSE: dict[int, Parser] = {200: ("json", lambda data: data)}


class Things(BaseClient):
    _package = "failtrail_things"
    _version = "0"


def _get(client: Things) -> Any:
    return client.parse(client.send(client.build_request(OP, {}), retryable=True), PARSE, {})


async def _aget(client: Things) -> Any:
    return client.parse(await client.asend(client.build_request(OP, {}), retryable=True), PARSE, {})


# -- clients of your own -----------------------------------------------------------------------------


def test_your_own_http_client_still_sends_the_clients_auth_and_its_own_headers(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, [])
    mine = httpx.Client(headers={"X-Proxy-Tag": "edge-7", "User-Agent": "theirs"})
    with Things(base_url=server.url, auth=TokenAuth("tok-1"), http_client=mine) as client:
        _get(client)
    seen = server.seen[0].headers
    assert (seen["authorization"], seen["x-proxy-tag"]) == ("Bearer tok-1", "edge-7")
    assert seen["user-agent"].startswith("failtrail-things/0 ")  # ours wins where both set one
    assert not mine.is_closed
    mine.close()


async def test_your_own_async_http_client_still_sends_the_clients_auth(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, [])
    async with httpx.AsyncClient() as mine:
        async with Things(base_url=server.url, auth=TokenAuth("tok-2"), async_http_client=mine) as client:
            await _aget(client)
        assert not mine.is_closed
    assert server.seen[0].headers["authorization"] == "Bearer tok-2"


# -- one side given, the other refused -------------------------------------------------------------------


def test_an_async_transport_alone_never_lets_sync_calls_out(server: LocalServer) -> None:
    async_only = httpx.MockTransport(lambda request: httpx.Response(200, json=[]))
    client = Things(base_url=server.url, async_transport=async_only)
    with client, pytest.raises(ClientConfigurationError, match="transport= or http_client="):
        _get(client)
    assert server.seen == []  # the base URL's host never saw the call


async def test_your_own_sync_http_client_alone_never_lets_async_calls_out(server: LocalServer) -> None:
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append("mock")
        return httpx.Response(200, json=[])

    mine = httpx.Client(transport=httpx.MockTransport(answer))
    async with Things(base_url=server.url, http_client=mine) as client:
        with pytest.raises(ClientConfigurationError, match="async_transport= or async_http_client="):
            await _aget(client)
    assert server.seen == [] and sent == []
    mine.close()


# -- event loops -------------------------------------------------------------------------------------------


def test_a_client_works_from_a_second_asyncio_run(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, [7])
    client = Things(base_url=server.url)
    assert asyncio.run(_aget(client)) == [7]
    assert asyncio.run(_aget(client)) == [7]  # the first loop's connections died with it; a new pool serves
    assert asyncio.run(_aget(client)) == [7]
    # what is kept of ended loops' pools: nothing (a program calling asyncio.run again and again holds one)
    assert len(client._pools.async_by_loop) == len(client._pools.direct) == 1
    client.close()
    with pytest.raises(ClientClosedError):
        asyncio.run(_aget(client))


def test_your_own_async_client_in_a_second_loop_is_a_typed_error(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, [])
    mine = httpx.AsyncClient()
    client = Things(base_url=server.url, async_http_client=mine)
    asyncio.run(_aget(client))
    with pytest.raises(ClientConfigurationError, match="another event loop"):
        asyncio.run(_aget(client))
    assert len(server.seen) == 1


async def test_a_sync_with_inside_a_running_loop_closes_the_async_pool(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, [])
    with Things(base_url=server.url) as client:
        await _aget(client)
        pool = client.get_async_httpx_client()
    for _ in range(100):  # the closing runs on this loop: give it its turns (bounded)
        if pool.is_closed:
            break
        await asyncio.sleep(0)
    assert pool.is_closed
