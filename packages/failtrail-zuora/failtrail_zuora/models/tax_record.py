from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    as_utc,
    bad_datetime,
    bad_type,
    drifted,
    from_isoformat,
    redact_secrets,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxRecord")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "timestamp",
        "document_number",
        "vendor_name",
        "event_source",
        "event_type",
        "status",
        "account_id",
        "account_name",
        "zuora_request_id",
        "total_duration",
        "vendor_duration",
        "error_message",
        "error_category",
        "sub_error_category",
    )
)


@_attrs_define
class TaxRecord:
    """One call to a tax engine.

    Attributes:
        timestamp (datetime.datetime | Unset): When the call was made. Zuora's sample has no UTC offset
            ("2025-01-10T04:08:58"); Zuora's other System Health times are UTC, so a value without an offset is read as UTC,
            and one with an offset is kept as sent (whether Zuora ever sends one is unsourced).
        document_number (str | Unset): The billing document number, e.g. INV419655124.
        vendor_name (str | Unset): The tax vendor, e.g. AvaTax.
        event_source (str | Unset): The event source, e.g. avalara.
        event_type (str | Unset): The event type, e.g. taxGenerate.
        status (str | Unset): The outcome, in lower case in Zuora's sample: success.
        account_id (str | Unset): The account's ID.
        account_name (str | Unset): The account's name.
        zuora_request_id (str | Unset): Zuora's request ID.
        total_duration (int | Unset): The call's total duration.
        vendor_duration (int | Unset): The time the tax vendor took.
        error_message (None | str | Unset): The error message; empty on success.
        error_category (None | str | Unset): The error category; empty on success.
        sub_error_category (None | str | Unset): The error sub-category; empty on success.
        additional_properties: fields the spec does not list, kept as they came.
    """

    timestamp: datetime.datetime | Unset = UNSET

    document_number: str | Unset = UNSET

    vendor_name: str | Unset = UNSET

    event_source: str | Unset = UNSET

    event_type: str | Unset = UNSET

    status: str | Unset = UNSET

    account_id: str | Unset = UNSET

    account_name: str | Unset = UNSET

    zuora_request_id: str | Unset = UNSET

    total_duration: int | Unset = UNSET

    vendor_duration: int | Unset = UNSET

    error_message: None | str | Unset = UNSET

    error_category: None | str | Unset = UNSET

    sub_error_category: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "timestamp": "timestamp",
        "document_number": "document_number",
        "vendor_name": "vendor_name",
        "event_source": "event_source",
        "event_type": "event_type",
        "status": "status",
        "account_id": "account_id",
        "account_name": "account_name",
        "zuora_request_id": "zuora_request_id",
        "total_duration": "total_duration",
        "vendor_duration": "vendor_duration",
        "error_message": "error_message",
        "error_category": "error_category",
        "sub_error_category": "sub_error_category",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if self.document_number is not UNSET:
            field_dict["document_number"] = self.document_number
        if self.vendor_name is not UNSET:
            field_dict["vendor_name"] = self.vendor_name
        if self.event_source is not UNSET:
            field_dict["event_source"] = self.event_source
        if self.event_type is not UNSET:
            field_dict["event_type"] = self.event_type
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.account_id is not UNSET:
            field_dict["account_id"] = self.account_id
        if self.account_name is not UNSET:
            field_dict["account_name"] = self.account_name
        if self.zuora_request_id is not UNSET:
            field_dict["zuora_request_id"] = self.zuora_request_id
        if self.total_duration is not UNSET:
            field_dict["total_duration"] = self.total_duration
        if self.vendor_duration is not UNSET:
            field_dict["vendor_duration"] = self.vendor_duration
        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        error_category: None | str | Unset
        if isinstance(self.error_category, Unset):
            error_category = UNSET
        else:
            error_category = self.error_category
        if error_category is not UNSET:
            field_dict["error_category"] = error_category
        sub_error_category: None | str | Unset
        if isinstance(self.sub_error_category, Unset):
            sub_error_category = UNSET
        else:
            sub_error_category = self.sub_error_category
        if sub_error_category is not UNSET:
            field_dict["sub_error_category"] = sub_error_category
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
        timestamp = d.get("timestamp", UNSET)
        if timestamp is UNSET:
            _missing += 1
        else:
            try:
                timestamp = from_isoformat(timestamp)
            except (TypeError, ValueError):
                bad_datetime(timestamp, "$.timestamp")
            if timestamp.tzinfo is None:
                timestamp = as_utc(timestamp)  # the spec's x-failtrail-naive-time: utc

        document_number = d.get("document_number", UNSET)
        if type(document_number) is not str:
            if document_number is UNSET:
                _missing += 1
            else:
                document_number = drifted(document_number, "str", "$.document_number", "string")

        vendor_name = d.get("vendor_name", UNSET)
        if type(vendor_name) is not str:
            if vendor_name is UNSET:
                _missing += 1
            else:
                vendor_name = drifted(vendor_name, "str", "$.vendor_name", "string")

        event_source = d.get("event_source", UNSET)
        if type(event_source) is not str:
            if event_source is UNSET:
                _missing += 1
            else:
                event_source = drifted(event_source, "str", "$.event_source", "string")

        event_type = d.get("event_type", UNSET)
        if type(event_type) is not str:
            if event_type is UNSET:
                _missing += 1
            else:
                event_type = drifted(event_type, "str", "$.event_type", "string")

        status = d.get("status", UNSET)
        if type(status) is not str:
            if status is UNSET:
                _missing += 1
            else:
                status = drifted(status, "str", "$.status", "string")

        account_id = d.get("account_id", UNSET)
        if type(account_id) is not str:
            if account_id is UNSET:
                _missing += 1
            else:
                account_id = drifted(account_id, "str", "$.account_id", "string")

        account_name = d.get("account_name", UNSET)
        if type(account_name) is not str:
            if account_name is UNSET:
                _missing += 1
            else:
                account_name = drifted(account_name, "str", "$.account_name", "string")

        zuora_request_id = d.get("zuora_request_id", UNSET)
        if type(zuora_request_id) is not str:
            if zuora_request_id is UNSET:
                _missing += 1
            else:
                zuora_request_id = drifted(zuora_request_id, "str", "$.zuora_request_id", "string")

        total_duration = d.get("total_duration", UNSET)
        if type(total_duration) is not int:
            if total_duration is UNSET:
                _missing += 1
            else:
                total_duration = drifted(total_duration, "int", "$.total_duration", "integer")

        vendor_duration = d.get("vendor_duration", UNSET)
        if type(vendor_duration) is not int:
            if vendor_duration is UNSET:
                _missing += 1
            else:
                vendor_duration = drifted(vendor_duration, "int", "$.vendor_duration", "integer")

        error_message = d.get("error_message", UNSET)
        if type(error_message) is not str and error_message is not None:
            if error_message is UNSET:
                _missing += 1
            else:
                error_message = drifted(error_message, "str", "$.error_message", "string or null")

        error_category = d.get("error_category", UNSET)
        if type(error_category) is not str and error_category is not None:
            if error_category is UNSET:
                _missing += 1
            else:
                error_category = drifted(error_category, "str", "$.error_category", "string or null")

        sub_error_category = d.get("sub_error_category", UNSET)
        if type(sub_error_category) is not str and sub_error_category is not None:
            if sub_error_category is UNSET:
                _missing += 1
            else:
                sub_error_category = drifted(sub_error_category, "str", "$.sub_error_category", "string or null")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.timestamp = timestamp
        obj.document_number = document_number
        obj.vendor_name = vendor_name
        obj.event_source = event_source
        obj.event_type = event_type
        obj.status = status
        obj.account_id = account_id
        obj.account_name = account_name
        obj.zuora_request_id = zuora_request_id
        obj.total_duration = total_duration
        obj.vendor_duration = vendor_duration
        obj.error_message = error_message
        obj.error_category = error_category
        obj.sub_error_category = sub_error_category
        if len(d) == 14 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
