from enum import StrEnum
from typing import Any


class OwnershipTransferOwnershipTransferStatus(StrEnum):
    """OwnershipTransferOwnershipTransferStatus: the values the spec lists; any other value the API sends is kept, not refused."""

    AUTOAPPROVED = "AutoApproved"
    CANCELLED = "Cancelled"
    MANUALLYAPPROVED = "ManuallyApproved"
    MANUALLYREJECTED = "ManuallyRejected"
    NONE = "None"
    PENDINGREVIEW = "PendingReview"
    REQUESTED = "Requested"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "OwnershipTransferOwnershipTransferStatus | None":
        """A value the spec does not list becomes a member of its own, keeping the string."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @classmethod
    def parse(cls, value: str) -> "OwnershipTransferOwnershipTransferStatus":
        """The member for ``value``; unknown values are kept rather than refused."""
        member = cls._value2member_map_.get(value)
        return member if member is not None else cls(value)  # type: ignore[return-value]

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value."""
        return self._value_ in type(self)._value2member_map_
