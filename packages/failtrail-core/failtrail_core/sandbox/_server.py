"""A sandbox on the wire: a real HTTP server on a socket, and the in-process httpx transport.

Both turn the same :class:`~._faults.Answer` into what a client sees, so a fault behaves alike
in-process and over HTTP. The server sends each answer in one write on a socket without Nagle's
algorithm: headers and body written apart, with Nagle on, cost about 40 ms per response (the
second write waits for the client's delayed ACK).
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import AsyncIterator, Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from ._faults import DROP_MESSAGE, TRUNCATE_MESSAGE, Answer, pause

if TYPE_CHECKING:
    from ._sandbox import Sandbox

# -- in-process -----------------------------------------------------------------------------------


def read_timeout(request: httpx.Request) -> float | None:
    """The read timeout the client set on ``request`` (a delay past it times out, as on a socket)."""
    timeout = request.extensions.get("timeout")
    if isinstance(timeout, dict):
        value = timeout.get("read")
        return float(value) if value is not None else None
    return None


class _CutStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Half a body, then the error a real client raises when the peer closes early."""

    def __init__(self, answer: Answer, request: httpx.Request) -> None:
        self._part = answer.sent()
        self._expected = answer.declared_length()
        self._request = request

    def _error(self) -> httpx.RemoteProtocolError:
        return httpx.RemoteProtocolError(
            f"{TRUNCATE_MESSAGE}: received {len(self._part)} bytes, expected {self._expected}",
            request=self._request,
        )

    def __iter__(self) -> Iterator[bytes]:
        if self._part:
            yield self._part
        raise self._error()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._part:
            yield self._part
        raise self._error()


def to_httpx(answer: Answer, request: httpx.Request) -> httpx.Response:
    """The answer as an in-process client receives it (a cut one raises as a socket's would)."""
    if answer.cut == "drop":
        raise httpx.RemoteProtocolError(DROP_MESSAGE, request=request)
    stream: httpx.SyncByteStream = (
        _CutStream(answer, request) if answer.cut == "truncate" else httpx.ByteStream(answer.body)
    )
    return httpx.Response(answer.status, headers=answer.wire_headers(), stream=stream, request=request)


class SandboxTransport(httpx.MockTransport):
    """A transport for ``httpx.Client`` and ``httpx.AsyncClient`` alike (async sleeps don't block)."""

    def __init__(self, sandbox: Sandbox) -> None:
        super().__init__(sandbox.handle)
        self._sandbox = sandbox

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return await self._sandbox.ahandle(request)


# -- over a socket --------------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    sandbox: Sandbox

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that closed its connection (a walk ending with pages still in flight) is no sandbox error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _RequestHandler(BaseHTTPRequestHandler):
    """Turns a socket request into an ``httpx.Request`` and the sandbox's answer back into bytes."""

    protocol_version = "HTTP/1.1"
    timeout = 30
    disable_nagle_algorithm = True  # TCP_NODELAY on each accepted connection (see the module's docstring)
    server: _Server

    def __getattr__(self, name: str) -> Callable[[], None]:
        if name.startswith("do_"):  # every method, QUERY and TRACE too: the router tells 404 from 405
            return self._serve
        raise AttributeError(name)

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _serve(self) -> None:
        sandbox = self.server.sandbox
        try:
            request = self._to_request()
        except ValueError:
            self.send_error(400)
            return
        plan = sandbox._plan(request)
        if plan.delay:
            pause(plan.delay)
        try:
            answer = sandbox._answer(request, plan.fault)
        except Exception:  # a sandbox bug: answer 500 and show it, as a server log would
            traceback.print_exc(file=sys.stderr)
            answer = Answer(500, [("Content-Type", "text/plain")], b"sandbox error\n")
        try:
            self._write(answer)
        except OSError:  # the client gave up (a timeout); nothing left to tell it
            self.close_connection = True

    def _to_request(self) -> httpx.Request:
        length = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = self._read_chunked()
        else:
            body = self.rfile.read(int(length)) if length else b""
        host, port = self.server.server_address[:2]
        target = self.path if self.path.startswith(("http://", "https://")) else f"http://{host!s}:{port}{self.path}"
        # As bytes: http.server decoded them as latin-1, and a non-ASCII value is the vendor's to refuse.
        headers = [
            (k.encode("latin-1"), v.encode("latin-1"))
            for k, v in self.headers.items()
            if k.lower() not in ("transfer-encoding", "content-length")
        ]
        if body:
            headers.append((b"Content-Length", str(len(body)).encode()))
        return httpx.Request(self.command, target, headers=headers, content=body)

    def _read_chunked(self) -> bytes:
        parts: list[bytes] = []
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip(), 16)
            if size == 0:
                while self.rfile.readline().strip():
                    pass
                return b"".join(parts)
            parts.append(self.rfile.read(size))
            self.rfile.readline()

    def _write(self, answer: Answer) -> None:
        """Status line, headers and body in one write (see the module's docstring)."""
        if answer.cut == "drop":
            self.close_connection = True
            return
        reason = self.responses[answer.status][0] if answer.status in self.responses else ""
        lines = [
            f"{self.protocol_version} {answer.status} {reason}",
            f"Server: {self.version_string()}",
            f"Date: {self.date_time_string()}",
        ]
        for name, value in answer.wire_headers():
            lines.append(f"{name}: {value}")
            if name.lower() == "connection":  # as BaseHTTPRequestHandler.send_header does
                self.close_connection = value.lower() == "close"
        if answer.cut == "truncate":
            lines.append("Connection: close")
            self.close_connection = True
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "strict")
        self.wfile.write(head + answer.sent() if answer.framed else head)
        self.wfile.flush()


class SandboxServer:
    """A sandbox behind a real socket: ``with sandbox.serve() as server: server.url``."""

    def __init__(self, sandbox: Sandbox, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sandbox = sandbox
        self._address = (host, port)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The server's root, e.g. ``http://127.0.0.1:54321``."""
        if self._server is None:
            raise RuntimeError("the server is not running; use it as a context manager or call start()")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def base_url(self) -> str:
        """Where the vendor's API paths start (the root plus the vendor's base path)."""
        return self.url + self.sandbox.base_path

    def start(self) -> SandboxServer:
        server = _Server(self._address, _RequestHandler)
        server.sandbox = self.sandbox
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="sandbox-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
