from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    DecodeError,
    OneOf,
    bad_datetime,
    bad_type,
    drifted,
    from_isoformat,
    redact_secrets,
)

from ..models.record_set_status import RecordSetStatus
from ..models.record_type import RecordType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordSet")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "zoneId",
        "name",
        "id",
        "ttl",
        "status",
        "created",
        "updated",
        "records",
        "account",
        "ownerGroupId",
        "recordSetGroupChange",
        "fqdn",
    )
)


@_attrs_define
class RecordSet:
    """A record set: all the DNS records of one name and one type in a zone. When used as a change's
    `updates`, the record set as it was before the change.

        Attributes:
            type_ (RecordType): Type of DNS record. Supported records are currently A, AAAA, CNAME, DS, MX, NAPTR, NS, PTR,
                SOA, SRV, TXT, SSHFP and SPF. Unsupported types will be given the type UNKNOWN.
            zone_id (str): The id of the zone to which this recordset belongs.
            name (str): The name of the RecordSet.
            id (str): The id of the recordset.
            ttl (int | Unset): The TTL in seconds. VinylDNS requires at least 30 for record sets created through its API;
                record sets synced from the DNS backend keep their TTL (no check on the way out).
            status (RecordSetStatus | Unset): Active - RecordSet is added is created and ready for use; Inactive - RecordSet
                effects
                are not applied; Pending - RecordSet is queued for creation; PendingUpdate - RecordSet is
                queued for update; PendingDelete - RecordSet is queued for delete.
            created (datetime.datetime | Unset): The timestamp (UTC) when the recordset was created.
            updated (datetime.datetime | Unset): The timestamp (UTC) when the recordset was last updated.
            records (list[AData | CNAMEData | DSData | MXData | NAPTRData | NSData | PTRData | SOAData | SRVData | SSHFPData
                | TXTData | UnknownRecordData] | Unset): Array of record data; a single RecordSet can have multiple DNS records
                as long as they
                are all the same type.
            account (str | Unset): DEPRECATED. The account that created the RecordSet.
            owner_group_id (str | Unset): (optional) The id of the group that owns the record set (shared zones).
            record_set_group_change (OwnershipTransfer | Unset): A pending or decided request to transfer the record set to
                another owner group.
            fqdn (str | Unset): (optional) The fully qualified domain name of the record set; never sent inside change
                listings (the server reads changes back without it).
            additional_properties: fields the spec does not list, kept as they came.
    """

    type_: RecordType

    zone_id: str

    name: str

    id: str

    ttl: int | Unset = UNSET

    status: RecordSetStatus | Unset = UNSET

    created: datetime.datetime | Unset = UNSET

    updated: datetime.datetime | Unset = UNSET

    records: (
        list[
            AData
            | CNAMEData
            | DSData
            | MXData
            | NAPTRData
            | NSData
            | PTRData
            | SOAData
            | SRVData
            | SSHFPData
            | TXTData
            | UnknownRecordData
        ]
        | Unset
    ) = UNSET

    account: str | Unset = UNSET

    owner_group_id: str | Unset = UNSET

    record_set_group_change: OwnershipTransfer | Unset = UNSET

    fqdn: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "zoneId": "zone_id",
        "name": "name",
        "id": "id",
        "ttl": "ttl",
        "status": "status",
        "created": "created",
        "updated": "updated",
        "records": "records",
        "account": "account",
        "ownerGroupId": "owner_group_id",
        "recordSetGroupChange": "record_set_group_change",
        "fqdn": "fqdn",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "zoneId",
            "name",
            "id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        type_ = self.type_.value
        field_dict["type"] = type_
        field_dict["zoneId"] = self.zone_id
        field_dict["name"] = self.name
        field_dict["id"] = self.id
        if self.ttl is not UNSET:
            field_dict["ttl"] = self.ttl
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
        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item: dict[str, Any]
                if isinstance(records_item_data, SOAData):
                    records_item = records_item_data.to_dict()
                elif isinstance(records_item_data, NAPTRData):
                    records_item = records_item_data.to_dict()
                elif isinstance(records_item_data, DSData):
                    records_item = records_item_data.to_dict()
                elif isinstance(records_item_data, SRVData):
                    records_item = records_item_data.to_dict()
                elif isinstance(records_item_data, SSHFPData):
                    records_item = records_item_data.to_dict()
                elif isinstance(records_item_data, MXData):
                    records_item = records_item_data.to_dict()
                elif isinstance(records_item_data, AData):
                    records_item = records_item_data.to_dict()
                elif isinstance(records_item_data, CNAMEData):
                    records_item = records_item_data.to_dict()
                elif isinstance(records_item_data, NSData):
                    records_item = records_item_data.to_dict()
                elif isinstance(records_item_data, PTRData):
                    records_item = records_item_data.to_dict()
                elif isinstance(records_item_data, TXTData):
                    records_item = records_item_data.to_dict()
                else:
                    records_item = records_item_data.to_dict()

                records.append(records_item)

        if records is not UNSET:
            field_dict["records"] = records
        if self.account is not UNSET:
            field_dict["account"] = self.account
        if self.owner_group_id is not UNSET:
            field_dict["ownerGroupId"] = self.owner_group_id
        record_set_group_change: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record_set_group_change, Unset):
            record_set_group_change = self.record_set_group_change.to_dict()
        if record_set_group_change is not UNSET:
            field_dict["recordSetGroupChange"] = record_set_group_change
        if self.fqdn is not UNSET:
            field_dict["fqdn"] = self.fqdn
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
            type_ = d["type"]
        except KeyError:
            raise DecodeError("$.type", "required field is missing") from None
        if type(type_) is not str:
            bad_type("$.type", "string", type_)
        type_ = _RecordType_member(type_) or RecordType(type_)

        try:
            zone_id = d["zoneId"]
        except KeyError:
            raise DecodeError("$.zoneId", "required field is missing") from None
        if type(zone_id) is not str:
            zone_id = drifted(zone_id, "str", "$.zoneId", "string")

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

        ttl = d.get("ttl", UNSET)
        if type(ttl) is not int:
            if ttl is UNSET:
                _missing += 1
            else:
                ttl = drifted(ttl, "int", "$.ttl", "integer")

        status = d.get("status", UNSET)
        if status is UNSET:
            _missing += 1
        else:
            if type(status) is not str:
                bad_type("$.status", "string", status)
            status = _RecordSetStatus_member(status) or RecordSetStatus(status)

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

        records = d.get("records", UNSET)
        if records is UNSET:
            _missing += 1
        else:
            if type(records) is not list:
                bad_type("$.records", "array", records)
            _records_list = []
            try:
                for _records_item in records:
                    if type(_records_item) is dict:
                        _records_value = _records_value_shapes(_records_item, "$")
                    else:
                        bad_type("$", "object", _records_item)

                    _records_list.append(_records_value)
            except DecodeError as _e:
                raise _e.within(f"$.records[{len(_records_list)}]") from None
            records = _records_list

        account = d.get("account", UNSET)
        if type(account) is not str:
            if account is UNSET:
                _missing += 1
            else:
                account = drifted(account, "str", "$.account", "string")

        owner_group_id = d.get("ownerGroupId", UNSET)
        if type(owner_group_id) is not str:
            if owner_group_id is UNSET:
                _missing += 1
            else:
                owner_group_id = drifted(owner_group_id, "str", "$.ownerGroupId", "string")

        record_set_group_change = d.get("recordSetGroupChange", UNSET)
        if record_set_group_change is UNSET:
            _missing += 1
        else:
            try:
                record_set_group_change = _OwnershipTransfer_from_dict(record_set_group_change)
            except DecodeError as _e:
                raise _e.within("$.recordSetGroupChange") from None

        fqdn = d.get("fqdn", UNSET)
        if type(fqdn) is not str:
            if fqdn is UNSET:
                _missing += 1
            else:
                fqdn = drifted(fqdn, "str", "$.fqdn", "string")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.type_ = type_
        obj.zone_id = zone_id
        obj.name = name
        obj.id = id
        obj.ttl = ttl
        obj.status = status
        obj.created = created
        obj.updated = updated
        obj.records = records
        obj.account = account
        obj.owner_group_id = owner_group_id
        obj.record_set_group_change = record_set_group_change
        obj.fqdn = fqdn
        if len(d) == 13 - _missing:  # every key is a known field
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
from ..models.a_data import AData  # noqa: E402
from ..models.cname_data import CNAMEData  # noqa: E402
from ..models.ds_data import DSData  # noqa: E402
from ..models.mx_data import MXData  # noqa: E402
from ..models.naptr_data import NAPTRData  # noqa: E402
from ..models.ns_data import NSData  # noqa: E402
from ..models.ownership_transfer import OwnershipTransfer  # noqa: E402
from ..models.ptr_data import PTRData  # noqa: E402
from ..models.soa_data import SOAData  # noqa: E402
from ..models.srv_data import SRVData  # noqa: E402
from ..models.sshfp_data import SSHFPData  # noqa: E402
from ..models.txt_data import TXTData  # noqa: E402
from ..models.unknown_record_data import UnknownRecordData  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_OwnershipTransfer_from_dict = OwnershipTransfer.from_dict
_records_value_shapes = OneOf(
    (
        SOAData,
        NAPTRData,
        DSData,
        SRVData,
        SSHFPData,
        MXData,
        AData,
        CNAMEData,
        NSData,
        PTRData,
        TXTData,
        UnknownRecordData,
    )
).parse
_RecordSetStatus_member = cast("Callable[[Any], RecordSetStatus | None]", RecordSetStatus._value2member_map_.get)
_RecordType_member = cast("Callable[[Any], RecordType | None]", RecordType._value2member_map_.get)
