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
)

from ..models.ownership_transfer_ownership_transfer_status import OwnershipTransferOwnershipTransferStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OwnershipTransfer")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "ownershipTransferStatus",
        "requestedOwnerGroupId",
    )
)


@_attrs_define
class OwnershipTransfer:
    """A pending or decided request to transfer the record set to another owner group.

    Attributes:
        ownership_transfer_status (OwnershipTransferOwnershipTransferStatus):
        requested_owner_group_id (str | Unset):
        additional_properties: fields the spec does not list, kept as they came.
    """

    ownership_transfer_status: OwnershipTransferOwnershipTransferStatus

    requested_owner_group_id: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "ownershipTransferStatus": "ownership_transfer_status",
        "requestedOwnerGroupId": "requested_owner_group_id",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("ownershipTransferStatus",))

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        ownership_transfer_status = self.ownership_transfer_status.value
        field_dict["ownershipTransferStatus"] = ownership_transfer_status
        if self.requested_owner_group_id is not UNSET:
            field_dict["requestedOwnerGroupId"] = self.requested_owner_group_id
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
            ownership_transfer_status = d["ownershipTransferStatus"]
        except KeyError:
            raise DecodeError("$.ownershipTransferStatus", "required field is missing") from None
        if type(ownership_transfer_status) is not str:
            bad_type("$.ownershipTransferStatus", "string", ownership_transfer_status)
        ownership_transfer_status = _OwnershipTransferOwnershipTransferStatus_member(
            ownership_transfer_status
        ) or OwnershipTransferOwnershipTransferStatus(ownership_transfer_status)

        requested_owner_group_id = d.get("requestedOwnerGroupId", UNSET)
        if type(requested_owner_group_id) is not str:
            if requested_owner_group_id is UNSET:
                _missing += 1
            else:
                requested_owner_group_id = drifted(requested_owner_group_id, "str", "$.requestedOwnerGroupId", "string")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.ownership_transfer_status = ownership_transfer_status
        obj.requested_owner_group_id = requested_owner_group_id
        if len(d) == 2 - _missing:  # every key is a known field
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
_OwnershipTransferOwnershipTransferStatus_member = cast(
    "Callable[[Any], OwnershipTransferOwnershipTransferStatus | None]",
    OwnershipTransferOwnershipTransferStatus._value2member_map_.get,
)
