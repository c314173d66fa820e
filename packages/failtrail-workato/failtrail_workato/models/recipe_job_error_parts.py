from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    bad_datetime,
    bad_type,
    drifted,
    from_isoformat,
    redact_secrets,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipeJobErrorParts")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "adapter",
        "error_type",
        "message",
        "error_id",
        "error_at",
        "inner_message",
    )
)


@_attrs_define
class RecipeJobErrorParts:
    """The failed step's error, broken down. Workato's 2019 docs also show `input` (the step's input, redacted); it is not
    declared here (its shape is not documented) and is kept among the unknown fields.

        Attributes:
            adapter (None | str | Unset):
            error_type (None | str | Unset):
            message (None | str | Unset):
            error_id (None | str | Unset):
            error_at (datetime.datetime | None | Unset):
            inner_message (None | str | Unset):
            additional_properties: fields the spec does not list, kept as they came.
    """

    adapter: None | str | Unset = UNSET

    error_type: None | str | Unset = UNSET

    message: None | str | Unset = UNSET

    error_id: None | str | Unset = UNSET

    error_at: datetime.datetime | None | Unset = UNSET

    inner_message: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "adapter": "adapter",
        "error_type": "error_type",
        "message": "message",
        "error_id": "error_id",
        "error_at": "error_at",
        "inner_message": "inner_message",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        adapter: None | str | Unset
        if isinstance(self.adapter, Unset):
            adapter = UNSET
        else:
            adapter = self.adapter
        if adapter is not UNSET:
            field_dict["adapter"] = adapter
        error_type: None | str | Unset
        if isinstance(self.error_type, Unset):
            error_type = UNSET
        else:
            error_type = self.error_type
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message
        if message is not UNSET:
            field_dict["message"] = message
        error_id: None | str | Unset
        if isinstance(self.error_id, Unset):
            error_id = UNSET
        else:
            error_id = self.error_id
        if error_id is not UNSET:
            field_dict["error_id"] = error_id
        error_at: None | str | Unset
        if isinstance(self.error_at, Unset):
            error_at = UNSET
        elif isinstance(self.error_at, datetime.datetime):
            error_at = self.error_at.isoformat()
        else:
            error_at = self.error_at
        if error_at is not UNSET:
            field_dict["error_at"] = error_at
        inner_message: None | str | Unset
        if isinstance(self.inner_message, Unset):
            inner_message = UNSET
        else:
            inner_message = self.inner_message
        if inner_message is not UNSET:
            field_dict["inner_message"] = inner_message
        return field_dict

    def to_redacted_dict(self) -> dict[str, Any]:
        """:meth:`to_dict` with every field the spec marks secret (here or in a nested model) as ``"<redacted>"``.

        What to write out for people (files, logs, reports); ``to_dict()`` keeps secrets for requests.
        """
        return redact_secrets(self, self.to_dict())

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse JSON data, checking every field's type; unknown fields and enum values are kept.

        Raises:
            DecodeError: a field has the wrong type or a required field is missing; its ``path``
                names the field (``$.data[3].latency``).
        """
        if type(src_dict) is not dict:
            bad_type("$", "object", src_dict)
        d = src_dict
        _missing = 0  # optional fields absent from d; len(d) then tells whether it has unknown ones
        adapter = d.get("adapter", UNSET)
        if type(adapter) is not str and adapter is not None:
            if adapter is UNSET:
                _missing += 1
            else:
                adapter = drifted(adapter, "str", "$.adapter", "string or null")

        error_type = d.get("error_type", UNSET)
        if type(error_type) is not str and error_type is not None:
            if error_type is UNSET:
                _missing += 1
            else:
                error_type = drifted(error_type, "str", "$.error_type", "string or null")

        message = d.get("message", UNSET)
        if type(message) is not str and message is not None:
            if message is UNSET:
                _missing += 1
            else:
                message = drifted(message, "str", "$.message", "string or null")

        error_id = d.get("error_id", UNSET)
        if type(error_id) is not str and error_id is not None:
            if error_id is UNSET:
                _missing += 1
            else:
                error_id = drifted(error_id, "str", "$.error_id", "string or null")

        error_at = d.get("error_at", UNSET)
        if error_at is UNSET:
            _missing += 1
        else:
            if type(error_at) is str:
                try:
                    error_at = from_isoformat(error_at)
                except (TypeError, ValueError):
                    bad_datetime(error_at, "$.error_at")
                if error_at.tzinfo is None:
                    bad_datetime(error_at, "$.error_at")

            elif error_at is None:
                pass
            else:
                bad_type("$.error_at", "date-time string or null", error_at)

        inner_message = d.get("inner_message", UNSET)
        if type(inner_message) is not str and inner_message is not None:
            if inner_message is UNSET:
                _missing += 1
            else:
                inner_message = drifted(inner_message, "str", "$.inner_message", "string or null")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.adapter = adapter
        obj.error_type = error_type
        obj.message = message
        obj.error_id = error_id
        obj.error_at = error_at
        obj.inner_message = inner_message
        if len(d) == 6 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
