"""Every documented request constraint, of every operation of every vendor, refuses a breaking value
before anything is sent: parameters through the core's parameter check, bodies through its body check.

The cases are derived from the generated ``OPERATIONS`` (the specs as data), so a constraint added to a
spec is covered here without a new test.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

import pytest
from failtrail_core import Operation, RequestValidationError
from failtrail_core._body import check_body
from failtrail_core._params import serialize_params
from failtrail_zuora import Client as ZuoraClient
from failtrail_zuora.api.oauth import create_token
from failtrail_zuora.models import TokenRequest, TokenRequestGrantType

from tests.conftest import LocalServer

VENDORS = ["zuora", "citrix", "vinyldns", "workato", "zitadel"]


def _operations() -> Iterator[tuple[str, Operation]]:
    for vendor in VENDORS:
        for name, op in importlib.import_module(f"failtrail_{vendor}").OPERATIONS.items():
            yield f"{vendor}.{name}", op


def _breaking(rules: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """One value per rule that breaks it (and only it, where that is possible)."""
    if "enum" in rules:
        yield "enum", "not-a-documented-value"
    if rules.get("maxLength") is not None:
        yield "maxLength", "x" * (int(rules["maxLength"]) + 1)
    if rules.get("minLength"):
        yield "minLength", ""
    if rules.get("minimum") is not None:
        yield "minimum", int(rules["minimum"]) - 1
    if rules.get("maximum") is not None:
        yield "maximum", int(rules["maximum"]) + 1
    if rules.get("pattern") is not None:
        yield "pattern", "\n"  # never a full match of a documented pattern here (a trailing-newline trap too)


def _param_cases() -> Iterator[Any]:
    for name, op in _operations():
        for param in op.params:
            rules = {
                "enum": param.enum,
                "maxLength": param.max_length,
                "minLength": param.min_length,
                "minimum": param.minimum,
                "maximum": param.maximum,
                "pattern": param.pattern,
            }
            if param.kind == "date-time":
                continue  # typed datetimes: their rules are the time-range tests'
            for rule, value in _breaking({k: v for k, v in rules.items() if v is not None}):
                yield pytest.param(op, param.name, rule, value, id=f"{name}.{param.name}.{rule}")
            if param.required:
                yield pytest.param(op, param.name, "required", None, id=f"{name}.{param.name}.required")


def _body_cases() -> Iterator[Any]:
    for name, op in _operations():
        if not op.body:
            continue
        for field, rules in op.body.get("properties", {}).items():
            for rule, value in _breaking(rules):
                yield pytest.param(op, field, rule, value, id=f"{name}.body.{field}.{rule}")
            if field in op.body.get("required", ()):
                yield pytest.param(op, field, "required", ..., id=f"{name}.body.{field}.required")
            if "type" in rules:
                types = [rules["type"]] if isinstance(rules["type"], str) else rules["type"]
                if "null" not in types:
                    yield pytest.param(op, field, "type", None, id=f"{name}.body.{field}.type-null")
                if "object" not in types:
                    yield pytest.param(op, field, "type", {"not": "this"}, id=f"{name}.body.{field}.type")


PARAM_CASES = list(_param_cases())
BODY_CASES = list(_body_cases())


def test_the_specs_have_constraints_to_check() -> None:
    # 103 request constraints across the five specs when this was written; the count only grows.
    assert len(PARAM_CASES) + len(BODY_CASES) >= 60


@pytest.mark.parametrize(("op", "name", "rule", "value"), PARAM_CASES)
def test_a_parameter_breaking_its_rule_is_refused(op: Operation, name: str, rule: str, value: Any) -> None:
    values = {p.name: _valid_param(p.kind) for p in op.params if p.required}
    serialize_params(op, values, {})  # the baseline is valid: the one change below is what breaks it
    values[name] = value
    with pytest.raises(RequestValidationError) as caught:
        serialize_params(op, values, {})
    assert caught.value.parameter == name


@pytest.mark.parametrize(("op", "field", "rule", "value"), BODY_CASES)
def test_a_body_field_breaking_its_rule_is_refused(op: Operation, field: str, rule: str, value: Any) -> None:
    assert op.body is not None
    body = {key: _valid(op.body["properties"][key]) for key in op.body.get("required", ())}
    if value is ...:
        body.pop(field, None)
    else:
        body[field] = value
    check_body(op.body, {key: _valid(op.body["properties"][key]) for key in op.body.get("required", ())})
    with pytest.raises(RequestValidationError) as caught:
        check_body(op.body, body)
    assert (caught.value.parameter, caught.value.rule) == (f"$.{field}", rule)


def _valid(rules: Mapping[str, Any]) -> Any:
    if "enum" in rules:
        return rules["enum"][0]
    kind = rules.get("type")
    kind = kind[0] if isinstance(kind, list) else kind
    if kind == "object":
        return {key: _valid(rules["properties"].get(key, {})) for key in rules.get("required", ())}
    return {"string": "ok", "integer": 1, "number": 1, "boolean": True, "array": []}.get(kind, "ok")


def _valid_param(kind: str) -> Any:
    return {"date-time": datetime(2025, 1, 1, tzinfo=UTC), "integer": 1, "number": 1, "boolean": True}.get(kind, "1")


def test_a_token_request_missing_its_client_id_is_not_sent(server: LocalServer) -> None:
    body = TokenRequest(client_id=None, client_secret="s", grant_type=TokenRequestGrantType.CLIENT_CREDENTIALS)  # type: ignore[arg-type]
    with ZuoraClient(server.url, token="t") as c, pytest.raises(RequestValidationError) as caught:
        create_token.sync(client=c, body=body)
    assert (caught.value.parameter, caught.value.rule) == ("$.client_id", "type")
    assert server.seen == []


def test_a_body_holding_an_undocumented_enum_value_is_a_typed_error(server: LocalServer) -> None:
    # An enum field takes a plain string too (what an unknown value parses to); the body check refuses it.
    body = TokenRequest(client_id="c", client_secret="s", grant_type="password")
    with ZuoraClient(server.url, token="t") as c, pytest.raises(RequestValidationError) as caught:
        create_token.sync(client=c, body=body)
    assert (caught.value.parameter, caught.value.rule) == ("$.grant_type", "enum")
    assert "'client_credentials'" in str(caught.value) and "'password'" in str(caught.value)
    assert server.seen == []


def test_a_body_holding_a_value_of_the_wrong_type_is_a_typed_error(server: LocalServer) -> None:
    body = TokenRequest(client_id="c", client_secret="s", grant_type=7)  # type: ignore[arg-type]
    with ZuoraClient(server.url, token="t") as c, pytest.raises(RequestValidationError) as caught:
        create_token.sync(client=c, body=body)
    assert (caught.value.parameter, caught.value.rule) == ("$.grant_type", "type")
    assert server.seen == []


def test_a_secret_body_field_is_never_echoed(server: LocalServer) -> None:
    body = TokenRequest(client_id="c", client_secret=7, grant_type=TokenRequestGrantType.CLIENT_CREDENTIALS)  # type: ignore[arg-type]
    with ZuoraClient(server.url, token="t") as c, pytest.raises(RequestValidationError) as caught:
        create_token.sync(client=c, body=body)
    assert caught.value.parameter == "$.client_secret" and "7" not in str(caught.value)
