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

from ..models.batch_change_approval_status import BatchChangeApprovalStatus
from ..models.batch_change_status import BatchChangeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchChangeSummaryList")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "batchChanges",
        "maxItems",
        "startFrom",
        "nextId",
        "ignoreAccess",
        "batchStatus",
        "approvalStatus",
        "userName",
        "dateTimeStartRange",
        "dateTimeEndRange",
    )
)


@_attrs_define
class BatchChangeSummaryList:
    """One page of batch change summaries, newest first.

    Attributes:
        batch_changes (list[BatchChangeSummary]):
        max_items (int): The page size used (100 when not sent).
        start_from (int | Unset): (optional) The startFrom sent; absent if none was sent.
        next_id (int | Unset): (optional) The startFrom of the next page (startFrom + maxItems); absent on the last
            page.
        ignore_access (bool | Unset): The ignoreAccess sent (false when not sent), whether or not it was honoured.
        batch_status (BatchChangeStatus | Unset): Failed - every single change failed; PartialFailure - some failed, the
            rest completed;
            PendingProcessing - some are still pending.
        approval_status (BatchChangeApprovalStatus | Unset): Whether and how a batch change was approved.
        user_name (str | Unset): (optional) The userName sent.
        date_time_start_range (str | Unset): (optional) The dateTimeRangeStart sent (note the different name).
        date_time_end_range (str | Unset): (optional) The dateTimeRangeEnd sent (note the different name).
        additional_properties: fields the spec does not list, kept as they came.
    """

    batch_changes: list[BatchChangeSummary]

    max_items: int

    start_from: int | Unset = UNSET

    next_id: int | Unset = UNSET

    ignore_access: bool | Unset = UNSET

    batch_status: BatchChangeStatus | Unset = UNSET

    approval_status: BatchChangeApprovalStatus | Unset = UNSET

    user_name: str | Unset = UNSET

    date_time_start_range: str | Unset = UNSET

    date_time_end_range: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "batchChanges": "batch_changes",
        "maxItems": "max_items",
        "startFrom": "start_from",
        "nextId": "next_id",
        "ignoreAccess": "ignore_access",
        "batchStatus": "batch_status",
        "approvalStatus": "approval_status",
        "userName": "user_name",
        "dateTimeStartRange": "date_time_start_range",
        "dateTimeEndRange": "date_time_end_range",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "batchChanges",
            "maxItems",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        batch_changes = []
        for batch_changes_item_data in self.batch_changes:
            batch_changes_item = batch_changes_item_data.to_dict()
            batch_changes.append(batch_changes_item)

        field_dict["batchChanges"] = batch_changes
        field_dict["maxItems"] = self.max_items
        if self.start_from is not UNSET:
            field_dict["startFrom"] = self.start_from
        if self.next_id is not UNSET:
            field_dict["nextId"] = self.next_id
        if self.ignore_access is not UNSET:
            field_dict["ignoreAccess"] = self.ignore_access
        batch_status: str | Unset = UNSET
        if not isinstance(self.batch_status, Unset):
            batch_status = self.batch_status.value

        if batch_status is not UNSET:
            field_dict["batchStatus"] = batch_status
        approval_status: str | Unset = UNSET
        if not isinstance(self.approval_status, Unset):
            approval_status = self.approval_status.value

        if approval_status is not UNSET:
            field_dict["approvalStatus"] = approval_status
        if self.user_name is not UNSET:
            field_dict["userName"] = self.user_name
        if self.date_time_start_range is not UNSET:
            field_dict["dateTimeStartRange"] = self.date_time_start_range
        if self.date_time_end_range is not UNSET:
            field_dict["dateTimeEndRange"] = self.date_time_end_range
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
            batch_changes = d["batchChanges"]
        except KeyError:
            raise DecodeError("$.batchChanges", "required field is missing") from None
        if type(batch_changes) is not list:
            bad_type("$.batchChanges", "array", batch_changes)
        _batch_changes_list = []
        try:
            for _batch_changes_item in batch_changes:
                _batch_changes_list.append(_BatchChangeSummary_from_dict(_batch_changes_item))
        except DecodeError as _e:
            raise _e.within(f"$.batchChanges[{len(_batch_changes_list)}]") from None
        batch_changes = _batch_changes_list

        try:
            max_items = d["maxItems"]
        except KeyError:
            raise DecodeError("$.maxItems", "required field is missing") from None
        if type(max_items) is not int:
            max_items = drifted(max_items, "int", "$.maxItems", "integer")

        start_from = d.get("startFrom", UNSET)
        if type(start_from) is not int:
            if start_from is UNSET:
                _missing += 1
            else:
                start_from = drifted(start_from, "int", "$.startFrom", "integer")

        next_id = d.get("nextId", UNSET)
        if type(next_id) is not int:
            if next_id is UNSET:
                _missing += 1
            else:
                next_id = drifted(next_id, "int", "$.nextId", "integer")

        ignore_access = d.get("ignoreAccess", UNSET)
        if type(ignore_access) is not bool:
            if ignore_access is UNSET:
                _missing += 1
            else:
                ignore_access = drifted(ignore_access, "bool", "$.ignoreAccess", "boolean")

        batch_status = d.get("batchStatus", UNSET)
        if batch_status is UNSET:
            _missing += 1
        else:
            if type(batch_status) is not str:
                bad_type("$.batchStatus", "string", batch_status)
            batch_status = _BatchChangeStatus_member(batch_status) or BatchChangeStatus(batch_status)

        approval_status = d.get("approvalStatus", UNSET)
        if approval_status is UNSET:
            _missing += 1
        else:
            if type(approval_status) is not str:
                bad_type("$.approvalStatus", "string", approval_status)
            approval_status = _BatchChangeApprovalStatus_member(approval_status) or BatchChangeApprovalStatus(
                approval_status
            )

        user_name = d.get("userName", UNSET)
        if type(user_name) is not str:
            if user_name is UNSET:
                _missing += 1
            else:
                user_name = drifted(user_name, "str", "$.userName", "string")

        date_time_start_range = d.get("dateTimeStartRange", UNSET)
        if type(date_time_start_range) is not str:
            if date_time_start_range is UNSET:
                _missing += 1
            else:
                date_time_start_range = drifted(date_time_start_range, "str", "$.dateTimeStartRange", "string")

        date_time_end_range = d.get("dateTimeEndRange", UNSET)
        if type(date_time_end_range) is not str:
            if date_time_end_range is UNSET:
                _missing += 1
            else:
                date_time_end_range = drifted(date_time_end_range, "str", "$.dateTimeEndRange", "string")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.batch_changes = batch_changes
        obj.max_items = max_items
        obj.start_from = start_from
        obj.next_id = next_id
        obj.ignore_access = ignore_access
        obj.batch_status = batch_status
        obj.approval_status = approval_status
        obj.user_name = user_name
        obj.date_time_start_range = date_time_start_range
        obj.date_time_end_range = date_time_end_range
        if len(d) == 10 - _missing:  # every key is a known field
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
from ..models.batch_change_summary import BatchChangeSummary  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_BatchChangeApprovalStatus_member = cast(
    "Callable[[Any], BatchChangeApprovalStatus | None]", BatchChangeApprovalStatus._value2member_map_.get
)
_BatchChangeStatus_member = cast("Callable[[Any], BatchChangeStatus | None]", BatchChangeStatus._value2member_map_.get)
_BatchChangeSummary_from_dict = BatchChangeSummary.from_dict
