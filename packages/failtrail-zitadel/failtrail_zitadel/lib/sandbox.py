"""A sandbox of ZITADEL's Admin API failed events and event store, for our tests and yours.

It answers as a ZITADEL instance behind grpc-gateway does (sources in ``specs/zitadel/SOURCES.md``):
bearer tokens (personal access tokens given here, or OAuth tokens from ``POST /oauth/v2/token`` with
client_secret_basic or form credentials), ``POST /admin/v1/failedevents/_search`` returning every
failed event at once with uint64 values as JSON strings and the body ignored,
``DELETE /admin/v1/failedevents/{database}/{view_name}/{failed_sequence}`` removing every match and
answering ``{}`` even when there was none, ``POST /admin/v1/events/_search`` (at most 1000 events,
no page token; seeded with sign-ins, failed checks and lockouts) with ``/events/types/_search`` and
``/aggregates/types/_search``, and
``{"code","message"[,"details"]}`` gRPC-status error bodies (``WWW-Authenticate`` on a 401).

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
from failtrail_core.sandbox import (
    FaultRule,
    Refused,
    SeededSandbox,
    TokenIssuer,
    json_response,
    random_moment,
    serve_forever_cli,
)

from ._sandbox_events import EventFilter, EventStore, aggregate_types, event_types, parse_filter
from ._sandbox_seed import PushedEvent
from ._sandbox_wire import grpc_status, json_object, parse_uint64_path, proto_stamp

__all__ = ["FaultRule", "ZitadelSandbox"]

Record = dict[str, Any]

_AUDIENCE = "urn:zitadel:iam:org:project:id:zitadel:aud"
_TOKEN_TTL = 43199
DEFAULT_SECRET = "sandbox-client-secret"
DEFAULT_TOKEN = "sandbox-token"
_BEARER = "Bearer "  # exactly so: Z internal/api/authz/access_token.go BearerPrefix, split in context.go
_DATABASE = "zitadel"  # config.Database.DatabaseName(): Z cmd/start/start.go, default in cmd/defaults.yaml
_VIEWS = [  # projection names: Z internal/query/projection/*.go, internal/notification/handlers, auth handlers
    "projections.users14",
    "projections.login_names3",
    "projections.orgs1",
    "projections.sessions8",
    "projections.user_grants5",
    "projections.idp_templates6",
    "projections.notifications",
    "projections.notifications_quota",
    "auth.users3",
    "auth.user_sessions",
    "auth.tokens",
]
_ERRORS = [  # Z internal/zerrors/zerror.go: "ID=<id> Message=<msg>[ Parent=(<parent>)]"
    "ID=QUERY-Dgwf3 Message=Errors.Internal Parent=(dial tcp 10.0.4.17:26257: connect: connection refused)",
    "ID=NOTIF-2Fbh3 Message=Errors.Notification.SMTP.CouldNotSend Parent=(421 4.3.0 Service not available)",
    "ID=V2-cd7S3 Message=Errors.User.NotFound",
    "ID=CRDB-xrH7v Message=unable to update projection Parent=(ERROR: duplicate key value violates unique "
    'constraint "login_names3_pkey" (SQLSTATE 23505))',
    "ID=HANDL-wQ2f1 Message=Errors.Internal Parent=(context deadline exceeded)",
    "ID=EVENT-Pg6x2 Message=Errors.Internal Parent=(unable to reduce event user.human.added)",
]
# Permissions per token kind: Z proto/zitadel/admin.proto auth_option, roles in cmd/defaults.yaml
# (IAM_OWNER: iam.read, iam.write, events.read; IAM_OWNER_VIEWER: iam.read, events.read).
_OWNER = frozenset({"iam.read", "iam.write", "events.read"})
_VIEWER = frozenset({"iam.read", "events.read"})
_NAME_FIELDS = (("database", "Database"), ("view_name", "ViewName"))  # PGV checks in field order


class ZitadelSandbox(SeededSandbox):
    """A ZITADEL instance holding ``records`` failed events and ``events`` events, over the last ``days``.

    ``records`` is the list ``_search`` returns (DELETE removes from it); ``events`` the event store
    (oldest first). ``tokens`` may do everything, ``read_only_tokens`` (IAM_OWNER_VIEWER) may list
    but not remove, and ``forbidden_tokens`` are valid tokens of a user without any of these
    permissions (403). With ``orgs``, an ``x-zitadel-orgid`` not among them is answered 403.
    """

    base_path = "/admin/v1"

    def __init__(
        self,
        *,
        records: int = 30,
        seed: int = 0,
        now: datetime | None = None,
        days: float = 7.0,
        events: int = 120,
        tokens: Sequence[str] = (DEFAULT_TOKEN,),
        read_only_tokens: Sequence[str] = (),
        forbidden_tokens: Sequence[str] = (),
        orgs: Sequence[str] | None = None,
        client_id: str = "sandbox-client-id",
        client_secret: str = DEFAULT_SECRET,
    ) -> None:
        super().__init__(seed=seed, now=now, days=days)
        self._forbidden = frozenset(forbidden_tokens)
        self._read_only = frozenset(read_only_tokens)
        self._orgs = None if orgs is None else frozenset(orgs)
        self.tokens = TokenIssuer(
            static_tokens=(*tokens, *read_only_tokens, *forbidden_tokens),
            client_id=client_id,
            client_secret=client_secret,
            ttl=_TOKEN_TTL,
            # A native gRPC status, no ZITADEL id: Z internal/api/grpc/server/middleware/auth_interceptor.go
            missing=lambda: grpc_status(401, "auth header missing"),
            invalid=lambda: grpc_status(401, "Errors.Token.Invalid (AUTH-7fs1e)", "AUTH-7fs1e"),
            bad_grant=lambda: json_response(
                400, {"error": "unsupported_grant_type", "error_description": "grant_type not supported"}
            ),
            bad_client=lambda: json_response(
                401, {"error": "invalid_client", "error_description": "client authentication failed"}
            ),
            new_token=lambda: secrets.token_urlsafe(48),
            required_scope=_AUDIENCE,  # a token without the ZITADEL audience is no good for the API
        )
        rng = self.rng
        self.records: list[Record] = self._failed_events(rng, records, days)
        self.store = EventStore(random.Random(seed + 1), self.now, days, events)
        self.router.add("POST", "/oauth/v2/token", self._token)
        self.router.add("POST", "/admin/v1/failedevents/_search", self._search)
        self.router.add("DELETE", "/admin/v1/failedevents/{database}/{view_name}/{failed_sequence}", self._remove)
        self.router.add("POST", "/admin/v1/events/_search", self._list_events)
        self.router.add("POST", "/admin/v1/events/types/_search", self._list_event_types)
        self.router.add("POST", "/admin/v1/aggregates/types/_search", self._list_aggregate_types)

    @property
    def events(self) -> list[Record]:
        """The event store's events as the API writes them, oldest first."""
        return self.store.records

    def push_events(self, moment: datetime, events: Sequence[PushedEvent]) -> list[Record]:
        """Add one push to the event store (its events share ``moment``); the records as the API writes them.

        ``events``: (event type, aggregate id, resource owner, editor user id, payload) each.
        """
        return self.store.push(moment, events)

    def describe(self) -> list[str]:
        personal = self.tokens.shown_tokens([DEFAULT_TOKEN], exclude=self._forbidden | self._read_only)
        return [
            f"Authorization: Bearer <token>  (personal access tokens: {personal})",
            f"POST /oauth/v2/token  client_id={self.tokens.client_id}"
            f"  client_secret={self.tokens.shown_secret(DEFAULT_SECRET)}  scope=openid {_AUDIENCE}",
            f"{len(self.records)} failed events, {len(self.events)} events, seed {self.seed}",
        ]

    # -- the vendor's envelope --------------------------------------------------------------------

    def error_response(self, request: httpx.Request, status: int, message: str | None = None) -> httpx.Response:
        return grpc_status(status, message or httpx.codes.get_reason_phrase(status))

    def _authorize(self, request: httpx.Request, permission: str) -> None:
        """The auth interceptor: header, token, org, then the operation's permission."""
        header = request.headers.get("Authorization", "")
        if header.strip() and len(header.split(_BEARER)) != 2:  # Z internal/api/authz/context.go
            raise Refused(grpc_status(401, "invalid auth header (AUTH-toLo1)", "AUTH-toLo1"))
        token = self.tokens.authorize(request)
        org = request.headers.get("x-zitadel-orgid", "")
        if org and self._orgs is not None and org not in self._orgs:  # Z context.go: ExistsOrg
            raise Refused(grpc_status(403, "Organisation doesn't exist (AUTH-Bs7Ds)", "AUTH-Bs7Ds"))
        granted = frozenset() if token in self._forbidden else _VIEWER if token in self._read_only else _OWNER
        if permission not in granted:  # Z internal/api/authz/authorization.go
            raise Refused(grpc_status(403, "No matching permissions found (AUTH-5mWD2)", "AUTH-5mWD2"))

    # -- OAuth --------------------------------------------------------------------------------------

    def _token(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        token = self.tokens.grant(request).token
        return json_response(200, {"access_token": token, "token_type": "Bearer", "expires_in": _TOKEN_TTL})

    # -- failed events ------------------------------------------------------------------------------

    def _search(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        # The route has no body mapping, so grpc-gateway discards whatever body came (any bytes).
        self._authorize(request, "iam.read")
        return json_response(200, {"result": self.records} if self.records else {})

    def _remove(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        sequence = parse_uint64_path("failed_sequence", params["failed_sequence"])  # gateway: before auth
        self._authorize(request, "iam.write")
        for name, field in _NAME_FIELDS:
            if len(params[name]) > 200:  # PGV (validate.rules).string = {min_len: 1, max_len: 200}
                message = (
                    f"invalid RemoveFailedEventRequest.{field}: value length must be between 1 and 200 runes, inclusive"
                )
                return grpc_status(400, message)
        # DELETE ... WHERE projection_name AND failed_sequence AND instance_id; the row count is not read.
        self.records = [
            event
            for event in self.records
            if not (event["viewName"] == params["view_name"] and int(event["failedSequence"]) == sequence)
        ]
        return json_response(200, {})

    # -- the event store ----------------------------------------------------------------------------

    def _list_events(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        body = json_object(request)  # body "*": decoded by the gateway, before auth
        found = parse_filter(body)
        if not isinstance(found, EventFilter):
            return grpc_status(400, found)
        self._authorize(request, "events.read")
        problem = found.violation()
        if problem is not None:
            return grpc_status(400, problem)
        events = self.store.search(found)
        return json_response(200, {"events": events} if events else {})

    def _list_event_types(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        json_object(request)
        self._authorize(request, "events.read")
        return json_response(200, {"eventTypes": event_types()})

    def _list_aggregate_types(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        json_object(request)
        self._authorize(request, "events.read")
        return json_response(200, {"aggregateTypes": aggregate_types()})

    # -- seeded failed events -----------------------------------------------------------------------

    def _failed_events(self, rng: random.Random, count: int, days: float) -> list[Record]:
        """Rows keyed as the table is (projection, aggregate, sequence): a view and sequence may repeat."""
        rows: dict[tuple[str, int, int], Record] = {}
        bound = count * 20 + 100
        for _ in range(bound):
            if len(rows) >= count:
                break
            view, aggregate = rng.choice(_VIEWS), rng.randrange(40)
            if rows and rng.random() < 0.1:  # the same sequence in another aggregate of one projection
                twin = rng.choice(list(rows))
                view, sequence = twin[0], twin[2]
            else:
                sequence = rng.randint(1, 400)  # sequences count per aggregate
            rows.setdefault((view, aggregate, sequence), self._failed_event(rng, view, sequence, days))
        return sorted(rows.values(), key=lambda e: (e["viewName"], int(e["failedSequence"])))

    def _failed_event(self, rng: random.Random, view: str, sequence: int, days: float) -> Record:
        # failure_count grows to MaxFailureCount: 5 by default, 10 for the notification handlers
        most = 10 if view.startswith("projections.notifications") else 5
        event: Record = {
            "database": _DATABASE,
            "viewName": view,
            "failedSequence": str(sequence),
            "failureCount": str(rng.randint(1, most)),
            "errorMessage": rng.choice(_ERRORS),
        }
        if rng.random() >= 0.1:  # NULL last_failed (migrated rows) is left out
            moment = random_moment(rng, self.now, days)
            event["lastFailed"] = proto_stamp(moment)
        return event


if __name__ == "__main__":
    serve_forever_cli(ZitadelSandbox)
