"""Shared fixtures: a real HTTP server on 127.0.0.1 that records every request, and a fake clock."""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Seen:
    """One request as it arrived on the socket."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes

    @property
    def params(self) -> dict[str, str]:
        return dict(parse_qsl(self.query, keep_blank_values=True))


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    def encode(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        return json.dumps(self.body).encode() if self.body is not None else b""


Handler = Callable[[Seen], Reply]


class LocalServer:
    """A real HTTP server; each test sets ``handler`` and reads ``seen``."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.handler: Handler = lambda seen: Reply(200, {})
        self._lock = threading.Lock()
        outer = self

        class _H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                seen = Seen(
                    self.command, parts.path, parts.query, {k.lower(): v for k, v in self.headers.items()}, body
                )
                with outer._lock:
                    outer.seen.append(seen)
                reply = outer.handler(seen)
                data = reply.encode()
                self.send_response(reply.status)
                headers = {"Content-Type": "application/json", **reply.headers}
                if "gzip" in seen.headers.get("accept-encoding", "") and reply.headers.get("X-Gzip") == "1":
                    data = gzip.compress(data)
                    headers["Content-Encoding"] = "gzip"
                headers.pop("X-Gzip", None)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = _any

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _H)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        # A short poll interval: shutdown() waits for the loop to notice, 0.5 s per test by default.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.01,), daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    s = LocalServer()
    yield s
    s.close()


class FakeClock:
    """Records sleeps instead of sleeping; ``now`` moves with them."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def documented_example(vendor: str, path: str, method: str, status: str = "200") -> Any:
    """The response example a spec documents for an operation (the vendor's own sample)."""
    spec = yaml.safe_load((ROOT / "specs" / vendor / "openapi.yaml").read_text())
    content = spec["paths"][path][method]["responses"][status]["content"]
    media = next(iter(content.values()))
    if "example" in media:
        return media["example"]
    return next(iter(media["examples"].values()))["value"]  # the first of several named examples
