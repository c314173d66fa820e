"""The fault matrix: every paginated walk of every vendor, sync and async, over real sockets to its sandbox,
with faults injected (5xx, 429 with Retry-After, dropped connections, cut-short and invalid bodies, corrupt
and stacked gzip, answers slower than the timeout). Each run ends with every record exactly once, in order: either the client rode the
fault out (retries), or it raised a typed error and the walk resumed from its cursor without loss or repeat.

``nox -s reliability -- --full`` runs every combination; the default is a fixed-seed sample.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from failtrail_citrix import Client as CitrixClient
from failtrail_citrix.api.systemlog import get_records
from failtrail_citrix.lib.sandbox import CitrixSandbox
from failtrail_core import (
    APIConnectionError,
    APIStatusError,
    FailtrailError,
    ResponseDecodingError,
    ResponseParseError,
)
from failtrail_vinyldns import Client as VinylClient
from failtrail_vinyldns.api.recordsets import list_record_set_change_failures
from failtrail_vinyldns.api.zones import list_zone_change_failures
from failtrail_vinyldns.lib.sandbox import VinylDNSSandbox
from failtrail_workato import Client as WorkatoClient
from failtrail_workato.api.api_endpoints import list_api_endpoints
from failtrail_workato.lib.sandbox import WorkatoSandbox
from failtrail_zuora import Client as ZuoraClient
from failtrail_zuora.api.system_health import get_system_health_api_failure_records as zuora_failures
from failtrail_zuora.lib.sandbox import ZuoraSandbox

from tests.reliability.conftest import sample

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
WEEK_AGO = NOW - timedelta(days=7)
TIMEOUT = 0.5  # seconds: the "slow" fault waits longer than this


@dataclass(frozen=True)
class Vendor:
    """One paginated walk: a fresh sandbox, a client for a URL, the walk from a cursor, and its expected ids."""

    sandbox: Callable[[], Any]
    client: Callable[[str], Any]
    walk: Callable[[Any, str | None], Any]  # (client, cursor) -> SyncPager
    awalk: Callable[[Any, str | None], Any]  # (client, cursor) -> AsyncPager
    key: Callable[[Any], Any]
    expected: Callable[[Any], list[Any]]


_ZUORA = {"start_time": WEEK_AGO, "end_time": NOW, "page_size": 20}
_CITRIX = {"start_date_time": WEEK_AGO, "end_date_time": NOW, "limit": 25}


def _zone(sandbox: Any) -> str:
    return str(sandbox.zones[0]["id"])


VENDORS: dict[str, Vendor] = {
    "zuora": Vendor(
        sandbox=lambda: ZuoraSandbox(records=70, seed=5, now=NOW),
        client=lambda url: ZuoraClient(
            url, client_id="sandbox-client-id", client_secret="sandbox-client-secret", timeout=TIMEOUT
        ),
        walk=lambda c, cur: zuora_failures.sync(client=c, cursor=cur, prefetch=2, **_ZUORA),
        awalk=lambda c, cur: zuora_failures.asyncio(client=c, cursor=cur, prefetch=2, **_ZUORA),
        key=lambda r: r.request_id,
        expected=lambda s: [r["request_id"] for r in s.records],
    ),
    "citrix": Vendor(
        # retryDelay 0: the matrix checks what a retry delivers, not how long Citrix asks to wait (tests/citrix does).
        sandbox=lambda: CitrixSandbox(records=90, seed=5, now=NOW, days=5, retry_delay="0"),
        client=lambda url: CitrixClient(
            url,
            client_id="sandbox-client-id",
            client_secret="sandbox-client-secret",
            customer_id="sandboxcust",
            timeout=TIMEOUT,
        ),
        walk=lambda c, cur: get_records.sync(client=c, cursor=cur, **_CITRIX),
        awalk=lambda c, cur: get_records.asyncio(client=c, cursor=cur, **_CITRIX),
        key=lambda r: r.record_id,
        expected=lambda s: [r["RecordId"] for r in s.records],
    ),
    "vinyldns-record-sets": Vendor(
        sandbox=lambda: VinylDNSSandbox(records=120, seed=5, now=NOW),
        client=lambda url: VinylClient(
            url, access_key="sandbox-access-key", secret_key="sandbox-secret-key", timeout=TIMEOUT
        ),
        walk=lambda c, cur: list_record_set_change_failures.sync(_ZONE[0], client=c, max_items=10, cursor=cur),
        awalk=lambda c, cur: list_record_set_change_failures.asyncio(_ZONE[0], client=c, max_items=10, cursor=cur),
        key=lambda r: r.id,
        expected=lambda s: [c["id"] for c in s.failures_in(_zone(s))],
    ),
    "vinyldns-zones": Vendor(
        sandbox=lambda: VinylDNSSandbox(records=120, seed=5, now=NOW),
        client=lambda url: VinylClient(
            url, access_key="sandbox-access-key", secret_key="sandbox-secret-key", timeout=TIMEOUT
        ),
        walk=lambda c, cur: list_zone_change_failures.sync(client=c, max_items=5, cursor=cur),
        awalk=lambda c, cur: list_zone_change_failures.asyncio(client=c, max_items=5, cursor=cur),
        key=lambda r: r.id,
        expected=lambda s: [c["id"] for c in s.zone_changes],
    ),
    "workato": Vendor(
        sandbox=lambda: WorkatoSandbox(records=130, seed=5, now=NOW),
        client=lambda url: WorkatoClient(url, token="sandbox-token", timeout=TIMEOUT),
        walk=lambda c, cur: list_api_endpoints.sync(client=c, per_page=50, cursor=cur, prefetch=2),
        awalk=lambda c, cur: list_api_endpoints.asyncio(client=c, per_page=50, cursor=cur, prefetch=2),
        key=lambda r: r.id,
        expected=lambda s: [e["id"] for e in s.records],
    ),
}
_ZONE: list[str] = [""]  # the record-set walk's zone, set from its sandbox before each run

# (fault kind, add_fault arguments, whether the client must ride it out without an error)
FAULTS: dict[str, tuple[str, dict[str, Any], bool]] = {
    "5xx": ("status", {"every": 2, "status": 503, "times": 3}, True),
    "429-retry-after": ("status", {"every": 2, "status": 429, "retry_after": "0", "times": 3}, True),
    "drop": ("drop", {"nth": 2}, True),
    "truncate": ("truncate", {"nth": 2, "times": 3}, False),
    "invalid-json": ("invalid-json", {"nth": 2}, False),
    "corrupt-gzip": ("corrupt-gzip", {"nth": 2}, False),
    "stacked-encodings": ("stacked-gzip", {"nth": 2}, False),
    "slow-past-timeout": ("slow", {"nth": 2, "delay": 3 * TIMEOUT, "times": 3}, False),
}
TYPED = (APIConnectionError, APIStatusError, ResponseParseError, ResponseDecodingError)

CASES = [(vendor, fault, mode) for vendor in VENDORS for fault in FAULTS for mode in ("sync", "async")]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "fault" in metafunc.fixturenames:
        cases = sample(CASES, 24, full=bool(metafunc.config.getoption("full")))
        metafunc.parametrize(("name", "fault", "mode"), cases, ids=["-".join(case) for case in cases])


def _prepare(vendor: Vendor) -> tuple[Any, list[Any]]:
    sandbox = vendor.sandbox()
    if hasattr(sandbox, "zones"):
        _ZONE[0] = _zone(sandbox)
    return sandbox, vendor.expected(sandbox)


def _check(got: list[Any], expected: list[Any], errors: list[BaseException], must_ride: bool) -> None:
    assert len(expected) >= 20  # several pages, or the run proves little
    assert got == expected  # every record exactly once, in order
    assert all(isinstance(e, TYPED) and isinstance(e, FailtrailError) for e in errors), errors
    if must_ride:
        assert errors == []  # retried within the client: the caller never saw it
    assert len(errors) <= 3


async def test_a_faulty_walk_delivers_every_record_exactly_once(name: str, fault: str, mode: str) -> None:
    vendor = VENDORS[name]
    sandbox, expected = _prepare(vendor)
    kind, arguments, must_ride = FAULTS[fault]
    rule = sandbox.add_fault(kind, **arguments)
    got: list[Any] = []
    errors: list[BaseException] = []
    cursor: str | None = None
    with sandbox.serve() as server:
        for _ in range(4):  # bounded: a walk that never completes fails the test
            try:
                if mode == "sync":
                    with vendor.client(server.base_url) as client:
                        # The first page is fetched here: a fault on it raises before there is a pager,
                        # and the next attempt starts again from the same cursor.
                        walk = vendor.walk(client, cursor)
                        try:
                            got.extend(vendor.key(record) for record in _iterate(walk))
                        finally:
                            cursor = None if walk.cursor is None else str(walk.cursor)
                else:
                    async with vendor.client(server.base_url) as client:
                        walk = vendor.awalk(client, cursor)
                        try:
                            async for record in _aiterate(walk):
                                got.append(vendor.key(record))
                        finally:
                            cursor = None if walk.cursor is None else str(walk.cursor)
                break
            except FailtrailError as error:
                errors.append(error)
    assert rule.fired >= 1  # the fault really happened
    _check(got, expected, errors, must_ride)


def _iterate(walk: Any) -> Iterator[Any]:
    yield from walk


async def _aiterate(walk: Any) -> AsyncIterator[Any]:
    async for item in walk:
        yield item
