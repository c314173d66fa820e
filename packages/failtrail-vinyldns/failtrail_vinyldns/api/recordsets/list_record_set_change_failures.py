"""List RecordSet change failures (operation ``listRecordSetChangeFailures``)."""

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
    drifted,
    lenient_page,
    walk,
)

from ..._spec import OPERATIONS
from ...client import Client
from ...models.list_failed_record_set_changes_response import ListFailedRecordSetChangesResponse
from ...models.record_set_change import RecordSetChange
from ...types import UNSET, Response, Unset

_OP = OPERATIONS["listRecordSetChangeFailures"]


def _parse_200(data: Any) -> ListFailedRecordSetChangesResponse:
    result: ListFailedRecordSetChangesResponse
    result = _ListFailedRecordSetChangesResponse_from_dict(data)

    return result


def _parse_400(data: Any) -> str:
    result: str
    if type(data) is not str:
        data = drifted(data, "str", "$", "string")
    result = data

    return result


def _parse_401(data: Any) -> str:
    result: str
    if type(data) is not str:
        data = drifted(data, "str", "$", "string")
    result = data

    return result


def _parse_403(data: Any) -> str:
    result: str
    if type(data) is not str:
        data = drifted(data, "str", "$", "string")
    result = data

    return result


def _parse_404(data: Any) -> str:
    result: str
    if type(data) is not str:
        data = drifted(data, "str", "$", "string")
    result = data

    return result


def _parse_500(data: Any) -> str:
    result: str
    if type(data) is not str:
        data = drifted(data, "str", "$", "string")
    result = data

    return result


def _ignore(data: Any) -> None:
    return None


_SUCCESS: Mapping[int, Parser] = {
    200: ("json", _parse_200),
}


def _lenient_200(data: Any) -> tuple[ListFailedRecordSetChangesResponse, list[UnreadableRecord]]:
    """A page whose unreadable records are set aside, not raised: the others are delivered."""
    return lenient_page(
        data,
        "failedRecordSetChanges",
        _parse_200,
        RecordSetChange.from_dict,
        "failed_record_set_changes",
    )


_LENIENT: Mapping[int, Parser] = {
    200: ("json", _lenient_200),
}
_ERRORS: Mapping[int | str, Parser] = {
    400: ("text", _parse_400),
    401: ("text", _parse_401),
    403: ("text", _parse_403),
    404: ("text", _parse_404),
    500: ("text", _parse_500),
}


