from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import DecodeError, bad_type, first_model, parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.change_set import ChangeSet
    from ..models.localized_message import LocalizedMessage


T = TypeVar("T", bound="SystemLogRecord")

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

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        from ..models.change_set import ChangeSet  # noqa: PLC0415
        from ..models.localized_message import LocalizedMessage  # noqa: PLC0415

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse JSON data, checking every field's type; unknown fields and enum values are kept.

        Raises:
            DecodeError: a field has the wrong type or a required field is missing; its ``path``
                names the field (``$.data[3].latency``).
        """
        from ..models.change_set import ChangeSet  # noqa: PLC0415
        from ..models.localized_message import LocalizedMessage  # noqa: PLC0415

        if type(src_dict) is not dict:
            bad_type("$", "object", src_dict)
        d = src_dict
        try:
            _v = d["UtcTimestamp"]
        except KeyError:
            raise DecodeError("$.UtcTimestamp", "required field is missing") from None
        utc_timestamp = parse_datetime(_v, "$.UtcTimestamp")

        try:
            _v = d["EventType"]
        except KeyError:
            raise DecodeError("$.EventType", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.EventType", "string", _v)
        event_type = _v

        _v = d.get("RecordId", UNSET)
        record_id: None | str | Unset
        if _v is UNSET:
            record_id = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.RecordId", "string", _v)
                record_id = _v

            elif _v is None:
                record_id = None
            else:
                bad_type("$.RecordId", "string or null", _v)

        _v = d.get("CustomerId", UNSET)
        customer_id: None | str | Unset
        if _v is UNSET:
            customer_id = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.CustomerId", "string", _v)
                customer_id = _v

            elif _v is None:
                customer_id = None
            else:
                bad_type("$.CustomerId", "string or null", _v)

        _v = d.get("TargetId", UNSET)
        target_id: None | str | Unset
        if _v is UNSET:
            target_id = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.TargetId", "string", _v)
                target_id = _v

            elif _v is None:
                target_id = None
            else:
                bad_type("$.TargetId", "string or null", _v)

        _v = d.get("TargetDisplayName", UNSET)
        target_display_name: None | str | Unset
        if _v is UNSET:
            target_display_name = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.TargetDisplayName", "string", _v)
                target_display_name = _v

            elif _v is None:
                target_display_name = None
            else:
                bad_type("$.TargetDisplayName", "string or null", _v)

        _v = d.get("TargetEmail", UNSET)
        target_email: None | str | Unset
        if _v is UNSET:
            target_email = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.TargetEmail", "string", _v)
                target_email = _v

            elif _v is None:
                target_email = None
            else:
                bad_type("$.TargetEmail", "string or null", _v)

        _v = d.get("TargetUserId", UNSET)
        target_user_id: None | str | Unset
        if _v is UNSET:
            target_user_id = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.TargetUserId", "string", _v)
                target_user_id = _v

            elif _v is None:
                target_user_id = None
            else:
                bad_type("$.TargetUserId", "string or null", _v)

        _v = d.get("TargetType", UNSET)
        target_type: None | str | Unset
        if _v is UNSET:
            target_type = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.TargetType", "string", _v)
                target_type = _v

            elif _v is None:
                target_type = None
            else:
                bad_type("$.TargetType", "string or null", _v)

        _v = d.get("BeforeChanges", UNSET)
        before_changes: ChangeSet | None | Unset
        if _v is UNSET:
            before_changes = UNSET
        else:
            if type(_v) is dict:
                before_changes = first_model(_v, (ChangeSet.from_dict,), "$.BeforeChanges")
            elif _v is None:
                before_changes = None
            else:
                bad_type("$.BeforeChanges", "object or null", _v)

        _v = d.get("AfterChanges", UNSET)
        after_changes: ChangeSet | None | Unset
        if _v is UNSET:
            after_changes = UNSET
        else:
            if type(_v) is dict:
                after_changes = first_model(_v, (ChangeSet.from_dict,), "$.AfterChanges")
            elif _v is None:
                after_changes = None
            else:
                bad_type("$.AfterChanges", "object or null", _v)

        _v = d.get("AgentId", UNSET)
        agent_id: None | str | Unset
        if _v is UNSET:
            agent_id = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.AgentId", "string", _v)
                agent_id = _v

            elif _v is None:
                agent_id = None
            else:
                bad_type("$.AgentId", "string or null", _v)

        _v = d.get("ServiceProfileName", UNSET)
        service_profile_name: None | str | Unset
        if _v is UNSET:
            service_profile_name = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.ServiceProfileName", "string", _v)
                service_profile_name = _v

            elif _v is None:
                service_profile_name = None
            else:
                bad_type("$.ServiceProfileName", "string or null", _v)

        _v = d.get("ActorId", UNSET)
        actor_id: None | str | Unset
        if _v is UNSET:
            actor_id = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.ActorId", "string", _v)
                actor_id = _v

            elif _v is None:
                actor_id = None
            else:
                bad_type("$.ActorId", "string or null", _v)

        _v = d.get("ActorDisplayName", UNSET)
        actor_display_name: None | str | Unset
        if _v is UNSET:
            actor_display_name = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.ActorDisplayName", "string", _v)
                actor_display_name = _v

            elif _v is None:
                actor_display_name = None
            else:
                bad_type("$.ActorDisplayName", "string or null", _v)

        _v = d.get("ActorType", UNSET)
        actor_type: None | str | Unset
        if _v is UNSET:
            actor_type = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.ActorType", "string", _v)
                actor_type = _v

            elif _v is None:
                actor_type = None
            else:
                bad_type("$.ActorType", "string or null", _v)

        _v = d.get("Message", UNSET)
        message: LocalizedMessage | None | Unset
        if _v is UNSET:
            message = UNSET
        else:
            if type(_v) is dict:
                message = first_model(_v, (LocalizedMessage.from_dict,), "$.Message")
            elif _v is None:
                message = None
            else:
                bad_type("$.Message", "object or null", _v)

        obj = cls(
            utc_timestamp=utc_timestamp,
            event_type=event_type,
            record_id=record_id,
            customer_id=customer_id,
            target_id=target_id,
            target_display_name=target_display_name,
            target_email=target_email,
            target_user_id=target_user_id,
            target_type=target_type,
            before_changes=before_changes,
            after_changes=after_changes,
            agent_id=agent_id,
            service_profile_name=service_profile_name,
            actor_id=actor_id,
            actor_display_name=actor_display_name,
            actor_type=actor_type,
            message=message,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
