"""A sandbox of Citrix Cloud's SystemLog API and a Citrix DaaS site's configuration log, for our tests and yours.

It speaks the API as Citrix documents it (sources: ``specs/citrix/SOURCES.md``): ``CwsAuth
Bearer=<token>`` tokens from the trust service's ``POST /cctrustoauth2/{customerId}/tokens/clients``
(``expires_in`` as a string, 400 ``invalid_client`` for wrong credentials), the ``Citrix-CustomerId``
header, 406 unless ``Accept`` is exactly ``application/json``, ``Limit`` + opaque Cosmos DB-like
``ContinuationToken`` pages (holding ``+ / = #``, so they must be percent-encoded), RFC 7807-like
error bodies (``retryDelay`` on 429 and 503), the gateway's ``CWSAuthException`` body for a malformed
``Authorization`` header and a transaction id header. ``camel_case=True`` serves the 200 body in the
camelCase that production collectors read, instead of the documented PascalCase.

The same host serves the DaaS configuration log, ``GET /cvad/manage/ConfigLog/Operations`` for the site
``instance_id`` (``Citrix-InstanceId``): ``operations`` seeded configuration changes and admin actions,
some failed (``IsSuccessful: false``), their times written in the caller's ``X-TimeZone`` (else in
``server_time_zone``); ``partial_batches=True`` hands back batches of any size, empty ones included,
as a query that "cannot be completed" does.

    sandbox = CitrixSandbox(records=300, seed=1)
    client = httpx.Client(base_url="https://api.cloud.com", transport=sandbox.transport())

Run ``python -m failtrail_citrix.lib.sandbox --port 8080`` to serve it over HTTP.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import random
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any

import httpx
from failtrail_core.sandbox import (
    BadInt,
    FaultRule,
    Refused,
    SeededSandbox,
    TokenIssuer,
    int_param,
    json_response,
    newest_first_window,
    page_slice,
    random_hex,
    random_moment,
    random_uuid,
    restore_plus,
    serve_forever_cli,
    utc_stamp,
)

from ._config_log import DEFAULT_INSTANCE_ID, ConfigLog
from ._problem import problem as _problem

__all__ = ["CitrixSandbox", "FaultRule"]

Record = dict[str, Any]

_TOKEN_TTL = 3600
_MAX_LIMIT = 200
DEFAULT_SECRET = "sandbox-client-secret"
DEFAULT_TOKEN = "sandbox-token"
_LOCALES = ("en-US", "de-DE", "es-ES", "fr-FR", "ja-JP")
_RETRY_DELAY = "4"  # seconds, as in Citrix's common error codes page (S5)
_TRANSACTION_HEADERS = ("Citrix-TransactionId", "CC-TransactionId", "X-Cws-TransactionId")


@dataclass(frozen=True)
class _Event:
    """One kind of SystemLog event: its type, target and message in each locale."""

    event_type: str
    target_type: str
    messages: tuple[str, str, str, str, str]


_EVENTS = [
    _Event(
        "delegatedadministration:administrator/create",
        "administrator",
        (
            "Created new administrator user '{name}'.",
            "Der neue Administratorbenutzer '{name}' wurde erstellt.",
            'Se ha creado el usuario administrador "{name}".',
            "L'utilisateur administrateur '{name}' a été créé.",
            "新しい管理者ユーザー '{name}' を作成しました。",
        ),
    ),
    _Event(
        "delegatedadministration:administrator/update",
        "administrator",
        (
            "Updated the permissions of administrator user '{name}'.",
            "Die Berechtigungen des Administratorbenutzers '{name}' wurden aktualisiert.",
            'Se han actualizado los permisos del usuario administrador "{name}".',
            "Les autorisations de l'utilisateur administrateur '{name}' ont été mises à jour.",
            "管理者ユーザー '{name}' の権限を更新しました。",
        ),
    ),
    _Event(
        "delegatedadministration:administrator/delete",
        "administrator",
        (
            "Deleted administrator user '{name}'.",
            "Der Administratorbenutzer '{name}' wurde gelöscht.",
            'Se ha eliminado el usuario administrador "{name}".',
            "L'utilisateur administrateur '{name}' a été supprimé.",
            "管理者ユーザー '{name}' を削除しました。",
        ),
    ),
    _Event(
        "delegatedadministration:administrator/invite",
        "administrator",
        (
            "Invited administrator '{name}'.",
            "Der Administrator '{name}' wurde eingeladen.",
            'Se ha invitado al administrador "{name}".',
            "L'administrateur '{name}' a été invité.",
            "管理者 '{name}' を招待しました。",
        ),
    ),
    _Event(
        "platform:secureclient/create",
        "secureclient",
        (
            "Created secure client '{name}'.",
            "Der sichere Client '{name}' wurde erstellt.",
            'Se ha creado el cliente seguro "{name}".',
            "Le client sécurisé '{name}' a été créé.",
            "セキュア クライアント '{name}' を作成しました。",
        ),
    ),
    _Event(
        "platform:secureclient/delete",
        "secureclient",
        (
            "Deleted secure client '{name}'.",
            "Der sichere Client '{name}' wurde gelöscht.",
            'Se ha eliminado el cliente seguro "{name}".',
            "Le client sécurisé '{name}' a été supprimé.",
            "セキュア クライアント '{name}' を削除しました。",
        ),
    ),
]
_PEOPLE = ["Rafa Doe", "Ana Silva", "Kenji Sato", "Lea Martin", "Omar Haddad", "Mia Novak", "Jon Berg"]
_CLIENTS = ["terraform-prod", "monitoring-export", "siem-connector", "ci-pipeline", "backup-automation"]


class CitrixSandbox(SeededSandbox):
    """Citrix Cloud SystemLog, seeded with ``records`` events of ``customer_id`` over ``days``.

    ``records`` holds the events newest first, the order the records API pages through them; a page
    finds its time range by bisection.
    """

    serialized = False  # the records are read-only; the tokens lock themselves

    def __init__(
        self,
        *,
        records: int = 100,
        seed: int = 0,
        now: datetime | None = None,
        days: float = 7.0,
        customer_id: str = "sandboxcust",
        tokens: Sequence[str] = (DEFAULT_TOKEN,),
        client_id: str = "sandbox-client-id",
        client_secret: str = DEFAULT_SECRET,
        camel_case: bool = False,
        transaction_header: str = "Citrix-TransactionId",
        retry_delay: str = _RETRY_DELAY,
        instance_id: str = DEFAULT_INSTANCE_ID,
        operations: int = 60,
        server_time_zone: tzinfo = timezone(timedelta(hours=-5)),
        partial_batches: bool = False,
    ) -> None:
        super().__init__(seed=seed, now=now, days=days)
        if transaction_header not in _TRANSACTION_HEADERS:
            raise ValueError(f"transaction_header must be one of {', '.join(_TRANSACTION_HEADERS)}")
        self.customer_id = customer_id
        self.camel_case = camel_case
        self.transaction_header = transaction_header
        self.retry_delay = retry_delay
        self.tokens = TokenIssuer(
            static_tokens=tokens,
            prefix="CwsAuth Bearer=",
            client_id=client_id,
            client_secret=client_secret,
            ttl=_TOKEN_TTL,
            missing=lambda: _auth_problem("missing"),
            invalid=lambda: _auth_problem("invalid"),
            bad_client=lambda: json_response(  # S4
                400, {"error": "invalid_client", "error_description": "Invalid client id or client secret."}
            ),
            new_token=lambda: base64.urlsafe_b64encode(uuid.uuid4().bytes + uuid.uuid4().bytes).decode().rstrip("="),
        )
        rng = self.rng
        stamped = sorted((self._record(rng, days) for _ in range(records)), key=lambda pair: pair[0], reverse=True)
        self._times = [moment for moment, _ in stamped]
        self.records: list[Record] = [record for _, record in stamped]
        # drawn after the records, so that a seed's records stay what they were before the log came
        self.config_log = ConfigLog(
            rng,
            now=self.now,
            days=days,
            count=operations,
            instance_id=instance_id,
            server_zone=server_time_zone,
            partial=partial_batches,
        )
        self.router.add("POST", "/cctrustoauth2/{customerId}/tokens/clients", self._token)
        self.router.add("GET", "/systemlog/records", self._records)
        self.router.add("GET", "/cvad/manage/ConfigLog/Operations", self._operations)

    def describe(self) -> list[str]:
        return [
            f"Authorization: CwsAuth Bearer=<token>  (static: {self.tokens.shown_tokens([DEFAULT_TOKEN])})",
            f"Citrix-CustomerId: {self.customer_id}",
            f"POST /cctrustoauth2/{self.customer_id}/tokens/clients  client_id={self.tokens.client_id}"
            f"  client_secret={self.tokens.shown_secret(DEFAULT_SECRET)}",
            f"{len(self.records)} records, seed {self.seed}, up to {self.now:%Y-%m-%dT%H:%M:%SZ}",
            f"GET /cvad/manage/ConfigLog/Operations  Citrix-InstanceId: {self.config_log.instance_id}"
            f"  ({len(self.config_log.operations)} operations, {len(self.config_log.failed())} failed)",
        ]

    # -- the vendor's envelope --------------------------------------------------------------------

    def common_headers(self, request: httpx.Request) -> dict[str, str]:
        return {self.transaction_header: str(uuid.uuid4())}

    def error_response(self, request: httpx.Request, status: int, message: str | None = None) -> httpx.Response:
        if status == 404:
            parameters = [{"name": "entityType", "value": request.url.path}]
            return _problem(404, "systemlog/notFound", "resource not found", parameters)
        if status == 500:
            return _problem(500, "systemlog/internalerror", "There was a internal issue")
        if status == 406:  # S4, S5
            parameters = [{"name": "contentType", "value": "application/json"}]
            return _problem(406, "common/notAcceptable", "Must accept application/json media type", parameters)
        if status in _RETRY_LATER:  # S5
            kind, what = _RETRY_LATER[status]
            retry = [{"name": "retryDelay", "value": self.retry_delay}]
            return _problem(status, f"common/{kind}", f"{what}; try again in {self.retry_delay} seconds", retry)
        kinds = {405: "methodNotAllowed"}  # unsourced
        kind = kinds.get(status, "error")
        return _problem(status, f"common/{kind}", message or httpx.codes.get_reason_phrase(status))

    def _authorize(self, request: httpx.Request, *, daas: bool = False) -> None:
        header = request.headers.get("Authorization", "").strip()
        if header and not header.lower().startswith("cwsauth bearer="):  # the gateway's answer (S4)
            raise Refused(_gateway_refusal())
        self.tokens.authorize(request)
        if not _accepts_json(request.headers.get("Accept")):
            raise Refused(self.error_response(request, 406))
        if request.headers.get("Citrix-CustomerId", "").lower() != self.customer_id.lower():
            if daas:  # S4: "the Citrix Virtual Apps and Desktops APIs return status code 500 in response to a
                # missing customer ID"; T4 names the same answer for a wrong one
                body = {"activityId": str(uuid.uuid4()), "message": "Internal server error", "statusCode": 500}
                raise Refused(json_response(500, body))
            # Unsourced: Citrix does not say what SystemLog answers to a wrong customer id.
            raise Refused(_problem(403, "common/authorization", "Access denied"))

    # -- the trust service ----------------------------------------------------------------------------

    def _token(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        customer_ok = params["customerId"].lower() in ("root", self.customer_id.lower())
        token = self.tokens.grant(request, client_ok=customer_ok).token
        return json_response(200, {"token_type": "bearer", "access_token": token, "expires_in": str(_TOKEN_TTL)})

    # -- SystemLog ----------------------------------------------------------------------------------

    def _records(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        query = {k.lower(): v for k, v in request.url.params.items()}  # ASP.NET binds query names case-blind
        limit = int_param(query.get("limit"), "limit", 50, 1, _MAX_LIMIT, _bad_limit)
        start = _moment(query.get("startdatetime"), "startDateTime", datetime.min.replace(tzinfo=UTC))
        end = _moment(query.get("enddatetime"), "endDateTime", self.now)
        if start > end:
            parameters = {"startDateTime": utc_stamp(start), "endDateTime": utc_stamp(end)}
            detail = "Start DateTime cannot be after the end DateTime."
            raise Refused(_problem(400, "systemlog/getRecordsDateTimeRangeInvalid", detail, parameters))
        matched = newest_first_window(self._times, _itself, start, end)  # positions, found by bisection
        scope = hashlib.sha256(f"{utc_stamp(start)}|{utc_stamp(end)}".encode()).hexdigest()[:12]
        offset = _decode_token(query.get("continuationtoken"), scope)
        positions, more = page_slice(matched, offset, limit)
        items = [self.records[i] for i in positions]
        body: dict[str, Any] = {"Items": items, "Count": len(items), "EstimatedTotalItems": len(matched)}
        body["ContinuationToken"] = _encode_token(offset + limit, scope) if more else None
        return json_response(200, _camel_page(body) if self.camel_case else body)

    # -- the DaaS configuration log -------------------------------------------------------------------

    def _operations(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request, daas=True)
        return self.config_log.answer(request)

    # -- seeded records -----------------------------------------------------------------------------

    def _record(self, rng: random.Random, days: float) -> tuple[datetime, Record]:
        moment = random_moment(rng, self.now, days)
        event = rng.choice(_EVENTS)
        ticks = moment.microsecond * 10 + rng.randint(0, 9)  # .NET writes 100 ns ticks: 7 digits
        stamp = f"{moment:%Y-%m-%dT%H:%M:%S}.{ticks:07d}Z"
        person = rng.choice(_PEOPLE)
        email = person.lower().replace(" ", ".") + f"{rng.randint(1, 99)}@example.com"
        if event.target_type == "administrator":
            target_id, display, target_email = str(rng.getrandbits(62)), email, email
            target_user: str | None = random_hex(rng, 32)
            state = {
                "CustomerId": self.customer_id,
                "Principal": email,
                "UserId": target_id,
                "AccessType": rng.choice(["Full", "Custom"]),
                "CreatedDate": f"{moment:%m/%d/%Y %H:%M:%S}",
                "UpdatedDate": f"{moment:%m/%d/%Y %H:%M:%S}",
                "DisplayName": person,
                "Pending": str(event.event_type.endswith("invite")),
            }
        else:
            target_id, display, target_email, target_user = random_uuid(rng), rng.choice(_CLIENTS), None, None
            state = {"Id": target_id, "Name": display, "CustomerId": self.customer_id, "CreatedBy": email}
        action = event.event_type.rsplit("/", 1)[1]
        before = None if action in ("create", "invite") else dict(state)
        after = None if action == "delete" else dict(state)
        if action == "update" and before is not None:
            before["AccessType"] = "Full" if state["AccessType"] == "Custom" else "Custom"
        system = rng.random() < 0.3
        actor_name = rng.choice(_PEOPLE)
        record = {
            "RecordId": random_uuid(rng),
            "UtcTimestamp": stamp,
            "CustomerId": self.customer_id,
            "EventType": event.event_type,
            "TargetId": target_id,
            "TargetDisplayName": display,
            "TargetEmail": target_email,
            "TargetUserId": target_user,
            "TargetType": event.target_type,
            "BeforeChanges": before,
            "AfterChanges": after,
            "AgentId": event.event_type.split(":")[0],
            "ServiceProfileName": None,
            "ActorId": None if system else random_hex(rng, 32),
            "ActorDisplayName": "CwcSystem" if system else actor_name,
            "ActorType": "system" if system else "administrator",
            "Message": {
                locale: text.format(name=target_id if event.target_type == "administrator" else display)
                for locale, text in zip(_LOCALES, event.messages, strict=True)
            },
        }
        return moment, record


# -- helpers ----------------------------------------------------------------------------------------


def _itself(moment: datetime) -> datetime:
    return moment


_RETRY_LATER = {
    429: ("rateLimitExceeded", "Rate limit exceeded"),
    503: ("serviceUnavailable", "Service is unavailable"),
}


def _camel(key: str) -> str:
    return key[:1].lower() + key[1:]


def _camel_page(body: Record) -> Record:
    """The page in camelCase (T1, T2, T3); the free-form maps inside a record keep their keys."""
    page = {_camel(key): value for key, value in body.items()}
    page["items"] = [{_camel(key): value for key, value in record.items()} for record in body["Items"]]
    return page


def _gateway_refusal() -> httpx.Response:
    return json_response(401, {"Error": {"Message": "Missing or invalid CWSAuth header.", "Type": "CWSAuthException"}})


def _auth_problem(reason: str) -> httpx.Response:
    parameters = [{"name": "reason", "value": reason}]
    return _problem(401, "common/authentication", "Missing or invalid authentication details", parameters)


def _accepts_json(accept: str | None) -> bool:
    """Exactly ``application/json``: no ``*/*``, no ``charset`` (S4). A missing one is unsourced: allowed."""
    value = (accept or "").strip()
    return not value or value.lower() == "application/json"


def _bad_limit(bad: BadInt) -> httpx.Response:
    if bad.value is None:
        return _problem(
            400, "systemlog/getRecordsLimitInvalid", "Invalid value provided for limit.", {"limit": bad.raw}
        )
    detail = f"Maximum items per page is between {bad.low} and {bad.high}"
    return _problem(400, "common/outOfRange", detail, {"limit": bad.raw})


def _moment(raw: str | None, name: str, default: datetime) -> datetime:
    if raw is None:
        return default
    try:
        parsed = datetime.fromisoformat(restore_plus(raw.strip()))
    except ValueError:
        detail = f"Invalid value provided for {name}."
        raise Refused(_problem(400, "systemlog/getRecordsDateTimeRangeInvalid", detail, {name: raw})) from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


_FPC_LEAD = b"\xfb\xff\xbf"  # standard base64 "+/+/": every token holds "+" and "/"
_COSMOS_TOKEN = re.compile(r"\+RID:~([A-Za-z0-9+/=]+)#RT:1#TRC:(\d+)#ISV:2#IEO:65551#FPC:([A-Za-z0-9+/=]+)")


def _encode_token(offset: int, scope: str) -> str:
    """A token shaped like Citrix's Cosmos DB continuation (S1): ``+ / = # : ~`` all need percent-encoding."""
    scope_bytes = bytes.fromhex(scope)
    rid = base64.b64encode(scope_bytes + b"\0\0").decode()  # ends in "="
    fpc = base64.b64encode(_FPC_LEAD + scope_bytes + offset.to_bytes(4, "big")).decode()  # ends in "=="
    return f"+RID:~{rid}#RT:1#TRC:{offset}#ISV:2#IEO:65551#FPC:{fpc}"


def _decode_token(raw: str | None, scope: str) -> int:
    """The offset a continuation token stands for; it only holds for the time range it came from.

    A token whose ``+`` arrived as a space (sent without percent-encoding) is refused, as Citrix would.
    """
    if raw is None:
        return 0
    match = _COSMOS_TOKEN.fullmatch(raw)
    if match is not None:
        try:
            fpc = base64.b64decode(match[3], validate=True)
        except (binascii.Error, ValueError):
            fpc = b""
        offset = int(match[2])
        scope_bytes = bytes.fromhex(scope)
        if offset < 2**32 and fpc == _FPC_LEAD + scope_bytes + offset.to_bytes(4, "big"):
            return offset
    # Unsourced: Citrix documents no answer to a forged token; this type is ours.
    detail = "Invalid value provided for continuationToken."
    raise Refused(_problem(400, "systemlog/getRecordsContinuationTokenInvalid", detail, {"continuationToken": raw}))


if __name__ == "__main__":
    serve_forever_cli(CitrixSandbox)
