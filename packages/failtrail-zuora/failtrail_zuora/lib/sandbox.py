"""A sandbox of Zuora's System Health API, for our tests and yours.

It speaks the API as Zuora documents it: OAuth client-credentials tokens from ``POST /oauth/token``,
``page``/``pageSize`` pages with a ``nextPage`` link, minute-precision times whose start and end
must share an offset, the Spring-style ``{"timestamp","status","error","message","path"}`` 400s,
``Zuora-Track-Id`` echoed, ``Zuora-Request-Id`` and ``RateLimit-*`` headers on every answer.

    sandbox = ZuoraSandbox(records=200, seed=1)
    client = httpx.Client(base_url="https://rest.zuora.com", transport=sandbox.transport())

Run ``python -m failtrail_zuora.lib.sandbox --port 8080`` to serve it over HTTP.
"""

from __future__ import annotations

import random
import re
import time
import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import httpx
import orjson
from failtrail_core.sandbox import (
    BadInt,
    FaultRule,
    Refused,
    Sandbox,
    TokenIssuer,
    int_param,
    json_response,
    page_slice,
    random_hex,
    random_ipv4,
    random_stamp,
    random_uuid,
    restore_plus,
    sandbox_now,
    serve_forever_cli,
    utc_stamp,
)

__all__ = ["FaultRule", "ZuoraSandbox"]

Record = dict[str, Any]

_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[+-]\d{4}$")
_SORT = re.compile(r"^([+-]?)(timerange|latency|http_method|http_status|api)$")
_TRACK_ID = re.compile(r"^[\x20-\x21\x23-\x26\x28-\x39\x3C-\x7E]{0,64}$")
_SORT_FIELDS = {
    "timerange": "timestamp",
    "latency": "latency",
    "http_method": "http_method",
    "http_status": "http_status",
    "api": "api",
}
_TOKEN_TTL = 3599
_MAX_PAGE_SIZE = 40
DEFAULT_SECRET = "sandbox-client-secret"
DEFAULT_TOKEN = "sandbox-token"
_SIGN_IN = "This resource is protected, please sign in first"

# API path template, method, and the (HTTP status, Zuora response code, message) it fails with.
_APIS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("/v1/accounts/{account-key}", "GET", [("404", "NOT_FOUND", "Cannot find entity by key: '{key}'.")]),
    ("/v1/accounts", "POST", [("400", "MISSING_REQUIRED_VALUE", "BillToContact is required.")]),
    ("/v1/subscriptions", "POST", [("400", "INVALID_VALUE", "Invalid value for field termType: EVERGREN.")]),
    ("/v1/subscriptions/{subscription-key}", "PUT", [("404", "NOT_FOUND", "Subscription {key} not found.")]),
    ("/v1/object/invoice/{id}", "GET", [("404", "NOT_FOUND", "")]),
    ("/v1/invoices/{invoiceKey}", "PUT", [("400", "INVALID_TYPE", "Field dueDate has an invalid type.")]),
    (
        "/v1/payments",
        "POST",
        [("400", "INVALID_VALUE", "The amount must be greater than 0."), ("500", "UNKNOWN_ERROR", "")],
    ),
    ("/v1/orders", "POST", [("429", "REQUEST_EXCEEDED_LIMIT", "Request rate limit exceeded.")]),
    ("/v1/action/query", "POST", [("400", "INVALID_FIELD", "invalid field for query: Account.Foo")]),
    ("/v1/catalog/products", "GET", [("401", "AUTHENTICATION_FAILED", "Authentication error")]),
    ("/v1/usage", "POST", [("400", "INVALID_FORMAT", "The uploaded file is not a valid CSV file.")]),
    ("/v1/bill-runs", "POST", [("500", "UNKNOWN_ERROR", "Internal Server Error")]),
]
_USER_AGENTS = [
    "Apache-HttpClient/4.5 (Java/1.8.0_342)",
    "python-requests/2.31.0",
    "PostmanRuntime/7.36.0",
    "axios/1.6.2",
    "okhttp/4.12.0",
    "Zuora-Workflow/1.0",
    None,
]
_GATEWAYS = ["Stripe", "Adyen", "Braintree", "Authorize.net", "PayPal"]
_TAX_ENGINES = ["Avalara AvaTax", "Vertex O Series", "Zuora Tax"]
_DOC_TYPES = ["Invoice", "CreditMemo", "DebitMemo"]


