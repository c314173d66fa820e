from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import DecodeError, bad_type, parse_datetime
from .._logging import redacted_repr
from ..models.api_client_auth_type import ApiClientAuthType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_collection_ref import ApiCollectionRef
    from ..models.api_policy_ref import ApiPolicyRef


T = TypeVar("T", bound="ApiClient")

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "active_api_keys_count",
        "total_api_keys_count",
        "updated_at",
        "created_at",
        "is_legacy",
        "auth_type",
        "description",
        "project_id",
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
        active_api_keys_count (int):
        total_api_keys_count (int):
        updated_at (datetime.datetime):
        created_at (datetime.datetime):
        is_legacy (bool): Whether the client was migrated from a v1 client.
        auth_type (ApiClientAuthType): How the client's API keys authenticate.
        description (None | str | Unset):
        project_id (int | None | str | Unset): ID of the project associated with the client, when Workato sends it.
        logo (None | str | Unset): URL of the client's logo.
        logo_2x (None | str | Unset): URL of the client's logo at double resolution.
        email (None | str | Unset): Email address of the client's portal user.
        api_token (None | str | Unset): The client's API token (legacy clients).
        mtls_enabled (bool | None | Unset): Whether mutual TLS is required of the client.
        validation_formula (None | str | Unset): Formula that validates the client's mTLS certificate.
        cert_bundle_ids (list[int] | None | Unset): IDs of the certificate bundles that validate the client's mTLS
            certificate.
        api_policies (list[ApiPolicyRef] | Unset):
        api_collections (list[ApiCollectionRef] | Unset):
        additional_properties: fields the spec does not list, kept as they came.
    """

    id: int

    name: str

    active_api_keys_count: int

    total_api_keys_count: int

    updated_at: datetime.datetime

    created_at: datetime.datetime

    is_legacy: bool

    auth_type: ApiClientAuthType

    description: None | str | Unset = UNSET

    project_id: int | None | str | Unset = UNSET

    logo: None | str | Unset = UNSET

    logo_2x: None | str | Unset = UNSET

    email: None | str | Unset = UNSET

    api_token: None | str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)

    mtls_enabled: bool | None | Unset = UNSET

    validation_formula: None | str | Unset = UNSET

    cert_bundle_ids: list[int] | None | Unset = UNSET

    api_policies: list[ApiPolicyRef] | Unset = UNSET

    api_collections: list[ApiCollectionRef] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["active_api_keys_count"] = self.active_api_keys_count
        field_dict["total_api_keys_count"] = self.total_api_keys_count
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
        api_policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.api_policies, Unset):
            api_policies = []
            for api_policies_item_data in self.api_policies:
                api_policies_item = api_policies_item_data.to_dict()
                api_policies.append(api_policies_item)

        if api_policies is not UNSET:
            field_dict["api_policies"] = api_policies
        api_collections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.api_collections, Unset):
            api_collections = []
            for api_collections_item_data in self.api_collections:
                api_collections_item = api_collections_item_data.to_dict()
                api_collections.append(api_collections_item)

        if api_collections is not UNSET:
            field_dict["api_collections"] = api_collections
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse JSON data, checking every field's type; unknown fields and enum values are kept.

        Raises:
            DecodeError: a field has the wrong type or a required field is missing; its ``path``
                names the field (``$.data[3].latency``).
        """
        from ..models.api_collection_ref import ApiCollectionRef  # noqa: PLC0415
        from ..models.api_policy_ref import ApiPolicyRef  # noqa: PLC0415

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
            _v = d["active_api_keys_count"]
        except KeyError:
            raise DecodeError("$.active_api_keys_count", "required field is missing") from None
        if type(_v) is not int:
            bad_type("$.active_api_keys_count", "integer", _v)
        active_api_keys_count = _v

        try:
            _v = d["total_api_keys_count"]
        except KeyError:
            raise DecodeError("$.total_api_keys_count", "required field is missing") from None
        if type(_v) is not int:
            bad_type("$.total_api_keys_count", "integer", _v)
        total_api_keys_count = _v

        try:
            _v = d["updated_at"]
        except KeyError:
            raise DecodeError("$.updated_at", "required field is missing") from None
        updated_at = parse_datetime(_v, "$.updated_at")

        try:
            _v = d["created_at"]
        except KeyError:
            raise DecodeError("$.created_at", "required field is missing") from None
        created_at = parse_datetime(_v, "$.created_at")

        try:
            _v = d["is_legacy"]
        except KeyError:
            raise DecodeError("$.is_legacy", "required field is missing") from None
        if type(_v) is not bool:
            bad_type("$.is_legacy", "boolean", _v)
        is_legacy = _v

        try:
            _v = d["auth_type"]
        except KeyError:
            raise DecodeError("$.auth_type", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.auth_type", "string", _v)
        auth_type = ApiClientAuthType.parse(_v)

        _v = d.get("description", UNSET)
        description: None | str | Unset
        if _v is UNSET:
            description = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.description", "string", _v)
                description = _v

            elif _v is None:
                description = None
            else:
                bad_type("$.description", "string or null", _v)

        _v = d.get("project_id", UNSET)
        project_id: int | None | str | Unset
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

            elif _v is None:
                project_id = None
            else:
                bad_type("$.project_id", "integer or string or null", _v)

        _v = d.get("logo", UNSET)
        logo: None | str | Unset
        if _v is UNSET:
            logo = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.logo", "string", _v)
                logo = _v

            elif _v is None:
                logo = None
            else:
                bad_type("$.logo", "string or null", _v)

        _v = d.get("logo_2x", UNSET)
        logo_2x: None | str | Unset
        if _v is UNSET:
            logo_2x = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.logo_2x", "string", _v)
                logo_2x = _v

            elif _v is None:
                logo_2x = None
            else:
                bad_type("$.logo_2x", "string or null", _v)

        _v = d.get("email", UNSET)
        email: None | str | Unset
        if _v is UNSET:
            email = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.email", "string", _v)
                email = _v

            elif _v is None:
                email = None
            else:
                bad_type("$.email", "string or null", _v)

        _v = d.get("api_token", UNSET)
        api_token: None | str | Unset
        if _v is UNSET:
            api_token = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.api_token", "string", _v)
                api_token = _v

            elif _v is None:
                api_token = None
            else:
                bad_type("$.api_token", "string or null", _v)

        _v = d.get("mtls_enabled", UNSET)
        mtls_enabled: bool | None | Unset
        if _v is UNSET:
            mtls_enabled = UNSET
        else:
            if type(_v) is bool:
                mtls_enabled = _v
            elif _v is None:
                mtls_enabled = None
            else:
                bad_type("$.mtls_enabled", "boolean or null", _v)

        _v = d.get("validation_formula", UNSET)
        validation_formula: None | str | Unset
        if _v is UNSET:
            validation_formula = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.validation_formula", "string", _v)
                validation_formula = _v

            elif _v is None:
                validation_formula = None
            else:
                bad_type("$.validation_formula", "string or null", _v)

        _v = d.get("cert_bundle_ids", UNSET)
        cert_bundle_ids: list[int] | None | Unset
        if _v is UNSET:
            cert_bundle_ids = UNSET
        else:
            if type(_v) is list:
                if type(_v) is not list:
                    bad_type("$.cert_bundle_ids", "array", _v)
                cert_bundle_ids = []
                for _cert_bundle_ids_item in _v:
                    if type(_cert_bundle_ids_item) is not int:
                        bad_type("$.cert_bundle_ids[]", "integer", _cert_bundle_ids_item)
                    _cert_bundle_ids_value = _cert_bundle_ids_item

                    cert_bundle_ids.append(_cert_bundle_ids_value)

            elif _v is None:
                cert_bundle_ids = None
            else:
                bad_type("$.cert_bundle_ids", "array or null", _v)

        _v = d.get("api_policies", UNSET)
        api_policies: list[ApiPolicyRef] | Unset
        if _v is UNSET:
            api_policies = UNSET
        else:
            if type(_v) is not list:
                bad_type("$.api_policies", "array", _v)
            _api_policies_parse = ApiPolicyRef.from_dict
            _api_policies_i = 0
            try:
                api_policies = []
                for _api_policies_i, _api_policies_item in enumerate(_v):
                    api_policies.append(_api_policies_parse(_api_policies_item))
            except DecodeError as _e:
                raise _e.within(f"$.api_policies[{_api_policies_i}]") from None

        _v = d.get("api_collections", UNSET)
        api_collections: list[ApiCollectionRef] | Unset
        if _v is UNSET:
            api_collections = UNSET
        else:
            if type(_v) is not list:
                bad_type("$.api_collections", "array", _v)
            _api_collections_parse = ApiCollectionRef.from_dict
            _api_collections_i = 0
            try:
                api_collections = []
                for _api_collections_i, _api_collections_item in enumerate(_v):
                    api_collections.append(_api_collections_parse(_api_collections_item))
            except DecodeError as _e:
                raise _e.within(f"$.api_collections[{_api_collections_i}]") from None

        obj = cls(
            id=id,
            name=name,
            active_api_keys_count=active_api_keys_count,
            total_api_keys_count=total_api_keys_count,
            updated_at=updated_at,
            created_at=created_at,
            is_legacy=is_legacy,
            auth_type=auth_type,
            description=description,
            project_id=project_id,
            logo=logo,
            logo_2x=logo_2x,
            email=email,
            api_token=api_token,
            mtls_enabled=mtls_enabled,
            validation_formula=validation_formula,
            cert_bundle_ids=cert_bundle_ids,
            api_policies=api_policies,
            api_collections=api_collections,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
