"""The templates on a small spec of their own: shapes no vendor spec has today still generate working code.

Rendered into a temporary folder with the real generation step, then imported and exercised.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any, get_args

import orjson
import pytest
import yaml

from tools.codegen import render

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Render check", "version": "1"},
    "servers": [{"url": "https://render.example/api"}],
    "security": [{"bearerAuth": []}],
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "tags": ["things"],
                "summary": "List things",
                "parameters": [
                    {"name": "q", "in": "query", "description": "A filter.", "schema": {"type": "string"}},
                    {
                        "name": "Accept-Encoding",
                        "in": "header",
                        "description": "Managed by the HTTP layer.",
                        "schema": {"type": "string"},
                        "x-failtrail-transport": True,
                    },
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    },
                    "404": {
                        "description": "Not found",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
                    },
                    "default": {
                        "description": "Any other error, in the same shape",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
                    },
                },
            }
        },
        "/shapes": {
            "get": {
                "operationId": "getShape",
                "tags": ["things"],
                "summary": "Get a shape",
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]
                                }
                            }
                        },
                    },
                    "404": {
                        "description": "Not found",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "oneOf": [{"$ref": "#/components/schemas/C"}, {"$ref": "#/components/schemas/D"}]
                                }
                            }
                        },
                    },
                },
            }
        },
    },
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string", "description": "The thing's id."},
                    "anything": {"description": "No type: any JSON value."},
                    "color": {"type": "string", "enum": ["red", "blue"]},
                    "first": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
                    "second": {"oneOf": [{"$ref": "#/components/schemas/C"}, {"$ref": "#/components/schemas/D"}]},
                },
            },
            "Problem": {"type": "object", "properties": {"message": {"type": "string"}}},
            "A": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}},
            "B": {"type": "object", "required": ["b"], "properties": {"b": {"type": "string"}}},
            "C": {"type": "object", "required": ["c"], "properties": {"c": {"type": "string"}}},
            "D": {"type": "object", "required": ["d"], "properties": {"d": {"type": "string"}}},
        },
    },
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    specs = tmp_path_factory.mktemp("specs")
    (specs / "rendercheck").mkdir()
    (specs / "rendercheck" / "openapi.yaml").write_text(yaml.safe_dump(SPEC))
    settings = {"distribution": "failtrail-rendercheck", "package": "failtrail_rendercheck", "version": "0.0.1"}
    (specs / "rendercheck" / "package.yaml").write_text(
        yaml.safe_dump({**settings, "description": "x", "dependencies": []})
    )
    monkey = pytest.MonkeyPatch()
    monkey.setattr(render, "SPECS", specs)
    dist = render.render_package("rendercheck", tmp_path_factory.mktemp("out"))
    monkey.undo()
    sys.path.insert(0, str(dist))
    try:
        yield importlib.import_module("failtrail_rendercheck")
    finally:
        sys.path.remove(str(dist))
        for name in [n for n in sys.modules if n.startswith("failtrail_rendercheck")]:
            del sys.modules[name]


def _thing(generated: ModuleType) -> Any:
    return importlib.import_module("failtrail_rendercheck.models.thing").Thing


def test_an_optional_property_without_a_type_is_read_as_it_came(generated: ModuleType) -> None:
    thing = _thing(generated)
    assert thing.from_dict({"id": "1", "anything": [1, {"x": None}]}).anything == [1, {"x": None}]
    assert thing.from_dict({"id": "1"}).anything is None


def test_two_unions_in_one_module_keep_their_own_shapes(generated: ModuleType) -> None:
    # Both answers' parsers decode into `result`: each oneOf's parser is bound under a name of its own
    # models, since a shared name let the 404's parser replace the 200's and {"a": ...} was refused.
    op = importlib.import_module("failtrail_rendercheck.api.things.get_shape")
    assert (type(op._parse_200({"a": "x"})).__name__, type(op._parse_404({"d": "y"})).__name__) == ("A", "D")
    parsed = _thing(generated).from_dict({"id": "1", "first": {"a": "x"}, "second": {"d": "y"}})
    assert (type(parsed.first).__name__, type(parsed.second).__name__) == ("A", "D")


def test_an_unknown_enum_value_is_a_plain_string_and_a_known_one_a_member(generated: ModuleType) -> None:
    thing = _thing(generated)
    color = importlib.import_module("failtrail_rendercheck.models.thing_color").ThingColor
    assert thing.from_dict({"id": "1", "color": "red"}).color is color.RED
    green = thing.from_dict({"id": "1", "color": "green"}).color
    assert type(green) is str and green == "green"
    assert "ThingColor | str | None" in inspect.getsource(thing)


def test_a_transport_header_is_documented_but_not_an_argument(generated: ModuleType) -> None:
    op = importlib.import_module("failtrail_rendercheck.api.things.list_things")
    for function in (op.sync, op.sync_detailed, op.asyncio, op.asyncio_detailed):
        assert "accept_encoding" not in inspect.signature(function).parameters
        assert "q" in inspect.signature(function).parameters
    assert [p.name for p in op._OP.params] == ["q"]


def test_the_detailed_response_types_each_error_model_once(generated: ModuleType) -> None:
    # 404 and default share one error model: Response[Thing, Problem], not Response[Thing, Problem | Problem].
    op = importlib.import_module("failtrail_rendercheck.api.things.list_things")
    models = importlib.import_module("failtrail_rendercheck.models")
    annotation = inspect.signature(op.sync_detailed).return_annotation
    assert get_args(annotation) == (models.Thing, models.Problem)
    assert "Response[Thing, Problem]:" in inspect.getsource(op)  # as written, not only as evaluated


def test_the_mirror_reads_untyped_fields_and_unions_as_from_dict_and_leaves_it_an_unlisted_enum_value(
    generated: ModuleType,
) -> None:
    thing = _thing(generated)
    read = importlib.import_module("failtrail_rendercheck._wire.thing").reader()
    document = {"id": "1", "anything": [1, {"x": None}], "color": "blue", "first": {"a": "x"}, "second": {"d": "y"}}
    mirrored = read(orjson.dumps(document))
    assert mirrored == thing.from_dict(document) and type(mirrored) is thing
    assert (type(mirrored.first).__name__, type(mirrored.second).__name__) == ("A", "D")
    green = orjson.dumps({"id": "1", "color": "green"})
    with pytest.raises(ValueError, match="Invalid enum value 'green'"):  # msgspec's ValidationError
        read(green)
    op = importlib.import_module("failtrail_rendercheck.api.things.list_things")
    assert op._SUCCESS[200][0] == "wire" and op._read_200(green).color == "green"  # read_json: from_dict reads it
