"""VinylDNS: failed record set changes (one walk per configured zone), failed zone changes and, when
``batch_changes`` is set, the failed single changes of batch changes."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from typing import Any

from failtrail_vinyldns import OPERATIONS, Client
from failtrail_vinyldns.api.batchchanges import get_batch_change, list_batch_change_summaries
from failtrail_vinyldns.api.recordsets import list_record_set_change_failures
from failtrail_vinyldns.api.zones import list_zone_change_failures
from failtrail_vinyldns.models import (
    BatchChange,
    BatchChangeStatus,
    BatchChangeSummary,
    ListFailedZoneChangesResponse,
    RecordSetChange,
    SingleChange,
    SingleChangeStatus,
    ZoneChange,
)

from .._config import VendorConfig
from .._record import FailureRecord
from .._settings import HTTP_KEYS, env_name, flag, strings
from .._values import text, utc
from .._window import Window
from . import Page, Source, Vendor, Walk, in_window, page_size, paged_walk
from ._client import client_options

__all__ = ["VENDOR", "VinylDNSSource", "batch_failures", "open_source", "to_failure"]

# Batch statuses that can hold a failed single change (BatchChangeStatus.calculateBatchStatus: any pending
# change makes the batch PendingProcessing, whatever else failed).
_MAY_HOLD_FAILURES = frozenset(
    {BatchChangeStatus.FAILED, BatchChangeStatus.PARTIALFAILURE, BatchChangeStatus.PENDINGPROCESSING}
)
# The server's date filter is MySQL DATETIME text to the second, inclusive at both ends: a second
# either side keeps every change of the window (the window itself cuts the rest).
_SECOND = timedelta(seconds=1)


def to_failure(change: RecordSetChange | ZoneChange) -> FailureRecord:
    if isinstance(change, ZoneChange):
        kind: Any = "zone-change"
        resource = change.zone.name
    else:
        kind = "record-set-change"
        record_set = change.record_set
        resource = f"{change.zone.name} {record_set.name} {record_set.type_}"
    return FailureRecord(
        vendor="vinyldns",
        kind=kind,
        id=change.id,
        when=utc(change.created),
        http_status=None,
        code=str(change.change_type),
        message=text(change.system_message),
        request_id=None,
        resource=resource,
        actor=text(change.user_id),
        record=change,
    )


def batch_failures(batch: BatchChange) -> list[FailureRecord]:
    """One record per failed single change: the single change is what fails, with its own id and
    ``systemMessage``; a PartialFailure batch also holds changes that completed."""
    return [_single_failure(batch, change) for change in batch.changes if change.status == SingleChangeStatus.FAILED]


def _single_failure(batch: BatchChange, change: SingleChange) -> FailureRecord:
    return FailureRecord(
        vendor="vinyldns",
        kind="batch-change",
        id=change.id,
        when=utc(batch.created_timestamp),
        http_status=None,
        code=str(change.change_type),
        message=text(change.system_message),
        request_id=None,
        resource=f"batch {batch.id}: {change.input_name} {change.type_}",
        actor=text(batch.user_name),
        record=change,
    )


class VinylDNSSource(Source):
    vendor = "vinyldns"

    def __init__(self, config: VendorConfig) -> None:
        self.config = config
        self.client = Client(
            config.base_url({}),
            access_key=config.secret("access_key"),
            secret_key=config.secret("secret_key"),
            **client_options(config),
        )

    def walks(self, window: Window) -> list[Walk]:
        size = page_size(self.config, OPERATIONS["listRecordSetChangeFailures"], "maxItems")
        walks = [self._zone_walk(zone_id, size, window) for zone_id in self.config.get("zone_ids", ())]
        if self.config.get("zone_changes", True):
            zone_size = page_size(self.config, OPERATIONS["listZoneChangeFailures"], "maxItems")
            walks.append(self._zone_changes_walk(zone_size, window))
        if self.config.get("batch_changes", False):
            batch_size = page_size(self.config, OPERATIONS["listBatchChangeSummaries"], "maxItems")
            walks.append(self._batch_changes_walk(batch_size, window))
        return walks

    def _zone_walk(self, zone_id: str, size: int, window: Window) -> Walk:
        # Documented: "sorted by created time in descending order", so a walk stops at the first page
        # that reaches back past the window (VinylDNS has no time filter).
        def pages() -> Iterator[Page]:
            walk = list_record_set_change_failures.sync(zone_id, client=self.client, max_items=size).pages()
            for page in walk:
                changes = page.failed_record_set_changes
                yield in_window(map(to_failure, changes), window)
                if changes and utc(changes[-1].created) < window.since:
                    return

        async def apages() -> AsyncIterator[Page]:
            walk = list_record_set_change_failures.asyncio(zone_id, client=self.client, max_items=size).pages()
            async for page in walk:
                changes = page.failed_record_set_changes
                yield in_window(map(to_failure, changes), window)
                if changes and utc(changes[-1].created) < window.since:
                    return

        return Walk("vinyldns", f"zone {zone_id}", True, pages, apages)

    def _zone_changes_walk(self, size: int, window: Window) -> Walk:
        def records(page: ListFailedZoneChangesResponse) -> list[ZoneChange]:
            return page.failed_zone_changes

        # The order of zone changes is not documented: merging sorts them.
        return paged_walk(
            "vinyldns",
            "zone changes",
            newest_first=False,
            window=window,
            pages=lambda: list_zone_change_failures.sync(client=self.client, max_items=size).pages(),
            apages=lambda: list_zone_change_failures.asyncio(client=self.client, max_items=size).pages(),
            records=records,
            to_failure=to_failure,
        )

    def _batch_changes_walk(self, size: int, window: Window) -> Walk:
        # Newest first (MySqlBatchChangeRepository: ORDER BY created_time DESC). The date filter narrows the
        # listing; a server that ignores it is still cut by the window, and the walk stops past it.
        query: dict[str, Any] = {
            "client": self.client,
            "max_items": size,
            "date_time_range_start": window.since - _SECOND,
            "date_time_range_end": window.until + _SECOND,
        }

        def wanted(summaries: list[BatchChangeSummary]) -> list[BatchChangeSummary]:
            return [s for s in summaries if s.status in _MAY_HOLD_FAILURES and utc(s.created_timestamp) in window]

        def past_window(summaries: list[BatchChangeSummary]) -> bool:
            return bool(summaries) and utc(summaries[-1].created_timestamp) < window.since

        def pages() -> Iterator[Page]:
            for page in list_batch_change_summaries.sync(**query).pages():
                records: list[FailureRecord] = []
                for summary in wanted(page.batch_changes):
                    records += batch_failures(get_batch_change.sync(summary.id, client=self.client))
                yield in_window(records, window)
                if past_window(page.batch_changes):
                    return

        async def apages() -> AsyncIterator[Page]:
            async for page in list_batch_change_summaries.asyncio(**query).pages():
                records: list[FailureRecord] = []
                for summary in wanted(page.batch_changes):
                    records += batch_failures(await get_batch_change.asyncio(summary.id, client=self.client))
                yield in_window(records, window)
                if past_window(page.batch_changes):
                    return

        return Walk("vinyldns", "batch changes", True, pages, apages)

    def check(self) -> str:
        list_zone_change_failures.sync(client=self.client, max_items=1)
        return "listed failed zone changes"

    def close(self) -> None:
        self.client.close()

    async def aclose(self) -> None:
        await self.client.aclose()


def open_source(config: VendorConfig) -> VinylDNSSource:
    return VinylDNSSource(config)


VENDOR = Vendor(
    keys={
        **HTTP_KEYS,
        "access_key_env": env_name,
        "secret_key_env": env_name,
        "zone_ids": strings,
        "zone_changes": flag,
        "batch_changes": flag,  # off by default: one more request per failed batch change
    },
    required=lambda settings: ["base_url", "access_key_env", "secret_key_env"],  # self-hosted: no fixed servers
    open=open_source,
)
