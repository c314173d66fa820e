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

T = TypeVar("T", bound="RecordsPage")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "Items",
        "Count",
        "EstimatedTotalItems",
        "ContinuationToken",
    )
)


@_attrs_define
class RecordsPage:
    """One page of system log records.

    Attributes:
        items (list[SystemLogRecord] | Unset): The records of this page.
        count (int | Unset): Number of records in this page. Example: 74.
        estimated_total_items (int | Unset): Estimated number of records in the whole time range. Example: 250.
        continuation_token (None | str | Unset): Opaque token for the next page; pass it back unchanged as the
            ContinuationToken query
            parameter. Absent or null on the last page.
        additional_properties: fields the spec does not list, kept as they came.
    """

    items: list[SystemLogRecord] | Unset = UNSET

    count: int | Unset = UNSET

    estimated_total_items: int | Unset = UNSET

    continuation_token: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "Items": "items",
        "Count": "count",
        "EstimatedTotalItems": "estimated_total_items",
        "ContinuationToken": "continuation_token",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        if items is not UNSET:
            field_dict["Items"] = items
        if self.count is not UNSET:
            field_dict["Count"] = self.count
        if self.estimated_total_items is not UNSET:
            field_dict["EstimatedTotalItems"] = self.estimated_total_items
        continuation_token: None | str | Unset
        if isinstance(self.continuation_token, Unset):
            continuation_token = UNSET
        else:
            continuation_token = self.continuation_token
        if continuation_token is not UNSET:
            field_dict["ContinuationToken"] = continuation_token
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
        items = d.get("Items", UNSET)
        if items is UNSET:
            _missing += 1
        else:
            if type(items) is not list:
                bad_type("$.Items", "array", items)
            _items_list = []
            try:
                for _items_item in items:
                    _items_list.append(_SystemLogRecord_from_dict(_items_item))
            except DecodeError as _e:
                raise _e.within(f"$.Items[{len(_items_list)}]") from None
            items = _items_list

        count = d.get("Count", UNSET)
        if type(count) is not int:
            if count is UNSET:
                _missing += 1
            else:
                count = drifted(count, "int", "$.Count", "integer")

        estimated_total_items = d.get("EstimatedTotalItems", UNSET)
        if type(estimated_total_items) is not int:
            if estimated_total_items is UNSET:
                _missing += 1
            else:
                estimated_total_items = drifted(estimated_total_items, "int", "$.EstimatedTotalItems", "integer")

        continuation_token = d.get("ContinuationToken", UNSET)
        if type(continuation_token) is not str and continuation_token is not None:
            if continuation_token is UNSET:
                _missing += 1
            else:
                continuation_token = drifted(continuation_token, "str", "$.ContinuationToken", "string or null")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.items = items
        obj.count = count
        obj.estimated_total_items = estimated_total_items
        obj.continuation_token = continuation_token
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
from ..models.system_log_record import SystemLogRecord  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_SystemLogRecord_from_dict = SystemLogRecord.from_dict
