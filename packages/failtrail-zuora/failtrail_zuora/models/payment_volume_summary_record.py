from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    bad_type,
    drifted,
    redact_secrets,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentVolumeSummaryRecord")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "paymentGatewayType",
        "paymentMethodType",
        "error",
        "success",
        "total",
    )
)


@_attrs_define
class PaymentVolumeSummaryRecord:
    """Counts of the electronic payments of one gateway type and payment method type.

    Attributes:
        payment_gateway_type (str | Unset): The payment gateway type, e.g. Adyen.
        payment_method_type (str | Unset): The payment method type, e.g. CreditCard.
        error (int | Unset): The count of failed payments of this gateway and method type.
        success (int | Unset): The count of successful payments of this gateway and method type.
        total (int | Unset): The count of all payments of this gateway and method type.
        additional_properties: fields the spec does not list, kept as they came.
    """

    payment_gateway_type: str | Unset = UNSET

    payment_method_type: str | Unset = UNSET

    error: int | Unset = UNSET

    success: int | Unset = UNSET

    total: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "paymentGatewayType": "payment_gateway_type",
        "paymentMethodType": "payment_method_type",
        "error": "error",
        "success": "success",
        "total": "total",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.payment_gateway_type is not UNSET:
            field_dict["paymentGatewayType"] = self.payment_gateway_type
        if self.payment_method_type is not UNSET:
            field_dict["paymentMethodType"] = self.payment_method_type
        if self.error is not UNSET:
            field_dict["error"] = self.error
        if self.success is not UNSET:
            field_dict["success"] = self.success
        if self.total is not UNSET:
            field_dict["total"] = self.total
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
        payment_gateway_type = d.get("paymentGatewayType", UNSET)
        if type(payment_gateway_type) is not str:
            if payment_gateway_type is UNSET:
                _missing += 1
            else:
                payment_gateway_type = drifted(payment_gateway_type, "str", "$.paymentGatewayType", "string")

        payment_method_type = d.get("paymentMethodType", UNSET)
        if type(payment_method_type) is not str:
            if payment_method_type is UNSET:
                _missing += 1
            else:
                payment_method_type = drifted(payment_method_type, "str", "$.paymentMethodType", "string")

        error = d.get("error", UNSET)
        if type(error) is not int:
            if error is UNSET:
                _missing += 1
            else:
                error = drifted(error, "int", "$.error", "integer")

        success = d.get("success", UNSET)
        if type(success) is not int:
            if success is UNSET:
                _missing += 1
            else:
                success = drifted(success, "int", "$.success", "integer")

        total = d.get("total", UNSET)
        if type(total) is not int:
            if total is UNSET:
                _missing += 1
            else:
                total = drifted(total, "int", "$.total", "integer")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.payment_gateway_type = payment_gateway_type
        obj.payment_method_type = payment_method_type
        obj.error = error
        obj.success = success
        obj.total = total
        if len(d) == 5 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
