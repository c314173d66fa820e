"""Workato: the API platform's request log, from its CSV export (Workato has no API for the log itself)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from failtrail_workato._rows import ApiLogRow
from failtrail_workato.lib import read_request_logs

from .._config import VendorConfig
from .._record import FailureRecord
from .._settings import string
from .._values import utc
from .._window import Window
from . import Page, Source, Vendor, Walk

__all__ = ["VENDOR", "WorkatoSource", "failed", "open_source", "to_failure"]

_CHUNK = 500  # rows per "page", so progress moves while a large export is read


def failed(row: ApiLogRow) -> bool:
    """A failure: an error status, or an outcome other than ``Success``."""
    return row.code >= 400 or row.type != "Success"


def to_failure(row: ApiLogRow, number: int) -> FailureRecord:
    """``number``: the row's position among the export's rows (1-based), its only identity."""
    resource = " ".join(part for part in (row.api_collection, row.endpoint) if part)
    return FailureRecord(
        vendor="workato",
        kind="api-request",
        id=str(number),
        when=utc(row.date),
        http_status=row.code,
        code=str(row.gateway_code) if row.gateway_code is not None else None,
        message=row.status_details or row.status or None,
        request_id=None,
        resource=resource or None,
        actor=row.client or row.ip or None,
        record=row,
    )


class WorkatoSource(Source):
    vendor = "workato"

    def __init__(self, config: VendorConfig) -> None:
        self.config = config
        self.path = config.file("export")
        self._notes: list[str] = []

    def walks(self, window: Window) -> list[Walk]:
        def pages() -> Iterator[Page]:
            with read_request_logs(self.path) as reader:
                rows = enumerate(reader, 1)
                while chunk := list(islice(rows, _CHUNK)):
                    yield [
                        record
                        for record in (to_failure(row, number) for number, row in chunk if failed(row))
                        if record.when in window
                    ]
                if reader.bad_rows:
                    first = reader.bad_rows[0]
                    self._notes.append(
                        f"{len(reader.bad_rows)} bad row(s) skipped; first at line {first.line}: {first.message}"
                    )

        # The export's row order is not documented: merging sorts it.
        return [Walk("workato", f"export {self.path.name}", False, pages)]

    def check(self) -> str:
        with read_request_logs(self.path) as reader:
            next(iter(reader), None)
        return f"read export {self.path.name}"

    def notes(self) -> list[str]:
        """What the reader had to skip (bad rows), for the run's outcome."""
        return list(self._notes)

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


def open_source(config: VendorConfig) -> WorkatoSource:
    return WorkatoSource(config)


VENDOR = Vendor(keys={"export": string}, required=lambda settings: ["export"], open=open_source)
