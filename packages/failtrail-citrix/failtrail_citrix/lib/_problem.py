"""Citrix Cloud's error body, ``{type, detail, parameters}`` (SOURCES.md S1, S5; S7 ``ErrorResponse``)."""

from __future__ import annotations

from typing import Any

import httpx
from failtrail_core.sandbox import json_response

__all__ = ["ERRORS", "problem"]

ERRORS = "https://errors-api.cloud.com"


def problem(status: int, kind: str, detail: str, parameters: object = None) -> httpx.Response:
    """``kind`` is the error type's tail (``common/outOfRange``); ``parameters`` is left out when None."""
    body: dict[str, Any] = {"type": f"{ERRORS}/{kind}", "detail": detail}
    if parameters is not None:
        body["parameters"] = parameters
    return json_response(status, body)
