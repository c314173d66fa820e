"""What the async and the sync transports share: HTTP/1.1 messages through h11, without any I/O.

:mod:`._transport` (asyncio) and :mod:`._transport_sync` (sockets) differ only in how they wait for
bytes and for a free connection; how a request is encoded, how a response's events are read, and which
h11 or socket failure becomes which httpx exception are written once, here.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable
from typing import Any, Generic, NoReturn, Protocol, TypeVar

import h11
import httpx

__all__ = [
    "Exchange",
    "Limits",
    "Origin",
    "encoded",
    "feed",
    "head",
    "origin_of",
    "piece",
    "read_failed",
    "response",
    "step",
]

Origin = tuple[bytes, bytes, int]
"""Scheme, host and port: the key of a pool's idle connections."""

_Connection = TypeVar("_Connection")
_Held = TypeVar("_Held", contravariant=True)


def origin_of(request: httpx.Request) -> Origin:
    """Where ``request`` goes; ``httpx.UnsupportedProtocol`` for a scheme other than http and https."""
    url = request.url
    scheme = url.raw_scheme
    if scheme not in (b"http", b"https"):
        raise httpx.UnsupportedProtocol(f"scheme {url.scheme!r} is not supported", request=request)
    return scheme, url.raw_host, url.port or (443 if scheme == b"https" else 80)


def encoded(state: h11.Connection, request: httpx.Request, body: Iterable[bytes]) -> bytes:
    """The request's bytes on the wire (head, body, end), for one write."""
    try:
        chunks = [
            state.send(h11.Request(method=request.method, target=request.url.raw_path, headers=request.headers.raw))
        ]
        chunks += [state.send(h11.Data(data=part)) for part in body if part]
        chunks.append(state.send(h11.EndOfMessage()))
    except h11.LocalProtocolError as exc:
        raise httpx.LocalProtocolError(str(exc), request=request) from exc
    return b"".join(chunk for chunk in chunks if chunk)


def step(state: h11.Connection, request: httpx.Request) -> Any:
    """The response's next h11 event, or ``h11.NEED_DATA``: then read the socket and :func:`feed` it."""
    try:
        event = state.next_event()
    except h11.RemoteProtocolError as exc:
        raise httpx.RemoteProtocolError(str(exc), request=request) from exc
    if event is h11.PAUSED:  # a client reads one response at a time: a guard, never reached
        raise httpx.RemoteProtocolError("the server sent more than one response", request=request)
    return event


def feed(state: h11.Connection, request: httpx.Request, data: bytes) -> None:
    """Give h11 the bytes read (``b""``: the server closed the connection)."""
    if not data and state.their_state is h11.SEND_RESPONSE:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    state.receive_data(data)


def read_failed(exc: OSError, request: httpx.Request) -> NoReturn:
    """httpx's exception for a read that timed out (``ReadTimeout``) or failed (``ReadError``)."""
    if isinstance(exc, TimeoutError):
        raise httpx.ReadTimeout("reading the response timed out", request=request) from None
    raise httpx.ReadError(str(exc) or type(exc).__name__, request=request) from exc


def head(event: Any, request: httpx.Request) -> h11.Response | None:
    """The response's head, None for an informational one (read on), an error for anything else."""
    if type(event) is h11.Response:
        return event
    if type(event) is not h11.InformationalResponse:
        raise httpx.RemoteProtocolError(f"unexpected {type(event).__name__} before the response", request=request)
    return None


def piece(event: Any) -> bytes | None:
    """A body event's bytes (``b""`` for anything but data: trailers are not kept), None at the body's end."""
    if type(event) is h11.Data:
        return bytes(event.data)
    if type(event) is h11.EndOfMessage or type(event) is h11.ConnectionClosed:
        return None
    return b""


def response(event: h11.Response, stream: httpx.SyncByteStream | httpx.AsyncByteStream) -> httpx.Response:
    """The httpx response for a head, its body still to come through ``stream``."""
    return httpx.Response(
        event.status_code,
        headers=event.headers.raw_items(),
        stream=stream,
        extensions={"http_version": b"HTTP/1.1", "reason_phrase": event.reason},
    )


class _Pool(Protocol[_Held]):
    """A transport, as the bodies of its responses see it."""

    def _release(self, origin: Origin, connection: _Held) -> None: ...

    def _discard(self, connection: _Held) -> None: ...


class Limits(Generic[_Connection]):
    """What both transports' pools keep: httpx's limits (its names and defaults), the TLS context, and one
    stack of idle connections per origin. How a request waits for a free connection is each one's own."""

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext | None = None,
        max_connections: int | None = 100,
        max_keepalive_connections: int = 20,
        keepalive_expiry: float = 5.0,
    ) -> None:
        self._ssl = ssl_context
        self._max = max_connections
        self._max_idle = max_keepalive_connections
        self._expiry = keepalive_expiry
        self._idle: dict[Origin, list[_Connection]] = {}
        self._idle_count = 0
        self._open = 0  # connections open or being opened, idle ones included
        self._closed = False


class Exchange(Generic[_Connection]):
    """A response's hold on its connection while its body is read: given back to the pool once the body was
    read to its end, closed when reading failed or the body was closed before its end (never reused half read)."""

    __slots__ = ("_connection", "_origin", "_pool", "request")

    def __init__(self, pool: _Pool[_Connection], origin: Origin, connection: _Connection, request: httpx.Request):
        self._pool = pool
        self._origin = origin
        self._connection: _Connection | None = connection
        self.request = request

    def connection(self) -> _Connection:
        """The connection to read the body from; ``httpx.StreamClosed`` once the body was closed or read."""
        if self._connection is None:
            raise httpx.StreamClosed()
        return self._connection

    def ended(self, connection: _Connection) -> None:
        """The body was read to its end: the connection goes back to the pool (which closes it if it cannot)."""
        if self._connection is connection:
            self._connection = None
            self._pool._release(self._origin, connection)

    def failed(self, connection: _Connection) -> None:
        """Reading the body failed or was cancelled: the connection is closed (unless closing came first)."""
        if self._connection is connection:
            self._connection = None
            self._pool._discard(connection)

    def give_up(self) -> None:
        """The body was closed: a connection whose body is not read to its end is closed."""
        connection, self._connection = self._connection, None
        if connection is not None:
            self._pool._discard(connection)
