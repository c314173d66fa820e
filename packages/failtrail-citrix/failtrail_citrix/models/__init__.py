"""Contains all the data models used in inputs/outputs"""

from .change_set import ChangeSet
from .citrix_error import CitrixError
from .error_parameter import ErrorParameter
from .error_parameter_map import ErrorParameterMap
from .gateway_error import GatewayError
from .gateway_error_detail import GatewayErrorDetail
from .localized_message import LocalizedMessage
from .records_page import RecordsPage
from .system_log_record import SystemLogRecord

__all__ = (
    "ChangeSet",
    "CitrixError",
    "ErrorParameter",
    "ErrorParameterMap",
    "GatewayError",
    "GatewayErrorDetail",
    "LocalizedMessage",
    "RecordsPage",
    "SystemLogRecord",
)
