from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    DecodeError,
    bad_datetime,
    bad_type,
    drifted,
    from_isoformat,
    redact_secrets,
)

from ..models.batch_change_approval_status import BatchChangeApprovalStatus
from ..models.batch_change_status import BatchChangeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchChange")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "userId",
        "userName",
        "createdTimestamp",
        "changes",
        "id",
        "status",
        "approvalStatus",
        "comments",
        "ownerGroupId",
        "ownerGroupName",
        "reviewerId",
        "reviewerUserName",
        "reviewComment",
        "reviewTimestamp",
        "scheduledTime",
        "cancelledTimestamp",
    )
)


@_attrs_define
class BatchChange:
    """A batch change with its single changes.

    Attributes:
        user_id (str):
        user_name (str):
        created_timestamp (datetime.datetime):
        changes (list[SingleChange]):
        id (str):
        status (BatchChangeStatus): Failed - every single change failed; PartialFailure - some failed, the rest
            completed;
            PendingProcessing - some are still pending.
        approval_status (BatchChangeApprovalStatus): Whether and how a batch change was approved.
        comments (str | Unset):
        owner_group_id (str | Unset):
        owner_group_name (str | Unset):
        reviewer_id (str | Unset):
        reviewer_user_name (str | Unset):
        review_comment (str | Unset):
        review_timestamp (datetime.datetime | Unset):
        scheduled_time (datetime.datetime | Unset):
        cancelled_timestamp (datetime.datetime | Unset):
        additional_properties: fields the spec does not list, kept as they came.
    """

    user_id: str

    user_name: str

    created_timestamp: datetime.datetime

    changes: list[SingleChange]

    id: str

    status: BatchChangeStatus

    approval_status: BatchChangeApprovalStatus

    comments: str | Unset = UNSET

    owner_group_id: str | Unset = UNSET

    owner_group_name: str | Unset = UNSET

    reviewer_id: str | Unset = UNSET

    reviewer_user_name: str | Unset = UNSET

    review_comment: str | Unset = UNSET

    review_timestamp: datetime.datetime | Unset = UNSET

    scheduled_time: datetime.datetime | Unset = UNSET

    cancelled_timestamp: datetime.datetime | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "userId": "user_id",
        "userName": "user_name",
        "createdTimestamp": "created_timestamp",
        "changes": "changes",
        "id": "id",
        "status": "status",
        "approvalStatus": "approval_status",
        "comments": "comments",
        "ownerGroupId": "owner_group_id",
        "ownerGroupName": "owner_group_name",
        "reviewerId": "reviewer_id",
        "reviewerUserName": "reviewer_user_name",
        "reviewComment": "review_comment",
        "reviewTimestamp": "review_timestamp",
        "scheduledTime": "scheduled_time",
        "cancelledTimestamp": "cancelled_timestamp",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(
        (
            "userId",
            "userName",
            "createdTimestamp",
            "changes",
            "id",
            "status",
            "approvalStatus",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["userId"] = self.user_id
        field_dict["userName"] = self.user_name
        created_timestamp = self.created_timestamp.isoformat()
        field_dict["createdTimestamp"] = created_timestamp
        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        field_dict["changes"] = changes
        field_dict["id"] = self.id
        status = self.status.value
        field_dict["status"] = status
        approval_status = self.approval_status.value
        field_dict["approvalStatus"] = approval_status
        if self.comments is not UNSET:
            field_dict["comments"] = self.comments
        if self.owner_group_id is not UNSET:
            field_dict["ownerGroupId"] = self.owner_group_id
        if self.owner_group_name is not UNSET:
            field_dict["ownerGroupName"] = self.owner_group_name
        if self.reviewer_id is not UNSET:
            field_dict["reviewerId"] = self.reviewer_id
        if self.reviewer_user_name is not UNSET:
            field_dict["reviewerUserName"] = self.reviewer_user_name
        if self.review_comment is not UNSET:
            field_dict["reviewComment"] = self.review_comment
        review_timestamp: str | Unset = UNSET
        if not isinstance(self.review_timestamp, Unset):
            review_timestamp = self.review_timestamp.isoformat()
        if review_timestamp is not UNSET:
            field_dict["reviewTimestamp"] = review_timestamp
        scheduled_time: str | Unset = UNSET
        if not isinstance(self.scheduled_time, Unset):
            scheduled_time = self.scheduled_time.isoformat()
        if scheduled_time is not UNSET:
            field_dict["scheduledTime"] = scheduled_time
        cancelled_timestamp: str | Unset = UNSET
        if not isinstance(self.cancelled_timestamp, Unset):
            cancelled_timestamp = self.cancelled_timestamp.isoformat()
        if cancelled_timestamp is not UNSET:
            field_dict["cancelledTimestamp"] = cancelled_timestamp
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
            user_id = d["userId"]
        except KeyError:
            raise DecodeError("$.userId", "required field is missing") from None
        if type(user_id) is not str:
            user_id = drifted(user_id, "str", "$.userId", "string")

        try:
            user_name = d["userName"]
        except KeyError:
            raise DecodeError("$.userName", "required field is missing") from None
        if type(user_name) is not str:
            user_name = drifted(user_name, "str", "$.userName", "string")

        try:
            created_timestamp = d["createdTimestamp"]
        except KeyError:
            raise DecodeError("$.createdTimestamp", "required field is missing") from None
        try:
            created_timestamp = from_isoformat(created_timestamp)
        except (TypeError, ValueError):
            bad_datetime(created_timestamp, "$.createdTimestamp")
        if created_timestamp.tzinfo is None:
            bad_datetime(created_timestamp, "$.createdTimestamp")

        try:
            changes = d["changes"]
        except KeyError:
            raise DecodeError("$.changes", "required field is missing") from None
        if type(changes) is not list:
            bad_type("$.changes", "array", changes)
        _changes_list = []
        try:
            for _changes_item in changes:
                _changes_list.append(_SingleChange_from_dict(_changes_item))
        except DecodeError as _e:
            raise _e.within(f"$.changes[{len(_changes_list)}]") from None
        changes = _changes_list

        try:
            id = d["id"]
        except KeyError:
            raise DecodeError("$.id", "required field is missing") from None
        if type(id) is not str:
            id = drifted(id, "str", "$.id", "string")

        try:
            status = d["status"]
        except KeyError:
            raise DecodeError("$.status", "required field is missing") from None
        if type(status) is not str:
            bad_type("$.status", "string", status)
        status = _BatchChangeStatus_member(status) or BatchChangeStatus(status)

        try:
            approval_status = d["approvalStatus"]
        except KeyError:
            raise DecodeError("$.approvalStatus", "required field is missing") from None
        if type(approval_status) is not str:
            bad_type("$.approvalStatus", "string", approval_status)
        approval_status = _BatchChangeApprovalStatus_member(approval_status) or BatchChangeApprovalStatus(
            approval_status
        )

        comments = d.get("comments", UNSET)
        if type(comments) is not str:
            if comments is UNSET:
                _missing += 1
            else:
                comments = drifted(comments, "str", "$.comments", "string")

        owner_group_id = d.get("ownerGroupId", UNSET)
        if type(owner_group_id) is not str:
            if owner_group_id is UNSET:
                _missing += 1
            else:
                owner_group_id = drifted(owner_group_id, "str", "$.ownerGroupId", "string")

        owner_group_name = d.get("ownerGroupName", UNSET)
        if type(owner_group_name) is not str:
            if owner_group_name is UNSET:
                _missing += 1
            else:
                owner_group_name = drifted(owner_group_name, "str", "$.ownerGroupName", "string")

        reviewer_id = d.get("reviewerId", UNSET)
        if type(reviewer_id) is not str:
            if reviewer_id is UNSET:
                _missing += 1
            else:
                reviewer_id = drifted(reviewer_id, "str", "$.reviewerId", "string")

        reviewer_user_name = d.get("reviewerUserName", UNSET)
        if type(reviewer_user_name) is not str:
            if reviewer_user_name is UNSET:
                _missing += 1
            else:
                reviewer_user_name = drifted(reviewer_user_name, "str", "$.reviewerUserName", "string")

        review_comment = d.get("reviewComment", UNSET)
        if type(review_comment) is not str:
            if review_comment is UNSET:
                _missing += 1
            else:
                review_comment = drifted(review_comment, "str", "$.reviewComment", "string")

        review_timestamp = d.get("reviewTimestamp", UNSET)
        if review_timestamp is UNSET:
            _missing += 1
        else:
            try:
                review_timestamp = from_isoformat(review_timestamp)
            except (TypeError, ValueError):
                bad_datetime(review_timestamp, "$.reviewTimestamp")
            if review_timestamp.tzinfo is None:
                bad_datetime(review_timestamp, "$.reviewTimestamp")

        scheduled_time = d.get("scheduledTime", UNSET)
        if scheduled_time is UNSET:
            _missing += 1
        else:
            try:
                scheduled_time = from_isoformat(scheduled_time)
            except (TypeError, ValueError):
                bad_datetime(scheduled_time, "$.scheduledTime")
            if scheduled_time.tzinfo is None:
                bad_datetime(scheduled_time, "$.scheduledTime")

        cancelled_timestamp = d.get("cancelledTimestamp", UNSET)
        if cancelled_timestamp is UNSET:
            _missing += 1
        else:
            try:
                cancelled_timestamp = from_isoformat(cancelled_timestamp)
            except (TypeError, ValueError):
                bad_datetime(cancelled_timestamp, "$.cancelledTimestamp")
            if cancelled_timestamp.tzinfo is None:
                bad_datetime(cancelled_timestamp, "$.cancelledTimestamp")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.user_id = user_id
        obj.user_name = user_name
        obj.created_timestamp = created_timestamp
        obj.changes = changes
        obj.id = id
        obj.status = status
        obj.approval_status = approval_status
        obj.comments = comments
        obj.owner_group_id = owner_group_id
        obj.owner_group_name = owner_group_name
        obj.reviewer_id = reviewer_id
        obj.reviewer_user_name = reviewer_user_name
        obj.review_comment = review_comment
        obj.review_timestamp = review_timestamp
        obj.scheduled_time = scheduled_time
        obj.cancelled_timestamp = cancelled_timestamp
        if len(d) == 16 - _missing:  # every key is a known field
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
from ..models.single_change import SingleChange  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_BatchChangeApprovalStatus_member = cast(
    "Callable[[Any], BatchChangeApprovalStatus | None]", BatchChangeApprovalStatus._value2member_map_.get
)
_BatchChangeStatus_member = cast("Callable[[Any], BatchChangeStatus | None]", BatchChangeStatus._value2member_map_.get)
_SingleChange_from_dict = SingleChange.from_dict
