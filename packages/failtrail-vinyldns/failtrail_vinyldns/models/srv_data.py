from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import DecodeError, bad_type

T = TypeVar("T", bound="SRVData")

_KNOWN: frozenset[str] = frozenset(
    (
        "priority",
        "weight",
        "port",
        "target",
    )
)


@_attrs_define
class SRVData:
    """Record data of an SRV record.

    Attributes:
        priority (int):
        weight (int):
        port (int):
        target (str):
        additional_properties: fields the spec does not list, kept as they came.
    """

    priority: int

    weight: int

    port: int

    target: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["priority"] = self.priority
        field_dict["weight"] = self.weight
        field_dict["port"] = self.port
        field_dict["target"] = self.target
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
            _v = d["priority"]
        except KeyError:
            raise DecodeError("$.priority", "required field is missing") from None
        if type(_v) is not int:
            bad_type("$.priority", "integer", _v)
        priority = _v

        try:
            _v = d["weight"]
        except KeyError:
            raise DecodeError("$.weight", "required field is missing") from None
        if type(_v) is not int:
            bad_type("$.weight", "integer", _v)
        weight = _v

        try:
            _v = d["port"]
        except KeyError:
            raise DecodeError("$.port", "required field is missing") from None
        if type(_v) is not int:
            bad_type("$.port", "integer", _v)
        port = _v

        try:
            _v = d["target"]
        except KeyError:
            raise DecodeError("$.target", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.target", "string", _v)
        target = _v

        obj = cls(
            priority=priority,
            weight=weight,
            port=port,
            target=target,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
