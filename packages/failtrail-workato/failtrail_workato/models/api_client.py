from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    DecodeError,
    bad_datetime,
    bad_type,
    drifted,
    from_isoformat,
    redact_secrets,
    redacted_repr,
)

from ..models.api_client_auth_type import ApiClientAuthType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiClient")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "updated_at",
        "created_at",
        "is_legacy",
        "auth_type",
        "description",
        "project_id",
        "active_api_keys_count",
        "total_api_keys_count",
        "logo",
        "logo_2x",
        "email",
        "api_token",
        "mtls_enabled",
        "validation_formula",
        "cert_bundle_ids",
        "api_policies",
        "api_collections",
    )
)


@_attrs_define
class ApiClient:
    """An API client (v2).

    Attributes:
        id (int):
        name (str):
        updated_at (datetime.datetime):
        created_at (datetime.datetime):
        is_legacy (bool): Whether the client was migrated from a v1 client.
        auth_type (ApiClientAuthType): How the client's API keys authenticate. Mutual TLS is not an auth type but the
            `mtls_enabled` flag.
        description (None | str | Unset):
        project_id (int | None | str | Unset): ID of the project associated with the client, when Workato sends it.
        active_api_keys_count (int | None | Unset):
        total_api_keys_count (int | None | Unset):
        logo (None | str | Unset): URL of the client's logo.
        logo_2x (None | str | Unset): URL of the client's logo at double resolution.
        email (None | str | Unset): Email address of the client's portal user.
        api_token (None | str | Unset): The client's API token (legacy clients).
        mtls_enabled (bool | None | Unset): Whether mutual TLS is required of the client.
        validation_formula (None | str | Unset): Formula that validates the client's mTLS certificate.
        cert_bundle_ids (list[int] | None | Unset): IDs of the certificate bundles that validate the client's mTLS
            certificate.
        api_policies (list[ApiPolicyRef] | None | Unset): API policies applied to the client (null when none).
        api_collections (list[ApiCollectionRef] | None | Unset): API collections the client can access (null when none).
        additional_properties: fields the spec does not list, kept as they came.
    """

    id: int

    name: str

    updated_at: datetime.datetime

    created_at: datetime.datetime

    is_legacy: bool

    auth_type: ApiClientAuthType

    description: None | str | Unset = UNSET

    project_id: int | None | str | Unset = UNSET

    active_api_keys_count: int | None | Unset = UNSET

    total_api_keys_count: int | None | Unset = UNSET

    logo: None | str | Unset = UNSET

    logo_2x: None | str | Unset = UNSET

    email: None | str | Unset = UNSET

    api_token: None | str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)

    mtls_enabled: bool | None | Unset = UNSET

    validation_formula: None | str | Unset = UNSET

    cert_bundle_ids: list[int] | None | Unset = UNSET

    api_policies: list[ApiPolicyRef] | None | Unset = UNSET

    api_collections: list[ApiCollectionRef] | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "updated_at": "updated_at",
        "created_at": "created_at",
        "is_legacy": "is_legacy",
        "auth_type": "auth_type",
        "description": "description",
        "project_id": "project_id",
        "active_api_keys_count": "active_api_keys_count",
        "total_api_keys_count": "total_api_keys_count",
        "logo": "logo",
        "logo_2x": "logo_2x",
        "email": "email",
        "api_token": "api_token",
        "mtls_enabled": "mtls_enabled",
        "validation_formula": "validation_formula",
        "cert_bundle_ids": "cert_bundle_ids",
        "api_policies": "api_policies",
        "api_collections": "api_collections",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(("api_token",))
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
            "updated_at",
            "created_at",
            "is_legacy",
            "auth_type",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        updated_at = self.updated_at.isoformat()
        field_dict["updated_at"] = updated_at
        created_at = self.created_at.isoformat()
        field_dict["created_at"] = created_at
        field_dict["is_legacy"] = self.is_legacy
        auth_type = self.auth_type.value
        field_dict["auth_type"] = auth_type
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description
        if description is not UNSET:
            field_dict["description"] = description
        project_id: int | None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        active_api_keys_count: int | None | Unset
        if isinstance(self.active_api_keys_count, Unset):
            active_api_keys_count = UNSET
        else:
            active_api_keys_count = self.active_api_keys_count
        if active_api_keys_count is not UNSET:
            field_dict["active_api_keys_count"] = active_api_keys_count
        total_api_keys_count: int | None | Unset
        if isinstance(self.total_api_keys_count, Unset):
            total_api_keys_count = UNSET
        else:
            total_api_keys_count = self.total_api_keys_count
        if total_api_keys_count is not UNSET:
            field_dict["total_api_keys_count"] = total_api_keys_count
        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo
        if logo is not UNSET:
            field_dict["logo"] = logo
        logo_2x: None | str | Unset
        if isinstance(self.logo_2x, Unset):
            logo_2x = UNSET
        else:
            logo_2x = self.logo_2x
        if logo_2x is not UNSET:
            field_dict["logo_2x"] = logo_2x
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        api_token: None | str | Unset
        if isinstance(self.api_token, Unset):
            api_token = UNSET
        else:
            api_token = self.api_token
        if api_token is not UNSET:
            field_dict["api_token"] = api_token
        mtls_enabled: bool | None | Unset
        if isinstance(self.mtls_enabled, Unset):
            mtls_enabled = UNSET
        else:
            mtls_enabled = self.mtls_enabled
        if mtls_enabled is not UNSET:
            field_dict["mtls_enabled"] = mtls_enabled
        validation_formula: None | str | Unset
        if isinstance(self.validation_formula, Unset):
            validation_formula = UNSET
        else:
            validation_formula = self.validation_formula
        if validation_formula is not UNSET:
            field_dict["validation_formula"] = validation_formula
        cert_bundle_ids: list[int] | None | Unset
        if isinstance(self.cert_bundle_ids, Unset):
            cert_bundle_ids = UNSET
        elif isinstance(self.cert_bundle_ids, list):
            cert_bundle_ids = self.cert_bundle_ids

        else:
            cert_bundle_ids = self.cert_bundle_ids
        if cert_bundle_ids is not UNSET:
            field_dict["cert_bundle_ids"] = cert_bundle_ids
        api_policies: list[dict[str, Any]] | None | Unset
        if isinstance(self.api_policies, Unset):
            api_policies = UNSET
        elif isinstance(self.api_policies, list):
            api_policies = []
            for api_policies_type_0_item_data in self.api_policies:
                api_policies_type_0_item = api_policies_type_0_item_data.to_dict()
                api_policies.append(api_policies_type_0_item)

        else:
            api_policies = self.api_policies
        if api_policies is not UNSET:
            field_dict["api_policies"] = api_policies
        api_collections: list[dict[str, Any]] | None | Unset
        if isinstance(self.api_collections, Unset):
            api_collections = UNSET
        elif isinstance(self.api_collections, list):
            api_collections = []
            for api_collections_type_0_item_data in self.api_collections:
                api_collections_type_0_item = api_collections_type_0_item_data.to_dict()
                api_collections.append(api_collections_type_0_item)

        else:
            api_collections = self.api_collections
        if api_collections is not UNSET:
            field_dict["api_collections"] = api_collections
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
            updated_at = d["updated_at"]
        except KeyError:
            raise DecodeError("$.updated_at", "required field is missing") from None
        try:
            updated_at = from_isoformat(updated_at)
        except (TypeError, ValueError):
            bad_datetime(updated_at, "$.updated_at")
        if updated_at.tzinfo is None:
            bad_datetime(updated_at, "$.updated_at")

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
            is_legacy = d["is_legacy"]
        except KeyError:
            raise DecodeError("$.is_legacy", "required field is missing") from None
        if type(is_legacy) is not bool:
            bad_type("$.is_legacy", "boolean", is_legacy)

        try:
            auth_type = d["auth_type"]
        except KeyError:
            raise DecodeError("$.auth_type", "required field is missing") from None
        if type(auth_type) is not str:
            bad_type("$.auth_type", "string", auth_type)
        auth_type = _ApiClientAuthType_member(auth_type) or ApiClientAuthType(auth_type)

        description = d.get("description", UNSET)
        if type(description) is not str and description is not None:
            if description is UNSET:
                _missing += 1
            else:
                description = drifted(description, "str", "$.description", "string or null")

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

        active_api_keys_count = d.get("active_api_keys_count", UNSET)
        if type(active_api_keys_count) is not int and active_api_keys_count is not None:
            if active_api_keys_count is UNSET:
                _missing += 1
            else:
                active_api_keys_count = drifted(
                    active_api_keys_count, "int", "$.active_api_keys_count", "integer or null"
                )

        total_api_keys_count = d.get("total_api_keys_count", UNSET)
        if type(total_api_keys_count) is not int and total_api_keys_count is not None:
            if total_api_keys_count is UNSET:
                _missing += 1
            else:
                total_api_keys_count = drifted(total_api_keys_count, "int", "$.total_api_keys_count", "integer or null")

        logo = d.get("logo", UNSET)
        if type(logo) is not str and logo is not None:
            if logo is UNSET:
                _missing += 1
            else:
                logo = drifted(logo, "str", "$.logo", "string or null")

        logo_2x = d.get("logo_2x", UNSET)
        if type(logo_2x) is not str and logo_2x is not None:
            if logo_2x is UNSET:
                _missing += 1
            else:
                logo_2x = drifted(logo_2x, "str", "$.logo_2x", "string or null")

        email = d.get("email", UNSET)
        if type(email) is not str and email is not None:
            if email is UNSET:
                _missing += 1
            else:
                email = drifted(email, "str", "$.email", "string or null")

        api_token = d.get("api_token", UNSET)
        if type(api_token) is not str and api_token is not None:
            if api_token is UNSET:
                _missing += 1
            else:
                api_token = drifted(api_token, "str", "$.api_token", "string or null")

        mtls_enabled = d.get("mtls_enabled", UNSET)
        if type(mtls_enabled) is not bool and mtls_enabled is not None:
            if mtls_enabled is UNSET:
                _missing += 1
            else:
                mtls_enabled = drifted(mtls_enabled, "bool", "$.mtls_enabled", "boolean or null")

        validation_formula = d.get("validation_formula", UNSET)
        if type(validation_formula) is not str and validation_formula is not None:
            if validation_formula is UNSET:
                _missing += 1
            else:
                validation_formula = drifted(validation_formula, "str", "$.validation_formula", "string or null")

        cert_bundle_ids = d.get("cert_bundle_ids", UNSET)
        if cert_bundle_ids is UNSET:
            _missing += 1
        else:
            if type(cert_bundle_ids) is list:
                if type(cert_bundle_ids) is not list:
                    bad_type("$.cert_bundle_ids", "array", cert_bundle_ids)
                for _cert_bundle_ids_i, _cert_bundle_ids_item in enumerate(cert_bundle_ids):
                    if type(_cert_bundle_ids_item) is not int:
                        bad_type(f"$.cert_bundle_ids[{_cert_bundle_ids_i}]", "integer", _cert_bundle_ids_item)
                cert_bundle_ids = list(cert_bundle_ids)

            elif cert_bundle_ids is None:
                pass
            else:
                bad_type("$.cert_bundle_ids", "array or null", cert_bundle_ids)

        api_policies = d.get("api_policies", UNSET)
        if api_policies is UNSET:
            _missing += 1
        else:
            if type(api_policies) is list:
                if type(api_policies) is not list:
                    bad_type("$.api_policies", "array", api_policies)
                _api_policies_list = []
                try:
                    for _api_policies_item in api_policies:
                        _api_policies_list.append(_ApiPolicyRef_from_dict(_api_policies_item))
                except DecodeError as _e:
                    raise _e.within(f"$.api_policies[{len(_api_policies_list)}]") from None
                api_policies = _api_policies_list

            elif api_policies is None:
                pass
            else:
                bad_type("$.api_policies", "array or null", api_policies)

        api_collections = d.get("api_collections", UNSET)
        if api_collections is UNSET:
            _missing += 1
        else:
            if type(api_collections) is list:
                if type(api_collections) is not list:
                    bad_type("$.api_collections", "array", api_collections)
                _api_collections_list = []
                try:
                    for _api_collections_item in api_collections:
                        _api_collections_list.append(_ApiCollectionRef_from_dict(_api_collections_item))
                except DecodeError as _e:
                    raise _e.within(f"$.api_collections[{len(_api_collections_list)}]") from None
                api_collections = _api_collections_list

            elif api_collections is None:
                pass
            else:
                bad_type("$.api_collections", "array or null", api_collections)

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.id = id
        obj.name = name
        obj.updated_at = updated_at
        obj.created_at = created_at
        obj.is_legacy = is_legacy
        obj.auth_type = auth_type
        obj.description = description
        obj.project_id = project_id
        obj.active_api_keys_count = active_api_keys_count
        obj.total_api_keys_count = total_api_keys_count
        obj.logo = logo
        obj.logo_2x = logo_2x
        obj.email = email
        obj.api_token = api_token
        obj.mtls_enabled = mtls_enabled
        obj.validation_formula = validation_formula
        obj.cert_bundle_ids = cert_bundle_ids
        obj.api_policies = api_policies
        obj.api_collections = api_collections
        if len(d) == 19 - _missing:  # every key is a known field
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
from ..models.api_collection_ref import ApiCollectionRef  # noqa: E402
from ..models.api_policy_ref import ApiPolicyRef  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_ApiClientAuthType_member = cast("Callable[[Any], ApiClientAuthType | None]", ApiClientAuthType._value2member_map_.get)
_ApiCollectionRef_from_dict = ApiCollectionRef.from_dict
_ApiPolicyRef_from_dict = ApiPolicyRef.from_dict
