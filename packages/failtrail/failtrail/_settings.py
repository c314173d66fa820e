"""The kinds of value a configuration key takes, and the keys most vendors share.

Each vendor declares its own keys (in ``_vendors/<vendor>.py``) from these; a kind checks one value
(from the TOML file or a ``FAILTRAIL_<VENDOR>_<KEY>`` variable, where everything is a string) and
returns it typed, or raises :class:`ConfigError` naming the key.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from ._errors import ConfigError

__all__ = [
    "HTTP_KEYS",
    "OAUTH_KEYS",
    "Kind",
    "env_name",
    "flag",
    "oauth_required",
    "positive",
    "string",
    "strings",
    "url",
]

Kind = Callable[[str, Any], Any]
"""Checks one value: ``kind(key, value)`` returns it typed, or raises ConfigError naming ``key``."""


def string(key: str, value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{key} must be a non-empty string, not {value!r}")
    return value


def url(key: str, value: Any) -> str:
    """An http(s) URL with a host: a base_url without a scheme would fail only after the first request."""
    text = string(key, value)
    scheme, _, rest = text.partition("://")
    if scheme.lower() not in ("http", "https") or not rest.strip("/"):
        raise ConfigError(f"{key} must be an http:// or https:// URL with a host, not {text!r}")
    return text


_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def env_name(key: str, value: Any) -> str:
    """The name of an environment variable; the value is never shown (it may be the secret pasted in its place)."""
    if not isinstance(value, str):
        raise ConfigError(
            f"{key} must name an environment variable (like ZUORA_CLIENT_SECRET), not be a value of type {type(value).__name__}"
        )
    if not _VARIABLE.fullmatch(value):
        raise ConfigError(
            f"{key} must name an environment variable (like ZUORA_CLIENT_SECRET); its value ({len(value)} characters)"
            " is not a variable name, and is not shown in case it is the secret itself"
        )
    return value


def positive(kind: type[int] | type[float], minimum: int = 0) -> Kind:
    """A finite number >= ``minimum``; with ``int``, a whole one."""

    def check(key: str, value: Any) -> int | float:
        if isinstance(value, str):  # from the environment
            try:
                value = int(value) if kind is int and value.strip().isdigit() else float(value)
            except ValueError:
                raise ConfigError(f"{key} must be a number, not {value!r}") from None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{key} must be a number, not {value!r}")
        if not math.isfinite(value):
            raise ConfigError(f"{key} must be a finite number, not {value!r}")
        if value < minimum:
            raise ConfigError(f"{key} must be a number >= {minimum}, not {value!r}")
        if kind is int and value != int(value):
            raise ConfigError(f"{key} must be a whole number, not {value!r}")
        return kind(value)

    return check


def strings(key: str, value: Any) -> tuple[str, ...]:
    """A list of non-empty strings; from the environment, comma-separated."""
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{key} must be a list of strings, not {value!r}")
    return tuple(value)


def flag(key: str, value: Any) -> bool:
    if isinstance(value, str) and value.lower() in ("1", "true", "yes", "on", "0", "false", "no", "off"):
        return value.lower() in ("1", "true", "yes", "on")
    if not isinstance(value, bool):
        raise ConfigError(f"{key} must be true or false, not {value!r}")
    return value


HTTP_KEYS: dict[str, Kind] = {
    "environment": string,
    "base_url": url,
    "timeout": positive(float),
    "max_retries": positive(int),
    "page_size": positive(int, minimum=1),  # every vendor's page-size parameter has minimum 1
    "prefetch": positive(int, minimum=1),  # pages in flight: 1 is one at a time
}
"""What every HTTP vendor takes; ``timeout``, ``max_retries``, ``page_size`` and ``prefetch`` may also sit in [defaults]."""

OAUTH_KEYS: dict[str, Kind] = {"client_id": string, "client_secret_env": env_name, "token_env": env_name}
"""A ready token (``token_env``), or OAuth client credentials (``client_id`` and ``client_secret_env``)."""


def oauth_required(settings: Mapping[str, Any]) -> list[str]:
    """The credential keys a vendor taking :data:`OAUTH_KEYS` needs, given what is set."""
    if "token_env" in settings:
        return []
    return ["client_id", "client_secret_env"] if "client_id" in settings else ["token_env"]
