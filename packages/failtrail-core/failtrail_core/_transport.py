"""An HTTP/1.1 keep-alive transport for asyncio, behind httpx's public ``AsyncBaseTransport`` interface.

Why: an async page walk is CPU-bound on 127.0.0.1 and on any fast link, and most of its CPU went to
httpcore's pool (every pool operation scans every connection, asks each socket whether it is readable
through anyio's typed attributes, and looks the async library up) rather than to HTTP. This transport
keeps one stack of idle connections per origin (a request takes the most recently used one: no scan),
speaks HTTP/1.1 through h11 (the parser httpx already uses) over an asyncio ``Protocol``, and raises
httpx's own exception types with httpx's timeout semantics (``connect``, ``read``, ``write``, ``pool``
from ``request.extensions["timeout"]``). ``nox -s bench``: about 40 % less CPU per request.

It serves plain http and https (HTTP/1.1, with the client's TLS context and SNI) under asyncio only;
:mod:`._base_client` keeps httpx's own transport for anything else (trio, proxies from the environment).
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import time
from collections import deque
from collections.abc import AsyncIterator
from typing import Any

import h11
import httpx

from ._http11 import Exchange, Limits, Origin, encoded, feed, head, origin_of, piece, read_failed, response, step

__all__ = ["AsyncH11Transport"]

_READ_SIZE = 65536
_HIGH_WATER = 4 * _READ_SIZE  # received bytes held unread before the socket stops being read


class _Protocol(asyncio.Protocol):
    """One socket's received bytes, its end, and a waiter woken by either (one reader at a time)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.transport: asyncio.Transport | None = None
        self.chunks: deque[bytes] = deque()
        self.held = 0
        self.eof = False
        self.lost: Exception | None = None
        self.closed = False
        self._waiter: asyncio.Future[None] | None = None
        self._drain: asyncio.Future[None] | None = None
        self._paused_reading = False
        self._paused_writing = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.held += len(data)
        if self.held > _HIGH_WATER and not self._paused_reading and self.transport is not None:
            self._paused_reading = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False  # close our side too: an HTTP/1.1 connection half closed by the server is done

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.eof = True
        self.lost = exc
        self._wake()
        drain, self._drain = self._drain, None
        if drain is not None and not drain.done():
            drain.set_result(None)

    def pause_writing(self) -> None:
        self._paused_writing = True

    def resume_writing(self) -> None:
        self._paused_writing = False
        drain, self._drain = self._drain, None
        if drain is not None and not drain.done():
            drain.set_result(None)

    def _wake(self) -> None:
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def receive(self, timeout: float | None) -> bytes:
        """The next bytes received, b"" at the end; ``TimeoutError`` when none came within ``timeout``."""
        if not self.chunks and not self.eof:
            waiter = self._waiter = self._loop.create_future()
            if timeout is None:
                await waiter
            else:
                handle = self._loop.call_later(timeout, _time_out, waiter)
                try:
                    await waiter
                finally:
                    handle.cancel()
        if self.chunks:
            data = self.chunks.popleft()
            self.held -= len(data)
            if self._paused_reading and self.held <= _HIGH_WATER and self.transport is not None:
                self._paused_reading = False
                self.transport.resume_reading()
            return data
        if self.lost is not None:
            raise self.lost
        return b""

    async def drain(self, timeout: float | None) -> None:
        """Wait until the socket's write buffer is below its high-water mark (``TimeoutError`` past ``timeout``)."""
        if not self._paused_writing or self.closed:
            return
        drain = self._drain = self._loop.create_future()
        await asyncio.wait_for(drain, timeout)

    @property
    def idle_ok(self) -> bool:
        """Whether an idle connection may carry a request: nothing arrived on it and it is still open."""
        return not self.chunks and not self.eof and not self.closed