@dataclass(frozen=True)
class _Window:
    start: datetime
    end: datetime
    page: int
    size: int


class ZuoraSandbox(Sandbox):
    """Zuora System Health, seeded with ``records`` API failure records spread over ``days``.

    ``records`` holds the failure records newest first, as the API sorts them by default;
    ``usage_records``, ``payments``, ``billing_documents`` and ``tax_records`` feed the siblings.
    """

    def __init__(
        self,
        *,
        records: int = 100,
        seed: int = 0,
        now: datetime | None = None,
        days: float = 7.0,
        tokens: Sequence[str] = (DEFAULT_TOKEN,),
        client_id: str = "sandbox-client-id",
        client_secret: str = DEFAULT_SECRET,
        rate_limit: int = 1000,
    ) -> None:
        super().__init__()
        self.now = sandbox_now(now)
        self.seed = seed
        self.tokens = TokenIssuer(
            static_tokens=tokens,
            client_id=client_id,
            client_secret=client_secret,
            ttl=_TOKEN_TTL,
            missing=lambda: json_response(401, _standard_error("90000011", _SIGN_IN)),
            invalid=lambda: json_response(401, {"message": "Authentication error"}),
            bad_grant=lambda: json_response(400, _standard_error("90000010", "grant_type must be client_credentials")),
            bad_client=lambda: json_response(401, _standard_error("90000011", "Invalid client credentials")),
            new_token=lambda: uuid.uuid4().hex,
        )
        self.rate_limit = rate_limit
        self._window_start = 0.0
        self._window_used = 0
        rng = random.Random(seed)
        self.records: list[Record] = _newest_first([self._failure(rng, days) for _ in range(records)])
        successes = [self._success(rng, days) for _ in range(records)]
        self.usage_records: list[Record] = _newest_first([_as_usage(r) for r in self.records] + successes)
        self.payments: list[Record] = _newest_first([self._payment(rng, days) for _ in range(records)])
        self.billing_documents: list[Record] = _newest_first([self._document(rng, days) for _ in range(records)])
        self.tax_records: list[Record] = _newest_first([self._tax(rng, days) for _ in range(records)])
        self._register()

    def _register(self) -> None:
        add = self.router.add
        add("POST", "/oauth/token", self._token)
        add("GET", "/system-health/api-requests/failures", self._failures)
        add("GET", "/system-health/api-requests/details", self._details)
        add("GET", "/system-health/api-requests/volume-summary", self._api_volume)
        add("GET", "/system-health/billing-documents/volume-summary", self._billing_volume)
        add("GET", "/system-health/payments/volume-summary", self._payment_volume)
        add("GET", "/system-health/payments/details", self._payment_details)
        add("GET", "/system-health/tax/details", self._tax_details)

    def describe(self) -> list[str]:
        tokens = self.tokens.shown_tokens([DEFAULT_TOKEN])
        secret = self.tokens.shown_secret(DEFAULT_SECRET)
        return [
            f"Authorization: Bearer <token>  (static: {tokens})",
            f"POST /oauth/token  client_id={self.tokens.client_id}  client_secret={secret}",
            f"{len(self.records)} failure records, seed {self.seed}, up to {self.now:%Y-%m-%dT%H:%M%z}",
        ]

    # -- the vendor's envelope --------------------------------------------------------------------

    def route(self, request: httpx.Request) -> httpx.Response:
        if self._over_rate_limit():
            return self.error_response(request, 429)
        return super().route(request)

    def common_headers(self, request: httpx.Request) -> dict[str, str]:
        headers = {"Zuora-Request-Id": str(uuid.uuid4())}
        track_id = request.headers.get("Zuora-Track-Id")
        if track_id is not None and _TRACK_ID.match(track_id):
            headers["Zuora-Track-Id"] = track_id
        remaining = max(0, self.rate_limit - self._window_used)
        reset = max(0, int(self._window_start + 60 - time.monotonic()))
        headers |= {"RateLimit-Limit": str(self.rate_limit), "RateLimit-Remaining": str(remaining)}
        headers["RateLimit-Reset"] = str(reset)
        return headers

    def error_response(self, request: httpx.Request, status: int, message: str | None = None) -> httpx.Response:
        reason = httpx.codes.get_reason_phrase(status)
        if status == 429:
            body = {"code": "REQUEST_EXCEEDED_LIMIT", "message": message or "Request rate limit exceeded."}
            headers = {"Concurrency-Limit-Type": "Default", "Concurrency-Limit-Limit": "40"}
            return json_response(429, body, headers | {"Concurrency-Limit-Remaining": "0"})
        if status == 404 and message is None:  # Zuora's API gateway, for a path it has no route for
            return json_response(404, {"message": "no Route matched with those values"})
        if request.url.path.startswith("/system-health/") and status < 500:
            return json_response(status, _spring_error(status, message or reason, request.url.path))
        return json_response(status, _standard_error(str(status * 100000 + 60), message or reason))

    def _over_rate_limit(self) -> bool:
        with self._lock:
            clock = time.monotonic()
            if clock - self._window_start >= 60:
                self._window_start, self._window_used = clock, 0
            self._window_used += 1
            return self._window_used > self.rate_limit

    def _authorize(self, request: httpx.Request) -> None:
        self.tokens.authorize(request)
        track_id = request.headers.get("Zuora-Track-Id")
        if track_id is not None and not _TRACK_ID.match(track_id):
            message = "Zuora-Track-Id must be at most 64 US-ASCII characters without : ; \" or '"
            raise Refused(self.error_response(request, 400, message))

    # -- OAuth --------------------------------------------------------------------------------------

    def _token(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        token = self.tokens.grant(request).token
        entity = uuid.uuid5(uuid.NAMESPACE_DNS, self.tokens.client_id).hex
        scope = f"entity.{entity} platform.write service.usage.delete service.usage.update tenant.9999"
        return json_response(
            200,
            {
                "access_token": token,
                "token_type": "bearer",
                "expires_in": _TOKEN_TTL,
                "scope": scope,
                "jti": uuid.uuid4().hex,
            },
        )

    # -- System Health ------------------------------------------------------------------------------

    def _failures(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        window = self._window(request, paged=True)
        query = request.url.params
        sort = query.get("sort")
        matched = _filter(
            self.records,
            window,
            {
                "api": query.get("path"),
                "http_method": _upper(query.get("httpMethod")),
                "zuora_response_code": query.get("responseCode"),
                "request_id": query.get("requestId"),
                "track_id": query.get("trackId"),
            },
        )
        if sort is not None:
            found = _SORT.match(sort)
            if found is None:
                raise Refused(self.error_response(request, 400, f"Invalid sort field: {sort}"))
            direction, name = found.groups()
            key = _SORT_FIELDS[name]
            matched = sorted(matched, key=lambda r: (r[key], r["request_id"]), reverse=direction != "-")
        return _page(request, matched, window)

    def _details(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        window = self._window(request, paged=True)
        query = request.url.params
        wanted = {"api": query.get("path"), "http_method": _upper(query.get("httpMethod"))}
        wanted["http_status"] = query.get("httpStatus")
        return _page(request, _filter(self.usage_records, window, wanted), window)

    def _api_volume(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        window = self._window(request, paged=False)
        query = request.url.params
        wanted = {"api": query.get("path"), "http_method": _upper(query.get("httpMethod"))}
        return _summary(_filter(self.usage_records, window, wanted))

    def _billing_volume(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        return _summary(_filter(self.billing_documents, self._window(request, paged=False), {}))

    def _payment_volume(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        window = self._window(request, paged=False)
        return _summary(_filter(self.payments, window, {"gateway": request.url.params.get("gateway")}))

    def _payment_details(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        window = self._window(request, paged=True)
        return _page(request, _filter(self.payments, window, {"gateway": request.url.params.get("gateway")}), window)

    def _tax_details(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        window = self._window(request, paged=True)
        return _page(request, _filter(self.tax_records, window, {}), window)

    def _window(self, request: httpx.Request, *, paged: bool) -> _Window:
        """Validate the time range (and the page), as Zuora does, or refuse with its 400."""
        query = request.url.params
        times: list[datetime] = []
        for name in ("startTime", "endTime"):
            raw = query.get(name)
            if raw is None:
                message = f"Required request parameter '{name}' for method parameter type String is not present"
                raise Refused(self.error_response(request, 400, message))
            parsed = _parse_time(raw)
            if parsed is None:
                message = f"Invalid {name} '{raw}': the format is yyyy-MM-dd'T'HH:mmZ, e.g. 2022-09-22T09:07+0800"
                raise Refused(self.error_response(request, 400, message))
            times.append(parsed)
        start, end = times
        if start.utcoffset() != end.utcoffset():
            raise Refused(self.error_response(request, 400, "startTime and endTime must be in the same time zone"))
        if start > end:
            raise Refused(self.error_response(request, 400, "startTime must be earlier than endTime"))

        def refuse(bad: BadInt) -> httpx.Response:
            if bad.value is None:
                message = (
                    "Failed to convert value of type 'java.lang.String' to required type 'int'; "
                    f'For input string: "{bad.raw}"'
                )
            elif bad.high is not None:
                message = f"{bad.name} must be between {bad.low} and {bad.high}"
            else:
                message = f"{bad.name} must be greater than or equal to {bad.low}"
            return self.error_response(request, 400, message)

        page = int_param(request, "page", 1, 1, None, refuse) if paged else 1
        size = int_param(request, "pageSize", 20, 1, _MAX_PAGE_SIZE, refuse) if paged else 0
        return _Window(start.astimezone(UTC), end.astimezone(UTC), page, size)

    # -- seeded records -----------------------------------------------------------------------------

    def _failure(self, rng: random.Random, days: float) -> Record:
        api, method, failures = rng.choice(_APIS)
        status, code, message = rng.choice(failures)
        key = f"A{rng.randint(1, 99999999):08d}" if "account" in api else "8ad0" + random_hex(rng, 28)
        path = re.sub(r"\{[^}]+\}", key, api)
        request_id = random_uuid(rng)
        text = message.format(key=key) or httpx.codes.get_reason_phrase(int(status))
        reason = {"code": int(status) * 100000 + 40, "message": text}
        response_body = {"success": False, "processId": random_hex(rng, 16).upper(), "reasons": [reason]}
        body = "" if method == "GET" else orjson.dumps({"accountKey": key, "autoPay": rng.random() < 0.5}).decode()
        return {
            "timestamp": random_stamp(rng, self.now, days),
            "status": "Error",
            "api": api,
            "request_path": path,
            "http_method": method,
            "http_status": status,
            "zuora_response_code": code,
            "latency": rng.randint(12, 30000) if status == "500" else rng.randint(12, 900),
            "request_id": request_id,
            "track_id": f"job-{random_hex(rng, 12)}" if rng.random() < 0.3 else None,
            "tracing_identifier": random_hex(rng, 32) if rng.random() < 0.2 else None,
            "user_id": "2c92a0fd" + random_hex(rng, 24),
            "user_agent": rng.choice(_USER_AGENTS),
            "ip": random_ipv4(rng),
            "request_body": body,
            "response_body": orjson.dumps(response_body | {"requestId": request_id}).decode(),
        }

    def _success(self, rng: random.Random, days: float) -> Record:
        api, method, _ = rng.choice(_APIS)
        return {
            "timestamp": random_stamp(rng, self.now, days),
            "api": api,
            "request_path": re.sub(r"\{[^}]+\}", "8ad0" + random_hex(rng, 28), api),
            "http_method": method,
            "http_status": "201" if method == "POST" and rng.random() < 0.3 else "200",
            "latency": rng.randint(8, 700),
            "request_id": random_uuid(rng),
            "track_id": None,
            "user_id": "2c92a0fd" + random_hex(rng, 24),
            "ip": f"52.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        }

    def _payment(self, rng: random.Random, days: float) -> Record:
        failed = rng.random() < 0.25
        return {
            "timestamp": random_stamp(rng, self.now, days),
            "payment_number": f"P-{rng.randint(1, 9999999):08d}",
            "gateway": rng.choice(_GATEWAYS),
            "status": "Error" if failed else "Processed",
            "amount": round(rng.uniform(5, 5000), 2),
            "currency": rng.choice(["USD", "EUR", "GBP", "JPY"]),
            "gateway_response_code": rng.choice(["card_declined", "insufficient_funds"]) if failed else "approved",
            "latency": rng.randint(150, 9000),
        }

    def _document(self, rng: random.Random, days: float) -> Record:
        return {
            "timestamp": random_stamp(rng, self.now, days),
            "document_number": f"INV{rng.randint(1, 99999999):08d}",
            "document_type": rng.choice(_DOC_TYPES),
            "status": "Error" if rng.random() < 0.1 else "Posted",
        }

    def _tax(self, rng: random.Random, days: float) -> Record:
        return {
            "timestamp": random_stamp(rng, self.now, days),
            "document_number": f"INV{rng.randint(1, 99999999):08d}",
            "tax_engine": rng.choice(_TAX_ENGINES),
            "status": "Error" if rng.random() < 0.15 else "Success",
            "tax_amount": round(rng.uniform(0, 400), 2),
            "latency": rng.randint(40, 4000),
        }


# -- helpers ----------------------------------------------------------------------------------------


def _parse_time(raw: str) -> datetime | None:
    """``yyyy-MM-dd'T'HH:mmZ``; a ``+`` that arrived unencoded (read as a space) is taken back."""
    raw = restore_plus(raw)
    if not _TIME.match(raw):
        return None
    try:
        return datetime.strptime(raw, "%Y-%m-%dT%H:%M%z")
    except ValueError:
        return None


def _upper(value: str | None) -> str | None:
    return value.upper() if value is not None else None


def _newest_first(records: list[Record]) -> list[Record]:
    return sorted(records, key=lambda r: r["timestamp"], reverse=True)


def _as_usage(record: Record) -> Record:
    keep = ("timestamp", "api", "request_path", "http_method", "http_status", "latency", "request_id")
    return {name: record[name] for name in (*keep, "track_id", "user_id", "ip")}


def _filter(records: list[Record], window: _Window, wanted: Mapping[str, str | None]) -> list[Record]:
    start, end = utc_stamp(window.start), utc_stamp(window.end)
    checks = {name: value for name, value in wanted.items() if value is not None}
    return [
        r
        for r in records
        if start <= r["timestamp"] < end and all(r.get(name) == value for name, value in checks.items())
    ]


def _page(request: httpx.Request, records: list[Record], window: _Window) -> httpx.Response:
    data, more = page_slice(records, (window.page - 1) * window.size, window.size)
    body: dict[str, Any] = {"data": data}
    if more:
        body["nextPage"] = _next_link(request, window.page + 1)
    return json_response(200, body)


def _next_link(request: httpx.Request, page: int) -> str:
    """The next page's path, with the query as sent and ``page`` replaced (``+`` left raw, as Zuora does)."""
    pairs = [(k, v) for k, v in request.url.params.multi_items() if k != "page"] + [("page", str(page))]
    return request.url.path + "?" + "&".join(f"{_encode(k)}={_encode(v)}" for k, v in pairs)


def _encode(text: str) -> str:
    return quote(text.replace(" ", "+"), safe=":+{}/,")


def _summary(records: list[Record]) -> httpx.Response:
    """Counts per hour and status, oldest first."""
    counts = Counter((r["timestamp"][:13] + ":00:00Z", _outcome(r)) for r in records)
    data = [{"timestamp": hour, "count": count, "status": status} for (hour, status), count in sorted(counts.items())]
    return json_response(200, {"data": data})


def _outcome(record: Record) -> str:
    if "http_status" in record:
        return "Error" if int(record["http_status"]) >= 400 else "Success"
    return "Error" if record["status"] == "Error" else "Success"


def _standard_error(code: str, message: str) -> dict[str, Any]:
    return {
        "success": False,
        "processId": uuid.uuid4().hex[:16].upper(),
        "reasons": [{"code": code, "message": message}],
        "requestId": str(uuid.uuid4()),
    }


def _spring_error(status: int, message: str, path: str) -> dict[str, Any]:
    stamp = datetime.now(UTC).isoformat(timespec="milliseconds")
    error = httpx.codes.get_reason_phrase(status)
    return {"timestamp": stamp, "status": status, "error": error, "message": message, "path": path}


if __name__ == "__main__":
    serve_forever_cli(ZuoraSandbox)
