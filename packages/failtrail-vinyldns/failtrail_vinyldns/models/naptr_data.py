from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import DecodeError, bad_type

T = TypeVar("T", bound="NAPTRData")

_KNOWN: frozenset[str] = frozenset(
    (
        "order",
        "preference",
        "flags",
        "service",
        "regexp",
        "replacement",
    )
)


@_attrs_define
class NAPTRData:
    """Record data of a NAPTR record.

    Attributes:
        order (int):
        preference (int):
        flags (str):
        service (str):
        regexp (str):
        replacement (str):
        additional_properties: fields the spec does not list, kept as they came.
    """

    order: int

    preference: int

    flags: str

    service: str

    regexp: str

    replacement: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["order"] = self.order
        field_dict["preference"] = self.preference
        field_dict["flags"] = self.flags
        field_dict["service"] = self.service
        field_dict["regexp"] = self.regexp
        field_dict["replacement"] = self.replacement
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
        try:
            _v = d["order"]
        except KeyError:
            raise DecodeError("$.order", "required field is missing") from None
        if type(_v) is not int:
            bad_type("$.order", "integer", _v)
        order = _v

        try:
            _v = d["preference"]
        except KeyError:
            raise DecodeError("$.preference", "required field is missing") from None
        if type(_v) is not int:
            bad_type("$.preference", "integer", _v)
        preference = _v

        try:
            _v = d["flags"]
        except KeyError:
            raise DecodeError("$.flags", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.flags", "string", _v)
        flags = _v

        try:
            _v = d["service"]
        except KeyError:
            raise DecodeError("$.service", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.service", "string", _v)
        service = _v

        try:
            _v = d["regexp"]
        except KeyError:
            raise DecodeError("$.regexp", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.regexp", "string", _v)
        regexp = _v

        try:
            _v = d["replacement"]
        except KeyError:
            raise DecodeError("$.replacement", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.replacement", "string", _v)
        replacement = _v

        obj = cls(
            order=order,
            preference=preference,
            flags=flags,
            service=service,
            regexp=regexp,
            replacement=replacement,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
