"""Workato's failed recipe jobs in the umbrella (kind ``recipe-job``), mapped field by field."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import failtrail
import pytest
from failtrail import ConfigError, FailureRecord, load_config
from failtrail_workato.lib.sandbox import WorkatoSandbox
from failtrail_workato.models import RecipeJob

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
SINCE = NOW - timedelta(days=30)


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def test_failed_jobs_of_the_configured_recipes_become_failure_records(tmp_path: Path) -> None:
    sandbox = WorkatoSandbox(records=30, seed=4, now=NOW)
    recipes = sorted(sandbox.jobs)[:2]
    with sandbox.serve() as server:
        path = tmp_path / "failtrail.toml"
        ids = ", ".join(f'"{r}"' for r in recipes)
        path.write_text(f'[workato]\nbase_url = "{server.base_url}"\ntoken_env = "T"\nrecipe_ids = [{ids}]\n')
        config = load_config(path, {"T": "sandbox-token"})
        with failtrail.failures(SINCE, NOW, config=config) as run:
            got = {record.id: record for record in run}
        assert run.errors == {}
    sent: dict[str, tuple[int, dict[str, Any]]] = {
        job["id"]: (recipe, job)
        for recipe in recipes
        for job in sandbox.jobs[recipe]
        if job["status"] == "failed" and SINCE <= _utc(job.get("completed_at") or job["started_at"]) < NOW
    }
    assert sent and sorted(got) == sorted(sent)
    # docs.workato.com/workato-api/jobs.html "List jobs from a recipe": status=failed filters the jobs
    assert all("status=failed" in str(r.url) for r in sandbox.requests if "/jobs" in r.url.path)
    for job_id, (recipe, job) in sent.items():
        parts = job.get("error_parts") or {}
        record = got[job_id].record
        assert record == RecipeJob.from_dict({k: v for k, v in job.items() if not k.startswith("_")})  # as served
        assert got[job_id] == FailureRecord(
            vendor="workato",
            kind="recipe-job",
            id=job_id,
            when=_utc(job.get("completed_at") or job["started_at"]),
            http_status=None,
            code=parts.get("error_type") or None,
            message=job.get("error") or parts.get("message") or None,
            request_id=None,
            resource=f"recipe {recipe}" + (f" {parts['adapter']}" if parts.get("adapter") else ""),
            actor=f"recipe {job['calling_recipe_id']}" if job.get("calling_recipe_id") is not None else None,
            record=record,
        )


def test_recipe_ids_need_a_token_and_must_be_numbers(tmp_path: Path) -> None:
    path = tmp_path / "failtrail.toml"
    path.write_text('[workato]\nrecipe_ids = ["12"]\n')
    with pytest.raises(ConfigError, match="token_env is required"):
        load_config(path, {}).select()
    path.write_text('[workato]\nrecipe_ids = ["twelve"]\ntoken_env = "T"\n')
    with (
        pytest.raises(ConfigError, match="recipe ids"),
        failtrail.failures(SINCE, NOW, config=load_config(path, {"T": "t"})),
    ):
        pass
