from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    DecodeError,
    OneOf,
    bad_type,
    drifted,
    redact_secrets,
)

from ..models.record_type import RecordType
from ..models.single_change_change_type import SingleChangeChangeType
from ..models.single_change_status import SingleChangeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SingleChange")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "changeType",
        "inputName",
        "type",
        "status",
        "recordName",
        "zoneName",
        "zoneId",
        "validationErrors",
        "id",
        "ttl",
        "record",
        "systemMessage",
        "recordChangeId",
        "recordSetId",
    )
)


@_attrs_define
class SingleChange:
    """One change of a batch (Add, or DeleteRecordSet); recordName, zoneName and zoneId are "" when
    unknown.

        Attributes:
            change_type (SingleChangeChangeType):
            input_name (str):
            type_ (RecordType): Type of DNS record. Supported records are currently A, AAAA, CNAME, DS, MX, NAPTR, NS, PTR,
                SOA, SRV, TXT, SSHFP and SPF. Unsupported types will be given the type UNKNOWN.
            status (SingleChangeStatus): The status of one change of a batch.
            record_name (str):
            zone_name (str):
            zone_id (str):
            validation_errors (list[SingleChangeError]):
            id (str):
            ttl (int | Unset): (optional) Add changes only.
            record (AData | CNAMEData | DSData | MXData | NAPTRData | NSData | PTRData | SOAData | SRVData | SSHFPData |
                TXTData | UnknownRecordData | Unset): The data of one DNS record; each record type has different required
                attributes. The shape
                is chosen by the fields present (the record set's `type` says which applies); data of a
                type without a known shape falls through to UnknownRecordData.
            system_message (str | Unset): (optional) Why the change failed.
            record_change_id (str | Unset):
            record_set_id (str | Unset):
            additional_properties: fields the spec does not list, kept as they came.
    """

    change_type: SingleChangeChangeType

    input_name: str

    type_: RecordType

    status: SingleChangeStatus

    record_name: str

    zone_name: str

    zone_id: str

    validation_errors: list[SingleChangeError]

    id: str

    ttl: int | Unset = UNSET

    record: (
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
        | Unset
    ) = UNSET

    system_message: str | Unset = UNSET

    record_change_id: str | Unset = UNSET

    record_set_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "changeType": "change_type",
        "inputName": "input_name",
        "type": "type_",
        "status": "status",
        "recordName": "record_name",
        "zoneName": "zone_name",
        "zoneId": "zone_id",
        "validationErrors": "validation_errors",
        "id": "id",
        "ttl": "ttl",
        "record": "record",
        "systemMessage": "system_message",
        "recordChangeId": "record_change_id",
        "recordSetId": "record_set_id",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "changeType",
            "inputName",
            "type",
            "status",
            "recordName",
            "zoneName",
            "zoneId",
            "validationErrors",
            "id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        change_type = self.change_type.value
        field_dict["changeType"] = change_type
        field_dict["inputName"] = self.input_name
        type_ = self.type_.value
        field_dict["type"] = type_
        status = self.status.value
        field_dict["status"] = status
        field_dict["recordName"] = self.record_name
        field_dict["zoneName"] = self.zone_name
        field_dict["zoneId"] = self.zone_id
        validation_errors = []
        for validation_errors_item_data in self.validation_errors:
            validation_errors_item = validation_errors_item_data.to_dict()
            validation_errors.append(validation_errors_item)

        field_dict["validationErrors"] = validation_errors
        field_dict["id"] = self.id
        if self.ttl is not UNSET:
            field_dict["ttl"] = self.ttl
        record: dict[str, Any] | Unset
        if isinstance(self.record, Unset):
            record = UNSET
        elif isinstance(self.record, SOAData):
            record = self.record.to_dict()
        elif isinstance(self.record, NAPTRData):
            record = self.record.to_dict()
        elif isinstance(self.record, DSData):
            record = self.record.to_dict()
        elif isinstance(self.record, SRVData):
            record = self.record.to_dict()
        elif isinstance(self.record, SSHFPData):
            record = self.record.to_dict()
        elif isinstance(self.record, MXData):
            record = self.record.to_dict()
        elif isinstance(self.record, AData):
            record = self.record.to_dict()
        elif isinstance(self.record, CNAMEData):
            record = self.record.to_dict()
        elif isinstance(self.record, NSData):
            record = self.record.to_dict()
        elif isinstance(self.record, PTRData):
            record = self.record.to_dict()
        elif isinstance(self.record, TXTData):
            record = self.record.to_dict()
        else:
            record = self.record.to_dict()

        if record is not UNSET:
            field_dict["record"] = record
        if self.system_message is not UNSET:
            field_dict["systemMessage"] = self.system_message
        if self.record_change_id is not UNSET:
            field_dict["recordChangeId"] = self.record_change_id
        if self.record_set_id is not UNSET:
            field_dict["recordSetId"] = self.record_set_id
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
            change_type = d["changeType"]
        except KeyError:
            raise DecodeError("$.changeType", "required field is missing") from None
        if type(change_type) is not str:
            bad_type("$.changeType", "string", change_type)
        change_type = _SingleChangeChangeType_member(change_type) or SingleChangeChangeType(change_type)

        try:
            input_name = d["inputName"]
        except KeyError:
            raise DecodeError("$.inputName", "required field is missing") from None
        if type(input_name) is not str:
            input_name = drifted(input_name, "str", "$.inputName", "string")

        try:
            type_ = d["type"]
        except KeyError:
            raise DecodeError("$.type", "required field is missing") from None
        if type(type_) is not str:
            bad_type("$.type", "string", type_)
        type_ = _RecordType_member(type_) or RecordType(type_)

        try:
            status = d["status"]
        except KeyError:
            raise DecodeError("$.status", "required field is missing") from None
        if type(status) is not str:
            bad_type("$.status", "string", status)
        status = _SingleChangeStatus_member(status) or SingleChangeStatus(status)

        try:
            record_name = d["recordName"]
        except KeyError:
            raise DecodeError("$.recordName", "required field is missing") from None
        if type(record_name) is not str:
            record_name = drifted(record_name, "str", "$.recordName", "string")

        try:
            zone_name = d["zoneName"]
        except KeyError:
            raise DecodeError("$.zoneName", "required field is missing") from None
        if type(zone_name) is not str:
            zone_name = drifted(zone_name, "str", "$.zoneName", "string")

        try:
            zone_id = d["zoneId"]
        except KeyError:
            raise DecodeError("$.zoneId", "required field is missing") from None
        if type(zone_id) is not str:
            zone_id = drifted(zone_id, "str", "$.zoneId", "string")

        try:
            validation_errors = d["validationErrors"]
        except KeyError:
            raise DecodeError("$.validationErrors", "required field is missing") from None
        if type(validation_errors) is not list:
            bad_type("$.validationErrors", "array", validation_errors)
        _validation_errors_list = []
        try:
            for _validation_errors_item in validation_errors:
                _validation_errors_list.append(_SingleChangeError_from_dict(_validation_errors_item))
        except DecodeError as _e:
            raise _e.within(f"$.validationErrors[{len(_validation_errors_list)}]") from None
        validation_errors = _validation_errors_list

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

        record = d.get("record", UNSET)
        if record is UNSET:
            _missing += 1
        else:
            if type(record) is dict:
                record = _record_shapes(record, "$.record")
            else:
                bad_type("$.record", "object", record)

        system_message = d.get("systemMessage", UNSET)
        if type(system_message) is not str:
            if system_message is UNSET:
                _missing += 1
            else:
                system_message = drifted(system_message, "str", "$.systemMessage", "string")

        record_change_id = d.get("recordChangeId", UNSET)
        if type(record_change_id) is not str:
            if record_change_id is UNSET:
                _missing += 1
            else:
                record_change_id = drifted(record_change_id, "str", "$.recordChangeId", "string")

        record_set_id = d.get("recordSetId", UNSET)
        if type(record_set_id) is not str:
            if record_set_id is UNSET:
                _missing += 1
            else:
                record_set_id = drifted(record_set_id, "str", "$.recordSetId", "string")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.change_type = change_type
        obj.input_name = input_name
        obj.type_ = type_
        obj.status = status
        obj.record_name = record_name
        obj.zone_name = zone_name
        obj.zone_id = zone_id
        obj.validation_errors = validation_errors
        obj.id = id
        obj.ttl = ttl
        obj.record = record
        obj.system_message = system_message
        obj.record_change_id = record_change_id
        obj.record_set_id = record_set_id
        if len(d) == 14 - _missing:  # every key is a known field
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
from ..models.ptr_data import PTRData  # noqa: E402
from ..models.single_change_error import SingleChangeError  # noqa: E402
from ..models.soa_data import SOAData  # noqa: E402
from ..models.srv_data import SRVData  # noqa: E402
from ..models.sshfp_data import SSHFPData  # noqa: E402
from ..models.txt_data import TXTData  # noqa: E402
from ..models.unknown_record_data import UnknownRecordData  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_record_shapes = OneOf(
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
_RecordType_member = cast("Callable[[Any], RecordType | None]", RecordType._value2member_map_.get)
_SingleChangeChangeType_member = cast(
    "Callable[[Any], SingleChangeChangeType | None]", SingleChangeChangeType._value2member_map_.get
)
_SingleChangeError_from_dict = SingleChangeError.from_dict
_SingleChangeStatus_member = cast(
    "Callable[[Any], SingleChangeStatus | None]", SingleChangeStatus._value2member_map_.get
)
