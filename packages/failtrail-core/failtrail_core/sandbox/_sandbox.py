"""The sandbox base classes: a request's pipeline (faults, then the vendor's route, then gzip)."""

from __future__ import annotations

import asyncio
import gzip
import random
import threading
from collections.abc import Mapping
from datetime import datetime

import httpx

from ._faults import Answer, FaultKind, FaultRule, Plan, pause, plan_for
from ._messages import accepts, json_response
from ._routing import Refused, Router
from ._seeding import sandbox_now
from ._server import SandboxServer, SandboxTransport, read_timeout, to_httpx
from ._tokens import TokenIssuer


class Sandbox:
    """Base of every vendor sandbox: faults, then the vendor's ``route``, then gzip.

    Subclasses register routes on ``self.router`` (or override :meth:`route`) and override
    :meth:`error_response` so that injected errors, 404s and 405s carry the vendor's error body.

    ``serialized`` (the default) runs :meth:`route` under the sandbox's lock, one request at a
    time, so a vendor's state needs no locking of its own. A sandbox whose routes only read what
    the constructor seeded (and lock what they change themselves) sets it False: its pages are
    then answered side by side.
    """

    gzip_threshold = 1000
    gzip_level = 1  # zlib's fastest (nginx's default): level 9 took most of a page's serving time, for 15 % fewer bytes
    max_recorded = 1000
    base_path = ""
    serialized = True

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.request_count: int = 0
        self.faults: list[FaultRule] = []
        self.router: Router = Router()
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
            timeout = read_timeout(request)
            if timeout is not None and plan.delay > timeout:
                pause(timeout)
                raise httpx.ReadTimeout("timed out", request=request)
            pause(plan.delay)
        return to_httpx(self._answer(request, plan.fault), request)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        """The async twin of :meth:`handle`: sleeps without blocking the event loop."""
        plan = self._plan(request)
        if plan.delay:
            timeout = read_timeout(request)
            if timeout is not None and plan.delay > timeout:
                await asyncio.sleep(timeout)
                raise httpx.ReadTimeout("timed out", request=request)
            await asyncio.sleep(plan.delay)
        return to_httpx(self._answer(request, plan.fault), request)

    def transport(self) -> httpx.MockTransport:
        """A transport for ``httpx.Client`` and ``httpx.AsyncClient`` alike."""
        return SandboxTransport(self)

    # -- over HTTP ---------------------------------------------------------------------------------

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> SandboxServer:
        """A real HTTP server on a background thread; use as a context manager."""
        return SandboxServer(self, host, port)

    # -- the pipeline ------------------------------------------------------------------------------

    def _plan(self, request: httpx.Request) -> Plan:
        """Record the request and decide its fault and delay (under the lock: counts stay exact)."""
        with self._lock:
            self.request_count += 1
            self.requests.append(request)
            if len(self.requests) > self.max_recorded:
                del self.requests[: len(self.requests) - self.max_recorded]
            return plan_for(self.faults, request)

    def _answer(self, request: httpx.Request, fault: FaultRule | None) -> Answer:
        kind = fault.kind if fault is not None else None
        if kind == "drop":
            return Answer(0, [], b"", cut="drop")
        if self.serialized:
            with self._lock:
                response = self._respond(request, fault)
        else:
            response = self._respond(request, fault)
        status, body = response.status_code, response.content
        if kind == "invalid-json":
            status = 200
            body = body[: len(body) // 2] if response.status_code == 200 and len(body) > 2 else b'{"'
            response.headers["Content-Type"] = "application/json"
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-length"]
        framed = request.method != "HEAD" and status not in (204, 304)
        if kind in ("corrupt-gzip", "stacked-gzip"):  # what a broken proxy or a confused server sends
            layers = "gzip" if kind == "corrupt-gzip" else "gzip, gzip"
            body = (
                gzip.compress(body, mtime=0)[:10] + b"\xde\xad not deflate"
                if kind == "corrupt-gzip"
                else (gzip.compress(gzip.compress(body, mtime=0), mtime=0))
            )
            return Answer(status, [*headers, ("Content-Encoding", layers)], body, framed=framed)
        if self._wants_gzip(request, status, body):
            body = gzip.compress(body, compresslevel=self.gzip_level, mtime=0)
            headers += [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")]
        return Answer(status, headers, body, cut="truncate" if kind == "truncate" else None, framed=framed)

    def _respond(self, request: httpx.Request, fault: FaultRule | None) -> httpx.Response:
        """The vendor's response: its error for a ``status`` fault, else its route; with its common headers."""
        if fault is not None and fault.kind == "status":
            response = self.error_response(request, fault.status)
            if fault.retry_after is not None:
                response.headers["Retry-After"] = fault.retry_after
        else:
            response = self.route(request)
        for name, value in self.common_headers(request).items():
            response.headers.setdefault(name, value)
        return response

    def _wants_gzip(self, request: httpx.Request, status: int, body: bytes) -> bool:
        if len(body) <= self.gzip_threshold or status in (204, 304):
            return False
        return accepts(request.headers.get("accept-encoding"), "gzip")


class SeededSandbox(Sandbox):
    """A sandbox whose records are drawn from ``seed`` over the ``days`` before ``now``.

    The prologue every vendor sandbox shared: ``now`` in UTC (the wall clock's when not given),
    ``seed`` and ``days`` kept for :meth:`describe` and later draws, and ``rng``, a generator
    seeded with ``seed`` that the vendor draws its records from, in the order it always has (so
    the same seed gives the same records).
    """

    def __init__(self, *, seed: int = 0, now: datetime | None = None, days: float = 7.0) -> None:
        super().__init__()
        self.now: datetime = sandbox_now(now)
        self.seed = seed
        self.days = days
        self.rng: random.Random = random.Random(seed)
