"""Zuora's error bodies (401, 403, the token endpoint's 400) and its rate-limit headers, as Zuora documents them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from failtrail_zuora import AuthenticationError, BadRequestError, Client, PermissionDeniedError
from failtrail_zuora.api.oauth import create_token
from failtrail_zuora.api.system_health import get_system_health_api_failure_records as failures
from failtrail_zuora.api.system_health import get_system_health_payment_volume_summary as payment_volume
from failtrail_zuora.api.system_health import get_system_health_tax_records as taxes
from failtrail_zuora.models import CommonErrorResponse, ProxyUnauthorizedResponse, TokenRequest, TokenRequestGrantType

from tests.conftest import FakeClock, LocalServer, Reply, spec

TZ8 = timezone(timedelta(hours=8))
START = datetime(2024, 9, 22, 9, 7, tzinfo=TZ8)
END = datetime(2024, 9, 23, 9, 7, tzinfo=TZ8)
TOKEN_BODY = TokenRequest(client_id="i", client_secret="s", grant_type=TokenRequestGrantType.CLIENT_CREDENTIALS)


def _system_health(client: Client, operation: Any) -> Any:
    return operation.sync(client=client, start_time=START, end_time=END)


@pytest.mark.parametrize("operation", [failures, payment_volume, taxes])
def test_a_401_body_is_zuoras_gateway_message(server: LocalServer, operation: Any) -> None:
    # zuora-sdk zuora_sdk/api/*_health_api.py: '401': "ProxyUnauthorizedResponse" (models/proxy_unauthorized_response.py,
    # {message}); Zuora's OpenAPI file's 401 example is {"message": "Authentication error"}.
    server.handler = lambda s: Reply(401, {"message": "Authentication error"}, {"Zuora-Request-Id": "zr-401"})
    with Client(server.url, token="t", max_retries=0) as c, pytest.raises(AuthenticationError) as info:
        _system_health(c, operation)
    assert info.value.parsed == ProxyUnauthorizedResponse(message="Authentication error")
    assert "Authentication error" in str(info.value) and info.value.request_id == "zr-401"


@pytest.mark.parametrize("operation", [failures, payment_volume, taxes])
def test_a_403_body_has_an_integer_code_and_a_message(server: LocalServer, operation: Any) -> None:
    # zuora-sdk zuora_sdk/api/*_health_api.py: '403': "CommonErrorResponse" (models/common_error_response.py:
    # code StrictInt, message).
    body = {"code": 90000020, "message": "You do not have permission to System Health."}
    server.handler = lambda s: Reply(403, body)
    with Client(server.url, token="t", max_retries=0) as c, pytest.raises(PermissionDeniedError) as info:
        _system_health(c, operation)
    assert info.value.parsed == CommonErrorResponse(
        code=90000020, message="You do not have permission to System Health."
    )
    assert "You do not have permission" in str(info.value)


@pytest.mark.parametrize(
    ("status", "body", "error", "parsed"),
    [
        # zuora-sdk zuora_sdk/api/o_auth_api.py: '400': "CommonErrorResponse", '401': "ProxyUnauthorizedResponse",
        # '403': "CommonErrorResponse".
        (400, {"code": 90000010, "message": "grant_type is invalid"}, BadRequestError,
         CommonErrorResponse(code=90000010, message="grant_type is invalid")),
        (401, {"message": "Authentication error"}, AuthenticationError,
         ProxyUnauthorizedResponse(message="Authentication error")),
        (403, {"code": 1, "message": "Forbidden"}, PermissionDeniedError, CommonErrorResponse(code=1, message="Forbidden")),
    ],
)  # fmt: skip
def test_token_endpoint_error_bodies(
    server: LocalServer, status: int, body: dict[str, Any], error: type[Exception], parsed: object
) -> None:
    server.handler = lambda s: Reply(status, body)
    with Client(server.url, token="t", max_retries=0) as c, pytest.raises(error) as info:
        create_token.sync(client=c, body=TOKEN_BODY)
    assert info.value.parsed == parsed  # type: ignore[attr-defined]


def test_rate_limit_headers_are_typed_as_zuora_sends_them() -> None:
    # https://developer.zuora.com/docs/guides/rate-limits/ sample "ratelimit-limit : 2250000, 50000;w=60, ...";
    # Zuora's OpenAPI file: RateLimit-Limit type string, RateLimit-Remaining and RateLimit-Reset type number.
    headers = spec("zuora")["components"]["headers"]
    assert headers["RateLimit-Limit"]["schema"] == {"type": "string"}
    assert headers["RateLimit-Remaining"]["schema"] == {"type": "number"}
    assert headers["RateLimit-Reset"]["schema"] == {"type": "number"}


def test_every_system_health_success_declares_the_same_headers() -> None:
    wanted = {"Zuora-Track-Id", "Zuora-Request-Id", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"}
    for path, item in spec("zuora")["paths"].items():
        if path.startswith("/system-health/"):
            assert set(item["get"]["responses"]["200"]["headers"]) == wanted, path
            assert {"401", "403"} <= set(item["get"]["responses"]), path


def test_a_429_with_zuoras_structured_limit_waits_the_fractional_reset(server: LocalServer, clock: FakeClock) -> None:
    # G-RATE: 429 with RateLimit-Limit "2250000, 50000;w=60, ..." and RateLimit-Reset seconds (a number).
    rate = {
        "RateLimit-Limit": "2250000, 50000;w=60, 2250000;w=3600",
        "RateLimit-Remaining": "0",
        "RateLimit-Reset": "1.5",
    }
    replies = [Reply(429, {"code": "REQUEST_EXCEEDED_LIMIT", "message": "slow down"}, rate), Reply(200, {"data": []})]
    server.handler = lambda s: replies.pop(0)
    with Client(server.url, token="t", clock=clock) as c:
        failures.sync(client=c, start_time=START, end_time=END)
    assert clock.sleeps == [1.5] and len(server.seen) == 2
