from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    DecodeError,
    bad_datetime,
    bad_type,
    drifted,
    from_isoformat,
    redact_secrets,
)

from ..models.zone_change_status import ZoneChangeStatus
from ..models.zone_change_type import ZoneChangeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ZoneChange")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "zone",
        "changeType",
        "status",
        "created",
        "id",
        "userId",
        "systemMessage",
    )
)


@_attrs_define
class ZoneChange:
    """A change to a zone (create, update, delete or sync).

    Attributes:
        zone (Zone): A DNS zone managed by VinylDNS.
        change_type (ZoneChangeType): The type of a zone change. Either Create, Update, Delete, Sync or AutomatedSync.
        status (ZoneChangeStatus): The status of the change (Pending, Failed or Synced).
        created (datetime.datetime): The timestamp (UTC) when the change was created.
        id (str): The id of the zone change.
        user_id (str | Unset): User Id of user who made the change.
        system_message (str | Unset): (optional) A message regarding the change; may be absent, on a failed change too.
        additional_properties: fields the spec does not list, kept as they came.
    """

    zone: Zone

    change_type: ZoneChangeType

    status: ZoneChangeStatus

    created: datetime.datetime

    id: str

    user_id: str | Unset = UNSET

    system_message: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "zone": "zone",
        "changeType": "change_type",
        "status": "status",
        "created": "created",
        "id": "id",
        "userId": "user_id",
        "systemMessage": "system_message",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "zone",
            "changeType",
            "status",
            "created",
            "id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        zone = self.zone.to_dict()
        field_dict["zone"] = zone
        change_type = self.change_type.value
        field_dict["changeType"] = change_type
        status = self.status.value
        field_dict["status"] = status
        created = self.created.isoformat()
        field_dict["created"] = created
        field_dict["id"] = self.id
        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id
        if self.system_message is not UNSET:
            field_dict["systemMessage"] = self.system_message
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
            zone = d["zone"]
        except KeyError:
            raise DecodeError("$.zone", "required field is missing") from None
        try:
            zone = _Zone_from_dict(zone)
        except DecodeError as _e:
            raise _e.within("$.zone") from None

        try:
            change_type = d["changeType"]
        except KeyError:
            raise DecodeError("$.changeType", "required field is missing") from None
        if type(change_type) is not str:
            bad_type("$.changeType", "string", change_type)
        change_type = _ZoneChangeType_member(change_type) or ZoneChangeType(change_type)

        try:
            status = d["status"]
        except KeyError:
            raise DecodeError("$.status", "required field is missing") from None
        if type(status) is not str:
            bad_type("$.status", "string", status)
        status = _ZoneChangeStatus_member(status) or ZoneChangeStatus(status)

        try:
            created = d["created"]
        except KeyError:
            raise DecodeError("$.created", "required field is missing") from None
        try:
            created = from_isoformat(created)
        except (TypeError, ValueError):
            bad_datetime(created, "$.created")
        if created.tzinfo is None:
            bad_datetime(created, "$.created")

        try:
            id = d["id"]
        except KeyError:
            raise DecodeError("$.id", "required field is missing") from None
        if type(id) is not str:
            id = drifted(id, "str", "$.id", "string")

        user_id = d.get("userId", UNSET)
        if type(user_id) is not str:
            if user_id is UNSET:
                _missing += 1
            else:
                user_id = drifted(user_id, "str", "$.userId", "string")

        system_message = d.get("systemMessage", UNSET)
        if type(system_message) is not str:
            if system_message is UNSET:
                _missing += 1
            else:
                system_message = drifted(system_message, "str", "$.systemMessage", "string")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.zone = zone
        obj.change_type = change_type
        obj.status = status
        obj.created = created
        obj.id = id
        obj.user_id = user_id
        obj.system_message = system_message
        if len(d) == 7 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, not first: these models may refer back to this one (a cycle), and by the time
# this line runs the class above exists. Imports inside the methods would cost a lookup per call.
from ..models.zone import Zone  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_Zone_from_dict = Zone.from_dict
_ZoneChangeStatus_member = cast("Callable[[Any], ZoneChangeStatus | None]", ZoneChangeStatus._value2member_map_.get)
_ZoneChangeType_member = cast("Callable[[Any], ZoneChangeType | None]", ZoneChangeType._value2member_map_.get)
