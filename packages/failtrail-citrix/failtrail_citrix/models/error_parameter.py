from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import bad_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorParameter")

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "value",
    )
)


@_attrs_define
class ErrorParameter:
    """One item of extra error information.

    Attributes:
        name (str | Unset):  Example: reason.
        value (str | Unset):  Example: missing.
        additional_properties: fields the spec does not list, kept as they came.
    """

    name: str | Unset = UNSET

    value: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.value is not UNSET:
            field_dict["value"] = self.value
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
        _v = d.get("name", UNSET)
        name: str | Unset
        if _v is UNSET:
            name = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.name", "string", _v)
            name = _v

        _v = d.get("value", UNSET)
        value: str | Unset
        if _v is UNSET:
            value = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.value", "string", _v)
            value = _v

        obj = cls(
            name=name,
            value=value,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
