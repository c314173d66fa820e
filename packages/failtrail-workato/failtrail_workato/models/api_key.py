from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    DecodeError,
    bad_datetime,
    bad_type,
    drifted,
    from_isoformat,
    redact_secrets,
    redacted_repr,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKey")

_new_instance = object.__new__

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
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "active": "active",
        "auth_type": "auth_type",
        "ip_allow_list": "ip_allow_list",
        "ip_deny_list": "ip_deny_list",
        "active_since": "active_since",
        "auth_token": "auth_token",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(("auth_token",))
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
            "active",
        )
    )

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
            id = d["id"]
        except KeyError:
            raise DecodeError("$.id", "required field is missing") from None
        if type(id) is not int:
            id = drifted(id, "int", "$.id", "integer")

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

        auth_type = d.get("auth_type", UNSET)
        if type(auth_type) is not str:
            if auth_type is UNSET:
                _missing += 1
            else:
                auth_type = drifted(auth_type, "str", "$.auth_type", "string")

        ip_allow_list = d.get("ip_allow_list", UNSET)
        if ip_allow_list is UNSET:
            _missing += 1
        else:
            if type(ip_allow_list) is list:
                if type(ip_allow_list) is not list:
                    bad_type("$.ip_allow_list", "array", ip_allow_list)
                for _ip_allow_list_i, _ip_allow_list_item in enumerate(ip_allow_list):
                    if type(_ip_allow_list_item) is not str:
                        bad_type(f"$.ip_allow_list[{_ip_allow_list_i}]", "string", _ip_allow_list_item)
                ip_allow_list = list(ip_allow_list)

            elif ip_allow_list is None:
                pass
            else:
                bad_type("$.ip_allow_list", "array or null", ip_allow_list)

        ip_deny_list = d.get("ip_deny_list", UNSET)
        if ip_deny_list is UNSET:
            _missing += 1
        else:
            if type(ip_deny_list) is list:
                if type(ip_deny_list) is not list:
                    bad_type("$.ip_deny_list", "array", ip_deny_list)
                for _ip_deny_list_i, _ip_deny_list_item in enumerate(ip_deny_list):
                    if type(_ip_deny_list_item) is not str:
                        bad_type(f"$.ip_deny_list[{_ip_deny_list_i}]", "string", _ip_deny_list_item)
                ip_deny_list = list(ip_deny_list)

            elif ip_deny_list is None:
                pass
            else:
                bad_type("$.ip_deny_list", "array or null", ip_deny_list)

        active_since = d.get("active_since", UNSET)
        if active_since is UNSET:
            _missing += 1
        else:
            if type(active_since) is str:
                try:
                    active_since = from_isoformat(active_since)
                except (TypeError, ValueError):
                    bad_datetime(active_since, "$.active_since")
                if active_since.tzinfo is None:
                    bad_datetime(active_since, "$.active_since")

            elif active_since is None:
                pass
            else:
                bad_type("$.active_since", "date-time string or null", active_since)

        auth_token = d.get("auth_token", UNSET)
        if type(auth_token) is not str and auth_token is not None:
            if auth_token is UNSET:
                _missing += 1
            else:
                auth_token = drifted(auth_token, "str", "$.auth_token", "string or null")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.id = id
        obj.name = name
        obj.active = active
        obj.auth_type = auth_type
        obj.ip_allow_list = ip_allow_list
        obj.ip_deny_list = ip_deny_list
        obj.active_since = active_since
        obj.auth_token = auth_token
        if len(d) == 8 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
