"""Contains all the data models used in inputs/outputs"""

from .failed_event import FailedEvent
from .list_failed_events_request import ListFailedEventsRequest
from .list_failed_events_response import ListFailedEventsResponse
from .protobuf_any import ProtobufAny
from .remove_failed_event_response import RemoveFailedEventResponse
from .rpc_status import RpcStatus

__all__ = (
    "FailedEvent",
    "ListFailedEventsRequest",
    "ListFailedEventsResponse",
    "ProtobufAny",
    "RemoveFailedEventResponse",
    "RpcStatus",
)