def _build(
    zone_id: str,
    *,
    client: Client,
    start_from: int | None | Unset = UNSET,
    max_items: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> httpx.Request:
    return client.build_request(
        _OP,
        {
            "zoneId": zone_id,
            "startFrom": start_from,
            "maxItems": max_items,
        },
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync_detailed(
    zone_id: str,
    *,
    client: Client,
    start_from: int | None | Unset = UNSET,
    max_items: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[ListFailedRecordSetChangesResponse]:
    """List RecordSet change failures (raw: never raises on a status).

    Args:
        zone_id (``zoneId`` in the path): The id of the zone whose failed record set changes are
            listed.
        client: the vendor client to send it with.
        start_from (``startFrom`` in the query): The number of failed changes to skip: the server
            drops this many, then takes `maxItems` (`drop(startFrom).take(maxItems)` in
            MySqlRecordChangeRepository / MySqlZoneChangeRepository). VinylDNS's documentation says to
            send back the previous `nextId`, but the server answers a full record set page with
            `nextId = startFrom + maxItems + 1`, which would skip a change per page; the walk
            therefore sends the previous offset plus the records received (`advance: item-count`). If
            not specified, the first page (offset 0) is returned. The server does not check the range:
            a negative offset is treated as 0 but echoed as sent. On VinylDNS v0.19 the record set
            listing's nextId is the next offset; from v0.20 it is one past it. Default: 0.
        max_items (``maxItems`` in the query): The number of items to return in the page. Valid
            values are 1 - 100. Defaults to 100 if not provided. The limit (and default) is the
            server's `recordset-routing-default-max-items` / `zone-routing-default-max-items` setting,
            100 unless the operator changed it. Default: 100.
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
        zone_id=zone_id,
        client=client,
        start_from=start_from,
        max_items=max_items,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


def sync(
    zone_id: str,
    *,
    client: Client,
    start_from: int | None | Unset = UNSET,
    max_items: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> ListFailedRecordSetChangesResponse:
    """List RecordSet change failures

    Retrieves a list of RecordSet changes that failed in a zone, sorted by created time in
    descending order.

    Args:
        zone_id (``zoneId`` in the path): The id of the zone whose failed record set changes are
            listed.
        client: the vendor client to send it with.
        start_from (``startFrom`` in the query): The number of failed changes to skip: the server
            drops this many, then takes `maxItems` (`drop(startFrom).take(maxItems)` in
            MySqlRecordChangeRepository / MySqlZoneChangeRepository). VinylDNS's documentation says to
            send back the previous `nextId`, but the server answers a full record set page with
            `nextId = startFrom + maxItems + 1`, which would skip a change per page; the walk
            therefore sends the previous offset plus the records received (`advance: item-count`). If
            not specified, the first page (offset 0) is returned. The server does not check the range:
            a negative offset is treated as 0 but echoed as sent. On VinylDNS v0.19 the record set
            listing's nextId is the next offset; from v0.20 it is one past it. Default: 0.
        max_items (``maxItems`` in the query): The number of items to return in the page. Valid
            values are 1 - 100. Defaults to 100 if not provided. The limit (and default) is the
            server's `recordset-routing-default-max-items` / `zone-routing-default-max-items` setting,
            100 unless the operator changed it. Default: 100.
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
        zone_id=zone_id,
        client=client,
        start_from=start_from,
        max_items=max_items,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
    result: ListFailedRecordSetChangesResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


async def asyncio_detailed(
    zone_id: str,
    *,
    client: Client,
    start_from: int | None | Unset = UNSET,
    max_items: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> Response[ListFailedRecordSetChangesResponse]:
    """The async form of :func:`sync_detailed`: List RecordSet change failures (raw: never raises on a status).

    Args:
        zone_id (``zoneId`` in the path): The id of the zone whose failed record set changes are
            listed.
        client: the vendor client to send it with.
        start_from (``startFrom`` in the query): The number of failed changes to skip: the server
            drops this many, then takes `maxItems` (`drop(startFrom).take(maxItems)` in
            MySqlRecordChangeRepository / MySqlZoneChangeRepository). VinylDNS's documentation says to
            send back the previous `nextId`, but the server answers a full record set page with
            `nextId = startFrom + maxItems + 1`, which would skip a change per page; the walk
            therefore sends the previous offset plus the records received (`advance: item-count`). If
            not specified, the first page (offset 0) is returned. The server does not check the range:
            a negative offset is treated as 0 but echoed as sent. On VinylDNS v0.19 the record set
            listing's nextId is the next offset; from v0.20 it is one past it. Default: 0.
        max_items (``maxItems`` in the query): The number of items to return in the page. Valid
            values are 1 - 100. Defaults to 100 if not provided. The limit (and default) is the
            server's `recordset-routing-default-max-items` / `zone-routing-default-max-items` setting,
            100 unless the operator changed it. Default: 100.
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
        zone_id=zone_id,
        client=client,
        start_from=start_from,
        max_items=max_items,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    return client.detailed(response, _SUCCESS, _ERRORS)


async def asyncio(
    zone_id: str,
    *,
    client: Client,
    start_from: int | None | Unset = UNSET,
    max_items: int | None | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> ListFailedRecordSetChangesResponse:
    """The async form of :func:`sync`: List RecordSet change failures

    Retrieves a list of RecordSet changes that failed in a zone, sorted by created time in
    descending order.

    Args:
        zone_id (``zoneId`` in the path): The id of the zone whose failed record set changes are
            listed.
        client: the vendor client to send it with.
        start_from (``startFrom`` in the query): The number of failed changes to skip: the server
            drops this many, then takes `maxItems` (`drop(startFrom).take(maxItems)` in
            MySqlRecordChangeRepository / MySqlZoneChangeRepository). VinylDNS's documentation says to
            send back the previous `nextId`, but the server answers a full record set page with
            `nextId = startFrom + maxItems + 1`, which would skip a change per page; the walk
            therefore sends the previous offset plus the records received (`advance: item-count`). If
            not specified, the first page (offset 0) is returned. The server does not check the range:
            a negative offset is treated as 0 but echoed as sent. On VinylDNS v0.19 the record set
            listing's nextId is the next offset; from v0.20 it is one past it. Default: 0.
        max_items (``maxItems`` in the query): The number of items to return in the page. Valid
            values are 1 - 100. Defaults to 100 if not provided. The limit (and default) is the
            server's `recordset-routing-default-max-items` / `zone-routing-default-max-items` setting,
            100 unless the operator changed it. Default: 100.
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
        zone_id=zone_id,
        client=client,
        start_from=start_from,
        max_items=max_items,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
    response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
    result: ListFailedRecordSetChangesResponse = client.parse(response, _SUCCESS, _ERRORS)
    return result


def _walk(max_items: Any) -> Any:
    return walk(
        _OP.pagination,  # type: ignore[arg-type]
        lambda p: p.failed_record_set_changes,
        lambda p: p.next_id,
        max_items if isinstance(max_items, int) else 100,
    )


def iter_pages(
    zone_id: str,
    *,
    client: Client,
    max_items: int | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> SyncPages[ListFailedRecordSetChangesResponse, RecordSetChange]:
    """Every page, one request at a time (``prefetch`` > 1 keeps that many in flight where the scheme allows).

    Start from ``cursor`` (a stored ``Cursor`` or its string) to resume an interrupted walk. A record
    that cannot be read is set aside in the pages' ``.unreadable`` and the rest of its page is
    delivered; ``strict=True`` raises ``ResponseParseError`` for the page instead.
    """
    unreadable = UnreadableLog()

    def fetch(position: Any) -> ListFailedRecordSetChangesResponse:
        request = _build(
            zone_id=zone_id,
            client=client,
            start_from=UNSET if position is None else position,
            max_items=max_items,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        response = client.send(request, retryable=_OP.retryable, max_retries=max_retries)
        if strict:
            result: ListFailedRecordSetChangesResponse = client.parse(response, _SUCCESS, _ERRORS)
            return result
        page, bad = client.parse(response, _LENIENT, _ERRORS)
        unreadable.hold(position, bad)
        return cast(ListFailedRecordSetChangesResponse, page)

    return SyncPages(_walk(max_items), fetch, Cursor.parse(cursor), prefetch, unreadable)


def iter_items(
    zone_id: str,
    *,
    client: Client,
    max_items: int | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> SyncItems[ListFailedRecordSetChangesResponse, RecordSetChange]:
    """Every record across all pages, in order; ``.cursor`` says where to resume, ``.unreadable``
    holds the records that could not be read (``strict=True`` raises instead)."""
    return SyncItems(
        iter_pages(
            zone_id=zone_id,
            client=client,
            max_items=max_items,
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
    zone_id: str,
    *,
    client: Client,
    max_items: int | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> AsyncPages[ListFailedRecordSetChangesResponse, RecordSetChange]:
    """The async form of :func:`iter_pages`."""
    unreadable = UnreadableLog()

    async def fetch(position: Any) -> ListFailedRecordSetChangesResponse:
        request = _build(
            zone_id=zone_id,
            client=client,
            start_from=UNSET if position is None else position,
            max_items=max_items,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
        response = await client.asend(request, retryable=_OP.retryable, max_retries=max_retries)
        if strict:
            result: ListFailedRecordSetChangesResponse = client.parse(response, _SUCCESS, _ERRORS)
            return result
        page, bad = client.parse(response, _LENIENT, _ERRORS)
        unreadable.hold(position, bad)
        return cast(ListFailedRecordSetChangesResponse, page)

    return AsyncPages(_walk(max_items), fetch, Cursor.parse(cursor), prefetch, unreadable)


def aiter_items(
    zone_id: str,
    *,
    client: Client,
    max_items: int | None | Unset = UNSET,
    cursor: Cursor | str | None = None,
    prefetch: int = 1,
    strict: bool = False,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> AsyncItems[ListFailedRecordSetChangesResponse, RecordSetChange]:
    """The async form of :func:`iter_items`."""
    return AsyncItems(
        aiter_pages(
            zone_id=zone_id,
            client=client,
            max_items=max_items,
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
_ListFailedRecordSetChangesResponse_from_dict = ListFailedRecordSetChangesResponse.from_dict
