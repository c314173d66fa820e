from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import DecodeError, bad_type, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiCollection")

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "version",
        "url",
        "api_spec_url",
        "created_at",
        "updated_at",
        "project_id",
        "message",
    )
)


@_attrs_define
class ApiCollection:
    """An API collection.

    Attributes:
        id (int):
        name (str):
        version (str): The collection's version tag (1 to 10 characters).
        url (str): Base URL of the collection's endpoints.
        api_spec_url (str): URL of the collection's OpenAPI document (carries an access token in its query).
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        project_id (int | str | Unset): ID of the project the collection belongs to. Workato's samples show it both as a
            number and as a numeric string; accept either.
        message (str | Unset): Result of the OpenAPI import; only in the answer to createApiCollection.
        additional_properties: fields the spec does not list, kept as they came.
    """

    id: int

    name: str

    version: str

    url: str

    api_spec_url: str

    created_at: datetime.datetime

    updated_at: datetime.datetime

    project_id: int | str | Unset = UNSET

    message: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["version"] = self.version
        field_dict["url"] = self.url
        field_dict["api_spec_url"] = self.api_spec_url
        created_at = self.created_at.isoformat()
        field_dict["created_at"] = created_at
        updated_at = self.updated_at.isoformat()
        field_dict["updated_at"] = updated_at
        project_id: int | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if self.message is not UNSET:
            field_dict["message"] = self.message
        return field_dict

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
            _v = d["id"]
        except KeyError:
            raise DecodeError("$.id", "required field is missing") from None
        if type(_v) is not int:
            bad_type("$.id", "integer", _v)
        id = _v

        try:
            _v = d["name"]
        except KeyError:
            raise DecodeError("$.name", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.name", "string", _v)
        name = _v

        try:
            _v = d["version"]
        except KeyError:
            raise DecodeError("$.version", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.version", "string", _v)
        version = _v

        try:
            _v = d["url"]
        except KeyError:
            raise DecodeError("$.url", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.url", "string", _v)
        url = _v

        try:
            _v = d["api_spec_url"]
        except KeyError:
            raise DecodeError("$.api_spec_url", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.api_spec_url", "string", _v)
        api_spec_url = _v

        try:
            _v = d["created_at"]
        except KeyError:
            raise DecodeError("$.created_at", "required field is missing") from None
        created_at = parse_datetime(_v, "$.created_at")

        try:
            _v = d["updated_at"]
        except KeyError:
            raise DecodeError("$.updated_at", "required field is missing") from None
        updated_at = parse_datetime(_v, "$.updated_at")

        _v = d.get("project_id", UNSET)
        project_id: int | str | Unset
        if _v is UNSET:
            project_id = UNSET
        else:
            if type(_v) is int:
                if type(_v) is not int:
                    bad_type("$.project_id", "integer", _v)
                project_id = _v

            elif type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.project_id", "string", _v)
                project_id = _v

            else:
                bad_type("$.project_id", "integer or string", _v)

        _v = d.get("message", UNSET)
        message: str | Unset
        if _v is UNSET:
            message = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.message", "string", _v)
            message = _v

        obj = cls(
            id=id,
            name=name,
            version=version,
            url=url,
            api_spec_url=api_spec_url,
            created_at=created_at,
            updated_at=updated_at,
            project_id=project_id,
            message=message,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
