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

T = TypeVar("T", bound="AggregateType")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "localized",
    )
)


@_attrs_define
class AggregateType:
    """AggregateType

    Attributes:
        type_ (str | Unset): Technical aggregate type.
        localized (LocalizedMessage | Unset):
        additional_properties: fields the spec does not list, kept as they came.
    """

    type_: str | Unset = UNSET

    localized: LocalizedMessage | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "localized": "localized",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        localized: dict[str, Any] | Unset = UNSET
        if not isinstance(self.localized, Unset):
            localized = self.localized.to_dict()
        if localized is not UNSET:
            field_dict["localized"] = localized
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
        type_ = d.get("type", UNSET)
        if type(type_) is not str:
            if type_ is UNSET:
                _missing += 1
            else:
                type_ = drifted(type_, "str", "$.type", "string")

        localized = d.get("localized", UNSET)
        if localized is UNSET:
            _missing += 1
        else:
            try:
                localized = _LocalizedMessage_from_dict(localized)
            except DecodeError as _e:
                raise _e.within("$.localized") from None

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.type_ = type_
        obj.localized = localized
        if len(d) == 2 - _missing:  # every key is a known field
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
from ..models.localized_message import LocalizedMessage  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_LocalizedMessage_from_dict = LocalizedMessage.from_dict
