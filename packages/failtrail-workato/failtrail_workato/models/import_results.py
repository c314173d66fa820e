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

T = TypeVar("T", bound="ImportResults")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "success",
        "total_endpoints",
        "failed_endpoints",
        "failed_actions",
    )
)


@_attrs_define
class ImportResults:
    """What an OpenAPI import created; only in the answer to create_api_collection.

    Attributes:
        success (bool):
        total_endpoints (int):
        failed_endpoints (int):
        failed_actions (list[str]):
        additional_properties: fields the spec does not list, kept as they came.
    """

    success: bool

    total_endpoints: int

    failed_endpoints: int

    failed_actions: list[str]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "success": "success",
        "total_endpoints": "total_endpoints",
        "failed_endpoints": "failed_endpoints",
        "failed_actions": "failed_actions",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "success",
            "total_endpoints",
            "failed_endpoints",
            "failed_actions",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["success"] = self.success
        field_dict["total_endpoints"] = self.total_endpoints
        field_dict["failed_endpoints"] = self.failed_endpoints
        failed_actions = self.failed_actions

        field_dict["failed_actions"] = failed_actions
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
        try:
            success = d["success"]
        except KeyError:
            raise DecodeError("$.success", "required field is missing") from None
        if type(success) is not bool:
            bad_type("$.success", "boolean", success)

        try:
            total_endpoints = d["total_endpoints"]
        except KeyError:
            raise DecodeError("$.total_endpoints", "required field is missing") from None
        if type(total_endpoints) is not int:
            total_endpoints = drifted(total_endpoints, "int", "$.total_endpoints", "integer")

        try:
            failed_endpoints = d["failed_endpoints"]
        except KeyError:
            raise DecodeError("$.failed_endpoints", "required field is missing") from None
        if type(failed_endpoints) is not int:
            failed_endpoints = drifted(failed_endpoints, "int", "$.failed_endpoints", "integer")

        try:
            failed_actions = d["failed_actions"]
        except KeyError:
            raise DecodeError("$.failed_actions", "required field is missing") from None
        if type(failed_actions) is not list:
            bad_type("$.failed_actions", "array", failed_actions)
        for _failed_actions_i, _failed_actions_item in enumerate(failed_actions):
            if type(_failed_actions_item) is not str:
                bad_type(f"$.failed_actions[{_failed_actions_i}]", "string", _failed_actions_item)
        failed_actions = list(failed_actions)

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.success = success
        obj.total_endpoints = total_endpoints
        obj.failed_endpoints = failed_endpoints
        obj.failed_actions = failed_actions
        if len(d) == 4:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
