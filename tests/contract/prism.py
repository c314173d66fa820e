"""Prism in proxy mode between a client and a sandbox, and a transport that records what Prism said."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT

PRISM = ROOT / "tools" / "prism" / "node_modules" / ".bin" / "prism"
STARTUP_SECONDS = 60


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def prism_proxy(spec: Path, upstream: str) -> Iterator[str]:
    """``prism proxy --errors``: every request and response checked against ``spec``; yields Prism's URL."""
    if not PRISM.exists():  # never skip: a contract run without its validator would prove nothing
        pytest.fail(f"{PRISM} is missing: run `npm ci --prefix tools/prism` (nox -s contract does)")
    port = _free_port()
    command = [str(PRISM), "proxy", "--errors", "--host", "127.0.0.1", "--port", str(port), str(spec), upstream]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    output = process.communicate()[0]
                    pytest.fail(f"prism did not start:\n{output[-3000:]}")
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


@dataclass(frozen=True)
class Exchange:
    request: str
    status: int
    violations: str | None
    body: bytes


class _Verdicts:
    """Prism's verdict on each exchange: its status, the ``sl-violations`` header, an error body."""

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []

    def _keep(self, request: httpx.Request, response: httpx.Response, body: bytes) -> None:
        violations = response.headers.get("sl-violations")
        self.exchanges.append(Exchange(f"{request.method} {request.url}", response.status_code, violations, body))

    def problems(self) -> list[Exchange]:
        """Exchanges Prism flagged: a violation header, or an error status (with --errors, Prism's answer)."""
        return [e for e in self.exchanges if e.violations or e.status >= 400]


class Recorder(_Verdicts, httpx.HTTPTransport):
    def __init__(self) -> None:
        _Verdicts.__init__(self)
        httpx.HTTPTransport.__init__(self)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self._keep(request, response, response.read() if response.status_code >= 400 else b"")
        return response


class AsyncRecorder(_Verdicts, httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        _Verdicts.__init__(self)
        httpx.AsyncHTTPTransport.__init__(self)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        self._keep(request, response, await response.aread() if response.status_code >= 400 else b"")
        return response
