"""Citrix Cloud: SystemLog records (the account's audit trail of changes)."""

from __future__ import annotations

from typing import Any

from failtrail_citrix import OPERATIONS, SERVERS, Client
from failtrail_citrix.api.systemlog import get_records
from failtrail_citrix.models import RecordsPage, SystemLogRecord

from .._config import VendorConfig
from .._record import FailureRecord
from .._settings import HTTP_KEYS, OAUTH_KEYS, oauth_required, string
from .._values import known, text, utc
from .._window import Window, recent_window, time_step
from . import Source, Vendor, Walk, page_size, paged_walk
from ._client import client_options, oauth_credentials

__all__ = ["VENDOR", "CitrixSource", "open_source", "to_failure"]

_TIME_STEP = time_step(OPERATIONS["GetRecords"], "StartDateTime")
_LOCALE = "en-US"


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
        message=_message(known(record.message)),
        request_id=None,
        resource="/".join(part for part in (target_type, target) if part) or None,
        actor=text(record.actor_display_name) or text(record.actor_id),
        record=record,
    )


def _message(message: Any) -> str | None:
    """The en-US text, else the first locale's."""
    texts: dict[str, str] = getattr(message, "additional_properties", None) or {}
    return texts.get(_LOCALE) or next(iter(texts.values()), None) or None


class CitrixSource(Source):
    vendor = "citrix"

    def __init__(self, config: VendorConfig) -> None:
        self.config = config
        self.client = Client(
            config.base_url(SERVERS),
            **oauth_credentials(config),
            customer_id=config.get("customer_id"),
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
            return known(page.items) or []

        # Citrix does not document the order of the records: merging sorts them.
        walk = paged_walk(
            "citrix",
            "system log",
            newest_first=False,
            window=window,
            pages=lambda: get_records.iter_pages(**self._arguments(window)),
            apages=lambda: get_records.aiter_pages(**self._arguments(window)),
            records=records,
            to_failure=to_failure,
        )
        return [walk]

    def check(self) -> str:
        recent = recent_window(_TIME_STEP)
        get_records.sync(client=self.client, start_date_time=recent.since, end_date_time=recent.until, limit=1)
        return "listed system log records"

    def close(self) -> None:
        self.client.close()

    async def aclose(self) -> None:
        await self.client.aclose()


def open_source(config: VendorConfig) -> CitrixSource:
    return CitrixSource(config)


VENDOR = Vendor(
    keys={**HTTP_KEYS, **OAUTH_KEYS, "customer_id": string},
    required=lambda settings: ["customer_id", *oauth_required(settings)],
    open=open_source,
)
