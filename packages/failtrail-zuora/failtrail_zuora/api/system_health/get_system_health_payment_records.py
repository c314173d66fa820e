"""List payment system health records (operation ``getSystemHealthPaymentRecords``)."""

import datetime
from collections.abc import Mapping
from typing import Any, cast

import httpx
from failtrail_core.gen_v1 import (
    AsyncItems,
    AsyncPages,
    Cursor,
    Parser,
    SyncItems,
    SyncPages,
    UnreadableLog,
    UnreadableRecord,
    lenient_page,
    walk,
)

from ..._spec import OPERATIONS
from ...client import Client
from ...models.common_error_response import CommonErrorResponse
from ...models.payment_record import PaymentRecord
from ...models.payment_records_page import PaymentRecordsPage
from ...models.proxy_unauthorized_response import ProxyUnauthorizedResponse
from ...models.rate_limit_error_body import RateLimitErrorBody
from ...models.standard_error import StandardError
from ...models.system_health_error import SystemHealthError
from ...types import UNSET, Response, Unset

_OP = OPERATIONS["getSystemHealthPaymentRecords"]


def _parse_200(data: Any) -> PaymentRecordsPage:
    result: PaymentRecordsPage
    result = _PaymentRecordsPage_from_dict(data)

    return result


def _parse_400(data: Any) -> SystemHealthError:
    result: SystemHealthError
    result = _SystemHealthError_from_dict(data)

    return result


def _parse_401(data: Any) -> ProxyUnauthorizedResponse:
    result: ProxyUnauthorizedResponse
    result = _ProxyUnauthorizedResponse_from_dict(data)

    return result


def _parse_403(data: Any) -> CommonErrorResponse:
    result: CommonErrorResponse
    result = _CommonErrorResponse_from_dict(data)

    return result


def _parse_429(data: Any) -> RateLimitErrorBody:
    result: RateLimitErrorBody
    result = _RateLimitErrorBody_from_dict(data)

    return result


def _parse_500(data: Any) -> StandardError:
    result: StandardError
    result = _StandardError_from_dict(data)

    return result


def _ignore(data: Any) -> None:
    return None


_SUCCESS: Mapping[int, Parser] = {
    200: ("json", _parse_200),
}


def _lenient_200(data: Any) -> tuple[PaymentRecordsPage, list[UnreadableRecord]]:
    """A page whose unreadable records are set aside, not raised: the others are delivered."""
    return lenient_page(
        data,
        "data",
        _parse_200,
        PaymentRecord.from_dict,
        "data",
    )


_LENIENT: Mapping[int, Parser] = {
    200: ("json", _lenient_200),
}
_ERRORS: Mapping[int | str, Parser] = {
    400: ("json", _parse_400),
    401: ("json", _parse_401),
    403: ("json", _parse_403),
    429: ("json", _parse_429),
    500: ("json", _parse_500),
}


