"""A sandbox of Workato's API platform (Developer API), for our tests and yours.

It keeps API collections, endpoints, v2 API clients and their keys, and the jobs of the recipes
behind the endpoints, in memory and answers as Workato documents: bearer API tokens,
``page``/``per_page`` (at most 100) pages, bare JSON arrays for collections and endpoints,
``{"data","count","page","per_page"}`` for v2 lists, working create/enable/disable/refresh calls,
recipe jobs walked by ``offset_job_id``, ``{"message"}`` error bodies and 400
``{"message","errors"}`` for validation failures (specs/workato/SOURCES.md has the sources). It also
makes the API request log CSV that Workato's UI exports (``api_logs_csv()``), which has no API:
the rows and cells of :mod:`failtrail_workato.lib.exports`, so there is one generator of them.

    sandbox = WorkatoSandbox(records=120, seed=1)
    client = httpx.Client(base_url="https://www.workato.com/api", transport=sandbox.transport())

Run ``python -m failtrail_workato.lib.sandbox --port 8080`` to serve it over HTTP.
"""

from __future__ import annotations

import csv
import io
import random
import re
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

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
    page_slice,
    random_hex,
    request_body,
    serve_forever_cli,
)

from .._rows import ApiLogRow
from ._columns import COLUMNS
from ._recipe_jobs import DEFAULT_PER_PAGE, STATUSES, JobQuery, job_list, seed_jobs
from .exports import format_row, request_log_rows

__all__ = ["FaultRule", "WorkatoSandbox"]

Record = dict[str, Any]

_MAX_PER_PAGE = 100
_PACIFIC = timezone(timedelta(hours=-7))  # Workato stamps its records in the workspace's zone
_WORKSPACE = "sandboxco"
_COLLECTIONS = ["Quote to cash", "Customer 360", "Order sync", "HR onboarding", "Invoice lookup", "Support tickets"]
_RESOURCES = ["customers", "orders", "invoices", "tickets", "contacts", "salesforce", "netsuite", "employees"]
_ACTIONS = [("GET", "search"), ("GET", ":id"), ("POST", "create"), ("PUT", ":id"), ("DELETE", ":id"), ("GET", "list")]
_CLIENTS = ["Customer Success Team", "Mobile app", "Partner portal", "Data warehouse", "Billing service"]
_AUTH_TYPES = ("token", "jwt", "oauth2", "oidc")  # workato-api-spec.yaml ApiClientCreateRequest; mTLS is a flag
_METHODS = frozenset({"get", "post", "put", "patch", "delete"})
DEFAULT_TOKEN = "sandbox-token"


