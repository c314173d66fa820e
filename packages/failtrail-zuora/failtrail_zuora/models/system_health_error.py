from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import bad_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemHealthError")

_KNOWN: frozenset[str] = frozenset(
    (
        "timestamp",
        "status",
        "error",
        "message",
        "path",
    )
)


@_attrs_define
class SystemHealthError:
    """The error body of the System Health APIs.

    Attributes:
        timestamp (str | Unset):
        status (int | Unset):
        error (str | Unset):
        message (str | Unset):
        path (str | Unset):
        additional_properties: fields the spec does not list, kept as they came.
    """

    timestamp: str | Unset = UNSET

    status: int | Unset = UNSET

    error: str | Unset = UNSET

    message: str | Unset = UNSET

    path: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.error is not UNSET:
            field_dict["error"] = self.error
        if self.message is not UNSET:
            field_dict["message"] = self.message
        if self.path is not UNSET:
            field_dict["path"] = self.path
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
        _v = d.get("timestamp", UNSET)
        timestamp: str | Unset
        if _v is UNSET:
            timestamp = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.timestamp", "string", _v)
            timestamp = _v

        _v = d.get("status", UNSET)
        status: int | Unset
        if _v is UNSET:
            status = UNSET
        else:
            if type(_v) is not int:
                bad_type("$.status", "integer", _v)
            status = _v

        _v = d.get("error", UNSET)
        error: str | Unset
        if _v is UNSET:
            error = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.error", "string", _v)
            error = _v

        _v = d.get("message", UNSET)
        message: str | Unset
        if _v is UNSET:
            message = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.message", "string", _v)
            message = _v

        _v = d.get("path", UNSET)
        path: str | Unset
        if _v is UNSET:
            path = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.path", "string", _v)
            path = _v

        obj = cls(
            timestamp=timestamp,
            status=status,
            error=error,
            message=message,
            path=path,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
