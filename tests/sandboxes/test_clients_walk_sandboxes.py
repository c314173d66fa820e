"""Each vendor's generated client walks several pages of its sandbox over real HTTP, sync and async.

The sandbox is served on 127.0.0.1 (``serve()``), the client is the one users install, and the walk
must give back exactly the sandbox's records, in order, with the pages the vendor's scheme implies.
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
from failtrail_vinyldns import Client as VinylClient
from failtrail_vinyldns.api.recordsets import list_record_set_change_failures
from failtrail_vinyldns.lib.sandbox import VinylDNSSandbox
from failtrail_workato import Client as WorkatoClient
from failtrail_workato.api.api_endpoints import list_api_endpoints
from failtrail_workato.lib.sandbox import WorkatoSandbox
from failtrail_zitadel import Client as ZitadelClient
from failtrail_zitadel.api.admin import list_failed_events
from failtrail_zitadel.lib.sandbox import ZitadelSandbox
from failtrail_zuora import Client as ZuoraClient
from failtrail_zuora.api.system_health import get_system_health_api_failure_records as zuora_failures
from failtrail_zuora.lib.sandbox import ZuoraSandbox

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
WEEK_AGO = NOW - timedelta(days=7)


@dataclass
class Walk:
    """One vendor: its sandbox, a client on a URL, the walk sync and async, and what it must give."""

    sandbox: Any
    client: Callable[[str], Any]
    items: Callable[[Any], Iterator[Any]]
    aitems: Callable[[Any], AsyncIterator[Any]]
    key: Callable[[Any], Any]  # a record's id, from our model
    expected: Callable[[Any], list[Any]]  # the ids the sandbox holds, in the vendor's order
    pages: int  # list requests a whole walk takes


def _zuora() -> Walk:
    window = {"start_time": WEEK_AGO, "end_time": NOW, "page_size": 20}
    return Walk(
        sandbox=ZuoraSandbox(records=70, seed=3, now=NOW),
        client=lambda url: ZuoraClient(url, client_id="sandbox-client-id", client_secret="sandbox-client-secret"),
        items=lambda c: iter(zuora_failures.sync(client=c, **window)),
        aitems=lambda c: aiter(zuora_failures.asyncio(client=c, **window)),
        key=lambda r: r.request_id,
        expected=lambda s: [r["request_id"] for r in s.records],
        pages=4,
    )


def _citrix() -> Walk:
    window = {"start_date_time": WEEK_AGO, "end_date_time": NOW, "limit": 25}
    return Walk(
        sandbox=CitrixSandbox(records=90, seed=3, now=NOW, days=5),
        client=lambda url: CitrixClient(
            url, client_id="sandbox-client-id", client_secret="sandbox-client-secret", customer_id="sandboxcust"
        ),
        items=lambda c: iter(get_records.sync(client=c, **window)),
        aitems=lambda c: aiter(get_records.asyncio(client=c, **window)),
        key=lambda r: r.record_id,
        expected=lambda s: [r["RecordId"] for r in s.records],
        pages=4,
    )


def _vinyldns() -> Walk:
    sandbox = VinylDNSSandbox(records=120, seed=3, now=NOW)
    zone = sandbox.zones[0]["id"]
    return Walk(
        sandbox=sandbox,
        client=lambda url: VinylClient(url, access_key="sandbox-access-key", secret_key="sandbox-secret-key"),
        items=lambda c: iter(list_record_set_change_failures.sync(zone, client=c, max_items=10)),
        aitems=lambda c: aiter(list_record_set_change_failures.asyncio(zone, client=c, max_items=10)),
        key=lambda r: r.id,
        expected=lambda s: [c["id"] for c in s.failures_in(zone)],
        pages=-1,  # ceil(len / 10), worked out below from the sandbox's count
    )


def _workato() -> Walk:
    return Walk(
        sandbox=WorkatoSandbox(records=130, seed=3, now=NOW),
        client=lambda url: WorkatoClient(url, token="sandbox-token"),
        items=lambda c: iter(list_api_endpoints.sync(client=c, per_page=50)),
        aitems=lambda c: aiter(list_api_endpoints.asyncio(client=c, per_page=50)),
        key=lambda r: r.id,
        expected=lambda s: [e["id"] for e in s.records],
        pages=3,  # 50 + 50 + 30: a short page ends the walk
    )


WALKS = {"zuora": _zuora, "citrix": _citrix, "vinyldns": _vinyldns, "workato": _workato}


def _list_requests(sandbox: Any) -> int:
    return sum(1 for r in sandbox.requests if r.method == "GET" and "token" not in r.url.path)


@pytest.mark.parametrize("vendor", list(WALKS))
def test_the_client_walks_every_page_over_http(vendor: str) -> None:
    walk = WALKS[vendor]()
    expected = walk.expected(walk.sandbox)
    pages = walk.pages if walk.pages > 0 else -(-len(expected) // 10)
    assert pages >= 3  # several pages, or the test proves little
    with walk.sandbox.serve() as server, walk.client(server.base_url) as client:
        got = [walk.key(record) for record in walk.items(client)]
    assert got == expected
    assert _list_requests(walk.sandbox) == pages


@pytest.mark.parametrize("vendor", list(WALKS))
async def test_the_async_client_walks_every_page_over_http(vendor: str) -> None:
    walk = WALKS[vendor]()
    expected = walk.expected(walk.sandbox)
    with walk.sandbox.serve() as server:
        async with walk.client(server.base_url) as client:
            got = [walk.key(record) async for record in walk.aitems(client)]
    assert got == expected


async def test_zitadel_lists_its_failed_events_over_http_sync_and_async() -> None:
    sandbox = ZitadelSandbox(records=12, seed=3, now=NOW)
    expected = [(e["viewName"], int(e["failedSequence"])) for e in sandbox.records]
    with sandbox.serve() as server:
        with ZitadelClient(server.base_url, token="sandbox-token") as client:
            events = list_failed_events.sync(client=client).result or []
        async with ZitadelClient(server.base_url, token="sandbox-token") as client:
            aevents = (await list_failed_events.asyncio(client=client)).result or []
    assert [(e.view_name, e.failed_sequence) for e in events] == expected
    assert [(e.view_name, e.failed_sequence) for e in aevents] == expected
