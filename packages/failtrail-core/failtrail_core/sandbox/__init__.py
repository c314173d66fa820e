"""Vendor sandboxes: in-process and over-HTTP fakes of a vendor API, with deterministic faults.

Each package's ``lib/sandbox.py`` subclasses :class:`SeededSandbox` (or :class:`Sandbox`) with the
vendor's routes, auth and records. Nothing here knows a vendor.

The same fault rules work in both modes, so a test can check a retry loop against the in-process
transport (fast) and against a real socket (faithful) without changing a line:

- ``status``: the vendor's own error body with that status (and ``Retry-After`` if given).
- ``drop``: no answer at all (in-process ``httpx.RemoteProtocolError``; over HTTP the socket closes).
- ``truncate``: headers promise the whole body, half of it arrives, then the connection closes.
- ``invalid-json``: a 200 whose JSON body is cut short but correctly framed.
- ``corrupt-gzip`` / ``stacked-gzip``: the answer with ``Content-Encoding: gzip`` over bytes that are not
  deflate data, or compressed twice under ``Content-Encoding: gzip, gzip``.
- ``slow``: the answer comes after ``delay`` seconds (in-process, a delay past the request's read
  timeout raises ``httpx.ReadTimeout`` after that timeout, as a socket would).
- ``latency``: ``delay`` seconds added to every matching request, on top of any other fault.

The modules behind this one are private; everything a vendor sandbox or a test needs is here.
"""

from __future__ import annotations

from ._cli import serve_forever_cli
from ._faults import FaultKind, FaultRule
from ._messages import BadInt, accepts, form_fields, int_param, json_response, request_body, restore_plus, text_response
from ._routing import Handler, Refused, Router
from ._sandbox import Sandbox, SeededSandbox
from ._seeding import (
    newest_first_window,
    page_slice,
    random_hex,
    random_ipv4,
    random_moment,
    random_stamp,
    random_uuid,
    sandbox_now,
    utc_stamp,
)
from ._server import SandboxServer
from ._tokens import Grant, TokenIssuer, shown_secret, shown_tokens

__all__ = [
    "BadInt",
    "FaultKind",
    "FaultRule",
    "Grant",
    "Handler",
    "Refused",
    "Router",
    "Sandbox",
    "SandboxServer",
    "SeededSandbox",
    "TokenIssuer",
    "accepts",
    "form_fields",
    "int_param",
    "json_response",
    "newest_first_window",
    "page_slice",
    "random_hex",
    "random_ipv4",
    "random_moment",
    "random_stamp",
    "random_uuid",
    "request_body",
    "restore_plus",
    "sandbox_now",
    "serve_forever_cli",
    "shown_secret",
    "shown_tokens",
    "text_response",
    "utc_stamp",
]
