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

from ..models.token_request_grant_type import TokenRequestGrantType

T = TypeVar("T", bound="TokenRequest")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "client_id",
        "client_secret",
        "grant_type",
    )
)


@_attrs_define
class TokenRequest:
    """TokenRequest

    Attributes:
        client_id (str):
        client_secret (str):
        grant_type (TokenRequestGrantType):
        additional_properties: fields the spec does not list, kept as they came.
    """

    client_id: str

    client_secret: str = _attrs_field(repr=redacted_repr)

    grant_type: TokenRequestGrantType

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "client_id": "client_id",
        "client_secret": "client_secret",
        "grant_type": "grant_type",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(("client_secret",))
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "client_id",
            "client_secret",
            "grant_type",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["client_id"] = self.client_id
        field_dict["client_secret"] = self.client_secret
        grant_type = self.grant_type.value
        field_dict["grant_type"] = grant_type
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
        try:
            client_id = d["client_id"]
        except KeyError:
            raise DecodeError("$.client_id", "required field is missing") from None
        if type(client_id) is not str:
            client_id = drifted(client_id, "str", "$.client_id", "string")

        try:
            client_secret = d["client_secret"]
        except KeyError:
            raise DecodeError("$.client_secret", "required field is missing") from None
        if type(client_secret) is not str:
            client_secret = drifted(client_secret, "str", "$.client_secret", "string")

        try:
            grant_type = d["grant_type"]
        except KeyError:
            raise DecodeError("$.grant_type", "required field is missing") from None
        if type(grant_type) is not str:
            bad_type("$.grant_type", "string", grant_type)
        grant_type = _TokenRequestGrantType_member(grant_type) or TokenRequestGrantType(grant_type)

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.client_id = client_id
        obj.client_secret = client_secret
        obj.grant_type = grant_type
        if len(d) == 3:  # every key is a known field
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
_TokenRequestGrantType_member = cast(
    "Callable[[Any], TokenRequestGrantType | None]", TokenRequestGrantType._value2member_map_.get
)
