from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import bad_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandardErrorReason")

_KNOWN: frozenset[str] = frozenset(
    (
        "code",
        "message",
    )
)


@_attrs_define
class StandardErrorReason:
    """StandardErrorReason

    Attributes:
        code (int | str | Unset):
        message (str | Unset):
        additional_properties: fields the spec does not list, kept as they came.
    """

    code: int | str | Unset = UNSET

    message: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code
        if code is not UNSET:
            field_dict["code"] = code
        if self.message is not UNSET:
            field_dict["message"] = self.message
        return field_dict

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
        _v = d.get("code", UNSET)
        code: int | str | Unset
        if _v is UNSET:
            code = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.code", "string", _v)
                code = _v

            elif type(_v) is int:
                if type(_v) is not int:
                    bad_type("$.code", "integer", _v)
                code = _v

            else:
                bad_type("$.code", "string or integer", _v)

        _v = d.get("message", UNSET)
        message: str | Unset
        if _v is UNSET:
            message = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.message", "string", _v)
            message = _v

        obj = cls(
            code=code,
            message=message,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
