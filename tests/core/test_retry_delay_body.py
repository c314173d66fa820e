"""A wait named in the error body (the spec's ``x-failtrail-retry-delay``): honoured by the retry, capped by
``max_retry_wait``, second to ``Retry-After``; and the extension checked before anything is generated.

A synthetic operation (no vendor) over a real server on 127.0.0.1, with a fake clock: no real sleeps.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from failtrail_core import InternalServerError, RateLimitError
from failtrail_core._base_client import BaseClient, Parser
from failtrail_core._operations import Operation, RetryDelay

from tests.conftest import FakeClock, LocalServer, Reply, Seen
from tools.codegen.extensions import check_extensions
from tools.codegen.facts import build_facts

IN_LIST = {"pointer": "/parameters", "match": {"name": "retryDelay"}, "value": "/value"}
IN_OBJECT = {"pointer": "/parameters/retryDelay"}
OP = Operation("listThings", "GET", "/things", retry_delay={429: (IN_LIST, IN_OBJECT), 503: (IN_LIST,)})
PLAIN = Operation("listThings", "GET", "/things")
PARSE: dict[int, Parser] = {200: ("json", lambda data: data)}


class Things(BaseClient):
    _package = "failtrail_things"
    _version = "0"


def _body(*parameters: dict[str, Any]) -> dict[str, Any]:
    return {"type": "https://errors.example/rateLimited", "detail": "slow down", "parameters": list(parameters)}


def _once(server: LocalServer, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
    """``status`` with ``body`` first, then 200."""

    def handle(seen: Seen) -> Reply:
        return Reply(status, body, headers or {}) if len(server.seen) == 1 else Reply(200, ["ok"])

    server.handler = handle


def _get(client: Things, op: Operation = OP) -> Any:
    return client.parse(client.send(client.build_request(op, {}), retryable=True), PARSE, {})


async def _aget(client: Things, op: Operation = OP) -> Any:
    return client.parse(await client.asend(client.build_request(op, {}), retryable=True), PARSE, {})


# -- the wait the body names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "wait"),
    [
        (429, _body({"name": "reason", "value": "x"}, {"name": "retryDelay", "value": "4"}), 4.0),  # Citrix's form
        (429, _body({"name": "retryDelay", "value": 2.5}), 2.5),  # a number, not its text
        (429, {"type": "t", "parameters": {"retryDelay": "7"}}, 7.0),  # the second rule: parameters as an object
        (503, _body({"name": "retryDelay", "value": " 0 "}), 0.0),  # "try again now"
    ],
)
def test_a_retry_waits_what_the_body_asks(
    server: LocalServer, clock: FakeClock, status: int, body: Any, wait: float
) -> None:
    _once(server, status, body)
    with Things(base_url=server.url, clock=clock) as client:
        assert _get(client) == ["ok"]
    assert clock.sleeps == [wait]
    assert len(server.seen) == 2


async def test_an_async_retry_waits_what_the_body_asks(server: LocalServer, clock: FakeClock) -> None:
    _once(server, 503, _body({"name": "retryDelay", "value": "3"}))
    async with Things(base_url=server.url, clock=clock) as client:
        assert await _aget(client) == ["ok"]
    assert clock.sleeps == [3.0]


def test_milliseconds(server: LocalServer, clock: FakeClock) -> None:
    op = Operation(
        "listThings", "GET", "/things", retry_delay={429: ({"pointer": "/retryAfterMs", "unit": "milliseconds"},)}
    )
    _once(server, 429, {"retryAfterMs": 1500})
    with Things(base_url=server.url, clock=clock) as client:
        _get(client, op)
    assert clock.sleeps == [1.5]


def test_retry_after_wins_over_the_body(server: LocalServer, clock: FakeClock) -> None:
    _once(server, 429, _body({"name": "retryDelay", "value": "4"}), {"Retry-After": "1"})
    with Things(base_url=server.url, clock=clock) as client:
        _get(client)
    assert clock.sleeps == [1.0]


def test_a_body_asking_longer_than_max_retry_wait_ends_the_call_with_its_wait(
    server: LocalServer, clock: FakeClock
) -> None:
    server.handler = lambda seen: Reply(429, _body({"name": "retryDelay", "value": "120"}))
    with Things(base_url=server.url, clock=clock, max_retry_wait=60) as client, pytest.raises(RateLimitError) as caught:
        _get(client)
    assert (caught.value.retry_after, clock.sleeps, len(server.seen)) == (120.0, [], 1)


def test_the_last_answers_wait_is_on_the_error_when_the_retries_run_out(server: LocalServer, clock: FakeClock) -> None:
    server.handler = lambda seen: Reply(503, _body({"name": "retryDelay", "value": "4"}))
    with (
        Things(base_url=server.url, clock=clock, max_retries=2) as client,
        pytest.raises(InternalServerError) as caught,
    ):
        _get(client)
    assert (caught.value.retry_after, clock.sleeps, len(server.seen)) == (4.0, [4.0, 4.0], 3)


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (429, _body({"name": "reason", "value": "4"})),  # no entry named retryDelay
        (429, _body({"name": "retryDelay", "value": "soon"})),  # not a number
        (429, _body({"name": "retryDelay", "value": "-4"})),  # negative
        (429, _body({"name": "retryDelay", "value": "inf"})),  # not finite
        (429, _body({"name": "retryDelay", "value": True})),  # a boolean is no number
        (429, _body({"name": "retryDelay"})),  # no value
        (429, {"parameters": "retryDelay=4"}),  # neither a list nor an object
        (429, b"<html>Too Many Requests</html>"),  # not JSON
        (500, _body({"name": "retryDelay", "value": "4"})),  # the spec names no body wait for a 500
    ],
)
def test_without_a_readable_wait_the_retry_backs_off(
    server: LocalServer, clock: FakeClock, status: int, body: Any
) -> None:
    _once(server, status, body)
    with Things(base_url=server.url, clock=clock) as client:
        assert _get(client) == ["ok"]
    (slept,) = clock.sleeps
    assert 0.375 <= slept <= 0.5  # the first backoff step (0.5 s less up to 25 % jitter), not the body's 4


def test_an_operation_without_rules_never_reads_the_body(server: LocalServer, clock: FakeClock) -> None:
    _once(server, 429, _body({"name": "retryDelay", "value": "4"}))
    with Things(base_url=server.url, clock=clock) as client:
        request = client.build_request(PLAIN, {})
        assert set(request.extensions) == {"timeout"}  # nothing rides along
        client.parse(client.send(request, retryable=True), PARSE, {})
    (slept,) = clock.sleeps
    assert slept <= 0.5


def test_a_response_without_its_request_asks_nothing() -> None:
    with Things(base_url="https://api.example") as client:
        assert client.asked_delay(httpx.Response(429, json=_body({"name": "retryDelay", "value": "4"}))) is None


def test_the_rule_reads_the_first_matching_entry() -> None:
    rule = RetryDelay("/parameters", (("name", "retryDelay"),), "/value")
    body = _body({"name": "retryDelay", "value": "2"}, {"name": "retryDelay", "value": "9"})
    assert rule.seconds(body) == 2.0
    assert RetryDelay("/parameters/0/value").seconds(body) == 2.0  # an index in the pointer
    assert RetryDelay("/a~1b/c~0d").seconds({"a/b": {"c~d": 5}}) == 5.0  # RFC 6901 escapes
    assert RetryDelay("/parameters/9/value").seconds(body) is None


# -- the extension, checked and carried into the operation data -----------------------------------------


def _spec(retry_delay: Any, *, at: str = "component") -> dict[str, Any]:
    response: dict[str, Any] = {"description": "slow down", "x-failtrail-retry-delay": retry_delay}
    responses: dict[str, Any] = {"200": {"description": "ok"}}
    components: dict[str, Any] = {}
    if at == "component":
        components["responses"] = {"TooMany": response}
        responses["429"] = {"$ref": "#/components/responses/TooMany"}
    else:
        responses["429"] = response
    return {
        "openapi": "3.1.0",
        "info": {"title": "Things", "version": "1"},
        "paths": {"/things": {"get": {"operationId": "listThings", "responses": responses}}},
        "components": components,
    }


@pytest.mark.parametrize("at", ["component", "operation"])
def test_the_rules_reach_the_operation_data(at: str) -> None:
    data = _spec([IN_LIST, IN_OBJECT], at=at)
    assert check_extensions(data) == []
    assert build_facts(data)["operations"]["list_things"]["retry_delay"] == {429: (IN_LIST, IN_OBJECT)}
    one = _spec({"pointer": "/retryDelay"}, at=at)  # one rule alone, not in a list
    assert build_facts(one)["operations"]["list_things"]["retry_delay"] == {429: ({"pointer": "/retryDelay"},)}


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ([], "takes a rule or a non-empty list of them"),
        ({"pointer": "parameters"}, "pointer must be a JSON Pointer"),
        ({"pointer": "/p", "match": {"name": "retryDelay"}}, "match and value go together"),
        ({"pointer": "/p", "value": "/value"}, "match and value go together"),
        ({"pointer": "/p", "match": {"name": 4}, "value": "/v"}, "match must map member names to the strings"),
        ({"pointer": "/p", "unit": "minutes"}, "unit must be one of 'seconds', 'milliseconds'"),
        ([{"pointer": "/p"}, {"pointr": "/p"}], "[1] unknown key(s) pointr"),
    ],
)
def test_a_malformed_rule_fails_generation(value: Any, problem: str) -> None:
    (found,) = check_extensions(_spec(value))
    assert found.startswith("components/responses/TooMany: x-failtrail-retry-delay ") and problem in found


def test_the_extension_belongs_on_a_response() -> None:
    data = _spec({"pointer": "/p"})
    data["components"]["schemas"] = {"Err": {"type": "object", "x-failtrail-retry-delay": {"pointer": "/p"}}}
    assert check_extensions(data) == [
        "components/schemas/Err: x-failtrail-retry-delay belongs on a response, not a schema"
    ]
