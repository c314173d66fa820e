"""failtrail-core's own HTTP/1.1 transports (``_transport`` async, ``_transport_sync`` sync) on real sockets.

A raw server on 127.0.0.1 scripts each connection byte by byte, so each test says exactly what the
server does (answers, keeps alive, closes, stalls, cuts a body short) and what the transport must make of
it: reuse, a fresh connection, or the httpx exception httpx's own transport raises.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Generator, Iterator
from typing import Any

import httpx
import pytest
from failtrail_core._base_client import BaseClient, Parser
from failtrail_core._operations import Operation
from failtrail_core._transport import AsyncH11Transport
from failtrail_core._transport_sync import SyncH11Transport

OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: application/json\r\n\r\n{}"


class Scripted:
    """A TCP server: each accepted connection runs ``script(conn, number)`` in a thread of its own."""

    def __init__(self, script: Callable[[socket.socket, int], None], tls: ssl.SSLContext | None = None) -> None:
        self.script = script
        self.tls = tls
        self.server_names: list[str | None] = []
        if tls is not None:
            tls.sni_callback = self._server_name
        self.connections = 0
        self.requests: list[bytes] = []
        self.closed_by_client = threading.Event()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)
        self._accepting.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            thread = threading.Thread(target=self._run, args=(conn, self.connections), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _server_name(self, sock: ssl.SSLObject, name: str | None, context: ssl.SSLContext) -> None:
        self.server_names.append(name)

    def _run(self, conn: socket.socket, number: int) -> None:
        if self.tls is not None:
            try:
                conn = self.tls.wrap_socket(conn, server_side=True)
            except OSError:  # the client refused our certificate (ssl.SSLError included)
                conn.close()
                return
        with conn, contextlib.suppress(OSError):
            self.script(conn, number)

    def read_request(self, conn: socket.socket) -> bytes:
        """One request's head and its Content-Length body; b"" when the client closed the connection."""
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                self.closed_by_client.set()
                return b""
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        while len(body) < length:
            body += conn.recv(65536)
        self.requests.append(head + b"\r\n\r\n" + body)
        return data

    def close(self) -> None:
        self._sock.close()


@pytest.fixture
def scripted() -> Iterator[Callable[[Callable[[socket.socket, int], None]], Scripted]]:
    servers: list[Scripted] = []

    def make(script: Callable[[socket.socket, int], None]) -> Scripted:
        servers.append(Scripted(script))
        return servers[-1]

    yield make
    for server in servers:
        server.close()


def keep_alive(server_box: list[Scripted]) -> Callable[[socket.socket, int], None]:
    def script(conn: socket.socket, number: int) -> None:
        while server_box[0].read_request(conn):
            conn.sendall(OK)

    return script


def _server(scripted: Any, script_of: Callable[[list[Scripted]], Callable[[socket.socket, int], None]]) -> Scripted:
    box: list[Scripted] = []
    box.append(scripted(script_of(box)))
    return box[0]


TIMEOUT = httpx.Timeout(5.0)


def _request(
    url: str, method: str = "GET", content: bytes | None = None, timeout: httpx.Timeout = TIMEOUT
) -> httpx.Request:
    return httpx.Request(method, url + "/things?a=1", content=content, extensions={"timeout": timeout.as_dict()})


async def _aget(transport: AsyncH11Transport, request: httpx.Request) -> tuple[int, bytes]:
    response = await transport.handle_async_request(request)
    body = b"".join([chunk async for chunk in response.stream])
    return response.status_code, body


def _get(transport: SyncH11Transport, request: httpx.Request) -> tuple[int, bytes]:
    response = transport.handle_request(request)
    body = b"".join(response.stream)
    return response.status_code, body


# -- keep-alive --------------------------------------------------------------------------------------


async def test_async_requests_in_turn_share_one_connection_and_send_exact_bytes(scripted: Any) -> None:
    server = _server(scripted, keep_alive)
    transport = AsyncH11Transport()
    assert await _aget(transport, _request(server.url)) == (200, b"{}")
    assert await _aget(transport, _request(server.url, "POST", b'{"x":1}')) == (200, b"{}")
    await transport.aclose()
    assert server.connections == 1
    port = server.url.rsplit(":", 1)[1]
    assert server.requests == [
        f"GET /things?a=1 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode(),
        f"POST /things?a=1 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 7\r\n\r\n".encode() + b'{"x":1}',
    ]


