"""Zuora's startTime/endTime: the spec's pattern (its wire format is not RFC 3339) and the client agree."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
from failtrail_zuora import Client, RequestValidationError
from failtrail_zuora.api.system_health import get_system_health_api_failure_records as failures

from tests.conftest import LocalServer, Reply, spec

PARAMETERS = spec("zuora")["components"]["parameters"]


@pytest.mark.parametrize("name", ["startTime", "endTime"])
def test_the_spec_describes_the_wire_text_not_rfc_3339(name: str) -> None:
    schema = PARAMETERS[name]["schema"]
    assert "format" not in schema  # "2022-09-22T09:07+0800" is no RFC 3339 date-time: validators would refuse it
    assert re.search(schema["pattern"], PARAMETERS[name]["example"])


@pytest.mark.parametrize(
    ("offset", "start_text", "end_text"),
    [
        (timedelta(0), "2024-02-29T23:59+0000", "2024-03-01T23:59+0000"),
        (timedelta(hours=8), "2024-02-29T23:59+0800", "2024-03-01T23:59+0800"),
        (timedelta(hours=-3, minutes=-30), "2024-02-29T23:59-0330", "2024-03-01T23:59-0330"),
        (timedelta(hours=14), "2024-02-29T23:59+1400", "2024-03-01T23:59+1400"),
        (timedelta(hours=-12), "2024-02-29T23:59-1200", "2024-03-01T23:59-1200"),
    ],
)
def test_every_time_the_client_sends_fits_the_spec_pattern(
    server: LocalServer, offset: timedelta, start_text: str, end_text: str
) -> None:
    server.handler = lambda s: Reply(200, {"data": []})
    start = datetime(2024, 2, 29, 23, 59, tzinfo=timezone(offset))
    with Client(server.url, token="t") as client:
        failures.sync(client=client, start_time=start, end_time=start + timedelta(days=1))
    sent = server.seen[0].params
    assert (sent["startTime"], sent["endTime"]) == (start_text, end_text)
    for name in ("startTime", "endTime"):
        assert re.search(PARAMETERS[name]["schema"]["pattern"], sent[name]), sent[name]


@pytest.mark.parametrize(
    "start",
    [
        datetime(999, 12, 31, 9, 7, tzinfo=UTC),  # "999-12-31...": a year needs four digits
        datetime(2024, 9, 22, 9, 7, tzinfo=timezone(timedelta(hours=15))),  # no zone is 15 hours ahead
    ],
)
def test_a_time_the_wire_format_cannot_carry_is_refused_before_sending(server: LocalServer, start: datetime) -> None:
    with Client(server.url, token="t") as client, pytest.raises(RequestValidationError) as info:
        failures.sync(client=client, start_time=start, end_time=start + timedelta(days=1))
    assert (info.value.parameter, info.value.rule) == ("startTime", "pattern")
    assert "does not fit the wire format" in str(info.value)
    assert server.seen == []
