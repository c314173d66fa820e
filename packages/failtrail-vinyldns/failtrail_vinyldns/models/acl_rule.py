from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    DecodeError,
    bad_type,
    drifted,
    redact_secrets,
)

from ..models.access_level import AccessLevel
from ..models.record_type import RecordType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ACLRule")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "accessLevel",
        "description",
        "userId",
        "groupId",
        "recordMask",
        "recordTypes",
    )
)


@_attrs_define
class ACLRule:
    """ACL Rules are used to govern user and group access to record operations on a zone. If
    neither a user or a group is attached to an ACL rule, then the rule applies to all users in
    the system.

        Attributes:
            access_level (AccessLevel): NoAccess - cannot see the data for the record; Read - can read only the record;
                Write - the
                user can create and edit records, but cannot delete them; Delete - the user can read,
                create, update, and delete records.
            description (str | Unset): (optional) A user entered description for the rule.
            user_id (str | Unset): (optional) The unique identifier for the user the rule applies to.
            group_id (str | Unset): (optional) The unique identifier for the group the rule applies to.
            record_mask (str | Unset): (optional) A regular expression that is used to match against record names (a CIDR
                rule for PTR records). If left empty, then all records will be matched for the rule.
            record_types (list[RecordType] | Unset): An array of all record types that this rule applies to. If left empty,
                then all record
                types will be governed by this rule. Always sent by the server ([] = all types).
            additional_properties: fields the spec does not list, kept as they came.
    """

    access_level: AccessLevel

    description: str | Unset = UNSET

    user_id: str | Unset = UNSET

    group_id: str | Unset = UNSET

    record_mask: str | Unset = UNSET

    record_types: list[RecordType] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "accessLevel": "access_level",
        "description": "description",
        "userId": "user_id",
        "groupId": "group_id",
        "recordMask": "record_mask",
        "recordTypes": "record_types",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("accessLevel",))

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        access_level = self.access_level.value
        field_dict["accessLevel"] = access_level
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.group_id is not UNSET:
            field_dict["groupId"] = self.group_id
        if self.record_mask is not UNSET:
            field_dict["recordMask"] = self.record_mask
        record_types: list[str] | Unset = UNSET
        if not isinstance(self.record_types, Unset):
            record_types = []
            for record_types_item_data in self.record_types:
                record_types_item = record_types_item_data.value
                record_types.append(record_types_item)

        if record_types is not UNSET:
            field_dict["recordTypes"] = record_types
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
            access_level = d["accessLevel"]
        except KeyError:
            raise DecodeError("$.accessLevel", "required field is missing") from None
        if type(access_level) is not str:
            bad_type("$.accessLevel", "string", access_level)
        access_level = _AccessLevel_member(access_level) or AccessLevel(access_level)

        description = d.get("description", UNSET)
        if type(description) is not str:
            if description is UNSET:
                _missing += 1
            else:
                description = drifted(description, "str", "$.description", "string")

        user_id = d.get("userId", UNSET)
        if type(user_id) is not str:
            if user_id is UNSET:
                _missing += 1
            else:
                user_id = drifted(user_id, "str", "$.userId", "string")

        group_id = d.get("groupId", UNSET)
        if type(group_id) is not str:
            if group_id is UNSET:
                _missing += 1
            else:
                group_id = drifted(group_id, "str", "$.groupId", "string")

        record_mask = d.get("recordMask", UNSET)
        if type(record_mask) is not str:
            if record_mask is UNSET:
                _missing += 1
            else:
                record_mask = drifted(record_mask, "str", "$.recordMask", "string")

        record_types = d.get("recordTypes", UNSET)
        if record_types is UNSET:
            _missing += 1
        else:
            if type(record_types) is not list:
                bad_type("$.recordTypes", "array", record_types)
            _record_types_list = []
            try:
                for _record_types_item in record_types:
                    if type(_record_types_item) is not str:
                        bad_type("$", "string", _record_types_item)
                    _record_types_value = _RecordType_member(_record_types_item) or RecordType(_record_types_item)

                    _record_types_list.append(_record_types_value)
            except DecodeError as _e:
                raise _e.within(f"$.recordTypes[{len(_record_types_list)}]") from None
            record_types = _record_types_list

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.access_level = access_level
        obj.description = description
        obj.user_id = user_id
        obj.group_id = group_id
        obj.record_mask = record_mask
        obj.record_types = record_types
        if len(d) == 6 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_AccessLevel_member = cast("Callable[[Any], AccessLevel | None]", AccessLevel._value2member_map_.get)
_RecordType_member = cast("Callable[[Any], RecordType | None]", RecordType._value2member_map_.get)