def test_sync_requests_in_turn_share_one_connection(scripted: Any) -> None:
    server = _server(scripted, keep_alive)
    transport = SyncH11Transport()
    assert _get(transport, _request(server.url)) == (200, b"{}")
    assert _get(transport, _request(server.url, "POST", b"{}")) == (200, b"{}")
    transport.close()
    assert server.connections == 1
    assert [r.split(b" ", 1)[0] for r in server.requests] == [b"GET", b"POST"]


def answer_then_close(server_box: list[Scripted]) -> Callable[[socket.socket, int], None]:
    """Answers one request per connection with keep-alive headers, then closes the connection while idle."""

    def script(conn: socket.socket, number: int) -> None:
        if server_box[0].read_request(conn):
            conn.sendall(OK)

    return script


async def test_async_an_idle_connection_the_server_closed_is_never_reused(scripted: Any) -> None:
    server = _server(scripted, answer_then_close)
    transport = AsyncH11Transport()
    assert await _aget(transport, _request(server.url)) == (200, b"{}")
    await asyncio.sleep(0.2)  # the server's close reaches the idle connection
    assert await _aget(transport, _request(server.url)) == (200, b"{}")
    await transport.aclose()
    assert server.connections == 2


def test_sync_an_idle_connection_the_server_closed_is_never_reused(scripted: Any) -> None:
    server = _server(scripted, answer_then_close)
    transport = SyncH11Transport()
    assert _get(transport, _request(server.url)) == (200, b"{}")
    threading.Event().wait(0.2)
    assert _get(transport, _request(server.url)) == (200, b"{}")
    transport.close()
    assert server.connections == 2


def connection_close(server_box: list[Scripted]) -> Callable[[socket.socket, int], None]:
    def script(conn: socket.socket, number: int) -> None:
        if server_box[0].read_request(conn):
            conn.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}")
            server_box[0].read_request(conn)  # waits for the client to close its side

    return script


async def test_async_connection_close_is_honoured(scripted: Any) -> None:
    server = _server(scripted, connection_close)
    transport = AsyncH11Transport()
    assert await _aget(transport, _request(server.url)) == (200, b"{}")
    assert await _aget(transport, _request(server.url)) == (200, b"{}")
    await transport.aclose()
    assert server.connections == 2


# -- errors, as httpx's own transport raises them ----------------------------------------------------


def silent_close(server_box: list[Scripted]) -> Callable[[socket.socket, int], None]:
    def script(conn: socket.socket, number: int) -> None:
        server_box[0].read_request(conn)  # read the request, close without an answer

    return script


async def test_async_no_answer_is_a_remote_protocol_error(scripted: Any) -> None:
    server = _server(scripted, silent_close)
    transport = AsyncH11Transport()
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        await _aget(transport, _request(server.url))
    await transport.aclose()


def test_sync_no_answer_is_a_remote_protocol_error(scripted: Any) -> None:
    server = _server(scripted, silent_close)
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        _get(SyncH11Transport(), _request(server.url))


def cut_short(server_box: list[Scripted]) -> Callable[[socket.socket, int], None]:
    def script(conn: socket.socket, number: int) -> None:
        if server_box[0].read_request(conn):
            conn.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"partial')

    return script


async def test_async_a_body_cut_short_is_an_error_and_its_connection_is_dropped(scripted: Any) -> None:
    server = _server(scripted, cut_short)
    transport = AsyncH11Transport()
    for _ in range(2):
        with pytest.raises(httpx.RemoteProtocolError, match="incomplete|complete message body"):
            await _aget(transport, _request(server.url))
    await transport.aclose()
    assert server.connections == 2


def test_sync_a_body_cut_short_is_an_error(scripted: Any) -> None:
    server = _server(scripted, cut_short)
    with pytest.raises(httpx.RemoteProtocolError):
        _get(SyncH11Transport(), _request(server.url))


def stall(server_box: list[Scripted]) -> Callable[[socket.socket, int], None]:
    def script(conn: socket.socket, number: int) -> None:
        if server_box[0].read_request(conn):
            server_box[0].read_request(conn)  # no answer: waits until the client gives up and closes

    return script


async def test_async_a_server_slower_than_the_read_timeout_is_a_read_timeout(scripted: Any) -> None:
    server = _server(scripted, stall)
    transport = AsyncH11Transport()
    with pytest.raises(httpx.ReadTimeout):
        await _aget(transport, _request(server.url, timeout=httpx.Timeout(5.0, read=0.1)))
    assert await asyncio.to_thread(server.closed_by_client.wait, 5)  # the connection half read was closed, not pooled
    await transport.aclose()


def test_sync_a_server_slower_than_the_read_timeout_is_a_read_timeout(scripted: Any) -> None:
    server = _server(scripted, stall)
    with pytest.raises(httpx.ReadTimeout):
        _get(SyncH11Transport(), _request(server.url, timeout=httpx.Timeout(5.0, read=0.1)))
    assert server.closed_by_client.wait(5)


