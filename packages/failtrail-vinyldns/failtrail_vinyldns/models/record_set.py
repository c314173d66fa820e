from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import DecodeError, bad_type, first_model, parse_datetime
from ..models.record_set_status import RecordSetStatus
from ..models.record_type import RecordType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.a_data import AData
    from ..models.cname_data import CNAMEData
    from ..models.ds_data import DSData
    from ..models.mx_data import MXData
    from ..models.naptr_data import NAPTRData
    from ..models.ns_data import NSData
    from ..models.ptr_data import PTRData
    from ..models.soa_data import SOAData
    from ..models.srv_data import SRVData
    from ..models.sshfp_data import SSHFPData
    from ..models.txt_data import TXTData
    from ..models.unknown_record_data import UnknownRecordData


T = TypeVar("T", bound="RecordSet")

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
            ttl (int | Unset): The TTL in seconds for the recordset.
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
            fqdn (str | Unset): (optional) The fully qualified domain name of the record set.
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

    fqdn: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        from ..models.a_data import AData  # noqa: PLC0415
        from ..models.cname_data import CNAMEData  # noqa: PLC0415
        from ..models.ds_data import DSData  # noqa: PLC0415
        from ..models.mx_data import MXData  # noqa: PLC0415
        from ..models.naptr_data import NAPTRData  # noqa: PLC0415
        from ..models.ns_data import NSData  # noqa: PLC0415
        from ..models.ptr_data import PTRData  # noqa: PLC0415
        from ..models.soa_data import SOAData  # noqa: PLC0415
        from ..models.srv_data import SRVData  # noqa: PLC0415
        from ..models.sshfp_data import SSHFPData  # noqa: PLC0415
        from ..models.txt_data import TXTData  # noqa: PLC0415

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
        if self.fqdn is not UNSET:
            field_dict["fqdn"] = self.fqdn
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse JSON data, checking every field's type; unknown fields and enum values are kept.

        Raises:
            DecodeError: a field has the wrong type or a required field is missing; its ``path``
                names the field (``$.data[3].latency``).
        """
        from ..models.a_data import AData  # noqa: PLC0415
        from ..models.cname_data import CNAMEData  # noqa: PLC0415
        from ..models.ds_data import DSData  # noqa: PLC0415
        from ..models.mx_data import MXData  # noqa: PLC0415
        from ..models.naptr_data import NAPTRData  # noqa: PLC0415
        from ..models.ns_data import NSData  # noqa: PLC0415
        from ..models.ptr_data import PTRData  # noqa: PLC0415
        from ..models.soa_data import SOAData  # noqa: PLC0415
        from ..models.srv_data import SRVData  # noqa: PLC0415
        from ..models.sshfp_data import SSHFPData  # noqa: PLC0415
        from ..models.txt_data import TXTData  # noqa: PLC0415
        from ..models.unknown_record_data import UnknownRecordData  # noqa: PLC0415

        if type(src_dict) is not dict:
            bad_type("$", "object", src_dict)
        d = src_dict
        try:
            _v = d["type"]
        except KeyError:
            raise DecodeError("$.type", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.type", "string", _v)
        type_ = RecordType.parse(_v)

        try:
            _v = d["zoneId"]
        except KeyError:
            raise DecodeError("$.zoneId", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.zoneId", "string", _v)
        zone_id = _v

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

        _v = d.get("ttl", UNSET)
        ttl: int | Unset
        if _v is UNSET:
            ttl = UNSET
        else:
            if type(_v) is not int:
                bad_type("$.ttl", "integer", _v)
            ttl = _v

        _v = d.get("status", UNSET)
        status: RecordSetStatus | Unset
        if _v is UNSET:
            status = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.status", "string", _v)
            status = RecordSetStatus.parse(_v)

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

        _v = d.get("records", UNSET)
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
        )
        if _v is UNSET:
            records = UNSET
        else:
            if type(_v) is not list:
                bad_type("$.records", "array", _v)
            records = []
            for _records_item in _v:
                if type(_records_item) is dict:
                    _records_value = first_model(
                        _records_item,
                        (
                            SOAData.from_dict,
                            NAPTRData.from_dict,
                            DSData.from_dict,
                            SRVData.from_dict,
                            SSHFPData.from_dict,
                            MXData.from_dict,
                            AData.from_dict,
                            CNAMEData.from_dict,
                            NSData.from_dict,
                            PTRData.from_dict,
                            TXTData.from_dict,
                            UnknownRecordData.from_dict,
                        ),
                        "$.records[]",
                    )
                else:
                    bad_type("$.records[]", "object", _records_item)

                records.append(_records_value)

        _v = d.get("account", UNSET)
        account: str | Unset
        if _v is UNSET:
            account = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.account", "string", _v)
            account = _v

        _v = d.get("ownerGroupId", UNSET)
        owner_group_id: str | Unset
        if _v is UNSET:
            owner_group_id = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.ownerGroupId", "string", _v)
            owner_group_id = _v

        _v = d.get("fqdn", UNSET)
        fqdn: str | Unset
        if _v is UNSET:
            fqdn = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.fqdn", "string", _v)
            fqdn = _v

        obj = cls(
            type_=type_,
            zone_id=zone_id,
            name=name,
            id=id,
            ttl=ttl,
            status=status,
            created=created,
            updated=updated,
            records=records,
            account=account,
            owner_group_id=owner_group_id,
            fqdn=fqdn,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
