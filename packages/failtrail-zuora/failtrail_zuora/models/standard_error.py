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

T = TypeVar("T", bound="StandardError")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "success",
        "processId",
        "reasons",
        "requestId",
        "message",
    )
)


@_attrs_define
class StandardError:
    """The error body of the other Zuora v1 APIs.

    Attributes:
        success (bool | Unset):
        process_id (str | Unset):
        reasons (list[StandardErrorReason] | Unset):
        request_id (str | Unset):
        message (str | Unset):
        additional_properties: fields the spec does not list, kept as they came.
    """

    success: bool | Unset = UNSET

    process_id: str | Unset = UNSET

    reasons: list[StandardErrorReason] | Unset = UNSET

    request_id: str | Unset = UNSET

    message: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "success": "success",
        "processId": "process_id",
        "reasons": "reasons",
        "requestId": "request_id",
        "message": "message",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())
    # Where an error body of this shape says what went wrong (the spec's x-failtrail-error-message).
    _error_message_at: ClassVar[tuple[str, ...]] = (
        "/reasons/0/message",
        "/message",
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.success is not UNSET:
            field_dict["success"] = self.success
        if self.process_id is not UNSET:
            field_dict["processId"] = self.process_id
        reasons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasons, Unset):
            reasons = []
            for reasons_item_data in self.reasons:
                reasons_item = reasons_item_data.to_dict()
                reasons.append(reasons_item)

        if reasons is not UNSET:
            field_dict["reasons"] = reasons
        if self.request_id is not UNSET:
            field_dict["requestId"] = self.request_id
        if self.message is not UNSET:
            field_dict["message"] = self.message
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
        success = d.get("success", UNSET)
        if type(success) is not bool:
            if success is UNSET:
                _missing += 1
            else:
                success = drifted(success, "bool", "$.success", "boolean")

        process_id = d.get("processId", UNSET)
        if type(process_id) is not str:
            if process_id is UNSET:
                _missing += 1
            else:
                process_id = drifted(process_id, "str", "$.processId", "string")

        reasons = d.get("reasons", UNSET)
        if reasons is UNSET:
            _missing += 1
        else:
            if type(reasons) is not list:
                bad_type("$.reasons", "array", reasons)
            _reasons_list = []
            try:
                for _reasons_item in reasons:
                    _reasons_list.append(_StandardErrorReason_from_dict(_reasons_item))
            except DecodeError as _e:
                raise _e.within(f"$.reasons[{len(_reasons_list)}]") from None
            reasons = _reasons_list

        request_id = d.get("requestId", UNSET)
        if type(request_id) is not str:
            if request_id is UNSET:
                _missing += 1
            else:
                request_id = drifted(request_id, "str", "$.requestId", "string")

        message = d.get("message", UNSET)
        if type(message) is not str:
            if message is UNSET:
                _missing += 1
            else:
                message = drifted(message, "str", "$.message", "string")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.success = success
        obj.process_id = process_id
        obj.reasons = reasons
        obj.request_id = request_id
        obj.message = message
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
from ..models.standard_error_reason import StandardErrorReason  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_StandardErrorReason_from_dict = StandardErrorReason.from_dict
