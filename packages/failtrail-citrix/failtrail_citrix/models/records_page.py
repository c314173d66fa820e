from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import DecodeError, bad_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_log_record import SystemLogRecord


T = TypeVar("T", bound="RecordsPage")

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse JSON data, checking every field's type; unknown fields and enum values are kept.

        Raises:
            DecodeError: a field has the wrong type or a required field is missing; its ``path``
                names the field (``$.data[3].latency``).
        """
        from ..models.system_log_record import SystemLogRecord  # noqa: PLC0415

        if type(src_dict) is not dict:
            bad_type("$", "object", src_dict)
        d = src_dict
        _v = d.get("Items", UNSET)
        items: list[SystemLogRecord] | Unset
        if _v is UNSET:
            items = UNSET
        else:
            if type(_v) is not list:
                bad_type("$.Items", "array", _v)
            _items_parse = SystemLogRecord.from_dict
            _items_i = 0
            try:
                items = []
                for _items_i, _items_item in enumerate(_v):
                    items.append(_items_parse(_items_item))
            except DecodeError as _e:
                raise _e.within(f"$.Items[{_items_i}]") from None

        _v = d.get("Count", UNSET)
        count: int | Unset
        if _v is UNSET:
            count = UNSET
        else:
            if type(_v) is not int:
                bad_type("$.Count", "integer", _v)
            count = _v

        _v = d.get("EstimatedTotalItems", UNSET)
        estimated_total_items: int | Unset
        if _v is UNSET:
            estimated_total_items = UNSET
        else:
            if type(_v) is not int:
                bad_type("$.EstimatedTotalItems", "integer", _v)
            estimated_total_items = _v

        _v = d.get("ContinuationToken", UNSET)
        continuation_token: None | str | Unset
        if _v is UNSET:
            continuation_token = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.ContinuationToken", "string", _v)
                continuation_token = _v

            elif _v is None:
                continuation_token = None
            else:
                bad_type("$.ContinuationToken", "string or null", _v)

        obj = cls(
            items=items,
            count=count,
            estimated_total_items=estimated_total_items,
            continuation_token=continuation_token,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
