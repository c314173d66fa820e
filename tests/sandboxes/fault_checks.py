"""One check of every fault kind, in-process and over a real socket, shared by the vendor tests.

Each vendor test passes its sandbox, a call that succeeds when nothing misbehaves, and how to build
an authenticated client; the sandbox's classes differ per package, hence the ``Any`` here.

Delays are checked by what the sandbox asked to sleep (:func:`recorded_sleeps`), never by the
wall clock: a slow machine must not fail a test and a fast one must not pass a broken delay.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import orjson
import pytest
from failtrail_core import sandbox as sandbox_kit
from failtrail_core.sandbox import _faults as kit_delays  # every delay the kit waits goes through its pause()

Call = Callable[[httpx.Client], httpx.Response]


class _RecordingTime:
    """The ``time`` module as the kit's delays see it, but ``sleep`` writes its delay down first."""

    def __init__(self, delays: list[float], real: bool) -> None:
        self._delays, self._real = delays, real

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)

    def sleep(self, seconds: float) -> None:
        self._delays.append(seconds)
        if self._real:
            time.sleep(seconds)


@contextmanager
def recorded_sleeps(*, real: bool = True) -> Iterator[list[float]]:
    """Every delay the sandbox kit waits meanwhile (in-process and on the server's threads), in order.

    ``real`` still sleeps: a socket client's timeout needs the server to be slow indeed.
    """
    delays: list[float] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kit_delays, "time", _RecordingTime(delays, real))
        yield delays


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


@contextmanager
def async_clients(sandbox: Any, **options: Any) -> Iterator[list[tuple[str, Callable[..., httpx.AsyncClient]]]]:
    """The async twin of :func:`clients`: ``async with make() as client`` for each mode."""
    with sandbox.serve() as server:
        in_process = "http://sandbox.test" + sandbox.base_path

        def local(**extra: Any) -> httpx.AsyncClient:
            return httpx.AsyncClient(base_url=in_process, transport=sandbox.transport(), **options, **extra)

        def remote(**extra: Any) -> httpx.AsyncClient:
            return httpx.AsyncClient(base_url=server.base_url, **options, **extra)

        yield [("in-process", local), ("http", remote)]


def check_every_fault(sandbox: Any, call: Call, **options: Any) -> dict[str, httpx.Response]:
    """Inject each fault kind once per mode and check what a client sees; returns the status answers."""
    if not isinstance(sandbox, sandbox_kit.Sandbox):
        raise TypeError(f"{type(sandbox).__name__} is not a failtrail sandbox")
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
                with recorded_sleeps() as delays:
                    assert call(client).status_code < 400 and call(client).status_code < 400, mode
                assert delays == [0.05, 0.05], f"{mode}: latency applies to every request"
                sandbox.clear_faults()

            with make(timeout=0.1) as client:
                sandbox.add_fault("slow", nth=1, delay=0.4)
                with recorded_sleeps() as delays, pytest.raises(httpx.ReadTimeout):
                    call(client)
                # In-process the sandbox waits out the read timeout, as a socket would; a server sleeps the delay.
                assert delays == ([0.1] if mode == "in-process" else [0.4]), mode
                sandbox.clear_faults()
    return statuses
