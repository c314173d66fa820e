"""Citrix DaaS's configuration log through failtrail: with ``instance_id`` set, the site's failed operations
are read (``kind: config-change``), their start read as UTC, and the walk stops once it is past the window.

Against the Citrix sandbox, which writes times in its own (UTC-5) zone unless the caller names one.
Sources: specs/citrix/SOURCES.md (S7: Citrix's Go SDK, S11: "How to get configuration operations").
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import failtrail
import pytest
from failtrail import FailureRecord
from failtrail._vendors import citrix
from failtrail_citrix.models import LogOperationResponseModel

from .conftest import NOW, SINCE, Vendors, read, run_cli

SITE = "22ded57c-0306-47e4-b6e8-fed6252759e1"  # the sandbox's site (S11's sample id)
OPERATIONS = "/cvad/manage/ConfigLog/Operations"
LATER = NOW + timedelta(hours=1)  # "now" for the walk's days: 25 hours after SINCE


@pytest.fixture(autouse=True)
def _clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(citrix, "_now", lambda: LATER)


def _start(op: dict[str, Any]) -> datetime:
    """The sandbox's RFC 3339 start, to the second (StartTime's precision)."""
    moment = datetime.fromisoformat(op["FormattedStartTime"].replace("Z", "+00:00"))
    return moment.replace(microsecond=0)


def _expected(vendors: Vendors) -> list[dict[str, Any]]:
    return [op for op in vendors.citrix.config_log.failed() if SINCE <= _start(op) < NOW]


def _config_changes(records: list[FailureRecord]) -> list[FailureRecord]:
    return [r for r in records if r.kind == "config-change"]


def _log_requests(vendors: Vendors) -> list[Any]:
    return [r for r in vendors.citrix.requests if r.url.path == OPERATIONS]


def test_the_sites_failed_operations_are_read_as_config_changes(vendors: Vendors) -> None:
    audit = [r.id for r in read(vendors, ["citrix"])]
    vendors.write_config(citrix={"instance_id": SITE})
    records = read(vendors, ["citrix"])
    expected = _expected(vendors)
    assert len(expected) >= 3  # the seed gives a few: the test means something
    changes = _config_changes(records)
    assert [(r.id, r.when) for r in changes] == [(op["Id"], _start(op)) for op in expected]  # newest first
    assert [r.id for r in records if r.kind == "audit-event"] == audit  # SystemLog as before
    first, op = changes[0], expected[0]
    assert (first.vendor, first.code, first.message, first.http_status, first.request_id) == (
        "citrix",
        op["OperationType"],
        op["Text"],
        None,
        None,
    )
    assert first.resource == f"{', '.join(op['TargetTypes'])} ({op['Source']})"
    assert first.actor == op["User"]
    assert isinstance(first.record, LogOperationResponseModel) and first.record.is_successful is False
    assert all(r.record.is_successful is False for r in changes)


def test_what_goes_on_the_wire(vendors: Vendors) -> None:
    vendors.write_config(citrix={"instance_id": SITE})
    read(vendors, ["citrix"])
    requests = _log_requests(vendors)
    assert requests
    for request in requests:
        assert request.headers["Citrix-InstanceId"] == SITE
        assert request.headers["Citrix-CustomerId"] == "sandboxcust"
        # S7: X-TimeZone "Example: UTC or +00:00": StartTime comes in UTC; en-US keeps S11's M/d/yyyy h:mm:ss tt
        assert (request.headers["X-TimeZone"], request.headers["Citrix-Locale"]) == ("UTC", "en-US")
    first = dict(requests[0].url.params)
    # days back to SINCE from "now" (25 hours: 2 days), and a day more; the largest limit S7 names (1000)
    assert first == {"days": "3", "limit": "1000"}


def test_the_walk_stops_at_the_first_batch_past_the_window(vendors: Vendors) -> None:
    vendors.write_config(citrix={"instance_id": SITE, "page_size": 5})
    records = read(vendors, ["citrix"])
    operations = vendors.citrix.config_log.operations  # newest first, over the sandbox's 3 days
    first_older = next(i for i, op in enumerate(operations) if _start(op) < SINCE)
    assert 5 < first_older < len(operations) - 5  # the window ends mid-log: stopping early is visible
    assert len(_log_requests(vendors)) == first_older // 5 + 1
    assert [r.id for r in _config_changes(records)] == [op["Id"] for op in _expected(vendors)]
    assert {r.url.params["limit"] for r in _log_requests(vendors)} == {"5"}


def test_short_and_empty_batches_do_not_end_the_walk(vendors: Vendors) -> None:
    vendors.citrix.config_log.partial = True  # a query that "cannot be completed" (S7) hands back any amount
    vendors.write_config(citrix={"instance_id": SITE, "page_size": 4})
    records = read(vendors, ["citrix"])
    assert [r.id for r in _config_changes(records)] == [op["Id"] for op in _expected(vendors)]
    operations = vendors.citrix.config_log.operations
    first_older = next(i for i, op in enumerate(operations) if _start(op) < SINCE)
    assert len(_log_requests(vendors)) > first_older // 4 + 1  # more batches than full ones would have taken


async def test_async_reads_the_same(vendors: Vendors) -> None:
    vendors.write_config(citrix={"instance_id": SITE})
    expected = [r.id for r in _config_changes(read(vendors, ["citrix"]))]
    async with failtrail.afailures(SINCE, NOW, vendors=["citrix"], config=vendors.config()) as run:
        got = [r async for r in run]
    assert run.errors == {}
    assert [r.id for r in _config_changes(got)] == expected != []


def test_without_instance_id_the_log_is_not_read(vendors: Vendors) -> None:
    records = read(vendors, ["citrix"])
    assert _config_changes(records) == [] and _log_requests(vendors) == []


def test_the_check_lists_operations_too(vendors: Vendors) -> None:
    vendors.write_config(citrix={"instance_id": SITE})
    result = run_cli(["vendors", "--config", str(vendors.config_path)], cwd=vendors.config_path.parent)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split("\t", 1) for line in result.stdout.splitlines())
    assert lines["citrix"] == "yes\tyes\tok: listed system log records and configuration log operations"
    (check,) = _log_requests(vendors)
    assert dict(check.url.params) == {"searchDateOption": "LastMinute", "limit": "1"}


def test_the_cli_writes_them(vendors: Vendors) -> None:
    vendors.write_config(citrix={"instance_id": SITE})
    window = ["--since", SINCE.isoformat(), "--until", NOW.isoformat()]
    args = ["failures", *window, "--config", str(vendors.config_path), "--vendor", "citrix", "--format", "jsonl"]
    result = run_cli(args, cwd=vendors.config_path.parent)  # a subprocess: its "now" is the real one
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    changes = [line for line in lines if line["kind"] == "config-change"]
    assert [(c["id"], c["record"]["IsSuccessful"]) for c in changes] == [(op["Id"], False) for op in _expected(vendors)]
    assert changes[0]["when"] == _start(_expected(vendors)[0]).isoformat().replace("+00:00", "Z")
    assert changes[0]["record"]["StartTime"] == _expected(vendors)[0]["StartTime"]  # written as Citrix sent it


# -- the mapping --------------------------------------------------------------------------------------


def _operation(**changes: Any) -> LogOperationResponseModel:
    data = {  # S11's sample, failed
        "Id": "0d96ecf1-4c73-4a0c-9476-ecbf40289d2b",
        "AdminMachineIP": "",
        "EndTime": "12/21/2020 : 3:21:12 PM",
        "IsSuccessful": False,
        "OperationType": "ConfigurationChange",
        "Parameters": [],
        "Source": "Broker SDK",
        "StartTime": "12/21/2020 : 3:21:12 PM",
        "TargetTypes": ["Application"],
        "Text": "Remove Application 'DataExplorer'",
        "User": "jack.smith@example.com",
        **changes,
    }
    return LogOperationResponseModel.from_dict({k: v for k, v in data.items() if v is not ...})


def test_a_failed_operation_maps_field_by_field() -> None:
    record = citrix.config_failure(_operation())
    assert record == FailureRecord(
        vendor="citrix",
        kind="config-change",
        id="0d96ecf1-4c73-4a0c-9476-ecbf40289d2b",
        when=datetime(2020, 12, 21, 15, 21, 12, tzinfo=UTC),  # S11's "3:21:12 PM", asked for in UTC
        http_status=None,
        code="ConfigurationChange",
        message="Remove Application 'DataExplorer'",
        request_id=None,
        resource="Application (Broker SDK)",
        actor="jack.smith@example.com",
        record=_operation(),
    )


@pytest.mark.parametrize("outcome", [True, None])
def test_only_an_operation_that_says_it_failed_is_a_failure(outcome: bool | None) -> None:
    assert citrix.config_failure(_operation(IsSuccessful=outcome)) is None  # succeeded, or still running
    assert citrix.config_failure(_operation(IsSuccessful=...)) is None  # not said


@pytest.mark.parametrize(
    ("start", "formatted", "when"),
    [
        ("12/21/2020 : 12:05:09 AM", ..., datetime(2020, 12, 21, 0, 5, 9, tzinfo=UTC)),  # midnight hour
        ("1/2/2021 : 12:00:00 PM", ..., datetime(2021, 1, 2, 12, 0, tzinfo=UTC)),  # noon; one-digit month
        ("2021-01-02T13:14:15+01:00", ..., datetime(2021, 1, 2, 12, 14, 15, tzinfo=UTC)),  # an ISO one, with offset
        ("02.01.2021 13:14:15", "2021-01-02T13:14:15.470Z", datetime(2021, 1, 2, 13, 14, 15, 470000, tzinfo=UTC)),
        ("13/40/2021 : 3:00:00 PM", "2021-01-02T13:14:15Z", datetime(2021, 1, 2, 13, 14, 15, tzinfo=UTC)),
    ],
)
def test_the_start_read_as_utc(start: str, formatted: Any, when: datetime) -> None:
    record = citrix.config_failure(_operation(StartTime=start, FormattedStartTime=formatted))
    assert record is not None and record.when == when


def test_an_operation_without_a_readable_start_is_left_out() -> None:
    assert citrix.config_failure(_operation(StartTime="yesterday", FormattedStartTime="soon")) is None


@pytest.mark.parametrize(
    ("changes", "resource", "actor"),
    [
        ({"TargetTypes": ["Catalog", "Machine"]}, "Catalog, Machine (Broker SDK)", "jack.smith@example.com"),
        ({"TargetTypes": []}, "Broker SDK", "jack.smith@example.com"),
        ({"User": None, "UserIdentity": "S-1-5-21-1-2-3-1104"}, "Application (Broker SDK)", "S-1-5-21-1-2-3-1104"),
        ({"User": "", "UserIdentity": None, "Source": ""}, "Application", None),
    ],
)
def test_resource_and_actor(changes: dict[str, Any], resource: str, actor: str | None) -> None:
    record = citrix.config_failure(_operation(**changes))
    assert record is not None and (record.resource, record.actor) == (resource, actor)


def test_days_reach_back_past_the_window() -> None:
    assert citrix._days_back(NOW - timedelta(hours=25), NOW) == 3
    assert citrix._days_back(NOW - timedelta(hours=24), NOW) == 2
    assert citrix._days_back(NOW + timedelta(hours=5), NOW) == 1  # a window in the future still asks for a day
