from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    DecodeError,
    bad_type,
    redact_secrets,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListAggregateTypesResponse")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(("aggregateTypes",))


@_attrs_define
class ListAggregateTypesResponse:
    """ListAggregateTypesResponse

    Attributes:
        aggregate_types (list[AggregateType] | Unset): The aggregate types; left out when there are none.
        additional_properties: fields the spec does not list, kept as they came.
    """

    aggregate_types: list[AggregateType] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "aggregateTypes": "aggregate_types",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        aggregate_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.aggregate_types, Unset):
            aggregate_types = []
            for aggregate_types_item_data in self.aggregate_types:
                aggregate_types_item = aggregate_types_item_data.to_dict()
                aggregate_types.append(aggregate_types_item)

        if aggregate_types is not UNSET:
            field_dict["aggregateTypes"] = aggregate_types
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
        aggregate_types = d.get("aggregateTypes", UNSET)
        if aggregate_types is UNSET:
            _missing += 1
        else:
            if type(aggregate_types) is not list:
                bad_type("$.aggregateTypes", "array", aggregate_types)
            _aggregate_types_list = []
            try:
                for _aggregate_types_item in aggregate_types:
                    _aggregate_types_list.append(_AggregateType_from_dict(_aggregate_types_item))
            except DecodeError as _e:
                raise _e.within(f"$.aggregateTypes[{len(_aggregate_types_list)}]") from None
            aggregate_types = _aggregate_types_list

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.aggregate_types = aggregate_types
        if len(d) == 1 - _missing:  # every key is a known field
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
from ..models.aggregate_type import AggregateType  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_AggregateType_from_dict = AggregateType.from_dict
