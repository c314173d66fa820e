from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    bad_type,
    drifted,
    parse_date,
    redact_secrets,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentRecord")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "payment_id",
        "payment_number",
        "payment_date",
        "payment_status",
        "payment_gateway_type",
        "payment_method_type",
        "payment_gateway_response_code",
        "payment_gateway_response_msg",
        "zuora_response_code",
        "amount",
        "currency",
        "request_duration",
        "source_type",
        "source_id",
    )
)


@_attrs_define
class PaymentRecord:
    """One electronic payment, as System Health lists it (no timestamp field; payment_date is a date).

    Attributes:
        payment_id (str | Unset): The payment's ID.
        payment_number (str | Unset): The payment number, e.g. P-IDN-00077028.
        payment_date (datetime.date | Unset): The payment date, e.g. 2025-01-05.
        payment_status (str | Unset): The payment status, e.g. Error.
        payment_gateway_type (str | Unset): The payment gateway type, e.g. Adyen.
        payment_method_type (str | Unset): The payment method type, e.g. CreditCardReferenceTransaction.
        payment_gateway_response_code (None | str | Unset): The gateway's response code, e.g. "12".
        payment_gateway_response_msg (None | str | Unset): The gateway's response message, e.g. Not enough balance.
        zuora_response_code (None | str | Unset): Zuora's response code, e.g. Declined.
        amount (float | Unset): The payment amount.
        currency (str | Unset): The currency, as Zuora names it in its sample (Rupiah).
        request_duration (int | Unset): The gateway request's duration (milliseconds
        source_type (str | Unset): What created the payment, e.g. PaymentRun.
        source_id (str | Unset): The ID of what created the payment, e.g. PR-00151770.
        additional_properties: fields the spec does not list, kept as they came.
    """

    payment_id: str | Unset = UNSET

    payment_number: str | Unset = UNSET

    payment_date: datetime.date | Unset = UNSET

    payment_status: str | Unset = UNSET

    payment_gateway_type: str | Unset = UNSET

    payment_method_type: str | Unset = UNSET

    payment_gateway_response_code: None | str | Unset = UNSET

    payment_gateway_response_msg: None | str | Unset = UNSET

    zuora_response_code: None | str | Unset = UNSET

    amount: float | Unset = UNSET

    currency: str | Unset = UNSET

    request_duration: int | Unset = UNSET

    source_type: str | Unset = UNSET

    source_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "payment_id": "payment_id",
        "payment_number": "payment_number",
        "payment_date": "payment_date",
        "payment_status": "payment_status",
        "payment_gateway_type": "payment_gateway_type",
        "payment_method_type": "payment_method_type",
        "payment_gateway_response_code": "payment_gateway_response_code",
        "payment_gateway_response_msg": "payment_gateway_response_msg",
        "zuora_response_code": "zuora_response_code",
        "amount": "amount",
        "currency": "currency",
        "request_duration": "request_duration",
        "source_type": "source_type",
        "source_id": "source_id",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.payment_id is not UNSET:
            field_dict["payment_id"] = self.payment_id
        if self.payment_number is not UNSET:
            field_dict["payment_number"] = self.payment_number
        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if self.payment_status is not UNSET:
            field_dict["payment_status"] = self.payment_status
        if self.payment_gateway_type is not UNSET:
            field_dict["payment_gateway_type"] = self.payment_gateway_type
        if self.payment_method_type is not UNSET:
            field_dict["payment_method_type"] = self.payment_method_type
        payment_gateway_response_code: None | str | Unset
        if isinstance(self.payment_gateway_response_code, Unset):
            payment_gateway_response_code = UNSET
        else:
            payment_gateway_response_code = self.payment_gateway_response_code
        if payment_gateway_response_code is not UNSET:
            field_dict["payment_gateway_response_code"] = payment_gateway_response_code
        payment_gateway_response_msg: None | str | Unset
        if isinstance(self.payment_gateway_response_msg, Unset):
            payment_gateway_response_msg = UNSET
        else:
            payment_gateway_response_msg = self.payment_gateway_response_msg
        if payment_gateway_response_msg is not UNSET:
            field_dict["payment_gateway_response_msg"] = payment_gateway_response_msg
        zuora_response_code: None | str | Unset
        if isinstance(self.zuora_response_code, Unset):
            zuora_response_code = UNSET
        else:
            zuora_response_code = self.zuora_response_code
        if zuora_response_code is not UNSET:
            field_dict["zuora_response_code"] = zuora_response_code
        if self.amount is not UNSET:
            field_dict["amount"] = self.amount
        if self.currency is not UNSET:
            field_dict["currency"] = self.currency
        if self.request_duration is not UNSET:
            field_dict["request_duration"] = self.request_duration
        if self.source_type is not UNSET:
            field_dict["source_type"] = self.source_type
        if self.source_id is not UNSET:
            field_dict["source_id"] = self.source_id
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
        payment_id = d.get("payment_id", UNSET)
        if type(payment_id) is not str:
            if payment_id is UNSET:
                _missing += 1
            else:
                payment_id = drifted(payment_id, "str", "$.payment_id", "string")

        payment_number = d.get("payment_number", UNSET)
        if type(payment_number) is not str:
            if payment_number is UNSET:
                _missing += 1
            else:
                payment_number = drifted(payment_number, "str", "$.payment_number", "string")

        payment_date = d.get("payment_date", UNSET)
        if payment_date is UNSET:
            _missing += 1
        else:
            payment_date = parse_date(payment_date, "$.payment_date")

        payment_status = d.get("payment_status", UNSET)
        if type(payment_status) is not str:
            if payment_status is UNSET:
                _missing += 1
            else:
                payment_status = drifted(payment_status, "str", "$.payment_status", "string")

        payment_gateway_type = d.get("payment_gateway_type", UNSET)
        if type(payment_gateway_type) is not str:
            if payment_gateway_type is UNSET:
                _missing += 1
            else:
                payment_gateway_type = drifted(payment_gateway_type, "str", "$.payment_gateway_type", "string")

        payment_method_type = d.get("payment_method_type", UNSET)
        if type(payment_method_type) is not str:
            if payment_method_type is UNSET:
                _missing += 1
            else:
                payment_method_type = drifted(payment_method_type, "str", "$.payment_method_type", "string")

        payment_gateway_response_code = d.get("payment_gateway_response_code", UNSET)
        if type(payment_gateway_response_code) is not str and payment_gateway_response_code is not None:
            if payment_gateway_response_code is UNSET:
                _missing += 1
            else:
                payment_gateway_response_code = drifted(
                    payment_gateway_response_code, "str", "$.payment_gateway_response_code", "string or null"
                )

        payment_gateway_response_msg = d.get("payment_gateway_response_msg", UNSET)
        if type(payment_gateway_response_msg) is not str and payment_gateway_response_msg is not None:
            if payment_gateway_response_msg is UNSET:
                _missing += 1
            else:
                payment_gateway_response_msg = drifted(
                    payment_gateway_response_msg, "str", "$.payment_gateway_response_msg", "string or null"
                )

        zuora_response_code = d.get("zuora_response_code", UNSET)
        if type(zuora_response_code) is not str and zuora_response_code is not None:
            if zuora_response_code is UNSET:
                _missing += 1
            else:
                zuora_response_code = drifted(zuora_response_code, "str", "$.zuora_response_code", "string or null")

        amount = d.get("amount", UNSET)
        if amount is UNSET:
            _missing += 1
        else:
            if type(amount) is not float:
                if type(amount) is not int:
                    bad_type("$.amount", "number", amount)
                amount = float(amount)

        currency = d.get("currency", UNSET)
        if type(currency) is not str:
            if currency is UNSET:
                _missing += 1
            else:
                currency = drifted(currency, "str", "$.currency", "string")

        request_duration = d.get("request_duration", UNSET)
        if type(request_duration) is not int:
            if request_duration is UNSET:
                _missing += 1
            else:
                request_duration = drifted(request_duration, "int", "$.request_duration", "integer")

        source_type = d.get("source_type", UNSET)
        if type(source_type) is not str:
            if source_type is UNSET:
                _missing += 1
            else:
                source_type = drifted(source_type, "str", "$.source_type", "string")

        source_id = d.get("source_id", UNSET)
        if type(source_id) is not str:
            if source_id is UNSET:
                _missing += 1
            else:
                source_id = drifted(source_id, "str", "$.source_id", "string")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.payment_id = payment_id
        obj.payment_number = payment_number
        obj.payment_date = payment_date
        obj.payment_status = payment_status
        obj.payment_gateway_type = payment_gateway_type
        obj.payment_method_type = payment_method_type
        obj.payment_gateway_response_code = payment_gateway_response_code
        obj.payment_gateway_response_msg = payment_gateway_response_msg
        obj.zuora_response_code = zuora_response_code
        obj.amount = amount
        obj.currency = currency
        obj.request_duration = request_duration
        obj.source_type = source_type
        obj.source_id = source_id
        if len(d) == 14 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
