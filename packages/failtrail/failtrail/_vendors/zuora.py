"""Zuora: the System Health API's failure records (every one is a failed API call)."""

from __future__ import annotations

from typing import Any

import orjson
from failtrail_core import error_message
from failtrail_zuora import OPERATIONS, SERVERS, Client
from failtrail_zuora.api.system_health import get_system_health_api_failure_records as failure_records
from failtrail_zuora.models import ApiFailureRecord, ApiFailureRecordsPage, StandardError

from .._config import VendorConfig
from .._errors import ConfigError
from .._record import FailureRecord
from .._settings import HTTP_KEYS, OAUTH_KEYS, oauth_required, string, strings
from .._values import status, text, utc
from .._window import Window, recent_window, time_step
from . import Source, Vendor, Walk, page_size, paged_walk
from ._client import client_options, oauth_credentials

__all__ = ["VENDOR", "ZuoraSource", "open_source", "to_failure"]

_OPERATION = OPERATIONS["getSystemHealthApiFailureRecords"]
_TIME_STEP = time_step(_OPERATION, "startTime")
_PREFETCH = 4  # pages in flight when prefetch is not set (page numbers are known ahead)
_SORT = "timerange"  # newest first, as documented (also the default)


def to_failure(record: ApiFailureRecord) -> FailureRecord:
    # Once per record on the CLI's hot path: each value read once, no generator for the resource.
    method, path = text(record.http_method), text(record.request_path) or text(record.api)
    request_id = text(record.request_id)
    return FailureRecord(
        vendor="zuora",
        kind="api-request",
        id=request_id or record.timestamp.isoformat(),
        when=utc(record.timestamp),
        http_status=status(record.http_status),
        code=text(record.zuora_response_code),
        message=_reason(record.response_body),
        request_id=request_id,
        resource=(f"{method} {path}" if path else method) if method else path,
        actor=text(record.user_id),
        record=record,
    )


def _reason(body: Any) -> str | None:
    """What went wrong, from the failed call's response body: where Zuora's spec says its ``StandardError``
    keeps the message (``x-failtrail-error-message``); a body that is no JSON is its own message."""
    if not isinstance(body, str) or not body:
        return None
    try:
        data = orjson.loads(body)  # once per record on the CLI's hot path: stdlib json cost several times more
    except orjson.JSONDecodeError:
        return body
    return error_message(data, StandardError)


def _entity_id(config: VendorConfig) -> str | None:
    """The one entity ID Zuora-Entity-Ids takes ("An entity ID" on every System Health reference page)."""
    ids = list(config.get("entity_ids", ()))
    if len(ids) > 1:
        raise ConfigError(f"zuora.entity_ids takes one entity ID (Zuora-Entity-Ids names one entity), not {ids!r}")
    return ids[0] if ids else None


class ZuoraSource(Source):
    vendor = "zuora"

    def __init__(self, config: VendorConfig) -> None:
        self.config = config
        self.client = Client(
            config.base_url(SERVERS),
            **oauth_credentials(config),
            track_id=config.get("track_id"),
            entity_ids=_entity_id(config),
            org_ids=list(config.get("org_ids", ())) or None,
            **client_options(config),
        )

    def _arguments(self, window: Window) -> dict[str, Any]:
        # The wire format has whole minutes: ask for the minutes around the window, then cut to it exactly.
        return {
            "client": self.client,
            "start_time": window.floor(_TIME_STEP),
            "end_time": window.ceil(_TIME_STEP),
            "page_size": page_size(self.config, _OPERATION, "pageSize"),
            "prefetch": _PREFETCH if self.config.get("prefetch") is None else self.config.get("prefetch"),
            "sort": _SORT,
        }

    def walks(self, window: Window) -> list[Walk]:
        def records(page: ApiFailureRecordsPage) -> list[ApiFailureRecord]:
            return page.data or []

        walk = paged_walk(
            "zuora",
            "failure records",
            newest_first=True,
            window=window,
            pages=lambda: failure_records.sync(**self._arguments(window)).pages(),
            apages=lambda: failure_records.asyncio(**self._arguments(window)).pages(),
            records=records,
            to_failure=to_failure,
        )
        return [walk]

    def check(self) -> str:
        recent = recent_window(_TIME_STEP)
        failure_records.sync(client=self.client, start_time=recent.since, end_time=recent.until, page_size=1)
        return "listed failure records"

    def close(self) -> None:
        self.client.close()

    async def aclose(self) -> None:
        await self.client.aclose()


def open_source(config: VendorConfig) -> ZuoraSource:
    return ZuoraSource(config)


VENDOR = Vendor(
    keys={**HTTP_KEYS, **OAUTH_KEYS, "track_id": string, "entity_ids": strings, "org_ids": strings},
    required=oauth_required,
    open=open_source,
)
