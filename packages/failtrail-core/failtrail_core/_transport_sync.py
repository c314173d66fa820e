"""The sync twin of :mod:`._transport`: HTTP/1.1 through h11 over plain sockets, behind httpx's public
``BaseTransport`` interface, with one lock-guarded stack of idle connections per origin (no scan of the
pool per request, unlike httpcore's). Same limits, timeouts and exception types as httpx's own.
"""

from __future__ import annotations

import select
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from typing import Any

import h11
import httpx

from ._http11 import Exchange, Limits, Origin, encoded, feed, head, origin_of, piece, read_failed, response, step

__all__ = ["SyncH11Transport"]

_READ_SIZE = 65536


class _Connection:
    __slots__ = ("h11", "idle_since", "sock")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.h11 = h11.Connection(h11.CLIENT)
        self.idle_since = 0.0

    def close(self) -> None:
        self.sock.close()  # a reset by the peer is ignored by socket.close itself

    def idle_ok(self) -> bool:
        """Whether an idle connection may carry a request: nothing has arrived on it (data or the end)."""
        sock = self.sock
        if sock.fileno() < 0:
            return False
        if isinstance(sock, ssl.SSLSocket) and sock.pending():
            return False
        try:
            return not _readable(sock)
        except (OSError, ValueError):
            return False


def _readable(sock: socket.socket) -> bool:
    """Whether reading ``sock`` would not block: ``poll`` where there is one (``select`` fails past fd 1023)."""
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(sock, select.POLLIN)
        return bool(poller.poll(0))
    readable, _, _ = select.select([sock], [], [], 0)
    return bool(readable)