def _build(
    *,
    client: Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    page: int | None | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    payment_gateway_type: str | None | Unset = UNSET,
    payment_method_type: str | None | Unset = UNSET,
    payment_status: str | None | Unset = UNSET,
    payment_gateway_response_code: str | None | Unset = UNSET,
    currency: str | None | Unset = UNSET,
    sort: str | None | Unset = UNSET,
    accept_encoding: str | None | Unset = UNSET,
    content_encoding: str | None | Unset = UNSET,
    zuora_entity_ids: str | None | Unset = UNSET,
    zuora_org_ids: list[str] | str | None | Unset = UNSET,
    zuora_track_id: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> httpx.Request:
    return client.build_request(
        _OP,
        {
            "page": page,
            "pageSize": page_size,
            "paymentGatewayType": payment_gateway_type,
            "paymentMethodType": payment_method_type,
            "paymentStatus": payment_status,
            "paymentGatewayResponseCode": payment_gateway_response_code,
            "currency": currency,
            "sort": sort,
            "startTime": start_time,
            "endTime": end_time,
            "Accept-Encoding": accept_encoding,
            "Content-Encoding": content_encoding,
            "Zuora-Entity-Ids": zuora_entity_ids,
            "Zuora-Org-Ids": zuora_org_ids,
            "Zuora-Track-Id": zuora_track_id,
        },
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync_detailed(
    *,
    client: Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    page: int | None | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    payment_gateway_type: str | None | Unset = UNSET,
    payment_method_type: str | None | Unset = UNSET,
    payment_status: str | None | Unset = UNSET,
    payment_gateway_response_code: str | None | Unset = UNSET,
    currency: str | None | Unset = UNSET,
    sort: str | None | Unset = UNSET,
    accept_encoding: str | None | Unset = UNSET,
    content_encoding: str | None | Unset = UNSET,
    zuora_entity_ids: str | None | Unset = UNSET,
    zuora_org_ids: list[str] | str | None | Unset = UNSET,
    zuora_track_id: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[PaymentRecordsPage]:
    """List payment system health records (raw: never raises on a status).

    Args:
        client: the vendor client to send it with.
        page (``page`` in the query): The index number of the page that you want to retrieve. This
            parameter is dependent on pageSize: set pageSize before page. Default: 1.
        page_size (``pageSize`` in the query): The number of records returned per page in the
            response. Default: 20.
        payment_gateway_type (``paymentGatewayType`` in the query): Filters the records by payment
            gateway type. Example: Adyen
        payment_method_type (``paymentMethodType`` in the query): Filters the records by payment
            method type. Example: CreditCard
        payment_status (``paymentStatus`` in the query): Filters the records by payment status.
            Example: Error
        payment_gateway_response_code (``paymentGatewayResponseCode`` in the query): Filters the
            records by payment gateway response code. Example: Declined
        currency (``currency`` in the query): Filters the records by currency. Example: INR
        sort (``sort`` in the query): The order of the records: `[operator]field_name`; `-` sorts
            ascending, `+` or no operator descending. Zuora documents the sortable fields timestamp,
            latency, status and http_method, but its own request sample sorts by `amount` (and its
            records have no timestamp), so the value is not checked here.
        start_time (``startTime`` in the query): Start time, in the format yyyy-MM-dd'T'HH:mmZ.
            Example: 2022-09-22T09:07+0800
        end_time (``endTime`` in the query): End time, in the format yyyy-MM-dd'T'HH:mmZ; in the
            same time zone as startTime. Example: 2022-09-29T09:07+0800
        accept_encoding (``Accept-Encoding`` in the header): `gzip` asks Zuora to compress
            responses over 1000 bytes; the response then carries a Content-Encoding header. failtrail
            always sends it.
        content_encoding (``Content-Encoding`` in the header): `gzip` when the request payload is
            a gzipped file instead of plain JSON.
        zuora_entity_ids (``Zuora-Entity-Ids`` in the header): An entity ID. With Multi-entity
            enabled and a token valid for more than one entity, this header says which entity to
            perform the operation in. Defaults to the client's ``entity_ids``.
        zuora_org_ids (``Zuora-Org-Ids`` in the header): Comma separated org IDs (Multi-Org): the
            orgs to perform the operation in, a subset of the user's accessible orgs. Defaults to the
            client's ``org_ids``.
        zuora_track_id (``Zuora-Track-Id`` in the header): A custom identifier for tracing the API
            call; Zuora returns it in the response headers. At most 64 US-ASCII characters, none of
            colon, semicolon, double quote and quote. Defaults to the client's ``track_id``.
        timeout: overrides the client's timeout for this call.
        max_retries: overrides the client's retry budget for this call.
        extra_headers: headers to add (or override) on this call.
        extra_query: query parameters to add on this call.

    Returns:
        The status, headers, raw body and, where it parses, the model (success or error body).

    Raises:
        RequestValidationError: an argument breaks a documented rule; nothing was sent.
        APIConnectionError: no usable answer after the retries.
    """
    request = _build(
        client=client,
        page=page,
        page_size=page_size,
        payment_gateway_type=payment_gateway_type,
        payment_method_type=payment_method_type,
        payment_status=payment_status,
        payment_gateway_response_code=payment_gateway_response_code,
        currency=currency,
        sort=sort,
        start_time=start_time,
        end_time=end_time,
        accept_encoding=accept_encoding,
        content_encoding=content_encoding,
        zuora_entity_ids=zuora_entity_ids,
        zuora_org_ids=zuora_org_ids,
        zuora_track_id=zuora_track_id,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


def sync(
    *,
    client: Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    page: int | None | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    payment_gateway_type: str | None | Unset = UNSET,
    payment_method_type: str | None | Unset = UNSET,
    payment_status: str | None | Unset = UNSET,
    payment_gateway_response_code: str | None | Unset = UNSET,
    currency: str | None | Unset = UNSET,
    sort: str | None | Unset = UNSET,
    accept_encoding: str | None | Unset = UNSET,
    content_encoding: str | None | Unset = UNSET,
    zuora_entity_ids: str | None | Unset = UNSET,
    zuora_org_ids: list[str] | str | None | Unset = UNSET,
    zuora_track_id: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> PaymentRecordsPage:
    """List payment system health records

    Returns the System Health electronic payment records generated by your Zuora tenant within a
    specified time range. You can filter them by payment gateway type, payment method type,
    payment status, payment gateway response code and currency.

    Args:
        client: the vendor client to send it with.
        page (``page`` in the query): The index number of the page that you want to retrieve. This
            parameter is dependent on pageSize: set pageSize before page. Default: 1.
        page_size (``pageSize`` in the query): The number of records returned per page in the
            response. Default: 20.
        payment_gateway_type (``paymentGatewayType`` in the query): Filters the records by payment
            gateway type. Example: Adyen
        payment_method_type (``paymentMethodType`` in the query): Filters the records by payment
            method type. Example: CreditCard
        payment_status (``paymentStatus`` in the query): Filters the records by payment status.
            Example: Error
        payment_gateway_response_code (``paymentGatewayResponseCode`` in the query): Filters the
            records by payment gateway response code. Example: Declined
        currency (``currency`` in the query): Filters the records by currency. Example: INR
        sort (``sort`` in the query): The order of the records: `[operator]field_name`; `-` sorts
            ascending, `+` or no operator descending. Zuora documents the sortable fields timestamp,
            latency, status and http_method, but its own request sample sorts by `amount` (and its
            records have no timestamp), so the value is not checked here.
        start_time (``startTime`` in the query): Start time, in the format yyyy-MM-dd'T'HH:mmZ.
            Example: 2022-09-22T09:07+0800
        end_time (``endTime`` in the query): End time, in the format yyyy-MM-dd'T'HH:mmZ; in the
            same time zone as startTime. Example: 2022-09-29T09:07+0800
        accept_encoding (``Accept-Encoding`` in the header): `gzip` asks Zuora to compress
            responses over 1000 bytes; the response then carries a Content-Encoding header. failtrail
            always sends it.
        content_encoding (``Content-Encoding`` in the header): `gzip` when the request payload is
            a gzipped file instead of plain JSON.
        zuora_entity_ids (``Zuora-Entity-Ids`` in the header): An entity ID. With Multi-entity
            enabled and a token valid for more than one entity, this header says which entity to
            perform the operation in. Defaults to the client's ``entity_ids``.
        zuora_org_ids (``Zuora-Org-Ids`` in the header): Comma separated org IDs (Multi-Org): the
            orgs to perform the operation in, a subset of the user's accessible orgs. Defaults to the
            client's ``org_ids``.
        zuora_track_id (``Zuora-Track-Id`` in the header): A custom identifier for tracing the API
            call; Zuora returns it in the response headers. At most 64 US-ASCII characters, none of
            colon, semicolon, double quote and quote. Defaults to the client's ``track_id``.
        timeout: overrides the client's timeout for this call.
        max_retries: overrides the client's retry budget for this call.
        extra_headers: headers to add (or override) on this call.
        extra_query: query parameters to add on this call.

    Raises:
        RequestValidationError: an argument breaks a documented rule; nothing was sent.
        APIStatusError: the API answered 4xx/5xx (a subclass per status, with the parsed error body).
        APIConnectionError: no usable answer after the retries (APITimeoutError on a timeout).
        ResponseParseError: the answer does not match the spec.
    """
    request = _build(
        client=client,
        page=page,
        page_size=page_size,
        payment_gateway_type=payment_gateway_type,
        payment_method_type=payment_method_type,
        payment_status=payment_status,
        payment_gateway_response_code=payment_gateway_response_code,
        currency=currency,
        sort=sort,
        start_time=start_time,
        end_time=end_time,
        accept_encoding=accept_encoding,
        content_encoding=content_encoding,
        zuora_entity_ids=zuora_entity_ids,
        zuora_org_ids=zuora_org_ids,
        zuora_track_id=zuora_track_id,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    result: PaymentRecordsPage = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    *,
    client: Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    page: int | None | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    payment_gateway_type: str | None | Unset = UNSET,
    payment_method_type: str | None | Unset = UNSET,
    payment_status: str | None | Unset = UNSET,
    payment_gateway_response_code: str | None | Unset = UNSET,
    currency: str | None | Unset = UNSET,
    sort: str | None | Unset = UNSET,
    accept_encoding: str | None | Unset = UNSET,
    content_encoding: str | None | Unset = UNSET,
    zuora_entity_ids: str | None | Unset = UNSET,
    zuora_org_ids: list[str] | str | None | Unset = UNSET,
    zuora_track_id: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[PaymentRecordsPage]:
    """The async form of :func:`sync_detailed`: List payment system health records (raw: never raises on a status).

    Args:
        client: the vendor client to send it with.
        page (``page`` in the query): The index number of the page that you want to retrieve. This
            parameter is dependent on pageSize: set pageSize before page. Default: 1.
        page_size (``pageSize`` in the query): The number of records returned per page in the
            response. Default: 20.
        payment_gateway_type (``paymentGatewayType`` in the query): Filters the records by payment
            gateway type. Example: Adyen
        payment_method_type (``paymentMethodType`` in the query): Filters the records by payment
            method type. Example: CreditCard
        payment_status (``paymentStatus`` in the query): Filters the records by payment status.
            Example: Error
        payment_gateway_response_code (``paymentGatewayResponseCode`` in the query): Filters the
            records by payment gateway response code. Example: Declined
        currency (``currency`` in the query): Filters the records by currency. Example: INR
        sort (``sort`` in the query): The order of the records: `[operator]field_name`; `-` sorts
            ascending, `+` or no operator descending. Zuora documents the sortable fields timestamp,
            latency, status and http_method, but its own request sample sorts by `amount` (and its
            records have no timestamp), so the value is not checked here.
        start_time (``startTime`` in the query): Start time, in the format yyyy-MM-dd'T'HH:mmZ.
            Example: 2022-09-22T09:07+0800
        end_time (``endTime`` in the query): End time, in the format yyyy-MM-dd'T'HH:mmZ; in the
            same time zone as startTime. Example: 2022-09-29T09:07+0800
        accept_encoding (``Accept-Encoding`` in the header): `gzip` asks Zuora to compress
            responses over 1000 bytes; the response then carries a Content-Encoding header. failtrail
            always sends it.
        content_encoding (``Content-Encoding`` in the header): `gzip` when the request payload is
            a gzipped file instead of plain JSON.
        zuora_entity_ids (``Zuora-Entity-Ids`` in the header): An entity ID. With Multi-entity
            enabled and a token valid for more than one entity, this header says which entity to
            perform the operation in. Defaults to the client's ``entity_ids``.
        zuora_org_ids (``Zuora-Org-Ids`` in the header): Comma separated org IDs (Multi-Org): the
            orgs to perform the operation in, a subset of the user's accessible orgs. Defaults to the
            client's ``org_ids``.
        zuora_track_id (``Zuora-Track-Id`` in the header): A custom identifier for tracing the API
            call; Zuora returns it in the response headers. At most 64 US-ASCII characters, none of
            colon, semicolon, double quote and quote. Defaults to the client's ``track_id``.
        timeout: overrides the client's timeout for this call.
        max_retries: overrides the client's retry budget for this call.
        extra_headers: headers to add (or override) on this call.
        extra_query: query parameters to add on this call.

    Returns:
        The status, headers, raw body and, where it parses, the model (success or error body).

    Raises:
        RequestValidationError: an argument breaks a documented rule; nothing was sent.
        APIConnectionError: no usable answer after the retries."""
    request = _build(
        client=client,
        page=page,
        page_size=page_size,
        payment_gateway_type=payment_gateway_type,
        payment_method_type=payment_method_type,
        payment_status=payment_status,
        payment_gateway_response_code=payment_gateway_response_code,
        currency=currency,
        sort=sort,
        start_time=start_time,
        end_time=end_time,
        accept_encoding=accept_encoding,
        content_encoding=content_encoding,
        zuora_entity_ids=zuora_entity_ids,
        zuora_org_ids=zuora_org_ids,
        zuora_track_id=zuora_track_id,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


async def asyncio(
    *,
    client: Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    page: int | None | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    payment_gateway_type: str | None | Unset = UNSET,
    payment_method_type: str | None | Unset = UNSET,
    payment_status: str | None | Unset = UNSET,
    payment_gateway_response_code: str | None | Unset = UNSET,
    currency: str | None | Unset = UNSET,
    sort: str | None | Unset = UNSET,
    accept_encoding: str | None | Unset = UNSET,
    content_encoding: str | None | Unset = UNSET,
    zuora_entity_ids: str | None | Unset = UNSET,
    zuora_org_ids: list[str] | str | None | Unset = UNSET,
    zuora_track_id: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> PaymentRecordsPage:
    """The async form of :func:`sync`: List payment system health records

    Returns the System Health electronic payment records generated by your Zuora tenant within a
    specified time range. You can filter them by payment gateway type, payment method type,
    payment status, payment gateway response code and currency.

    Args:
        client: the vendor client to send it with.
        page (``page`` in the query): The index number of the page that you want to retrieve. This
            parameter is dependent on pageSize: set pageSize before page. Default: 1.
        page_size (``pageSize`` in the query): The number of records returned per page in the
            response. Default: 20.
        payment_gateway_type (``paymentGatewayType`` in the query): Filters the records by payment
            gateway type. Example: Adyen
        payment_method_type (``paymentMethodType`` in the query): Filters the records by payment
            method type. Example: CreditCard
        payment_status (``paymentStatus`` in the query): Filters the records by payment status.
            Example: Error
        payment_gateway_response_code (``paymentGatewayResponseCode`` in the query): Filters the
            records by payment gateway response code. Example: Declined
        currency (``currency`` in the query): Filters the records by currency. Example: INR
        sort (``sort`` in the query): The order of the records: `[operator]field_name`; `-` sorts
            ascending, `+` or no operator descending. Zuora documents the sortable fields timestamp,
            latency, status and http_method, but its own request sample sorts by `amount` (and its
            records have no timestamp), so the value is not checked here.
        start_time (``startTime`` in the query): Start time, in the format yyyy-MM-dd'T'HH:mmZ.
            Example: 2022-09-22T09:07+0800
        end_time (``endTime`` in the query): End time, in the format yyyy-MM-dd'T'HH:mmZ; in the
            same time zone as startTime. Example: 2022-09-29T09:07+0800
        accept_encoding (``Accept-Encoding`` in the header): `gzip` asks Zuora to compress
            responses over 1000 bytes; the response then carries a Content-Encoding header. failtrail
            always sends it.
        content_encoding (``Content-Encoding`` in the header): `gzip` when the request payload is
            a gzipped file instead of plain JSON.
        zuora_entity_ids (``Zuora-Entity-Ids`` in the header): An entity ID. With Multi-entity
            enabled and a token valid for more than one entity, this header says which entity to
            perform the operation in. Defaults to the client's ``entity_ids``.
        zuora_org_ids (``Zuora-Org-Ids`` in the header): Comma separated org IDs (Multi-Org): the
            orgs to perform the operation in, a subset of the user's accessible orgs. Defaults to the
            client's ``org_ids``.
        zuora_track_id (``Zuora-Track-Id`` in the header): A custom identifier for tracing the API
            call; Zuora returns it in the response headers. At most 64 US-ASCII characters, none of
            colon, semicolon, double quote and quote. Defaults to the client's ``track_id``.
        timeout: overrides the client's timeout for this call.
        max_retries: overrides the client's retry budget for this call.
        extra_headers: headers to add (or override) on this call.
        extra_query: query parameters to add on this call.

    Raises:
        RequestValidationError: an argument breaks a documented rule; nothing was sent.
        APIStatusError: the API answered 4xx/5xx (a subclass per status, with the parsed error body).
        APIConnectionError: no usable answer after the retries (APITimeoutError on a timeout).
        ResponseParseError: the answer does not match the spec."""
    request = _build(
        client=client,
        page=page,
        page_size=page_size,
        payment_gateway_type=payment_gateway_type,
        payment_method_type=payment_method_type,
        payment_status=payment_status,
        payment_gateway_response_code=payment_gateway_response_code,
        currency=currency,
        sort=sort,
        start_time=start_time,
        end_time=end_time,
        accept_encoding=accept_encoding,
        content_encoding=content_encoding,
        zuora_entity_ids=zuora_entity_ids,
        zuora_org_ids=zuora_org_ids,
        zuora_track_id=zuora_track_id,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    result: PaymentRecordsPage = client.parse(response, _SUCCESS, _ERRORS)
    return result


def _walk(page_size: Any) -> Any:
    return walk(
        _OP.pagination,  # type: ignore[arg-type]
        lambda p: p.data,
        lambda p: p.next_page,
        page_size if isinstance(page_size, int) else 20,
    )


def iter_pages(
    *,
    client: Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    page_size: int | None | Unset = UNSET,
    payment_gateway_type: str | None | Unset = UNSET,
    payment_method_type: str | None | Unset = UNSET,
    payment_status: str | None | Unset = UNSET,
    payment_gateway_response_code: str | None | Unset = UNSET,
    currency: str | None | Unset = UNSET,
    sort: str | None | Unset = UNSET,
    accept_encoding: str | None | Unset = UNSET,
    content_encoding: str | None | Unset = UNSET,
    zuora_entity_ids: str | None | Unset = UNSET,
    zuora_org_ids: list[str] | str | None | Unset = UNSET,
    zuora_track_id: str | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> SyncPages[PaymentRecordsPage, PaymentRecord]:
    """Every page, one request at a time (``prefetch`` > 1 keeps that many in flight where the scheme allows).

    Start from ``cursor`` (a stored ``Cursor`` or its string) to resume an interrupted walk. A record
    that cannot be read is set aside in the pages' ``.unreadable`` and the rest of its page is
    delivered; ``strict=True`` raises ``ResponseParseError`` for the page instead.
    """
    unreadable = UnreadableLog()

    def fetch(position: Any) -> PaymentRecordsPage:
        request = _build(
            client=client,
            page=UNSET if position is None else position,
            page_size=page_size,
            payment_gateway_type=payment_gateway_type,
            payment_method_type=payment_method_type,
            payment_status=payment_status,
            payment_gateway_response_code=payment_gateway_response_code,
            currency=currency,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            accept_encoding=accept_encoding,
            content_encoding=content_encoding,
            zuora_entity_ids=zuora_entity_ids,
            zuora_org_ids=zuora_org_ids,
            zuora_track_id=zuora_track_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
        if strict:
            result: PaymentRecordsPage = client.parse(response, _SUCCESS, _ERRORS)
            return result
        page, bad = client.parse(response, _LENIENT, _ERRORS)
        unreadable.hold(position, bad)
        return cast(PaymentRecordsPage, page)

    return SyncPages(_walk(page_size), fetch, Cursor.parse(cursor), prefetch, unreadable)


def iter_items(
    *,
    client: Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    page_size: int | None | Unset = UNSET,
    payment_gateway_type: str | None | Unset = UNSET,
    payment_method_type: str | None | Unset = UNSET,
    payment_status: str | None | Unset = UNSET,
    payment_gateway_response_code: str | None | Unset = UNSET,
    currency: str | None | Unset = UNSET,
    sort: str | None | Unset = UNSET,
    accept_encoding: str | None | Unset = UNSET,
    content_encoding: str | None | Unset = UNSET,
    zuora_entity_ids: str | None | Unset = UNSET,
    zuora_org_ids: list[str] | str | None | Unset = UNSET,
    zuora_track_id: str | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> SyncItems[PaymentRecordsPage, PaymentRecord]:
    """Every record across all pages, in order; ``.cursor`` says where to resume, ``.unreadable``
    holds the records that could not be read (``strict=True`` raises instead)."""
    return SyncItems(
        iter_pages(
            client=client,
            page_size=page_size,
            payment_gateway_type=payment_gateway_type,
            payment_method_type=payment_method_type,
            payment_status=payment_status,
            payment_gateway_response_code=payment_gateway_response_code,
            currency=currency,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            accept_encoding=accept_encoding,
            content_encoding=content_encoding,
            zuora_entity_ids=zuora_entity_ids,
            zuora_org_ids=zuora_org_ids,
            zuora_track_id=zuora_track_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            cursor=cursor,
            prefetch=prefetch,
            strict=strict,
        )
    )


def aiter_pages(
    *,
    client: Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    page_size: int | None | Unset = UNSET,
    payment_gateway_type: str | None | Unset = UNSET,
    payment_method_type: str | None | Unset = UNSET,
    payment_status: str | None | Unset = UNSET,
    payment_gateway_response_code: str | None | Unset = UNSET,
    currency: str | None | Unset = UNSET,
    sort: str | None | Unset = UNSET,
    accept_encoding: str | None | Unset = UNSET,
    content_encoding: str | None | Unset = UNSET,
    zuora_entity_ids: str | None | Unset = UNSET,
    zuora_org_ids: list[str] | str | None | Unset = UNSET,
    zuora_track_id: str | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> AsyncPages[PaymentRecordsPage, PaymentRecord]:
    """The async form of :func:`iter_pages`."""
    unreadable = UnreadableLog()

    async def fetch(position: Any) -> PaymentRecordsPage:
        request = _build(
            client=client,
            page=UNSET if position is None else position,
            page_size=page_size,
            payment_gateway_type=payment_gateway_type,
            payment_method_type=payment_method_type,
            payment_status=payment_status,
            payment_gateway_response_code=payment_gateway_response_code,
            currency=currency,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            accept_encoding=accept_encoding,
            content_encoding=content_encoding,
            zuora_entity_ids=zuora_entity_ids,
            zuora_org_ids=zuora_org_ids,
            zuora_track_id=zuora_track_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
        if strict:
            result: PaymentRecordsPage = client.parse(response, _SUCCESS, _ERRORS)
            return result
        page, bad = client.parse(response, _LENIENT, _ERRORS)
        unreadable.hold(position, bad)
        return cast(PaymentRecordsPage, page)

    return AsyncPages(_walk(page_size), fetch, Cursor.parse(cursor), prefetch, unreadable)


def aiter_items(
    *,
    client: Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    page_size: int | None | Unset = UNSET,
    payment_gateway_type: str | None | Unset = UNSET,
    payment_method_type: str | None | Unset = UNSET,
    payment_status: str | None | Unset = UNSET,
    payment_gateway_response_code: str | None | Unset = UNSET,
    currency: str | None | Unset = UNSET,
    sort: str | None | Unset = UNSET,
    accept_encoding: str | None | Unset = UNSET,
    content_encoding: str | None | Unset = UNSET,
    zuora_entity_ids: str | None | Unset = UNSET,
    zuora_org_ids: list[str] | str | None | Unset = UNSET,
    zuora_track_id: str | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> AsyncItems[PaymentRecordsPage, PaymentRecord]:
    """The async form of :func:`iter_items`."""
    return AsyncItems(
        aiter_pages(
            client=client,
            page_size=page_size,
            payment_gateway_type=payment_gateway_type,
            payment_method_type=payment_method_type,
            payment_status=payment_status,
            payment_gateway_response_code=payment_gateway_response_code,
            currency=currency,
            sort=sort,
            start_time=start_time,
            end_time=end_time,
            accept_encoding=accept_encoding,
            content_encoding=content_encoding,
            zuora_entity_ids=zuora_entity_ids,
            zuora_org_ids=zuora_org_ids,
            zuora_track_id=zuora_track_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
            cursor=cursor,
            prefetch=prefetch,
            strict=strict,
        )
    )


# Bound once at import: the parsers above call these by their module-level names.
_CommonErrorResponse_from_dict = CommonErrorResponse.from_dict
_PaymentRecordsPage_from_dict = PaymentRecordsPage.from_dict
_ProxyUnauthorizedResponse_from_dict = ProxyUnauthorizedResponse.from_dict
_RateLimitErrorBody_from_dict = RateLimitErrorBody.from_dict
_StandardError_from_dict = StandardError.from_dict
_SystemHealthError_from_dict = SystemHealthError.from_dict
