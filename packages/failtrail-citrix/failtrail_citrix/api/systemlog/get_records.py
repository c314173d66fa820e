"""Get system log records in a time range (operation ``GetRecords``)."""

import datetime
from collections.abc import Mapping
from typing import Any, cast

import httpx
from failtrail_core.gen_v1 import (
    AsyncItems,
    AsyncPages,
    Cursor,
    OneOf,
    Parser,
    SyncItems,
    SyncPages,
    UnreadableLog,
    UnreadableRecord,
    bad_type,
    lenient_page,
    walk,
)

from ..._spec import OPERATIONS
from ...client import Client
from ...models.citrix_error import CitrixError
from ...models.gateway_error import GatewayError
from ...models.records_page import RecordsPage
from ...models.system_log_record import SystemLogRecord
from ...types import UNSET, Response, Unset

_OP = OPERATIONS["GetRecords"]


def _parse_200(data: Any) -> RecordsPage:
    result: RecordsPage
    result = _RecordsPage_from_dict(data)

    return result


def _parse_400(data: Any) -> CitrixError:
    result: CitrixError
    result = _CitrixError_from_dict(data)

    return result


def _parse_401(data: Any) -> CitrixError | GatewayError:
    result: CitrixError | GatewayError
    if type(data) is dict:
        result = _result_shapes(data, "$")
    else:
        bad_type("$", "object", data)

    return result


def _parse_403(data: Any) -> CitrixError | GatewayError:
    result: CitrixError | GatewayError
    if type(data) is dict:
        result = _result_shapes(data, "$")
    else:
        bad_type("$", "object", data)

    return result


def _parse_404(data: Any) -> CitrixError:
    result: CitrixError
    result = _CitrixError_from_dict(data)

    return result


def _parse_406(data: Any) -> CitrixError:
    result: CitrixError
    result = _CitrixError_from_dict(data)

    return result


def _parse_429(data: Any) -> CitrixError:
    result: CitrixError
    result = _CitrixError_from_dict(data)

    return result


def _parse_500(data: Any) -> CitrixError:
    result: CitrixError
    result = _CitrixError_from_dict(data)

    return result


def _ignore(data: Any) -> None:
    return None


_SUCCESS: Mapping[int, Parser] = {
    200: ("json", _parse_200),
}


def _lenient_200(data: Any) -> tuple[RecordsPage, list[UnreadableRecord]]:
    """A page whose unreadable records are set aside, not raised: the others are delivered."""
    return lenient_page(
        data,
        "Items",
        _parse_200,
        SystemLogRecord.from_dict,
        "items",
    )


_LENIENT: Mapping[int, Parser] = {
    200: ("json", _lenient_200),
}
_ERRORS: Mapping[int | str, Parser] = {
    400: ("json", _parse_400),
    401: ("json", _parse_401),
    403: ("json", _parse_403),
    404: ("json", _parse_404),
    406: ("json", _parse_406),
    429: ("json", _parse_429),
    500: ("json", _parse_500),
}


