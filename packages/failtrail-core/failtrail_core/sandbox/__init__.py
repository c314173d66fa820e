"""Vendor sandboxes: in-process and over-HTTP fakes of a vendor API, with deterministic faults.

Copied verbatim into every failtrail package as ``_sandbox.py``; each package's ``lib/sandbox.py``
subclasses :class:`Sandbox` with the vendor's routes, auth and records. Nothing here knows a vendor.

The same fault rules work in both modes, so a test can check a retry loop against the in-process
transport (fast) and against a real socket (faithful) without changing a line:

- ``status``: the vendor's own error body with that status (and ``Retry-After`` if given).
- ``drop``: no answer at all (in-process ``httpx.RemoteProtocolError``; over HTTP the socket closes).
- ``truncate``: headers promise the whole body, half of it arrives, then the connection closes.
- ``invalid-json``: a 200 whose JSON body is cut short but correctly framed.
- ``slow``: the answer comes after ``delay`` seconds (in-process, a delay past the request's read
  timeout raises ``httpx.ReadTimeout`` after that timeout, as a socket would).
- ``latency``: ``delay`` seconds added to every matching request, on top of any other fault.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import gzip
import random
import re
import secrets
import sys
import threading
import time
import traceback
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Literal, TypeVar, get_args
from urllib.parse import parse_qs, unquote

import httpx
import orjson

__all__ = [
    "BadInt",
    "FaultKind",
    "FaultRule",
    "Grant",
    "Handler",
    "Refused",
    "Router",
    "Sandbox",
    "SandboxServer",
    "TokenIssuer",
    "accepts",
    "form_fields",
    "int_param",
    "json_response",
    "page_slice",
    "random_hex",
    "random_ipv4",
    "random_moment",
    "random_stamp",
    "random_uuid",
    "request_body",
    "restore_plus",
    "sandbox_now",
    "serve_forever_cli",
    "shown_secret",
    "shown_tokens",
    "text_response",
    "utc_stamp",
]

FaultKind = Literal["status", "drop", "truncate", "invalid-json", "slow", "latency"]
Handler = Callable[[httpx.Request, dict[str, str]], httpx.Response]
T = TypeVar("T")

_DROP_MESSAGE = "Server disconnected without sending a response."
_TRUNCATE_MESSAGE = "peer closed connection without sending complete message body"


@dataclass
class FaultRule:
    """When and how to misbehave; matching is by request count, path prefix and query values.

    ``every=3`` fires on the 3rd, 6th, ... matching request, ``nth=2`` on the 2nd only, neither on
    every matching one; ``times`` caps how often it fires. Each rule counts only the requests that
    match its ``path`` and ``query``, whatever the other rules do, so runs are reproducible. When
    several rules are due, every ``latency`` rule applies and the first other one (in the order
    added) answers; the others let that request pass.
    """

    kind: FaultKind
    every: int | None = None
    nth: int | None = None
    path: str | None = None
    query: Mapping[str, str | int] | None = None
    status: int = 503
    retry_after: str | None = None
    delay: float = 0.0
    times: int | None = None
    seen: int = field(default=0, init=False)
    fired: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        if self.kind not in get_args(FaultKind):
            raise ValueError(f"unknown fault kind {self.kind!r}; one of {', '.join(get_args(FaultKind))}")
        for name in ("every", "nth"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise ValueError(f"{name} must be >= 1")
        if self.times is not None and self.times < 0:
            raise ValueError("times must be >= 0")
        if self.delay < 0:
            raise ValueError("delay must be >= 0")

    def matches(self, request: httpx.Request) -> bool:
        if self.path is not None and not request.url.path.startswith(self.path):
            return False
        params = request.url.params
        return all(params.get(name) == str(value) for name, value in (self.query or {}).items())

    def due(self, request: httpx.Request) -> bool:
        """Count the request if it matches; whether the rule is due to fire for it."""
        if not self.matches(request):
            return False
        self.seen += 1
        if self.every is not None and self.seen % self.every:
            return False
        if self.nth is not None and self.seen != self.nth:
            return False
        return self.times is None or self.fired < self.times


@dataclass(frozen=True)
class _Plan:
    delay: float
    fault: FaultRule | None


@dataclass
class _Answer:
    """A finished answer, as bytes on the wire; ``cut`` says how the connection misbehaves."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    cut: Literal["drop", "truncate"] | None = None
    framed: bool = True  # False for HEAD, 204 and 304: no body and no Content-Length

    def sent(self) -> bytes:
        """The body bytes that reach the client: all of them, or the first half when truncated."""
        return self.body[: len(self.body) // 2] if self.cut == "truncate" else self.body

    def declared_length(self) -> int:
        """The Content-Length promised; a truncated answer promises more than it sends."""
        return max(len(self.body), len(self.sent()) + 1) if self.cut == "truncate" else len(self.body)

    def wire_headers(self) -> list[tuple[str, str]]:
        if not self.framed:
            return self.headers
        return [*self.headers, ("Content-Length", str(self.declared_length()))]


# -- small helpers the vendor modules share -------------------------------------------------------


def json_response(status: int, body: object, headers: Mapping[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=orjson.dumps(body),
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def text_response(status: int, text: str, headers: Mapping[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=text.encode(),
        headers={"Content-Type": "text/plain; charset=UTF-8", **(headers or {})},
    )


def request_body(request: httpx.Request) -> bytes:
    """The request body, un-gzipped when the client compressed it."""
    body = request.content
    if request.headers.get("content-encoding", "").lower() == "gzip" and body:
        return gzip.decompress(body)
    return body


def form_fields(request: httpx.Request) -> dict[str, str]:
    """A form-encoded body as a dict (the first value of each field)."""
    return {k: v[0] for k, v in parse_qs(request_body(request).decode("utf-8", "replace")).items()}


def shown_secret(secret: str, default: str) -> str:
    """A secret for the CLI banner: the well-known default is shown, anything configured is not."""
    return secret if secret == default else "<as configured>"


def shown_tokens(tokens: Iterable[str], defaults: Iterable[str]) -> str:
    """Bearer tokens for the CLI banner, as :func:`shown_secret` shows a secret: only the defaults."""
    known = frozenset(defaults)
    given = sorted(set(tokens))
    shown = [token for token in given if token in known]
    if len(shown) < len(given):
        shown.append("<as configured>")
    return ", ".join(shown) or "none"


def accepts(header: str | None, *names: str) -> bool:
    """Whether an ``Accept``-style header (``Accept``, ``Accept-Encoding``) allows one of ``names``.

    ``names`` go most specific first (``"application/json", "application/*", "*/*"``): the first
    of them the header lists decides, by its q-value (``q=0``, ``q=0.0`` or an unreadable one
    refuses). Names are compared case-blind. A missing or blank header allows nothing here; what
    that means is the caller's to say.
    """
    listed: dict[str, float] = {}
    for item in (header or "").split(","):
        name, *parameters = (part.strip().lower() for part in item.split(";"))
        quality = 1.0
        for parameter in parameters:
            key, _, value = parameter.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value.strip())
                except ValueError:
                    quality = 0.0
        listed.setdefault(name, quality)
    for name in names:
        if name.lower() in listed:
            return listed[name.lower()] > 0
    return False


def restore_plus(raw: str) -> str:
    """A time whose offset's ``+`` came unencoded in a query string, and so was read as a space, mended.

    ``2025-01-10T08:00 0800`` -> ``2025-01-10T08:00+0800`` (``08:00`` offsets alike); anything else as given.
    """
    return re.sub(r" (\d{2}:?\d{2})$", r"+\1", raw)


@dataclass(frozen=True)
class BadInt:
    """An integer parameter :func:`int_param` refused: ``value`` is None when ``raw`` is no integer at all."""

    name: str
    raw: str
    value: int | None
    low: int | None
    high: int | None


def int_param(
    source: httpx.Request | str | None,
    name: str,
    default: int,
    low: int | None,
    high: int | None,
    refuse: Callable[[BadInt], httpx.Response],
) -> int:
    """An integer query parameter (read off ``source`` when it is the request), checked against its bounds.

    A missing one is ``default``. One that is not an integer, or outside ``low``..``high`` (either
    may be None: unbounded), raises :class:`Refused` with ``refuse(BadInt(...))``, the vendor's own
    answer: the limits and texts are the vendor's, the parsing is the same everywhere.
    """
    raw = source.url.params.get(name) if isinstance(source, httpx.Request) else source
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise Refused(refuse(BadInt(name, raw, None, low, high))) from None
    if (low is not None and value < low) or (high is not None and value > high):
        raise Refused(refuse(BadInt(name, raw, value, low, high)))
    return value


def page_slice(items: Sequence[T], offset: int, size: int) -> tuple[list[T], bool]:
    """The ``size`` items from ``offset`` on, and whether more follow them."""
    return list(items[offset : offset + size]), offset + size < len(items)


def sandbox_now(now: datetime | None = None) -> datetime:
    """A sandbox's "now", in UTC: the one given (a fixed clock, for reproducible records) or the wall clock's."""
    return (now or datetime.now(UTC)).astimezone(UTC)


def random_moment(rng: random.Random, now: datetime, days: float) -> datetime:
    """A moment in the ``days`` before ``now``, evenly spread."""
    return now - timedelta(seconds=rng.uniform(0, days * 86400))


def utc_stamp(moment: datetime) -> str:
    """``2025-01-20T12:00:00Z``: a UTC moment to the second."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def random_stamp(rng: random.Random, now: datetime, days: float) -> str:
    """A :func:`random_moment` as a :func:`utc_stamp`."""
    return utc_stamp(random_moment(rng, now, days))


def random_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def random_hex(rng: random.Random, length: int) -> str:
    return f"{rng.getrandbits(length * 4):0{length}x}"


def random_ipv4(rng: random.Random) -> str:
    """A public-looking IPv4 address (no 0.x, loopback or multicast first octet)."""
    return f"{rng.randint(3, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


class Refused(Exception):
    """Raised anywhere under :meth:`Sandbox.route` to answer with ``response`` instead (auth, validation)."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response.status_code)
        self.response = response


@dataclass(frozen=True)
class Grant:
    """A client-credentials request that was granted: the token and the scopes asked for."""

    token: str
    scopes: tuple[str, ...]


class TokenIssuer:
    """Bearer tokens for a vendor: static ones (personal/API tokens) and client-credentials grants.

    The flow and the checks are OAuth's and the same everywhere; what differs is each vendor's, so
    the vendor passes them in: its header format (``prefix``, e.g. ``"CwsAuth Bearer="``), its 401
    bodies (``missing``, ``invalid``), its token-endpoint refusals (``bad_grant``, ``bad_client``),
    its token shape (``new_token``) and, where tokens need a scope to be accepted, ``required_scope``.
    Client credentials are read from the form or from HTTP Basic (``client_secret_basic``).
    """

    def __init__(
        self,
        *,
        missing: Callable[[], httpx.Response],
        invalid: Callable[[], httpx.Response],
        static_tokens: Iterable[str] = (),
        prefix: str = "Bearer ",
        client_id: str = "",
        client_secret: str = "",
        ttl: float = 3600,
        bad_grant: Callable[[], httpx.Response] | None = None,
        bad_client: Callable[[], httpx.Response] | None = None,
        new_token: Callable[[], str] = lambda: secrets.token_urlsafe(32),
        required_scope: str | None = None,
    ) -> None:
        self.static_tokens = frozenset(static_tokens)
        self.client_id = client_id
        self._client_secret = client_secret
        self.ttl = ttl
        self._prefix = prefix
        self._missing, self._invalid = missing, invalid
        self._bad_grant = bad_grant or (lambda: json_response(400, {"error": "unsupported_grant_type"}))
        self._bad_client = bad_client or (lambda: json_response(401, {"error": "invalid_client"}))
        self._new_token = new_token
        self._required_scope = required_scope
        self._issued: dict[str, float] = {}  # token -> monotonic expiry; only tokens with the required scope
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<TokenIssuer static={len(self.static_tokens)} issued={len(self._issued)}>"

    def authorize(self, request: httpx.Request) -> str:
        """The request's valid token, or :class:`Refused` with the vendor's 401."""
        header: str = request.headers.get("Authorization", "").strip()
        if not header:
            raise Refused(self._missing())
        if header[: len(self._prefix)].lower() != self._prefix.lower():
            raise Refused(self._invalid())
        token = header[len(self._prefix) :].strip()
        with self._lock:
            expires = self._issued.get(token)
        if token not in self.static_tokens and (expires is None or expires <= time.monotonic()):
            raise Refused(self._invalid())
        return token

    def grant(self, request: httpx.Request, *, client_ok: bool = True) -> Grant:
        """Check a token request (``client_ok``: the vendor's own further checks passed) and issue one."""
        form = form_fields(request)
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        scheme, _, encoded = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "basic":  # RFC 6749 2.3.1: form-encoded id and secret, then base64
            try:
                pair = base64.b64decode(encoded, validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                pair = ""
            user, _, password = pair.partition(":")
            client_id, client_secret = unquote(user), unquote(password)
        if form.get("grant_type") != "client_credentials":
            raise Refused(self._bad_grant())
        known = client_id == self.client_id and client_secret == self._client_secret
        if not (known and client_ok):
            raise Refused(self._bad_client())
        token, scopes = self._new_token(), tuple(form.get("scope", "").split())
        if self._required_scope is None or self._required_scope in scopes:
            with self._lock:
                self._issued[token] = time.monotonic() + self.ttl
        return Grant(token, scopes)

    def shown_secret(self, default: str) -> str:
        return shown_secret(self._client_secret, default)

    def shown_tokens(self, defaults: Iterable[str], *, exclude: Iterable[str] = ()) -> str:
        """The static tokens (but ``exclude``) for the CLI banner: see :func:`shown_tokens`."""
        return shown_tokens(self.static_tokens - frozenset(exclude), defaults)

    def revoke(self) -> None:
        """Forget every issued token, as if they had expired: the next call answers 401."""
        with self._lock:
            self._issued.clear()


class Router:
    """Method + path-template dispatch (``/zones/{zoneId}/x``), telling 404 from 405."""

    def __init__(self) -> None:
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []

    def add(self, method: str, template: str, handler: Handler) -> None:
        pattern = re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(template))
        self._routes.append((method.upper(), re.compile(f"^{pattern}$"), handler))

    def match(self, request: httpx.Request) -> tuple[Handler, dict[str, str]] | list[str]:
        """The handler and decoded path parameters, or the methods the path allows (empty: 404)."""
        allowed: list[str] = []
        path = request.url.raw_path.split(b"?")[0].decode("ascii", "replace")  # raw: "%2F" stays in its segment
        for method, pattern, handler in self._routes:
            found = pattern.match(path)
            if found is None:
                continue
            if method == request.method or (method, request.method) == ("GET", "HEAD"):
                return handler, {k: unquote(v) for k, v in found.groupdict().items()}
            allowed.append(method)
        return allowed


# -- the sandbox ----------------------------------------------------------------------------------


class Sandbox:
    """Base of every vendor sandbox: faults, then the vendor's ``route``, then gzip.

    Subclasses register routes on ``self.router`` (or override :meth:`route`) and override
    :meth:`error_response` so that injected errors, 404s and 405s carry the vendor's error body.
    """

    gzip_threshold = 1000
    max_recorded = 1000
    base_path = ""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.request_count = 0
        self.faults: list[FaultRule] = []
        self.router = Router()
        self._lock = threading.RLock()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} requests={self.request_count} faults={len(self.faults)}>"

    # -- what vendors provide ----------------------------------------------------------------------

    def route(self, request: httpx.Request) -> httpx.Response:
        """The vendor's answer to a request that no fault intercepted."""
        found = self.router.match(request)
        if isinstance(found, list):
            if not found:
                return self.error_response(request, 404)
            answer = self.error_response(request, 405)
            answer.headers["Allow"] = ", ".join(found)
            return answer
        handler, params = found
        try:
            return handler(request, params)
        except Refused as refused:
            return refused.response

    def error_response(self, request: httpx.Request, status: int, message: str | None = None) -> httpx.Response:
        """The vendor's error body for ``status``; vendors override this."""
        return json_response(status, {"message": message or httpx.codes.get_reason_phrase(status)})

    def common_headers(self, request: httpx.Request) -> dict[str, str]:
        """Headers the vendor puts on every answer (request ids, rate limits)."""
        return {}

    def describe(self) -> list[str]:
        """Lines the CLI prints under the URL: how to authenticate, what is seeded."""
        return []

    def revoke_tokens(self) -> None:
        """Forget every token the sandbox issued, as if they had expired: the next call with one answers 401.

        For sandboxes whose ``tokens`` is a :class:`TokenIssuer`; static tokens stay good.
        """
        tokens = getattr(self, "tokens", None)
        if not isinstance(tokens, TokenIssuer):
            raise TypeError(f"{type(self).__name__} issues no tokens")
        tokens.revoke()

    # -- faults ------------------------------------------------------------------------------------

    def add_fault(
        self,
        kind: FaultKind | FaultRule,
        *,
        every: int | None = None,
        nth: int | None = None,
        path: str | None = None,
        query: Mapping[str, str | int] | None = None,
        status: int = 503,
        retry_after: str | None = None,
        delay: float = 0.0,
        times: int | None = None,
    ) -> FaultRule:
        rule = (
            kind
            if isinstance(kind, FaultRule)
            else FaultRule(kind, every, nth, path, query, status, retry_after, delay, times)
        )
        with self._lock:
            self.faults.append(rule)
        return rule

    def clear_faults(self) -> None:
        with self._lock:
            self.faults.clear()

    # -- in-process --------------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request in-process (the ``httpx.MockTransport`` handler)."""
        plan = self._plan(request)
        if plan.delay:
            timeout = _read_timeout(request)
            if timeout is not None and plan.delay > timeout:
                time.sleep(timeout)
                raise httpx.ReadTimeout("timed out", request=request)
            time.sleep(plan.delay)
        return _to_httpx(self._answer(request, plan.fault), request)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        """The async twin of :meth:`handle`: sleeps without blocking the event loop."""
        plan = self._plan(request)
        if plan.delay:
            timeout = _read_timeout(request)
            if timeout is not None and plan.delay > timeout:
                await asyncio.sleep(timeout)
                raise httpx.ReadTimeout("timed out", request=request)
            await asyncio.sleep(plan.delay)
        return _to_httpx(self._answer(request, plan.fault), request)

    def transport(self) -> httpx.MockTransport:
        """A transport for ``httpx.Client`` and ``httpx.AsyncClient`` alike."""
        return _SandboxTransport(self)

    # -- over HTTP ---------------------------------------------------------------------------------

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> SandboxServer:
        """A real HTTP server on a background thread; use as a context manager."""
        return SandboxServer(self, host, port)

    # -- the pipeline ------------------------------------------------------------------------------

    def _plan(self, request: httpx.Request) -> _Plan:
        """Record the request and decide its fault and delay (under the lock: counts stay exact)."""
        with self._lock:
            self.request_count += 1
            self.requests.append(request)
            if len(self.requests) > self.max_recorded:
                del self.requests[: len(self.requests) - self.max_recorded]
            delay = 0.0
            chosen: FaultRule | None = None
            for rule in self.faults:
                if not rule.due(request) or (chosen is not None and rule.kind != "latency"):
                    continue
                rule.fired += 1
                if rule.kind in ("latency", "slow"):
                    delay += rule.delay
                if rule.kind != "latency":
                    chosen = rule
            return _Plan(delay, chosen)

    def _answer(self, request: httpx.Request, fault: FaultRule | None) -> _Answer:
        kind = fault.kind if fault is not None else None
        if kind == "drop":
            return _Answer(0, [], b"", cut="drop")
        with self._lock:
            if fault is not None and kind == "status":
                response = self.error_response(request, fault.status)
                if fault.retry_after is not None:
                    response.headers["Retry-After"] = fault.retry_after
            else:
                response = self.route(request)
            for name, value in self.common_headers(request).items():
                response.headers.setdefault(name, value)
        status, body = response.status_code, response.content
        if kind == "invalid-json":
            status = 200
            body = body[: len(body) // 2] if response.status_code == 200 and len(body) > 2 else b'{"'
            response.headers["Content-Type"] = "application/json"
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-length"]
        if self._wants_gzip(request, status, body):
            body = gzip.compress(body, mtime=0)
            headers += [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")]
        framed = request.method != "HEAD" and status not in (204, 304)
        return _Answer(status, headers, body, cut="truncate" if kind == "truncate" else None, framed=framed)

    def _wants_gzip(self, request: httpx.Request, status: int, body: bytes) -> bool:
        if len(body) <= self.gzip_threshold or status in (204, 304):
            return False
        return accepts(request.headers.get("accept-encoding"), "gzip")


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout")
    if isinstance(timeout, dict):
        value = timeout.get("read")
        return float(value) if value is not None else None
    return None


class _CutStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Half a body, then the error a real client raises when the peer closes early."""

    def __init__(self, answer: _Answer, request: httpx.Request) -> None:
        self._part = answer.sent()
        self._expected = answer.declared_length()
        self._request = request

    def _error(self) -> httpx.RemoteProtocolError:
        return httpx.RemoteProtocolError(
            f"{_TRUNCATE_MESSAGE}: received {len(self._part)} bytes, expected {self._expected}",
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


def _to_httpx(answer: _Answer, request: httpx.Request) -> httpx.Response:
    if answer.cut == "drop":
        raise httpx.RemoteProtocolError(_DROP_MESSAGE, request=request)
    stream: httpx.SyncByteStream = (
        _CutStream(answer, request) if answer.cut == "truncate" else httpx.ByteStream(answer.body)
    )
    return httpx.Response(answer.status, headers=answer.wire_headers(), stream=stream, request=request)


class _SandboxTransport(httpx.MockTransport):
    def __init__(self, sandbox: Sandbox) -> None:
        super().__init__(sandbox.handle)
        self._sandbox = sandbox

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return await self._sandbox.ahandle(request)


# -- the HTTP server ------------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    sandbox: Sandbox


class _RequestHandler(BaseHTTPRequestHandler):
    """Turns a socket request into an ``httpx.Request`` and the sandbox's answer back into bytes."""

    protocol_version = "HTTP/1.1"
    timeout = 30
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
            time.sleep(plan.delay)
        try:
            answer = sandbox._answer(request, plan.fault)
        except Exception:  # a sandbox bug: answer 500 and show it, as a server log would
            traceback.print_exc(file=sys.stderr)
            answer = _Answer(500, [("Content-Type", "text/plain")], b"sandbox error\n")
        try:
            self._write(request, answer)
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

    def _write(self, request: httpx.Request, answer: _Answer) -> None:
        if answer.cut == "drop":
            self.close_connection = True
            return
        self.send_response(answer.status)
        for name, value in answer.wire_headers():
            self.send_header(name, value)
        if answer.cut == "truncate":
            self.send_header("Connection", "close")
        self.end_headers()
        if answer.framed:
            self.wfile.write(answer.sent())
        self.wfile.flush()
        if answer.cut == "truncate":
            self.close_connection = True


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


# -- the command line -----------------------------------------------------------------------------


def _parse_fault(text: str) -> FaultRule:
    """``status,every=3,status=429,retry_after=2`` -> a rule (for ``--fault``)."""
    kind, *options = text.split(",")
    values: dict[str, str] = dict(option.split("=", 1) for option in options)
    ints = {name: int(values[name]) for name in ("every", "nth", "status", "times") if name in values}
    return FaultRule(
        kind,  # type: ignore[arg-type]  # checked by FaultRule itself
        every=ints.get("every"),
        nth=ints.get("nth"),
        path=values.get("path"),
        status=ints.get("status", 503),
        retry_after=values.get("retry_after"),
        delay=float(values.get("delay", 0.0)),
        times=ints.get("times"),
    )


def serve_forever_cli(factory: Callable[..., Sandbox], argv: Sequence[str] | None = None) -> None:
    """``python -m failtrail_<vendor>.lib.sandbox``: serve a seeded sandbox until Ctrl-C."""
    parser = argparse.ArgumentParser(description="Serve a failtrail vendor sandbox over HTTP.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--records", type=int, default=None, help="how many records to seed")
    parser.add_argument("--seed", type=int, default=None, help="random seed of the records")
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="KIND[,key=value...]",
        help="e.g. status,every=3,status=429,retry_after=2 or slow,nth=1,delay=5 (repeatable)",
    )
    args = parser.parse_args(argv)
    options = {name: getattr(args, name) for name in ("records", "seed") if getattr(args, name) is not None}
    sandbox = factory(**options)
    for text in args.fault:
        sandbox.add_fault(_parse_fault(text))
    with sandbox.serve(args.host, args.port) as server:
        print(f"{type(sandbox).__name__} listening on {server.base_url}", flush=True)
        for line in sandbox.describe():
            print(f"  {line}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
