"""VinylDNS on the wire: exact requests, SigV4 signatures equal to botocore's, startFrom/nextId walks, errors, secrets."""

from __future__ import annotations

import copy
import logging
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

import pytest
from failtrail_vinyldns import (
    AuthenticationError,
    BadRequestError,
    Client,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RequestValidationError,
    ResponseParseError,
)
from failtrail_vinyldns.api.health import health
from failtrail_vinyldns.api.recordsets import list_record_set_change_failures as rs_failures
from failtrail_vinyldns.api.zones import list_zone_change_failures as zone_failures
from failtrail_vinyldns.models import (
    DSData,
    ListFailedRecordSetChangesResponse,
    OwnershipTransfer,
    RecordSet,
    RecordSetChangeStatus,
    RecordSetChangeType,
    RecordSetStatus,
    RecordType,
    ZoneChangeStatus,
    ZoneConnection,
)

from tests.conftest import LocalServer, Reply, Seen, botocore_sign, documented_example

ACCESS_KEY = "vinyl-access-key"
SECRET_KEY = "vinyl-SECRET-key/+="  # a secret with characters that would show if it leaked into a URL
ZONE = "fbf7a440-891c-441a-ad09-e1cbc861fda1"
RS_PATH = f"/metrics/health/zones/{ZONE}/recordsetchangesfailure"
ZONE_PATH = "/metrics/health/zonechangesfailure"
RS_DOC = documented_example("vinyldns", "/metrics/health/zones/{zoneId}/recordsetchangesfailure", "get")
ZONE_DOC = documented_example("vinyldns", ZONE_PATH, "get")
# The TSIG keys of the documented zones: secrets that must never be shown.
ZONE_KEYS = sorted(
    {
        change["zone"][conn]["key"]
        for change in RS_DOC["failedRecordSetChanges"]
        for conn in ("connection", "transferConnection")
        if conn in change["zone"]
    }
)
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def _client(server: LocalServer, **kwargs: Any) -> Client:
    return Client(server.url, access_key=ACCESS_KEY, secret_key=SECRET_KEY, **kwargs)


def _empty_rs(seen: Seen) -> Reply:
    return Reply(200, {"failedRecordSetChanges": [], "maxItems": 100})


# -- botocore, the reference signer ---------------------------------------------------------------


