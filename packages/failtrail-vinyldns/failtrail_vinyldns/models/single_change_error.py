from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    bad_type,
    drifted,
    redact_secrets,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="SingleChangeError")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "errorType",
        "message",
    )
)


@_attrs_define
class SingleChangeError:
    """Why a single change did not pass validation.

    Attributes:
        error_type (str | Unset):
        message (str | Unset):
        additional_properties: fields the spec does not list, kept as they came.
    """

    error_type: str | Unset = UNSET

    message: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "errorType": "error_type",
        "message": "message",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.error_type is not UNSET:
            field_dict["errorType"] = self.error_type
        if self.message is not UNSET:
            field_dict["message"] = self.message
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
        error_type = d.get("errorType", UNSET)
        if type(error_type) is not str:
            if error_type is UNSET:
                _missing += 1
            else:
                error_type = drifted(error_type, "str", "$.errorType", "string")

        message = d.get("message", UNSET)
        if type(message) is not str:
            if message is UNSET:
                _missing += 1
            else:
                message = drifted(message, "str", "$.message", "string")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.error_type = error_type
        obj.message = message
        if len(d) == 2 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
