from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    DecodeError,
    bad_type,
    drifted,
    redact_secrets,
)

T = TypeVar("T", bound="SOAData")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "mname",
        "rname",
        "serial",
        "refresh",
        "retry",
        "expire",
        "minimum",
    )
)


@_attrs_define
class SOAData:
    """Record data of an SOA record.

    Attributes:
        mname (str):
        rname (str):
        serial (int):
        refresh (int):
        retry (int):
        expire (int):
        minimum (int):
        additional_properties: fields the spec does not list, kept as they came.
    """

    mname: str

    rname: str

    serial: int

    refresh: int

    retry: int

    expire: int

    minimum: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "mname": "mname",
        "rname": "rname",
        "serial": "serial",
        "refresh": "refresh",
        "retry": "retry",
        "expire": "expire",
        "minimum": "minimum",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "mname",
            "rname",
            "serial",
            "refresh",
            "retry",
            "expire",
            "minimum",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["mname"] = self.mname
        field_dict["rname"] = self.rname
        field_dict["serial"] = self.serial
        field_dict["refresh"] = self.refresh
        field_dict["retry"] = self.retry
        field_dict["expire"] = self.expire
        field_dict["minimum"] = self.minimum
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
        try:
            mname = d["mname"]
        except KeyError:
            raise DecodeError("$.mname", "required field is missing") from None
        if type(mname) is not str:
            mname = drifted(mname, "str", "$.mname", "string")

        try:
            rname = d["rname"]
        except KeyError:
            raise DecodeError("$.rname", "required field is missing") from None
        if type(rname) is not str:
            rname = drifted(rname, "str", "$.rname", "string")

        try:
            serial = d["serial"]
        except KeyError:
            raise DecodeError("$.serial", "required field is missing") from None
        if type(serial) is not int:
            serial = drifted(serial, "int", "$.serial", "integer")

        try:
            refresh = d["refresh"]
        except KeyError:
            raise DecodeError("$.refresh", "required field is missing") from None
        if type(refresh) is not int:
            refresh = drifted(refresh, "int", "$.refresh", "integer")

        try:
            retry = d["retry"]
        except KeyError:
            raise DecodeError("$.retry", "required field is missing") from None
        if type(retry) is not int:
            retry = drifted(retry, "int", "$.retry", "integer")

        try:
            expire = d["expire"]
        except KeyError:
            raise DecodeError("$.expire", "required field is missing") from None
        if type(expire) is not int:
            expire = drifted(expire, "int", "$.expire", "integer")

        try:
            minimum = d["minimum"]
        except KeyError:
            raise DecodeError("$.minimum", "required field is missing") from None
        if type(minimum) is not int:
            minimum = drifted(minimum, "int", "$.minimum", "integer")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.mname = mname
        obj.rname = rname
        obj.serial = serial
        obj.refresh = refresh
        obj.retry = retry
        obj.expire = expire
        obj.minimum = minimum
        if len(d) == 7:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
