from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    bad_type,
    drifted,
    redact_secrets,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiVolumeSummaryRecord")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "api",
        "path",
        "httpMethod",
        "error",
        "success",
        "total",
    )
)


@_attrs_define
class ApiVolumeSummaryRecord:
    """Counts of the API requests of one API path and HTTP method within the time range. zuora-sdk
    names the path `api`; Zuora's published response sample names it `path`: either may come.

        Attributes:
            api (str | Unset): The API path name (zuora-sdk's name for the field).
            path (str | Unset): The API path name (the name in Zuora's response sample), e.g. /query/jobs/{job-id}.
            http_method (str | Unset): The HTTP method.
            error (int | Unset): The count of failed API requests of this path and method.
            success (int | Unset): The count of successful API requests of this path and method.
            total (int | Unset): The count of all API requests of this path and method.
            additional_properties: fields the spec does not list, kept as they came.
    """

    api: str | Unset = UNSET

    path: str | Unset = UNSET

    http_method: str | Unset = UNSET

    error: int | Unset = UNSET

    success: int | Unset = UNSET

    total: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "api": "api",
        "path": "path",
        "httpMethod": "http_method",
        "error": "error",
        "success": "success",
        "total": "total",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.api is not UNSET:
            field_dict["api"] = self.api
        if self.path is not UNSET:
            field_dict["path"] = self.path
        if self.http_method is not UNSET:
            field_dict["httpMethod"] = self.http_method
        if self.error is not UNSET:
            field_dict["error"] = self.error
        if self.success is not UNSET:
            field_dict["success"] = self.success
        if self.total is not UNSET:
            field_dict["total"] = self.total
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
        api = d.get("api", UNSET)
        if type(api) is not str:
            if api is UNSET:
                _missing += 1
            else:
                api = drifted(api, "str", "$.api", "string")

        path = d.get("path", UNSET)
        if type(path) is not str:
            if path is UNSET:
                _missing += 1
            else:
                path = drifted(path, "str", "$.path", "string")

        http_method = d.get("httpMethod", UNSET)
        if type(http_method) is not str:
            if http_method is UNSET:
                _missing += 1
            else:
                http_method = drifted(http_method, "str", "$.httpMethod", "string")

        error = d.get("error", UNSET)
        if type(error) is not int:
            if error is UNSET:
                _missing += 1
            else:
                error = drifted(error, "int", "$.error", "integer")

        success = d.get("success", UNSET)
        if type(success) is not int:
            if success is UNSET:
                _missing += 1
            else:
                success = drifted(success, "int", "$.success", "integer")

        total = d.get("total", UNSET)
        if type(total) is not int:
            if total is UNSET:
                _missing += 1
            else:
                total = drifted(total, "int", "$.total", "integer")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.api = api
        obj.path = path
        obj.http_method = http_method
        obj.error = error
        obj.success = success
        obj.total = total
        if len(d) == 6 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
