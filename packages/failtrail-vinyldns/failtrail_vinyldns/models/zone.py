from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import DecodeError, bad_type, parse_datetime
from ..models.zone_status import ZoneStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.zone_acl import ZoneACL
    from ..models.zone_connection import ZoneConnection


T = TypeVar("T", bound="Zone")

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "id",
        "email",
        "status",
        "created",
        "updated",
        "connection",
        "transferConnection",
        "account",
        "shared",
        "acl",
        "adminGroupId",
        "latestSync",
        "isTest",
        "backendId",
        "scheduleRequestor",
        "recurrenceSchedule",
        "customMessage",
    )
)


@_attrs_define
class Zone:
    """A DNS zone managed by VinylDNS.

    Attributes:
        name (str): The name of the zone.
        id (str): The unique identifier for this zone.
        email (str | Unset): The distribution email for the zone.
        status (ZoneStatus | Unset): Active - the zone is connected and ready for use; Syncing - the zone is currently
            syncing with the DNS backend and is not available until syncing is complete; Deleted -
            the zone was deleted. PendingUpdate and PendingDelete are sent by older VinylDNS
            versions.
        created (datetime.datetime | Unset): The time when the zone was first created.
        updated (datetime.datetime | Unset): The last time the zone was changed. Note: this does not include changes to
            record sets,
            only the zone entity itself.
        connection (ZoneConnection | Unset): The connection information to the backend DNS server: `connection` is used
            to issue DDNS
            updates, `transferConnection` to sync the zone with the DNS backend.
        transfer_connection (ZoneConnection | Unset): The connection information to the backend DNS server: `connection`
            is used to issue DDNS
            updates, `transferConnection` to sync the zone with the DNS backend.
        account (str | Unset): DEPRECATED. The account that created the zone.
        shared (bool | Unset): An indicator that the zone is shared with anyone.
        acl (ZoneACL | Unset): The access control rules governing the zone.
        admin_group_id (str | Unset): The id of the administrators group for the zone.
        latest_sync (datetime.datetime | Unset): The last date and time the zone was synced.
        is_test (bool | Unset): Defaults to false. Used for restricted access during VinylDNS testing, can be ignored by
            clients.
        backend_id (str | Unset): The configuration ID of the DNS backend server for the zone. If not provided, default
            keys will be used unless connection and transfer connection are provided.
        schedule_requestor (str | Unset): The user that scheduled the zone's recurring sync.
        recurrence_schedule (str | Unset): The cron expression of the zone's recurring sync (newer VinylDNS versions).
        custom_message (str | Unset): A custom message shown for the zone (newer VinylDNS versions).
        additional_properties: fields the spec does not list, kept as they came.
    """

    name: str

    id: str

    email: str | Unset = UNSET

    status: ZoneStatus | Unset = UNSET

    created: datetime.datetime | Unset = UNSET

    updated: datetime.datetime | Unset = UNSET

    connection: ZoneConnection | Unset = UNSET

    transfer_connection: ZoneConnection | Unset = UNSET

    account: str | Unset = UNSET

    shared: bool | Unset = UNSET

    acl: ZoneACL | Unset = UNSET

    admin_group_id: str | Unset = UNSET

    latest_sync: datetime.datetime | Unset = UNSET

    is_test: bool | Unset = UNSET

    backend_id: str | Unset = UNSET

    schedule_requestor: str | Unset = UNSET

    recurrence_schedule: str | Unset = UNSET

    custom_message: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["id"] = self.id
        if self.email is not UNSET:
            field_dict["email"] = self.email
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status
        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()
        if created is not UNSET:
            field_dict["created"] = created
        updated: str | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.isoformat()
        if updated is not UNSET:
            field_dict["updated"] = updated
        connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection, Unset):
            connection = self.connection.to_dict()
        if connection is not UNSET:
            field_dict["connection"] = connection
        transfer_connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_connection, Unset):
            transfer_connection = self.transfer_connection.to_dict()
        if transfer_connection is not UNSET:
            field_dict["transferConnection"] = transfer_connection
        if self.account is not UNSET:
            field_dict["account"] = self.account
        if self.shared is not UNSET:
            field_dict["shared"] = self.shared
        acl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acl, Unset):
            acl = self.acl.to_dict()
        if acl is not UNSET:
            field_dict["acl"] = acl
        if self.admin_group_id is not UNSET:
            field_dict["adminGroupId"] = self.admin_group_id
        latest_sync: str | Unset = UNSET
        if not isinstance(self.latest_sync, Unset):
            latest_sync = self.latest_sync.isoformat()
        if latest_sync is not UNSET:
            field_dict["latestSync"] = latest_sync
        if self.is_test is not UNSET:
            field_dict["isTest"] = self.is_test
        if self.backend_id is not UNSET:
            field_dict["backendId"] = self.backend_id
        if self.schedule_requestor is not UNSET:
            field_dict["scheduleRequestor"] = self.schedule_requestor
        if self.recurrence_schedule is not UNSET:
            field_dict["recurrenceSchedule"] = self.recurrence_schedule
        if self.custom_message is not UNSET:
            field_dict["customMessage"] = self.custom_message
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse JSON data, checking every field's type; unknown fields and enum values are kept.

        Raises:
            DecodeError: a field has the wrong type or a required field is missing; its ``path``
                names the field (``$.data[3].latency``).
        """
        from ..models.zone_acl import ZoneACL  # noqa: PLC0415
        from ..models.zone_connection import ZoneConnection  # noqa: PLC0415

        if type(src_dict) is not dict:
            bad_type("$", "object", src_dict)
        d = src_dict
        try:
            _v = d["name"]
        except KeyError:
            raise DecodeError("$.name", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.name", "string", _v)
        name = _v

        try:
            _v = d["id"]
        except KeyError:
            raise DecodeError("$.id", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.id", "string", _v)
        id = _v

        _v = d.get("email", UNSET)
        email: str | Unset
        if _v is UNSET:
            email = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.email", "string", _v)
            email = _v

        _v = d.get("status", UNSET)
        status: ZoneStatus | Unset
        if _v is UNSET:
            status = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.status", "string", _v)
            status = ZoneStatus.parse(_v)

        _v = d.get("created", UNSET)
        created: datetime.datetime | Unset
        if _v is UNSET:
            created = UNSET
        else:
            created = parse_datetime(_v, "$.created")

        _v = d.get("updated", UNSET)
        updated: datetime.datetime | Unset
        if _v is UNSET:
            updated = UNSET
        else:
            updated = parse_datetime(_v, "$.updated")

        _v = d.get("connection", UNSET)
        connection: ZoneConnection | Unset
        if _v is UNSET:
            connection = UNSET
        else:
            try:
                connection = ZoneConnection.from_dict(_v)
            except DecodeError as _e:
                raise _e.within("$.connection") from None

        _v = d.get("transferConnection", UNSET)
        transfer_connection: ZoneConnection | Unset
        if _v is UNSET:
            transfer_connection = UNSET
        else:
            try:
                transfer_connection = ZoneConnection.from_dict(_v)
            except DecodeError as _e:
                raise _e.within("$.transferConnection") from None

        _v = d.get("account", UNSET)
        account: str | Unset
        if _v is UNSET:
            account = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.account", "string", _v)
            account = _v

        _v = d.get("shared", UNSET)
        shared: bool | Unset
        if _v is UNSET:
            shared = UNSET
        else:
            if type(_v) is not bool:
                bad_type("$.shared", "boolean", _v)
            shared = _v

        _v = d.get("acl", UNSET)
        acl: ZoneACL | Unset
        if _v is UNSET:
            acl = UNSET
        else:
            try:
                acl = ZoneACL.from_dict(_v)
            except DecodeError as _e:
                raise _e.within("$.acl") from None

        _v = d.get("adminGroupId", UNSET)
        admin_group_id: str | Unset
        if _v is UNSET:
            admin_group_id = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.adminGroupId", "string", _v)
            admin_group_id = _v

        _v = d.get("latestSync", UNSET)
        latest_sync: datetime.datetime | Unset
        if _v is UNSET:
            latest_sync = UNSET
        else:
            latest_sync = parse_datetime(_v, "$.latestSync")

        _v = d.get("isTest", UNSET)
        is_test: bool | Unset
        if _v is UNSET:
            is_test = UNSET
        else:
            if type(_v) is not bool:
                bad_type("$.isTest", "boolean", _v)
            is_test = _v

        _v = d.get("backendId", UNSET)
        backend_id: str | Unset
        if _v is UNSET:
            backend_id = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.backendId", "string", _v)
            backend_id = _v

        _v = d.get("scheduleRequestor", UNSET)
        schedule_requestor: str | Unset
        if _v is UNSET:
            schedule_requestor = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.scheduleRequestor", "string", _v)
            schedule_requestor = _v

        _v = d.get("recurrenceSchedule", UNSET)
        recurrence_schedule: str | Unset
        if _v is UNSET:
            recurrence_schedule = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.recurrenceSchedule", "string", _v)
            recurrence_schedule = _v

        _v = d.get("customMessage", UNSET)
        custom_message: str | Unset
        if _v is UNSET:
            custom_message = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.customMessage", "string", _v)
            custom_message = _v

        obj = cls(
            name=name,
            id=id,
            email=email,
            status=status,
            created=created,
            updated=updated,
            connection=connection,
            transfer_connection=transfer_connection,
            account=account,
            shared=shared,
            acl=acl,
            admin_group_id=admin_group_id,
            latest_sync=latest_sync,
            is_test=is_test,
            backend_id=backend_id,
            schedule_requestor=schedule_requestor,
            recurrence_schedule=recurrence_schedule,
            custom_message=custom_message,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