def _build(
    *,
    client: Client,
    start_date_time: datetime.datetime | None | Unset = UNSET,
    end_date_time: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    continuation_token: str | None | Unset = UNSET,
    citrix_customer_id: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> httpx.Request:
    return client.build_request(
        _OP,
        {
            "StartDateTime": start_date_time,
            "EndDateTime": end_date_time,
            "Limit": limit,
            "ContinuationToken": continuation_token,
            "Citrix-CustomerId": citrix_customer_id,
        },
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync_detailed(
    *,
    client: Client,
    start_date_time: datetime.datetime | None | Unset = UNSET,
    end_date_time: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    continuation_token: str | None | Unset = UNSET,
    citrix_customer_id: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[RecordsPage]:
    """Get system log records in a time range (raw: never raises on a status).

    Args:
        client: the vendor client to send it with.
        start_date_time (``StartDateTime`` in the query): Start date from which logs need to be
            retrieved. Should be specified as yyyy-MM-ddTHH:mm:ssZ. All DateTimes are in UTC. If not
            specified default value is DateTime.MinValue.
        end_date_time (``EndDateTime`` in the query): End date to which logs need to be retrieved.
            Should be specified as yyyy-MM-ddTHH:mm:ssZ. All DateTimes are in UTC. If not specified
            default value is DateTime.Now.
        limit (``Limit`` in the query): Number of records to be retrieved. Default value is 50.
            Maximum items per page is between 1 and 200. Default: 50.
        continuation_token (``ContinuationToken`` in the query): If there are more than the Limit
            value number of records the API will return a ContinuationToken. The caller should pass
            this in the next request to get the next page. The caller is not expected to modify the
            ContinuationToken.
        citrix_customer_id (``Citrix-CustomerId`` in the header): The Citrix Cloud customer ID,
            passed in the Citrix-CustomerId header (a mandatory parameter). It is shown under Identity
            and Access Management > API Access, in the description above the Create Client button.
            Defaults to the client's ``customer_id``.
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
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        limit=limit,
        continuation_token=continuation_token,
        citrix_customer_id=citrix_customer_id,
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
    start_date_time: datetime.datetime | None | Unset = UNSET,
    end_date_time: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    continuation_token: str | None | Unset = UNSET,
    citrix_customer_id: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> RecordsPage:
    """Get system log records in a time range

    This API is called to get system log records in the specified time range.

    It will return all the records in that time range. If there are more records than the
    default take count it will return a continuation token that can be used for getting the
    remaining records.

    Args:
        client: the vendor client to send it with.
        start_date_time (``StartDateTime`` in the query): Start date from which logs need to be
            retrieved. Should be specified as yyyy-MM-ddTHH:mm:ssZ. All DateTimes are in UTC. If not
            specified default value is DateTime.MinValue.
        end_date_time (``EndDateTime`` in the query): End date to which logs need to be retrieved.
            Should be specified as yyyy-MM-ddTHH:mm:ssZ. All DateTimes are in UTC. If not specified
            default value is DateTime.Now.
        limit (``Limit`` in the query): Number of records to be retrieved. Default value is 50.
            Maximum items per page is between 1 and 200. Default: 50.
        continuation_token (``ContinuationToken`` in the query): If there are more than the Limit
            value number of records the API will return a ContinuationToken. The caller should pass
            this in the next request to get the next page. The caller is not expected to modify the
            ContinuationToken.
        citrix_customer_id (``Citrix-CustomerId`` in the header): The Citrix Cloud customer ID,
            passed in the Citrix-CustomerId header (a mandatory parameter). It is shown under Identity
            and Access Management > API Access, in the description above the Create Client button.
            Defaults to the client's ``customer_id``.
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
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        limit=limit,
        continuation_token=continuation_token,
        citrix_customer_id=citrix_customer_id,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    result: RecordsPage = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    *,
    client: Client,
    start_date_time: datetime.datetime | None | Unset = UNSET,
    end_date_time: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    continuation_token: str | None | Unset = UNSET,
    citrix_customer_id: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[RecordsPage]:
    """The async form of :func:`sync_detailed`: Get system log records in a time range (raw: never raises on a status).

    Args:
        client: the vendor client to send it with.
        start_date_time (``StartDateTime`` in the query): Start date from which logs need to be
            retrieved. Should be specified as yyyy-MM-ddTHH:mm:ssZ. All DateTimes are in UTC. If not
            specified default value is DateTime.MinValue.
        end_date_time (``EndDateTime`` in the query): End date to which logs need to be retrieved.
            Should be specified as yyyy-MM-ddTHH:mm:ssZ. All DateTimes are in UTC. If not specified
            default value is DateTime.Now.
        limit (``Limit`` in the query): Number of records to be retrieved. Default value is 50.
            Maximum items per page is between 1 and 200. Default: 50.
        continuation_token (``ContinuationToken`` in the query): If there are more than the Limit
            value number of records the API will return a ContinuationToken. The caller should pass
            this in the next request to get the next page. The caller is not expected to modify the
            ContinuationToken.
        citrix_customer_id (``Citrix-CustomerId`` in the header): The Citrix Cloud customer ID,
            passed in the Citrix-CustomerId header (a mandatory parameter). It is shown under Identity
            and Access Management > API Access, in the description above the Create Client button.
            Defaults to the client's ``customer_id``.
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
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        limit=limit,
        continuation_token=continuation_token,
        citrix_customer_id=citrix_customer_id,
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
    start_date_time: datetime.datetime | None | Unset = UNSET,
    end_date_time: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    continuation_token: str | None | Unset = UNSET,
    citrix_customer_id: str | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> RecordsPage:
    """The async form of :func:`sync`: Get system log records in a time range

    This API is called to get system log records in the specified time range.

    It will return all the records in that time range. If there are more records than the
    default take count it will return a continuation token that can be used for getting the
    remaining records.

    Args:
        client: the vendor client to send it with.
        start_date_time (``StartDateTime`` in the query): Start date from which logs need to be
            retrieved. Should be specified as yyyy-MM-ddTHH:mm:ssZ. All DateTimes are in UTC. If not
            specified default value is DateTime.MinValue.
        end_date_time (``EndDateTime`` in the query): End date to which logs need to be retrieved.
            Should be specified as yyyy-MM-ddTHH:mm:ssZ. All DateTimes are in UTC. If not specified
            default value is DateTime.Now.
        limit (``Limit`` in the query): Number of records to be retrieved. Default value is 50.
            Maximum items per page is between 1 and 200. Default: 50.
        continuation_token (``ContinuationToken`` in the query): If there are more than the Limit
            value number of records the API will return a ContinuationToken. The caller should pass
            this in the next request to get the next page. The caller is not expected to modify the
            ContinuationToken.
        citrix_customer_id (``Citrix-CustomerId`` in the header): The Citrix Cloud customer ID,
            passed in the Citrix-CustomerId header (a mandatory parameter). It is shown under Identity
            and Access Management > API Access, in the description above the Create Client button.
            Defaults to the client's ``customer_id``.
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
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        limit=limit,
        continuation_token=continuation_token,
        citrix_customer_id=citrix_customer_id,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    result: RecordsPage = client.parse(response, _SUCCESS, _ERRORS)
    return result


def _walk(limit: Any) -> Any:
    return walk(
        _OP.pagination,  # type: ignore[arg-type]
        lambda p: p.items,
        lambda p: p.continuation_token,
        limit if isinstance(limit, int) else 50,
    )


def iter_pages(
    *,
    client: Client,
    start_date_time: datetime.datetime | None | Unset = UNSET,
    end_date_time: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    citrix_customer_id: str | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> SyncPages[RecordsPage, SystemLogRecord]:
    """Every page, one request at a time (``prefetch`` > 1 keeps that many in flight where the scheme allows).

    Start from ``cursor`` (a stored ``Cursor`` or its string) to resume an interrupted walk. A record
    that cannot be read is set aside in the pages' ``.unreadable`` and the rest of its page is
    delivered; ``strict=True`` raises ``ResponseParseError`` for the page instead.
    """
    unreadable = UnreadableLog()

    def fetch(position: Any) -> RecordsPage:
        request = _build(
            client=client,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            limit=limit,
            continuation_token=UNSET if position is None else position,
            citrix_customer_id=citrix_customer_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
        if strict:
            result: RecordsPage = client.parse(response, _SUCCESS, _ERRORS)
            return result
        page, bad = client.parse(response, _LENIENT, _ERRORS)
        unreadable.hold(position, bad)
        return cast(RecordsPage, page)

    return SyncPages(_walk(limit), fetch, Cursor.parse(cursor), prefetch, unreadable)


def iter_items(
    *,
    client: Client,
    start_date_time: datetime.datetime | None | Unset = UNSET,
    end_date_time: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    citrix_customer_id: str | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> SyncItems[RecordsPage, SystemLogRecord]:
    """Every record across all pages, in order; ``.cursor`` says where to resume, ``.unreadable``
    holds the records that could not be read (``strict=True`` raises instead)."""
    return SyncItems(
        iter_pages(
            client=client,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            limit=limit,
            citrix_customer_id=citrix_customer_id,
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
    start_date_time: datetime.datetime | None | Unset = UNSET,
    end_date_time: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    citrix_customer_id: str | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> AsyncPages[RecordsPage, SystemLogRecord]:
    """The async form of :func:`iter_pages`."""
    unreadable = UnreadableLog()

    async def fetch(position: Any) -> RecordsPage:
        request = _build(
            client=client,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            limit=limit,
            continuation_token=UNSET if position is None else position,
            citrix_customer_id=citrix_customer_id,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
        if strict:
            result: RecordsPage = client.parse(response, _SUCCESS, _ERRORS)
            return result
        page, bad = client.parse(response, _LENIENT, _ERRORS)
        unreadable.hold(position, bad)
        return cast(RecordsPage, page)

    return AsyncPages(_walk(limit), fetch, Cursor.parse(cursor), prefetch, unreadable)


def aiter_items(
    *,
    client: Client,
    start_date_time: datetime.datetime | None | Unset = UNSET,
    end_date_time: datetime.datetime | None | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    citrix_customer_id: str | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> AsyncItems[RecordsPage, SystemLogRecord]:
    """The async form of :func:`iter_items`."""
    return AsyncItems(
        aiter_pages(
            client=client,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            limit=limit,
            citrix_customer_id=citrix_customer_id,
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
_CitrixError_from_dict = CitrixError.from_dict
_RecordsPage_from_dict = RecordsPage.from_dict
_result_shapes = OneOf(
    (
        CitrixError,
        GatewayError,
    )
).parse
