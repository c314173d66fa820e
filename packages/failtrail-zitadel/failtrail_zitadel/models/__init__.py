"""Contains all the data models used in inputs/outputs"""

from .aggregate import Aggregate
from .aggregate_type import AggregateType
from .creation_date_range import CreationDateRange
from .editor import Editor
from .event import Event
from .event_payload import EventPayload
from .event_type import EventType
from .failed_event import FailedEvent
from .list_aggregate_types_request import ListAggregateTypesRequest
from .list_aggregate_types_response import ListAggregateTypesResponse
from .list_event_types_request import ListEventTypesRequest
from .list_event_types_response import ListEventTypesResponse
from .list_events_request import ListEventsRequest
from .list_events_response import ListEventsResponse
from .list_failed_events_request import ListFailedEventsRequest
from .list_failed_events_response import ListFailedEventsResponse
from .localized_message import LocalizedMessage
from .protobuf_any import ProtobufAny
from .remove_failed_event_response import RemoveFailedEventResponse
from .rpc_status import RpcStatus

__all__ = (
    "Aggregate",
    "AggregateType",
    "CreationDateRange",
    "Editor",
    "Event",
    "EventPayload",
    "EventType",
    "FailedEvent",
    "ListAggregateTypesRequest",
    "ListAggregateTypesResponse",
    "ListEventsRequest",
    "ListEventsResponse",
    "ListEventTypesRequest",
    "ListEventTypesResponse",
    "ListFailedEventsRequest",
    "ListFailedEventsResponse",
    "LocalizedMessage",
    "ProtobufAny",
    "RemoveFailedEventResponse",
    "RpcStatus",
)
