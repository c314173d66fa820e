"""Configuration: a TOML file plus ``FAILTRAIL_*`` environment variables, checked before anything is sent.

Secrets never sit in the file: a credential is named by the environment variable that holds it
(``client_secret_env = "ZUORA_CLIENT_SECRET"``) and read only when a client is built.

    # failtrail.toml
    [defaults]                  # applies to every vendor; a vendor's own table wins
    timeout = 30
    [zuora]
    environment = "US_PRODUCTION_US_CLOUD_2"   # a key of failtrail_zuora.SERVERS, or base_url = "https://..."
    client_id = "6f1c..."
    client_secret_env = "ZUORA_CLIENT_SECRET"
    [workato]
    export = "exports/api-logs.csv"            # relative to this file

Environment: ``FAILTRAIL_CONFIG`` names the file (default ``./failtrail.toml`` when it exists);
``FAILTRAIL_<VENDOR>_<KEY>`` sets or overrides one key (``FAILTRAIL_ZUORA_TRACK_ID=audit``; lists are
comma-separated).
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._errors import ConfigError
from ._vendors import NAMES, Vendor, declaration

__all__ = ["VENDORS", "Config", "VendorConfig", "installed", "load_config", "not_installed"]

VENDORS: tuple[str, ...] = NAMES
"""The vendors failtrail knows (one module each in ``failtrail/_vendors``), in configuration and output order."""
DEFAULT_FILE = "failtrail.toml"
_DEFAULT_KEYS = ("timeout", "max_retries", "page_size", "prefetch")
_SHOWN_VARIABLE = re.compile(r"[A-Z_][A-Z0-9_]*")
"""Only a name this plain is shown in messages: anything else may be a secret pasted in its place."""


@dataclass(frozen=True)
class VendorConfig:
    """One vendor's checked settings; credentials are environment variable names, read by :meth:`secret`.

    Attributes:
        vendor: ``"zuora"``, ``"citrix"``, ``"vinyldns"``, ``"workato"`` or ``"zitadel"``.
        settings: the keys set for it (file, ``[defaults]`` and environment merged), typed.
        origin: where they came from, for messages (``"failtrail.toml [zuora]"``).
        base_dir: the folder relative paths (Workato's ``export``) are read from.
    """

    vendor: str
    settings: Mapping[str, Any]
    origin: str
    base_dir: Path = field(default_factory=Path.cwd)
    environ: Mapping[str, str] = field(default_factory=lambda: os.environ, repr=False, compare=False)

    def get(self, key: str, default: Any = None) -> Any:
        return self.settings.get(key, default)

    def secret(self, key: str) -> str | None:
        """The value of the environment variable that ``<key>_env`` names (None when no such key is set)."""
        name = self.settings.get(f"{key}_env")
        if name is None:
            return None
        value = self.environ.get(name)
        if not value:
            if _SHOWN_VARIABLE.fullmatch(name):
                raise ConfigError(f"{self.vendor}: environment variable {name} is not set ({key}_env in {self.origin})")
            raise ConfigError(
                f"{self.vendor}: the environment variable that {key}_env names in {self.origin} is not set"
                " (its name is not shown: it does not look like one, and may be the secret itself)"
            )
        return value

    def file(self, key: str) -> Path:
        """A path setting (Workato's ``export``), relative to :attr:`base_dir`, ``~`` expanded."""
        return self.base_dir / Path(str(self.settings[key])).expanduser()

    @property
    def installed(self) -> bool:
        return installed(self.vendor)

    def base_url(self, servers: Mapping[str, str]) -> str:
        """``base_url``, else the ``environment``'s URL in the vendor package's ``SERVERS``."""
        if "base_url" in self.settings:
            return str(self.settings["base_url"]).rstrip("/")
        fixed = {name: url for name, url in servers.items() if "{" not in url}
        environment = self.settings.get("environment")
        if environment is None:
            choices = f"environment (one of {', '.join(fixed)}) or " if fixed else ""
            raise ConfigError(f"{self.vendor}: set {choices}base_url in {self.origin}")
        if environment not in fixed:
            raise ConfigError(
                f"{self.vendor}: unknown environment {environment!r} in {self.origin};"
                f" one of {', '.join(fixed) or '(none: set base_url)'}"
            )
        return fixed[environment]

    def check(self) -> None:
        """Raise :class:`ConfigError` if this vendor cannot be used: not installed, a key or credential missing."""
        declared = _declared(self.vendor)
        if declared is None:
            raise not_installed(self.vendor, self.origin)
        for key in declared.required(self.settings):
            if key not in self.settings:
                raise ConfigError(f"{self.vendor}: {key} is required ({self.origin})")
        for key in self.settings:
            if key.endswith("_env"):
                self.secret(key.removesuffix("_env"))
        if "export" in self.settings and not self.file("export").is_file():
            raise ConfigError(f"{self.vendor}: export file {self.file('export')} does not exist ({self.origin})")


def installed(vendor: str) -> bool:
    """Whether the vendor's package (``failtrail-<vendor>``) is installed."""
    return _declared(vendor) is not None


def not_installed(vendor: str, origin: str | None = None) -> ConfigError:
    """The error for a vendor whose package is missing, with the command that installs it."""
    configured = f"{vendor} is configured ({origin}) but " if origin else ""
    return ConfigError(f"{configured}failtrail-{vendor} is not installed: pip install 'failtrail[{vendor}]'")


def _declared(name: str) -> Vendor | None:
    """The vendor's declaration; None when its package is not installed."""
    try:
        return declaration(name)
    except ModuleNotFoundError as error:
        if error.name is not None and error.name.startswith(f"failtrail_{name}"):
            return None
        raise


@dataclass(frozen=True)
class Config:
    """Every configured vendor, by name; :meth:`select` checks the ones a run needs."""

    vendors: Mapping[str, VendorConfig]
    path: Path | None = None

    def select(self, names: Sequence[str] | None = None) -> list[VendorConfig]:
        """The named vendors (default: every configured one), each checked; :class:`ConfigError` otherwise."""
        if names is None:
            chosen = [v for v in VENDORS if v in self.vendors]
            if not chosen:
                where = self.path or f"./{DEFAULT_FILE} or FAILTRAIL_<VENDOR>_* variables"
                raise ConfigError(f"no vendor is configured (looked at {where})")
        else:
            chosen = list(dict.fromkeys(names))
        picked = []
        for name in chosen:
            if name not in VENDORS:
                raise ConfigError(f"unknown vendor {name!r}; one of {', '.join(VENDORS)}")
            if name not in self.vendors:
                where = self.path or DEFAULT_FILE
                raise ConfigError(f"{name} is not configured: add a [{name}] table to {where}")
            self.vendors[name].check()
            picked.append(self.vendors[name])
        return picked


def load_config(path: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Read the TOML file (``path``, else ``$FAILTRAIL_CONFIG``, else ``./failtrail.toml`` if present) and the env.

    Unknown tables and keys are errors (a typo must not silently drop a setting). Credentials are
    checked by :meth:`Config.select`, for the vendors a run uses.
    """
    env = os.environ if environ is None else environ
    explicit = path if path is not None else env.get("FAILTRAIL_CONFIG")
    file = Path(explicit) if explicit else Path(DEFAULT_FILE)
    data: dict[str, Any] = {}
    if explicit or file.exists():
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file {file} does not exist") from None
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigError(f"cannot read config file {file}: {error}") from None
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{file} is not valid TOML: {error}") from None
    unknown = sorted(set(data) - {*VENDORS, "defaults"})
    if unknown:
        raise ConfigError(
            f"{file}: unknown table(s) {', '.join(unknown)}; the tables are [defaults], {', '.join(VENDORS)}"
        )
    defaults = _table(data, "defaults", file)
    for key in defaults:
        if key not in _DEFAULT_KEYS:
            raise ConfigError(f"{file} [defaults]: unknown key {key!r}; one of {', '.join(_DEFAULT_KEYS)}")
    base_dir = file.resolve().parent if file.exists() else Path.cwd()
    vendors: dict[str, VendorConfig] = {}
    for vendor in VENDORS:
        table = _table(data, vendor, file)
        from_env = _from_env(vendor, env)
        if vendor not in data and not from_env:
            continue
        origin = f"{file} [{vendor}]" if vendor in data else f"FAILTRAIL_{vendor.upper()}_* variables"
        declared = _declared(vendor)
        if declared is None:  # kept as given: using it reports the package missing
            vendors[vendor] = VendorConfig(vendor, {**table, **from_env}, origin, base_dir, env)
            continue
        keys = declared.keys
        merged: dict[str, Any] = {}
        for key, value in {**{k: v for k, v in defaults.items() if k in keys}, **table}.items():
            if key not in keys:
                raise ConfigError(f"{file} [{vendor}]: unknown key {key!r}; known keys: {', '.join(keys)}")
            merged[key] = keys[key](f"{vendor}.{key}", value)
        for key, value in from_env.items():
            if key not in keys:
                var = f"FAILTRAIL_{vendor.upper()}_{key.upper()}"
                raise ConfigError(f"{var}: unknown key {key!r} for {vendor}; known keys: {', '.join(keys)}")
            merged[key] = keys[key](f"FAILTRAIL_{vendor.upper()}_{key.upper()}", value)
        vendors[vendor] = VendorConfig(vendor, merged, origin, base_dir, env)
    return Config(vendors, file if (explicit or file.exists()) else None)


def _table(data: Mapping[str, Any], name: str, file: Path) -> dict[str, Any]:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise ConfigError(f"{file}: {name} must be a table ([{name}])")
    return table


def _from_env(vendor: str, env: Mapping[str, str]) -> dict[str, str]:
    prefix = f"FAILTRAIL_{vendor.upper()}_"
    return {name.removeprefix(prefix).lower(): value for name, value in env.items() if name.startswith(prefix)}
