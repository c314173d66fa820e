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

T = TypeVar("T", bound="WorkatoError")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "message",
        "error",
        "error_type",
        "errors",
        "id",
    )
)


@_attrs_define
class WorkatoError:
    """Workato's error body: `{"message": "..."}`; validation failures (400) add `"errors": {"field": ["..."]}`; some
    answers carry the text under `error` instead.

        Attributes:
            message (str | Unset): Human-readable error message.
            error (str | Unset): Error text some answers send instead of `message`.
            error_type (str | Unset): Error class some answers add.
            errors (WorkatoFieldErrors | Unset): Validation errors keyed by field; a value is one message or a list of them.
            id (str | Unset): Error identifier some 500 answers carry (not documented by Workato).
            additional_properties: fields the spec does not list, kept as they came.
    """

    message: str | Unset = UNSET

    error: str | Unset = UNSET

    error_type: str | Unset = UNSET

    errors: WorkatoFieldErrors | Unset = UNSET

    id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "message": "message",
        "error": "error",
        "error_type": "error_type",
        "errors": "errors",
        "id": "id",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())
    # Where an error body of this shape says what went wrong (the spec's x-failtrail-error-message).
    _error_message_at: ClassVar[tuple[str, ...]] = (
        "/message",
        "/error",
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.message is not UNSET:
            field_dict["message"] = self.message
        if self.error is not UNSET:
            field_dict["error"] = self.error
        if self.error_type is not UNSET:
            field_dict["error_type"] = self.error_type
        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()
        if errors is not UNSET:
            field_dict["errors"] = errors
        if self.id is not UNSET:
            field_dict["id"] = self.id
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
        message = d.get("message", UNSET)
        if type(message) is not str:
            if message is UNSET:
                _missing += 1
            else:
                message = drifted(message, "str", "$.message", "string")

        error = d.get("error", UNSET)
        if type(error) is not str:
            if error is UNSET:
                _missing += 1
            else:
                error = drifted(error, "str", "$.error", "string")

        error_type = d.get("error_type", UNSET)
        if type(error_type) is not str:
            if error_type is UNSET:
                _missing += 1
            else:
                error_type = drifted(error_type, "str", "$.error_type", "string")

        errors = d.get("errors", UNSET)
        if errors is UNSET:
            _missing += 1
        else:
            try:
                errors = _WorkatoFieldErrors_from_dict(errors)
            except DecodeError as _e:
                raise _e.within("$.errors") from None

        id = d.get("id", UNSET)
        if type(id) is not str:
            if id is UNSET:
                _missing += 1
            else:
                id = drifted(id, "str", "$.id", "string")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.message = message
        obj.error = error
        obj.error_type = error_type
        obj.errors = errors
        obj.id = id
        if len(d) == 5 - _missing:  # every key is a known field
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
from ..models.workato_field_errors import WorkatoFieldErrors  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_WorkatoFieldErrors_from_dict = WorkatoFieldErrors.from_dict
