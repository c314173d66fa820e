"""The ZITADEL sandbox answers as a ZITADEL instance does: gRPC-status errors, tokens, search, delete."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from failtrail_zitadel.lib.sandbox import ZitadelSandbox

from tests.sandboxes.fault_checks import async_clients, check_every_fault

NOW = datetime(2025, 4, 9, 12, 0, tzinfo=UTC)
BASE = "https://my-instance.zitadel.cloud/admin/v1"
AUTH = {"Authorization": "Bearer sandbox-token"}
SEARCH = "/failedevents/_search"
EVENTS = "/events/_search"
AUDIENCE = "urn:zitadel:iam:org:project:id:zitadel:aud"


@pytest.fixture
def sandbox() -> ZitadelSandbox:
    return ZitadelSandbox(records=25, seed=9, now=NOW, forbidden_tokens=("viewer-token",))


@pytest.fixture
def client(sandbox: ZitadelSandbox) -> httpx.Client:
    return httpx.Client(base_url=BASE, transport=sandbox.transport(), headers=AUTH)


def test_search_returns_every_event_with_uint64_strings(sandbox: ZitadelSandbox, client: httpx.Client) -> None:
    events = client.post(SEARCH, json={}).json()["result"]
    assert events == sandbox.records and len(events) == 25
    assert all(isinstance(e["failedSequence"], str) and e["failedSequence"].isdigit() for e in events)
    assert all(isinstance(e["failureCount"], str) for e in events)
    assert ZitadelSandbox(records=25, seed=9, now=NOW).records == sandbox.records


def test_seeded_failed_events_look_like_the_servers(sandbox: ZitadelSandbox) -> None:
    records = ZitadelSandbox(records=200, seed=3, now=NOW).records
    # Z internal/api/grpc/admin/failed_event_converter.go: database is the DB name (cmd/defaults.yaml:
    # zitadel), viewName the projection; lastFailed only when set; failureCount 1..MaxFailureCount.
    assert {e["database"] for e in records} == {"zitadel"}
    assert all(e["viewName"].startswith(("projections.", "auth.")) for e in records)
    stamps = [e["lastFailed"] for e in records if "lastFailed" in e]
    assert 0 < len(stamps) < len(records)  # some rows never recorded it
    # protojson (google.golang.org/protobuf encoding/protojson): UTC, 0/3/6/9 fractional digits
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3}|\.\d{6})?Z", s) for s in stamps)
    assert any(len(s) == len("2024-04-09T11:59:32.421123Z") for s in stamps)
    assert all(1 <= int(e["failureCount"]) <= (10 if "notifications" in e["viewName"] else 5) for e in records)
    # Z cmd/setup/15/01_new_failed_events.sql: the key includes the aggregate, so view + sequence repeat
    keys = [(e["viewName"], e["failedSequence"]) for e in records]
    assert len(set(keys)) < len(keys)


def test_search_ignores_any_body(client: httpx.Client, sandbox: ZitadelSandbox) -> None:
    # Z proto/zitadel/admin.proto: `post: "/failedevents/_search"` has no `body:`, so grpc-gateway
    # (v2.29.0 gengateway/template.go) discards the body unread: no 400 for anything in it.
    for body in (b"", b"{}", b'{"query": {"limit": 10}}', b"[1]", b"not json"):
        answer = client.post(SEARCH, content=body)
        assert answer.status_code == 200 and answer.json()["result"] == sandbox.records


def test_delete_is_idempotent_and_removes_every_match(sandbox: ZitadelSandbox, client: httpx.Client) -> None:
    # Z internal/query/failed_events.go RemoveFailedEvent: DELETE by projection, sequence and
    # instance; the row count is never read, and Z internal/api/grpc/admin/failed_event.go does not
    # pass the database on.
    event = sandbox.records[3]
    twins = [
        e
        for e in sandbox.records
        if (e["viewName"], e["failedSequence"]) == (event["viewName"], event["failedSequence"])
    ]
    path = f"/failedevents/any-database/{event['viewName']}/{event['failedSequence']}"
    assert client.delete(path).json() == {}
    left = client.post(SEARCH, json={}).json()["result"]
    assert not [e for e in left if e in twins] and len(left) == 25 - len(twins)
    again = client.delete(path)
    assert (again.status_code, again.json()) == (200, {})
    unknown = client.delete("/failedevents/zitadel/projections.nothing/1")
    assert (unknown.status_code, unknown.json()) == (200, {})


def test_duplicate_view_and_sequence_are_all_removed() -> None:
    sandbox = ZitadelSandbox(records=200, seed=3, now=NOW)
    counts = Counter((e["viewName"], e["failedSequence"]) for e in sandbox.records)
    (view, sequence), count = counts.most_common(1)[0]
    assert count > 1
    with httpx.Client(base_url=BASE, transport=sandbox.transport(), headers=AUTH) as client:
        assert client.delete(f"/failedevents/zitadel/{view}/{sequence}").json() == {}
    assert len(sandbox.records) == 200 - count


@pytest.mark.parametrize(
    ("segment", "reason"),
    [
        ("abc", "invalid syntax"),
        ("08", "invalid syntax"),  # a leading 0 is octal
        ("-1", "invalid syntax"),
        ("1__0", "invalid syntax"),
        ("18446744073709551616", "value out of range"),
        ("0x10000000000000000", "value out of range"),
    ],
)
def test_failed_sequence_is_parsed_as_go_parseuint_before_auth(client: httpx.Client, segment: str, reason: str) -> None:
    # grpc-gateway v2.29.0 runtime/convert.go: strconv.ParseUint(val, 0, 64); gengateway/template.go:
    # "type mismatch, parameter: %s, error: %v" as InvalidArgument, in the gateway, before any auth.
    answer = client.delete(f"/failedevents/zitadel/projections.users14/{segment}", headers={"Authorization": ""})
    assert answer.status_code == 400
    assert answer.json() == {
        "code": 3,
        "message": f'type mismatch, parameter: failed_sequence, error: strconv.ParseUint: parsing "{segment}": {reason}',
    }


@pytest.mark.parametrize(("segment", "value"), [("0x1f", 31), ("0o17", 15), ("017", 15), ("0b101", 5), ("1_000", 1000)])
def test_failed_sequence_accepts_go_base_prefixes(segment: str, value: int) -> None:
    sandbox = ZitadelSandbox(records=0)
    sandbox.records = [{"database": "zitadel", "viewName": "v", "failedSequence": str(value), "failureCount": "1"}]
    with httpx.Client(base_url=BASE, transport=sandbox.transport(), headers=AUTH) as client:
        assert client.delete(f"/failedevents/zitadel/v/{segment}").json() == {}
    assert sandbox.records == []


def test_name_longer_than_200_is_a_validation_400_after_auth(client: httpx.Client) -> None:
    # Z proto/zitadel/admin.proto RemoveFailedEventRequest (validate.rules) max_len 200, checked by
    # internal/api/grpc/server/middleware/validation_interceptor.go after the auth interceptor.
    long = "v" * 201
    answer = client.delete(f"/failedevents/zitadel/{long}/1")
    assert (answer.status_code, answer.json()) == (
        400,
        {
            "code": 3,
            "message": "invalid RemoveFailedEventRequest.ViewName: value length must be between 1 and 200 runes, inclusive",
        },
    )
    first = client.delete(f"/failedevents/{long}/{long}/1").json()["message"]
    assert first.startswith("invalid RemoveFailedEventRequest.Database:")
    assert client.delete(f"/failedevents/zitadel/{long}/1", headers={"Authorization": ""}).status_code == 401


def test_no_events_answers_an_empty_object() -> None:
    empty = ZitadelSandbox(records=0)
    with httpx.Client(base_url=BASE, transport=empty.transport(), headers=AUTH) as client:
        assert client.post(SEARCH, json={}).json() == {}


def test_auth_refusals_are_grpc_statuses(client: httpx.Client) -> None:
    # Z internal/api/grpc/server/middleware/auth_interceptor.go: a native status without details;
    # grpc-gateway v2.29.0 runtime/errors.go copies a 401's message into WWW-Authenticate.
    missing = client.post(SEARCH, json={}, headers={"Authorization": ""})
    assert (missing.status_code, missing.json()) == (401, {"code": 16, "message": "auth header missing"})
    assert missing.headers["WWW-Authenticate"] == "auth header missing"
    wrong = client.post(SEARCH, json={}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.json()["details"][0]["id"] == "AUTH-7fs1e"
    assert wrong.headers["WWW-Authenticate"] == "Errors.Token.Invalid (AUTH-7fs1e)"
    # Z internal/api/authz/context.go: the prefix is "Bearer " exactly
    lower = client.post(SEARCH, json={}, headers={"Authorization": "bearer sandbox-token"})
    assert lower.status_code == 401 and lower.json()["message"] == "invalid auth header (AUTH-toLo1)"
    viewer = client.post(SEARCH, json={}, headers={"Authorization": "Bearer viewer-token"})
    assert viewer.status_code == 403 and viewer.json()["code"] == 7
    assert "WWW-Authenticate" not in viewer.headers


def test_read_only_token_lists_but_cannot_remove() -> None:
    # Z proto/zitadel/admin.proto: ListFailedEvents needs iam.read, RemoveFailedEvent iam.write;
    # cmd/defaults.yaml: IAM_OWNER_VIEWER holds iam.read only.
    sandbox = ZitadelSandbox(records=5, seed=1, now=NOW, read_only_tokens=("viewer",))
    headers = {"Authorization": "Bearer viewer"}
    with httpx.Client(base_url=BASE, transport=sandbox.transport(), headers=headers) as client:
        assert client.post(SEARCH).status_code == 200
        event = sandbox.records[0]
        refused = client.delete(f"/failedevents/zitadel/{event['viewName']}/{event['failedSequence']}")
        assert refused.status_code == 403 and refused.json()["message"] == "No matching permissions found (AUTH-5mWD2)"
        assert client.post(EVENTS, json={}).status_code == 200  # events.read is the viewer's too
    assert len(sandbox.records) == 5


def test_unknown_org_is_refused(sandbox: ZitadelSandbox) -> None:
    # Z internal/api/authz/context.go: ExistsOrg fails -> PermissionDenied "Organisation doesn't exist"
    known = ZitadelSandbox(records=2, orgs=("111",))
    with httpx.Client(base_url=BASE, transport=known.transport(), headers=AUTH) as client:
        assert client.post(SEARCH, headers={"x-zitadel-orgid": "111"}).status_code == 200
        refused = client.post(SEARCH, headers={"x-zitadel-orgid": "222"})
        assert refused.status_code == 403
        assert refused.json()["details"][0]["id"] == "AUTH-Bs7Ds"


def test_routing_errors_have_no_details(client: httpx.Client) -> None:
    # grpc-gateway v2.29.0 runtime/errors.go DefaultRoutingErrorHandler; Z gateway.go: 405 as code 12
    assert client.get("/nothing").json() == {"code": 5, "message": "Not Found"}
    assert client.get(SEARCH).json() == {"code": 12, "message": "Method Not Allowed"}


# -- the event store -------------------------------------------------------------------------------


def _all_events(client: httpx.Client, **filters: Any) -> list[dict[str, Any]]:
    answer = client.post(EVENTS, json=filters)
    assert answer.status_code == 200
    return list(answer.json().get("events", []))


def test_list_events_newest_first_and_capped(sandbox: ZitadelSandbox, client: httpx.Client) -> None:
    big = ZitadelSandbox(records=0, events=1500, now=NOW)
    with httpx.Client(base_url=BASE, transport=big.transport(), headers=AUTH) as many:
        # Z internal/api/grpc/admin/event.go: limit 0 or above 1000 means 1000
        assert len(_all_events(many)) == 1000 and len(_all_events(many, limit=5000)) == 1000
    newest = _all_events(client, limit=10)
    assert newest == list(reversed(sandbox.events))[:10]
    assert _all_events(client, limit=10, asc=True) == sandbox.events[:10]


def test_from_is_exclusive_and_direction_dependent(sandbox: ZitadelSandbox, client: httpx.Client) -> None:
    # Z internal/api/grpc/admin/event.go: asc -> CreationDateAfter(from), else CreationDateBefore(from)
    middle = sandbox.events[50]["creationDate"]
    after = _all_events(client, asc=True, **{"from": middle})
    before = _all_events(client, **{"from": middle})
    assert all(e["creationDate"] > middle for e in after) and all(e["creationDate"] < middle for e in before)
    same = [e for e in sandbox.events if e["creationDate"] == middle]
    assert len(after) + len(before) + len(same) == len(sandbox.events)
    # the deprecated creationDate is the same as from; range wins over it
    assert _all_events(client, asc=True, creation_date=middle) == after
    window = {"since": sandbox.events[10]["creationDate"], "until": sandbox.events[20]["creationDate"]}
    ranged = _all_events(client, asc=True, range=window, creationDate=middle)
    assert ranged and all(window["since"] < e["creationDate"] < window["until"] for e in ranged)


def test_walking_by_creation_date_finds_every_event_once(sandbox: ZitadelSandbox, client: httpx.Client) -> None:
    """The paging rule of the ListEvents docstring: asc, from = last creationDate - 1 us, de-duplicate."""
    shared = Counter(e["creationDate"] for e in sandbox.events)
    assert max(shared.values()) > 1  # one push writes several events at one instant
    seen: dict[tuple[str, str, str], dict[str, object]] = {}
    start = "1970-01-02T00:00:00Z"
    for _ in range(200):  # bounded
        page = _all_events(client, asc=True, limit=7, **{"from": start})
        fresh = [e for e in page if _key(e) not in seen]
        if not fresh:
            break
        seen.update((_key(e), e) for e in fresh)
        last = datetime.fromisoformat(str(page[-1]["creationDate"]))
        start = (last - timedelta(microseconds=1)).isoformat()
    assert list(seen.values()) == sandbox.events


def _key(event: dict[str, object]) -> tuple[str, str, str]:
    aggregate = event["aggregate"]
    assert isinstance(aggregate, dict)
    return (aggregate["type"]["type"], aggregate["id"], str(event["sequence"]))


def test_list_events_filters(sandbox: ZitadelSandbox, client: httpx.Client) -> None:
    failed = _all_events(client, eventTypes=["user.human.password.check.failed"])
    assert failed and {e["type"]["type"] for e in failed} == {"user.human.password.check.failed"}
    user = failed[0]["aggregate"]["id"]
    own = _all_events(client, aggregate_id=user, asc=True)
    assert [int(e["sequence"]) for e in own] == list(range(1, len(own) + 1))  # sequences count per aggregate
    # Z internal/eventstore/repository/search_query.go: asc -> sequence > N, desc -> sequence < N
    assert [int(e["sequence"]) for e in _all_events(client, aggregateId=user, asc=True, sequence="1")] == list(
        range(2, len(own) + 1)
    )
    assert _all_events(client, aggregateId=user, sequence=2) == [own[0]]
    assert _all_events(client, aggregateTypes=["org"]) == [
        e for e in reversed(sandbox.events) if e["aggregate"]["type"]["type"] == "org"
    ]
    assert _all_events(client, unknownField=1, limit=3) == list(reversed(sandbox.events))[:3]  # DiscardUnknown


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {"eventTypes": ["t"] * 31},
            "invalid ListEventsRequest.EventTypes: value must contain no more than 30 item(s)",
        ),
        (
            {"aggregateTypes": ["t"] * 11},
            "invalid ListEventsRequest.AggregateTypes: value must contain no more than 10 item(s)",
        ),
        (
            {"editorUserId": "u" * 201},
            "invalid ListEventsRequest.EditorUserId: value length must be between 0 and 200 runes, inclusive",
        ),
    ],
)
def test_list_events_validation(client: httpx.Client, body: dict[str, object], message: str) -> None:
    # Z proto/zitadel/admin.proto ListEventsRequest (validate.rules), after auth
    answer = client.post(EVENTS, json=body)
    assert (answer.status_code, answer.json()) == (400, {"code": 3, "message": message})
    assert client.post(EVENTS, json=body, headers={"Authorization": ""}).status_code == 401


def test_list_events_body_is_decoded_before_auth(client: httpx.Client) -> None:
    # `body: "*"`: the gateway decodes it first; from and range are one oneof
    for body in (b"not json", b'{"limit": "x"}', b'{"from": "2024-01-01T00:00:00Z", "range": {}}'):
        answer = client.post(EVENTS, content=body, headers={"Authorization": ""})
        assert answer.status_code == 400 and answer.json()["code"] == 3 and "details" not in answer.json()


def test_event_and_aggregate_types(client: httpx.Client) -> None:
    kinds = client.post("/events/types/_search", json={}).json()["eventTypes"]
    assert {
        "type": "user.human.password.check.failed",
        "localized": {
            "key": "EventTypes.user.human.password.check.failed",
            "localizedMessage": "Password check failed",
        },
    } in kinds
    aggregates = client.post("/aggregates/types/_search").json()["aggregateTypes"]
    assert {a["type"] for a in aggregates} >= {"user", "org", "instance"}
    forbidden = client.post("/aggregates/types/_search", headers={"Authorization": "Bearer viewer-token"})
    assert forbidden.status_code == 403


def test_client_credentials_tokens(sandbox: ZitadelSandbox) -> None:
    token_url = "https://my-instance.zitadel.cloud/oauth/v2/token"
    with httpx.Client(base_url=BASE, transport=sandbox.transport()) as client:
        basic = ("sandbox-client-id", "sandbox-client-secret")
        form = {"grant_type": "client_credentials", "scope": f"openid {AUDIENCE}"}
        token = client.post(token_url, data=form, auth=basic).json()
        assert (token["token_type"], token["expires_in"]) == ("Bearer", 43199)
        assert client.post(SEARCH, headers={"Authorization": f"Bearer {token['access_token']}"}).status_code == 200
        posted = client.post(token_url, data={**form, "client_id": basic[0], "client_secret": basic[1]}).json()
        assert client.post(SEARCH, headers={"Authorization": f"Bearer {posted['access_token']}"}).status_code == 200
        narrow = client.post(token_url, data={**form, "scope": "openid"}, auth=basic).json()
        assert client.post(SEARCH, headers={"Authorization": f"Bearer {narrow['access_token']}"}).status_code == 401
        assert client.post(token_url, data=form, auth=("sandbox-client-id", "x")).json()["error"] == "invalid_client"
        sandbox.revoke_tokens()
        assert client.post(SEARCH, headers={"Authorization": f"Bearer {token['access_token']}"}).status_code == 401


def test_gzip_over_http(sandbox: ZitadelSandbox) -> None:
    with sandbox.serve() as server, httpx.Client(base_url=server.base_url, headers=AUTH) as client:
        answer = client.post(SEARCH, json={})
        assert answer.headers["Content-Encoding"] == "gzip" and answer.num_bytes_downloaded < len(answer.content)
        assert answer.json()["result"] == sandbox.records


def test_every_fault_in_both_modes(sandbox: ZitadelSandbox) -> None:
    statuses = check_every_fault(sandbox, lambda c: c.post(SEARCH, json={}), headers=AUTH)
    assert all(answer.json()["code"] == 8 for answer in statuses.values())  # RESOURCE_EXHAUSTED


async def test_async_search_and_delete(sandbox: ZitadelSandbox) -> None:
    with async_clients(sandbox, headers=AUTH) as modes:
        for _mode, make in modes:
            async with make() as client:
                event = (await client.post(SEARCH, json={})).json()["result"][0]
                path = f"/failedevents/{event['database']}/{event['viewName']}/{event['failedSequence']}"
                assert (await client.delete(path)).json() == {}
    assert len(sandbox.records) == 23