class WorkatoSandbox(SeededSandbox):
    """Workato's API platform, seeded with ``records`` API endpoints over a few collections.

    ``records`` is the list of endpoints (what ``GET /api_endpoints`` pages through);
    ``collections``, ``clients`` and ``api_keys`` (by client id) are the rest of the state, and
    ``api_logs`` the request log rows, newest first, up to ``now`` (``api_logs_csv()`` writes them
    as Workato exports them); they are ``exports.request_log_rows(records * 2, seed)``'s rows.
    """

    base_path = "/api"

    def __init__(
        self,
        *,
        records: int = 100,
        seed: int = 0,
        now: datetime | None = None,
        days: float = 7.0,
        tokens: Sequence[str] = (DEFAULT_TOKEN,),
    ) -> None:
        super().__init__(seed=seed, now=now, days=days)
        self.tokens = TokenIssuer(static_tokens=tokens, missing=_unauthorized, invalid=_unauthorized)
        self.collections: list[Record] = []
        self.records: list[Record] = []
        self.clients: list[Record] = []
        self.api_keys: dict[int, list[Record]] = {}
        self._next_id = {"collection": 1361, "endpoint": 9903, "client": 201, "key": 5001}
        self._seed_state(records)
        recipes = sorted({e["flow_id"] for e in self.records if e["flow_id"] is not None})
        # A generator of its own, so the other records stay what they were before jobs existed.
        self.jobs: dict[int, list[Record]] = seed_jobs(random.Random(f"jobs-{seed}"), recipes, self.now, days)
        self.api_logs: list[ApiLogRow] = list(request_log_rows(records * 2, seed, latest=self.now.astimezone(_PACIFIC)))
        add = self.router.add
        add("GET", "/api/api_collections", self._list_collections)
        add("POST", "/api/api_collections", self._create_collection)
        add("GET", "/api/api_endpoints", self._list_endpoints)
        add("PUT", "/api/api_endpoints/{id}/enable", lambda request, params: self._switch(request, params, True))
        add("PUT", "/api/api_endpoints/{id}/disable", lambda request, params: self._switch(request, params, False))
        add("GET", "/api/v2/api_clients", self._list_clients)
        add("POST", "/api/v2/api_clients", self._create_client)
        add("GET", "/api/v2/api_clients/{id}/api_keys", self._list_keys)
        add("POST", "/api/v2/api_clients/{id}/api_keys", self._create_key)
        add("PUT", "/api/v2/api_clients/{id}/api_keys/{key_id}/refresh_secret", self._refresh_key)
        add("GET", "/api/recipes/{id}/jobs", self._list_jobs)

    def describe(self) -> list[str]:
        return [
            f"Authorization: Bearer <token>  (static: {self.tokens.shown_tokens([DEFAULT_TOKEN])})",
            f"{len(self.collections)} collections, {len(self.records)} endpoints, {len(self.clients)} clients, "
            f"{sum(map(len, self.jobs.values()))} jobs of {len(self.jobs)} recipes",
        ]

    def api_logs_csv(self) -> str:
        """The request logs as the UI's "Download results" CSV (an empty cell is a null), without the BOM."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([column.header for column in COLUMNS])
        writer.writerows(format_row(row) for row in self.api_logs)
        return out.getvalue()

    # -- the vendor's envelope --------------------------------------------------------------------

    def error_response(self, request: httpx.Request, status: int, message: str | None = None) -> httpx.Response:
        defaults = {404: "Not found", 429: "Too many requests", 500: "Server error"}
        body: Record = {"message": message or defaults.get(status, httpx.codes.get_reason_phrase(status))}
        if status >= 500:
            body["id"] = secrets.token_hex(8)
        return json_response(status, body)

    def _authorize(self, request: httpx.Request) -> None:
        self.tokens.authorize(request)

    def _paging(self, request: httpx.Request) -> tuple[int, int]:
        def refuse(bad: BadInt) -> httpx.Response:
            if bad.value is None:
                message = f"{bad.name} must be an integer"
            elif bad.value < 1:
                message = f"{bad.name} must be greater than 0"
            else:
                message = f"{bad.name} must be less than or equal to {bad.high}"
            return self.error_response(request, 400, message)

        page = int_param(request, "page", 1, 1, None, refuse)
        return page, int_param(request, "per_page", _MAX_PER_PAGE, 1, _MAX_PER_PAGE, refuse)

    def _json_body(self, request: httpx.Request) -> Record:
        try:
            body = orjson.loads(request_body(request) or b"{}")
        except orjson.JSONDecodeError:
            raise Refused(self.error_response(request, 400, "The request body is not valid JSON")) from None
        if not isinstance(body, dict):
            raise Refused(self.error_response(request, 400, "The request body must be a JSON object"))
        return body

    # -- API collections and endpoints ----------------------------------------------------------------

    def _list_collections(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        return json_response(200, _slice(self.collections, *self._paging(request)))

    def _create_collection(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        """Only ``name`` is required (workato-api-spec.yaml ApiCollectionCreateRequest); a JSON number as
        ``project_id`` is refused (workato-devs/wk api_collections.go: "Must be a String")."""
        self._authorize(request)
        body = self._json_body(request)
        spec = body.get("openapi_spec")
        errors = _collection_errors(body)
        operations: list[tuple[str, str, str]] | None = []
        if not errors and isinstance(spec, dict):
            operations = _spec_operations(spec["content"], spec["format"])
            if operations is None:
                errors["openapi_spec"] = ["is invalid"]
        if errors or operations is None:
            return _validation_failed(errors)
        proxy = body.get("proxy_connection_id") is not None
        collection = self._add_collection(body["name"].strip(), body.get("project_id"), seeded=False)
        for method, path, name in operations:  # imported endpoints start disabled
            flow_id = None if proxy else self.rng.randint(10000, 99999)
            self._add_endpoint(collection, method, path, name, flow_id, seeded=False)
        if spec is None:
            return json_response(200, collection)
        imported = {"success": True, "total_endpoints": len(operations), "failed_endpoints": 0, "failed_actions": []}
        return json_response(200, collection | {"message": "Import completed successfully", "import_results": imported})

    def _list_endpoints(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        page, per_page = self._paging(request)
        raw = request.url.params.get("api_collection_id")
        endpoints = self.records
        if raw is not None:
            try:
                wanted = int(raw)
            except ValueError:
                raise Refused(self.error_response(request, 400, "api_collection_id must be an integer")) from None
            endpoints = [e for e in endpoints if e["api_collection_id"] == wanted]
        return json_response(200, _slice(endpoints, page, per_page))

    def _switch(self, request: httpx.Request, params: dict[str, str], active: bool) -> httpx.Response:
        self._authorize(request)
        endpoint = next((e for e in self.records if str(e["id"]) == params["id"]), None)
        if endpoint is None:
            return self.error_response(request, 404)
        if endpoint["active"] != active:
            endpoint["active"] = active
            endpoint["updated_at"] = _stamp(datetime.now(UTC))
        return json_response(200, {"success": True})

    # -- API clients and keys -----------------------------------------------------------------------

    def _list_clients(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        """``project_id`` and ``cert_bundle_ids`` filter (workato-api-spec.yaml list_api_clients).

        ``cert_bundle_ids`` is read as Workato's own client sends it, the name once per ID (collection
        format ``multi``; specs/workato/SOURCES.md), every ID counting. How Workato's server parses the
        array is not open source, so the Rails-style ``cert_bundle_ids[]`` is accepted as well."""
        self._authorize(request)
        page, per_page = self._paging(request)
        clients = self.clients
        raw_project = request.url.params.get("project_id")
        if raw_project is not None:
            project = self._int_or_400(request, "project_id", raw_project)
            clients = [c for c in clients if c["project_id"] == project]
        query = request.url.params
        raw_bundles = query.get_list("cert_bundle_ids") + query.get_list("cert_bundle_ids[]")
        if raw_bundles:
            bundles = {self._int_or_400(request, "cert_bundle_ids", raw) for raw in raw_bundles}
            clients = [c for c in clients if bundles & set(c["cert_bundle_ids"] or ())]
        data = _slice(clients, page, per_page)
        return json_response(200, {"data": data, "count": len(clients), "page": page, "per_page": per_page})

    def _int_or_400(self, request: httpx.Request, name: str, raw: str) -> int:
        try:
            return int(raw)
        except ValueError:
            raise Refused(self.error_response(request, 400, f"{name} must be an integer")) from None

    def _create_client(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        body = self._json_body(request)
        errors = _client_errors(body, {c["id"] for c in self.collections})
        if errors:
            return _validation_failed(errors)
        wanted = set(body["api_collection_ids"])
        client = self._add_client(
            body["name"].strip(),
            body["auth_type"],
            [c for c in self.collections if c["id"] in wanted],
            description=body.get("description"),
            email=body.get("email"),
            project_id=body.get("project_id"),
            seeded=False,
        )
        client["mtls_enabled"] = bool(body.get("mtls_enabled", False))
        return json_response(200, {"data": client})

    def _client(self, request: httpx.Request, client_id: str) -> Record:
        client = next((c for c in self.clients if str(c["id"]) == client_id), None)
        if client is None:
            raise Refused(self.error_response(request, 404))
        return client

    def _list_keys(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        page, per_page = self._paging(request)
        keys = self.api_keys[self._client(request, params["id"])["id"]]
        # Tokens show on creation and refresh only; "subsequent reads omit it" (workato-devs/wk types.go).
        data = [{k: v for k, v in key.items() if k != "auth_token"} for key in _slice(keys, page, per_page)]
        return json_response(200, {"data": data, "count": len(keys), "page": page, "per_page": per_page})

    def _create_key(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        self._authorize(request)
        client = self._client(request, params["id"])
        body = self._json_body(request)
        errors: dict[str, list[str]] = {}
        if not isinstance(body.get("name"), str) or not body["name"].strip():
            errors["name"] = ["can't be blank"]
        if not isinstance(body.get("active"), bool):
            errors["active"] = ["is not included in the list"]
        for field in ("ip_allow_list", "ip_deny_list"):
            if field in body and not (isinstance(body[field], list) and all(isinstance(i, str) for i in body[field])):
                errors[field] = ["must be a list of IP addresses or CIDR ranges"]
        if errors:
            return _validation_failed(errors)
        key = self._add_key(client, body["name"].strip(), body["active"], seeded=False)
        key["ip_allow_list"] = body.get("ip_allow_list")
        key["ip_deny_list"] = body.get("ip_deny_list")
        return json_response(200, {"data": key})

    def _refresh_key(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        """A new token for the key, in the answer (workato-api-spec.yaml refresh_api_key_secret)."""
        self._authorize(request)
        client = self._client(request, params["id"])
        key = next((k for k in self.api_keys[client["id"]] if str(k["id"]) == params["key_id"]), None)
        if key is None:
            return self.error_response(request, 404)
        key["auth_token"] = random_hex(self.rng, 64)
        return json_response(200, {"data": key})

    # -- recipe jobs ----------------------------------------------------------------------------------

    def _list_jobs(self, request: httpx.Request, params: dict[str, str]) -> httpx.Response:
        """docs.workato.com/workato-api/jobs.html "List jobs from a recipe"; see :mod:`._recipe_jobs`."""
        self._authorize(request)
        jobs = self.jobs.get(int(params["id"])) if params["id"].isdigit() else None
        if jobs is None:
            return self.error_response(request, 404)
        query = self._job_query(request)
        answer = job_list(jobs, query)
        if answer is None:
            return self.error_response(request, 400, "offset_job_id is not a job of this recipe")
        return json_response(200, answer)

    def _job_query(self, request: httpx.Request) -> JobQuery:
        found = request.url.params

        def flag(name: str) -> bool:
            raw: str = found.get(name, "false")
            if raw not in ("true", "false"):
                raise Refused(self.error_response(request, 400, f"{name} must be true or false"))
            return raw == "true"

        def refuse(bad: BadInt) -> httpx.Response:
            return self.error_response(request, 400, f"{bad.name} must be a positive integer")

        status = found.get("status")
        if status is not None and status not in STATUSES:
            raise Refused(_validation_failed({"status": ["is not included in the list"]}))
        return JobQuery(
            offset_job_id=found.get("offset_job_id"),
            prev=flag("prev"),
            status=status,
            rerun_only=flag("rerun_only"),
            per_page=int_param(request, "per_page", DEFAULT_PER_PAGE, 1, None, refuse),
        )

    # -- state ------------------------------------------------------------------------------------------

    def _new_id(self, kind: str) -> int:
        self._next_id[kind] += 1
        return self._next_id[kind]

    def _seed_state(self, records: int) -> None:
        rng = self.rng
        for number in range(max(1, records // 6)):
            name = _COLLECTIONS[number % len(_COLLECTIONS)] + (
                f" {number // len(_COLLECTIONS) + 1}" if number >= 6 else ""
            )
            project = str(rng.randint(100000, 999999))
            # Live answers carry project_id as a number or null too (workato-platform-cli d894635).
            self._add_collection(name, None if number == 2 else int(project) if number % 3 == 1 else project)
        for number in range(records):
            collection = self.collections[number % len(self.collections)]
            method, action = rng.choice(_ACTIONS)
            resource = rng.choice(_RESOURCES)
            flow_id = rng.randint(10000, 99999) if rng.random() < 0.85 else None
            self._add_endpoint(collection, method, f"{resource}/{action}", f"{resource} {action.strip(':')}", flow_id)
        for number in range(max(2, records // 10)):
            chosen = rng.sample(self.collections, k=min(len(self.collections), rng.randint(1, 3)))
            name = _CLIENTS[number % len(_CLIENTS)] + (f" {number // len(_CLIENTS) + 1}" if number >= 5 else "")
            project = chosen[0]["project_id"]
            client = self._add_client(
                name,
                rng.choice(_AUTH_TYPES[:3]),
                chosen,
                email=f"client{number}@example.com",
                project_id=int(project) if project is not None else None,
            )
            client["cert_bundle_ids"] = [31 + number % 3] if number % 2 else []
            if number == 1:  # "API can return null" for both (workato-platform-cli d894635)
                client["api_policies"] = client["api_collections"] = None
            for key_number in range(rng.randint(1, 3)):
                self._add_key(client, f"{name} key {key_number + 1}", rng.random() < 0.8)

    def _created(self, seeded: bool) -> str:
        """Seeded state is older than the logs; what a call creates is stamped with the wall clock."""
        if seeded:
            return _stamp(self.now - timedelta(seconds=self.rng.uniform(self.days * 86400, 400 * 86400)))
        return _stamp(datetime.now(UTC))

    def _add_collection(self, name: str, project_id: object, *, seeded: bool = True) -> Record:
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") + "-v1"
        stamp = self._created(seeded)
        collection: Record = {
            "id": self._new_id("collection"),
            "name": name,
            "project_id": project_id if isinstance(project_id, int | str) else None,
            "version": "1.0",
            "url": f"https://apim.workato.com/{_WORKSPACE}/{slug}",
            "api_spec_url": f"https://www.workato.com/doc/service/{slug}/swagger?token={random_hex(self.rng, 32)}",
            "created_at": stamp,
            "updated_at": stamp,
        }
        self.collections.append(collection)
        return collection

    def _add_endpoint(
        self, collection: Record, method: str, path: str, name: str, flow_id: int | None, *, seeded: bool = True
    ) -> None:
        stamp = self._created(seeded)
        self.records.append(
            {
                "id": self._new_id("endpoint"),
                "api_collection_id": collection["id"],
                "flow_id": flow_id,
                "name": name,
                "method": method,
                "url": f"{collection['url']}/{path}",
                "legacy_url": None,
                "base_path": f"/{collection['url'].split('/', 3)[3]}/{path}",
                "path": path,
                "active": seeded and self.rng.random() < 0.8,
                "legacy": False,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )

    def _add_client(
        self,
        name: str,
        auth_type: str,
        collections: list[Record],
        *,
        description: str | None = None,
        email: str | None = None,
        project_id: object = None,
        seeded: bool = True,
    ) -> Record:
        stamp = self._created(seeded)
        client: Record = {
            "id": self._new_id("client"),
            "name": name,
            "description": description,
            "project_id": project_id if isinstance(project_id, int | str) else None,
            "active_api_keys_count": 0,
            "total_api_keys_count": 0,
            "created_at": stamp,
            "updated_at": stamp,
            "logo": None,
            "logo_2x": None,
            "is_legacy": False,
            "email": email,
            "auth_type": auth_type,
            "api_token": None,
            "mtls_enabled": False,
            "validation_formula": None,
            "cert_bundle_ids": [],
            "api_policies": [{"id": 11, "name": "Default policy"}],
            "api_collections": [{"id": c["id"], "name": c["name"]} for c in collections],
        }
        self.clients.append(client)
        self.api_keys[client["id"]] = []
        return client

    def _add_key(self, client: Record, name: str, active: bool, *, seeded: bool = True) -> Record:
        key: Record = {
            "id": self._new_id("key"),
            "name": name,
            "auth_type": client["auth_type"],
            "ip_allow_list": None,
            "ip_deny_list": None,
            "active": active,
            "active_since": self._created(seeded) if active else None,
            "auth_token": random_hex(self.rng, 64),
        }
        self.api_keys[client["id"]].append(key)
        client["total_api_keys_count"] += 1
        client["active_api_keys_count"] += int(active)
        return key


# -- helpers ----------------------------------------------------------------------------------------


def _unauthorized() -> httpx.Response:
    return json_response(401, {"message": "Unauthorized"})


def _stamp(moment: datetime) -> str:
    return moment.astimezone(_PACIFIC).isoformat(timespec="milliseconds")


def _slice(items: list[Record], page: int, per_page: int) -> list[Record]:
    return page_slice(items, (page - 1) * per_page, per_page)[0]


def _client_errors(body: Record, collection_ids: set[int]) -> dict[str, list[str]]:
    """Workato's validation of a v2 API client, field by field."""
    errors: dict[str, list[str]] = {}
    if not isinstance(body.get("name"), str) or not body["name"].strip():
        errors["name"] = ["can't be blank"]
    ids = body.get("api_collection_ids")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, int) for i in ids):
        errors["api_collection_ids"] = ["can't be blank"]
    elif unknown := sorted(set(ids) - collection_ids):
        errors["api_collection_ids"] = [f"contains unknown ids: {', '.join(map(str, unknown))}"]
    auth_type = body.get("auth_type")
    if auth_type not in _AUTH_TYPES:
        errors["auth_type"] = ["is not included in the list"]
    if auth_type == "jwt" and not (body.get("jwt_method") in ("hmac", "rsa") and body.get("jwt_secret")):
        errors["jwt_secret"] = ["can't be blank"]
    if auth_type in ("oidc", "oauth2") and not (body.get("oidc_issuer") or body.get("oidc_jwks_uri")):
        errors["oidc_issuer"] = ["can't be blank"]
    if body.get("api_portal_id") and not body.get("email"):  # "required if api_portal_id provided"
        errors["email"] = ["can't be blank"]
    if "project_id" in body and (not isinstance(body["project_id"], int) or isinstance(body["project_id"], bool)):
        errors["project_id"] = ["must be an integer"]
    return errors


