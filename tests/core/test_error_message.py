"""``error_message``: the text an error body keeps where its model's spec says (``x-failtrail-error-message``).

Zuora's ``StandardError`` declares ``["/reasons/0/message", "/message"]`` (specs/zuora/openapi.yaml, from
the error bodies on Zuora's reference pages: specs/zuora/SOURCES.md).
"""

from __future__ import annotations

from typing import Any

import pytest
from failtrail_core import error_message
from failtrail_zuora.models import StandardError, TokenResponse


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"success": False, "reasons": [{"code": 50000040, "message": "Cannot find entity"}]}, "Cannot find entity"),
        ({"reasons": [{"message": "  first  "}, {"message": "second"}]}, "first"),  # the first reason, stripped
        ({"reasons": [], "message": "from /message"}, "from /message"),  # the next pointer when one finds nothing
        ({"reasons": [{"code": 1}], "message": "from /message"}, "from /message"),
        ({"reasons": [{"message": "   "}], "message": "from /message"}, "from /message"),  # blank text is nothing
        ({"reasons": [{"message": 42}]}, None),  # not text
        ({"reasons": "not a list", "message": None}, None),
        ({}, None),
        ([], None),
        ("plain", None),
    ],
)
def test_the_first_pointer_that_finds_text_wins(body: Any, expected: str | None) -> None:
    assert error_message(body, StandardError) == expected


def test_a_model_whose_spec_names_no_message_gives_none() -> None:
    assert not hasattr(TokenResponse, "_error_message_at")
    assert error_message({"message": "ignored"}, TokenResponse) is None
