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

T = TypeVar("T", bound="DSData")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "keytag",
        "algorithm",
        "digesttype",
        "digest",
    )
)


@_attrs_define
class DSData:
    """Record data of a DS record.

    Attributes:
        keytag (int):
        algorithm (int): The DNSSEC algorithm number.
        digesttype (int): The digest type number.
        digest (str): The digest, in uppercase hexadecimal.
        additional_properties: fields the spec does not list, kept as they came.
    """

    keytag: int

    algorithm: int

    digesttype: int

    digest: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "keytag": "keytag",
        "algorithm": "algorithm",
        "digesttype": "digesttype",
        "digest": "digest",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "keytag",
            "algorithm",
            "digesttype",
            "digest",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["keytag"] = self.keytag
        field_dict["algorithm"] = self.algorithm
        field_dict["digesttype"] = self.digesttype
        field_dict["digest"] = self.digest
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
            keytag = d["keytag"]
        except KeyError:
            raise DecodeError("$.keytag", "required field is missing") from None
        if type(keytag) is not int:
            keytag = drifted(keytag, "int", "$.keytag", "integer")

        try:
            algorithm = d["algorithm"]
        except KeyError:
            raise DecodeError("$.algorithm", "required field is missing") from None
        if type(algorithm) is not int:
            algorithm = drifted(algorithm, "int", "$.algorithm", "integer")

        try:
            digesttype = d["digesttype"]
        except KeyError:
            raise DecodeError("$.digesttype", "required field is missing") from None
        if type(digesttype) is not int:
            digesttype = drifted(digesttype, "int", "$.digesttype", "integer")

        try:
            digest = d["digest"]
        except KeyError:
            raise DecodeError("$.digest", "required field is missing") from None
        if type(digest) is not str:
            digest = drifted(digest, "str", "$.digest", "string")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.keytag = keytag
        obj.algorithm = algorithm
        obj.digesttype = digesttype
        obj.digest = digest
        if len(d) == 4:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
