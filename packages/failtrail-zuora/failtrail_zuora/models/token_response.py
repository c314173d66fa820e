from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import DecodeError, bad_type
from .._logging import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenResponse")

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
            _v = d["access_token"]
        except KeyError:
            raise DecodeError("$.access_token", "required field is missing") from None
        if type(_v) is not str:
            bad_type("$.access_token", "string", _v)
        access_token = _v

        _v = d.get("token_type", UNSET)
        token_type: str | Unset
        if _v is UNSET:
            token_type = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.token_type", "string", _v)
            token_type = _v

        _v = d.get("expires_in", UNSET)
        expires_in: int | Unset
        if _v is UNSET:
            expires_in = UNSET
        else:
            if type(_v) is not int:
                bad_type("$.expires_in", "integer", _v)
            expires_in = _v

        _v = d.get("scope", UNSET)
        scope: str | Unset
        if _v is UNSET:
            scope = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.scope", "string", _v)
            scope = _v

        _v = d.get("jti", UNSET)
        jti: str | Unset
        if _v is UNSET:
            jti = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.jti", "string", _v)
            jti = _v

        obj = cls(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
            scope=scope,
            jti=jti,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
