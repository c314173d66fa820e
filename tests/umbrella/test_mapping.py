"""Each vendor's record mapped to a FailureRecord, field by field, from sandbox data read over real HTTP."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from failtrail import ConfigError, FailureRecord, load_config, to_json, to_row
from failtrail._vendors import citrix, workato, zitadel, zuora
from failtrail_citrix.models import SystemLogRecord
from failtrail_vinyldns.models import RecordSetChange, SingleChange, ZoneChange
from failtrail_workato.lib import ApiLogRow
from failtrail_workato.lib.exports import request_log_rows
from failtrail_zitadel.models import FailedEvent
from failtrail_zuora.models import ApiFailureRecord

from tests.conftest import LocalServer, Reply

from .conftest import NOW, SINCE, WORKATO_ROWS, Vendors, read, utc


def _read(vendors: Vendors, name: str) -> dict[str, FailureRecord]:
    return {record.id: record for record in read(vendors, [name])}


def test_zuora(vendors: Vendors) -> None:
    records = _read(vendors, "zuora")
    raw = [r for r in vendors.zuora.records if SINCE <= utc(r["timestamp"]) < NOW]
    assert sorted(records) == sorted(r["request_id"] for r in raw)
    for sent in raw:
        got = records[sent["request_id"]]
        assert isinstance(got.record, ApiFailureRecord)
        assert got == FailureRecord(
            vendor="zuora",
            kind="api-request",
            id=sent["request_id"],
            when=utc(sent["timestamp"]),
            http_status=int(sent["http_status"]),
            code=sent["zuora_response_code"],
            message=json.loads(sent["response_body"])["reasons"][0]["message"],
            request_id=sent["request_id"],
            resource=f"{sent['http_method']} {sent['request_path']}",
            actor=sent["user_id"],
            record=ApiFailureRecord.from_dict(sent),
        )
        assert got.when.tzinfo is UTC
        assert got.record.latency == sent["latency"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('{"success": false, "reasons": [{"code": 50000040, "message": "Cannot find entity"}]}', "Cannot find entity"),
        ('{"message": "Authentication error"}', "Authentication error"),  # StandardError's second pointer
        ('{"success": false, "reasons": []}', None),
        ("upstream timed out", "upstream timed out"),  # no JSON: the body is the message
        ("", None),
        (None, None),
    ],
)
def test_zuora_message_is_read_where_the_spec_says(body: str | None, message: str | None) -> None:
    """The failed call's response body is a Zuora StandardError: its x-failtrail-error-message pointers say
    where the message is (specs/zuora/openapi.yaml); the umbrella reads them, not a copy of them."""
    record = ApiFailureRecord.from_dict({"timestamp": "2025-06-02T12:00:00Z", "response_body": body})
    assert zuora.to_failure(record).message == message


def test_citrix(vendors: Vendors) -> None:
    records = _read(vendors, "citrix")
    raw = [r for r in vendors.citrix.records if SINCE <= utc(r["UtcTimestamp"][:26] + "Z") < NOW]
    assert sorted(records) == sorted(r["RecordId"] for r in raw)
    for sent in raw:
        got = records[sent["RecordId"]]
        assert isinstance(got.record, SystemLogRecord)
        assert got == FailureRecord(
            vendor="citrix",
            kind="audit-event",
            id=sent["RecordId"],
            when=utc(sent["UtcTimestamp"][:26] + "Z"),  # .NET's 7 digits: Python keeps 6
            http_status=None,
            code=sent["EventType"],
            message=sent["Message"]["en-US"],
            request_id=None,
            resource=f"{sent['TargetType']}/{sent['TargetDisplayName']}",
            actor=sent["ActorDisplayName"],
            record=SystemLogRecord.from_dict(sent),
        )


def test_vinyldns(vendors: Vendors) -> None:
    records = _read(vendors, "vinyldns")
    zones = set(vendors.zone_ids())
    changes = [c for c in vendors.vinyldns.records if c["zone"]["id"] in zones and SINCE <= utc(c["created"]) < NOW]
    zone_changes = [c for c in vendors.vinyldns.zone_changes if SINCE <= utc(c["created"]) < NOW]
    assert sorted(records) == sorted(c["id"] for c in changes + zone_changes)
    assert changes and zone_changes
    for sent in changes:
        got = records[sent["id"]]
        assert isinstance(got.record, RecordSetChange)
        record_set = sent["recordSet"]
        assert got == FailureRecord(
            vendor="vinyldns",
            kind="record-set-change",
            id=sent["id"],
            when=utc(sent["created"]),
            http_status=None,
            code=sent["changeType"],
            message=sent["systemMessage"],
            request_id=None,
            resource=f"{sent['zone']['name']} {record_set['name']} {record_set['type']}",
            actor=sent["userId"],
            record=RecordSetChange.from_dict(sent),
        )
    for sent in zone_changes:
        got = records[sent["id"]]
        assert isinstance(got.record, ZoneChange)
        assert got == FailureRecord(
            vendor="vinyldns",
            kind="zone-change",
            id=sent["id"],
            when=utc(sent["created"]),
            http_status=None,
            code=sent["changeType"],
            message=sent.get("systemMessage"),  # ZoneChange.systemMessage is an Option: some have none
            request_id=None,
            resource=sent["zone"]["name"],
            actor=sent["userId"],
            record=ZoneChange.from_dict(sent),
        )


def test_vinyldns_batch_changes(vendors: Vendors) -> None:
    # One record per failed single change (its own id and systemMessage); the batch gives the time and
    # the submitter. Only the caller's batch changes are listed (BatchChangeService.listBatchChangeSummaries).
    from datetime import timedelta  # local: the imports above are shared by every vendor's cases

    vendors.write_config(vinyldns={"batch_changes": True})
    records = {r.id: r for r in read(vendors, ["vinyldns"]) if r.kind == "batch-change"}
    batches = [b for b in vendors.vinyldns.own_batch_changes() if SINCE <= utc(b["createdTimestamp"]) < NOW]
    failed = [(batch, single) for batch in batches for single in batch["changes"] if single["status"] == "Failed"]
    assert failed and sorted(records) == sorted(single["id"] for _, single in failed)
    assert {batch["status"] for batch, _ in failed} <= {"PartialFailure", "Failed", "PendingProcessing"}
    for batch, sent in failed:
        got = records[sent["id"]]
        assert isinstance(got.record, SingleChange)
        assert got == FailureRecord(
            vendor="vinyldns",
            kind="batch-change",
            id=sent["id"],
            when=utc(batch["createdTimestamp"]),
            http_status=None,
            code=sent["changeType"],
            message=sent["systemMessage"],
            request_id=None,
            resource=f"batch {batch['id']}: {sent['inputName']} {sent['type']}",
            actor=batch["userName"],
            record=SingleChange.from_dict(sent),
        )
    requests = [r for r in vendors.vinyldns.requests if r.url.path.startswith("/zones/batchrecordchanges")]
    listing = [r for r in requests if r.url.path == "/zones/batchrecordchanges"]
    # the window a second wider at both ends, as MySQL DATETIME text (UTC)
    assert dict(listing[0].url.params) == {
        "maxItems": "100",
        "dateTimeRangeStart": (SINCE - timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S"),
        "dateTimeRangeEnd": (NOW + timedelta(seconds=1)).strftime("%Y-%m-%d %H:%M:%S"),
    }
    fetched = sorted(r.url.path.rsplit("/", 1)[1] for r in requests if r not in listing)
    failing = ("Failed", "PartialFailure", "PendingProcessing")
    assert fetched == sorted(b["id"] for b in batches if b["status"] in failing)


def test_vinyldns_batch_changes_are_off_by_default(vendors: Vendors) -> None:
    assert {r.kind for r in read(vendors, ["vinyldns"])} == {"record-set-change", "zone-change"}
    assert not [r for r in vendors.vinyldns.requests if r.url.path.startswith("/zones/batchrecordchanges")]


def test_zitadel(vendors: Vendors) -> None:
    records = _read(vendors, "zitadel")
    raw = [e for e in vendors.zitadel.records if "lastFailed" in e and SINCE <= utc(e["lastFailed"]) < NOW]
    keys = {zitadel.identity(e["database"], e["viewName"], int(e["failedSequence"]), e["errorMessage"]): e for e in raw}
    assert len(keys) == len(raw)  # events sharing a view and sequence keep their own ids
    assert sorted(records) == sorted(keys)
    for key, sent in keys.items():
        got = records[key]
        assert isinstance(got.record, FailedEvent)
        assert got == FailureRecord(
            vendor="zitadel",
            kind="failed-event",
            id=key,
            when=utc(sent["lastFailed"]),
            http_status=None,
            code=sent["errorMessage"].split()[0].removeprefix("ID="),
            message=sent["errorMessage"],
            request_id=None,
            resource=f"{sent['database']}/{sent['viewName']}",
            actor=None,
            record=FailedEvent.from_dict(sent),
        )
        assert got.record.failed_sequence == int(sent["failedSequence"])


def test_workato(vendors: Vendors) -> None:
    records = _read(vendors, "workato")
    rows = list(request_log_rows(WORKATO_ROWS, 15, latest=NOW))
    expected = {
        str(number): row
        for number, row in enumerate(rows, 1)
        if (row.code >= 400 or row.type != "Success") and SINCE <= row.date < NOW
    }
    assert expected and sorted(records) == sorted(expected)
    for number, row in expected.items():
        got = records[number]
        assert got.record == row
        assert got == FailureRecord(
            vendor="workato",
            kind="api-request",
            id=number,
            when=row.date.astimezone(UTC),
            http_status=row.code,
            code=None if row.gateway_code is None else str(row.gateway_code),
            message=row.status_details or row.status,
            request_id=None,
            resource=" ".join(p for p in (row.api_collection, row.endpoint) if p) or None,
            actor=row.client or row.ip,
            record=row,
        )


# -- what the vendors may send that the sandboxes do not ------------------------------------------------


def test_zuora_status_as_text_and_bodies_that_are_not_zuoras() -> None:
    base = {"timestamp": "2024-09-22T01:07:00Z", "request_id": "r1", "http_method": "GET", "api": "/v1/x/{id}"}
    plain = zuora.to_failure(ApiFailureRecord.from_dict(base | {"http_status": " 503 ", "response_body": "upstream"}))
    assert (plain.http_status, plain.message, plain.resource, plain.actor) == (503, "upstream", "GET /v1/x/{id}", None)
    odd = zuora.to_failure(
        ApiFailureRecord.from_dict(base | {"http_status": "n/a", "response_body": '{"message": "m"}'})
    )
    assert (odd.http_status, odd.message, odd.code) == (None, "m", None)


def test_zuora_status_as_an_integer_as_in_zuoras_usage_details_sample() -> None:
    # https://developer.zuora.com/v1-api-reference/api/operation/getSystemHealthApiPerformanceRecords/ sends
    # "http_status": 429 (an integer); the failures page sends "404" (a string): both map to the same int.
    base = {"timestamp": "2025-01-04T13:10:53Z", "request_id": "628fc2f4", "http_method": "POST", "api": "soap"}
    number = zuora.to_failure(ApiFailureRecord.from_dict(base | {"http_status": 429}))
    text = zuora.to_failure(ApiFailureRecord.from_dict(base | {"http_status": "429"}))
    assert number.http_status == text.http_status == 429
    assert number.record.http_status == 429 and text.record.http_status == "429"  # kept as Zuora sent it


def test_zuora_resource_is_what_it_sent_of_method_and_path() -> None:
    base = {"timestamp": "2024-09-22T01:07:00Z", "request_id": "", "http_status": "404"}
    cases = [
        ({"http_method": "GET", "request_path": "/v1/a", "api": "/v1/{x}"}, "GET /v1/a"),
        ({"http_method": "GET", "request_path": "", "api": "/v1/{x}"}, "GET /v1/{x}"),
        ({"http_method": "GET"}, "GET"),
        ({"http_method": "", "request_path": "/v1/a"}, "/v1/a"),
        ({"http_method": "", "request_path": ""}, None),
        ({}, None),
    ]
    for sent, resource in cases:
        got = zuora.to_failure(ApiFailureRecord.from_dict(base | sent))
        assert (got.resource, got.request_id, got.id) == (resource, None, "2024-09-22T01:07:00+00:00"), sent


def test_zuora_takes_one_entity_id(tmp_path: Path, server: LocalServer) -> None:
    # Every System Health reference page: Zuora-Entity-Ids is "An entity ID" (one).
    server.handler = lambda seen: Reply(200, {"data": []})
    toml = f'[zuora]\nbase_url = "{server.url}"\ntoken_env = "T"\n'
    one = load_config(_write(tmp_path / "one.toml", toml + 'entity_ids = ["e1"]\n'), {"T": "tok"})
    source = zuora.open_source(one.vendors["zuora"])
    try:
        source.check()
    finally:
        source.close()
    assert server.seen[0].headers["zuora-entity-ids"] == "e1"
    two = load_config(_write(tmp_path / "two.toml", toml + 'entity_ids = ["e1", "e2"]\n'), {"T": "tok"})
    with pytest.raises(ConfigError, match="one entity ID"):
        zuora.open_source(two.vendors["zuora"])


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_citrix_message_without_english_and_without_a_target() -> None:
    record = SystemLogRecord.from_dict(
        {
            "RecordId": "r",
            "UtcTimestamp": "2024-01-01T10:00:00+02:00",
            "EventType": "x/y",
            "Message": {"de-DE": "Hallo"},
            "ActorId": "a1",
        }
    )
    got = citrix.to_failure(record)
    assert (got.message, got.resource, got.actor) == ("Hallo", None, "a1")
    assert got.when == datetime(2024, 1, 1, 8, 0, tzinfo=UTC)


def test_zitadel_event_without_time_is_left_out_and_message_without_id() -> None:
    assert zitadel.to_failure(FailedEvent.from_dict({"database": "auth", "viewName": "users"})) is None
    got = zitadel.to_failure(FailedEvent.from_dict({"lastFailed": "2024-04-09T11:59:32.421Z", "errorMessage": "boom"}))
    assert got is not None and (got.code, got.message, got.resource) == (None, "boom", None)
    assert got.id == "///" + zitadel.identity(None, None, None, "boom").rsplit("/", 1)[1]


@pytest.mark.parametrize(
    ("code", "kind", "failed"), [(200, "Success", False), (404, "Error", True), (200, "Odd", True)]
)
def test_workato_failed_rows(code: int, kind: str, failed: bool) -> None:
    row = ApiLogRow(NOW, kind, code, "x", None, None, "192.0.2.1", 1.0, None, None, None, None, None)
    assert workato.failed(row) is failed
    assert workato.to_failure(row, 7).actor == "192.0.2.1"


def test_json_form_serialises_the_vendors_record() -> None:
    record = ApiFailureRecord.from_dict({"timestamp": "2024-09-22T01:07:00Z", "http_status": "404", "request_id": "r"})
    data = to_json(zuora.to_failure(record))
    assert data == {
        "vendor": "zuora",
        "kind": "api-request",
        "id": "r",
        "when": "2024-09-22T01:07:00Z",
        "http_status": 404,
        "code": None,
        "message": None,
        "request_id": "r",
        "resource": None,
        "actor": None,
        "record": {"timestamp": "2024-09-22T01:07:00+00:00", "http_status": "404", "request_id": "r"},
    }
    json.dumps(data)


def test_csv_row_has_the_flat_fields_and_leaves_the_vendors_record_alone() -> None:
    class Unserialisable:
        def to_dict(self) -> dict[str, object]:
            raise AssertionError("to_row must not serialise the vendor's record")

    record = FailureRecord(
        vendor="zuora",
        kind="api-request",
        id="r",
        when=datetime(2024, 9, 22, 1, 7, tzinfo=UTC),
        http_status=404,
        code=None,
        message="not, found",
        request_id="r",
        resource=None,
        actor=None,
        record=Unserialisable(),
    )
    assert to_row(record) == {
        "vendor": "zuora",
        "kind": "api-request",
        "id": "r",
        "when": "2024-09-22T01:07:00Z",
        "http_status": "404",
        "code": "",
        "message": "not, found",
        "request_id": "r",
        "resource": "",
        "actor": "",
    }
