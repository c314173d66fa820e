from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    SAFE_DIGITS,
    DecodeError,
    bad_datetime,
    bad_type,
    drifted,
    from_isoformat,
    parse_int_string,
    redact_secrets,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListEventsRequest")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "sequence",
        "limit",
        "asc",
        "editorUserId",
        "eventTypes",
        "aggregateId",
        "aggregateTypes",
        "resourceOwner",
        "creationDate",
        "from",
        "range",
    )
)


@_attrs_define
class ListEventsRequest:
    """All filters are optional and combined with AND. Unknown fields are ignored. `from` and `range` exclude each other
    (both is answered 400).

        Attributes:
            sequence (str | Unset): Only events whose sequence is below it (descending) or above it (`asc`); 0 is no filter.
                Sequences count per aggregate, so this is a cursor only together with `aggregateId`.
            limit (int | Unset): Maximum number of events (uint32); 0 or more than 1000 means 1000.
            asc (bool | Unset): Oldest first; by default newest first. Default: False.
            editor_user_id (str | Unset): Only events created by this user.
            event_types (list[str] | Unset): Only these event types (exact match, any of them; at most 30).
            aggregate_id (str | Unset): Only events of this aggregate (resource).
            aggregate_types (list[str] | Unset): Only these aggregate types (any of them; at most 10); when empty, the
                aggregate types of `eventTypes`.
            resource_owner (str | Unset): Only events owned by this organization/instance.
            creation_date (datetime.datetime | Unset): Deprecated; the same as `from`.
            from_ (datetime.datetime | Unset): Exclusive bound: with `asc`, only events created after it; otherwise only
                events created before it. Cannot be combined with `range`.
            range_ (CreationDateRange | Unset): Exclusive creation-date window; when set, `from` and `creationDate` are
                ignored.
            additional_properties: fields the spec does not list, kept as they came.
    """

    sequence: int | Unset = UNSET

    limit: int | Unset = UNSET

    asc: bool | Unset = UNSET

    editor_user_id: str | Unset = UNSET

    event_types: list[str] | Unset = UNSET

    aggregate_id: str | Unset = UNSET

    aggregate_types: list[str] | Unset = UNSET

    resource_owner: str | Unset = UNSET

    creation_date: datetime.datetime | Unset = UNSET

    from_: datetime.datetime | Unset = UNSET

    range_: CreationDateRange | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "sequence": "sequence",
        "limit": "limit",
        "asc": "asc",
        "editorUserId": "editor_user_id",
        "eventTypes": "event_types",
        "aggregateId": "aggregate_id",
        "aggregateTypes": "aggregate_types",
        "resourceOwner": "resource_owner",
        "creationDate": "creation_date",
        "from": "from_",
        "range": "range_",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(self.sequence, Unset):
            field_dict["sequence"] = str(self.sequence)
        if self.limit is not UNSET:
            field_dict["limit"] = self.limit
        if self.asc is not UNSET:
            field_dict["asc"] = self.asc
        if self.editor_user_id is not UNSET:
            field_dict["editorUserId"] = self.editor_user_id
        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = self.event_types

        if event_types is not UNSET:
            field_dict["eventTypes"] = event_types
        if self.aggregate_id is not UNSET:
            field_dict["aggregateId"] = self.aggregate_id
        aggregate_types: list[str] | Unset = UNSET
        if not isinstance(self.aggregate_types, Unset):
            aggregate_types = self.aggregate_types

        if aggregate_types is not UNSET:
            field_dict["aggregateTypes"] = aggregate_types
        if self.resource_owner is not UNSET:
            field_dict["resourceOwner"] = self.resource_owner
        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.isoformat()
        if from_ is not UNSET:
            field_dict["from"] = from_
        range_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.range_, Unset):
            range_ = self.range_.to_dict()
        if range_ is not UNSET:
            field_dict["range"] = range_
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
        sequence = d.get("sequence", UNSET)
        if sequence is UNSET:
            _missing += 1
        else:
            if (
                type(sequence) is str
                and len(sequence) < _SAFE_UINT64_DIGITS
                and sequence.isdigit()
                and sequence.isascii()
            ):
                sequence = int(sequence)
            else:
                sequence = parse_int_string(sequence, "$.sequence", "uint64")

        limit = d.get("limit", UNSET)
        if type(limit) is not int:
            if limit is UNSET:
                _missing += 1
            else:
                limit = drifted(limit, "int", "$.limit", "integer")

        asc = d.get("asc", UNSET)
        if type(asc) is not bool:
            if asc is UNSET:
                _missing += 1
            else:
                asc = drifted(asc, "bool", "$.asc", "boolean")

        editor_user_id = d.get("editorUserId", UNSET)
        if type(editor_user_id) is not str:
            if editor_user_id is UNSET:
                _missing += 1
            else:
                editor_user_id = drifted(editor_user_id, "str", "$.editorUserId", "string")

        event_types = d.get("eventTypes", UNSET)
        if event_types is UNSET:
            _missing += 1
        else:
            if type(event_types) is not list:
                bad_type("$.eventTypes", "array", event_types)
            for _event_types_i, _event_types_item in enumerate(event_types):
                if type(_event_types_item) is not str:
                    bad_type(f"$.eventTypes[{_event_types_i}]", "string", _event_types_item)
            event_types = list(event_types)

        aggregate_id = d.get("aggregateId", UNSET)
        if type(aggregate_id) is not str:
            if aggregate_id is UNSET:
                _missing += 1
            else:
                aggregate_id = drifted(aggregate_id, "str", "$.aggregateId", "string")

        aggregate_types = d.get("aggregateTypes", UNSET)
        if aggregate_types is UNSET:
            _missing += 1
        else:
            if type(aggregate_types) is not list:
                bad_type("$.aggregateTypes", "array", aggregate_types)
            for _aggregate_types_i, _aggregate_types_item in enumerate(aggregate_types):
                if type(_aggregate_types_item) is not str:
                    bad_type(f"$.aggregateTypes[{_aggregate_types_i}]", "string", _aggregate_types_item)
            aggregate_types = list(aggregate_types)

        resource_owner = d.get("resourceOwner", UNSET)
        if type(resource_owner) is not str:
            if resource_owner is UNSET:
                _missing += 1
            else:
                resource_owner = drifted(resource_owner, "str", "$.resourceOwner", "string")

        creation_date = d.get("creationDate", UNSET)
        if creation_date is UNSET:
            _missing += 1
        else:
            try:
                creation_date = from_isoformat(creation_date)
            except (TypeError, ValueError):
                bad_datetime(creation_date, "$.creationDate")
            if creation_date.tzinfo is None:
                bad_datetime(creation_date, "$.creationDate")

        from_ = d.get("from", UNSET)
        if from_ is UNSET:
            _missing += 1
        else:
            try:
                from_ = from_isoformat(from_)
            except (TypeError, ValueError):
                bad_datetime(from_, "$.from")
            if from_.tzinfo is None:
                bad_datetime(from_, "$.from")

        range_ = d.get("range", UNSET)
        if range_ is UNSET:
            _missing += 1
        else:
            try:
                range_ = _CreationDateRange_from_dict(range_)
            except DecodeError as _e:
                raise _e.within("$.range") from None

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.sequence = sequence
        obj.limit = limit
        obj.asc = asc
        obj.editor_user_id = editor_user_id
        obj.event_types = event_types
        obj.aggregate_id = aggregate_id
        obj.aggregate_types = aggregate_types
        obj.resource_owner = resource_owner
        obj.creation_date = creation_date
        obj.from_ = from_
        obj.range_ = range_
        if len(d) == 11 - _missing:  # every key is a known field
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
from ..models.creation_date_range import CreationDateRange  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_CreationDateRange_from_dict = CreationDateRange.from_dict
_SAFE_UINT64_DIGITS = SAFE_DIGITS.get("uint64", 0)
