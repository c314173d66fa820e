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
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemLogRecord")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "UtcTimestamp",
        "EventType",
        "RecordId",
        "CustomerId",
        "TargetId",
        "TargetDisplayName",
        "TargetEmail",
        "TargetUserId",
        "TargetType",
        "BeforeChanges",
        "AfterChanges",
        "AgentId",
        "ServiceProfileName",
        "ActorId",
        "ActorDisplayName",
        "ActorType",
        "Message",
    )
)


@_attrs_define
class SystemLogRecord:
    """One system log event.

    Attributes:
        utc_timestamp (datetime.datetime): The date and UTC time at which the event occurred. Example:
            2020-07-20T14:26:59.6103585Z.
        event_type (str): The identifier for the type of event that was recorded, in the format
            OriginatingService/Actor/Action (e.g. `platform/administrator/create`,
            `delegatedadministration:administrator/create`).
             Example: delegatedadministration:administrator/create.
        record_id (None | str | Unset): The unique identifier for the event.
        customer_id (None | str | Unset): The unique organization identifier of the Citrix Cloud account.
        target_id (None | str | Unset): The ID of the system object that was impacted or changed.
        target_display_name (None | str | Unset): The display name of the system object that was impacted or changed.
        target_email (None | str | Unset): The email address of the target, when the target is a user or administrator.
        target_user_id (None | str | Unset): The user id of the target, when the target is a user or administrator.
        target_type (None | str | Unset): The type of the system object that was impacted or changed (e.g.
            `administrator`).
        before_changes (ChangeSet | None | Unset): The object's field data before (BeforeChanges) or after
            (AfterChanges) the event: a
            free-form object whose keys depend on the event type, or null.
        after_changes (ChangeSet | None | Unset): The object's field data before (BeforeChanges) or after (AfterChanges)
            the event: a
            free-form object whose keys depend on the event type, or null.
        agent_id (None | str | Unset): The service or component that recorded the event (e.g.
            `delegatedadministration`).
        service_profile_name (None | str | Unset): The service profile name, when the event comes from a service.
        actor_id (None | str | Unset): The ID of the user or service that initiated the event.
        actor_display_name (None | str | Unset): The display name of the user or service that initiated the event (e.g.
            `CwcSystem`).
        actor_type (None | str | Unset): The kind of actor that initiated the event (e.g. `system`).
        message (LocalizedMessage | None | Unset): The event's message text, keyed by locale (`en-US`, `de-DE`, ...), or
            null.
        additional_properties: fields the spec does not list, kept as they came.
    """

    utc_timestamp: datetime.datetime

    event_type: str

    record_id: None | str | Unset = UNSET

    customer_id: None | str | Unset = UNSET

    target_id: None | str | Unset = UNSET

    target_display_name: None | str | Unset = UNSET

    target_email: None | str | Unset = UNSET

    target_user_id: None | str | Unset = UNSET

    target_type: None | str | Unset = UNSET

    before_changes: ChangeSet | None | Unset = UNSET

    after_changes: ChangeSet | None | Unset = UNSET

    agent_id: None | str | Unset = UNSET

    service_profile_name: None | str | Unset = UNSET

    actor_id: None | str | Unset = UNSET

    actor_display_name: None | str | Unset = UNSET

    actor_type: None | str | Unset = UNSET

    message: LocalizedMessage | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "UtcTimestamp": "utc_timestamp",
        "EventType": "event_type",
        "RecordId": "record_id",
        "CustomerId": "customer_id",
        "TargetId": "target_id",
        "TargetDisplayName": "target_display_name",
        "TargetEmail": "target_email",
        "TargetUserId": "target_user_id",
        "TargetType": "target_type",
        "BeforeChanges": "before_changes",
        "AfterChanges": "after_changes",
        "AgentId": "agent_id",
        "ServiceProfileName": "service_profile_name",
        "ActorId": "actor_id",
        "ActorDisplayName": "actor_display_name",
        "ActorType": "actor_type",
        "Message": "message",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "UtcTimestamp",
            "EventType",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        utc_timestamp = self.utc_timestamp.isoformat()
        field_dict["UtcTimestamp"] = utc_timestamp
        field_dict["EventType"] = self.event_type
        record_id: None | str | Unset
        if isinstance(self.record_id, Unset):
            record_id = UNSET
        else:
            record_id = self.record_id
        if record_id is not UNSET:
            field_dict["RecordId"] = record_id
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id
        if customer_id is not UNSET:
            field_dict["CustomerId"] = customer_id
        target_id: None | str | Unset
        if isinstance(self.target_id, Unset):
            target_id = UNSET
        else:
            target_id = self.target_id
        if target_id is not UNSET:
            field_dict["TargetId"] = target_id
        target_display_name: None | str | Unset
        if isinstance(self.target_display_name, Unset):
            target_display_name = UNSET
        else:
            target_display_name = self.target_display_name
        if target_display_name is not UNSET:
            field_dict["TargetDisplayName"] = target_display_name
        target_email: None | str | Unset
        if isinstance(self.target_email, Unset):
            target_email = UNSET
        else:
            target_email = self.target_email
        if target_email is not UNSET:
            field_dict["TargetEmail"] = target_email
        target_user_id: None | str | Unset
        if isinstance(self.target_user_id, Unset):
            target_user_id = UNSET
        else:
            target_user_id = self.target_user_id
        if target_user_id is not UNSET:
            field_dict["TargetUserId"] = target_user_id
        target_type: None | str | Unset
        if isinstance(self.target_type, Unset):
            target_type = UNSET
        else:
            target_type = self.target_type
        if target_type is not UNSET:
            field_dict["TargetType"] = target_type
        before_changes: dict[str, Any] | None | Unset
        if isinstance(self.before_changes, Unset):
            before_changes = UNSET
        elif isinstance(self.before_changes, ChangeSet):
            before_changes = self.before_changes.to_dict()
        else:
            before_changes = self.before_changes
        if before_changes is not UNSET:
            field_dict["BeforeChanges"] = before_changes
        after_changes: dict[str, Any] | None | Unset
        if isinstance(self.after_changes, Unset):
            after_changes = UNSET
        elif isinstance(self.after_changes, ChangeSet):
            after_changes = self.after_changes.to_dict()
        else:
            after_changes = self.after_changes
        if after_changes is not UNSET:
            field_dict["AfterChanges"] = after_changes
        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id
        if agent_id is not UNSET:
            field_dict["AgentId"] = agent_id
        service_profile_name: None | str | Unset
        if isinstance(self.service_profile_name, Unset):
            service_profile_name = UNSET
        else:
            service_profile_name = self.service_profile_name
        if service_profile_name is not UNSET:
            field_dict["ServiceProfileName"] = service_profile_name
        actor_id: None | str | Unset
        if isinstance(self.actor_id, Unset):
            actor_id = UNSET
        else:
            actor_id = self.actor_id
        if actor_id is not UNSET:
            field_dict["ActorId"] = actor_id
        actor_display_name: None | str | Unset
        if isinstance(self.actor_display_name, Unset):
            actor_display_name = UNSET
        else:
            actor_display_name = self.actor_display_name
        if actor_display_name is not UNSET:
            field_dict["ActorDisplayName"] = actor_display_name
        actor_type: None | str | Unset
        if isinstance(self.actor_type, Unset):
            actor_type = UNSET
        else:
            actor_type = self.actor_type
        if actor_type is not UNSET:
            field_dict["ActorType"] = actor_type
        message: dict[str, Any] | None | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, LocalizedMessage):
            message = self.message.to_dict()
        else:
            message = self.message
        if message is not UNSET:
            field_dict["Message"] = message
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
            utc_timestamp = d["UtcTimestamp"]
        except KeyError:
            raise DecodeError("$.UtcTimestamp", "required field is missing") from None
        try:
            utc_timestamp = from_isoformat(utc_timestamp)
        except (TypeError, ValueError):
            bad_datetime(utc_timestamp, "$.UtcTimestamp")
        if utc_timestamp.tzinfo is None:
            bad_datetime(utc_timestamp, "$.UtcTimestamp")

        try:
            event_type = d["EventType"]
        except KeyError:
            raise DecodeError("$.EventType", "required field is missing") from None
        if type(event_type) is not str:
            event_type = drifted(event_type, "str", "$.EventType", "string")

        record_id = d.get("RecordId", UNSET)
        if type(record_id) is not str and record_id is not None:
            if record_id is UNSET:
                _missing += 1
            else:
                record_id = drifted(record_id, "str", "$.RecordId", "string or null")

        customer_id = d.get("CustomerId", UNSET)
        if type(customer_id) is not str and customer_id is not None:
            if customer_id is UNSET:
                _missing += 1
            else:
                customer_id = drifted(customer_id, "str", "$.CustomerId", "string or null")

        target_id = d.get("TargetId", UNSET)
        if type(target_id) is not str and target_id is not None:
            if target_id is UNSET:
                _missing += 1
            else:
                target_id = drifted(target_id, "str", "$.TargetId", "string or null")

        target_display_name = d.get("TargetDisplayName", UNSET)
        if type(target_display_name) is not str and target_display_name is not None:
            if target_display_name is UNSET:
                _missing += 1
            else:
                target_display_name = drifted(target_display_name, "str", "$.TargetDisplayName", "string or null")

        target_email = d.get("TargetEmail", UNSET)
        if type(target_email) is not str and target_email is not None:
            if target_email is UNSET:
                _missing += 1
            else:
                target_email = drifted(target_email, "str", "$.TargetEmail", "string or null")

        target_user_id = d.get("TargetUserId", UNSET)
        if type(target_user_id) is not str and target_user_id is not None:
            if target_user_id is UNSET:
                _missing += 1
            else:
                target_user_id = drifted(target_user_id, "str", "$.TargetUserId", "string or null")

        target_type = d.get("TargetType", UNSET)
        if type(target_type) is not str and target_type is not None:
            if target_type is UNSET:
                _missing += 1
            else:
                target_type = drifted(target_type, "str", "$.TargetType", "string or null")

        before_changes = d.get("BeforeChanges", UNSET)
        if before_changes is UNSET:
            _missing += 1
        else:
            if type(before_changes) is dict:
                try:
                    before_changes = _ChangeSet_from_dict(before_changes)
                except DecodeError as _e:
                    raise _e.within("$.BeforeChanges") from None
            elif before_changes is None:
                pass
            else:
                bad_type("$.BeforeChanges", "object or null", before_changes)

        after_changes = d.get("AfterChanges", UNSET)
        if after_changes is UNSET:
            _missing += 1
        else:
            if type(after_changes) is dict:
                try:
                    after_changes = _ChangeSet_from_dict(after_changes)
                except DecodeError as _e:
                    raise _e.within("$.AfterChanges") from None
            elif after_changes is None:
                pass
            else:
                bad_type("$.AfterChanges", "object or null", after_changes)

        agent_id = d.get("AgentId", UNSET)
        if type(agent_id) is not str and agent_id is not None:
            if agent_id is UNSET:
                _missing += 1
            else:
                agent_id = drifted(agent_id, "str", "$.AgentId", "string or null")

        service_profile_name = d.get("ServiceProfileName", UNSET)
        if type(service_profile_name) is not str and service_profile_name is not None:
            if service_profile_name is UNSET:
                _missing += 1
            else:
                service_profile_name = drifted(service_profile_name, "str", "$.ServiceProfileName", "string or null")

        actor_id = d.get("ActorId", UNSET)
        if type(actor_id) is not str and actor_id is not None:
            if actor_id is UNSET:
                _missing += 1
            else:
                actor_id = drifted(actor_id, "str", "$.ActorId", "string or null")

        actor_display_name = d.get("ActorDisplayName", UNSET)
        if type(actor_display_name) is not str and actor_display_name is not None:
            if actor_display_name is UNSET:
                _missing += 1
            else:
                actor_display_name = drifted(actor_display_name, "str", "$.ActorDisplayName", "string or null")

        actor_type = d.get("ActorType", UNSET)
        if type(actor_type) is not str and actor_type is not None:
            if actor_type is UNSET:
                _missing += 1
            else:
                actor_type = drifted(actor_type, "str", "$.ActorType", "string or null")

        message = d.get("Message", UNSET)
        if message is UNSET:
            _missing += 1
        else:
            if type(message) is dict:
                try:
                    message = _LocalizedMessage_from_dict(message)
                except DecodeError as _e:
                    raise _e.within("$.Message") from None
            elif message is None:
                pass
            else:
                bad_type("$.Message", "object or null", message)

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.utc_timestamp = utc_timestamp
        obj.event_type = event_type
        obj.record_id = record_id
        obj.customer_id = customer_id
        obj.target_id = target_id
        obj.target_display_name = target_display_name
        obj.target_email = target_email
        obj.target_user_id = target_user_id
        obj.target_type = target_type
        obj.before_changes = before_changes
        obj.after_changes = after_changes
        obj.agent_id = agent_id
        obj.service_profile_name = service_profile_name
        obj.actor_id = actor_id
        obj.actor_display_name = actor_display_name
        obj.actor_type = actor_type
        obj.message = message
        if len(d) == 17 - _missing:  # every key is a known field
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
from ..models.change_set import ChangeSet  # noqa: E402
from ..models.localized_message import LocalizedMessage  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_ChangeSet_from_dict = ChangeSet.from_dict
_LocalizedMessage_from_dict = LocalizedMessage.from_dict
