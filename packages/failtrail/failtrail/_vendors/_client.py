"""What every HTTP vendor's client takes from the configuration: timeout and retries, when set."""

from __future__ import annotations

from typing import Any

from .._config import VendorConfig

__all__ = ["client_options", "oauth_credentials"]


def client_options(config: VendorConfig) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if config.get("timeout") is not None:
        options["timeout"] = config.get("timeout")
    if config.get("max_retries") is not None:
        options["max_retries"] = config.get("max_retries")
    return options


def oauth_credentials(config: VendorConfig) -> dict[str, Any]:
    """``token`` from ``token_env``, else ``client_id`` and the secret from ``client_secret_env``."""
    token = config.secret("token")
    if token is not None:
        return {"token": token}
    return {"client_id": config.get("client_id"), "client_secret": config.secret("client_secret")}
