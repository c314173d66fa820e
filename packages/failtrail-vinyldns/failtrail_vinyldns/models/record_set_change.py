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

from ..models.record_set_change_status import RecordSetChangeStatus
from ..models.record_set_change_type import RecordSetChangeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordSetChange")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "zone",
        "recordSet",
        "changeType",
        "status",
        "created",
        "id",
        "userId",
        "systemMessage",
        "updates",
        "singleBatchChangeIds",
    )
)


@_attrs_define
class RecordSetChange:
    """A change to a record set. RecordSet changes are queued up for processing; a change whose
    processing failed has status `Failed` and a `systemMessage` saying why.
    `updates` is the record set before the change: present on Update and Delete changes, absent
    on Create.

        Attributes:
            zone (Zone): A DNS zone managed by VinylDNS.
            record_set (RecordSet): A record set: all the DNS records of one name and one type in a zone. When used as a
                change's
                `updates`, the record set as it was before the change.
            change_type (RecordSetChangeType): The type of a record set change.
            status (RecordSetChangeStatus): The status of the change (Pending, Complete, Failed, Synced).
            created (datetime.datetime): The timestamp (UTC) when the change was created.
            id (str): The id of the change.
            user_id (str | Unset): The user id of the user that made the change.
            system_message (str | Unset): (optional) A message from VinylDNS about the change; for a failed change, why it
                failed.
                May be absent, on a failed change too.
            updates (RecordSet | Unset): A record set: all the DNS records of one name and one type in a zone. When used as
                a change's
                `updates`, the record set as it was before the change.
            single_batch_change_ids (list[str] | Unset): The ids of the single changes of the batch changes this change
                belongs to.
            additional_properties: fields the spec does not list, kept as they came.
    """

    zone: Zone

    record_set: RecordSet

    change_type: RecordSetChangeType

    status: RecordSetChangeStatus

    created: datetime.datetime

    id: str

    user_id: str | Unset = UNSET

    system_message: str | Unset = UNSET

    updates: RecordSet | Unset = UNSET

    single_batch_change_ids: list[str] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "zone": "zone",
        "recordSet": "record_set",
        "changeType": "change_type",
        "status": "status",
        "created": "created",
        "id": "id",
        "userId": "user_id",
        "systemMessage": "system_message",
        "updates": "updates",
        "singleBatchChangeIds": "single_batch_change_ids",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "zone",
            "recordSet",
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
        record_set = self.record_set.to_dict()
        field_dict["recordSet"] = record_set
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
        updates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updates, Unset):
            updates = self.updates.to_dict()
        if updates is not UNSET:
            field_dict["updates"] = updates
        single_batch_change_ids: list[str] | Unset = UNSET
        if not isinstance(self.single_batch_change_ids, Unset):
            single_batch_change_ids = self.single_batch_change_ids

        if single_batch_change_ids is not UNSET:
            field_dict["singleBatchChangeIds"] = single_batch_change_ids
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
            record_set = d["recordSet"]
        except KeyError:
            raise DecodeError("$.recordSet", "required field is missing") from None
        try:
            record_set = _RecordSet_from_dict(record_set)
        except DecodeError as _e:
            raise _e.within("$.recordSet") from None

        try:
            change_type = d["changeType"]
        except KeyError:
            raise DecodeError("$.changeType", "required field is missing") from None
        if type(change_type) is not str:
            bad_type("$.changeType", "string", change_type)
        change_type = _RecordSetChangeType_member(change_type) or RecordSetChangeType(change_type)

        try:
            status = d["status"]
        except KeyError:
            raise DecodeError("$.status", "required field is missing") from None
        if type(status) is not str:
            bad_type("$.status", "string", status)
        status = _RecordSetChangeStatus_member(status) or RecordSetChangeStatus(status)

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

        updates = d.get("updates", UNSET)
        if updates is UNSET:
            _missing += 1
        else:
            try:
                updates = _RecordSet_from_dict(updates)
            except DecodeError as _e:
                raise _e.within("$.updates") from None

        single_batch_change_ids = d.get("singleBatchChangeIds", UNSET)
        if single_batch_change_ids is UNSET:
            _missing += 1
        else:
            if type(single_batch_change_ids) is not list:
                bad_type("$.singleBatchChangeIds", "array", single_batch_change_ids)
            for _single_batch_change_ids_i, _single_batch_change_ids_item in enumerate(single_batch_change_ids):
                if type(_single_batch_change_ids_item) is not str:
                    bad_type(
                        f"$.singleBatchChangeIds[{_single_batch_change_ids_i}]", "string", _single_batch_change_ids_item
                    )
            single_batch_change_ids = list(single_batch_change_ids)

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.zone = zone
        obj.record_set = record_set
        obj.change_type = change_type
        obj.status = status
        obj.created = created
        obj.id = id
        obj.user_id = user_id
        obj.system_message = system_message
        obj.updates = updates
        obj.single_batch_change_ids = single_batch_change_ids
        if len(d) == 10 - _missing:  # every key is a known field
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
from ..models.record_set import RecordSet  # noqa: E402
from ..models.zone import Zone  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_RecordSet_from_dict = RecordSet.from_dict
_RecordSetChangeStatus_member = cast(
    "Callable[[Any], RecordSetChangeStatus | None]", RecordSetChangeStatus._value2member_map_.get
)
_RecordSetChangeType_member = cast(
    "Callable[[Any], RecordSetChangeType | None]", RecordSetChangeType._value2member_map_.get
)
_Zone_from_dict = Zone.from_dict