def _closed_port() -> str:
    sock = socket.create_server(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}"


async def test_async_a_refused_connection_is_a_connect_error() -> None:
    with pytest.raises(httpx.ConnectError):
        await _aget(AsyncH11Transport(), _request(_closed_port()))


def test_sync_a_refused_connection_is_a_connect_error() -> None:
    with pytest.raises(httpx.ConnectError):
        _get(SyncH11Transport(), _request(_closed_port()))


async def test_async_past_max_connections_a_request_waits_then_is_a_pool_timeout(scripted: Any) -> None:
    server = _server(scripted, keep_alive)
    transport = AsyncH11Transport(max_connections=1)
    held = await transport.handle_async_request(_request(server.url))  # its body not read: the connection is busy
    with pytest.raises(httpx.PoolTimeout):
        await _aget(transport, _request(server.url, timeout=httpx.Timeout(5.0, pool=0.1)))
    waiting = asyncio.ensure_future(_aget(transport, _request(server.url)))
    await asyncio.sleep(0.05)
    assert not waiting.done()
    assert b"".join([chunk async for chunk in held.stream]) == b"{}"
    assert await waiting == (200, b"{}")  # took the connection the first answer gave back
    await transport.aclose()
    assert server.connections == 1


async def test_async_a_wake_up_meant_for_a_cancelled_request_passes_to_the_next(scripted: Any) -> None:
    server = _server(scripted, keep_alive)
    transport = AsyncH11Transport(max_connections=1)
    held = await transport.handle_async_request(_request(server.url))
    first = asyncio.ensure_future(_aget(transport, _request(server.url, timeout=httpx.Timeout(5.0, pool=3.0))))
    second = asyncio.ensure_future(_aget(transport, _request(server.url, timeout=httpx.Timeout(5.0, pool=3.0))))
    await asyncio.sleep(0.05)  # both wait for the one connection, first in line first
    assert b"".join([chunk async for chunk in held.stream]) == b"{}"  # gives it back: the first is woken
    first.cancel()  # ... and cancelled before it could run: the second must get the connection now
    assert await asyncio.wait_for(second, 2.0) == (200, b"{}")  # not a PoolTimeout after 3 s
    assert first.cancelled()
    await transport.aclose()


def test_sync_past_max_connections_a_request_is_a_pool_timeout(scripted: Any) -> None:
    server = _server(scripted, keep_alive)
    transport = SyncH11Transport(max_connections=1)
    held = transport.handle_request(_request(server.url))
    with pytest.raises(httpx.PoolTimeout):
        _get(transport, _request(server.url, timeout=httpx.Timeout(5.0, pool=0.1)))
    assert b"".join(held.stream) == b"{}"
    assert _get(transport, _request(server.url)) == (200, b"{}")
    transport.close()
    assert server.connections == 1


async def test_async_a_response_closed_before_its_end_never_returns_its_connection(scripted: Any) -> None:
    server = _server(scripted, keep_alive)
    transport = AsyncH11Transport()
    response = await transport.handle_async_request(_request(server.url))
    await response.aclose()
    assert await _aget(transport, _request(server.url)) == (200, b"{}")
    await transport.aclose()
    assert server.connections == 2


async def test_async_a_cancelled_request_never_leaves_its_connection_in_the_pool(scripted: Any) -> None:
    def script(conn: socket.socket, number: int) -> None:
        box[0].read_request(conn)
        if number == 1:
            box[0].read_request(conn)  # never answers the first connection's request
        else:
            conn.sendall(OK)

    box: list[Scripted] = []
    box.append(scripted(script))
    server = box[0]
    transport = AsyncH11Transport()
    task = asyncio.ensure_future(_aget(transport, _request(server.url)))
    await asyncio.sleep(0.1)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await asyncio.to_thread(server.closed_by_client.wait, 5)
    assert await _aget(transport, _request(server.url)) == (200, b"{}")
    await transport.aclose()
    assert server.connections == 2


def chunked_gzip(server_box: list[Scripted]) -> Callable[[socket.socket, int], None]:
    def script(conn: socket.socket, number: int) -> None:
        while server_box[0].read_request(conn):
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"
                b"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
            )

    return script


async def test_async_a_chunked_body_comes_raw_and_whole_then_the_connection_is_reused(scripted: Any) -> None:
    server = _server(scripted, chunked_gzip)
    transport = AsyncH11Transport()
    response = await transport.handle_async_request(_request(server.url))
    assert response.headers["content-encoding"] == "gzip"  # not decoded here: the client decodes within its cap
    assert b"".join([chunk async for chunk in response.stream]) == b"abcde"
    assert await _aget(transport, _request(server.url)) == (200, b"abcde")
    await transport.aclose()
    assert server.connections == 1


