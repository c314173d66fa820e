"""One check of every fault kind, in-process and over a real socket, shared by the vendor tests.

Each vendor test passes its sandbox, a call that succeeds when nothing misbehaves, and how to build
an authenticated client; the sandbox's classes differ per package, hence the ``Any`` here.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import orjson
import pytest

Call = Callable[[httpx.Client], httpx.Response]


@contextmanager
def clients(sandbox: Any, **options: Any) -> Iterator[list[tuple[str, Callable[..., httpx.Client]]]]:
    """Client factories for both modes: the in-process transport and a served socket."""
    with sandbox.serve() as server:
        in_process = "http://sandbox.test" + sandbox.base_path

        def local(**extra: Any) -> httpx.Client:
            return httpx.Client(base_url=in_process, transport=sandbox.transport(), **options, **extra)

        def remote(**extra: Any) -> httpx.Client:
            return httpx.Client(base_url=server.base_url, **options, **extra)

        yield [("in-process", local), ("http", remote)]


def check_every_fault(sandbox: Any, call: Call, **options: Any) -> dict[str, httpx.Response]:
    """Inject each fault kind once per mode and check what a client sees; returns the status answers."""
    statuses: dict[str, httpx.Response] = {}
    with clients(sandbox, **options) as modes:
        for mode, make in modes:
            with make() as client:
                assert call(client).status_code < 400, mode

                sandbox.add_fault("status", nth=1, status=429, retry_after="2")
                answer = call(client)
                assert (answer.status_code, answer.headers["Retry-After"]) == (429, "2"), mode
                statuses[mode] = answer
                assert call(client).status_code < 400, f"{mode}: nth=1 fires once"
                sandbox.clear_faults()

                sandbox.add_fault("drop", nth=1)
                with pytest.raises(httpx.RemoteProtocolError):
                    call(client)
                sandbox.clear_faults()

                sandbox.add_fault("truncate", nth=1)
                with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
                    call(client)
                sandbox.clear_faults()

                sandbox.add_fault("invalid-json", nth=1)
                broken = call(client)
                assert broken.status_code == 200, mode
                with pytest.raises(orjson.JSONDecodeError):
                    orjson.loads(broken.content)
                sandbox.clear_faults()

                sandbox.add_fault("latency", delay=0.05)
                started = time.monotonic()
                assert call(client).status_code < 400 and call(client).status_code < 400, mode
                assert time.monotonic() - started >= 0.1, f"{mode}: latency applies to every request"
                sandbox.clear_faults()

            with make(timeout=0.1) as client:
                sandbox.add_fault("slow", nth=1, delay=0.4)
                with pytest.raises(httpx.ReadTimeout):
                    call(client)
                sandbox.clear_faults()
    return statuses