class SyncH11Transport(Limits[_Connection], httpx.BaseTransport):
    """HTTP/1.1 with a keep-alive pool per origin, thread-safe; httpx's limits and their defaults.

    See :class:`failtrail_core._transport.AsyncH11Transport`: the same rules, for threads.
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
        self._lock = threading.Condition()

    # -- the pool ---------------------------------------------------------------------------

    def _acquire(self, origin: Origin, request: httpx.Request, timeouts: dict[str, Any]) -> _Connection:
        deadline = None
        stale: list[_Connection] = []
        try:
            with self._lock:
                while True:
                    connection = self._take_idle(origin, stale)
                    if connection is not None:
                        return connection
                    if self._max is None or self._open < self._max:
                        self._open += 1
                        break
                    if self._idle_count:  # idle connections to other origins: close one to make room
                        stale.append(self._pop_oldest())
                        self._open -= 1
                        continue
                    pool_timeout = timeouts.get("pool")
                    if deadline is None and pool_timeout is not None:
                        deadline = time.monotonic() + pool_timeout
                    left = None if deadline is None else deadline - time.monotonic()
                    if left is not None and left <= 0:
                        self._lock.notify()  # a wake-up this thread may have taken as it timed out goes on
                        raise httpx.PoolTimeout("no connection free within the pool timeout", request=request)
                    self._lock.wait(left)
        finally:
            for connection in stale:  # closed outside the lock
                connection.close()
        try:
            return self._connect(origin, request, timeouts.get("connect"))
        except BaseException:
            with self._lock:
                self._open -= 1
                self._lock.notify()
            raise

    def _take_idle(self, origin: Origin, stale: list[_Connection]) -> _Connection | None:
        stack = self._idle.get(origin)
        now = time.monotonic()
        while stack:
            connection = stack.pop()
            self._idle_count -= 1
            if now - connection.idle_since < self._expiry and connection.idle_ok():
                return connection
            stale.append(connection)  # closed by the server, sent something unasked, or expired
            self._open -= 1
        return None

    def _pop_oldest(self) -> _Connection:
        stack = max(self._idle.values(), key=len)
        self._idle_count -= 1
        return stack.pop(0)

    def _discard(self, connection: _Connection) -> None:
        connection.close()
        with self._lock:
            self._open -= 1
            self._lock.notify()

    def _release(self, origin: Origin, connection: _Connection) -> None:
        state = connection.h11
        if self._closed or state.our_state is not h11.DONE or state.their_state is not h11.DONE:
            self._discard(connection)
            return
        state.start_next_cycle()
        evicted = None
        with self._lock:
            connection.idle_since = time.monotonic()
            self._idle.setdefault(origin, []).append(connection)
            self._idle_count += 1
            if self._idle_count > self._max_idle:
                evicted = self._pop_oldest()
                self._open -= 1
            self._lock.notify()
        if evicted is not None:
            evicted.close()

    def _connect(self, origin: Origin, request: httpx.Request, timeout: float | None) -> _Connection:
        scheme, host, port = origin
        name = host.decode("ascii")
        try:
            sock = socket.create_connection((name, port), timeout=timeout)
        except TimeoutError:
            raise httpx.ConnectTimeout(f"connecting to {name}:{port} timed out", request=request) from None
        except OSError as exc:
            raise httpx.ConnectError(str(exc) or type(exc).__name__, request=request) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if scheme == b"https":
                context = self._ssl if self._ssl is not None else ssl.create_default_context()
                sock = context.wrap_socket(sock, server_hostname=name)
        except TimeoutError:
            sock.close()
            raise httpx.ConnectTimeout(f"the TLS handshake with {name}:{port} timed out", request=request) from None
        except OSError as exc:
            sock.close()
            raise httpx.ConnectError(str(exc) or type(exc).__name__, request=request) from exc
        return _Connection(sock)

    # -- one exchange -----------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise RuntimeError("the transport is closed")
        origin = origin_of(request)
        timeouts: dict[str, Any] = request.extensions.get("timeout", {})
        connection = self._acquire(origin, request, timeouts)
        try:
            _send(connection, request, timeouts.get("write"))
            connection.sock.settimeout(timeouts.get("read"))
            event = None
            while event is None:  # informational answers (100 Continue) are read past
                event = head(_next_event(connection, request), request)
        except BaseException:
            self._discard(connection)  # half written or half read: never reused
            raise
        return response(event, _Body(Exchange(self, origin, connection, request)))

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle = [connection for stack in self._idle.values() for connection in stack]
            self._idle.clear()
            self._idle_count = 0
        for connection in idle:
            connection.close()


def _send(connection: _Connection, request: httpx.Request, timeout: float | None) -> None:
    data = encoded(connection.h11, request, request.stream)  # type: ignore[arg-type]
    sock = connection.sock
    try:
        sock.settimeout(timeout)
        sock.sendall(data)
    except TimeoutError:
        raise httpx.WriteTimeout("writing the request timed out", request=request) from None
    except OSError as exc:
        raise httpx.WriteError(str(exc) or type(exc).__name__, request=request) from exc


def _next_event(connection: _Connection, request: httpx.Request) -> Any:
    """The next h11 event of the response, reading the socket as needed; httpx's errors for what goes wrong."""
    state = connection.h11
    while (event := step(state, request)) is h11.NEED_DATA:
        try:
            data = connection.sock.recv(_READ_SIZE)
        except OSError as exc:  # TimeoutError included
            read_failed(exc, request)
        feed(state, request, data)
    return event


class _Body(httpx.SyncByteStream):
    """A response's body as it arrives; at its end (or when closed) the connection goes back or is closed."""

    def __init__(self, exchange: Exchange[_Connection]) -> None:
        self._exchange = exchange

    def __iter__(self) -> Iterator[bytes]:
        exchange = self._exchange
        connection = exchange.connection()
        try:
            while (data := piece(_next_event(connection, exchange.request))) is not None:
                if data:
                    yield data
        except BaseException:
            exchange.failed(connection)
            raise
        exchange.ended(connection)

    def close(self) -> None:
        self._exchange.give_up()
