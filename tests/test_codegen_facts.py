"""What the generation step refuses to read from a spec, before any code is written."""

from __future__ import annotations

from typing import Any

import pytest

from tools.codegen.facts import build_facts


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
