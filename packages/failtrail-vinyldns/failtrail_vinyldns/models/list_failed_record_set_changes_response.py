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

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListFailedRecordSetChangesResponse")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "failedRecordSetChanges",
        "startFrom",
        "nextId",
        "maxItems",
    )
)


@_attrs_define
class ListFailedRecordSetChangesResponse:
    """One page of failed record set changes.

    Attributes:
        failed_record_set_changes (list[RecordSetChange]): Array of recordset changes sorted by created time in
            descending order.
        start_from (int | Unset): The offset the page starts at, as sent (0 when not sent). Always present on VinylDNS
            v0.19
            and later; v0.18 answers only the list.
        next_id (int | Unset): 0 when the page was not full (the last page); a full page answers startFrom + maxItems +
            1
            for record set changes (v0.20+; startFrom + maxItems on v0.19) and startFrom + maxItems for
            zone changes. Absent on v0.18. The walk ends on 0 or absence and advances by the records
            received (see startFrom).
        max_items (int | Unset): The page size used (100 when not sent).
        additional_properties: fields the spec does not list, kept as they came.
    """

    failed_record_set_changes: list[RecordSetChange]

    start_from: int | Unset = UNSET

    next_id: int | Unset = UNSET

    max_items: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "failedRecordSetChanges": "failed_record_set_changes",
        "startFrom": "start_from",
        "nextId": "next_id",
        "maxItems": "max_items",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("failedRecordSetChanges",))

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        failed_record_set_changes = []
        for failed_record_set_changes_item_data in self.failed_record_set_changes:
            failed_record_set_changes_item = failed_record_set_changes_item_data.to_dict()
            failed_record_set_changes.append(failed_record_set_changes_item)

        field_dict["failedRecordSetChanges"] = failed_record_set_changes
        if self.start_from is not UNSET:
            field_dict["startFrom"] = self.start_from
        if self.next_id is not UNSET:
            field_dict["nextId"] = self.next_id
        if self.max_items is not UNSET:
            field_dict["maxItems"] = self.max_items
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
            failed_record_set_changes = d["failedRecordSetChanges"]
        except KeyError:
            raise DecodeError("$.failedRecordSetChanges", "required field is missing") from None
        if type(failed_record_set_changes) is not list:
            bad_type("$.failedRecordSetChanges", "array", failed_record_set_changes)
        _failed_record_set_changes_list = []
        try:
            for _failed_record_set_changes_item in failed_record_set_changes:
                _failed_record_set_changes_list.append(_RecordSetChange_from_dict(_failed_record_set_changes_item))
        except DecodeError as _e:
            raise _e.within(f"$.failedRecordSetChanges[{len(_failed_record_set_changes_list)}]") from None
        failed_record_set_changes = _failed_record_set_changes_list

        start_from = d.get("startFrom", UNSET)
        if type(start_from) is not int:
            if start_from is UNSET:
                _missing += 1
            else:
                start_from = drifted(start_from, "int", "$.startFrom", "integer")

        next_id = d.get("nextId", UNSET)
        if type(next_id) is not int:
            if next_id is UNSET:
                _missing += 1
            else:
                next_id = drifted(next_id, "int", "$.nextId", "integer")

        max_items = d.get("maxItems", UNSET)
        if type(max_items) is not int:
            if max_items is UNSET:
                _missing += 1
            else:
                max_items = drifted(max_items, "int", "$.maxItems", "integer")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.failed_record_set_changes = failed_record_set_changes
        obj.start_from = start_from
        obj.next_id = next_id
        obj.max_items = max_items
        if len(d) == 4 - _missing:  # every key is a known field
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
from ..models.record_set_change import RecordSetChange  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_RecordSetChange_from_dict = RecordSetChange.from_dict
