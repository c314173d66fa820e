"""Citrix Cloud: SystemLog records (the account's audit trail of changes) and, with ``instance_id`` set, the
failed operations of that Citrix DaaS site's configuration log."""

from __future__ import annotations

import math
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from failtrail_citrix import OPERATIONS, SERVERS, Client
from failtrail_citrix.api.configlog import config_log_get_operations
from failtrail_citrix.api.systemlog import get_records
from failtrail_citrix.models import LogOperationResponseModel, RecordsPage, SearchDateOption, SystemLogRecord

from .._config import VendorConfig
from .._record import FailureRecord
from .._settings import HTTP_KEYS, OAUTH_KEYS, oauth_required, string
from .._values import text, utc
from .._window import Window, recent_window, time_step
from . import Page, Source, Vendor, Walk, in_window, page_size, paged_walk
from ._client import client_options, oauth_credentials

__all__ = ["VENDOR", "CitrixSource", "config_failure", "open_source", "to_failure"]

_TIME_STEP = time_step(OPERATIONS["GetRecords"], "StartDateTime")
_CONFIG_LOG = OPERATIONS["ConfigLog_GetOperations"]
_LOCALE = "en-US"
# The configuration log writes StartTime without an offset, in the time zone X-TimeZone names (S7: "Example:
# UTC or +00:00"), as Citrix's sample does for en-US: "12/21/2020 : 3:21:12 PM" (S11). Asked for in UTC and
# en-US, it is read as UTC in that format; FormattedStartTime (RFC 3339 UTC, as Palo Alto's collector reads
# it, T2) is the fallback. Sources: specs/citrix/SOURCES.md.
_TIME_ZONE = "UTC"
_START_TIME = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}) : (\d{1,2}):(\d{2}):(\d{2}) ([AP]M)")  # M/d/yyyy : h:mm:ss tt


def to_failure(record: SystemLogRecord) -> FailureRecord:
    target_type = text(record.target_type)
    target = text(record.target_display_name) or text(record.target_id)
    return FailureRecord(
        vendor="citrix",
        kind="audit-event",
        id=text(record.record_id) or record.utc_timestamp.isoformat(),
        when=utc(record.utc_timestamp),
        http_status=None,
        code=text(record.event_type),
        message=_message(record.message),
        request_id=None,
        resource="/".join(part for part in (target_type, target) if part) or None,
        actor=text(record.actor_display_name) or text(record.actor_id),
        record=record,
    )


def _message(message: Any) -> str | None:
    """The en-US text, else the first locale's."""
    texts: dict[str, str] = getattr(message, "additional_properties", None) or {}
    return texts.get(_LOCALE) or next(iter(texts.values()), None) or None


def config_failure(operation: LogOperationResponseModel) -> FailureRecord | None:
    """A configuration log operation that failed (``IsSuccessful: false``), else None; None too when its
    start cannot be read (it cannot be placed in the window)."""
    if operation.is_successful is not False:
        return None
    when = _started(operation)
    if when is None:
        return None
    targets = ", ".join(t for t in operation.target_types if t)
    source = text(operation.source)
    return FailureRecord(
        vendor="citrix",
        kind="config-change",
        id=operation.id,
        when=when,
        http_status=None,
        code=text(operation.operation_type),
        message=text(operation.text),
        request_id=None,
        resource=(f"{targets} ({source})" if targets and source else targets or source) or None,
        actor=text(operation.user) or text(operation.user_identity),
        record=operation,
    )


def _started(operation: LogOperationResponseModel) -> datetime | None:
    """When the operation started, in UTC: ``StartTime`` as asked for (UTC, en-US), else any ISO 8601 time in
    it or in ``FormattedStartTime`` (one without an offset is taken as UTC)."""
    found = _START_TIME.fullmatch(operation.start_time.strip())
    if found is not None:  # by hand: strptime's %p would follow this process's locale, not Citrix's en-US
        month, day, year, hour, minute, second = map(int, found.groups()[:6])
        try:
            if not 1 <= hour <= 12:
                raise ValueError(hour)
            return datetime(year, month, day, hour % 12 + (12 if found[7] == "PM" else 0), minute, second, tzinfo=UTC)
        except ValueError:
            pass
    for value in (operation.start_time, operation.formatted_start_time):
        if value:
            try:
                return utc(datetime.fromisoformat(value.strip()))
            except ValueError:
                continue
    return None


