"""Canary secrets through every path a secret could leak by: debug log lines, reprs, exceptions.

Each vendor's client is given canary credentials and driven through a success, a token refresh and a
failure; then every log line (at DEBUG), every repr and every exception text is searched for them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from failtrail_citrix import Client as CitrixClient
from failtrail_citrix.api.systemlog import get_records
from failtrail_core import FailtrailError
from failtrail_vinyldns import Client as VinylClient
from failtrail_vinyldns.api.zones import list_zone_change_failures
from failtrail_workato import Client as WorkatoClient
from failtrail_workato.api.api_endpoints import list_api_endpoints
from failtrail_zitadel import Client as ZitadelClient
from failtrail_zitadel.api.admin import list_failed_events
from failtrail_zuora import Client as ZuoraClient
from failtrail_zuora.api.system_health import get_system_health_api_failure_records as zuora_failures

from tests.conftest import LocalServer, Reply, Seen

CANARY = "canary-5b1e0c7d-do-not-print"
END = datetime(2025, 3, 1, tzinfo=UTC)
START = END - timedelta(hours=1)


def _server(seen: Seen) -> Reply:
    """Tokens for any token request (the canary as the access token), then a 500 echoing nothing secret."""
    if "token" in seen.path:
        return Reply(200, {"access_token": CANARY, "token_type": "bearer", "expires_in": "3600"})
    return Reply(500, {"message": "boom", "code": 13})


CALLS: dict[str, tuple[Callable[[str], Any], Callable[[Any], Any]]] = {
    "zuora": (
        lambda url: ZuoraClient(url, client_id="id", client_secret=CANARY, max_retries=1),
        lambda c: zuora_failures.sync(client=c, start_time=START, end_time=END),
    ),
    "zuora-token": (
        lambda url: ZuoraClient(url, token=CANARY, max_retries=1),
        lambda c: zuora_failures.sync(client=c, start_time=START, end_time=END),
    ),
    "citrix": (
        lambda url: CitrixClient(url, client_id="id", client_secret=CANARY, customer_id="acme", max_retries=1),
        lambda c: get_records.sync(client=c),
    ),
    "vinyldns": (
        lambda url: VinylClient(url, access_key="AK", secret_key=CANARY, max_retries=1),
        lambda c: list_zone_change_failures.sync(client=c),
    ),
    "workato": (
        lambda url: WorkatoClient(url, token=CANARY, max_retries=1),
        lambda c: list_api_endpoints.sync(client=c),
    ),
    "zitadel": (
        lambda url: ZitadelClient(url, token=CANARY, max_retries=1),
        lambda c: list_failed_events.sync(client=c),
    ),
}


@pytest.mark.parametrize("name", list(CALLS))
def test_no_canary_in_logs_reprs_or_errors(name: str, server: LocalServer, caplog: pytest.LogCaptureFixture) -> None:
    make, call = CALLS[name]
    server.handler = _server
    caplog.set_level(logging.DEBUG)
    with make(server.url) as client, pytest.raises(FailtrailError) as caught:
        call(client)
    shown = [repr(client), repr(getattr(client, "_auth", None)), str(caught.value), repr(caught.value)]
    shown += [str(getattr(caught.value, "headers", ""))]
    shown += [record.getMessage() for record in caplog.records]
    assert any("request" in record.getMessage() for record in caplog.records)  # debug logging did happen
    assert [text for text in shown if CANARY in text] == []
    assert any(CANARY in seen.headers.get("authorization", "") + seen.body.decode() for seen in server.seen) or (
        name == "vinyldns"  # signed: the secret key itself never travels
    )
