"""Output without secrets: a model's data with every field its spec marks ``x-failtrail-secret`` redacted.

``to_dict()`` keeps secrets (a request body must carry the client secret it was given); what is
written out for people (the CLI's files, logs, reports) goes through :func:`redact_secrets` instead,
which each generated model exposes as ``to_redacted_dict()``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["REDACTED", "redact_secrets"]

REDACTED = "<redacted>"


def redact_secrets(model: object, data: dict[str, Any]) -> dict[str, Any]:
    """Replace, in ``data`` (``model.to_dict()``), every secret field of ``model`` and of the models inside it.

    Generated models declare ``_secret_fields`` (JSON names) and ``_secret_holders`` (JSON name to
    attribute, for the fields whose value can hold a secret inside, as the generation step worked out from
    the spec): only those are looked into. A model that can hold no secret anywhere does not call this at
    all: its ``to_redacted_dict()`` is its ``to_dict()``. A model without ``_secret_holders`` has each of
    its ``_json_fields`` looked into.
    ``data`` is changed in place and returned.
    """
    kind = type(model)
    for key in getattr(kind, "_secret_fields", ()):
        if data.get(key) is not None:
            data[key] = REDACTED
    holders: dict[str, str] | None = getattr(kind, "_secret_holders", None)
    if holders is None:  # a model generated before the holders were declared
        holders = getattr(kind, "_json_fields", {})
    for key, attribute in holders.items():
        value = data.get(key)
        if value is not None:
            _redact_inside(getattr(model, attribute, None), value)
    return data


def _redact_inside(inner: object, value: Any) -> None:
    if isinstance(value, dict) and hasattr(type(inner), "_json_fields"):
        redact_secrets(inner, value)
    elif isinstance(value, list) and isinstance(inner, list):
        for item, item_value in zip(inner, value, strict=False):
            _redact_inside(item, item_value)
