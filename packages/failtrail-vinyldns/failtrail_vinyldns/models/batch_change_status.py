from enum import StrEnum
from typing import Any


class BatchChangeStatus(StrEnum):
    """BatchChangeStatus: the values the spec lists; any other value the API sends is kept, not refused."""

    CANCELLED = "Cancelled"
    COMPLETE = "Complete"
    FAILED = "Failed"
    PARTIALFAILURE = "PartialFailure"
    PENDINGPROCESSING = "PendingProcessing"
    PENDINGREVIEW = "PendingReview"
    REJECTED = "Rejected"
    SCHEDULED = "Scheduled"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "BatchChangeStatus | None":
        """A value the spec does not list becomes a member of its own, keeping the string."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @classmethod
    def parse(cls, value: str) -> "BatchChangeStatus":
        """The member for ``value``; unknown values are kept rather than refused."""
        member = cls._value2member_map_.get(value)
        return member if member is not None else cls(value)  # type: ignore[return-value]

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value."""
        return self._value_ in type(self)._value2member_map_
