"""Request and response helpers the vendor sandboxes share: bodies, headers, query parameters."""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import parse_qs

import httpx
import orjson

from ._routing import Refused


def json_response(status: int, body: object, headers: Mapping[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=orjson.dumps(body),
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def text_response(status: int, text: str, headers: Mapping[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=text.encode(),
        headers={"Content-Type": "text/plain; charset=UTF-8", **(headers or {})},
    )


def request_body(request: httpx.Request) -> bytes:
    """The request body, un-gzipped when the client compressed it."""
    body = request.content
    if request.headers.get("content-encoding", "").lower() == "gzip" and body:
        return gzip.decompress(body)
    return body


def form_fields(request: httpx.Request) -> dict[str, str]:
    """A form-encoded body as a dict (the first value of each field)."""
    return {k: v[0] for k, v in parse_qs(request_body(request).decode("utf-8", "replace")).items()}


def accepts(header: str | None, *names: str) -> bool:
    """Whether an ``Accept``-style header (``Accept``, ``Accept-Encoding``) allows one of ``names``.

    ``names`` go most specific first (``"application/json", "application/*", "*/*"``): the first
    of them the header lists decides, by its q-value (``q=0``, ``q=0.0`` or an unreadable one
    refuses). Names are compared case-blind. A missing or blank header allows nothing here; what
    that means is the caller's to say.
    """
    listed: dict[str, float] = {}
    for item in (header or "").split(","):
        name, *parameters = (part.strip().lower() for part in item.split(";"))
        quality = 1.0
        for parameter in parameters:
            key, _, value = parameter.partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value.strip())
                except ValueError:
                    quality = 0.0
        listed.setdefault(name, quality)
    for name in names:
        if name.lower() in listed:
            return listed[name.lower()] > 0
    return False


def restore_plus(raw: str) -> str:
    """A time whose offset's ``+`` came unencoded in a query string, and so was read as a space, mended.

    ``2025-01-10T08:00 0800`` -> ``2025-01-10T08:00+0800`` (``08:00`` offsets alike); anything else as given.
    """
    return re.sub(r" (\d{2}:?\d{2})$", r"+\1", raw)


@dataclass(frozen=True)
class BadInt:
    """An integer parameter :func:`int_param` refused: ``value`` is None when ``raw`` is no integer at all."""

    name: str
    raw: str
    value: int | None
    low: int | None
    high: int | None


def int_param(
    source: httpx.Request | str | None,
    name: str,
    default: int,
    low: int | None,
    high: int | None,
    refuse: Callable[[BadInt], httpx.Response],
) -> int:
    """An integer query parameter (read off ``source`` when it is the request), checked against its bounds.

    A missing one is ``default``. One that is not an integer, or outside ``low``..``high`` (either
    may be None: unbounded), raises :class:`Refused` with ``refuse(BadInt(...))``, the vendor's own
    answer: the limits and texts are the vendor's, the parsing is the same everywhere.
    """
    raw = source.url.params.get(name) if isinstance(source, httpx.Request) else source
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise Refused(refuse(BadInt(name, raw, None, low, high))) from None
    if (low is not None and value < low) or (high is not None and value > high):
        raise Refused(refuse(BadInt(name, raw, value, low, high)))
    return value
