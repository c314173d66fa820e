from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    DecodeError,
    bad_type,
    drifted,
    redact_secrets,
    redacted_repr,
)

from ..models.api_client_auth_type import ApiClientAuthType
from ..models.jwt_method import JwtMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiClientRequest")

_new_instance = object.__new__

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
        auth_type (ApiClientAuthType): How the client's API keys authenticate. Mutual TLS is not an auth type but the
            `mtls_enabled` flag.
        description (str | Unset): Description of the client.
        project_id (int | Unset): ID of the project to create the client in.
        api_portal_id (int | Unset): API portal the client is invited to.
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

    project_id: int | Unset = UNSET

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
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "api_collection_ids": "api_collection_ids",
        "auth_type": "auth_type",
        "description": "description",
        "project_id": "project_id",
        "api_portal_id": "api_portal_id",
        "email": "email",
        "api_policy_id": "api_policy_id",
        "jwt_method": "jwt_method",
        "jwt_secret": "jwt_secret",
        "oidc_issuer": "oidc_issuer",
        "oidc_jwks_uri": "oidc_jwks_uri",
        "access_profile_claim": "access_profile_claim",
        "required_claims": "required_claims",
        "allowed_issuers": "allowed_issuers",
        "mtls_enabled": "mtls_enabled",
        "validation_formula": "validation_formula",
        "cert_bundle_ids": "cert_bundle_ids",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(("jwt_secret",))
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "api_collection_ids",
            "auth_type",
        )
    )

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
        if self.project_id is not UNSET:
            field_dict["project_id"] = self.project_id
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

        try:
            api_collection_ids = d["api_collection_ids"]
        except KeyError:
            raise DecodeError("$.api_collection_ids", "required field is missing") from None
        if type(api_collection_ids) is not list:
            bad_type("$.api_collection_ids", "array", api_collection_ids)
        for _api_collection_ids_i, _api_collection_ids_item in enumerate(api_collection_ids):
            if type(_api_collection_ids_item) is not int:
                bad_type(f"$.api_collection_ids[{_api_collection_ids_i}]", "integer", _api_collection_ids_item)
        api_collection_ids = list(api_collection_ids)

        try:
            auth_type = d["auth_type"]
        except KeyError:
            raise DecodeError("$.auth_type", "required field is missing") from None
        if type(auth_type) is not str:
            bad_type("$.auth_type", "string", auth_type)
        auth_type = _ApiClientAuthType_member(auth_type) or ApiClientAuthType(auth_type)

        description = d.get("description", UNSET)
        if type(description) is not str:
            if description is UNSET:
                _missing += 1
            else:
                description = drifted(description, "str", "$.description", "string")

        project_id = d.get("project_id", UNSET)
        if type(project_id) is not int:
            if project_id is UNSET:
                _missing += 1
            else:
                project_id = drifted(project_id, "int", "$.project_id", "integer")

        api_portal_id = d.get("api_portal_id", UNSET)
        if type(api_portal_id) is not int:
            if api_portal_id is UNSET:
                _missing += 1
            else:
                api_portal_id = drifted(api_portal_id, "int", "$.api_portal_id", "integer")

        email = d.get("email", UNSET)
        if type(email) is not str:
            if email is UNSET:
                _missing += 1
            else:
                email = drifted(email, "str", "$.email", "string")

        api_policy_id = d.get("api_policy_id", UNSET)
        if type(api_policy_id) is not int:
            if api_policy_id is UNSET:
                _missing += 1
            else:
                api_policy_id = drifted(api_policy_id, "int", "$.api_policy_id", "integer")

        jwt_method = d.get("jwt_method", UNSET)
        if jwt_method is UNSET:
            _missing += 1
        else:
            if type(jwt_method) is not str:
                bad_type("$.jwt_method", "string", jwt_method)
            jwt_method = _JwtMethod_member(jwt_method) or JwtMethod(jwt_method)

        jwt_secret = d.get("jwt_secret", UNSET)
        if type(jwt_secret) is not str:
            if jwt_secret is UNSET:
                _missing += 1
            else:
                jwt_secret = drifted(jwt_secret, "str", "$.jwt_secret", "string")

        oidc_issuer = d.get("oidc_issuer", UNSET)
        if type(oidc_issuer) is not str:
            if oidc_issuer is UNSET:
                _missing += 1
            else:
                oidc_issuer = drifted(oidc_issuer, "str", "$.oidc_issuer", "string")

        oidc_jwks_uri = d.get("oidc_jwks_uri", UNSET)
        if type(oidc_jwks_uri) is not str:
            if oidc_jwks_uri is UNSET:
                _missing += 1
            else:
                oidc_jwks_uri = drifted(oidc_jwks_uri, "str", "$.oidc_jwks_uri", "string")

        access_profile_claim = d.get("access_profile_claim", UNSET)
        if type(access_profile_claim) is not str:
            if access_profile_claim is UNSET:
                _missing += 1
            else:
                access_profile_claim = drifted(access_profile_claim, "str", "$.access_profile_claim", "string")

        required_claims = d.get("required_claims", UNSET)
        if required_claims is UNSET:
            _missing += 1
        else:
            if type(required_claims) is not list:
                bad_type("$.required_claims", "array", required_claims)
            for _required_claims_i, _required_claims_item in enumerate(required_claims):
                if type(_required_claims_item) is not str:
                    bad_type(f"$.required_claims[{_required_claims_i}]", "string", _required_claims_item)
            required_claims = list(required_claims)

        allowed_issuers = d.get("allowed_issuers", UNSET)
        if allowed_issuers is UNSET:
            _missing += 1
        else:
            if type(allowed_issuers) is not list:
                bad_type("$.allowed_issuers", "array", allowed_issuers)
            for _allowed_issuers_i, _allowed_issuers_item in enumerate(allowed_issuers):
                if type(_allowed_issuers_item) is not str:
                    bad_type(f"$.allowed_issuers[{_allowed_issuers_i}]", "string", _allowed_issuers_item)
            allowed_issuers = list(allowed_issuers)

        mtls_enabled = d.get("mtls_enabled", UNSET)
        if type(mtls_enabled) is not bool:
            if mtls_enabled is UNSET:
                _missing += 1
            else:
                mtls_enabled = drifted(mtls_enabled, "bool", "$.mtls_enabled", "boolean")

        validation_formula = d.get("validation_formula", UNSET)
        if type(validation_formula) is not str:
            if validation_formula is UNSET:
                _missing += 1
            else:
                validation_formula = drifted(validation_formula, "str", "$.validation_formula", "string")

        cert_bundle_ids = d.get("cert_bundle_ids", UNSET)
        if cert_bundle_ids is UNSET:
            _missing += 1
        else:
            if type(cert_bundle_ids) is not list:
                bad_type("$.cert_bundle_ids", "array", cert_bundle_ids)
            for _cert_bundle_ids_i, _cert_bundle_ids_item in enumerate(cert_bundle_ids):
                if type(_cert_bundle_ids_item) is not int:
                    bad_type(f"$.cert_bundle_ids[{_cert_bundle_ids_i}]", "integer", _cert_bundle_ids_item)
            cert_bundle_ids = list(cert_bundle_ids)

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.name = name
        obj.api_collection_ids = api_collection_ids
        obj.auth_type = auth_type
        obj.description = description
        obj.project_id = project_id
        obj.api_portal_id = api_portal_id
        obj.email = email
        obj.api_policy_id = api_policy_id
        obj.jwt_method = jwt_method
        obj.jwt_secret = jwt_secret
        obj.oidc_issuer = oidc_issuer
        obj.oidc_jwks_uri = oidc_jwks_uri
        obj.access_profile_claim = access_profile_claim
        obj.required_claims = required_claims
        obj.allowed_issuers = allowed_issuers
        obj.mtls_enabled = mtls_enabled
        obj.validation_formula = validation_formula
        obj.cert_bundle_ids = cert_bundle_ids
        if len(d) == 18 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_ApiClientAuthType_member = cast("Callable[[Any], ApiClientAuthType | None]", ApiClientAuthType._value2member_map_.get)
_JwtMethod_member = cast("Callable[[Any], JwtMethod | None]", JwtMethod._value2member_map_.get)