def _days_back(since: datetime, now: datetime) -> int:
    """The ``days`` that reach back past ``since`` (a day more: how Citrix counts a day is not documented)."""
    return max(1, math.ceil((now - since) / timedelta(days=1)) + 1)


def _now() -> datetime:
    return datetime.now(UTC)


class CitrixSource(Source):
    vendor = "citrix"

    def __init__(self, config: VendorConfig) -> None:
        self.config = config
        self.client = Client(
            config.base_url(SERVERS),
            **oauth_credentials(config),
            customer_id=config.get("customer_id"),
            instance_id=config.get("instance_id"),
            **client_options(config),
        )

    def _arguments(self, window: Window) -> dict[str, Any]:
        # The wire format has whole seconds: ask for the seconds around the window, then cut to it exactly.
        return {
            "client": self.client,
            "start_date_time": window.floor(_TIME_STEP),
            "end_date_time": window.ceil(_TIME_STEP),
            "limit": page_size(self.config, OPERATIONS["GetRecords"], "Limit"),
        }

    def walks(self, window: Window) -> list[Walk]:
        def records(page: RecordsPage) -> list[SystemLogRecord]:
            return page.items or []

        # Citrix does not document the order of the records: merging sorts them.
        walk = paged_walk(
            "citrix",
            "system log",
            newest_first=False,
            window=window,
            pages=lambda: get_records.sync(**self._arguments(window)).pages(),
            apages=lambda: get_records.asyncio(**self._arguments(window)).pages(),
            records=records,
            to_failure=to_failure,
        )
        if self.config.get("instance_id") is None:
            return [walk]
        return [walk, self._config_log_walk(window)]

    def _config_log_walk(self, window: Window) -> Walk:
        # Newest first (S7: "Results are returned in the order of most-recent to least-recent"): the walk stops
        # at the first batch that reaches back past the window. ``days`` only narrows what Citrix reads.
        query: dict[str, Any] = {
            "client": self.client,
            "days": _days_back(window.since, _now()),
            "limit": page_size(self.config, _CONFIG_LOG, "limit"),
            "x_time_zone": _TIME_ZONE,
            "citrix_locale": _LOCALE,
        }

        def batch(operations: list[LogOperationResponseModel]) -> tuple[Page, bool]:
            failures = in_window((f for f in map(config_failure, operations) if f is not None), window)
            starts = [when for when in map(_started, operations) if when is not None]
            return failures, bool(starts) and starts[-1] < window.since

        def pages() -> Iterator[Page]:
            walk = config_log_get_operations.sync(**query).pages()
            for page in walk:
                failures, past = batch(page.items)
                yield failures
                result.unreadable[:] = walk.unreadable
                if past:
                    return

        async def apages() -> AsyncIterator[Page]:
            walk = config_log_get_operations.asyncio(**query).pages()
            async for page in walk:
                failures, past = batch(page.items)
                yield failures
                result.unreadable[:] = walk.unreadable
                if past:
                    return

        result = Walk("citrix", "configuration log", True, pages, apages)
        return result

    def check(self) -> str:
        recent = recent_window(_TIME_STEP)
        get_records.sync(client=self.client, start_date_time=recent.since, end_date_time=recent.until, limit=1)
        if self.config.get("instance_id") is None:
            return "listed system log records"
        config_log_get_operations.sync(client=self.client, search_date_option=SearchDateOption.LASTMINUTE, limit=1)
        return "listed system log records and configuration log operations"

    def close(self) -> None:
        self.client.close()

    async def aclose(self) -> None:
        await self.client.aclose()


def open_source(config: VendorConfig) -> CitrixSource:
    return CitrixSource(config)


VENDOR = Vendor(
    # instance_id: the DaaS site (Citrix-InstanceId) whose configuration log is read; without it, SystemLog only
    keys={**HTTP_KEYS, **OAUTH_KEYS, "customer_id": string, "instance_id": string},
    required=lambda settings: ["customer_id", *oauth_required(settings)],
    open=open_source,
)
