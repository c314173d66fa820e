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

T = TypeVar("T", bound="RpcStatus")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "code",
        "message",
        "details",
    )
)


@_attrs_define
class RpcStatus:
    """A gRPC status (`google.rpc.Status`) as JSON, ZITADEL's error body.

    Attributes:
        code (int): The gRPC status code, never 0 on an error (e.g. 3 INVALID_ARGUMENT, 5 NOT_FOUND, 7
            PERMISSION_DENIED, 8 RESOURCE_EXHAUSTED, 16 UNAUTHENTICATED).
        message (str | Unset): Developer-facing error message.
        details (list[ProtobufAny] | Unset): Details of the error; left out when there are none (e.g. `auth header
            missing`, request validation, path type mismatch). ZITADEL's own errors carry one `zitadel.v1.ErrorDetail`
            (`id`, `message`) or `zitadel.error.v2.ErrorDetail` (`slug`, `message`, `details`).
        additional_properties: fields the spec does not list, kept as they came.
    """

    code: int

    message: str | Unset = UNSET

    details: list[ProtobufAny] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "code": "code",
        "message": "message",
        "details": "details",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("code",))
    # Where an error body of this shape says what went wrong (the spec's x-failtrail-error-message).
    _error_message_at: ClassVar[tuple[str, ...]] = ("/message",)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["code"] = self.code
        if self.message is not UNSET:
            field_dict["message"] = self.message
        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        if details is not UNSET:
            field_dict["details"] = details
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
            code = d["code"]
        except KeyError:
            raise DecodeError("$.code", "required field is missing") from None
        if type(code) is not int:
            code = drifted(code, "int", "$.code", "integer")

        message = d.get("message", UNSET)
        if type(message) is not str:
            if message is UNSET:
                _missing += 1
            else:
                message = drifted(message, "str", "$.message", "string")

        details = d.get("details", UNSET)
        if details is UNSET:
            _missing += 1
        else:
            if type(details) is not list:
                bad_type("$.details", "array", details)
            _details_list = []
            try:
                for _details_item in details:
                    _details_list.append(_ProtobufAny_from_dict(_details_item))
            except DecodeError as _e:
                raise _e.within(f"$.details[{len(_details_list)}]") from None
            details = _details_list

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.code = code
        obj.message = message
        obj.details = details
        if len(d) == 3 - _missing:  # every key is a known field
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
from ..models.protobuf_any import ProtobufAny  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_ProtobufAny_from_dict = ProtobufAny.from_dict
