"""ZITADEL's authentication failures from its event store in the umbrella (kind ``auth-failure``, opt-in
with ``audit_events``), read from the ZITADEL sandbox over real HTTP.

Sources: specs/zitadel/SOURCES.md, "Authentication failures in the event store" (zitadel/zitadel at
a97999e5ca4b0cffc9eec262de19246230ce6688).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import failtrail
import pytest
from failtrail import FailureRecord, load_config
from failtrail_zitadel.lib._sandbox_seed import PushedEvent
from failtrail_zitadel.lib.sandbox import ZitadelSandbox
from failtrail_zitadel.models import Event

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
SINCE = NOW - timedelta(hours=24)
US = timedelta(microseconds=1)
EVENTS = "/admin/v1/events/_search"
USER, ORG, EDITOR = "279131648110215001", "279131648110215002", "279131648110215003"

# Every failure type with the words the umbrella gives it: the English name ZITADEL's en.yaml has for
# it (internal/static/i18n/en.yaml EventTypes), else the type itself, since ZITADEL then sends the
# translation key as the text (internal/i18n/translator.go:163-171 "return id").
FAILURE_TYPES: dict[str, tuple[str, str]] = {  # type -> (aggregate type, message)
    # internal/repository/user/human_password.go:22, human_mfa_*.go, human.go:23,27, human_email.go:18, human_phone.go:20
    "user.human.password.check.failed": ("user", "Password check failed"),
    "user.human.mfa.otp.check.failed": ("user", "Multifactor OTP check failed"),
    "user.human.mfa.otp.sms.check.failed": ("user", "Multifactor OTP SMS check failed"),
    "user.human.mfa.otp.email.check.failed": ("user", "Multifactor OTP Email check failed"),
    "user.human.mfa.u2f.token.check.failed": ("user", "Multifactor U2F check failed"),
    "user.human.passwordless.token.check.failed": ("user", "Passkey Login check failed"),
    "user.human.passwordless.initialization.code.check.failed": ("user", "Passkey initialization code check failed"),
    "user.human.mfa.recoverycode.check.failed": ("user", "user.human.mfa.recoverycode.check.failed"),
    "user.human.initialization.check.failed": ("user", "Initialization check failed"),
    "user.human.invite.check.failed": ("user", "Invitation check failed"),
    "user.human.email.verification.failed": ("user", "Email address verification failed"),
    "user.human.phone.verification.failed": ("user", "Phone number verification failed"),
    "user.locked": ("user", "User locked"),  # internal/repository/user/user.go:16
    # v1 types, still registered (internal/repository/user/v1.go, eventstore.go:13-38)
    "user.password.check.failed": ("user", "Password check failed"),
    "user.mfa.otp.check.failed": ("user", "Multifactor OTP check failed"),
    "user.initialization.check.failed": ("user", "Initialization check failed"),
    "user.email.verification.failed": ("user", "Email address verification failed"),
    "user.phone.verification.failed": ("user", "Phone number verification failed"),
    # internal/repository/user/schemauser: en.yaml names them under user_schema.user, so the key is sent
    "schemauser.locked": ("schemauser", "schemauser.locked"),
    "schemauser.email.verification.failed": ("schemauser", "schemauser.email.verification.failed"),
    "schemauser.phone.verification.failed": ("schemauser", "schemauser.phone.verification.failed"),
    # internal/repository/authrequest, samlrequest, idpintent: no en.yaml name
    "auth_request.failed": ("auth_request", "auth_request.failed"),
    "saml_request.failed": ("saml_request", "saml_request.failed"),
    "idpintent.failed": ("idpintent", "idpintent.failed"),
}
# Payloads that embed AuthRequestInfo, whose "id" is the login's auth request
# (internal/repository/user/auth_request_info.go:5-16); the passkey init code's "id" is a code id
# (human_mfa_passwordless.go:414-417).
AUTH_REQUEST_INFO = {
    "user.human.password.check.failed",
    "user.human.mfa.otp.check.failed",
    "user.human.mfa.otp.sms.check.failed",
    "user.human.mfa.otp.email.check.failed",
    "user.human.mfa.u2f.token.check.failed",
    "user.human.passwordless.token.check.failed",
    "user.human.mfa.recoverycode.check.failed",
    "user.password.check.failed",
    "user.mfa.otp.check.failed",
}


def _config(tmp_path: Path, base_url: str, **keys: Any) -> failtrail.Config:
    lines = ["[zitadel]", f'base_url = "{base_url}"', 'token_env = "T"', "max_retries = 0"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in keys.items()]
    path = tmp_path / "failtrail.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_config(path, {"T": "sandbox-token"})


def _read(config: failtrail.Config) -> tuple[list[FailureRecord], list[str]]:
    with failtrail.failures(SINCE, NOW, config=config) as run:
        records = list(run)
    assert run.errors == {}
    return records, run.outcomes["zitadel"].notes


def _searches(sandbox: ZitadelSandbox) -> list[dict[str, Any]]:
    found = [r for r in sandbox.requests if r.url.path == EVENTS]
    assert all(r.method == "POST" and r.headers["Content-Type"] == "application/json" for r in found)
    return [json.loads(r.content) for r in found]


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


@pytest.fixture
def empty() -> Iterator[tuple[ZitadelSandbox, str]]:
    """A sandbox with no failed events and no seeded events: the tests push what they need."""
    sandbox = ZitadelSandbox(records=0, events=0, now=NOW, days=3)
    sandbox.store.history.names[EDITOR] = "Minnie Mouse"
    with sandbox.serve() as server:
        yield sandbox, server.base_url


def test_off_by_default(tmp_path: Path) -> None:
    sandbox = ZitadelSandbox(records=5, seed=3, now=NOW, days=1)
    assert any(e["type"]["type"] == "user.human.password.check.failed" for e in sandbox.events)
    with sandbox.serve() as server:
        records, _ = _read(_config(tmp_path, server.base_url))
        assert {r.kind for r in records} <= {"failed-event"}
        assert _searches(sandbox) == []  # not even asked
        records, _ = _read(_config(tmp_path, server.base_url, audit_events=False))
        assert _searches(sandbox) == [] and {r.kind for r in records} <= {"failed-event"}
        records, _ = _read(_config(tmp_path, server.base_url, audit_events=True))
        assert "auth-failure" in {r.kind for r in records} and len(_searches(sandbox)) == 1


def test_the_search_on_the_wire(empty: tuple[ZitadelSandbox, str], tmp_path: Path) -> None:
    sandbox, url = empty
    _read(_config(tmp_path, url, audit_events=True))
    (search,) = [r for r in sandbox.requests if r.url.path == EVENTS]
    assert search.headers["Authorization"] == "Bearer sandbox-token"
    # admin.proto ListEventsRequest, `body: "*"`; asc = oldest first; limit 0 or > 1000 means 1000
    # (admin/event.go:79-82), so 1000 is the most a page can hold; range (event.go:50-59) is strict on
    # both ends (repository/search_query.go:205-219), so since is the window's start minus 1 us; the
    # event types are the 24 of SOURCES.md (at most 30: admin.proto:9508-9509).
    assert json.loads(search.content) == {
        "asc": True,
        "limit": 1000,
        "eventTypes": list(FAILURE_TYPES),
        "range": {"since": "2025-06-01T11:59:59.999999+00:00", "until": "2025-06-02T12:00:00+00:00"},
    }


def test_each_failure_type_becomes_a_record(empty: tuple[ZitadelSandbox, str], tmp_path: Path) -> None:
    sandbox, url = empty
    served: dict[str, dict[str, Any]] = {}
    for number, (kind, _) in enumerate(FAILURE_TYPES.items()):
        payload: dict[str, Any] = {}
        if kind in AUTH_REQUEST_INFO or kind.endswith("initialization.code.check.failed"):
            payload = {"id": f"2791316481102{number:05d}", "userAgentID": "279131648110299999"}
        if kind.endswith("request.failed"):
            payload = {"reason": 3}  # OIDCErrorReason / SAMLErrorReason: numbers
        if kind == "idpintent.failed":
            payload = {"reason": "failed to fetch user info: 401 Unauthorized"}
        aggregate = f"{USER[:-3]}{number:03d}"
        editor = EDITOR if number % 2 else "279131648110215999"  # the second one is unknown: no displayName
        moment = SINCE + timedelta(minutes=10 * (number + 1), microseconds=number)
        (record,) = sandbox.push_events(moment, [(kind, aggregate, ORG, editor, payload)])
        served[kind] = record
    # not failures: never asked for, never delivered
    sandbox.push_events(SINCE + timedelta(hours=5), [("user.human.password.check.succeeded", USER, ORG, USER, {})])
    sandbox.push_events(SINCE + timedelta(hours=6), [("user.unlocked", USER, ORG, EDITOR, {})])

    records, notes = _read(_config(tmp_path, url, audit_events=True))
    assert notes == []
    got = {str(record.code): record for record in records}
    assert sorted(got) == sorted(FAILURE_TYPES)
    for kind, (aggregate_type, words) in FAILURE_TYPES.items():
        sent = served[kind]
        aggregate, payload = sent["aggregate"]["id"], sent.get("payload", {})
        message = f"{words}: {payload['reason']}" if kind == "idpintent.failed" else words
        assert got[kind] == FailureRecord(
            vendor="zitadel",
            kind="auth-failure",
            id=f"{aggregate_type}/{aggregate}/1",  # the events table's key: aggregate type, id, sequence
            when=_utc(sent["creationDate"]),
            http_status=None,
            code=kind,
            message=message,
            request_id=payload["id"] if kind in AUTH_REQUEST_INFO else None,
            resource=f"{aggregate_type}/{aggregate}",
            actor="Minnie Mouse" if sent["editor"]["userId"] == EDITOR else sent["editor"]["userId"],
            record=Event.from_dict(sent),
        )
    assert got["user.human.passwordless.initialization.code.check.failed"].request_id is None  # a code id


def test_the_window_cuts_to_the_microsecond(empty: tuple[ZitadelSandbox, str], tmp_path: Path) -> None:
    sandbox, url = empty
    kind = "user.human.password.check.failed"
    for name, moment in [("before", SINCE - US), ("first", SINCE), ("last", NOW - US), ("after", NOW)]:
        sandbox.push_events(moment, [(kind, name, ORG, USER, {})])
    records, _ = _read(_config(tmp_path, url, audit_events=True))
    assert sorted(r.when for r in records) == [SINCE, NOW - US]  # since <= when < until, on the server's side too
    assert len(_searches(sandbox)) == 1  # one short answer: the last


def _lockouts(sandbox: ZitadelSandbox, users: int) -> list[dict[str, Any]]:
    """Failed checks, every third one pushed with user.locked (internal/command/user_human_password.go:453-459)."""
    failures = []
    moment = SINCE + timedelta(minutes=1)
    for user in range(users):
        aggregate = f"{USER[:-3]}{user:03d}"
        for attempt in range(3):
            moment += timedelta(seconds=7, microseconds=user)
            push: list[PushedEvent] = [("user.human.password.check.failed", aggregate, ORG, aggregate, {})]
            if attempt == 2:
                push.append(("user.locked", aggregate, ORG, aggregate, {}))
            failures += sandbox.push_events(moment, push)
        sandbox.push_events(moment + timedelta(seconds=1), [("user.unlocked", aggregate, ORG, EDITOR, {})])
    return failures


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_paging_across_pages_delivers_each_event_once(
    empty: tuple[ZitadelSandbox, str], tmp_path: Path, mode: str
) -> None:
    sandbox, url = empty
    failures = _lockouts(sandbox, users=4)  # 16 events; pairs share a creation date
    config = _config(tmp_path, url, audit_events=True, page_size=3)
    if mode == "sync":
        records, notes = _read(config)
    else:

        async def read() -> tuple[list[FailureRecord], list[str]]:
            async with failtrail.afailures(SINCE, NOW, config=config) as run:
                found = [record async for record in run]
            assert run.errors == {}
            return found, run.outcomes["zitadel"].notes

        records, notes = asyncio.run(read())
    assert notes == []
    assert sorted(r.id for r in records) == sorted(
        f"user/{e['aggregate']['id']}/{e['sequence']}" for e in failures
    )  # each exactly once
    searches = _searches(sandbox)
    assert len(searches) >= 6 and all(s["limit"] == 3 and s["asc"] is True for s in searches)
    # the next since is the previous answer's last creationDate minus 1 us (SOURCES.md, the walk):
    # a page that ends inside a failed-check + user.locked push still reaches the rest of that push
    stamps = [_utc(e["creationDate"]) for e in failures]
    for before, after in zip(searches, searches[1:], strict=False):
        since = _utc(after["range"]["since"])
        assert since + US in stamps and _utc(before["range"]["since"]) < since


def test_more_events_at_one_instant_than_a_page_holds_is_a_note(
    empty: tuple[ZitadelSandbox, str], tmp_path: Path
) -> None:
    sandbox, url = empty
    crowded = SINCE + timedelta(hours=1)
    kind = "user.human.password.check.failed"
    pushed = sandbox.push_events(crowded, [(kind, f"{USER[:-2]}9{n}", ORG, USER, {}) for n in range(4)])
    later = sandbox.push_events(crowded + timedelta(hours=1), [(kind, USER, ORG, USER, {})])
    records, notes = _read(_config(tmp_path, url, audit_events=True, page_size=3))
    # no bound or token splits an instant: the first three of it, then everything after it
    assert sorted(r.id for r in records) == sorted(
        f"user/{e['aggregate']['id']}/{e['sequence']}" for e in [*pushed[:3], *later]
    )
    assert notes == [
        f"audit events: 3 or more events share the creation date {crowded.isoformat()}; those past the first 3"
        " could not be read (a larger page_size reaches more, up to 1000)"
    ]


def test_page_size_above_what_zitadel_answers_is_capped(empty: tuple[ZitadelSandbox, str], tmp_path: Path) -> None:
    sandbox, url = empty
    _read(_config(tmp_path, url, audit_events=True, page_size=5000))
    # admin/event.go:79-82: above 1000 the server answers 1000, so "a short answer is the last" would stop early
    assert [s["limit"] for s in _searches(sandbox)] == [1000]
