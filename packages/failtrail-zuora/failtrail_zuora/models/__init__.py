"""Contains all the data models used in inputs/outputs"""

from .api_failure_record import ApiFailureRecord
from .api_failure_records_page import ApiFailureRecordsPage
from .api_usage_detail_record import ApiUsageDetailRecord
from .api_usage_detail_records_page import ApiUsageDetailRecordsPage
from .api_volume_summary_record import ApiVolumeSummaryRecord
from .api_volume_summary_response import ApiVolumeSummaryResponse
from .billing_doc_volume_summary_record import BillingDocVolumeSummaryRecord
from .billing_doc_volume_summary_response import BillingDocVolumeSummaryResponse
from .common_error_response import CommonErrorResponse
from .payment_record import PaymentRecord
from .payment_records_page import PaymentRecordsPage
from .payment_volume_summary_record import PaymentVolumeSummaryRecord
from .payment_volume_summary_response import PaymentVolumeSummaryResponse
from .proxy_unauthorized_response import ProxyUnauthorizedResponse
from .rate_limit_error_body import RateLimitErrorBody
from .standard_error import StandardError
from .standard_error_reason import StandardErrorReason
from .system_health_error import SystemHealthError
from .tax_record import TaxRecord
from .tax_records_page import TaxRecordsPage
from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
from .token_response import TokenResponse

__all__ = (
    "ApiFailureRecord",
    "ApiFailureRecordsPage",
    "ApiUsageDetailRecord",
    "ApiUsageDetailRecordsPage",
    "ApiVolumeSummaryRecord",
    "ApiVolumeSummaryResponse",
    "BillingDocVolumeSummaryRecord",
    "BillingDocVolumeSummaryResponse",
    "CommonErrorResponse",
    "PaymentRecord",
    "PaymentRecordsPage",
    "PaymentVolumeSummaryRecord",
    "PaymentVolumeSummaryResponse",
    "ProxyUnauthorizedResponse",
    "RateLimitErrorBody",
    "StandardError",
    "StandardErrorReason",
    "SystemHealthError",
    "TaxRecord",
    "TaxRecordsPage",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
)
