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

    Generated models declare ``_secret_fields`` (JSON names) and ``_json_fields`` (JSON name to
    attribute); the walk follows nested models and lists of them. ``data`` is changed in place and returned.
    """
    kind = type(model)
    secrets: frozenset[str] = getattr(kind, "_secret_fields", frozenset())
    fields: dict[str, str] = getattr(kind, "_json_fields", {})
    for key, value in data.items():
        if key in secrets:
            if value is not None:
                data[key] = REDACTED
            continue
        attribute = fields.get(key)
        if attribute is not None:
            _redact_inside(getattr(model, attribute, None), value)
    return data


def _redact_inside(inner: object, value: Any) -> None:
    if isinstance(value, dict) and hasattr(type(inner), "_json_fields"):
        redact_secrets(inner, value)
    elif isinstance(value, list) and isinstance(inner, list):
        for item, item_value in zip(inner, value, strict=False):
            _redact_inside(item, item_value)
