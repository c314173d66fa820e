"""The sandbox's recipe jobs: seeded per recipe, newest first, and the slice a jobs request asks for.

What Workato documents (docs.workato.com/workato-api/jobs.html, "List jobs from a recipe"): ids such as
``j-KGAKfhsz-GYoLe``; ``offset_job_id`` with ``prev=false`` (the default) gives the jobs completed
before that job, ``prev=true`` the newer ones; ``status`` is succeeded, failed or pending;
``rerun_only``; the answer's counts and ``items``. The page size (``per_page``) is sent by Workato's
own CLI (workato-devs/wk, internal/api/recipes.go); its default and maximum are not documented, so
the sandbox's :data:`DEFAULT_PER_PAGE` is its own choice.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

__all__ = ["DEFAULT_PER_PAGE", "STATUSES", "JobQuery", "job_list", "seed_jobs"]

Record = dict[str, Any]

DEFAULT_PER_PAGE = 20  # unsourced: Workato documents no default page size for jobs
STATUSES = ("succeeded", "failed", "pending")
_ALPHABET = string.ascii_letters + string.digits
_ADAPTERS = ("salesforce", "netsuite", "http", "workato_db_table", "slack")
_FAILURES = (
    ("Salesforce::InvalidFieldError", "No such column 'Region__c' on entity 'Account'"),
    ("Netsuite::RecordNotFound", "Record not found: customer 88120"),
    ("HTTP::TimeoutError", "Request timed out after 90 seconds"),
    ("Workato::ValidationError", "Required field 'email' is missing"),
)


@dataclass(frozen=True)
class JobQuery:
    """A jobs request's filters and position, already checked."""

    offset_job_id: str | None = None
    prev: bool = False
    status: str | None = None
    rerun_only: bool = False
    per_page: int = DEFAULT_PER_PAGE


def seed_jobs(rng: random.Random, recipe_ids: list[int], now: datetime, days: float) -> dict[int, list[Record]]:
    """A few jobs for each recipe, newest first; about one in four failed, a few pending, some reruns.

    A job's ``_rerun`` key is the sandbox's own (what ``rerun_only`` filters on); it is not sent.
    """
    jobs: dict[int, list[Record]] = {}
    run = 1000
    for recipe_id in recipe_ids:
        made: list[Record] = []
        for _ in range(rng.randint(0, 14)):
            run += 1
            started = now - timedelta(seconds=rng.uniform(0, days * 86400))
            draw = rng.random()
            status = "failed" if draw < 0.25 else "pending" if draw < 0.3 else "succeeded"
            made.append(_job(rng, recipe_id, run, started, status))
        made.sort(key=lambda job: job["started_at"], reverse=True)
        jobs[recipe_id] = made
    return jobs


def job_list(jobs: list[Record], query: JobQuery) -> Record | None:
    """The answer to a jobs request, or None when ``offset_job_id`` is not one of these jobs."""
    scope = [job for job in jobs if _wanted(job, query)]
    if query.offset_job_id is None:
        chosen = scope[: query.per_page]
    else:
        position = next((n for n, job in enumerate(jobs) if job["id"] == query.offset_job_id), None)
        if position is None:
            return None
        newer = {job["id"] for job in jobs[:position]}
        if query.prev:  # the newer jobs closest to the offset, still newest first
            chosen = [job for job in scope if job["id"] in newer][-query.per_page :]
        else:
            chosen = [job for job in scope if job["id"] not in newer and job["id"] != query.offset_job_id]
            chosen = chosen[: query.per_page]
    return {
        "job_succeeded_count": sum(job["status"] == "succeeded" for job in jobs),
        "job_failed_count": sum(job["status"] == "failed" for job in jobs),
        "job_count": len(jobs),
        "job_scope_count": len(scope),
        "items": [{k: v for k, v in job.items() if not k.startswith("_")} for job in chosen],
    }


def _wanted(job: Record, query: JobQuery) -> bool:
    return (query.status is None or job["status"] == query.status) and (not query.rerun_only or job["_rerun"])


def _job(rng: random.Random, recipe_id: int, run: int, started: datetime, status: str) -> Record:
    handle = "".join(rng.choice(_ALPHABET) for _ in range(8)) + "-" + "".join(rng.choice(_ALPHABET) for _ in range(6))
    completed = None if status == "pending" else _stamp(started + timedelta(seconds=rng.uniform(0.2, 40)))
    job: Record = {
        "id": f"j-{handle}",
        "flow_run_id": run,
        "recipe_id": recipe_id,
        "status": status,
        "completed_at": completed,
        "started_at": _stamp(started),
        "title": f"New API request to recipe {recipe_id}: call {run}",
        "is_poll_error": False,
        "error": None,
        "is_error": status == "failed",
        "_rerun": rng.random() < 0.1,
    }
    if status == "failed":
        error_type, message = rng.choice(_FAILURES)
        job["error"] = message
        job["error_parts"] = {
            "adapter": rng.choice(_ADAPTERS),
            "error_type": error_type,
            "message": message,
            "error_id": f"{rng.getrandbits(64):016x}",
            "error_at": completed,
            "inner_message": None,
        }
    return job


def _stamp(moment: datetime) -> str:
    """Workato's jobs sample writes UTC with milliseconds and a Z: ``2015-01-02T01:02:03.000Z``."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
