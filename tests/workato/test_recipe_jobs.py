"""Recipe jobs and API key refresh on the wire: exact requests, the offset_job_id walk, typed answers.

Sources: DOCS-JOBS = https://docs.workato.com/workato-api/jobs.html ("List jobs from a recipe": query
offset_job_id, prev, status, rerun_only, and the sample answer); WK = workato-devs/wk
internal/api/recipes.go (`params.Set("per_page", ...)`, `{"items": [...]}`); CLI-SPEC =
workato-devs/workato-platform-cli workato-api-spec.yaml (refresh_api_key_secret).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from failtrail_workato import Client, RequestValidationError
from failtrail_workato.api.api_keys import refresh_api_key_secret
from failtrail_workato.api.jobs import list_recipe_jobs
from failtrail_workato.models import JobStatus, RecipeJob, RecipeJobList

from tests.conftest import LocalServer, Reply, Seen, documented_example

TOKEN = "wrk-api-token-0123456789"
SAMPLE = documented_example("workato", "/recipes/{recipe_id}/jobs", "get")  # DOCS-JOBS's sample answer


def _client(server: LocalServer) -> Client:
    return Client(server.url + "/api", token=TOKEN, max_retries=0)


def _jobs(count: int) -> list[dict[str, Any]]:
    return [{**SAMPLE["items"][0], "id": f"j-job{n:05d}-abcdef", "flow_run_id": 2000 - n} for n in range(count)]


def _slices(jobs: list[dict[str, Any]]) -> Any:
    """Newest first; ``offset_job_id`` gives the jobs after (older than) that one, ``per_page`` of them."""

    def handle(seen: Seen) -> Reply:
        params = seen.params
        start = 0
        if "offset_job_id" in params:
            start = [j["id"] for j in jobs].index(params["offset_job_id"]) + 1
        size = int(params.get("per_page", 20))
        return Reply(200, {"job_count": len(jobs), "items": jobs[start : start + size]})

    return handle


def test_the_documented_sample_is_read_whole(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, SAMPLE)
    with _client(server) as workato:
        answer = list_recipe_jobs.sync(28904, client=workato).first_page
    (seen,) = server.seen  # the first page alone is fetched at the call
    assert (seen.method, seen.path, seen.query, seen.body) == ("GET", "/api/recipes/28904/jobs", "", b"")
    assert seen.headers["authorization"] == f"Bearer {TOKEN}"
    assert isinstance(answer, RecipeJobList)
    assert (answer.job_succeeded_count, answer.job_failed_count, answer.job_count) == (1, 1, 1)
    assert answer.items == [
        RecipeJob(
            id="j-KGAKfhsz-GYoLe",
            flow_run_id=1004,
            completed_at=datetime(2015, 1, 2, 1, 2, 3, tzinfo=UTC),
            started_at=datetime(2015, 1, 2, 1, 2, 3, tzinfo=UTC),
            title=SAMPLE["items"][0]["title"],
            is_poll_error=False,
            error=None,
            is_error=False,
        )
    ]


def test_every_filter_goes_on_the_query(server: LocalServer) -> None:
    # DOCS-JOBS: offset_job_id (string), prev (boolean), status (succeeded|failed|pending), rerun_only
    # (boolean); WK: per_page.
    server.handler = lambda seen: Reply(200, {"items": []})
    with _client(server) as workato:
        list_recipe_jobs.sync_detailed(
            28904,
            client=workato,
            offset_job_id="j-KGAKfhsz-GYoLe",
            prev=True,
            status=JobStatus.FAILED,
            rerun_only=False,
            per_page=50,
        )
    assert server.seen[0].query == (
        "offset_job_id=j-KGAKfhsz-GYoLe&prev=true&status=failed&rerun_only=false&per_page=50"
    )


def test_a_status_workato_does_not_list_is_refused_before_sending(server: LocalServer) -> None:
    with _client(server) as workato, pytest.raises(RequestValidationError) as info:
        list_recipe_jobs.sync(28904, client=workato, status="broken")  # type: ignore[arg-type]
    assert (info.value.parameter, info.value.rule) == ("status", "enum")
    assert server.seen == []


def test_the_walk_sends_the_last_jobs_id_until_an_empty_slice(server: LocalServer) -> None:
    # DOCS-JOBS: "When prev=false, this call returns jobs completed prior to the offset_job_id": the
    # next slice starts after the last job received, and no next-token is in the answer.
    jobs = _jobs(5)
    server.handler = _slices(jobs)
    with _client(server) as workato:
        ids = [job.id for job in list_recipe_jobs.sync(28904, client=workato, status=JobStatus.FAILED, per_page=2)]
    assert ids == [j["id"] for j in jobs]
    assert [s.query for s in server.seen] == [
        "status=failed&per_page=2",
        "offset_job_id=j-job00001-abcdef&status=failed&per_page=2",
        "offset_job_id=j-job00003-abcdef&status=failed&per_page=2",
        "offset_job_id=j-job00004-abcdef&status=failed&per_page=2",
    ]


async def test_the_async_walk_is_the_same(server: LocalServer) -> None:
    jobs = _jobs(3)
    server.handler = _slices(jobs)
    async with _client(server) as workato:
        ids = [job.id async for job in list_recipe_jobs.asyncio(28904, client=workato, per_page=2)]
    assert ids == [j["id"] for j in jobs]
    assert [s.params.get("offset_job_id") for s in server.seen] == [None, "j-job00001-abcdef", "j-job00002-abcdef"]


def test_a_failed_jobs_error_parts_are_typed(server: LocalServer) -> None:
    failed = {
        **SAMPLE["items"][0],
        "is_error": True,
        "error": "Record not found",
        "error_parts": {"adapter": "netsuite", "error_type": "NotFound", "message": "Record not found", "input": {}},
    }
    server.handler = lambda seen: Reply(200, {"items": [failed]})
    with _client(server) as workato:
        (job,) = list_recipe_jobs.sync(28904, client=workato).first_page.items
    assert job.is_error is True and job.error_parts is not None
    assert (job.error_parts.adapter, job.error_parts.error_type, job.error_parts.message) == (
        "netsuite",
        "NotFound",
        "Record not found",
    )
    assert job.error_parts.additional_properties == {"input": {}}  # undeclared, kept


def test_refreshing_a_key_puts_without_a_body_and_reads_the_new_token(server: LocalServer) -> None:
    # CLI-SPEC refresh_api_key_secret: PUT /api/v2/api_clients/{api_client_id}/api_keys/{api_key_id}/refresh_secret,
    # no request body, 200 ApiKeyResponse; WK api_clients.go RefreshKey decodes {"data": APIKey}.
    server.handler = lambda seen: Reply(
        200, {"data": {"id": 5002, "name": "k", "active": True, "auth_token": "new-sec"}}
    )
    with _client(server) as workato:
        refreshed = refresh_api_key_secret.sync(201, 5002, client=workato)
    seen = server.seen[0]
    assert (seen.method, seen.path, seen.query, seen.body) == (
        "PUT",
        "/api/v2/api_clients/201/api_keys/5002/refresh_secret",
        "",
        b"",
    )
    assert refreshed.data.auth_token == "new-sec" and "new-sec" not in repr(refreshed)
