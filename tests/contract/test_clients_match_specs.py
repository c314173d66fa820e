"""Every client call, through Prism (proxy, --errors) to the vendor's sandbox: no request or response violation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from failtrail_citrix import Client as Citrix
from failtrail_citrix.api.systemlog import get_records as citrix_records
from failtrail_citrix.lib.sandbox import CitrixSandbox
from failtrail_vinyldns import Client as VinylDNS
from failtrail_vinyldns.api.health import health as vinyl_health
from failtrail_vinyldns.api.health import ping as vinyl_ping
from failtrail_vinyldns.api.recordsets import list_record_set_change_failures as vinyl_record_failures
from failtrail_vinyldns.api.zones import list_zone_change_failures as vinyl_zone_failures
from failtrail_vinyldns.lib.sandbox import VinylDNSSandbox
from failtrail_workato import Client as Workato
from failtrail_workato.api.api_clients import create_api_client as workato_create_client
from failtrail_workato.api.api_clients import list_api_clients as workato_clients
from failtrail_workato.api.api_collections import create_api_collection as workato_create_collection
from failtrail_workato.api.api_collections import list_api_collections as workato_collections
from failtrail_workato.api.api_endpoints import disable_api_endpoint as workato_disable
from failtrail_workato.api.api_endpoints import enable_api_endpoint as workato_enable
from failtrail_workato.api.api_endpoints import list_api_endpoints as workato_endpoints
from failtrail_workato.api.api_keys import create_api_key as workato_create_key
from failtrail_workato.api.api_keys import list_api_keys as workato_keys
from failtrail_workato.api.api_keys import refresh_api_key_secret as workato_refresh_key
from failtrail_workato.api.jobs import list_recipe_jobs as workato_jobs
from failtrail_workato.lib.sandbox import WorkatoSandbox
from failtrail_workato.models import (
    ApiClientAuthType,
    CreateApiClientRequest,
    CreateApiCollectionRequest,
    CreateApiKeyRequest,
    JobStatus,
    OpenApiSpec,
    OpenApiSpecFormat,
)
from failtrail_zitadel import Client as Zitadel
from failtrail_zitadel.api.admin import list_failed_events as zitadel_list
from failtrail_zitadel.api.admin import remove_failed_event as zitadel_remove
from failtrail_zitadel.lib.sandbox import ZitadelSandbox
from failtrail_zitadel.models import ListFailedEventsRequest
from failtrail_zuora import APIStatusError
from failtrail_zuora import Client as Zuora
from failtrail_zuora.api.system_health import (
    get_system_health_api_failure_records as zuora_failures,
)
from failtrail_zuora.api.system_health import (
    get_system_health_api_performance_records as zuora_details,
)
from failtrail_zuora.api.system_health import (
    get_system_health_api_volume_summary as zuora_api_volume,
)
from failtrail_zuora.api.system_health import (
    get_system_health_billing_doc_volume_summary as zuora_billing_volume,
)
from failtrail_zuora.api.system_health import (
    get_system_health_payment_records as zuora_payment_details,
)
from failtrail_zuora.api.system_health import (
    get_system_health_payment_volume_summary as zuora_payment_volume,
)
from failtrail_zuora.api.system_health import (
    get_system_health_tax_records as zuora_tax_details,
)
from failtrail_zuora.lib.sandbox import ZuoraSandbox
from failtrail_zuora.types import Response

from tests.contract.prism import AsyncRecorder, Recorder, prism_proxy
from tests.contract.vendors import VENDORS, AnySandbox

NOW = datetime(2025, 5, 2, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def zuora_prism() -> Iterator[str]:
    with (
        ZuoraSandbox(records=45, seed=7, now=NOW).serve() as server,
        prism_proxy(VENDORS["zuora"].spec, server.url) as url,
    ):
        yield url


def test_zuora_every_operation_and_parameter(zuora_prism: str) -> None:
    recorder = Recorder()
    tz = timezone(timedelta(hours=8))
    window = {"start_time": (NOW - timedelta(days=8)).astimezone(tz), "end_time": NOW.astimezone(tz)}
    headers = {
        "zuora_track_id": "contract-run",
        "zuora_entity_ids": "e1",  # one entity ID, as Zuora documents the header
        "zuora_org_ids": ["o1", "o2"],
    }  # Accept-Encoding and Content-Encoding are the HTTP layer's (x-failtrail-transport), not arguments
    with Zuora(
        zuora_prism,
        client_id="sandbox-client-id",
        client_secret="sandbox-client-secret",
        max_retries=0,
        transport=recorder,
    ) as client:
        # One request per paginated operation with an explicit page: sync_detailed takes every parameter.
        pages: list[Response[Any, Any]] = [
            zuora_failures.sync_detailed(
                client=client,
                **window,
                page=1,
                page_size=40,
                path="/v1/payments",
                http_method="POST",
                response_code="INVALID_VALUE",
                request_id="r1",
                track_id="t1",
                sort="-latency",
                **headers,
            ),
            zuora_details.sync_detailed(
                client=client,
                **window,
                page=2,
                page_size=10,
                path="/v1/orders",
                http_method="POST",
                response_code="TOO_MANY_REQUESTS",
                request_id="r2",
                track_id="t2",
                sort="-timestamp",  # as Zuora's own request sample sorts
                **headers,
            ),
            zuora_payment_details.sync_detailed(
                client=client,
                **window,
                page=1,
                page_size=5,
                payment_gateway_type="Adyen",
                payment_method_type="CreditCard",
                payment_status="Error",
                payment_gateway_response_code="Declined",
                currency="USD",
                sort="-amount",
                **headers,
            ),
            zuora_tax_details.sync_detailed(
                client=client,
                **window,
                page=1,
                page_size=5,
                vendor_name="AvaTax",
                event_type="taxGenerate",
                status="success",
                sort="-total_duration",
                **headers,
            ),
        ]
        zuora_api_volume.sync(client=client, **window, path="/v1/orders", http_method="POST", **headers)
        zuora_billing_volume.sync(client=client, **window, **headers)
        zuora_payment_volume.sync(
            client=client, **window, payment_gateway_type="Adyen", payment_method_type="CreditCard", **headers
        )
        walked = list(zuora_failures.sync(client=client, **window, page_size=10))
    assert [(page.status_code, page.parsed is not None, page.error) for page in pages] == [(200, True, None)] * 4
    assert len(walked) == 45 and len([e for e in recorder.exchanges if "failures" in e.request]) >= 6
    assert any(e.request.startswith("POST") and "/oauth/token" in e.request for e in recorder.exchanges)
    assert recorder.problems() == []


async def test_zuora_async_walk_with_pages_fetched_ahead(zuora_prism: str) -> None:
    recorder = AsyncRecorder()
    window = {"start_time": NOW - timedelta(days=8), "end_time": NOW}
    async with Zuora(zuora_prism, token="sandbox-token", max_retries=0, async_transport=recorder) as client:
        walked = [r async for r in zuora_failures.asyncio(client=client, **window, page_size=10, prefetch=2)]
    assert len(walked) == 45 and len(recorder.exchanges) >= 5
    assert recorder.problems() == []


def test_prism_flags_a_parameter_the_spec_does_not_allow(zuora_prism: str) -> None:
    """The proof the above can fail: a page size over the documented maximum slips past the client."""
    recorder = Recorder()
    window = {"start_time": NOW - timedelta(days=1), "end_time": NOW}
    with (
        Zuora(zuora_prism, token="sandbox-token", max_retries=0, transport=recorder) as client,
        pytest.raises(APIStatusError),
    ):
        zuora_failures.sync(client=client, **window, extra_query={"pageSize": "41"})
    [flagged] = recorder.problems()
    assert flagged.status == 422 and b"pagesize" in flagged.body.lower() and b"maximum" in flagged.body


def _through_prism(vendor: str, sandbox: AnySandbox) -> Iterator[tuple[str, AnySandbox, str]]:
    """Prism's URL, the sandbox, and the sandbox's host (what Prism's forwarded requests carry as Host)."""
    with sandbox.serve() as server, prism_proxy(VENDORS[vendor].spec, server.base_url) as url:
        yield url, sandbox, server.url.removeprefix("http://")


def test_citrix_every_parameter_and_a_walk() -> None:
    for url, _, _ in _through_prism("citrix", CitrixSandbox(records=35, seed=7, now=NOW)):
        recorder = Recorder()
        with Citrix(url, token="sandbox-token", customer_id="sandboxcust", max_retries=0, transport=recorder) as client:
            window = {"start_date_time": NOW - timedelta(days=8), "end_date_time": NOW}
            first = citrix_records.sync(client=client, **window, limit=10, citrix_customer_id="sandboxcust")
            token = first.first_page.continuation_token
            assert isinstance(token, str)
            second = citrix_records.sync_detailed(client=client, **window, limit=10, continuation_token=token)
            assert second.status_code == 200 and second.parsed is not None and len(second.parsed.items or []) == 10
            assert len(list(citrix_records.sync(client=client, limit=10))) == 35
        assert len(recorder.exchanges) == 6 and recorder.problems() == []


def test_vinyldns_every_operation_and_a_walk() -> None:
    for url, sandbox, host in _through_prism("vinyldns", VinylDNSSandbox(records=60, seed=7, now=NOW)):
        assert isinstance(sandbox, VinylDNSSandbox)
        zone = sandbox.zones[0]["id"]
        recorder = Recorder()
        keys = {"access_key": "sandbox-access-key", "secret_key": "sandbox-secret-key"}
        # SigV4 signs the Host header: sign the one the sandbox will see once Prism has forwarded the request.
        with VinylDNS(url, **keys, headers={"Host": host}, max_retries=0, transport=recorder) as client:
            vinyl_ping.sync(client=client)
            vinyl_health.sync(client=client)
            zone_page = vinyl_zone_failures.sync_detailed(client=client, start_from=0, max_items=5)
            record_page = vinyl_record_failures.sync_detailed(zone, client=client, start_from=5, max_items=5)
            assert (zone_page.status_code, record_page.status_code) == (200, 200)
            assert record_page.parsed is not None and len(record_page.parsed.failed_record_set_changes) == 5
            walked = list(vinyl_record_failures.sync(zone, client=client, max_items=10))
        assert len(walked) == len(sandbox.failures_in(zone)) > 10
        assert recorder.problems() == []


def test_workato_every_operation_and_walks() -> None:
    for url, sandbox, _ in _through_prism("workato", WorkatoSandbox(records=30, seed=7, now=NOW)):
        assert isinstance(sandbox, WorkatoSandbox)
        recipe = max(sandbox.jobs, key=lambda r: len(sandbox.jobs[r]))
        recorder = Recorder()
        with Workato(url, token="sandbox-token", max_retries=0, transport=recorder) as client:
            collections = list(workato_collections.sync(client=client, per_page=2))
            spec = OpenApiSpec(
                content='{"paths": {"/orders": {"get": {"summary": "List orders"}}}}', format_=OpenApiSpecFormat("json")
            )
            made = workato_create_collection.sync(
                client=client, body=CreateApiCollectionRequest(name="Contract", openapi_spec=spec, project_id="1")
            )
            workato_create_collection.sync(client=client, body=CreateApiCollectionRequest(name="Bare"))
            endpoints = list(workato_endpoints.sync(client=client, per_page=7))
            by_collection = workato_endpoints.sync_detailed(
                client=client, api_collection_id=collections[0].id, page=1, per_page=5
            )
            assert by_collection.status_code == 200 and by_collection.parsed is not None
            workato_enable.sync(endpoints[0].id, client=client)
            workato_disable.sync(endpoints[0].id, client=client)
            request = CreateApiClientRequest(
                name="Contract client",
                api_collection_ids=[collections[0].id],
                auth_type=ApiClientAuthType("token"),
                description="made by the contract test",
            )
            created = workato_create_client.sync(client=client, body=request)
            clients = list(workato_clients.sync(client=client, per_page=1))
            workato_create_key.sync(
                created.data.id,
                client=client,
                body=CreateApiKeyRequest(name="k", active=True, ip_allow_list=["10.0.0.0/8"]),
            )
            keys = list(workato_keys.sync(created.data.id, client=client, per_page=1))
            refreshed = workato_refresh_key.sync(created.data.id, keys[0].id, client=client)
            jobs = list(workato_jobs.sync(recipe, client=client, per_page=3))
            failed_jobs = workato_jobs.sync_detailed(
                recipe,
                client=client,
                offset_job_id=jobs[1].id,
                status=JobStatus("failed"),
                prev=False,
                rerun_only=False,
            )
            assert failed_jobs.status_code == 200 and failed_jobs.parsed is not None
        assert made.name == "Contract" and len(clients) >= 3 and len(keys) == 1 and refreshed.data.auth_token
        assert [j.id for j in jobs] == [j["id"] for j in sandbox.jobs[recipe]] and len(jobs) > 3
        assert recorder.problems() == []


def test_zitadel_every_operation() -> None:
    for url, sandbox, _ in _through_prism("zitadel", ZitadelSandbox(records=12, seed=7, now=NOW)):
        assert isinstance(sandbox, ZitadelSandbox)
        recorder = Recorder()
        with Zitadel(url, token="sandbox-token", org_id="123", max_retries=0, transport=recorder) as client:
            events = zitadel_list.sync(client=client, body=ListFailedEventsRequest(), x_zitadel_orgid="456").result
            assert isinstance(events, list)
            first = events[0]
            assert first.database is not None and first.view_name is not None and first.failed_sequence is not None
            zitadel_remove.sync(first.database, first.view_name, first.failed_sequence, client=client)
            assert len(zitadel_list.sync(client=client).result or []) == 11
        assert recorder.problems() == []