def _collection_errors(body: Record) -> dict[str, list[str]]:
    """Workato's validation of a new API collection, field by field."""
    errors: dict[str, list[str]] = {}
    if not isinstance(body.get("name"), str) or not body["name"].strip():
        errors["name"] = ["can't be blank"]
    project = body.get("project_id")
    if project is not None and not isinstance(project, str):
        errors["project_id"] = ["Must be a String"]
    elif isinstance(project, str) and not project.isdigit():
        errors["project_id"] = ["is invalid"]
    spec = body.get("openapi_spec")
    if spec is None:
        return errors
    if not isinstance(spec, dict) or not isinstance(spec.get("content"), str):
        errors["openapi_spec"] = ["can't be blank"]
    elif spec.get("format") not in ("json", "yaml"):
        errors["openapi_spec.format"] = ["is not included in the list"]
    return errors


def _validation_failed(errors: dict[str, list[str]]) -> httpx.Response:
    """Workato's create calls answer 400 with ``ValidationError`` (workato-api-spec.yaml BadRequestError)."""
    return json_response(400, {"message": "Validation failed", "errors": errors})


def _spec_operations(content: str, fmt: str) -> list[tuple[str, str, str]] | None:
    """(method, Workato path, name) of each operation in an OpenAPI document, or None if unreadable."""
    return _json_operations(content) if fmt == "json" else _yaml_operations(content)


