"""An error's message says what went wrong, found where each error schema's spec says (x-failtrail-error-message)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from failtrail_citrix import AuthenticationError as CitrixAuthenticationError
from failtrail_citrix import Client as CitrixClient
from failtrail_citrix.api.systemlog import get_records
from failtrail_zuora import Client, InternalServerError
from failtrail_zuora.api.system_health import get_system_health_api_failure_records as failures

from tests.conftest import LocalServer, Reply

START, END = datetime(2024, 5, 1, tzinfo=UTC), datetime(2024, 5, 2, tzinfo=UTC)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # Zuora's StandardError (a System Health 500): the first reason's message, ahead of the top-level one
        (
            {"success": False, "reasons": [{"code": 90000011, "message": "Invalid client id"}], "message": "Failed"},
            "500 Internal Server Error: Invalid client id (request id zr-1)",
        ),
        ({"success": False, "message": "Failed"}, "500 Internal Server Error: Failed (request id zr-1)"),
        ({"success": False, "reasons": []}, "500 Internal Server Error (request id zr-1)"),  # nothing to say
    ],
)
def test_zuora_standard_error_message_comes_from_its_reasons(server: LocalServer, body: Any, message: str) -> None:
    server.handler = lambda seen: Reply(500, body, {"Zuora-Request-Id": "zr-1"})
    with Client(server.url, token="t", max_retries=0) as zuora, pytest.raises(InternalServerError) as info:
        failures.sync(client=zuora, start_time=START, end_time=END)
    assert str(info.value) == message


def test_citrix_gateway_error_message_is_read_from_its_nested_error(server: LocalServer) -> None:
    body = {"Error": {"Message": "Missing or invalid CWSAuth header.", "Type": "CWSAuthException"}}
    server.handler = lambda seen: Reply(401, body)
    end = datetime(2024, 5, 1, tzinfo=UTC)
    client = CitrixClient(server.url, token="t", customer_id="acme", max_retries=0)
    with client as citrix, pytest.raises(CitrixAuthenticationError) as info:
        get_records.sync(client=citrix, start_date_time=end, end_date_time=end)
    assert str(info.value).startswith("401 Unauthorized: Missing or invalid CWSAuth header.")
