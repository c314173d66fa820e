"""What a model's ``to_dict()`` sends (``gen_v1.encode``), and how a raw answer keeps success and error apart.

``encode`` turns one field value into JSON-ready data, whatever its Python type. A generated ``to_dict()``
writes the field's own type inline (a datetime's ``isoformat()``, an enum's ``value``, a model's
``to_dict()``) and leaves any other value to ``encode``. ``BaseClient.detailed`` (what every ``*_detailed`` call returns)
puts the success model in ``parsed`` and a documented error body's model in ``error``, never both.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from enum import Enum, IntEnum, StrEnum
from typing import Any

import pytest
from failtrail_core import RequestValidationError
from failtrail_core._base_client import BaseClient, Parser
from failtrail_core._body import body_data
from failtrail_core._decode import bad_type
from failtrail_core._operations import Operation
from failtrail_core.gen_v1 import encode

from tests.conftest import LocalServer, Reply


class Colour(StrEnum):
    RED = "red"


class Level(IntEnum):
    HIGH = 3


class Shape(Enum):  # neither str nor int: its value still goes out
    ROUND = "round"


@dataclass
class Inner:
    when: datetime
    colour: Colour | str

    def to_dict(self) -> dict[str, Any]:
        return {"when": encode(self.when), "colour": encode(self.colour)}


# -- encode -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [(Colour.RED, "red"), (Level.HIGH, 3), (Shape.ROUND, "round")],
)
def test_an_enum_member_goes_out_as_its_plain_value(value: Enum, expected: Any) -> None:
    sent = encode(value)
    assert sent == expected and type(sent) is type(expected)  # the value itself, not the member


def test_an_unknown_enum_value_kept_as_a_plain_string_passes_through() -> None:
    assert encode("purple") == "purple"
    assert encode(7) == 7


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=8))), "2025-01-02T03:04:05+08:00"),
        (datetime(2025, 1, 2, 3, 4, 5, 600000, tzinfo=UTC), "2025-01-02T03:04:05.600000+00:00"),
        (date(2025, 1, 2), "2025-01-02"),
    ],
)
def test_times_go_out_in_iso_8601(value: date, expected: str) -> None:
    assert encode(value) == expected


def test_plain_json_values_are_left_as_they_are() -> None:
    for value in ("s", 1, 1.5, True, False, None):
        assert encode(value) is value


def test_a_uuid_goes_out_as_its_text() -> None:
    value = uuid.UUID("12345678-1234-5678-1234-567812345678")
    assert encode(value) == "12345678-1234-5678-1234-567812345678"


def test_a_nested_model_goes_out_by_its_to_dict() -> None:
    inner = Inner(datetime(2025, 1, 2, tzinfo=UTC), Colour.RED)
    assert encode(inner) == {"when": "2025-01-02T00:00:00+00:00", "colour": "red"}


def test_lists_tuples_and_maps_are_encoded_item_by_item() -> None:
    inner = Inner(datetime(2025, 1, 2, tzinfo=UTC), "mauve")
    value = [Colour.RED, "purple", (Level.HIGH, date(2025, 1, 2)), [inner], {"k": Shape.ROUND}]
    assert encode(value) == [
        "red",
        "purple",
        [3, "2025-01-02"],
        [{"when": "2025-01-02T00:00:00+00:00", "colour": "mauve"}],
        {"k": "round"},
    ]


def test_a_body_whose_to_dict_fails_is_refused_as_a_typed_error() -> None:
    class Broken:
        def to_dict(self) -> dict[str, Any]:
            raise TypeError("unsupported operand")

    with pytest.raises(RequestValidationError) as caught:
        body_data(Broken(), "body")
    assert (caught.value.parameter, caught.value.rule) == ("$", "type")
    assert "wrong type" in str(caught.value)


# -- Response: parsed or error ----------------------------------------------------------------------


@dataclass
class Thing:
    name: str


@dataclass
class Problem:
    message: str


def _thing(data: Any) -> Thing:
    if type(data) is not dict or type(data.get("name")) is not str:
        bad_type("$.name", "string", data)
    return Thing(data["name"])


def _problem(data: Any) -> Problem:
    if type(data) is not dict or type(data.get("message")) is not str:
        bad_type("$.message", "string", data)
    return Problem(data["message"])


OP = Operation("getThing", "GET", "/things/1")
SUCCESS: dict[int, Parser] = {200: ("json", _thing)}
ERRORS: dict[int | str, Parser] = {404: ("json", _problem), "default": ("json", _problem)}


class Things(BaseClient):
    _package = "failtrail_things"
    _version = "0"
    _request_id_headers = ("X-Request-Id",)


def _detailed(server: LocalServer, reply: Reply) -> Any:
    server.handler = lambda seen: reply
    with Things(base_url=server.url, max_retries=0) as client:
        return client.detailed(client.send(client.build_request(OP, {}), retryable=True), SUCCESS, ERRORS)


def test_an_error_status_with_a_documented_body_fills_error_not_parsed(server: LocalServer) -> None:
    response = _detailed(server, Reply(404, {"message": "no such thing"}, {"X-Request-Id": "req-404"}))
    assert (response.status_code, response.is_success, response.request_id) == (404, False, "req-404")
    assert response.parsed is None
    assert response.error == Problem("no such thing")
    assert response.content == b'{"message": "no such thing"}'


def test_a_success_fills_parsed_not_error(server: LocalServer) -> None:
    response = _detailed(server, Reply(200, {"name": "widget"}))
    assert (response.status_code, response.is_success) == (200, True)
    assert response.parsed == Thing("widget")
    assert response.error is None


def test_an_undocumented_error_status_takes_the_default_error_model(server: LocalServer) -> None:
    response = _detailed(server, Reply(503, {"message": "down"}))
    assert (response.parsed, response.error) == (None, Problem("down"))


def test_an_error_body_that_does_not_match_its_model_leaves_both_empty(server: LocalServer) -> None:
    response = _detailed(server, Reply(404, {"detail": "not the documented shape"}))
    assert (response.status_code, response.parsed, response.error) == (404, None, None)
    assert response.content == b'{"detail": "not the documented shape"}'  # the raw body is still there


def test_a_generated_to_dict_writes_a_fields_own_type_inline_and_anything_else_through_encode() -> None:
    from failtrail_vinyldns.models import RecordSetChange

    from tests.conftest import documented_example

    raw: dict[str, Any] = documented_example(
        "vinyldns", "/metrics/health/zones/{zoneId}/recordsetchangesfailure", "get"
    )["failedRecordSetChanges"][0]
    change = RecordSetChange.from_dict(raw)
    data = change.to_dict()
    assert isinstance(change.status, Enum) and data["status"] == change.status.value
    assert data["created"] == change.created.isoformat()
    assert data["zone"] == change.zone.to_dict()
    # set by hand to another type (an unknown enum value, a time as text, a plain dict): kept as it is
    change.status, change.created, change.zone = "Pending", "2024-01-01T00:00:00Z", {"name": "z."}  # type: ignore[assignment]
    data = change.to_dict()
    assert (data["status"], data["created"], data["zone"]) == ("Pending", "2024-01-01T00:00:00Z", {"name": "z."})
