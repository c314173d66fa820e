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

T = TypeVar("T", bound="CreateApiCollectionRequest")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "project_id",
        "proxy_connection_id",
        "openapi_spec",
    )
)


@_attrs_define
class CreateApiCollectionRequest:
    """CreateApiCollectionRequest

    Attributes:
        name (str): Name of the collection.
        project_id (str | Unset): The project to create the collection in, as a numeric string (Workato refuses a JSON
            number here: "Must be a String").
        proxy_connection_id (int | Unset): The connection through which an API proxy collection forwards requests (proxy
            mode).
        openapi_spec (OpenApiSpec | Unset): An OpenAPI document from which an API proxy collection's endpoints are
            created.
        additional_properties: fields the spec does not list, kept as they came.
    """

    name: str

    project_id: str | Unset = UNSET

    proxy_connection_id: int | Unset = UNSET

    openapi_spec: OpenApiSpec | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "project_id": "project_id",
        "proxy_connection_id": "proxy_connection_id",
        "openapi_spec": "openapi_spec",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("name",))

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        if self.project_id is not UNSET:
            field_dict["project_id"] = self.project_id
        if self.proxy_connection_id is not UNSET:
            field_dict["proxy_connection_id"] = self.proxy_connection_id
        openapi_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openapi_spec, Unset):
            openapi_spec = self.openapi_spec.to_dict()
        if openapi_spec is not UNSET:
            field_dict["openapi_spec"] = openapi_spec
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
            name = d["name"]
        except KeyError:
            raise DecodeError("$.name", "required field is missing") from None
        if type(name) is not str:
            name = drifted(name, "str", "$.name", "string")

        project_id = d.get("project_id", UNSET)
        if type(project_id) is not str:
            if project_id is UNSET:
                _missing += 1
            else:
                project_id = drifted(project_id, "str", "$.project_id", "string")

        proxy_connection_id = d.get("proxy_connection_id", UNSET)
        if type(proxy_connection_id) is not int:
            if proxy_connection_id is UNSET:
                _missing += 1
            else:
                proxy_connection_id = drifted(proxy_connection_id, "int", "$.proxy_connection_id", "integer")

        openapi_spec = d.get("openapi_spec", UNSET)
        if openapi_spec is UNSET:
            _missing += 1
        else:
            try:
                openapi_spec = _OpenApiSpec_from_dict(openapi_spec)
            except DecodeError as _e:
                raise _e.within("$.openapi_spec") from None

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.name = name
        obj.project_id = project_id
        obj.proxy_connection_id = proxy_connection_id
        obj.openapi_spec = openapi_spec
        if len(d) == 4 - _missing:  # every key is a known field
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
from ..models.open_api_spec import OpenApiSpec  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_OpenApiSpec_from_dict = OpenApiSpec.from_dict