def _json_operations(content: str) -> list[tuple[str, str, str]] | None:
    try:
        document = orjson.loads(content)
    except orjson.JSONDecodeError:
        return None
    paths = document.get("paths") if isinstance(document, dict) else None
    if not isinstance(paths, dict):
        return None
    found: list[tuple[str, str, str]] = []
    for path, operations in paths.items():
        for method, operation in operations.items() if isinstance(operations, dict) else ():
            if method in _METHODS and isinstance(operation, dict):
                found.append((method.upper(), _workato_path(path), operation.get("summary") or f"{method} {path}"))
    return found


def _yaml_operations(content: str) -> list[tuple[str, str, str]] | None:
    """The ``paths`` block read with an indentation scanner: no YAML library at run time."""
    found: list[tuple[str, str, str]] = []
    path: str | None = None
    in_paths = seen_paths = False
    for line in content.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not line[0].isspace():
            in_paths = stripped == "paths:"
            seen_paths = seen_paths or in_paths
            continue
        key = stripped.rstrip(":").strip("'\"")
        if in_paths and stripped.endswith(":") and key.startswith("/"):
            path = key
        elif in_paths and path and stripped.endswith(":") and key in _METHODS:
            found.append((key.upper(), _workato_path(path), f"{key} {path}"))
    return found if seen_paths else None


def _workato_path(path: str) -> str:
    """OpenAPI's ``/orders/{id}`` is Workato's ``orders/:id``."""
    return re.sub(r"\{([^}]+)\}", r":\1", path).strip("/")


if __name__ == "__main__":
    serve_forever_cli(WorkatoSandbox)
