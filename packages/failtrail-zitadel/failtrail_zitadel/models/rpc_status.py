from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import DecodeError, bad_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.protobuf_any import ProtobufAny


T = TypeVar("T", bound="RpcStatus")

_KNOWN: frozenset[str] = frozenset(
    (
        "code",
        "message",
        "details",
    )
)


@_attrs_define
class RpcStatus:
    """A gRPC status (`google.rpc.Status`) as JSON, ZITADEL's error body.

    Attributes:
        code (int | Unset): The gRPC status code (e.g. 5 NOT_FOUND, 7 PERMISSION_DENIED, 16 UNAUTHENTICATED).
        message (str | Unset): Developer-facing error message.
        details (list[ProtobufAny] | Unset): Details of the error.
        additional_properties: fields the spec does not list, kept as they came.
    """

    code: int | Unset = UNSET

    message: str | Unset = UNSET

    details: list[ProtobufAny] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.code is not UNSET:
            field_dict["code"] = self.code
        if self.message is not UNSET:
            field_dict["message"] = self.message
        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        if details is not UNSET:
            field_dict["details"] = details
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse JSON data, checking every field's type; unknown fields and enum values are kept.

        Raises:
            DecodeError: a field has the wrong type or a required field is missing; its ``path``
                names the field (``$.data[3].latency``).
        """
        from ..models.protobuf_any import ProtobufAny  # noqa: PLC0415

        if type(src_dict) is not dict:
            bad_type("$", "object", src_dict)
        d = src_dict
        _v = d.get("code", UNSET)
        code: int | Unset
        if _v is UNSET:
            code = UNSET
        else:
            if type(_v) is not int:
                bad_type("$.code", "integer", _v)
            code = _v

        _v = d.get("message", UNSET)
        message: str | Unset
        if _v is UNSET:
            message = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.message", "string", _v)
            message = _v

        _v = d.get("details", UNSET)
        details: list[ProtobufAny] | Unset
        if _v is UNSET:
            details = UNSET
        else:
            if type(_v) is not list:
                bad_type("$.details", "array", _v)
            _details_parse = ProtobufAny.from_dict
            _details_i = 0
            try:
                details = []
                for _details_i, _details_item in enumerate(_v):
                    details.append(_details_parse(_details_item))
            except DecodeError as _e:
                raise _e.within(f"$.details[{_details_i}]") from None

        obj = cls(
            code=code,
            message=message,
            details=details,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
