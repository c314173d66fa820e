from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import bad_type, parse_datetime, parse_int_string
from ..types import UNSET, Unset

T = TypeVar("T", bound="FailedEvent")

_KNOWN: frozenset[str] = frozenset(
    (
        "database",
        "viewName",
        "failedSequence",
        "failureCount",
        "errorMessage",
        "lastFailed",
    )
)


@_attrs_define
class FailedEvent:
    """An event that a view/projection could not process. Fields holding their default value may be left out of the JSON.

    Attributes:
        database (str | Unset): Database (schema) of the view.
        view_name (str | Unset): Name of the view/projection.
        failed_sequence (str | Unset): Sequence of the event that failed (uint64, sent as a decimal string).
        failure_count (str | Unset): How many times processing the event has failed (uint64, sent as a decimal string).
        error_message (str | Unset): The error of the last failed attempt.
        last_failed (datetime.datetime | Unset): When processing the event last failed (RFC 3339).
        additional_properties: fields the spec does not list, kept as they came.
    """

    database: str | Unset = UNSET

    view_name: str | Unset = UNSET

    failed_sequence: int | Unset = UNSET

    failure_count: int | Unset = UNSET

    error_message: str | Unset = UNSET

    last_failed: datetime.datetime | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.database is not UNSET:
            field_dict["database"] = self.database
        if self.view_name is not UNSET:
            field_dict["viewName"] = self.view_name
        if not isinstance(self.failed_sequence, Unset):
            field_dict["failedSequence"] = str(self.failed_sequence)
        if not isinstance(self.failure_count, Unset):
            field_dict["failureCount"] = str(self.failure_count)
        if self.error_message is not UNSET:
            field_dict["errorMessage"] = self.error_message
        last_failed: str | Unset = UNSET
        if not isinstance(self.last_failed, Unset):
            last_failed = self.last_failed.isoformat()
        if last_failed is not UNSET:
            field_dict["lastFailed"] = last_failed
        return field_dict

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
        _v = d.get("database", UNSET)
        database: str | Unset
        if _v is UNSET:
            database = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.database", "string", _v)
            database = _v

        _v = d.get("viewName", UNSET)
        view_name: str | Unset
        if _v is UNSET:
            view_name = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.viewName", "string", _v)
            view_name = _v

        _v = d.get("failedSequence", UNSET)
        failed_sequence: int | Unset
        if _v is UNSET:
            failed_sequence = UNSET
        else:
            failed_sequence = parse_int_string(_v, "$.failedSequence")

        _v = d.get("failureCount", UNSET)
        failure_count: int | Unset
        if _v is UNSET:
            failure_count = UNSET
        else:
            failure_count = parse_int_string(_v, "$.failureCount")

        _v = d.get("errorMessage", UNSET)
        error_message: str | Unset
        if _v is UNSET:
            error_message = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.errorMessage", "string", _v)
            error_message = _v

        _v = d.get("lastFailed", UNSET)
        last_failed: datetime.datetime | Unset
        if _v is UNSET:
            last_failed = UNSET
        else:
            last_failed = parse_datetime(_v, "$.lastFailed")

        obj = cls(
            database=database,
            view_name=view_name,
            failed_sequence=failed_sequence,
            failure_count=failure_count,
            error_message=error_message,
            last_failed=last_failed,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
