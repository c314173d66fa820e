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

T = TypeVar("T", bound="Aggregate")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "type",
        "resourceOwner",
    )
)


@_attrs_define
class Aggregate:
    """The resource the event belongs to.

    Attributes:
        id (str | Unset):
        type_ (AggregateType | Unset):
        resource_owner (str | Unset): The organization (or instance) owning the resource.
        additional_properties: fields the spec does not list, kept as they came.
    """

    id: str | Unset = UNSET

    type_: AggregateType | Unset = UNSET

    resource_owner: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "resourceOwner": "resource_owner",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()
        if type_ is not UNSET:
            field_dict["type"] = type_
        if self.resource_owner is not UNSET:
            field_dict["resourceOwner"] = self.resource_owner
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
        id = d.get("id", UNSET)
        if type(id) is not str:
            if id is UNSET:
                _missing += 1
            else:
                id = drifted(id, "str", "$.id", "string")

        type_ = d.get("type", UNSET)
        if type_ is UNSET:
            _missing += 1
        else:
            try:
                type_ = _AggregateType_from_dict(type_)
            except DecodeError as _e:
                raise _e.within("$.type") from None

        resource_owner = d.get("resourceOwner", UNSET)
        if type(resource_owner) is not str:
            if resource_owner is UNSET:
                _missing += 1
            else:
                resource_owner = drifted(resource_owner, "str", "$.resourceOwner", "string")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.id = id
        obj.type_ = type_
        obj.resource_owner = resource_owner
        if len(d) == 3 - _missing:  # every key is a known field
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
