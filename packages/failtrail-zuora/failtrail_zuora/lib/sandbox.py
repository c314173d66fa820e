"""A sandbox of Zuora's System Health API, for our tests and yours.

It speaks the API as Zuora documents it: OAuth client-credentials tokens from ``POST /oauth/token``,
``page``/``pageSize`` pages with a ``nextPage`` link, minute-precision times whose start and end
must share an offset, the Spring-style ``{"timestamp","status","error","message","path"}`` 400s,
``Zuora-Track-Id`` echoed, ``Zuora-Request-Id`` and ``RateLimit-*`` headers on every answer, the
gateway's ``{"message"}`` 401s, and the record and volume-summary shapes of Zuora's published samples
(``specs/zuora/SOURCES.md`` cites each).

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
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from typing import Any
from urllib.parse import quote

import httpx
import orjson
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
    random_ipv4,
    random_stamp,
    random_uuid,
    restore_plus,
    serve_forever_cli,
    utc_stamp,
)

__all__ = ["FaultRule", "ZuoraSandbox"]

Record = dict[str, Any]
Positions = Sequence[int] | Iterator[int]  # where a page's records sit in their list, lazily when filtered

_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[+-]\d{4}$")
_SORT = re.compile(r"^([+-]?)(timerange|timestamp|latency|http_method|http_status|api)$")
_TRACK_ID = re.compile(r"^[\x20-\x21\x23-\x26\x28-\x39\x3C-\x7E]{0,64}$")
_SORT_FIELDS = {
    "timerange": "timestamp",
    "timestamp": "timestamp",  # Zuora's own request samples sort so (sort=-timestamp)
    "latency": "latency",
    "http_method": "http_method",
    "http_status": "http_status",
    "api": "api",
}
# Payment records: Zuora lists timestamp, latency, status and http_method, and its sample sorts by amount.
_PAYMENT_SORT_FIELDS = {
    "timestamp": "_at",
    "latency": "request_duration",
    "status": "payment_status",
    "amount": "amount",
}
_TAX_SORT_FIELDS = {
    name: name for name in ("timestamp", "total_duration", "vendor_duration", "status", "document_number")
}
_TOKEN_TTL = 3599
_MAX_PAGE_SIZE = 40
DEFAULT_SECRET = "sandbox-client-secret"
DEFAULT_TOKEN = "sandbox-token"
_AUTH_ERROR = {"message": "Authentication error"}  # zuora-sdk ProxyUnauthorizedResponse; ZYAML's 401 example
# zuora-sdk o_auth_api.py: the token endpoint's 400 is CommonErrorResponse {code: int, message} (the code is ours).
_BAD_GRANT = {"code": 90000010, "message": "grant_type must be client_credentials"}

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
_PAYMENT_METHODS = ["CreditCard", "CreditCardReferenceTransaction", "ACH", "BankTransfer"]
_GATEWAY_DECLINES = [("12", "Not enough balance", "Declined"), ("05", "Do not honor", "Declined")]
_TAX_VENDORS = [("AvaTax", "avalara"), ("Vertex", "vertex"), ("ZuoraTax", "zuora")]
_TAX_EVENTS = ["taxGenerate", "taxCommit", "taxVoid"]
_DOC_TYPES = ["Invoice", "CreditMemo", "DebitMemo"]


@dataclass(frozen=True)
class _Window:
    start: datetime
    end: datetime
    page: int
    size: int
    query: httpx.QueryParams  # the request's query, parsed once for the whole answer


class ZuoraSandbox(SeededSandbox):
    """Zuora System Health, seeded with ``records`` API failure records spread over ``days``.

    ``records`` holds the failure records newest first, as the API sorts them by default;
    ``usage_records``, ``payments``, ``billing_documents`` and ``tax_records`` feed the siblings.
    Each list stays newest first: a page finds its time window by bisection.
    """

    serialized = False  # the records are read-only; the rate limit and the tokens lock themselves

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
        super().__init__(seed=seed, now=now, days=days)
        self.tokens = TokenIssuer(
            static_tokens=tokens,
            client_id=client_id,
            client_secret=client_secret,
            ttl=_TOKEN_TTL,
            missing=lambda: json_response(401, _AUTH_ERROR),
            invalid=lambda: json_response(401, _AUTH_ERROR),
            bad_grant=lambda: json_response(400, _BAD_GRANT),
            bad_client=lambda: json_response(401, _AUTH_ERROR),
            new_token=lambda: uuid.uuid4().hex,
        )
        self.rate_limit = rate_limit
        self._window_start = 0.0
        self._window_used = 0
        rng = self.rng
        self.records: list[Record] = _newest_first([self._failure(rng, days) for _ in range(records)], _when_and_id)
        successes = [self._success(rng, days) for _ in range(records)]
        self.usage_records: list[Record] = _newest_first([_as_usage(r) for r in self.records] + successes, _when_and_id)
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

    def add_failures(self, count: int, *, at: datetime) -> list[Record]:
        """``count`` new failure records stamped ``at``, as a live tenant keeps adding them (for tests that
        follow a sandbox). The list is replaced whole, newest first, so a page being read sees it before or after."""
        made = []
        for _ in range(count):
            record = self._failure(self.rng, 1.0)
            record["timestamp"] = utc_stamp(at)
            made.append(record)
        self.records = _newest_first(made + self.records, _when_and_id)
        return made

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
        if track_id is not None and _TRACK_ID.fullmatch(track_id):
            headers["Zuora-Track-Id"] = track_id
        remaining = max(0, self.rate_limit - self._window_used)
        reset = max(0, int(self._window_start + 60 - time.monotonic()))
        # Zuora's rate-limit guide: the quota of the window closest to exhaustion, then each window's.
        limit = f"{self.rate_limit}, {self.rate_limit};w=60"
        headers |= {"RateLimit-Limit": limit, "RateLimit-Remaining": str(remaining)}
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
        if track_id is not None and not _TRACK_ID.fullmatch(track_id):
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
        return self._api_requests(request, self.records)

    def _details(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        return self._api_requests(request, self.usage_records)

    def _api_requests(self, request: httpx.Request, records: list[Record]) -> httpx.Response:
        """Failures and usage details: the same filters and sort fields on both reference pages."""
        self._authorize(request)
        window = self._window(request, paged=True)
        query = window.query
        wanted = {
            "api": query.get("path"),
            "http_method": _upper(query.get("httpMethod")),
            "zuora_response_code": query.get("responseCode"),
            "request_id": query.get("requestId"),
            "track_id": query.get("trackId"),
        }
        positions = _positions(records, window, wanted)
        sort = query.get("sort")
        if sort is None:
            return _page(request, records, positions, window)
        found = _SORT.fullmatch(sort)
        if found is None:
            raise Refused(self.error_response(request, 400, f"Invalid sort field: {sort}"))
        direction, name = found.groups()
        key = _SORT_FIELDS[name]
        if key == "timestamp":  # the order the records are kept in (or its reverse): no sort, only the page read
            if direction != "-":
                return _page(request, records, positions, window)
            return _page(request, records, _reversed(positions), window)
        matched = sorted(
            (records[i] for i in positions),
            key=lambda r: (_sortable(r[key]), r["request_id"]),
            reverse=direction != "-",
        )
        return _page(request, matched, range(len(matched)), window)

    def _sorted(
        self, request: httpx.Request, records: list[Record], positions: Positions, fields: Mapping[str, str]
    ) -> tuple[list[Record], Positions]:
        """``[+-]field``: ``-`` ascending, else descending; a field the page does not list is a 400."""
        sort = request.url.params.get("sort")
        if sort is None:
            return records, positions
        direction, name = (sort[0], sort[1:]) if sort[:1] in ("+", "-") else ("", sort)
        key = fields.get(name)
        if key is None:
            raise Refused(self.error_response(request, 400, f"Invalid sort field: {sort}"))
        matched = sorted((records[i] for i in positions), key=lambda r: r[key], reverse=direction != "-")
        return matched, range(len(matched))

    def _api_volume(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        window = self._window(request, paged=False)
        query = window.query
        wanted = {"api": query.get("path"), "http_method": _upper(query.get("httpMethod"))}
        counts = _counts(_filter(self.usage_records, window, wanted), ("api", "http_method"), _api_failed)
        data = [{"path": api, "httpMethod": method, **n} for (api, method), n in counts]
        return json_response(200, {"data": data})

    def _billing_volume(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        """One record of totals over the window, as Zuora's sample has it."""
        self._authorize(request)
        documents = _filter(self.billing_documents, self._window(request, paged=False), {})
        types = Counter(d["document_type"] for d in documents)
        failed = {d["account_id"] for d in documents if d["status"] == "Error"}
        record = {
            "totalFailedAccounts": len(failed),
            "totalGeneratedCreditMemos": types["CreditMemo"],
            "totalGeneratedInvoices": types["Invoice"],
        }
        return json_response(200, {"data": [record]})

    def _payment_volume(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        query = request.url.params
        wanted = {
            "payment_gateway_type": query.get("paymentGatewayType"),
            "payment_method_type": query.get("paymentMethodType"),
        }
        matched = _filter(self.payments, self._window(request, paged=False), wanted, when=_hidden_time)
        counts = _counts(matched, ("payment_gateway_type", "payment_method_type"), _payment_failed)
        data = [{"paymentGatewayType": g, "paymentMethodType": m, **n} for (g, m), n in counts]
        return json_response(200, {"data": data})

    def _payment_details(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        window = self._window(request, paged=True)
        query = window.query
        wanted = {
            "payment_gateway_type": query.get("paymentGatewayType"),
            "payment_method_type": query.get("paymentMethodType"),
            "payment_status": query.get("paymentStatus"),
            "payment_gateway_response_code": query.get("paymentGatewayResponseCode"),
            "currency": query.get("currency"),
        }
        positions = _positions(self.payments, window, wanted, when=_hidden_time)
        return _page(request, *self._sorted(request, self.payments, positions, _PAYMENT_SORT_FIELDS), window, _public)

    def _tax_details(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        window = self._window(request, paged=True)
        query = window.query
        wanted = {
            "vendor_name": query.get("vendorName"),
            "event_type": query.get("eventType"),
            "status": query.get("status"),
        }
        positions = _positions(self.tax_records, window, wanted, when=_naive_utc)
        return _page(request, *self._sorted(request, self.tax_records, positions, _TAX_SORT_FIELDS), window)

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

        page = int_param(query.get("page"), "page", 1, 1, None, refuse) if paged else 1
        size = int_param(query.get("pageSize"), "pageSize", 20, 1, _MAX_PAGE_SIZE, refuse) if paged else 0
        return _Window(start.astimezone(UTC), end.astimezone(UTC), page, size, query)

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
        """A successful request, with the 16 fields of Zuora's usage-details sample."""
        api, method, _ = rng.choice(_APIS)
        return {
            "timestamp": random_stamp(rng, self.now, days),
            "status": "Success",
            "api": api,
            "request_path": re.sub(r"\{[^}]+\}", "8ad0" + random_hex(rng, 28), api),
            "http_method": method,
            "http_status": 201 if method == "POST" and rng.random() < 0.3 else 200,  # an integer, as in P-DET
            "zuora_response_code": "Success",
            "latency": rng.randint(8, 700),
            "request_id": random_uuid(rng),
            "track_id": None,
            "tracing_identifier": None,
            "user_id": "2c92a0fd" + random_hex(rng, 24),
            "user_agent": rng.choice(_USER_AGENTS),
            "ip": f"52.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "request_body": None,
            "response_body": None,
        }

    def _payment(self, rng: random.Random, days: float) -> Record:
        """A payment with the fields of Zuora's payment-records sample: no timestamp, a payment_date.

        ``_at`` (when it was processed, to place it in a window) is never served.
        """
        at = random_stamp(rng, self.now, days)
        failed = rng.random() < 0.25
        code, text, zuora_code = rng.choice(_GATEWAY_DECLINES) if failed else ("00", "Approved", "Approved")
        return {
            "_at": at,
            "payment_id": "8a128a9c" + random_hex(rng, 24),
            "payment_number": f"P-{rng.randint(1, 99999999):08d}",
            "payment_date": at[:10],
            "payment_status": "Error" if failed else "Processed",
            "payment_gateway_type": rng.choice(_GATEWAYS),
            "payment_method_type": rng.choice(_PAYMENT_METHODS),
            "payment_gateway_response_code": code,
            "payment_gateway_response_msg": text,
            "zuora_response_code": zuora_code,
            "amount": round(rng.uniform(5, 5000), 2),
            "currency": rng.choice(["USD", "EUR", "GBP", "JPY"]),
            "request_duration": rng.randint(150, 9000),
            "source_type": rng.choice(["PaymentRun", "API"]),
            "source_id": f"PR-{rng.randint(1, 99999999):08d}",
        }

    def _document(self, rng: random.Random, days: float) -> Record:
        return {
            "timestamp": random_stamp(rng, self.now, days),
            "document_number": f"INV{rng.randint(1, 99999999):08d}",
            "document_type": rng.choice(_DOC_TYPES),
            "account_id": "8a1283368cd9a250" + random_hex(rng, 16),
            "status": "Error" if rng.random() < 0.1 else "Posted",
        }

    def _tax(self, rng: random.Random, days: float) -> Record:
        """A tax engine call with the fields of Zuora's tax-records sample; its timestamp has no offset (UTC)."""
        failed = rng.random() < 0.15
        vendor, source = rng.choice(_TAX_VENDORS)
        vendor_duration = rng.randint(40, 4000)
        return {
            "timestamp": random_stamp(rng, self.now, days).removesuffix("Z"),  # P-TAX: "2025-01-10T04:08:58"
            "document_number": f"INV{rng.randint(1, 99999999):08d}",
            "vendor_name": vendor,
            "event_source": source,
            "event_type": rng.choice(_TAX_EVENTS),
            "status": "failure" if failed else "success",  # lower case, as in Zuora's sample
            "account_id": "8a1283368cd9a250" + random_hex(rng, 16),
            "account_name": f"Account {rng.randint(1, 9999)}",
            "zuora_request_id": random_uuid(rng),
            "total_duration": vendor_duration + rng.randint(0, 200),
            "vendor_duration": vendor_duration,
            "error_message": "Address could not be resolved." if failed else "",
            "error_category": "AddressError" if failed else "",
            "sub_error_category": "InvalidAddress" if failed else "",
        }


# -- helpers ----------------------------------------------------------------------------------------


def _parse_time(raw: str) -> datetime | None:
    """``yyyy-MM-dd'T'HH:mmZ``; a ``+`` that arrived unencoded (read as a space) is taken back."""
    raw = restore_plus(raw)
    if not _TIME.fullmatch(raw):
        return None
    try:
        return datetime.strptime(raw, "%Y-%m-%dT%H:%M%z")
    except ValueError:
        return None


def _upper(value: str | None) -> str | None:
    return value.upper() if value is not None else None


def _timestamp(record: Record) -> str:
    return str(record["timestamp"])


def _hidden_time(record: Record) -> str:
    """A payment's processing time: Zuora's payment records carry none, so it is kept out of the answer."""
    return str(record["_at"])


def _naive_utc(record: Record) -> str:
    """A tax record's offset-less UTC timestamp, comparable with a UTC stamp."""
    return str(record["timestamp"]) + "Z"


def _public(record: Record) -> Record:
    return {name: value for name, value in record.items() if not name.startswith("_")}


def _newest_first(records: list[Record], key: Callable[[Record], Any] | None = None) -> list[Record]:
    return sorted(records, key=key or _when, reverse=True)


def _when_and_id(record: Record) -> tuple[str, str]:
    """API request records newest first, ties by request ID: the order ``sort=timerange`` answers in, so that a
    page of it is read straight from the kept list instead of sorting every record for every page."""
    return _timestamp(record), str(record["request_id"])


def _reversed(positions: Positions) -> Positions:
    """The positions oldest first (``sort=-timerange``): a range reversed in place, filtered ones listed."""
    return positions[::-1] if isinstance(positions, range) else list(positions)[::-1]


def _when(record: Record) -> str:
    """The time a seeded record happened at, whatever its family calls it."""
    if "_at" in record:
        return _hidden_time(record)
    return _timestamp(record)


def _as_usage(record: Record) -> Record:
    """A failure as the usage details list it: the same 16 fields, ``http_status`` an integer (P-DET)."""
    return record | {"http_status": int(record["http_status"])}


def _positions(
    records: list[Record],
    window: _Window,
    wanted: Mapping[str, str | None],
    when: Callable[[Record], str] = _timestamp,
) -> Positions:
    """Where the window's records with the ``wanted`` values sit in ``records`` (newest first), in order.

    The window is found by bisection; the filters, if any, are checked lazily, as far as a page reads.
    """
    found = newest_first_window(records, when, utc_stamp(window.start), utc_stamp(window.end))
    checks = {name: value for name, value in wanted.items() if value is not None}
    if not checks:
        return found
    return (i for i in found if all(records[i].get(k) == v for k, v in checks.items()))


def _filter(
    records: list[Record],
    window: _Window,
    wanted: Mapping[str, str | None],
    when: Callable[[Record], str] = _timestamp,
) -> list[Record]:
    """Every record of the window with the ``wanted`` values, newest first (for the volume summaries)."""
    return [records[i] for i in _positions(records, window, wanted, when)]


def _page(
    request: httpx.Request,
    records: Sequence[Record],
    positions: Positions,
    window: _Window,
    shown: Callable[[Record], Record] = lambda record: record,
) -> httpx.Response:
    """The window's page of ``records`` at ``positions``; only the records up to the page's end are read."""
    offset = (window.page - 1) * window.size
    if isinstance(positions, Sequence):
        chosen, more = page_slice(positions, offset, window.size)
    else:
        taken = list(islice(positions, offset + window.size + 1))
        chosen, more = taken[offset : offset + window.size], len(taken) > offset + window.size
    body: dict[str, Any] = {"data": [shown(records[i]) for i in chosen]}
    if more:
        body["nextPage"] = _next_link(request, window.query, window.page + 1)
    return json_response(200, body)


def _next_link(request: httpx.Request, query: httpx.QueryParams, page: int) -> str:
    """The next page's path, with the query as sent and ``page`` replaced (``+`` left raw, as Zuora does)."""
    pairs = [(k, v) for k, v in query.multi_items() if k != "page"] + [("page", str(page))]
    return request.url.path + "?" + "&".join(f"{_encode(k)}={_encode(v)}" for k, v in pairs)


def _encode(text: str) -> str:
    return quote(text.replace(" ", "+"), safe=":+{}/,")


def _counts(
    records: list[Record], keys: tuple[str, str], failed: Callable[[Record], bool]
) -> list[tuple[tuple[str, str], dict[str, int]]]:
    """``error``/``success``/``total`` per pair of ``keys``, ordered by the pair (as zuora-sdk documents)."""
    totals: dict[tuple[str, str], Counter[str]] = {}
    for record in records:
        pair = (str(record[keys[0]]), str(record[keys[1]]))
        totals.setdefault(pair, Counter())["error" if failed(record) else "success"] += 1
    return [
        (pair, {"error": n["error"], "success": n["success"], "total": n["error"] + n["success"]})
        for pair, n in sorted(totals.items())
    ]


def _sortable(value: Any) -> Any:
    """``http_status`` sorts as a number whether a record holds it as text (failures) or not (details)."""
    return int(value) if isinstance(value, str) and value.isdigit() else value


def _api_failed(record: Record) -> bool:
    return int(record["http_status"]) >= 400


def _payment_failed(record: Record) -> bool:
    return bool(record["payment_status"] == "Error")


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
