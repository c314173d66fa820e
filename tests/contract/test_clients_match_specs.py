"""Every client call, through Prism (proxy, --errors) to the vendor's sandbox: no request or response violation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from failtrail_zuora import APIStatusError
from failtrail_zuora import Client as Zuora
from failtrail_zuora.api.system_health import (
    get_system_health_api_failure_records as zuora_failures,
)
from failtrail_zuora.api.system_health import (
    get_system_health_api_usage_detail_records as zuora_details,
)
from failtrail_zuora.api.system_health import (
    get_system_health_api_volume_summary as zuora_api_volume,
)
from failtrail_zuora.api.system_health import (
    get_system_health_billing_doc_volume_summary as zuora_billing_volume,
)
from failtrail_zuora.api.system_health import (
    get_system_health_payment_detail_records as zuora_payment_details,
)
from failtrail_zuora.api.system_health import (
    get_system_health_payment_volume_summary as zuora_payment_volume,
)
from failtrail_zuora.api.system_health import (
    get_system_health_tax_detail_records as zuora_tax_details,
)
from failtrail_zuora.lib.sandbox import ZuoraSandbox

from tests.contract.prism import Recorder, prism_proxy
from tests.contract.vendors import VENDORS

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
        "zuora_entity_ids": ["e1"],
        "zuora_org_ids": ["o1", "o2"],
        "accept_encoding": "gzip",
    }
    with Zuora(
        zuora_prism,
        client_id="sandbox-client-id",
        client_secret="sandbox-client-secret",
        max_retries=0,
        transport=recorder,
    ) as client:
        zuora_failures.sync(
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
            content_encoding="identity",
            **headers,
        )
        zuora_details.sync(
            client=client,
            **window,
            page=2,
            page_size=10,
            path="/v1/orders",
            http_method="POST",
            http_status="200",
            **headers,
        )
        zuora_api_volume.sync(client=client, **window, path="/v1/orders", http_method="POST", **headers)
        zuora_billing_volume.sync(client=client, **window, **headers)
        zuora_payment_volume.sync(client=client, **window, gateway="Stripe", **headers)
        zuora_payment_details.sync(client=client, **window, page=1, page_size=5, gateway="Stripe", **headers)
        zuora_tax_details.sync(client=client, **window, page=1, page_size=5, **headers)
        walked = list(zuora_failures.iter_items(client=client, **window, page_size=10))
    assert len(walked) == 45 and len([e for e in recorder.exchanges if "failures" in e.request]) >= 6
    assert any(e.request.startswith("POST") and "/oauth/token" in e.request for e in recorder.exchanges)
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
