"""Zuora's own published response samples parse, field for field, into the models the spec generates.

Every sample is the one on the operation's reference page, curated into the spec as its response
example and served here byte for byte as Zuora published it (``SAMPLES`` below for the three that
pinned defects: string and integer ``http_status``, the tax ``timestamp`` without an offset).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from failtrail_zuora import DecodeError
from failtrail_zuora.api.system_health import get_system_health_api_failure_records as failures
from failtrail_zuora.api.system_health import get_system_health_api_performance_records as details
from failtrail_zuora.api.system_health import get_system_health_api_volume_summary as api_volume
from failtrail_zuora.api.system_health import get_system_health_billing_doc_volume_summary as billing_volume
from failtrail_zuora.api.system_health import get_system_health_payment_records as payments
from failtrail_zuora.api.system_health import get_system_health_payment_volume_summary as payment_volume
from failtrail_zuora.api.system_health import get_system_health_tax_records as taxes
from failtrail_zuora.client import Client
from failtrail_zuora.models import (
    ApiUsageDetailRecord,
    ApiVolumeSummaryRecord,
    BillingDocVolumeSummaryRecord,
    PaymentRecord,
    PaymentVolumeSummaryRecord,
    TaxRecord,
)

from tests.conftest import LocalServer, Reply, documented_example

TZ8 = timezone(timedelta(hours=8))
START = datetime(2024, 9, 22, 9, 7, tzinfo=TZ8)
END = datetime(2024, 9, 23, 9, 7, tzinfo=TZ8)

# Verbatim from the pages' "Response samples" (whitespace aside), so nothing our YAML did can hide a type.
# https://developer.zuora.com/v1-api-reference/api/operation/getSystemHealthApiFailureRecords/
FAILURES_SAMPLE = b"""{"data": [{"tracing_identifier": null, "latency": 104, "ip": "52.36.201.144",
"response_body": "{\\"size\\":0,\\"records\\":[],\\"done\\":true}", "http_method": "GET", "request_body": "",
"user_id": "2c92a0fd56368ec20156445b4a79554d", "track_id": null,
"request_path": "/v1/object/invoice/2c92c8fb7d37d586017d3c28f6925850", "http_status": "404",
"zuora_response_code": "NOT_FOUND", "api": "/v1/object/invoice/{id}", "request_id": "42a18d47-9759-447c-ad57-79aa633487c9",
"user_agent": "Apache-HttpClient/4.5 (Java/1.8.0_342)", "timestamp": "2025-01-19T06:43:51Z", "status": "Error"}],
"nextPage": "/system-health/api-requests/failures?startTime=2024-08-01T09:07+0800&endTime=2024-08-05T09:07+0800&limit=10&page=2"}"""
# https://developer.zuora.com/v1-api-reference/api/operation/getSystemHealthApiPerformanceRecords/
DETAILS_SAMPLE = b"""{"data": [{"tracing_identifier": null, "latency": 1913, "ip": "52.0.173.190",
"response_body": "{\\"code\\":\\"REQUEST_EXCEEDED_LIMIT\\",\\"message\\":\\"Your total number of concurrent requests have exceeded the limit allowed by the system. Please resubmit your request later.\\"}",
"http_method": "POST", "request_body": null, "user_id": "4028e4883824800301382f1817921f3d", "track_id": null,
"request_path": "/apps/services/a/68.0", "http_status": 429, "zuora_response_code": "TOO_MANY_REQUESTS", "api": "soap",
"request_id": "628fc2f4-8ab4-4e2d-bfd4-eb15fd4d2f52", "user_agent": "Axis2", "timestamp": "2025-01-04T13:10:53Z",
"status": "Error"}, {"tracing_identifier": null, "latency": 50218, "ip": "52.52.63.58", "response_body": null,
"http_method": "POST", "request_body": null, "user_id": "4028e4883824800301382f1817922f3d", "track_id": null,
"request_path": "soap:login", "http_status": 200, "zuora_response_code": "Success", "api": "soap:login",
"request_id": "34f4ce61-67be-42f5-bee5-c2665a905dfa", "user_agent": "Axis2", "timestamp": "2025-01-01T18:03:49Z",
"status": "Success"}],
"nextPage": "/system-health/api-requests/details?startTime=2024-08-01T09:07+0800&endTime=2024-08-05T09:07+0800&limit=10&page=2"}"""
# https://developer.zuora.com/v1-api-reference/api/operation/getSystemHealthTaxRecords/
TAX_SAMPLE = b"""{"data": [{"error_message": "", "document_number": "INV419655124", "vendor_name": "AvaTax",
"event_source": "avalara", "error_category": "", "account_id": "8a1283368cd9a250018cee13373471a7",
"event_type": "taxGenerate", "total_duration": 145, "zuora_request_id": "881cf248-5c26-4ca2-b984-8426faf05a22",
"account_name": "Amy Lawrence's Account", "vendor_duration": 145, "sub_error_category": "", "status": "success",
"timestamp": "2025-01-10T04:08:58"}, {"error_message": "", "document_number": "INV519605124", "vendor_name": "AvaTax",
"event_source": "avalara", "error_category": "", "account_id": "8a1283368cd9a250018cee13373471a7",
"event_type": "taxGenerate", "total_duration": 149, "zuora_request_id": "881cf248-5c26-4cq2-b984-8426faf05a22",
"account_name": "Amy Lawrence's Account", "vendor_duration": 145, "sub_error_category": "", "status": "success",
"timestamp": "2025-01-10T04:08:58"}],
"nextPage": "/system-health/tax/details?pageSize=1&startTime=2025-01-10T09:07+0800&endTime=2025-01-12T09:07+0800&sort=-timestamp&page=3"}"""


def _raw(server: LocalServer, body: bytes) -> None:
    server.handler = lambda s: Reply(200, body, {"Content-Type": "application/json"})


def test_the_spec_examples_are_the_published_samples() -> None:
    import orjson

    for path, sample in [
        ("/system-health/api-requests/failures", FAILURES_SAMPLE),
        ("/system-health/api-requests/details", DETAILS_SAMPLE),
        ("/system-health/tax/details", TAX_SAMPLE),
    ]:
        assert documented_example("zuora", path, "get") == orjson.loads(sample), path


def test_failure_records_keep_the_string_http_status(server: LocalServer) -> None:
    _raw(server, FAILURES_SAMPLE)
    with Client(server.url, token="t") as c:
        page = failures.sync(client=c, start_time=START, end_time=END).first_page
    assert page.data[0].http_status == "404"  # a string in Zuora's sample; the umbrella reads either form


def test_usage_detail_records_parse_with_an_integer_http_status_and_all_sixteen_fields(server: LocalServer) -> None:
    _raw(server, DETAILS_SAMPLE)
    with Client(server.url, token="t") as c:
        page = details.sync(client=c, start_time=START, end_time=END).first_page
    assert page.data == [
        ApiUsageDetailRecord(
            tracing_identifier=None,
            latency=1913,
            ip="52.0.173.190",
            response_body='{"code":"REQUEST_EXCEEDED_LIMIT","message":"Your total number of concurrent requests have '
            'exceeded the limit allowed by the system. Please resubmit your request later."}',
            http_method="POST",
            request_body=None,
            user_id="4028e4883824800301382f1817921f3d",
            track_id=None,
            request_path="/apps/services/a/68.0",
            http_status=429,
            zuora_response_code="TOO_MANY_REQUESTS",
            api="soap",
            request_id="628fc2f4-8ab4-4e2d-bfd4-eb15fd4d2f52",
            user_agent="Axis2",
            timestamp=datetime(2025, 1, 4, 13, 10, 53, tzinfo=UTC),
            status="Error",
        ),
        ApiUsageDetailRecord(
            tracing_identifier=None,
            latency=50218,
            ip="52.52.63.58",
            response_body=None,
            http_method="POST",
            request_body=None,
            user_id="4028e4883824800301382f1817922f3d",
            track_id=None,
            request_path="soap:login",
            http_status=200,
            zuora_response_code="Success",
            api="soap:login",
            request_id="34f4ce61-67be-42f5-bee5-c2665a905dfa",
            user_agent="Axis2",
            timestamp=datetime(2025, 1, 1, 18, 3, 49, tzinfo=UTC),
            status="Success",
        ),
    ]
    assert page.data[0].additional_properties == {}  # every field of the sample is a declared one


def test_tax_records_parse_with_a_timestamp_without_offset_read_as_utc(server: LocalServer) -> None:
    _raw(server, TAX_SAMPLE)
    with Client(server.url, token="t") as c:
        page = taxes.sync(client=c, start_time=START, end_time=END).first_page
    first = page.data[0]
    assert first == TaxRecord(
        error_message="",
        document_number="INV419655124",
        vendor_name="AvaTax",
        event_source="avalara",
        error_category="",
        account_id="8a1283368cd9a250018cee13373471a7",
        event_type="taxGenerate",
        total_duration=145,
        zuora_request_id="881cf248-5c26-4ca2-b984-8426faf05a22",
        account_name="Amy Lawrence's Account",
        vendor_duration=145,
        sub_error_category="",
        status="success",
        timestamp=datetime(2025, 1, 10, 4, 8, 58, tzinfo=UTC),  # no offset in Zuora's sample: read as UTC
    )
    assert first.additional_properties == {}
    assert page.next_page is not None and page.next_page.endswith("&page=3")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-01-10T04:08:58", datetime(2025, 1, 10, 4, 8, 58, tzinfo=UTC)),  # Zuora's tax sample: UTC
        ("2025-01-10T04:08:58Z", datetime(2025, 1, 10, 4, 8, 58, tzinfo=UTC)),
        ("2025-01-10T12:08:58+08:00", datetime(2025, 1, 10, 4, 8, 58, tzinfo=UTC)),  # an offset, if ever sent, counts
    ],
)
def test_a_tax_time_without_an_offset_is_read_as_utc(text: str, expected: datetime) -> None:
    # specs/zuora/openapi.yaml TaxRecord.timestamp: x-failtrail-naive-time: utc
    parsed = TaxRecord.from_dict({"timestamp": text}).timestamp
    assert parsed == expected and isinstance(parsed, datetime) and parsed.utcoffset() is not None


def test_a_tax_time_that_is_no_time_is_refused_by_its_path() -> None:
    with pytest.raises(DecodeError) as info:
        TaxRecord.from_dict({"timestamp": "10/01/2025"})
    assert info.value.path == "$.timestamp" and "10/01/2025" in str(info.value)


def test_payment_records_parse_as_zuora_publishes_them(server: LocalServer) -> None:
    # https://developer.zuora.com/v1-api-reference/api/operation/getSystemHealthPaymentRecords/ (no timestamp field)
    sample = documented_example("zuora", "/system-health/payments/details", "get")
    server.handler = lambda s: Reply(200, sample)
    with Client(server.url, token="t") as c:
        page = payments.sync(client=c, start_time=START, end_time=END).first_page
    record = PaymentRecord(
        payment_method_type="CreditCardReferenceTransaction",
        amount=750000,
        payment_status="Error",
        source_type="PaymentRun",
        payment_gateway_response_code="12",
        payment_gateway_response_msg="Not enough balance",
        request_duration=2094,
        payment_number="P-IDN-00077028",
        payment_id="8a128a9c93d4070e0194339b8d8b300b",
        zuora_response_code="Declined",
        currency="Rupiah",
        source_id="PR-00151770",
        payment_gateway_type="Adyen",
        payment_date=date(2025, 1, 5),
    )
    assert page.data == [record, record]
    assert page.data[0].additional_properties == {}


def test_api_volume_summary_has_zuoras_per_path_and_method_counts(server: LocalServer) -> None:
    # https://developer.zuora.com/v1-api-reference/api/operation/GET_SystemHealthApiVolumeSummary/ names the path
    # "path"; zuora-sdk zuora_sdk/models/api_volume_summary_record.py names it "api": both are declared.
    sample = documented_example("zuora", "/system-health/api-requests/volume-summary", "get")
    sample["data"].append({"api": "/v1/orders", "httpMethod": "POST", "error": 1, "success": 2, "total": 3})
    server.handler = lambda s: Reply(200, sample)
    with Client(server.url, token="t") as c:
        summary = api_volume.sync(client=c, start_time=START, end_time=END)
    assert summary.data == [
        ApiVolumeSummaryRecord(
            error=0, http_method="DELETE", path="/notifications/notification-definitions", success=10, total=10
        ),
        ApiVolumeSummaryRecord(error=20, http_method="GET", path="/query/jobs/{job-id}", success=10, total=30),
        ApiVolumeSummaryRecord(api="/v1/orders", http_method="POST", error=1, success=2, total=3),
    ]


def test_billing_document_volume_summary_has_zuoras_totals(server: LocalServer) -> None:
    # https://developer.zuora.com/v1-api-reference/api/operation/GET_SystemHealthBillingDocVolumeSummary/;
    # zuora-sdk zuora_sdk/models/billing_doc_volume_summary_record.py
    server.handler = lambda s: Reply(
        200, documented_example("zuora", "/system-health/billing-documents/volume-summary", "get")
    )
    with Client(server.url, token="t") as c:
        summary = billing_volume.sync(client=c, start_time=START, end_time=END)
    assert summary.data == [
        BillingDocVolumeSummaryRecord(
            total_failed_accounts=10, total_generated_credit_memos=50, total_generated_invoices=100
        )
    ]


def test_payment_volume_summary_has_zuoras_per_gateway_and_method_counts(server: LocalServer) -> None:
    # https://developer.zuora.com/v1-api-reference/api/operation/GET_SystemHealthPaymentVolumeSummary/;
    # zuora-sdk zuora_sdk/models/payment_volume_summary_record.py
    server.handler = lambda s: Reply(200, documented_example("zuora", "/system-health/payments/volume-summary", "get"))
    with Client(server.url, token="t") as c:
        summary = payment_volume.sync(client=c, start_time=START, end_time=END)
    assert summary.data == [
        PaymentVolumeSummaryRecord(
            error=80, payment_gateway_type="Sample", payment_method_type="CreditCard", success=20, total=100
        ),
        PaymentVolumeSummaryRecord(
            error=10, payment_gateway_type="Adyen", payment_method_type="CreditCard", success=190, total=200
        ),
    ]


@pytest.mark.parametrize("operation", [api_volume, billing_volume, payment_volume])
def test_a_volume_summary_without_data_parses(server: LocalServer, operation: object) -> None:
    # zuora-sdk declares data Optional in all three get_*_volume_summary_response.py models.
    server.handler = lambda s: Reply(200, {})
    with Client(server.url, token="t") as c:
        summary = operation.sync(client=c, start_time=START, end_time=END)  # type: ignore[attr-defined]
    assert summary.to_dict() == {}