def botocore_authorization(server: LocalServer, seen: Seen) -> str:
    """botocore's ``SigV4Auth`` Authorization header for the request that reached the server.

    Built the way the open-source vinyldns-python client builds it: the URL path as sent and the
    query as parameters; the headers our client signed, and the instant it stamped in X-Amz-Date.
    """
    signed = seen.headers["authorization"].split("SignedHeaders=")[1].split(",")[0].split(";")
    return botocore_sign(
        seen.method,
        server.url + seen.path,
        {name: seen.headers[name] for name in signed},
        seen.body,
        access_key=ACCESS_KEY,
        secret_key=SECRET_KEY,
        params=parse_qsl(seen.query, keep_blank_values=True),
        at=datetime.strptime(seen.headers["x-amz-date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC),
    )["Authorization"]


# -- the request ----------------------------------------------------------------------------------


def test_every_parameter_goes_out_exactly_and_signed(server: LocalServer) -> None:
    server.handler = _empty_rs
    with _client(server) as c:
        response = rs_failures.sync_detailed(ZONE, client=c, start_from=200, max_items=50)
    (seen,) = server.seen
    assert (seen.method, seen.path, seen.query) == ("GET", RS_PATH, "startFrom=200&maxItems=50")
    assert seen.body == b""
    assert seen.headers["accept"] == "application/json"
    assert seen.headers["x-amz-content-sha256"] == EMPTY_SHA256
    stamp = seen.headers["x-amz-date"]
    assert datetime.strptime(stamp, "%Y%m%dT%H%M%SZ")  # basic ISO 8601, UTC
    authorization = seen.headers["authorization"]
    assert authorization.startswith(
        f"AWS4-HMAC-SHA256 Credential={ACCESS_KEY}/{stamp[:8]}/us-east-1/VinylDNS/aws4_request, "
    )
    assert "SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=" in authorization
    assert authorization == botocore_authorization(server, seen)
    assert response.status_code == 200


def test_zone_changes_every_parameter_goes_out_exactly_and_signed(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, {"failedZoneChanges": [], "maxItems": 1})
    with _client(server) as c:
        zone_failures.sync_detailed(client=c, start_from=0, max_items=1)
    (seen,) = server.seen
    assert (seen.method, seen.path, seen.query) == ("GET", ZONE_PATH, "startFrom=0&maxItems=1")
    assert seen.headers["authorization"] == botocore_authorization(server, seen)


def test_nothing_unasked_for_goes_out(server: LocalServer) -> None:
    server.handler = _empty_rs
    with _client(server) as c:
        rs_failures.sync(ZONE, client=c)
    (seen,) = server.seen
    assert (seen.path, seen.query) == (RS_PATH, "")  # VinylDNS's default of 100 is left to VinylDNS
    assert seen.headers["authorization"] == botocore_authorization(server, seen)


# Query strings whose escaping the canonical request must get right. startFrom is an int in the
# VinylDNS API, so the awkward characters travel in extra query parameters.
ESCAPED_QUERIES = {
    "space": {"q": "a b"},
    "slash": {"q": "a/b"},
    "plus": {"q": "a+b"},
    "equals": {"q": "a=b=="},
    "tilde": {"q": "~a~"},
    "unicode": {"q": "café ✓ 名前"},
    "ampersand-and-percent": {"q": "a&b%20c"},
    "empty-value": {"q": ""},
    "keys-that-sort-after-encoding": {"b": "1", "a b": "2", "A": "3", "a+": "4", "Z~": "5"},
    "all-at-once": {"startFrom~": "x y/z+w=v~u é"},
}


@pytest.mark.parametrize("extra", ESCAPED_QUERIES.values(), ids=list(ESCAPED_QUERIES))
def test_signature_equals_botocores_for_queries_that_need_escaping(server: LocalServer, extra: dict[str, str]) -> None:
    server.handler = _empty_rs
    with _client(server) as c:
        rs_failures.sync_detailed(ZONE, client=c, start_from=7, max_items=100, extra_query=extra)
    (seen,) = server.seen
    assert parse_qsl(seen.query, keep_blank_values=True) == [
        ("startFrom", "7"),
        ("maxItems", "100"),
        *extra.items(),
    ]
    assert seen.headers["authorization"] == botocore_authorization(server, seen)


# A zone id is one path segment on the wire, whatever it holds.
ZONE_SEGMENTS = {
    "tilde-dot-dash": ("zone~1.a-b_c", "zone~1.a-b_c"),
    "space": ("zone 1", "zone%201"),
    "slash": ("a/b", "a%2Fb"),
    "plus-equals": ("a+b=c", "a+b=c"),
    "unicode": ("zöne", "z%C3%B6ne"),
}
# Characters that would otherwise cut the path short ('?', '#'), change its meaning ('%') or climb
# out of it (dot segments).
TRICKY_SEGMENTS = {
    "question-hash": ("a?b#c", "a%3Fb%23c"),
    "percent": ("a%20b", "a%2520b"),
    "dot-dot": ("..", "%2E%2E"),
    "dot": (".", "%2E"),
}


@pytest.mark.parametrize(
    ("zone", "segment"),
    [pytest.param(*case, id=name) for name, case in ZONE_SEGMENTS.items()]
    + [pytest.param(*case, id=name) for name, case in TRICKY_SEGMENTS.items()],
)
def test_zone_id_travels_as_one_escaped_path_segment(server: LocalServer, zone: str, segment: str) -> None:
    server.handler = _empty_rs
    with _client(server) as c:
        rs_failures.sync_detailed(zone, client=c, start_from=7)
    (seen,) = server.seen
    assert (seen.path, seen.query) == (f"/metrics/health/zones/{segment}/recordsetchangesfailure", "startFrom=7")


# httpx-auth alone signs the *decoded* path encoded once; botocore (and AWS's rule for every service
# but S3) encodes the path as sent once more. The runtime's SigV4Auth follows botocore.
@pytest.mark.parametrize(
    "zone",
    [pytest.param(zone, id=name) for name, (zone, _) in [*ZONE_SEGMENTS.items(), *TRICKY_SEGMENTS.items()]],
)
def test_signature_equals_botocores_for_zone_ids_that_need_escaping(server: LocalServer, zone: str) -> None:
    server.handler = _empty_rs
    with _client(server) as c:
        rs_failures.sync_detailed(zone, client=c, start_from=7, extra_query={"q": "x y"})
    (seen,) = server.seen
    assert seen.headers["authorization"] == botocore_authorization(server, seen)


async def test_async_requests_are_signed_like_botocore(server: LocalServer) -> None:
    server.handler = _empty_rs
    async with _client(server) as c:
        await rs_failures.asyncio_detailed(ZONE, client=c, start_from=3, max_items=2, extra_query={"q": "a b+c"})
    (seen,) = server.seen
    assert seen.query == "startFrom=3&maxItems=2&q=a+b%2Bc"
    assert seen.headers["authorization"] == botocore_authorization(server, seen)


def test_a_wrong_secret_gives_another_signature(server: LocalServer) -> None:
    server.handler = _empty_rs
    with Client(server.url, access_key=ACCESS_KEY, secret_key="another-secret") as c:
        rs_failures.sync(ZONE, client=c)
    (seen,) = server.seen
    assert seen.headers["authorization"] != botocore_authorization(server, seen)


@pytest.mark.parametrize(("max_items", "rule"), [(0, "minimum"), (101, "maximum")])
def test_max_items_outside_1_to_100_refused_before_sending(server: LocalServer, max_items: int, rule: str) -> None:
    with _client(server) as c, pytest.raises(RequestValidationError) as info:
        rs_failures.sync(ZONE, client=c, max_items=max_items)
    assert (info.value.parameter, info.value.rule) == ("maxItems", rule)
    assert server.seen == []


# -- the response ---------------------------------------------------------------------------------


def test_documented_page_parsed_with_every_record_type(server: LocalServer) -> None:
    server.handler = lambda s: Reply(200, RS_DOC)
    with _client(server) as c:
        page = rs_failures.sync(ZONE, client=c).first_page
    assert isinstance(page, ListFailedRecordSetChangesResponse)
    assert (page.next_id, page.start_from, page.max_items) == (0, 0, 100)
    assert len(page.failed_record_set_changes) == len(RS_DOC["failedRecordSetChanges"])
    first = page.failed_record_set_changes[0]
    assert (first.change_type, first.status) == (RecordSetChangeType.CREATE, RecordSetChangeStatus.FAILED)
    assert first.created == datetime(2023, 9, 28, 16, 44, 47, tzinfo=UTC)
    assert first.record_set.type_ == RecordType.DS
    assert first.record_set.records == [DSData(keytag=1, algorithm=3, digesttype=1, digest="01")]
    assert first.single_batch_change_ids == []
    assert _same_json(page.to_dict(), RS_DOC)  # every field kept, nothing invented


@pytest.mark.parametrize(
    ("where", "value", "path"),
    [
        # records is a list of oneOf shapes; singleBatchChangeIds a list of strings: the index is named
        (
            ("recordSet", "records"),
            [{"address": "7.7.7.7"}, "7.7.7.8"],
            "$.failedRecordSetChanges[1].recordSet.records[1]",
        ),
        (("recordSet", "records"), [None], "$.failedRecordSetChanges[1].recordSet.records[0]"),
        (("singleBatchChangeIds",), ["a", "b", 3], "$.failedRecordSetChanges[1].singleBatchChangeIds[2]"),
        (("zone", "acl", "rules"), [{"accessLevel": "Read"}, {"accessLevel": 1}], None),
        (("recordSet", "status"), 5, "$.failedRecordSetChanges[1].recordSet.status"),
    ],
)
def test_a_bad_item_deep_in_a_record_is_named_by_its_path(
    server: LocalServer, where: tuple[str, ...], value: Any, path: str | None
) -> None:
    body = copy.deepcopy(RS_DOC)
    target = body["failedRecordSetChanges"][1]
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    server.handler = lambda s: Reply(200, body)
    expected = path or "$.failedRecordSetChanges[1].zone.acl.rules[1].accessLevel"
    with _client(server) as c:
        with pytest.raises(ResponseParseError) as info:
            rs_failures.sync(ZONE, client=c, strict=True)
        walk = rs_failures.sync(ZONE, client=c)  # by default the record is set aside, its neighbours kept
        ids = [change.id for change in walk]
    assert info.value.path == expected
    assert info.value.status_code == 200
    assert [(bad.path, bad.raw["id"]) for bad in walk.unreadable] == [
        (expected, body["failedRecordSetChanges"][1]["id"])
    ]
    assert ids == [change["id"] for n, change in enumerate(body["failedRecordSetChanges"]) if n != 1]


def _same_json(ours: Any, theirs: Any) -> bool:
    """Equal JSON, where a timestamp may be spelled ``+00:00`` on one side and ``Z`` on the other."""
    if isinstance(ours, dict) and isinstance(theirs, dict):
        return ours.keys() == theirs.keys() and all(_same_json(ours[k], theirs[k]) for k in ours)
    if isinstance(ours, list) and isinstance(theirs, list):
        return len(ours) == len(theirs) and all(map(_same_json, ours, theirs))
    if isinstance(ours, str) and isinstance(theirs, str) and ours != theirs:
        try:
            return datetime.fromisoformat(ours) == datetime.fromisoformat(theirs)
        except ValueError:
            return False
    return bool(ours == theirs)


# -- paging ---------------------------------------------------------------------------------------


def _change(n: int) -> dict[str, Any]:
    change: dict[str, Any] = copy.deepcopy(RS_DOC["failedRecordSetChanges"][1])
    change["id"] = f"change-{n}"
    return change


def _server_pages(items_field: str, records: list[dict[str, Any]], *, full_page_step: int) -> Any:
    """Pages as the VinylDNS server code cuts them.

    vinyldns/vinyldns modules/mysql/src/main/scala/vinyldns/mysql/repository/MySqlRecordChangeRepository.scala
    (listFailedRecordSetChanges): ``drop(startFrom).take(maxItems)``;
    ``nextId = if (size < maxItems) 0 else startFrom + maxItems + 1``. MySqlZoneChangeRepository.scala
    (listFailedZoneChanges) answers ``startFrom + maxItems`` instead. RecordSetRouting/ZoneRouting read
    ``startFrom`` with a default of 0 and ``maxItems`` with a default of 100.
    """

    def handle(seen: Seen) -> Reply:
        start, size = int(seen.params.get("startFrom", "0")), int(seen.params.get("maxItems", "100"))
        page = records[start : start + size]
        next_id = 0 if len(page) < size else start + full_page_step
        return Reply(200, {items_field: page, "nextId": next_id, "startFrom": start, "maxItems": size})

    return handle


def _rs_server(count: int) -> Any:
    return _server_pages("failedRecordSetChanges", [_change(n) for n in range(count)], full_page_step=2 + 1)


@pytest.mark.parametrize(
    ("count", "queries"),
    [
        (5, ["maxItems=2", "startFrom=2&maxItems=2", "startFrom=4&maxItems=2"]),
        (4, ["maxItems=2", "startFrom=2&maxItems=2", "startFrom=4&maxItems=2"]),  # the last page is empty
    ],
    ids=["short-last-page", "full-last-page"],
)
def test_walk_offsets_by_records_received_and_loses_none(server: LocalServer, count: int, queries: list[str]) -> None:
    # A full page answers nextId = startFrom + maxItems + 1 (3, then 5): sending it back would skip
    # change-2 (and change-4 of five). The walk offsets by what it received and stops at nextId 0.
    server.handler = _rs_server(count)
    with _client(server) as c:
        ids = [change.id for change in rs_failures.sync(ZONE, client=c, max_items=2)]
    assert ids == [f"change-{n}" for n in range(count)]
    assert [(s.path, s.query) for s in server.seen] == [(RS_PATH, q) for q in queries]
    for seen in server.seen:  # every page signed on its own
        assert seen.headers["authorization"] == botocore_authorization(server, seen)


async def test_walk_async_offsets_by_records_received_and_loses_none(server: LocalServer) -> None:
    server.handler = _rs_server(5)
    async with _client(server) as c:
        ids = [change.id async for change in rs_failures.asyncio(ZONE, client=c, max_items=2)]
    assert ids == [f"change-{n}" for n in range(5)]
    assert [s.query for s in server.seen] == ["maxItems=2", "startFrom=2&maxItems=2", "startFrom=4&maxItems=2"]


def test_a_walk_resumed_from_its_cursor_repeats_and_loses_nothing(server: LocalServer) -> None:
    server.handler = _rs_server(7)
    with _client(server) as c:
        walk = rs_failures.sync(ZONE, client=c, max_items=3)
        first = [change.id for _, change in zip(range(4), walk, strict=False)]
        token = str(walk.cursor)
        rest = [change.id for change in rs_failures.sync(ZONE, client=c, max_items=3, cursor=token)]
    assert first + rest == [f"change-{n}" for n in range(7)]
    assert server.seen[-1].query == "startFrom=6&maxItems=3"


def test_an_answer_without_next_id_ends_the_walk(server: LocalServer) -> None:
    # Unsourced: VinylDNS's documentation says nextId "will not be present" when no results are left,
    # while the server code always sends it (0). Both end the walk.
    server.handler = lambda seen: Reply(200, {"failedRecordSetChanges": [_change(0), _change(1)], "maxItems": 2})
    with _client(server) as c:
        assert [ch.id for ch in rs_failures.sync(ZONE, client=c, max_items=2)] == ["change-0", "change-1"]
    assert len(server.seen) == 1


def test_zone_change_walk(server: LocalServer) -> None:
    change = ZONE_DOC["failedZoneChanges"][0]
    records = [{**change, "id": f"z{n}"} for n in range(3)]
    server.handler = _server_pages("failedZoneChanges", records, full_page_step=1)
    with _client(server) as c:
        ids = [z.id for z in zone_failures.sync(client=c, max_items=1)]
    assert ids == ["z0", "z1", "z2"]
    assert [(s.path, s.query) for s in server.seen] == [
        (ZONE_PATH, "maxItems=1"),
        (ZONE_PATH, "startFrom=1&maxItems=1"),
        (ZONE_PATH, "startFrom=2&maxItems=1"),
        (ZONE_PATH, "startFrom=3&maxItems=1"),
    ]


# -- errors ---------------------------------------------------------------------------------------

# vinyldns/vinyldns @ 1523586, modules/api/src/main/scala/vinyldns/api/route/: RecordSetRouting.scala:310-311
# (400), VinylDNSDirectives.scala:65-77 + VinylDNSAuthentication.scala:115 (401), :158-161 (403, the only 403
# the failure listings send), VinylDNSService.scala:49-53 (404: a path the server does not serve, e.g. a
# server before v0.20), RequestLogging.scala:51-61 (500, also for a request without a readable date).
ERRORS = [
    (400, BadRequestError, "maxItems was 101, maxItems must be between 0 exclusive and 100 inclusive"),
    (401, AuthenticationError, "Authentication Failed: Request signature could not be validated"),
    (403, PermissionDeniedError, "Authentication Failed: Account with username jdoe is locked"),
    (404, NotFoundError, f"The requested path [{RS_PATH}] does not exist."),
]


@pytest.mark.parametrize(("status", "error", "text"), ERRORS, ids=[str(s) for s, _, _ in ERRORS])
def test_documented_statuses_raise_their_typed_error_with_the_text_body(
    server: LocalServer, status: int, error: type[Exception], text: str
) -> None:
    server.handler = lambda s: Reply(status, text.encode(), {"Content-Type": "text/plain; charset=UTF-8"})
    with _client(server) as c, pytest.raises(error) as info:
        rs_failures.sync(ZONE, client=c)
    raised: Any = info.value
    assert raised.status_code == status
    assert raised.body == text.encode()
    assert raised.parsed == text
    assert raised.request_id is None  # VinylDNS sends no request id
    assert len(server.seen) == 1  # client errors are not retried
    assert SECRET_KEY not in str(raised) + repr(raised)


# -- secrets --------------------------------------------------------------------------------------


def test_zone_connection_keys_never_in_a_repr(server: LocalServer) -> None:
    assert len(ZONE_KEYS) == 2
    server.handler = lambda s: Reply(200, RS_DOC)
    with _client(server) as c:
        page = rs_failures.sync(ZONE, client=c).first_page
    zone = page.failed_record_set_changes[2].zone
    documented = RS_DOC["failedRecordSetChanges"][2]["zone"]
    keyed = zone.connection
    assert isinstance(keyed, ZoneConnection)
    assert isinstance(zone.transfer_connection, ZoneConnection)
    # The value is there to use, each connection's own (a swap of the two would show here).
    assert keyed.key == documented["connection"]["key"]
    assert zone.transfer_connection.key == documented["transferConnection"]["key"]
    shown = repr(page) + str(page) + repr(page.failed_record_set_changes) + repr(keyed) + repr(zone)
    for key in ZONE_KEYS:
        assert key not in shown
    assert "<redacted>" in repr(keyed)


def test_no_secret_in_a_debug_log_line(server: LocalServer, caplog: pytest.LogCaptureFixture) -> None:
    server.handler = lambda s: Reply(200, RS_DOC)
    caplog.set_level(logging.DEBUG, logger="failtrail_vinyldns")
    with _client(server) as c:
        list(rs_failures.sync(ZONE, client=c, max_items=100))
        assert SECRET_KEY not in repr(c) + repr(c._auth)
    lines = [record.getMessage() for record in caplog.records if record.name.startswith("failtrail_vinyldns")]
    assert any(line.startswith("request GET") for line in lines)
    assert any("status=200" in line for line in lines)
    signature = server.seen[0].headers["authorization"].split("Signature=")[1]
    for line in lines:
        for secret in (*ZONE_KEYS, SECRET_KEY, signature):
            assert secret not in line


# -- facts from the server code (vinyldns/vinyldns @ 1523586; specs/vinyldns/SOURCES.md) ------------------------


def test_an_unknown_zone_is_an_empty_page_not_an_error(server: LocalServer) -> None:
    # modules/api/src/main/scala/vinyldns/api/domain/record/RecordSetService.scala:744-760: the zone is never
    # looked up; an unknown one answers 200 with nothing in it.
    server.handler = lambda s: Reply(200, {"failedRecordSetChanges": [], "nextId": 0, "startFrom": 0, "maxItems": 100})
    with _client(server) as c:
        assert list(rs_failures.sync("no-such-zone", client=c)) == []
    assert len(server.seen) == 1


def test_a_malformed_integer_is_a_bad_request(server: LocalServer) -> None:
    # akka's default rejection handler (MalformedQueryParamRejection), before authentication.
    text = "The query parameter 'startFrom' was malformed:\n'x' is not a valid 32-bit signed integer value"
    server.handler = lambda s: Reply(400, text.encode(), {"Content-Type": "text/plain; charset=UTF-8"})
    with _client(server) as c, pytest.raises(BadRequestError) as info:
        rs_failures.sync(ZONE, client=c, extra_query={"startFrom": "x"})
    assert info.value.parsed == text


def test_start_from_beyond_32_bits_refused_before_sending(server: LocalServer) -> None:
    # RecordSetRouting.scala:305 "startFrom".as[Int]: a larger value is a malformed-parameter 400.
    with _client(server) as c, pytest.raises(RequestValidationError) as info:
        rs_failures.sync_detailed(ZONE, client=c, start_from=2**31)
    assert (info.value.parameter, info.value.rule) == ("startFrom", "maximum")
    assert server.seen == []


def test_a_missing_date_is_a_server_error(server: LocalServer) -> None:
    # Aws4Authenticator.scala:69-80,111 getDate(req).get throws; RequestLogging.scala:61 answers the generic 500.
    text = "There was an internal server error."
    server.handler = lambda s: Reply(500, text.encode(), {"Content-Type": "text/plain; charset=UTF-8"})
    with _client(server, max_retries=0) as c, pytest.raises(InternalServerError) as info:
        rs_failures.sync(ZONE, client=c)
    assert (info.value.status_code, info.value.parsed) == (500, text)


def test_health_answers_ok_as_text(server: LocalServer) -> None:
    # HealthCheckRouting.scala:40-46: complete(StatusCodes.OK) renders the reason phrase "OK".
    server.handler = lambda s: Reply(200, b"OK", {"Content-Type": "text/plain; charset=UTF-8"})
    with _client(server) as c:
        assert health.sync(client=c) == "OK"


def _variant(change: dict[str, Any], **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = copy.deepcopy(RS_DOC)
    body["failedRecordSetChanges"] = [change | fields]
    return body


def test_server_shapes_of_a_change_parse(server: LocalServer) -> None:
    documented = RS_DOC["failedRecordSetChanges"][1]
    # RecordSetChangeGenerator.scala:97-113 updates on Delete too; RecordSetChange.scala:65-71 systemMessage may
    # be absent; DnsJsonProtocol.scala:252-265 recordSetGroupChange (RecordSet.scala:37-39,91-94); a synced
    # record set keeps its TTL (the >= 30 check is input-only, DnsJsonProtocol.scala:224-230).
    change = {k: v for k, v in documented.items() if k != "systemMessage"} | {"changeType": "Delete"}
    change["recordSet"] = documented["recordSet"] | {
        "ttl": 5,
        "recordSetGroupChange": {"ownershipTransferStatus": "PendingReview", "requestedOwnerGroupId": "g-1"},
    }
    server.handler = lambda s: Reply(200, _variant(change))
    with _client(server) as c:
        (got,) = rs_failures.sync(ZONE, client=c).first_page.failed_record_set_changes
    assert got.change_type == RecordSetChangeType.DELETE
    assert isinstance(got.updates, RecordSet) and got.updates.status == RecordSetStatus.ACTIVE
    assert got.system_message is None
    assert got.record_set.ttl == 5
    transfer = got.record_set.record_set_group_change
    assert isinstance(transfer, OwnershipTransfer)
    assert (transfer.ownership_transfer_status, transfer.requested_owner_group_id) == ("PendingReview", "g-1")


def test_zone_changes_without_a_system_message_and_zone_change_statuses(server: LocalServer) -> None:
    # ZoneChange.scala:26 (Pending, Failed, Synced; "Complete" was removed before v0.18, commit d95ac71c4) and :43.
    assert {s.value for s in ZoneChangeStatus} == {"Pending", "Failed", "Synced"}
    server.handler = lambda s: Reply(200, ZONE_DOC)
    with _client(server) as c:
        changes = zone_failures.sync(client=c).first_page.failed_zone_changes
    assert all(z.system_message is None for z in changes)  # the vendor's own example has none
