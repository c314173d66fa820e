from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    SAFE_DIGITS,
    bad_datetime,
    bad_type,
    drifted,
    from_isoformat,
    parse_int_string,
    redact_secrets,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="FailedEvent")

_new_instance = object.__new__

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
    """An event that a projection could not process. Fields holding their default value are left out of the JSON.
    `(viewName, failedSequence)` is not unique: the server keys a failed event also by its aggregate, which it does not
    send.

        Attributes:
            database (str | Unset): Name of ZITADEL's database (the same for every failed event, e.g. `zitadel`). Not needed
                to remove the event: the server ignores the `database` path segment.
            view_name (str | Unset): Name of the projection that failed, e.g. `projections.users14`.
            failed_sequence (str | Unset): Sequence of the event that failed (uint64, sent as a decimal string). It counts
                per aggregate, so two failed events of one projection can share it; removing by it removes them all.
            failure_count (str | Unset): How many times processing the event has failed (uint64, sent as a decimal string);
                at least 1, at most the projection's MaxFailureCount (default 5), after which the event is skipped.
            error_message (str | Unset): The error of the last failed attempt (`ID=<id> Message=<text>[ Parent=(<cause>)]`).
            last_failed (datetime.datetime | Unset): When processing the event last failed (RFC 3339, UTC, 0/3/6/9
                fractional digits). Left out for rows that never recorded it.
            additional_properties: fields the spec does not list, kept as they came.
    """

    database: str | Unset = UNSET

    view_name: str | Unset = UNSET

    failed_sequence: int | Unset = UNSET

    failure_count: int | Unset = UNSET

    error_message: str | Unset = UNSET

    last_failed: datetime.datetime | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "database": "database",
        "viewName": "view_name",
        "failedSequence": "failed_sequence",
        "failureCount": "failure_count",
        "errorMessage": "error_message",
        "lastFailed": "last_failed",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

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
        database = d.get("database", UNSET)
        if type(database) is not str:
            if database is UNSET:
                _missing += 1
            else:
                database = drifted(database, "str", "$.database", "string")

        view_name = d.get("viewName", UNSET)
        if type(view_name) is not str:
            if view_name is UNSET:
                _missing += 1
            else:
                view_name = drifted(view_name, "str", "$.viewName", "string")

        failed_sequence = d.get("failedSequence", UNSET)
        if failed_sequence is UNSET:
            _missing += 1
        else:
            if (
                type(failed_sequence) is str
                and len(failed_sequence) < _SAFE_UINT64_DIGITS
                and failed_sequence.isdigit()
                and failed_sequence.isascii()
            ):
                failed_sequence = int(failed_sequence)
            else:
                failed_sequence = parse_int_string(failed_sequence, "$.failedSequence", "uint64")

        failure_count = d.get("failureCount", UNSET)
        if failure_count is UNSET:
            _missing += 1
        else:
            if (
                type(failure_count) is str
                and len(failure_count) < _SAFE_UINT64_DIGITS
                and failure_count.isdigit()
                and failure_count.isascii()
            ):
                failure_count = int(failure_count)
            else:
                failure_count = parse_int_string(failure_count, "$.failureCount", "uint64")

        error_message = d.get("errorMessage", UNSET)
        if type(error_message) is not str:
            if error_message is UNSET:
                _missing += 1
            else:
                error_message = drifted(error_message, "str", "$.errorMessage", "string")

        last_failed = d.get("lastFailed", UNSET)
        if last_failed is UNSET:
            _missing += 1
        else:
            try:
                last_failed = from_isoformat(last_failed)
            except (TypeError, ValueError):
                bad_datetime(last_failed, "$.lastFailed")
            if last_failed.tzinfo is None:
                bad_datetime(last_failed, "$.lastFailed")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.database = database
        obj.view_name = view_name
        obj.failed_sequence = failed_sequence
        obj.failure_count = failure_count
        obj.error_message = error_message
        obj.last_failed = last_failed
        if len(d) == 6 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_SAFE_UINT64_DIGITS = SAFE_DIGITS.get("uint64", 0)
