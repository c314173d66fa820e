"""What the generation step refuses to read from a spec, before any code is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.codegen.extensions import check_extensions, check_model_names
from tools.codegen.facts import build_facts

ROOT = Path(__file__).resolve().parents[1]


def _spec(param: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {"get": {"operationId": "getX", "parameters": [param], "responses": {"200": {"description": "ok"}}}}
        },
    }


@pytest.mark.parametrize("where", ["query", "path"])
def test_a_secret_outside_the_headers_is_refused(where: str) -> None:
    param = {"name": "key", "in": where, "required": True, "schema": {"type": "string"}, "x-failtrail-secret": True}
    with pytest.raises(SystemExit, match=f"parameter 'key': .* header parameters only .* in the {where}"):
        build_facts(_spec(param))


def test_a_secret_header_is_read_and_kept_out_of_the_logged_headers() -> None:
    param = {"name": "X-Key", "in": "header", "schema": {"type": "string"}, "x-failtrail-secret": True}
    facts = build_facts(_spec(param))
    assert facts["operations"]["get_x"]["params"]["X-Key"]["secret"] is True
    assert "x-key" not in facts["client"]["safe_headers"]


# -- x-failtrail-* extensions are checked before anything is generated ------------------------------


def _with(op_extra: dict[str, Any] | None = None, **top: Any) -> dict[str, Any]:
    op = {"operationId": "listThings", "responses": {"200": {"description": "ok"}}, **(op_extra or {})}
    return {"openapi": "3.1.0", "paths": {"/things": {"get": op}}, **top}


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (
            _with({"x-failtrail-paginaton": {"scheme": "page"}}),
            "paths//things/get: unknown extension x-failtrail-paginaton; did you mean x-failtrail-pagination?",
        ),
        (
            _with({"x-failtrail-pagination": {"scheme": "pages", "page-param": "page"}}),
            "paths//things/get: x-failtrail-pagination scheme must be one of 'page', 'cursor', 'offset', 'none'",
        ),
        (
            _with({"x-failtrail-pagination": {"scheme": "cursor", "cursor-param": "c"}}),
            "paths//things/get: x-failtrail-pagination scheme cursor needs next-field or next-item-field (one of them)",
        ),
        (
            _with({"x-failtrail-pagination": {"scheme": "page", "page-param": "p", "advance": "item-count"}}),
            "paths//things/get: x-failtrail-pagination advance applies to the offset scheme only",
        ),
        (
            _with({"x-failtrail-pagination": {"scheme": "none", "next": "x"}}),
            "paths//things/get: x-failtrail-pagination unknown key(s) next; known: scheme, items, page-param,"
            " size-param, cursor-param, next-field, next-item-field, end-values, advance",
        ),
        (
            _with({"x-failtrail-retry-safe": "yes"}),
            "paths//things/get: x-failtrail-retry-safe must be true or false",
        ),
        (
            _with(**{"x-failtrail-time-format": "%Y"}),
            "(top level): x-failtrail-time-format belongs on a parameter, not a top level",
        ),
        (
            _with(**{"x-failtrail-key-spellings": ["kebab-case"]}),
            "(top level): x-failtrail-key-spellings must be a non-empty list of 'camelCase'",
        ),
    ],
    ids=[
        "typo",
        "bad-scheme",
        "missing-key",
        "advance-misplaced",
        "unknown-key",
        "wrong-type",
        "wrong-place",
        "unknown-spelling",
    ],
)
def test_a_bad_extension_is_named_by_its_path(data: dict[str, Any], problem: str) -> None:
    assert check_extensions(data) == [problem]


def test_every_spec_in_the_repo_passes_the_check() -> None:
    for path in sorted((ROOT / "specs").glob("*/openapi.yaml")):
        data = yaml.safe_load(path.read_text())
        assert check_extensions(data) + check_model_names(data) == [], path


@pytest.mark.parametrize(
    ("pagination", "problem"),
    [
        ({"scheme": "cursor", "cursor-param": "c"}, "needs next-field or next-item-field (one of them)"),
        ({"scheme": "cursor", "cursor-param": "c", "next-field": "n", "next-item-field": "id"}, "(one of them)"),
        ({"scheme": "offset", "cursor-param": "c", "next-item-field": "id"}, "next-item-field applies to the cursor"),
    ],
)
def test_the_cursor_source_is_declared_once(pagination: dict[str, Any], problem: str) -> None:
    [found] = check_extensions(_with({"x-failtrail-pagination": pagination}))
    assert problem in found


def test_a_model_may_not_shadow_a_core_exception() -> None:
    data = {"components": {"schemas": {"RateLimitError": {"type": "object"}, "RateLimitErrorBody": {}}}}
    assert check_model_names(data) == [
        "components/schemas/RateLimitError: a model named RateLimitError would shadow failtrail_core.RateLimitError;"
        " rename the schema (e.g. RateLimitErrorBody) and keep its title"
    ]


def _schemas(schemas: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": schemas}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def test_the_fields_that_can_hold_a_secret_are_worked_out_through_refs_lists_unions_and_cycles() -> None:
    secret = {"type": "object", "properties": {"key": {"type": "string", "x-failtrail-secret": True}}}
    facts = build_facts(
        _schemas(
            {
                "Connection": secret,
                "Zone": {"properties": {"name": {"type": "string"}, "connection": _ref("Connection")}},
                "Change": {
                    "properties": {
                        "zones": {"type": "array", "items": _ref("Zone")},
                        "either": {"oneOf": [{"type": "string"}, _ref("Zone")]},
                        "plain": _ref("Plain"),
                        "loop": _ref("Loop"),
                    }
                },
                "Plain": {"properties": {"name": {"type": "string"}, "self": _ref("Plain")}},
                "Loop": {"properties": {"back": _ref("Change")}},
            }
        )
    )
    assert facts["secret_holders"] == {
        "Connection": [],
        "Zone": ["connection"],
        "Change": ["zones", "either", "loop"],
        "Plain": [],
        "Loop": ["back"],
    }


def test_a_secret_inside_an_inline_object_is_refused() -> None:
    inline = {"type": "object", "properties": {"key": {"type": "string", "x-failtrail-secret": True}}}
    with pytest.raises(SystemExit, match="components/schemas/Zone/properties/connection/properties/key: mark a"):
        build_facts(_schemas({"Zone": {"properties": {"connection": inline}}}))


def test_a_secret_in_an_inline_request_body_is_refused() -> None:
    inline = {"type": "object", "properties": {"secret": {"type": "string", "x-failtrail-secret": True}}}
    body = {"content": {"application/json": {"schema": inline}}}
    data = _schemas({})
    data["paths"] = {
        "/t": {"post": {"operationId": "makeT", "requestBody": body, "responses": {"200": {"description": "ok"}}}}
    }
    with pytest.raises(SystemExit, match="paths//t/post/requestBody/.*/properties/secret: mark a property"):
        build_facts(data)


def test_the_repo_s_secrets_are_looked_for_only_where_they_can_be() -> None:
    facts = build_facts(yaml.safe_load((ROOT / "specs/vinyldns/openapi.yaml").read_text()))
    holders = {name: fields for name, fields in facts["secret_holders"].items() if fields}
    assert holders == {
        "ListFailedRecordSetChangesResponse": ["failedRecordSetChanges"],
        "ListFailedZoneChangesResponse": ["failedZoneChanges"],
        "RecordSetChange": ["zone"],
        "Zone": ["connection", "transferConnection"],
        "ZoneChange": ["zone"],
    }


def test_another_key_spelling_needs_keys_read_case_blind() -> None:
    # The compiled mirror reads a second spelling only where from_dict does too (case-blind): else the same
    # body would be one model through the mirror and an error through from_dict.
    spec = {**_with(**{"x-failtrail-key-spellings": ["camelCase"]}), "info": {"title": "t", "version": "1"}}
    with pytest.raises(SystemExit, match="x-failtrail-key-spellings needs x-failtrail-key-case: insensitive"):
        build_facts(spec)
    assert build_facts({**spec, "x-failtrail-key-case": "insensitive"})["key_spellings"] == ["camelCase"]
