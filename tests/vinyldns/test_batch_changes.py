"""VinylDNS's batch changes on the wire: the listing's filters and offset walk, the batch change and its errors.

Sources (vinyldns/vinyldns @ 1523586; specs/vinyldns/SOURCES.md): modules/api/src/main/scala/vinyldns/api/route/
BatchChangeRouting.scala:73-127 (parameters, 400 text), modules/mysql/src/main/scala/vinyldns/mysql/repository/
MySqlBatchChangeRepository.scala:258-346 (LIMIT maxItems + 1 OFFSET startFrom; nextId = startFrom + maxItems
while a further row exists, else absent), modules/api/src/main/scala/vinyldns/api/domain/batch/
BatchChangeErrors.scala:39-44 (404/403 texts), modules/api/src/test/functional/tests/batch/get_batch_change_test.py.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from failtrail_vinyldns import BadRequestError, Client, NotFoundError, PermissionDeniedError, RequestValidationError
from failtrail_vinyldns.api.batchchanges import get_batch_change, list_batch_change_summaries
from failtrail_vinyldns.models import (
    AData,
    BatchChange,
    BatchChangeApprovalStatus,
    BatchChangeStatus,
    SingleChangeStatus,
)

from tests.conftest import LocalServer, Reply, Seen
from tests.vinyldns.test_wire import ACCESS_KEY, SECRET_KEY, _same_json, botocore_authorization

LIST_PATH = "/zones/batchrecordchanges"
TEXT = {"Content-Type": "text/plain; charset=UTF-8"}
# A batch change as get_batch_change_test.py:27-35 checks it (BatchChangeInfo, BatchChangeJsonProtocol.scala:131-166).
BATCH: dict[str, Any] = {
    "userId": "ok",
    "userName": "ok",
    "comments": "this is optional",
    "createdTimestamp": "2023-09-28T16:44:47Z",
    "changes": [
        {
            "changeType": "Add",
            "inputName": "parent.com.",
            "type": "A",
            "ttl": 200,
            "record": {"address": "4.5.6.7"},
            "status": "Failed",
            "recordName": "",
            "zoneName": "parent.com.",
            "zoneId": "0a1b-parent",
            "systemMessage": "Failed validating update to DNS for change c1:parent.com.: Incompatible record already exists in DNS.",
            "recordChangeId": "c1",
            "recordSetId": "rs1",
            "validationErrors": [],
            "id": "s1",
        },
        {
            "changeType": "DeleteRecordSet",
            "inputName": "gone.parent.com.",
            "type": "CNAME",
            "status": "Complete",
            "recordName": "gone",
            "zoneName": "parent.com.",
            "zoneId": "0a1b-parent",
            "recordChangeId": "c2",
            "recordSetId": "rs2",
            "validationErrors": [],
            "id": "s2",
        },
    ],
    "id": "5ee8c027-5e69-46fb-bbbb-a75af00bed4b",
    "status": "PartialFailure",
    "approvalStatus": "AutoApproved",
}


def _client(server: LocalServer, **kwargs: Any) -> Client:
    return Client(server.url, access_key=ACCESS_KEY, secret_key=SECRET_KEY, **kwargs)


def _summary(n: int) -> dict[str, Any]:
    return {
        "userId": "ok",
        "userName": "ok",
        "createdTimestamp": "2023-09-28T16:44:47Z",
        "totalChanges": 2,
        "status": "Failed",
        "id": f"batch-{n}",
        "approvalStatus": "AutoApproved",
    }


def _server_pages(count: int) -> Any:
    """MySqlBatchChangeRepository.getBatchChangeSummaries: nextId only while a row follows, startFrom echoed if sent."""

    def handle(seen: Seen) -> Reply:
        start = seen.params.get("startFrom")
        offset, size = int(start or 0), int(seen.params.get("maxItems", "100"))
        body: dict[str, Any] = {"batchChanges": [_summary(n) for n in range(offset, min(count, offset + size))]}
        if start is not None:
            body["startFrom"] = offset
        if offset + size < count:
            body["nextId"] = offset + size
        return Reply(200, body | {"maxItems": size, "ignoreAccess": False})

    return handle


def test_every_filter_goes_out_exactly_and_signed(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, {"batchChanges": [], "maxItems": 10, "ignoreAccess": True})
    start = datetime(2025, 5, 2, 12, 30, 5, 900000, tzinfo=timezone(timedelta(hours=2)))
    with _client(server) as c:
        list_batch_change_summaries.sync_detailed(
            client=c,
            start_from=20,
            max_items=10,
            ignore_access=True,
            approval_status=BatchChangeApprovalStatus.MANUALLYREJECTED,
            user_name="jdoe",
            date_time_range_start=start,
            date_time_range_end=start + timedelta(hours=1),
        )
    (seen,) = server.seen
    assert (seen.method, seen.path) == ("GET", LIST_PATH)
    # MySQL DATETIME text in UTC (the repository compares created_time with it as sent)
    assert seen.params == {
        "startFrom": "20",
        "maxItems": "10",
        "ignoreAccess": "true",
        "approvalStatus": "ManuallyRejected",
        "userName": "jdoe",
        "dateTimeRangeStart": "2025-05-02 10:30:05",
        "dateTimeRangeEnd": "2025-05-02 11:30:05",
    }
    assert seen.headers["authorization"] == botocore_authorization(server, seen)


@pytest.mark.parametrize(("max_items", "rule"), [(0, "minimum"), (101, "maximum")])
def test_max_items_outside_1_to_100_refused_before_sending(server: LocalServer, max_items: int, rule: str) -> None:
    with _client(server) as c, pytest.raises(RequestValidationError) as info:
        list_batch_change_summaries.sync(client=c, max_items=max_items)
    assert (info.value.parameter, info.value.rule) == ("maxItems", rule)
    assert server.seen == []


def test_an_end_before_its_start_is_refused_before_sending(server: LocalServer) -> None:
    at = datetime(2025, 5, 2, tzinfo=UTC)
    with _client(server) as c, pytest.raises(RequestValidationError):
        list_batch_change_summaries.sync(client=c, date_time_range_start=at, date_time_range_end=at - timedelta(1))
    assert server.seen == []


@pytest.mark.parametrize("count", [5, 6], ids=["short-last-page", "full-last-page"])
def test_walk_sends_next_id_back_and_ends_when_it_is_absent(server: LocalServer, count: int) -> None:
    # nextId is the next offset here (startFrom + maxItems), so the walk sends it back as it is.
    server.handler = _server_pages(count)
    with _client(server) as c:
        ids = [b.id for b in list_batch_change_summaries.sync(client=c, max_items=3)]
    assert ids == [f"batch-{n}" for n in range(count)]
    assert [s.query for s in server.seen] == ["maxItems=3", "startFrom=3&maxItems=3"]


async def test_async_walk(server: LocalServer) -> None:
    server.handler = _server_pages(7)
    async with _client(server) as c:
        ids = [b.id async for b in list_batch_change_summaries.asyncio(client=c, max_items=3)]
    assert ids == [f"batch-{n}" for n in range(7)]
    assert [s.query for s in server.seen] == ["maxItems=3", "startFrom=3&maxItems=3", "startFrom=6&maxItems=3"]


def test_the_listing_echo_fields_parse(server: LocalServer) -> None:
    # BatchChangeSummary.scala:88-99: the response names the date filters dateTimeStartRange/dateTimeEndRange.
    body = {"batchChanges": [_summary(0)], "startFrom": 0, "maxItems": 100, "ignoreAccess": False}
    body |= {"approvalStatus": "AutoApproved", "dateTimeStartRange": "2025-01-01 00:00:00"}
    server.handler = lambda s: Reply(200, body)
    with _client(server) as c:
        page = list_batch_change_summaries.sync(client=c).first_page
    assert page.batch_changes[0].status == BatchChangeStatus.FAILED
    assert (page.start_from, page.date_time_start_range) == (0, "2025-01-01 00:00:00")
    assert _same_json(page.to_dict(), body)


def test_bad_max_items_text(server: LocalServer) -> None:
    text = "maxItems was 0, maxItems must be between 1 and 100, inclusive."
    server.handler = lambda s: Reply(400, text.encode(), TEXT)
    with _client(server) as c, pytest.raises(BadRequestError) as info:
        list_batch_change_summaries.sync(client=c, extra_query={"maxItems": "0"})
    assert info.value.parsed == text


def test_a_batch_change_with_a_failed_single_change(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, BATCH)
    with _client(server) as c:
        batch = get_batch_change.sync(BATCH["id"], client=c)
    (seen,) = server.seen
    assert seen.path == f"{LIST_PATH}/{BATCH['id']}"
    assert seen.headers["authorization"] == botocore_authorization(server, seen)
    assert isinstance(batch, BatchChange) and batch.status == BatchChangeStatus.PARTIALFAILURE
    failed, deleted = batch.changes
    assert (failed.status, failed.system_message, failed.ttl) == (
        SingleChangeStatus.FAILED,
        BATCH["changes"][0]["systemMessage"],
        200,
    )
    assert failed.record == AData(address="4.5.6.7")
    assert (deleted.change_type, deleted.status) == ("DeleteRecordSet", SingleChangeStatus.COMPLETE)
    assert _same_json(batch.to_dict(), BATCH)  # nothing invented, nothing lost


@pytest.mark.parametrize(
    ("status", "error", "text"),
    [
        (404, NotFoundError, "Batch change with id nope cannot be found"),
        (403, PermissionDeniedError, "User does not have access to item nope"),
    ],
)
def test_batch_change_errors(server: LocalServer, status: int, error: type[Exception], text: str) -> None:
    server.handler = lambda s: Reply(status, text.encode(), TEXT)
    with _client(server) as c, pytest.raises(error) as info:
        get_batch_change.sync("nope", client=c)
    raised: Any = info.value
    assert (raised.status_code, raised.parsed) == (status, text)
