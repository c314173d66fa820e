"""Shared fixtures and helpers: a real HTTP server on 127.0.0.1 that records every request, a fake clock,
the specs (read once), and botocore's SigV4 signature (VinylDNS's reference signer)."""

from __future__ import annotations

import copy
import functools
import gzip
import json
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import parse_qsl, urlsplit

import botocore.auth
import pytest
import yaml
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from hypothesis import HealthCheck, settings

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


@functools.cache
def spec(vendor: str) -> Any:
    """``specs/<vendor>/openapi.yaml``, parsed once per test run (shared: do not mutate it)."""
    return yaml.safe_load((ROOT / "specs" / vendor / "openapi.yaml").read_text())


def documented_example(vendor: str, path: str, method: str, status: str = "200") -> Any:
    """The response example a spec documents for an operation (the vendor's own sample), a fresh copy."""
    content = spec(vendor)["paths"][path][method]["responses"][status]["content"]
    media = next(iter(content.values()))
    if "example" in media:
        return copy.deepcopy(media["example"])
    return copy.deepcopy(next(iter(media["examples"].values()))["value"])  # the first of several named examples


def botocore_sign(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes | str | None = None,
    *,
    access_key: str,
    secret_key: str,
    params: Sequence[tuple[str, str]] | Mapping[str, str] | None = None,
    at: datetime | None = None,
) -> dict[str, str]:
    """The SigV4 headers botocore gives a request, signed as VinylDNS's reference client signs.

    botocore's ``SigV4Auth`` with service ``"VinylDNS"`` and region ``"us-east-1"``, as the
    open-source vinyldns-python client uses it.

    Args:
        method: the HTTP method, e.g. ``"GET"``.
        url: the full URL; its query may be in it, or given apart as ``params``.
        headers: the request's headers; every one of them is signed (pass only those to sign).
        body: the request body as sent (``None`` or ``b""`` for none).
        access_key: the access key id.
        secret_key: the secret access key.
        params: query parameters to add to ``url`` (pairs, or a mapping), as botocore encodes them.
        at: the signing instant (UTC; a naive datetime is taken as UTC); ``None`` signs at the
            current time. Pass the request's own X-Amz-Date to reproduce its signature.

    Returns:
        ``{"Authorization": ..., "X-Amz-Date": ...}``: the headers to set on the request.
    """
    request = AWSRequest(method=method, url=url, headers=dict(headers), data=body, params=params)
    signer = botocore.auth.SigV4Auth(Credentials(access_key, secret_key), "VinylDNS", "us-east-1")
    if at is None:
        signer.add_auth(request)
    else:
        instant = at.astimezone(UTC).replace(tzinfo=None) if at.tzinfo is not None else at
        with mock.patch.object(botocore.auth, "get_current_datetime", lambda: instant):
            signer.add_auth(request)
    return {name: str(request.headers[name]) for name in ("Authorization", "X-Amz-Date")}


# Generated bodies: a fixed sample in CI, many more with --full; the same examples every run (derandomized).
settings.register_profile(
    "ci", max_examples=25, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.register_profile(
    "full", max_examples=400, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--full", action="store_true", help="tests/reliability: the whole matrix, not the sample")


def pytest_configure(config: pytest.Config) -> None:
    settings.load_profile("full" if config.getoption("full") else "ci")
