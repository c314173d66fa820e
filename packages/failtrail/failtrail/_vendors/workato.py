"""Workato: the API platform's request log, from its CSV export (Workato has no API for the log itself),
and the failed jobs of the recipes named in ``recipe_ids`` (the export's "Job details" link there), through
the Developer API."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import islice
from typing import Any

from failtrail_workato import SERVERS, Client
from failtrail_workato._rows import ApiLogRow
from failtrail_workato.api.jobs import list_recipe_jobs
from failtrail_workato.lib import read_request_logs
from failtrail_workato.models import JobStatus, RecipeJob, RecipeJobList

from .._config import VendorConfig
from .._errors import ConfigError
from .._record import FailureRecord
from .._settings import HTTP_KEYS, env_name, string, strings
from .._values import text, utc
from .._window import Window
from . import Page, Source, Vendor, Walk, paged_walk
from ._client import client_options

__all__ = ["VENDOR", "WorkatoSource", "failed", "job_to_failure", "open_source", "to_failure"]

_CHUNK = 500  # rows per "page", so progress moves while a large export is read
_JOBS_PER_PAGE = 100  # Workato documents no default or maximum for per_page (specs/workato/SOURCES.md)


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


def job_to_failure(job: RecipeJob, recipe_id: int) -> FailureRecord | None:
    """A failed recipe job; None for one with no time (it cannot be placed in a window)."""
    moment = job.completed_at or job.started_at
    if moment is None:
        return None
    parts = job.error_parts
    adapter = text(parts.adapter) if parts is not None else None
    calling = job.calling_recipe_id
    return FailureRecord(
        vendor="workato",
        kind="recipe-job",
        id=job.id,
        when=utc(moment),
        http_status=None,
        code=text(parts.error_type) if parts is not None else None,
        message=text(job.error) or (text(parts.message) if parts is not None else None),
        request_id=None,
        resource=f"recipe {recipe_id}" + (f" {adapter}" if adapter else ""),
        actor=f"recipe {calling}" if calling is not None else None,
        record=job,
    )


class WorkatoSource(Source):
    vendor = "workato"

    def __init__(self, config: VendorConfig) -> None:
        self.config = config
        self.path = config.file("export") if config.get("export") is not None else None
        self._notes: list[str] = []
        self.recipe_ids = [_recipe_id(value) for value in config.get("recipe_ids", ())]
        self.client: Client | None = None
        if self.recipe_ids:
            self.client = Client(config.base_url(SERVERS), token=config.secret("token"), **client_options(config))

    def walks(self, window: Window) -> list[Walk]:
        walks = [self._jobs_walk(recipe_id, window) for recipe_id in self.recipe_ids]
        return ([self._export_walk(window)] if self.path is not None else []) + walks

    def _jobs_walk(self, recipe_id: int, window: Window) -> Walk:
        client = self.client
        assert client is not None
        size = int(self.config.get("page_size") or _JOBS_PER_PAGE)

        def records(page: RecipeJobList) -> list[RecipeJob]:
            return page.items or []

        failed = JobStatus.FAILED
        # Workato documents no order for jobs: merging sorts them.
        return paged_walk(
            "workato",
            f"recipe {recipe_id} jobs",
            newest_first=False,
            window=window,
            pages=lambda: list_recipe_jobs.sync(recipe_id, client=client, status=failed, per_page=size).pages(),
            apages=lambda: list_recipe_jobs.asyncio(recipe_id, client=client, status=failed, per_page=size).pages(),
            records=records,
            to_failure=lambda job: job_to_failure(job, recipe_id),
        )

    def _export_walk(self, window: Window) -> Walk:
        path = self.path
        assert path is not None

        def pages() -> Iterator[Page]:
            with read_request_logs(path) as reader:
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
        return Walk("workato", f"export {path.name}", False, pages)

    def check(self) -> str:
        done = []
        if self.path is not None:
            with read_request_logs(self.path) as reader:
                next(iter(reader), None)
            done.append(f"read export {self.path.name}")
        if self.client is not None:
            list_recipe_jobs.sync(self.recipe_ids[0], client=self.client, per_page=1)
            done.append(f"listed jobs of recipe {self.recipe_ids[0]}")
        return "; ".join(done)

    def notes(self) -> list[str]:
        """What the reader had to skip (bad rows), for the run's outcome."""
        return list(self._notes)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()

    async def aclose(self) -> None:
        if self.client is not None:
            await self.client.aclose()


def open_source(config: VendorConfig) -> WorkatoSource:
    return WorkatoSource(config)


def _recipe_id(value: str) -> int:
    if not value.isdigit():
        raise ConfigError(f"workato.recipe_ids holds recipe ids (numbers), not {value!r}")
    return int(value)


def _required(settings: Mapping[str, Any]) -> list[str]:
    if "recipe_ids" in settings:  # the jobs come from the Developer API: a token, and where
        return ["token_env"]
    return ["export"]


VENDOR = Vendor(
    keys={"export": string, "recipe_ids": strings, "token_env": env_name, **HTTP_KEYS},
    required=_required,
    open=open_source,
)
