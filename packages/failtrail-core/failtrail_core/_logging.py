"""Debug logging of requests and responses, with secrets redacted.

Off by default: the package's logger has no handler and no level. Set ``FAILTRAIL_LOG=debug`` in
the environment (or configure the logger yourself) to see each request and response.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping

from ._types import Unset

__all__ = ["REDACTED", "get_logger", "redact_headers", "redacted_repr"]

REDACTED = "<redacted>"

# Headers worth showing as they are; every other header's value is redacted (Azure's allow-list).
_SAFE_HEADERS = frozenset(
    {
        "accept",
        "accept-encoding",
        "content-encoding",
        "content-length",
        "content-type",
        "date",
        "host",
        "retry-after",
        "server",
        "transfer-encoding",
        "user-agent",
    }
)


def get_logger(name: str) -> logging.Logger:
    """The package's logger; ``FAILTRAIL_LOG=debug`` gives it a stderr handler."""
    logger = logging.getLogger(name)
    level = os.environ.get("FAILTRAIL_LOG", "").upper()
    if level in ("DEBUG", "INFO") and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)
    return logger


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]], safe: frozenset[str]) -> dict[str, str]:
    """A copy of ``headers`` where only allow-listed (``_SAFE_HEADERS`` + ``safe``) values survive."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    shown: dict[str, str] = {}
    for key, value in items:
        lower = key.lower()
        shown[key] = value if lower in _SAFE_HEADERS or lower in safe else REDACTED
    return shown


def redacted_repr(value: object) -> str:
    """The repr of a secret field: says whether it is set, never what it is."""
    return "None" if value is None or isinstance(value, Unset) else repr(REDACTED)
