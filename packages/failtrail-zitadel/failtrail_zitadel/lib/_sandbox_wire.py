"""What grpc-gateway and protobuf-go put on the wire for the ZITADEL sandbox: statuses, uint64s, timestamps.

Sources (``specs/zitadel/SOURCES.md``): grpc-gateway v2.29.0 ``runtime/errors.go`` (status body,
``WWW-Authenticate``), ``runtime/convert.go`` (``strconv.ParseUint(val, 0, 64)`` for path values),
the gateway template's "type mismatch" error, and protojson's timestamp format (0/3/6/9 digits).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import orjson
from failtrail_core.sandbox import Refused, json_response, request_body

__all__ = ["grpc_status", "json_object", "parse_uint64_path", "proto_stamp"]

_DETAIL_TYPE = "type.googleapis.com/zitadel.v1.ErrorDetail"
# HTTP status -> gRPC code, as grpc-gateway maps them back.
_GRPC_CODES = {400: 3, 401: 16, 403: 7, 404: 5, 405: 12, 409: 6, 429: 8, 500: 13, 501: 12, 503: 14, 504: 4}
_UINT64_MAX = 2**64 - 1


def grpc_status(status: int, message: str, detail_id: str | None = None) -> httpx.Response:
    """A gRPC status as grpc-gateway writes it: ``details`` only when there are some (ZITADEL's own
    errors carry one ErrorDetail with their id); a 401 repeats its message in ``WWW-Authenticate``."""
    body: dict[str, Any] = {"code": _GRPC_CODES.get(status, 2), "message": message}
    if detail_id is not None:
        body["details"] = [{"@type": _DETAIL_TYPE, "id": detail_id, "message": message.split(" (")[0]}]
    response = json_response(status, body)
    if status == 401:
        response.headers["WWW-Authenticate"] = message
    return response


def _go_quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _underscores_ok(text: str) -> bool:
    """Go's strconv.underscoreOK: underscores only between digits (a base prefix counts as one)."""
    saw, index, hexadecimal = "^", 0, False
    if len(text) >= 2 and text[0] == "0" and text[1].lower() in "box":
        index, saw, hexadecimal = 2, "0", text[1].lower() == "x"
    for char in text[index:]:
        if char.isascii() and (char.isdigit() or (hexadecimal and char.lower() in "abcdef")):
            saw = "0"
        elif char == "_":
            if saw != "0":
                return False
            saw = "_"
        elif saw == "_":
            return False
        else:
            saw = "!"
    return saw != "_"


def go_parse_uint64(text: str) -> int | str:
    """Go's ``strconv.ParseUint(text, 0, 64)``: the value, or the error's reason (``invalid syntax``,
    ``value out of range``). Base 0 reads ``0x``/``0o``/``0b`` prefixes, a leading ``0`` as octal and
    ``_`` between digits."""
    if not text:
        return "invalid syntax"
    base, digits = 10, text
    if text[0] == "0":
        if len(text) >= 3 and text[1].lower() in "box":
            base, digits = {"b": 2, "o": 8, "x": 16}[text[1].lower()], text[2:]
        else:
            base, digits = 8, text[1:]
    value, underscores = 0, False
    for char in digits:
        if char == "_":
            underscores = True
            continue
        lowered = char.lower()
        if char.isascii() and char.isdigit():
            digit = ord(char) - ord("0")
        elif "a" <= lowered <= "z":
            digit = ord(lowered) - ord("a") + 10
        else:
            return "invalid syntax"
        if digit >= base:
            return "invalid syntax"
        value = value * base + digit
        if value > _UINT64_MAX:
            return "value out of range"
    if underscores and not _underscores_ok(text):
        return "invalid syntax"
    return value


def parse_uint64_path(name: str, text: str) -> int:
    """A uint64 path parameter as the gateway reads it, or :class:`Refused` with its 400 (no details)."""
    parsed = go_parse_uint64(text)
    if isinstance(parsed, str):
        reason = f"strconv.ParseUint: parsing {_go_quote(text)}: {parsed}"
        raise Refused(grpc_status(400, f"type mismatch, parameter: {name}, error: {reason}"))
    return parsed


def json_object(request: httpx.Request) -> dict[str, Any]:
    """A ``body: "*"`` request as protojson reads it: empty is ``{}``; not a JSON object is a 400."""
    raw = request_body(request).strip()
    if not raw:
        return {}
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise Refused(grpc_status(400, "proto: syntax error (line 1:1): unexpected token")) from None
    if not isinstance(body, dict):
        token = raw[:1].decode("ascii", "replace")
        raise Refused(grpc_status(400, f"proto: syntax error (line 1:1): unexpected token {token}"))
    return body


def proto_stamp(moment: datetime) -> str:
    """A google.protobuf.Timestamp as protojson writes it: UTC ``Z`` with 0, 3, 6 or 9 fractional digits."""
    moment = moment.astimezone(UTC)
    micros = moment.microsecond
    base = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if micros == 0:
        return f"{base}Z"
    if micros % 1000 == 0:
        return f"{base}.{micros // 1000:03d}Z"
    return f"{base}.{micros:06d}Z"
