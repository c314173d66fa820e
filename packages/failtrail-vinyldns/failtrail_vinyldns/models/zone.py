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

from ..models.zone_status import ZoneStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Zone")

_new_instance = object.__new__

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
            the zone was deleted. PendingUpdate and PendingDelete (unsourced for any server with
            these listings: removed from VinylDNS before v0.9.0) are still accepted.
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
        custom_message (str | Unset): Unsourced: not sent by any released VinylDNS (present only on an unreleased
            branch);
            accepted if a server sends it.
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
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "id": "id",
        "email": "email",
        "status": "status",
        "created": "created",
        "updated": "updated",
        "connection": "connection",
        "transferConnection": "transfer_connection",
        "account": "account",
        "shared": "shared",
        "acl": "acl",
        "adminGroupId": "admin_group_id",
        "latestSync": "latest_sync",
        "isTest": "is_test",
        "backendId": "backend_id",
        "scheduleRequestor": "schedule_requestor",
        "recurrenceSchedule": "recurrence_schedule",
        "customMessage": "custom_message",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "id",
        )
    )

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
            id = d["id"]
        except KeyError:
            raise DecodeError("$.id", "required field is missing") from None
        if type(id) is not str:
            id = drifted(id, "str", "$.id", "string")

        email = d.get("email", UNSET)
        if type(email) is not str:
            if email is UNSET:
                _missing += 1
            else:
                email = drifted(email, "str", "$.email", "string")

        status = d.get("status", UNSET)
        if status is UNSET:
            _missing += 1
        else:
            if type(status) is not str:
                bad_type("$.status", "string", status)
            status = _ZoneStatus_member(status) or ZoneStatus(status)

        created = d.get("created", UNSET)
        if created is UNSET:
            _missing += 1
        else:
            try:
                created = from_isoformat(created)
            except (TypeError, ValueError):
                bad_datetime(created, "$.created")
            if created.tzinfo is None:
                bad_datetime(created, "$.created")

        updated = d.get("updated", UNSET)
        if updated is UNSET:
            _missing += 1
        else:
            try:
                updated = from_isoformat(updated)
            except (TypeError, ValueError):
                bad_datetime(updated, "$.updated")
            if updated.tzinfo is None:
                bad_datetime(updated, "$.updated")

        connection = d.get("connection", UNSET)
        if connection is UNSET:
            _missing += 1
        else:
            try:
                connection = _ZoneConnection_from_dict(connection)
            except DecodeError as _e:
                raise _e.within("$.connection") from None

        transfer_connection = d.get("transferConnection", UNSET)
        if transfer_connection is UNSET:
            _missing += 1
        else:
            try:
                transfer_connection = _ZoneConnection_from_dict(transfer_connection)
            except DecodeError as _e:
                raise _e.within("$.transferConnection") from None

        account = d.get("account", UNSET)
        if type(account) is not str:
            if account is UNSET:
                _missing += 1
            else:
                account = drifted(account, "str", "$.account", "string")

        shared = d.get("shared", UNSET)
        if type(shared) is not bool:
            if shared is UNSET:
                _missing += 1
            else:
                shared = drifted(shared, "bool", "$.shared", "boolean")

        acl = d.get("acl", UNSET)
        if acl is UNSET:
            _missing += 1
        else:
            try:
                acl = _ZoneACL_from_dict(acl)
            except DecodeError as _e:
                raise _e.within("$.acl") from None

        admin_group_id = d.get("adminGroupId", UNSET)
        if type(admin_group_id) is not str:
            if admin_group_id is UNSET:
                _missing += 1
            else:
                admin_group_id = drifted(admin_group_id, "str", "$.adminGroupId", "string")

        latest_sync = d.get("latestSync", UNSET)
        if latest_sync is UNSET:
            _missing += 1
        else:
            try:
                latest_sync = from_isoformat(latest_sync)
            except (TypeError, ValueError):
                bad_datetime(latest_sync, "$.latestSync")
            if latest_sync.tzinfo is None:
                bad_datetime(latest_sync, "$.latestSync")

        is_test = d.get("isTest", UNSET)
        if type(is_test) is not bool:
            if is_test is UNSET:
                _missing += 1
            else:
                is_test = drifted(is_test, "bool", "$.isTest", "boolean")

        backend_id = d.get("backendId", UNSET)
        if type(backend_id) is not str:
            if backend_id is UNSET:
                _missing += 1
            else:
                backend_id = drifted(backend_id, "str", "$.backendId", "string")

        schedule_requestor = d.get("scheduleRequestor", UNSET)
        if type(schedule_requestor) is not str:
            if schedule_requestor is UNSET:
                _missing += 1
            else:
                schedule_requestor = drifted(schedule_requestor, "str", "$.scheduleRequestor", "string")

        recurrence_schedule = d.get("recurrenceSchedule", UNSET)
        if type(recurrence_schedule) is not str:
            if recurrence_schedule is UNSET:
                _missing += 1
            else:
                recurrence_schedule = drifted(recurrence_schedule, "str", "$.recurrenceSchedule", "string")

        custom_message = d.get("customMessage", UNSET)
        if type(custom_message) is not str:
            if custom_message is UNSET:
                _missing += 1
            else:
                custom_message = drifted(custom_message, "str", "$.customMessage", "string")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.name = name
        obj.id = id
        obj.email = email
        obj.status = status
        obj.created = created
        obj.updated = updated
        obj.connection = connection
        obj.transfer_connection = transfer_connection
        obj.account = account
        obj.shared = shared
        obj.acl = acl
        obj.admin_group_id = admin_group_id
        obj.latest_sync = latest_sync
        obj.is_test = is_test
        obj.backend_id = backend_id
        obj.schedule_requestor = schedule_requestor
        obj.recurrence_schedule = recurrence_schedule
        obj.custom_message = custom_message
        if len(d) == 18 - _missing:  # every key is a known field
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
from ..models.zone_acl import ZoneACL  # noqa: E402
from ..models.zone_connection import ZoneConnection  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_ZoneACL_from_dict = ZoneACL.from_dict
_ZoneConnection_from_dict = ZoneConnection.from_dict
_ZoneStatus_member = cast("Callable[[Any], ZoneStatus | None]", ZoneStatus._value2member_map_.get)
