from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    DecodeError,
    bad_datetime,
    bad_type,
    drifted,
    from_isoformat,
    redact_secrets,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiEndpoint")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "api_collection_id",
        "flow_id",
        "name",
        "method",
        "url",
        "base_path",
        "path",
        "active",
        "legacy",
        "created_at",
        "updated_at",
        "legacy_url",
    )
)


@_attrs_define
class ApiEndpoint:
    """An endpoint of an API collection.

    Attributes:
        id (int):
        api_collection_id (int):
        flow_id (int | None): ID of the API recipe behind the endpoint (Workato's spec says an integer; null is
            tolerated for proxy endpoints, which have no recipe).
        name (str):
        method (str): HTTP method of the endpoint.
        url (str): Full URL of the endpoint.
        base_path (str): Path of the endpoint including the collection's prefix.
        path (str): Path of the endpoint relative to the collection.
        active (bool): Whether the endpoint is enabled.
        legacy (bool):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        legacy_url (None | str | Unset): URL under the legacy domain, if the endpoint has one.
        additional_properties: fields the spec does not list, kept as they came.
    """

    id: int

    api_collection_id: int

    flow_id: int | None

    name: str

    method: str

    url: str

    base_path: str

    path: str

    active: bool

    legacy: bool

    created_at: datetime.datetime

    updated_at: datetime.datetime

    legacy_url: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "api_collection_id": "api_collection_id",
        "flow_id": "flow_id",
        "name": "name",
        "method": "method",
        "url": "url",
        "base_path": "base_path",
        "path": "path",
        "active": "active",
        "legacy": "legacy",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "legacy_url": "legacy_url",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "api_collection_id",
            "flow_id",
            "name",
            "method",
            "url",
            "base_path",
            "path",
            "active",
            "legacy",
            "created_at",
            "updated_at",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["api_collection_id"] = self.api_collection_id
        flow_id: int | None
        flow_id = self.flow_id
        field_dict["flow_id"] = flow_id
        field_dict["name"] = self.name
        field_dict["method"] = self.method
        field_dict["url"] = self.url
        field_dict["base_path"] = self.base_path
        field_dict["path"] = self.path
        field_dict["active"] = self.active
        field_dict["legacy"] = self.legacy
        created_at = self.created_at.isoformat()
        field_dict["created_at"] = created_at
        updated_at = self.updated_at.isoformat()
        field_dict["updated_at"] = updated_at
        legacy_url: None | str | Unset
        if isinstance(self.legacy_url, Unset):
            legacy_url = UNSET
        else:
            legacy_url = self.legacy_url
        if legacy_url is not UNSET:
            field_dict["legacy_url"] = legacy_url
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
            id = d["id"]
        except KeyError:
            raise DecodeError("$.id", "required field is missing") from None
        if type(id) is not int:
            id = drifted(id, "int", "$.id", "integer")

        try:
            api_collection_id = d["api_collection_id"]
        except KeyError:
            raise DecodeError("$.api_collection_id", "required field is missing") from None
        if type(api_collection_id) is not int:
            api_collection_id = drifted(api_collection_id, "int", "$.api_collection_id", "integer")

        try:
            flow_id = d["flow_id"]
        except KeyError:
            raise DecodeError("$.flow_id", "required field is missing") from None
        if type(flow_id) is not int and flow_id is not None:
            flow_id = drifted(flow_id, "int", "$.flow_id", "integer or null")

        try:
            name = d["name"]
        except KeyError:
            raise DecodeError("$.name", "required field is missing") from None
        if type(name) is not str:
            name = drifted(name, "str", "$.name", "string")

        try:
            method = d["method"]
        except KeyError:
            raise DecodeError("$.method", "required field is missing") from None
        if type(method) is not str:
            method = drifted(method, "str", "$.method", "string")

        try:
            url = d["url"]
        except KeyError:
            raise DecodeError("$.url", "required field is missing") from None
        if type(url) is not str:
            url = drifted(url, "str", "$.url", "string")

        try:
            base_path = d["base_path"]
        except KeyError:
            raise DecodeError("$.base_path", "required field is missing") from None
        if type(base_path) is not str:
            base_path = drifted(base_path, "str", "$.base_path", "string")

        try:
            path = d["path"]
        except KeyError:
            raise DecodeError("$.path", "required field is missing") from None
        if type(path) is not str:
            path = drifted(path, "str", "$.path", "string")

        try:
            active = d["active"]
        except KeyError:
            raise DecodeError("$.active", "required field is missing") from None
        if type(active) is not bool:
            bad_type("$.active", "boolean", active)

        try:
            legacy = d["legacy"]
        except KeyError:
            raise DecodeError("$.legacy", "required field is missing") from None
        if type(legacy) is not bool:
            bad_type("$.legacy", "boolean", legacy)

        try:
            created_at = d["created_at"]
        except KeyError:
            raise DecodeError("$.created_at", "required field is missing") from None
        try:
            created_at = from_isoformat(created_at)
        except (TypeError, ValueError):
            bad_datetime(created_at, "$.created_at")
        if created_at.tzinfo is None:
            bad_datetime(created_at, "$.created_at")

        try:
            updated_at = d["updated_at"]
        except KeyError:
            raise DecodeError("$.updated_at", "required field is missing") from None
        try:
            updated_at = from_isoformat(updated_at)
        except (TypeError, ValueError):
            bad_datetime(updated_at, "$.updated_at")
        if updated_at.tzinfo is None:
            bad_datetime(updated_at, "$.updated_at")

        legacy_url = d.get("legacy_url", UNSET)
        if type(legacy_url) is not str and legacy_url is not None:
            if legacy_url is UNSET:
                _missing += 1
            else:
                legacy_url = drifted(legacy_url, "str", "$.legacy_url", "string or null")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.id = id
        obj.api_collection_id = api_collection_id
        obj.flow_id = flow_id
        obj.name = name
        obj.method = method
        obj.url = url
        obj.base_path = base_path
        obj.path = path
        obj.active = active
        obj.legacy = legacy
        obj.created_at = created_at
        obj.updated_at = updated_at
        obj.legacy_url = legacy_url
        if len(d) == 13 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