def _time_out(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


class _Connection:
    __slots__ = ("h11", "idle_since", "protocol")

    def __init__(self, protocol: _Protocol) -> None:
        self.protocol = protocol
        self.h11 = h11.Connection(h11.CLIENT)
        self.idle_since = 0.0

    def close(self) -> None:
        transport = self.protocol.transport
        if transport is not None and not transport.is_closing():
            with contextlib.suppress(RuntimeError):  # its loop is closed: the socket goes with the transport
                transport.close()


class AsyncH11Transport(Limits[_Connection], httpx.AsyncBaseTransport):
    """HTTP/1.1 over asyncio with a keep-alive pool per origin; httpx's limits and their defaults.

    At most ``max_connections`` connections open at once (a request past it waits up to the ``pool``
    timeout, then :class:`httpx.PoolTimeout`); up to ``max_keepalive_connections`` idle ones kept, each
    for ``keepalive_expiry`` seconds. A connection goes back to the pool only once its response was read
    to the end and both sides agree to keep it; a response closed early, a cancelled request or any
    error closes it instead.
    """

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext | None = None,
        max_connections: int | None = 100,
        max_keepalive_connections: int = 20,
        keepalive_expiry: float = 5.0,
    ) -> None:
        super().__init__(
            ssl_context=ssl_context,
            max_connections=max_connections,
            max_keepalive_connections=max_keepalive_connections,
            keepalive_expiry=keepalive_expiry,
        )
        self._waiting: deque[asyncio.Future[None]] = deque()

    # -- the pool ---------------------------------------------------------------------------

    def _take_idle(self, origin: Origin) -> _Connection | None:
        stack = self._idle.get(origin)
        now = time.monotonic()
        while stack:
            connection = stack.pop()
            self._idle_count -= 1
            if connection.protocol.idle_ok and now - connection.idle_since < self._expiry:
                return connection
            self._discard(connection)  # closed by the server, sent something unasked, or expired
        return None

    def _discard(self, connection: _Connection) -> None:
        connection.close()
        self._open -= 1
        self._wake_next()

    def _wake_next(self) -> None:
        """Tell the longest-waiting request that a connection or a slot is free."""
        while self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    def _release(self, origin: Origin, connection: _Connection) -> None:
        """Back to the pool after a complete exchange, or closed when it cannot carry another."""
        state = connection.h11
        if (
            self._closed
            or state.our_state is not h11.DONE
            or state.their_state is not h11.DONE
            or not connection.protocol.idle_ok
        ):
            self._discard(connection)
            return
        state.start_next_cycle()
        if self._waiting or self._idle_count < self._max_idle:
            connection.idle_since = time.monotonic()
            self._idle.setdefault(origin, []).append(connection)
            self._idle_count += 1
            self._wake_next()  # a request waiting for a free slot may take this one
            if self._idle_count > self._max_idle:
                self._evict_one()
        else:
            self._discard(connection)

    def _evict_one(self) -> None:
        """Close the oldest idle connection of the largest stack (idle connections beyond the keep-alive limit)."""
        stack = max(self._idle.values(), key=len)
        self._idle_count -= 1
        self._discard(stack.pop(0))

    async def _acquire(self, origin: Origin, request: httpx.Request, timeouts: dict[str, Any]) -> _Connection:
        loop = asyncio.get_running_loop()
        deadline = None
        while True:
            connection = self._take_idle(origin)
            if connection is not None:
                return connection
            if self._max is None or self._open < self._max:
                break
            if self._idle_count:  # idle connections to other origins: close one to make room
                self._evict_one()
                continue
            pool_timeout = timeouts.get("pool")
            if deadline is None and pool_timeout is not None:
                deadline = loop.time() + pool_timeout
            waiter = loop.create_future()
            self._waiting.append(waiter)
            try:
                async with asyncio.timeout_at(deadline):
                    await waiter
            except BaseException as exc:
                if waiter.done() and not waiter.cancelled():  # woken, then timed out or cancelled: pass it on
                    self._wake_next()
                if isinstance(exc, TimeoutError):
                    raise httpx.PoolTimeout("no connection free within the pool timeout", request=request) from None
                raise
        self._open += 1
        try:
            return await self._connect(origin, request, timeouts.get("connect"))
        except BaseException:
            self._open -= 1
            raise

    async def _connect(self, origin: Origin, request: httpx.Request, timeout: float | None) -> _Connection:
        scheme, host, port = origin
        loop = asyncio.get_running_loop()
        name = host.decode("ascii")
        tls = None
        if scheme == b"https":
            tls = self._ssl if self._ssl is not None else ssl.create_default_context()
        try:
            async with asyncio.timeout(timeout):
                _, protocol = await loop.create_connection(
                    lambda: _Protocol(loop), name, port, ssl=tls, server_hostname=name if tls else None
                )
        except TimeoutError:
            raise httpx.ConnectTimeout(f"connecting to {name}:{port} timed out", request=request) from None
        except OSError as exc:  # ssl.SSLError included
            raise httpx.ConnectError(str(exc) or type(exc).__name__, request=request) from exc
        return _Connection(protocol)

    # -- one exchange -----------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("the transport is closed")
        origin = origin_of(request)
        timeouts: dict[str, Any] = request.extensions.get("timeout", {})
        connection = await self._acquire(origin, request, timeouts)
        try:
            await self._send(connection, request, timeouts.get("write"))
            event = None
            while event is None:  # informational answers (100 Continue) are read past
                event = head(await _next_event(connection, request, timeouts.get("read")), request)
        except BaseException:
            self._discard(connection)  # half written or half read: never reused (cancellation included)
            raise
        return response(event, _Body(Exchange(self, origin, connection, request), timeouts.get("read")))

    async def _send(self, connection: _Connection, request: httpx.Request, timeout: float | None) -> None:
        body = [part async for part in request.stream]  # type: ignore[union-attr]
        data = encoded(connection.h11, request, body)
        transport = connection.protocol.transport
        if transport is None or connection.protocol.closed:
            raise httpx.WriteError("the connection was closed", request=request)
        transport.write(data)
        try:
            await connection.protocol.drain(timeout)
        except TimeoutError:
            raise httpx.WriteTimeout("writing the request timed out", request=request) from None

    async def aclose(self) -> None:
        self._closed = True
        for stack in self._idle.values():
            for connection in stack:
                connection.close()
        self._idle.clear()
        self._idle_count = 0


async def _next_event(connection: _Connection, request: httpx.Request, timeout: float | None) -> Any:
    """The next h11 event of the response, reading the socket as needed; httpx's errors for what goes wrong."""
    state = connection.h11
    while (event := step(state, request)) is h11.NEED_DATA:
        try:
            data = await connection.protocol.receive(timeout)
        except OSError as exc:  # TimeoutError included
            read_failed(exc, request)
        feed(state, request, data)
    return event


class _Body(httpx.AsyncByteStream):
    """A response's body as it arrives; at its end (or when closed) the connection goes back or is closed."""

    __slots__ = ("_exchange", "_timeout")

    def __init__(self, exchange: Exchange[_Connection], timeout: float | None) -> None:
        self._exchange = exchange
        self._timeout = timeout

    async def __aiter__(self) -> AsyncIterator[bytes]:
        exchange = self._exchange
        connection = exchange.connection()
        try:
            while (data := piece(await _next_event(connection, exchange.request, self._timeout))) is not None:
                if data:
                    yield data
        except BaseException:
            exchange.failed(connection)
            raise
        exchange.ended(connection)

    async def aclose(self) -> None:
        self._exchange.give_up()
