from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import DecodeError, bad_type, parse_datetime
from .._logging import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKey")

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "active",
        "auth_type",
        "ip_allow_list",
        "ip_deny_list",
        "active_since",
        "auth_token",
    )
)


@_attrs_define
class ApiKey:
    """An API key of an API client.

    Attributes:
        id (int):
        name (str):
        active (bool):
        auth_type (str | Unset): Authentication method of the key (follows its client's `auth_type`).
        ip_allow_list (list[str] | None | Unset): IP addresses or CIDR ranges allowed to use the key.
        ip_deny_list (list[str] | None | Unset): IP addresses or CIDR ranges denied the key.
        active_since (datetime.datetime | None | Unset):
        auth_token (None | str | Unset): The key's token, sent by the API client when it calls the collection's
            endpoints.
        additional_properties: fields the spec does not list, kept as they came.
    """

    id: int

    name: str

    active: bool

    auth_type: str | Unset = UNSET

    ip_allow_list: list[str] | None | Unset = UNSET

    ip_deny_list: list[str] | None | Unset = UNSET

    active_since: datetime.datetime | None | Unset = UNSET

    auth_token: None | str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["active"] = self.active
        if self.auth_type is not UNSET:
            field_dict["auth_type"] = self.auth_type
        ip_allow_list: list[str] | None | Unset
        if isinstance(self.ip_allow_list, Unset):
            ip_allow_list = UNSET
        elif isinstance(self.ip_allow_list, list):
            ip_allow_list = self.ip_allow_list

        else:
            ip_allow_list = self.ip_allow_list
        if ip_allow_list is not UNSET:
            field_dict["ip_allow_list"] = ip_allow_list
        ip_deny_list: list[str] | None | Unset
        if isinstance(self.ip_deny_list, Unset):
            ip_deny_list = UNSET
        elif isinstance(self.ip_deny_list, list):
            ip_deny_list = self.ip_deny_list

        else:
            ip_deny_list = self.ip_deny_list
        if ip_deny_list is not UNSET:
            field_dict["ip_deny_list"] = ip_deny_list
        active_since: None | str | Unset
        if isinstance(self.active_since, Unset):
            active_since = UNSET
        elif isinstance(self.active_since, datetime.datetime):
            active_since = self.active_since.isoformat()
        else:
            active_since = self.active_since
        if active_since is not UNSET:
            field_dict["active_since"] = active_since
        auth_token: None | str | Unset
        if isinstance(self.auth_token, Unset):
            auth_token = UNSET
        else:
            auth_token = self.auth_token
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token
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
            _v = d["id"]
        except KeyError:
            raise DecodeError("$.id", "required field is missing") from None
        if type(_v) is not int:
            bad_type("$.id", "integer", _v)
        id = _v

        try:
            _v = d["name"]
        except KeyError:
            raise DecodeError("$.name", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.name", "string", _v)
        name = _v

        try:
            _v = d["active"]
        except KeyError:
            raise DecodeError("$.active", "required field is missing") from None
        if type(_v) is not bool:
            bad_type("$.active", "boolean", _v)
        active = _v

        _v = d.get("auth_type", UNSET)
        auth_type: str | Unset
        if _v is UNSET:
            auth_type = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.auth_type", "string", _v)
            auth_type = _v

        _v = d.get("ip_allow_list", UNSET)
        ip_allow_list: list[str] | None | Unset
        if _v is UNSET:
            ip_allow_list = UNSET
        else:
            if type(_v) is list:
                if type(_v) is not list:
                    bad_type("$.ip_allow_list", "array", _v)
                ip_allow_list = []
                for _ip_allow_list_item in _v:
                    if type(_ip_allow_list_item) is not str:
                        bad_type("$.ip_allow_list[]", "string", _ip_allow_list_item)
                    _ip_allow_list_value = _ip_allow_list_item

                    ip_allow_list.append(_ip_allow_list_value)

            elif _v is None:
                ip_allow_list = None
            else:
                bad_type("$.ip_allow_list", "array or null", _v)

        _v = d.get("ip_deny_list", UNSET)
        ip_deny_list: list[str] | None | Unset
        if _v is UNSET:
            ip_deny_list = UNSET
        else:
            if type(_v) is list:
                if type(_v) is not list:
                    bad_type("$.ip_deny_list", "array", _v)
                ip_deny_list = []
                for _ip_deny_list_item in _v:
                    if type(_ip_deny_list_item) is not str:
                        bad_type("$.ip_deny_list[]", "string", _ip_deny_list_item)
                    _ip_deny_list_value = _ip_deny_list_item

                    ip_deny_list.append(_ip_deny_list_value)

            elif _v is None:
                ip_deny_list = None
            else:
                bad_type("$.ip_deny_list", "array or null", _v)

        _v = d.get("active_since", UNSET)
        active_since: datetime.datetime | None | Unset
        if _v is UNSET:
            active_since = UNSET
        else:
            if type(_v) is str:
                active_since = parse_datetime(_v, "$.active_since")

            elif _v is None:
                active_since = None
            else:
                bad_type("$.active_since", "date-time string or null", _v)

        _v = d.get("auth_token", UNSET)
        auth_token: None | str | Unset
        if _v is UNSET:
            auth_token = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.auth_token", "string", _v)
                auth_token = _v

            elif _v is None:
                auth_token = None
            else:
                bad_type("$.auth_token", "string or null", _v)

        obj = cls(
            id=id,
            name=name,
            active=active,
            auth_type=auth_type,
            ip_allow_list=ip_allow_list,
            ip_deny_list=ip_deny_list,
            active_since=active_since,
            auth_token=auth_token,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
