"""Each System Health operation: Zuora's operationId, exactly the query parameters Zuora documents, its sort.

Sources: the operation's reference page (cited per test) and, for the three volume summaries, the
official zuora-sdk 3.21.0 (``zuora_sdk/api/api_health_api.py``, ``bill_run_health_api.py``,
``electronic_payments_health_api.py``).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qs

import pytest
from failtrail_zuora import OPERATIONS, Client, RequestValidationError
from failtrail_zuora.api import system_health
from failtrail_zuora.api.system_health import get_system_health_api_failure_records as failures
from failtrail_zuora.api.system_health import get_system_health_api_performance_records as details
from failtrail_zuora.api.system_health import get_system_health_api_volume_summary as api_volume
from failtrail_zuora.api.system_health import get_system_health_billing_doc_volume_summary as billing_volume
from failtrail_zuora.api.system_health import get_system_health_payment_records as payments
from failtrail_zuora.api.system_health import get_system_health_payment_volume_summary as payment_volume
from failtrail_zuora.api.system_health import get_system_health_tax_records as taxes

from tests.conftest import LocalServer, Reply

TZ8 = timezone(timedelta(hours=8))
START = datetime(2024, 9, 22, 9, 7, tzinfo=TZ8)
END = datetime(2024, 9, 23, 9, 7, tzinfo=TZ8)
WINDOW = {"startTime": ["2024-09-22T09:07+0800"], "endTime": ["2024-09-23T09:07+0800"]}
ALL = [failures, details, api_volume, billing_volume, payment_volume, payments, taxes]


def test_operation_ids_are_zuoras() -> None:
    # The reference pages' URLs: .../operation/<operationId>/ (and zuora-sdk's method names, snake-cased).
    assert sorted(OPERATIONS) == sorted(
        [
            "getSystemHealthApiFailureRecords",
            "getSystemHealthApiPerformanceRecords",
            "GET_SystemHealthApiVolumeSummary",
            "GET_SystemHealthBillingDocVolumeSummary",
            "GET_SystemHealthPaymentVolumeSummary",
            "getSystemHealthPaymentRecords",
            "getSystemHealthTaxRecords",
            "createToken",
        ]
    )
    modules = {name for name in dir(system_health) if name.startswith("get_")}
    assert {
        "get_system_health_api_performance_records",
        "get_system_health_payment_records",
        "get_system_health_tax_records",
    } <= modules
    assert not {n for n in modules if "detail_records" in n or "usage_detail" in n}


def _query(server: LocalServer, call: Callable[..., Any], **kwargs: Any) -> dict[str, list[str]]:
    server.handler = lambda s: Reply(200, {"data": []})
    with Client(server.url, token="t") as c:
        call(client=c, start_time=START, end_time=END, **kwargs)
    return parse_qs(server.seen[-1].query)


def _filters(module: Any) -> set[str]:
    skip = {"client", "start_time", "end_time", "timeout", "max_retries", "extra_headers", "extra_query"}
    # The query filters of one request; Accept-Encoding and Content-Encoding are no arguments at all (see
    # test_every_operation_sends_one_entity_id_and_leaves_the_encodings_to_the_http_layer), so they count here.
    return {name for name in inspect.signature(module.sync_detailed).parameters if name not in skip} - {
        "zuora_entity_ids",
        "zuora_org_ids",
        "zuora_track_id",
    }


def test_usage_details_take_zuoras_filters_and_sort_and_no_http_status(server: LocalServer) -> None:
    # https://developer.zuora.com/v1-api-reference/api/operation/getSystemHealthApiPerformanceRecords/:
    # page, pageSize, path, httpMethod, responseCode, requestId, trackId, sort, startTime, endTime.
    assert _filters(details) == {
        "page", "page_size", "path", "http_method", "response_code", "request_id", "track_id", "sort"
    }  # fmt: skip
    sent = _query(
        server,
        details.sync_detailed,  # one request, at the page asked for
        page=2,
        page_size=10,
        path="/v1/orders",
        http_method="POST",
        response_code="TOO_MANY_REQUESTS",
        request_id="628fc2f4-8ab4-4e2d-bfd4-eb15fd4d2f52",
        track_id="trk-1",
        sort="-timestamp",  # the page's own curl sample sorts so
    )
    assert sent == {
        "page": ["2"],
        "pageSize": ["10"],
        "path": ["/v1/orders"],
        "httpMethod": ["POST"],
        "responseCode": ["TOO_MANY_REQUESTS"],
        "requestId": ["628fc2f4-8ab4-4e2d-bfd4-eb15fd4d2f52"],
        "trackId": ["trk-1"],
        "sort": ["-timestamp"],
        **WINDOW,
    }


@pytest.mark.parametrize("operation", [failures, details])
@pytest.mark.parametrize("sort", ["-timestamp", "timerange", "+latency", "http_method", "-http_status", "api"])
def test_api_request_sorts_zuora_lists_and_its_samples_use_go_out(
    server: LocalServer, operation: Any, sort: str
) -> None:
    # Listed: "timerange latency http_method http_status api"; the curl samples of
    # .../getSystemHealthApiFailureRecords/ and .../getSystemHealthApiPerformanceRecords/ send sort=-timestamp.
    assert _query(server, operation.sync, sort=sort)["sort"] == [sort]


@pytest.mark.parametrize("operation", [failures, details])
def test_api_request_sort_on_another_field_is_refused_before_sending(server: LocalServer, operation: Any) -> None:
    with Client(server.url, token="t") as c, pytest.raises(RequestValidationError) as info:
        operation.sync(client=c, start_time=START, end_time=END, sort="-amount")
    assert (info.value.parameter, info.value.rule) == ("sort", "pattern") and server.seen == []


def test_api_volume_summary_filters(server: LocalServer) -> None:
    # .../GET_SystemHealthApiVolumeSummary/; zuora-sdk api_health_api.py appends path, httpMethod, startTime, endTime.
    assert _filters(api_volume) == {"path", "http_method"}
    sent = _query(server, api_volume.sync, path="/v1/orders", http_method="POST")
    assert sent == {"path": ["/v1/orders"], "httpMethod": ["POST"], **WINDOW}


def test_billing_volume_summary_has_only_the_time_range(server: LocalServer) -> None:
    # .../GET_SystemHealthBillingDocVolumeSummary/; zuora-sdk bill_run_health_api.py appends startTime, endTime only.
    assert _filters(billing_volume) == set()
    assert _query(server, billing_volume.sync) == WINDOW


def test_payment_volume_summary_filters_by_gateway_and_method_type(server: LocalServer) -> None:
    # .../GET_SystemHealthPaymentVolumeSummary/; zuora-sdk electronic_payments_health_api.py appends only
    # paymentGatewayType and paymentMethodType (no "gateway").
    assert _filters(payment_volume) == {"payment_gateway_type", "payment_method_type"}
    sent = _query(server, payment_volume.sync, payment_gateway_type="Adyen", payment_method_type="CreditCard")
    assert sent == {"paymentGatewayType": ["Adyen"], "paymentMethodType": ["CreditCard"], **WINDOW}


def test_payment_records_filters_and_free_sort(server: LocalServer) -> None:
    # https://developer.zuora.com/v1-api-reference/api/operation/getSystemHealthPaymentRecords/: paymentGatewayType,
    # paymentMethodType, paymentStatus, paymentGatewayResponseCode, currency, sort; its curl sends sort=amount,
    # which is not among the fields it lists, so sort is not checked.
    assert _filters(payments) == {
        "page", "page_size", "payment_gateway_type", "payment_method_type", "payment_status",
        "payment_gateway_response_code", "currency", "sort",
    }  # fmt: skip
    sent = _query(
        server,
        payments.sync_detailed,  # one request, at the page asked for
        page=3,
        page_size=1,
        payment_gateway_type="Adyen",
        payment_method_type="CreditCard",
        payment_status="Error",
        payment_gateway_response_code="Declined",
        currency="INR",
        sort="amount",
    )
    assert sent == {
        "page": ["3"],
        "pageSize": ["1"],
        "paymentGatewayType": ["Adyen"],
        "paymentMethodType": ["CreditCard"],
        "paymentStatus": ["Error"],
        "paymentGatewayResponseCode": ["Declined"],
        "currency": ["INR"],
        "sort": ["amount"],
        **WINDOW,
    }


def test_tax_records_filters_and_sort(server: LocalServer) -> None:
    # https://developer.zuora.com/v1-api-reference/api/operation/getSystemHealthTaxRecords/: vendorName, eventType,
    # status; sort fields timestamp, total_duration, vendor_duration, status, document_number.
    assert _filters(taxes) == {"page", "page_size", "vendor_name", "event_type", "status", "sort"}
    sent = _query(
        server,
        taxes.sync_detailed,  # one request: nothing unasked for goes out (a walk asks for page 1 by number)
        vendor_name="AvaTax",
        event_type="taxGenerate",
        status="success",
        sort="-total_duration",
    )
    assert sent == {
        "vendorName": ["AvaTax"],
        "eventType": ["taxGenerate"],
        "status": ["success"],
        "sort": ["-total_duration"],
        **WINDOW,
    }


@pytest.mark.parametrize("sort", ["-timestamp", "total_duration", "+vendor_duration", "status", "document_number"])
def test_tax_sorts_zuora_lists_go_out(server: LocalServer, sort: str) -> None:
    assert _query(server, taxes.sync, sort=sort)["sort"] == [sort]


@pytest.mark.parametrize("sort", ["-latency", "amount", "timestamp-"])
def test_tax_sort_on_another_field_is_refused_before_sending(server: LocalServer, sort: str) -> None:
    with Client(server.url, token="t") as c, pytest.raises(RequestValidationError) as info:
        taxes.sync(client=c, start_time=START, end_time=END, sort=sort)
    assert (info.value.parameter, info.value.rule) == ("sort", "pattern") and server.seen == []


@pytest.mark.parametrize("operation", ALL)
def test_every_operation_sends_one_entity_id_and_leaves_the_encodings_to_the_http_layer(
    server: LocalServer, operation: Any
) -> None:
    # Zuora-Entity-Ids is "An entity ID" (one), which Zuora's OpenAPI file names
    # GLOBAL_HEADER_Zuora_Entity_Ids_Single. Every System Health page and zuora-sdk method lists Accept-Encoding
    # and Content-Encoding: declared x-failtrail-transport (specs/zuora/SOURCES.md), so no argument: httpx asks
    # for gzip and inflates the answer, and a GET has no body to encode.
    for call in (operation.sync, operation.sync_detailed, operation.asyncio, operation.asyncio_detailed):
        assert not {"accept_encoding", "content_encoding"} & set(inspect.signature(call).parameters)
    server.handler = lambda s: Reply(200, {"data": []})
    with Client(server.url, token="t", entity_ids="8a8aa0a8") as c:
        operation.sync(client=c, start_time=START, end_time=END)
    headers = server.seen[0].headers
    assert (headers["zuora-entity-ids"], headers["accept-encoding"]) == ("8a8aa0a8", "gzip")
    assert "content-encoding" not in headers
