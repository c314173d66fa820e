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

T = TypeVar("T", bound="WorkatoFieldErrors")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(())


@_attrs_define
class WorkatoFieldErrors:
    """Validation errors keyed by field; a value is one message or a list of them.

    additional_properties: fields the spec does not list, kept as they came.
    """

    additional_properties: dict[str, list[str] | str] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {}
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop
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
        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        if len(d) == 0:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {}
            for _key, _item in d.items():
                if _key in _KNOWN:
                    continue
                try:
                    if type(_item) is str:
                        if type(_item) is not str:
                            _item = drifted(_item, "str", "$", "string")
                        _extra = _item

                    elif type(_item) is list:
                        if type(_item) is not list:
                            bad_type("$", "array", _item)
                        for _extra_i, _extra_item in enumerate(_item):
                            if type(_extra_item) is not str:
                                bad_type(f"$[{_extra_i}]", "string", _extra_item)
                        _extra = list(_item)

                    else:
                        bad_type("$", "string or array", _item)

                except DecodeError as _e:
                    raise _e.within(f"$.{_key}") from None
                obj.additional_properties[_key] = _extra
        return obj

    def __getitem__(self, key: str) -> list[str] | str:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
