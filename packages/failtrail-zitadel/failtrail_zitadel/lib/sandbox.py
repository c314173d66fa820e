"""A sandbox of ZITADEL's Admin API failed events, for our tests and yours.

It answers as a ZITADEL instance behind grpc-gateway does: bearer tokens (personal access tokens
given here, or OAuth tokens from ``POST /oauth/v2/token`` with client_secret_basic or form
credentials), ``POST /admin/v1/failedevents/_search`` returning every event at once with uint64
values as JSON strings, ``DELETE /admin/v1/failedevents/{database}/{view_name}/{failed_sequence}``
removing one, and ``{"code","message","details"}`` gRPC-status error bodies.

    sandbox = ZitadelSandbox(records=40, seed=1)
    client = httpx.Client(base_url="https://my-instance.zitadel.cloud/admin/v1", transport=sandbox.transport())

Run ``python -m failtrail_zitadel.lib.sandbox --port 8080`` to serve it over HTTP.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import httpx
import orjson
from failtrail_core.sandbox import (
    FaultRule,
    Refused,
    Sandbox,
    TokenIssuer,
    json_response,
    random_moment,
    request_body,
    sandbox_now,
    serve_forever_cli,
)

__all__ = ["FaultRule", "ZitadelSandbox"]

Record = dict[str, Any]

_AUDIENCE = "urn:zitadel:iam:org:project:id:zitadel:aud"
_TOKEN_TTL = 43199
DEFAULT_SECRET = "sandbox-client-secret"
DEFAULT_TOKEN = "sandbox-token"
_DETAIL_TYPE = "type.googleapis.com/zitadel.v1.ErrorDetail"
# HTTP status -> gRPC code, as grpc-gateway maps them back.
_GRPC_CODES = {400: 3, 401: 16, 403: 7, 404: 5, 405: 12, 409: 6, 429: 8, 500: 13, 501: 12, 503: 14, 504: 4}
_VIEWS = {
    "adminapi": ["iam_members", "idps", "styling", "login_policies"],
    "auth": ["users", "user_sessions", "tokens", "refresh_tokens"],
    "management": ["org_members", "project_members", "project_grants"],
    "notification": ["notify_users", "notifications"],
    "projections": ["projections.users13", "projections.login_names3", "projections.orgs1", "projections.sessions8"],
}
_ERRORS = [
    "ID=QUERY-Dgwf3 Message=Errors.Internal Parent=(dial tcp 10.0.4.17:26257: connect: connection refused)",
    "ID=NOTIF-2Fbh3 Message=Errors.Notification.SMTP.CouldNotSend Parent=(421 4.3.0 Service not available)",
    "ID=V2-cd7S3 Message=Errors.User.NotFound",
    "ID=CRDB-xrH7v Message=unable to update projection Parent=(ERROR: duplicate key value violates unique "
    'constraint "login_names3_pkey" (SQLSTATE 23505))',
    "ID=HANDL-wQ2f1 Message=Errors.Internal Parent=(context deadline exceeded)",
    "ID=EVENT-Pg6x2 Message=Errors.Internal Parent=(unable to reduce event user.human.added)",
]


class ZitadelSandbox(Sandbox):
    """A ZITADEL instance holding ``records`` failed events, spread over the last ``days``.

    ``records`` is the list ``_search`` returns (DELETE removes from it). ``forbidden_tokens`` are
    valid tokens of a user without the permission to read failed events (403).
    """

    base_path = "/admin/v1"

    def __init__(
        self,
        *,
        records: int = 30,
        seed: int = 0,
        now: datetime | None = None,
        days: float = 7.0,
        tokens: Sequence[str] = (DEFAULT_TOKEN,),
        forbidden_tokens: Sequence[str] = (),
        client_id: str = "sandbox-client-id",
        client_secret: str = DEFAULT_SECRET,
    ) -> None:
        super().__init__()
        self.now = sandbox_now(now)
        self.seed = seed
        self._forbidden = frozenset(forbidden_tokens)
        self.tokens = TokenIssuer(
            static_tokens=(*tokens, *forbidden_tokens),
            client_id=client_id,
            client_secret=client_secret,
            ttl=_TOKEN_TTL,
            missing=lambda: _status(401, "auth header missing", "AUTH-7mn3K"),
            invalid=lambda: _status(401, "Errors.Token.Invalid (AUTH-7fs1e)", "AUTH-7fs1e"),
            bad_grant=lambda: json_response(
                400, {"error": "unsupported_grant_type", "error_description": "grant_type not supported"}
            ),
            bad_client=lambda: json_response(
                401, {"error": "invalid_client", "error_description": "client authentication failed"}
            ),
            new_token=lambda: secrets.token_urlsafe(48),
            required_scope=_AUDIENCE,  # a token without the ZITADEL audience is no good for the API
        )
        rng = random.Random(seed)
        events: dict[tuple[str, str, str], Record] = {}
        while len(events) < records:  # a failed event is keyed by its view and sequence
            event = self._event(rng, days)
            events[(event["database"], event["viewName"], event["failedSequence"])] = event
        self.records: list[Record] = sorted(
            events.values(), key=lambda e: (e["database"], e["viewName"], int(e["failedSequence"]))
        )
        self.router.add("POST", "/oauth/v2/token", self._token)
        self.router.add("POST", "/admin/v1/failedevents/_search", self._search)
        self.router.add("DELETE", "/admin/v1/failedevents/{database}/{view_name}/{failed_sequence}", self._remove)

    def describe(self) -> list[str]:
        personal = self.tokens.shown_tokens([DEFAULT_TOKEN], exclude=self._forbidden)
        return [
            f"Authorization: Bearer <token>  (personal access tokens: {personal})",
            f"POST /oauth/v2/token  client_id={self.tokens.client_id}"
            f"  client_secret={self.tokens.shown_secret(DEFAULT_SECRET)}  scope=openid {_AUDIENCE}",
            f"{len(self.records)} failed events, seed {self.seed}",
        ]

    # -- the vendor's envelope --------------------------------------------------------------------

    def error_response(self, request: httpx.Request, status: int, message: str | None = None) -> httpx.Response:
        return _status(status, message or httpx.codes.get_reason_phrase(status))

    def _authorize(self, request: httpx.Request) -> None:
        if self.tokens.authorize(request) in self._forbidden:
            raise Refused(_status(403, "No matching permissions found (AUTH-5mWD2)", "AUTH-5mWD2"))

    # -- OAuth --------------------------------------------------------------------------------------

    def _token(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        token = self.tokens.grant(request).token
        return json_response(200, {"access_token": token, "token_type": "Bearer", "expires_in": _TOKEN_TTL})

    # -- failed events ------------------------------------------------------------------------------

    def _search(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        raw = request_body(request).strip()
        try:
            body = orjson.loads(raw) if raw else {}
        except orjson.JSONDecodeError:
            return _status(400, "proto: syntax error (line 1:1): unexpected token")
        if not isinstance(body, dict):
            return _status(400, "proto: syntax error (line 1:1): unexpected token [")
        if body:
            return _status(400, f'proto: (line 1:2): unknown field "{next(iter(body))}"')
        return json_response(200, {"result": self.records} if self.records else {})

    def _remove(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        sequence = params["failed_sequence"]
        if not sequence.isdigit() or int(sequence) >= 2**64:
            reason = f'strconv.ParseUint: parsing "{sequence}": invalid syntax'
            message = f"type mismatch, parameter: failed_sequence, error: {reason}"
            return _status(400, message)
        for index, event in enumerate(self.records):
            same_view = event["database"] == params["database"] and event["viewName"] == params["view_name"]
            if same_view and int(event["failedSequence"]) == int(sequence):
                del self.records[index]
                return json_response(200, {})
        return _status(404, "Errors.View.FailedEvent.NotFound (ADMIN-4n8fs)", "ADMIN-4n8fs")

    # -- seeded records -----------------------------------------------------------------------------

    def _event(self, rng: random.Random, days: float) -> Record:
        database = rng.choice(list(_VIEWS))
        moment = random_moment(rng, self.now, days)
        return {
            "database": database,
            "viewName": rng.choice(_VIEWS[database]),
            "failedSequence": str(rng.randint(10**5, 10**8)),
            "failureCount": str(rng.randint(1, 10)),
            "errorMessage": rng.choice(_ERRORS),
            "lastFailed": moment.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        }


def _status(status: int, message: str, detail_id: str | None = None) -> httpx.Response:
    """A gRPC status as grpc-gateway writes it; ZITADEL errors carry an ErrorDetail with their id."""
    details: list[Record] = []
    if detail_id is not None:
        details.append({"@type": _DETAIL_TYPE, "id": detail_id, "message": message.split(" (")[0]})
    body = {"code": _GRPC_CODES.get(status, 2), "message": message, "details": details}
    return json_response(status, body)


if __name__ == "__main__":
    serve_forever_cli(ZitadelSandbox)
