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
    redacted_repr,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenResponse")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "access_token",
        "token_type",
        "expires_in",
        "scope",
        "jti",
    )
)


@_attrs_define
class TokenResponse:
    """TokenResponse

    Attributes:
        access_token (str):
        token_type (str | Unset):
        expires_in (int | Unset):
        scope (str | Unset):
        jti (str | Unset):
        additional_properties: fields the spec does not list, kept as they came.
    """

    access_token: str = _attrs_field(repr=redacted_repr)

    token_type: str | Unset = UNSET

    expires_in: int | Unset = UNSET

    scope: str | Unset = UNSET

    jti: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "access_token": "access_token",
        "token_type": "token_type",
        "expires_in": "expires_in",
        "scope": "scope",
        "jti": "jti",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(("access_token",))
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("access_token",))

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["access_token"] = self.access_token
        if self.token_type is not UNSET:
            field_dict["token_type"] = self.token_type
        if self.expires_in is not UNSET:
            field_dict["expires_in"] = self.expires_in
        if self.scope is not UNSET:
            field_dict["scope"] = self.scope
        if self.jti is not UNSET:
            field_dict["jti"] = self.jti
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
            access_token = d["access_token"]
        except KeyError:
            raise DecodeError("$.access_token", "required field is missing") from None
        if type(access_token) is not str:
            access_token = drifted(access_token, "str", "$.access_token", "string")

        token_type = d.get("token_type", UNSET)
        if type(token_type) is not str:
            if token_type is UNSET:
                _missing += 1
            else:
                token_type = drifted(token_type, "str", "$.token_type", "string")

        expires_in = d.get("expires_in", UNSET)
        if type(expires_in) is not int:
            if expires_in is UNSET:
                _missing += 1
            else:
                expires_in = drifted(expires_in, "int", "$.expires_in", "integer")

        scope = d.get("scope", UNSET)
        if type(scope) is not str:
            if scope is UNSET:
                _missing += 1
            else:
                scope = drifted(scope, "str", "$.scope", "string")

        jti = d.get("jti", UNSET)
        if type(jti) is not str:
            if jti is UNSET:
                _missing += 1
            else:
                jti = drifted(jti, "str", "$.jti", "string")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.access_token = access_token
        obj.token_type = token_type
        obj.expires_in = expires_in
        obj.scope = scope
        obj.jti = jti
        if len(d) == 5 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
