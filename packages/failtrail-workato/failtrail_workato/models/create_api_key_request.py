from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    DecodeError,
    bad_type,
    drifted,
    redact_secrets,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiKeyRequest")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "active",
        "ip_allow_list",
        "ip_deny_list",
    )
)


@_attrs_define
class CreateApiKeyRequest:
    """CreateApiKeyRequest

    Attributes:
        name (str): Name of the key.
        active (bool): Whether the key is active on creation.
        ip_allow_list (list[str] | Unset): IP addresses or CIDR ranges allowed to use the key.
        ip_deny_list (list[str] | Unset): IP addresses or CIDR ranges denied the key.
        additional_properties: fields the spec does not list, kept as they came.
    """

    name: str

    active: bool

    ip_allow_list: list[str] | Unset = UNSET

    ip_deny_list: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "active": "active",
        "ip_allow_list": "ip_allow_list",
        "ip_deny_list": "ip_deny_list",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "active",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["active"] = self.active
        ip_allow_list: list[str] | Unset = UNSET
        if not isinstance(self.ip_allow_list, Unset):
            ip_allow_list = self.ip_allow_list

        if ip_allow_list is not UNSET:
            field_dict["ip_allow_list"] = ip_allow_list
        ip_deny_list: list[str] | Unset = UNSET
        if not isinstance(self.ip_deny_list, Unset):
            ip_deny_list = self.ip_deny_list

        if ip_deny_list is not UNSET:
            field_dict["ip_deny_list"] = ip_deny_list
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
        try:
            name = d["name"]
        except KeyError:
            raise DecodeError("$.name", "required field is missing") from None
        if type(name) is not str:
            name = drifted(name, "str", "$.name", "string")

        try:
            active = d["active"]
        except KeyError:
            raise DecodeError("$.active", "required field is missing") from None
        if type(active) is not bool:
            bad_type("$.active", "boolean", active)

        ip_allow_list = d.get("ip_allow_list", UNSET)
        if ip_allow_list is UNSET:
            _missing += 1
        else:
            if type(ip_allow_list) is not list:
                bad_type("$.ip_allow_list", "array", ip_allow_list)
            for _ip_allow_list_i, _ip_allow_list_item in enumerate(ip_allow_list):
                if type(_ip_allow_list_item) is not str:
                    bad_type(f"$.ip_allow_list[{_ip_allow_list_i}]", "string", _ip_allow_list_item)
            ip_allow_list = list(ip_allow_list)

        ip_deny_list = d.get("ip_deny_list", UNSET)
        if ip_deny_list is UNSET:
            _missing += 1
        else:
            if type(ip_deny_list) is not list:
                bad_type("$.ip_deny_list", "array", ip_deny_list)
            for _ip_deny_list_i, _ip_deny_list_item in enumerate(ip_deny_list):
                if type(_ip_deny_list_item) is not str:
                    bad_type(f"$.ip_deny_list[{_ip_deny_list_i}]", "string", _ip_deny_list_item)
            ip_deny_list = list(ip_deny_list)

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.name = name
        obj.active = active
        obj.ip_allow_list = ip_allow_list
        obj.ip_deny_list = ip_deny_list
        if len(d) == 4 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
