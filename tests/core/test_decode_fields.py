"""How a generated ``from_dict`` reads a record's declared fields: all in one call when every one is
there, one by one when some are absent. Both roads must give the same records and the same errors.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from failtrail_core.gen_v1 import DecodeError
from failtrail_vinyldns.models import Zone
from failtrail_zuora.models import ApiFailureRecord

FULL: dict[str, Any] = {
    "timestamp": "2025-01-19T06:43:51Z",
    "status": "Error",
    "api": "/v1/object/invoice/{id}",
    "request_path": "/v1/object/invoice/2c92",
    "http_method": "GET",
    "http_status": "404",
    "zuora_response_code": "NOT_FOUND",
    "latency": 104,
    "request_id": "42a18d47",
    "track_id": None,
    "tracing_identifier": None,
    "user_id": "2c92a0fd",
    "user_agent": "Apache-HttpClient/4.5",
    "ip": "52.36.201.144",
    "request_body": "",
    "response_body": "{}",
}


def test_every_field_there_reads_each_into_its_attribute() -> None:
    record = ApiFailureRecord.from_dict(dict(FULL))
    assert record.timestamp == dt.datetime(2025, 1, 19, 6, 43, 51, tzinfo=dt.UTC)
    assert (record.status, record.http_status, record.latency, record.track_id) == ("Error", "404", 104, None)
    assert (record.ip, record.request_body, record.response_body) == ("52.36.201.144", "", "{}")
    assert record.additional_properties == {}


def test_as_many_keys_as_fields_with_one_absent_keeps_the_unknown_one() -> None:
    data = {k: v for k, v in FULL.items() if k != "ip"} | {"region": "eu"}
    assert len(data) == len(FULL)  # the one-call read misses "ip": the record is read field by field
    record = ApiFailureRecord.from_dict(data)
    assert record.ip is None
    assert record.user_agent == "Apache-HttpClient/4.5"
    assert record.additional_properties == {"region": "eu"}
    expected = {k: v for k, v in data.items() if v is not None} | {"timestamp": "2025-01-19T06:43:51+00:00"}
    assert record.to_dict() == expected


def test_every_field_and_an_unknown_one() -> None:
    record = ApiFailureRecord.from_dict(FULL | {"region": "eu"})
    assert record.additional_properties == {"region": "eu"}
    assert record.request_id == "42a18d47"


def test_a_required_field_absent_names_it() -> None:
    data = {k: v for k, v in FULL.items() if k != "timestamp"}
    with pytest.raises(DecodeError) as error:
        ApiFailureRecord.from_dict(data)
    assert (error.value.path, error.value.reason) == ("$.timestamp", "required field is missing")


def test_a_required_field_absent_among_as_many_keys_names_it() -> None:
    data = {k: v for k, v in FULL.items() if k != "timestamp"} | {"when": "now"}
    with pytest.raises(DecodeError) as error:
        ApiFailureRecord.from_dict(data)
    assert (error.value.path, error.value.reason) == ("$.timestamp", "required field is missing")


def test_wrong_types_name_their_field_on_both_roads() -> None:
    for data in (FULL | {"latency": "fast"}, {"timestamp": FULL["timestamp"], "latency": "fast"}):
        with pytest.raises(DecodeError) as error:
            ApiFailureRecord.from_dict(data)
        assert (error.value.path, error.value.reason) == ("$.latency", "expected integer, got string")


@pytest.mark.parametrize(("data", "path"), [({"id": "z1"}, "$.name"), ({"name": "ok."}, "$.id")])
def test_a_sparse_record_without_a_required_field_names_it(data: dict[str, Any], path: str) -> None:
    with pytest.raises(DecodeError) as error:
        Zone.from_dict(data)
    assert (error.value.path, error.value.reason) == (path, "required field is missing")


def test_a_sparse_record_reads_absent_fields_as_none() -> None:
    zone = Zone.from_dict({"name": "ok.", "id": "z1", "shared": True, "note": "x"})
    assert (zone.name, zone.id, zone.shared, zone.email, zone.acl) == ("ok.", "z1", True, None, None)
    assert zone.additional_properties == {"note": "x"}


def test_typed_unknown_fields_are_copied_checked_and_converted_in_place() -> None:
    from failtrail_citrix.models import LocalizedMessage

    message = LocalizedMessage.from_dict({"en-US": "made", "de-DE": 12})
    assert message.additional_properties == {"en-US": "made", "de-DE": "12"}  # lossless drift, in place
    with pytest.raises(DecodeError) as error:
        LocalizedMessage.from_dict({"en-US": "made", "fr-FR": {"text": "x"}})
    assert (error.value.path, error.value.reason) == ("$.fr-FR", "expected string, got object")
