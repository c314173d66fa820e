from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import DecodeError, bad_type
from .._logging import redacted_repr
from ..models.api_client_auth_type import ApiClientAuthType
from ..models.jwt_method import JwtMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiClientRequest")

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "api_collection_ids",
        "auth_type",
        "description",
        "project_id",
        "api_portal_id",
        "email",
        "api_policy_id",
        "jwt_method",
        "jwt_secret",
        "oidc_issuer",
        "oidc_jwks_uri",
        "access_profile_claim",
        "required_claims",
        "allowed_issuers",
        "mtls_enabled",
        "validation_formula",
        "cert_bundle_ids",
    )
)


@_attrs_define
class CreateApiClientRequest:
    """CreateApiClientRequest

    Attributes:
        name (str): Name of the client.
        api_collection_ids (list[int]): IDs of the API collections the client can access.
        auth_type (ApiClientAuthType): How the client's API keys authenticate.
        description (str | Unset): Description of the client.
        project_id (int | str | Unset): The project to associate the client with.
        api_portal_id (int | Unset): API portal the client is invited to. Required when `email` is given.
        email (str | Unset): Email address of the client's portal user. Required when `api_portal_id` is given.
        api_policy_id (int | Unset): ID of the API policy applied to the client.
        jwt_method (JwtMethod | Unset): Signature method of JWTs (auth_type `jwt`).
        jwt_secret (str | Unset): HMAC shared secret or RSA public key. Required when `auth_type` is `jwt`.
        oidc_issuer (str | Unset): OpenID Connect discovery URL (auth_type `oidc`, `oauth2`).
        oidc_jwks_uri (str | Unset): JWKS URL (auth_type `oidc`, `oauth2`), when no discovery URL is given.
        access_profile_claim (str | Unset): JWT claim that identifies the API key (auth_type `jwt`, `oidc`, `oauth2`).
        required_claims (list[str] | Unset): Claims a token must carry.
        allowed_issuers (list[str] | Unset): Issuers accepted in the token's `iss` claim.
        mtls_enabled (bool | Unset): Require mutual TLS of the client.
        validation_formula (str | Unset): Formula that validates the client's mTLS certificate.
        cert_bundle_ids (list[int] | Unset): IDs of the certificate bundles that validate the client's mTLS certificate.
        additional_properties: fields the spec does not list, kept as they came.
    """

    name: str

    api_collection_ids: list[int]

    auth_type: ApiClientAuthType

    description: str | Unset = UNSET

    project_id: int | str | Unset = UNSET

    api_portal_id: int | Unset = UNSET

    email: str | Unset = UNSET

    api_policy_id: int | Unset = UNSET

    jwt_method: JwtMethod | Unset = UNSET

    jwt_secret: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)

    oidc_issuer: str | Unset = UNSET

    oidc_jwks_uri: str | Unset = UNSET

    access_profile_claim: str | Unset = UNSET

    required_claims: list[str] | Unset = UNSET

    allowed_issuers: list[str] | Unset = UNSET

    mtls_enabled: bool | Unset = UNSET

    validation_formula: str | Unset = UNSET

    cert_bundle_ids: list[int] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = self.name
        api_collection_ids = self.api_collection_ids

        field_dict["api_collection_ids"] = api_collection_ids
        auth_type = self.auth_type.value
        field_dict["auth_type"] = auth_type
        if self.description is not UNSET:
            field_dict["description"] = self.description
        project_id: int | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if self.api_portal_id is not UNSET:
            field_dict["api_portal_id"] = self.api_portal_id
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.api_policy_id is not UNSET:
            field_dict["api_policy_id"] = self.api_policy_id
        jwt_method: str | Unset = UNSET
        if not isinstance(self.jwt_method, Unset):
            jwt_method = self.jwt_method.value

        if jwt_method is not UNSET:
            field_dict["jwt_method"] = jwt_method
        if self.jwt_secret is not UNSET:
            field_dict["jwt_secret"] = self.jwt_secret
        if self.oidc_issuer is not UNSET:
            field_dict["oidc_issuer"] = self.oidc_issuer
        if self.oidc_jwks_uri is not UNSET:
            field_dict["oidc_jwks_uri"] = self.oidc_jwks_uri
        if self.access_profile_claim is not UNSET:
            field_dict["access_profile_claim"] = self.access_profile_claim
        required_claims: list[str] | Unset = UNSET
        if not isinstance(self.required_claims, Unset):
            required_claims = self.required_claims

        if required_claims is not UNSET:
            field_dict["required_claims"] = required_claims
        allowed_issuers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_issuers, Unset):
            allowed_issuers = self.allowed_issuers

        if allowed_issuers is not UNSET:
            field_dict["allowed_issuers"] = allowed_issuers
        if self.mtls_enabled is not UNSET:
            field_dict["mtls_enabled"] = self.mtls_enabled
        if self.validation_formula is not UNSET:
            field_dict["validation_formula"] = self.validation_formula
        cert_bundle_ids: list[int] | Unset = UNSET
        if not isinstance(self.cert_bundle_ids, Unset):
            cert_bundle_ids = self.cert_bundle_ids

        if cert_bundle_ids is not UNSET:
            field_dict["cert_bundle_ids"] = cert_bundle_ids
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
            _v = d["name"]
        except KeyError:
            raise DecodeError("$.name", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.name", "string", _v)
        name = _v

        try:
            _v = d["api_collection_ids"]
        except KeyError:
            raise DecodeError("$.api_collection_ids", "required field is missing") from None
        if type(_v) is not list:
            bad_type("$.api_collection_ids", "array", _v)
        api_collection_ids = []
        for _api_collection_ids_item in _v:
            if type(_api_collection_ids_item) is not int:
                bad_type("$.api_collection_ids[]", "integer", _api_collection_ids_item)
            _api_collection_ids_value = _api_collection_ids_item

            api_collection_ids.append(_api_collection_ids_value)

        try:
            _v = d["auth_type"]
        except KeyError:
            raise DecodeError("$.auth_type", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.auth_type", "string", _v)
        auth_type = ApiClientAuthType.parse(_v)

        _v = d.get("description", UNSET)
        description: str | Unset
        if _v is UNSET:
            description = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.description", "string", _v)
            description = _v

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

        _v = d.get("api_portal_id", UNSET)
        api_portal_id: int | Unset
        if _v is UNSET:
            api_portal_id = UNSET
        else:
            if type(_v) is not int:
                bad_type("$.api_portal_id", "integer", _v)
            api_portal_id = _v

        _v = d.get("email", UNSET)
        email: str | Unset
        if _v is UNSET:
            email = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.email", "string", _v)
            email = _v

        _v = d.get("api_policy_id", UNSET)
        api_policy_id: int | Unset
        if _v is UNSET:
            api_policy_id = UNSET
        else:
            if type(_v) is not int:
                bad_type("$.api_policy_id", "integer", _v)
            api_policy_id = _v

        _v = d.get("jwt_method", UNSET)
        jwt_method: JwtMethod | Unset
        if _v is UNSET:
            jwt_method = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.jwt_method", "string", _v)
            jwt_method = JwtMethod.parse(_v)

        _v = d.get("jwt_secret", UNSET)
        jwt_secret: str | Unset
        if _v is UNSET:
            jwt_secret = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.jwt_secret", "string", _v)
            jwt_secret = _v

        _v = d.get("oidc_issuer", UNSET)
        oidc_issuer: str | Unset
        if _v is UNSET:
            oidc_issuer = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.oidc_issuer", "string", _v)
            oidc_issuer = _v

        _v = d.get("oidc_jwks_uri", UNSET)
        oidc_jwks_uri: str | Unset
        if _v is UNSET:
            oidc_jwks_uri = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.oidc_jwks_uri", "string", _v)
            oidc_jwks_uri = _v

        _v = d.get("access_profile_claim", UNSET)
        access_profile_claim: str | Unset
        if _v is UNSET:
            access_profile_claim = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.access_profile_claim", "string", _v)
            access_profile_claim = _v

        _v = d.get("required_claims", UNSET)
        required_claims: list[str] | Unset
        if _v is UNSET:
            required_claims = UNSET
        else:
            if type(_v) is not list:
                bad_type("$.required_claims", "array", _v)
            required_claims = []
            for _required_claims_item in _v:
                if type(_required_claims_item) is not str:
                    bad_type("$.required_claims[]", "string", _required_claims_item)
                _required_claims_value = _required_claims_item

                required_claims.append(_required_claims_value)

        _v = d.get("allowed_issuers", UNSET)
        allowed_issuers: list[str] | Unset
        if _v is UNSET:
            allowed_issuers = UNSET
        else:
            if type(_v) is not list:
                bad_type("$.allowed_issuers", "array", _v)
            allowed_issuers = []
            for _allowed_issuers_item in _v:
                if type(_allowed_issuers_item) is not str:
                    bad_type("$.allowed_issuers[]", "string", _allowed_issuers_item)
                _allowed_issuers_value = _allowed_issuers_item

                allowed_issuers.append(_allowed_issuers_value)

        _v = d.get("mtls_enabled", UNSET)
        mtls_enabled: bool | Unset
        if _v is UNSET:
            mtls_enabled = UNSET
        else:
            if type(_v) is not bool:
                bad_type("$.mtls_enabled", "boolean", _v)
            mtls_enabled = _v

        _v = d.get("validation_formula", UNSET)
        validation_formula: str | Unset
        if _v is UNSET:
            validation_formula = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.validation_formula", "string", _v)
            validation_formula = _v

        _v = d.get("cert_bundle_ids", UNSET)
        cert_bundle_ids: list[int] | Unset
        if _v is UNSET:
            cert_bundle_ids = UNSET
        else:
            if type(_v) is not list:
                bad_type("$.cert_bundle_ids", "array", _v)
            cert_bundle_ids = []
            for _cert_bundle_ids_item in _v:
                if type(_cert_bundle_ids_item) is not int:
                    bad_type("$.cert_bundle_ids[]", "integer", _cert_bundle_ids_item)
                _cert_bundle_ids_value = _cert_bundle_ids_item

                cert_bundle_ids.append(_cert_bundle_ids_value)

        obj = cls(
            name=name,
            api_collection_ids=api_collection_ids,
            auth_type=auth_type,
            description=description,
            project_id=project_id,
            api_portal_id=api_portal_id,
            email=email,
            api_policy_id=api_policy_id,
            jwt_method=jwt_method,
            jwt_secret=jwt_secret,
            oidc_issuer=oidc_issuer,
            oidc_jwks_uri=oidc_jwks_uri,
            access_profile_claim=access_profile_claim,
            required_claims=required_claims,
            allowed_issuers=allowed_issuers,
            mtls_enabled=mtls_enabled,
            validation_formula=validation_formula,
            cert_bundle_ids=cert_bundle_ids,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
