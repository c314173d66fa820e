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

T = TypeVar("T", bound="ApiCollection")

_new_instance = object.__new__

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
        "import_results",
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
        project_id (int | None | str | Unset): ID of the project the collection belongs to: a numeric string in
            Workato's samples, a number or null in live answers (null or absent when the collection has no project).
        message (str | Unset): Result of the OpenAPI import; only in the answer to create_api_collection.
        import_results (ImportResults | Unset): What an OpenAPI import created; only in the answer to
            create_api_collection.
        additional_properties: fields the spec does not list, kept as they came.
    """

    id: int

    name: str

    version: str

    url: str

    api_spec_url: str

    created_at: datetime.datetime

    updated_at: datetime.datetime

    project_id: int | None | str | Unset = UNSET

    message: str | Unset = UNSET

    import_results: ImportResults | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "version": "version",
        "url": "url",
        "api_spec_url": "api_spec_url",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "project_id": "project_id",
        "message": "message",
        "import_results": "import_results",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
            "version",
            "url",
            "api_spec_url",
            "created_at",
            "updated_at",
        )
    )

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
        project_id: int | None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if self.message is not UNSET:
            field_dict["message"] = self.message
        import_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.import_results, Unset):
            import_results = self.import_results.to_dict()
        if import_results is not UNSET:
            field_dict["import_results"] = import_results
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
            name = d["name"]
        except KeyError:
            raise DecodeError("$.name", "required field is missing") from None
        if type(name) is not str:
            name = drifted(name, "str", "$.name", "string")

        try:
            version = d["version"]
        except KeyError:
            raise DecodeError("$.version", "required field is missing") from None
        if type(version) is not str:
            version = drifted(version, "str", "$.version", "string")

        try:
            url = d["url"]
        except KeyError:
            raise DecodeError("$.url", "required field is missing") from None
        if type(url) is not str:
            url = drifted(url, "str", "$.url", "string")

        try:
            api_spec_url = d["api_spec_url"]
        except KeyError:
            raise DecodeError("$.api_spec_url", "required field is missing") from None
        if type(api_spec_url) is not str:
            api_spec_url = drifted(api_spec_url, "str", "$.api_spec_url", "string")

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

        project_id = d.get("project_id", UNSET)
        if project_id is UNSET:
            _missing += 1
        else:
            if type(project_id) is int:
                if type(project_id) is not int:
                    project_id = drifted(project_id, "int", "$.project_id", "integer")

            elif type(project_id) is str:
                if type(project_id) is not str:
                    project_id = drifted(project_id, "str", "$.project_id", "string")

            elif project_id is None:
                pass
            else:
                bad_type("$.project_id", "integer or string or null", project_id)

        message = d.get("message", UNSET)
        if type(message) is not str:
            if message is UNSET:
                _missing += 1
            else:
                message = drifted(message, "str", "$.message", "string")

        import_results = d.get("import_results", UNSET)
        if import_results is UNSET:
            _missing += 1
        else:
            try:
                import_results = _ImportResults_from_dict(import_results)
            except DecodeError as _e:
                raise _e.within("$.import_results") from None

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.id = id
        obj.name = name
        obj.version = version
        obj.url = url
        obj.api_spec_url = api_spec_url
        obj.created_at = created_at
        obj.updated_at = updated_at
        obj.project_id = project_id
        obj.message = message
        obj.import_results = import_results
        if len(d) == 10 - _missing:  # every key is a known field
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
from ..models.import_results import ImportResults  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_ImportResults_from_dict = ImportResults.from_dict
