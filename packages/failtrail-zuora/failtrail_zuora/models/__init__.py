"""Contains all the data models used in inputs/outputs"""

from .api_failure_record import ApiFailureRecord
from .api_failure_records_page import ApiFailureRecordsPage
from .api_usage_detail_record import ApiUsageDetailRecord
from .api_usage_detail_records_page import ApiUsageDetailRecordsPage
from .detail_record import DetailRecord
from .detail_records_page import DetailRecordsPage
from .rate_limit_error import RateLimitError
from .standard_error import StandardError
from .standard_error_reason import StandardErrorReason
from .system_health_error import SystemHealthError
from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
from .token_response import TokenResponse
from .volume_summary_record import VolumeSummaryRecord
from .volume_summary_response import VolumeSummaryResponse

__all__ = (
    "ApiFailureRecord",
    "ApiFailureRecordsPage",
    "ApiUsageDetailRecord",
    "ApiUsageDetailRecordsPage",
    "DetailRecord",
    "DetailRecordsPage",
    "RateLimitError",
    "StandardError",
    "StandardErrorReason",
    "SystemHealthError",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "VolumeSummaryRecord",
    "VolumeSummaryResponse",
)
