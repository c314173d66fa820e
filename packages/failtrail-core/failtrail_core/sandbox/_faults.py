"""Fault rules, the plan they make for one request, and the answer's bytes as a fault cuts them.

Every delay the kit waits goes through :func:`pause`, in-process and on the server's threads alike,
so a test can record them (by replacing this module's ``time``) instead of timing the wall clock.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal, get_args

import httpx

FaultKind = Literal["status", "drop", "truncate", "invalid-json", "corrupt-gzip", "stacked-gzip", "slow", "latency"]

DROP_MESSAGE = "Server disconnected without sending a response."
TRUNCATE_MESSAGE = "peer closed connection without sending complete message body"


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
        if not self.query:
            return True
        params = request.url.params  # parsed only for a rule that looks at the query
        return all(params.get(name) == str(value) for name, value in self.query.items())

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
class Plan:
    """What the rules decided for one request: how long to wait, and which fault (if any) answers."""

    delay: float
    fault: FaultRule | None


def plan_for(rules: Iterable[FaultRule], request: httpx.Request) -> Plan:
    """Count ``request`` against every rule and fire the due ones (the caller holds the sandbox's lock)."""
    delay = 0.0
    chosen: FaultRule | None = None
    for rule in rules:
        if not rule.due(request) or (chosen is not None and rule.kind != "latency"):
            continue
        rule.fired += 1
        if rule.kind in ("latency", "slow"):
            delay += rule.delay
        if rule.kind != "latency":
            chosen = rule
    return Plan(delay, chosen)


def pause(seconds: float) -> None:
    """Wait a planned delay on this thread (see the module's docstring: tests record these)."""
    time.sleep(seconds)


@dataclass
class Answer:
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