@pytest.fixture
def tls_server(tmp_path: Any) -> Iterator[tuple[Scripted, str]]:
    """A keep-alive server behind TLS with a self-signed certificate for ``localhost``, and that certificate."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert)]
        + ["-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    box: list[Scripted] = []
    box.append(Scripted(keep_alive(box), tls=context))
    yield box[0], str(cert)
    box[0].close()


async def test_async_tls_verifies_the_certificate_sends_sni_and_keeps_alive(tls_server: tuple[Scripted, str]) -> None:
    server, cert = tls_server
    url = server.url.replace("http://127.0.0.1", "https://localhost")
    transport = AsyncH11Transport(ssl_context=ssl.create_default_context(cafile=cert))
    assert await _aget(transport, _request(url)) == (200, b"{}")
    assert await _aget(transport, _request(url)) == (200, b"{}")
    await transport.aclose()
    assert (server.connections, server.server_names) == (1, ["localhost"])
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):  # a CA the client does not trust
        await _aget(AsyncH11Transport(ssl_context=ssl.create_default_context()), _request(url))


def test_sync_tls_verifies_the_certificate_sends_sni_and_keeps_alive(tls_server: tuple[Scripted, str]) -> None:
    server, cert = tls_server
    url = server.url.replace("http://127.0.0.1", "https://localhost")
    transport = SyncH11Transport(ssl_context=ssl.create_default_context(cafile=cert))
    assert _get(transport, _request(url)) == (200, b"{}")
    assert _get(transport, _request(url)) == (200, b"{}")
    transport.close()
    assert (server.connections, server.server_names) == (1, ["localhost"])
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        _get(SyncH11Transport(ssl_context=ssl.create_default_context()), _request(url))


def test_unknown_scheme_is_unsupported_protocol() -> None:
    with pytest.raises(httpx.UnsupportedProtocol):
        SyncH11Transport().handle_request(httpx.Request("GET", "ftp://127.0.0.1/x"))


# -- the client picks it, except where it cannot serve -----------------------------------------------

OP = Operation("listThings", "GET", "/things")
PARSE: dict[int, Parser] = {200: ("json", lambda data: data)}


class Things(BaseClient):
    _package = "failtrail_things"
    _version = "0"


async def test_a_client_walks_over_one_kept_alive_connection_sync_and_async(scripted: Any) -> None:
    server = _server(scripted, keep_alive)
    async with Things(base_url=server.url) as client:
        for _ in range(3):
            response = await client.asend(client.build_request(OP, {}), retryable=True)
            assert client.parse(response, PARSE, {}) == {}
    with Things(base_url=server.url) as client:
        for _ in range(3):
            assert client.parse(client.send(client.build_request(OP, {}), retryable=True), PARSE, {}) == {}
    assert server.connections == 2


COOKIE_OK = b"HTTP/1.1 200 OK\r\nSet-Cookie: session=s1; Path=/\r\nContent-Length: 2\r\n\r\n{}"


def cookie_setter(server_box: list[Scripted]) -> Callable[[socket.socket, int], None]:
    def script(conn: socket.socket, number: int) -> None:
        while server_box[0].read_request(conn):
            conn.sendall(COOKIE_OK)

    return script


class TwoStepAuth(httpx.Auth):
    """Asks a token first (an auth flow's own request), then sends the call with it: as ClientCredentialsAuth."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = yield httpx.Request("POST", request.url.copy_with(path="/token"), extensions=request.extensions)
        request.headers["Authorization"] = f"Bearer {token.status_code}"
        yield request


async def test_a_pool_of_our_own_is_sent_to_directly_auth_flow_and_all(scripted: Any) -> None:
    # Below httpx.Client.send: the cookies it would store from every answer (never sent back: our requests
    # carry none) are not collected, and the auth flow's own requests go out in its order.
    server = _server(scripted, cookie_setter)
    async with Things(base_url=server.url, auth=TwoStepAuth()) as client:
        response = await client.asend(client.build_request(OP, {}), retryable=False)
        assert client.parse(response, PARSE, {}) == {}
        assert response.request.url.path == "/things" and not client.get_async_httpx_client().cookies
    with Things(base_url=server.url, auth=TwoStepAuth()) as client:
        response = client.send(client.build_request(OP, {}), retryable=False)
        assert client.parse(response, PARSE, {}) == {}
        assert response.request.url.path == "/things" and not client.get_httpx_client().cookies
    heads = [r.split(b"\r\n\r\n", 1)[0].split(b"\r\n") for r in server.requests]
    assert [head[0] for head in heads] == [b"POST /token HTTP/1.1", b"GET /things HTTP/1.1"] * 2
    assert all(b"Authorization: Bearer 200" in head for head in heads[1::2])
    assert not any(line.lower().startswith(b"cookie:") for head in heads for line in head)


def token_cut_short_once(server_box: list[Scripted]) -> Callable[[socket.socket, int], None]:
    """The first connection's answer (the token's) promises more body than it sends; later ones answer whole."""

    def script(conn: socket.socket, number: int) -> None:
        while server_box[0].read_request(conn):
            if number == 1:
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{}")
                return
            conn.sendall(OK)

    return script


def test_a_token_answer_cut_short_is_a_connection_error_and_the_pool_serves_on(
    scripted: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Sent directly, through the auth flow: one connection in the pool, so had the cut-short answer kept its
    # slot, the next call would wait out the pool timeout.
    import failtrail_core._base_client as base

    server = _server(scripted, token_cut_short_once)
    monkeypatch.setattr(base, "_own_sync_transport", lambda: SyncH11Transport(max_connections=1))
    timeout = httpx.Timeout(5.0, pool=0.5)
    with Things(base_url=server.url, auth=TwoStepAuth(), max_retries=0, timeout=timeout) as client:
        with pytest.raises(Exception, match="Connection error"):
            client.send(client.build_request(OP, {}), retryable=False)
        assert client.parse(client.send(client.build_request(OP, {}), retryable=False), PARSE, {}) == {}


async def test_hooks_set_on_a_pool_of_our_own_still_run(scripted: Any) -> None:
    # get_httpx_client() is public: event hooks set there are honoured, by httpx.Client.send as before.
    server = _server(scripted, keep_alive)
    seen: list[str] = []
    with Things(base_url=server.url) as client:
        client.get_httpx_client().event_hooks["response"] = [lambda response: seen.append("sync")]
        client.send(client.build_request(OP, {}), retryable=False)

    async def on_request(request: httpx.Request) -> None:
        seen.append("async")

    async with Things(base_url=server.url) as client:
        client.get_async_httpx_client().event_hooks["request"] = [on_request]
        await client.asend(client.build_request(OP, {}), retryable=False)
    assert seen == ["sync", "async"]


async def test_with_a_proxy_in_the_environment_httpx_own_transport_serves(
    scripted: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = _server(scripted, keep_alive)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    target = "http://failtrail-things.invalid"
    async with Things(base_url=target) as client:
        response = await client.asend(client.build_request(OP, {}), retryable=False)
        assert client.parse(response, PARSE, {}) == {}
    with Things(base_url=target) as client:
        assert client.parse(client.send(client.build_request(OP, {}), retryable=False), PARSE, {}) == {}
    # the proxy was asked, in absolute form, as httpx's proxy transport does
    assert [r.split(b"\r\n", 1)[0] for r in proxy.requests] == [
        b"GET http://failtrail-things.invalid/things HTTP/1.1"
    ] * 2


async def test_async_a_body_closed_mid_read_frees_its_slot_exactly_once(scripted: Any) -> None:
    server = _server(scripted, keep_alive)
    transport = AsyncH11Transport(max_connections=1)
    response = await transport.handle_async_request(_request(server.url))
    chunks = response.stream.__aiter__()
    assert await chunks.__anext__() == b"{}"  # read, its end not yet seen
    await response.aclose()  # the connection is dropped here...
    await chunks.aclose()  # ...and not a second time when the generator is finalized
    held = await transport.handle_async_request(_request(server.url))
    with pytest.raises(httpx.PoolTimeout):  # one slot, held: a second free slot would be a miscount
        await transport.handle_async_request(_request(server.url, timeout=httpx.Timeout(5.0, pool=0.1)))
    await held.aclose()
    await transport.aclose()
    assert server.connections == 2


def test_sync_a_body_closed_mid_read_frees_its_slot_exactly_once(scripted: Any) -> None:
    server = _server(scripted, keep_alive)
    transport = SyncH11Transport(max_connections=1)
    response = transport.handle_request(_request(server.url))
    chunks = iter(response.stream)
    assert next(chunks) == b"{}"
    response.close()
    chunks.close()  # type: ignore[attr-defined]
    held = transport.handle_request(_request(server.url))
    with pytest.raises(httpx.PoolTimeout):
        transport.handle_request(_request(server.url, timeout=httpx.Timeout(5.0, pool=0.1)))
    held.close()
    transport.close()
    assert server.connections == 2
