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
    from_isoformat,
    parse_int_string,
    redact_secrets,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="Event")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "editor",
        "aggregate",
        "sequence",
        "creationDate",
        "payload",
        "type",
    )
)


@_attrs_define
class Event:
    """One event of the event store. Fields holding their default value are left out.

    Attributes:
        editor (Editor | Unset): Who caused the event.
        aggregate (Aggregate | Unset): The resource the event belongs to.
        sequence (str | Unset): Sequence of the event within its aggregate (uint64, as a decimal string).
        creation_date (datetime.datetime | Unset): When the event was written (RFC 3339, UTC); events written together
            share it.
        payload (EventPayload | Unset): The event's data; left out when empty.
        type_ (EventType | Unset):
        additional_properties: fields the spec does not list, kept as they came.
    """

    editor: Editor | Unset = UNSET

    aggregate: Aggregate | Unset = UNSET

    sequence: int | Unset = UNSET

    creation_date: datetime.datetime | Unset = UNSET

    payload: EventPayload | Unset = UNSET

    type_: EventType | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "editor": "editor",
        "aggregate": "aggregate",
        "sequence": "sequence",
        "creationDate": "creation_date",
        "payload": "payload",
        "type": "type_",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        editor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.editor, Unset):
            editor = self.editor.to_dict()
        if editor is not UNSET:
            field_dict["editor"] = editor
        aggregate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggregate, Unset):
            aggregate = self.aggregate.to_dict()
        if aggregate is not UNSET:
            field_dict["aggregate"] = aggregate
        if not isinstance(self.sequence, Unset):
            field_dict["sequence"] = str(self.sequence)
        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()
        if payload is not UNSET:
            field_dict["payload"] = payload
        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        editor = d.get("editor", UNSET)
        if editor is UNSET:
            _missing += 1
        else:
            try:
                editor = _Editor_from_dict(editor)
            except DecodeError as _e:
                raise _e.within("$.editor") from None

        aggregate = d.get("aggregate", UNSET)
        if aggregate is UNSET:
            _missing += 1
        else:
            try:
                aggregate = _Aggregate_from_dict(aggregate)
            except DecodeError as _e:
                raise _e.within("$.aggregate") from None

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

        payload = d.get("payload", UNSET)
        if payload is UNSET:
            _missing += 1
        else:
            try:
                payload = _EventPayload_from_dict(payload)
            except DecodeError as _e:
                raise _e.within("$.payload") from None

        type_ = d.get("type", UNSET)
        if type_ is UNSET:
            _missing += 1
        else:
            try:
                type_ = _EventType_from_dict(type_)
            except DecodeError as _e:
                raise _e.within("$.type") from None

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.editor = editor
        obj.aggregate = aggregate
        obj.sequence = sequence
        obj.creation_date = creation_date
        obj.payload = payload
        obj.type_ = type_
        if len(d) == 6 - _missing:  # every key is a known field
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
from ..models.aggregate import Aggregate  # noqa: E402
from ..models.editor import Editor  # noqa: E402
from ..models.event_payload import EventPayload  # noqa: E402
from ..models.event_type import EventType  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_Aggregate_from_dict = Aggregate.from_dict
_Editor_from_dict = Editor.from_dict
_EventPayload_from_dict = EventPayload.from_dict
_EventType_from_dict = EventType.from_dict
_SAFE_UINT64_DIGITS = SAFE_DIGITS.get("uint64", 0)
