"""What the contract tests need to know of each vendor: its sandbox, spec and credentials."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import requests
from failtrail_citrix.lib.sandbox import CitrixSandbox
from failtrail_vinyldns.lib.sandbox import VinylDNSSandbox
from failtrail_workato.lib.sandbox import WorkatoSandbox
from failtrail_zitadel.lib.sandbox import ZitadelSandbox
from failtrail_zuora.lib.sandbox import ZuoraSandbox

from tests.conftest import ROOT, botocore_sign


class SigV4(requests.auth.AuthBase):
    """VinylDNS's signature for a ``requests`` call (schemathesis sends with requests), by botocore.

    The spec makes ``Authorization`` a header the case carries; a case that leaves it out on purpose
    (a negative case) goes out unsigned, so that the sandbox's refusal is what gets checked.
    """

    def __init__(self, access_key: str = "sandbox-access-key", secret_key: str = "sandbox-secret-key") -> None:
        self._access_key = access_key
        self._secret_key = secret_key

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if "Authorization" not in request.headers:
            return request
        assert request.method is not None and request.url is not None
        request.headers.update(
            botocore_sign(
                request.method,
                request.url,
                request.headers,
                request.body,
                access_key=self._access_key,
                secret_key=self._secret_key,
            )
        )
        return request


class Served(Protocol):
    @property
    def url(self) -> str: ...

    @property
    def base_url(self) -> str: ...


class AnySandbox(Protocol):
    """Each package's sandbox (each package carries its own copy of the core, so no common class)."""

    def serve(self) -> AbstractContextManager[Served]: ...


@dataclass(frozen=True)
class Vendor:
    name: str
    sandbox: Callable[[], AnySandbox]
    headers: dict[str, str] = field(default_factory=dict)
    parameters: dict[str, str] = field(default_factory=dict)  # fixed values: the account's own ids
    auth: Callable[[], requests.auth.AuthBase] | None = None
    # Why schema-valid data may still be refused (a rule across parameters JSON Schema cannot say),
    # which turns schemathesis' positive_data_acceptance check off; None keeps it on.
    cross_parameter_rules: str | None = None
    # operationId -> why the vendor's server accepts data the spec calls invalid (it never reads it),
    # which turns schemathesis' negative_data_rejection check off for that operation alone.
    accepts_anything: dict[str, str] = field(default_factory=dict)

    @property
    def spec(self) -> Path:
        return ROOT / "specs" / self.name / "openapi.yaml"


VENDORS = {
    vendor.name: vendor
    for vendor in (
        Vendor(
            "zuora",
            lambda: ZuoraSandbox(records=60, seed=5, rate_limit=10**9),
            {"Authorization": "Bearer sandbox-token"},
            cross_parameter_rules="startTime <= endTime, both in one offset, a real calendar date (400 otherwise)",
        ),
        Vendor(
            "citrix",
            lambda: CitrixSandbox(records=60, seed=5),
            {"Authorization": "CwsAuth Bearer=sandbox-token"},
            {
                "header.Citrix-CustomerId": "sandboxcust",
                "header.Citrix-InstanceId": "22ded57c-0306-47e4-b6e8-fed6252759e1",
            },
            cross_parameter_rules="ContinuationToken is one the API gave for the same time range; ConfigLog's days and"
            " searchDateOption exclude each other",
        ),
        Vendor(
            "vinyldns",
            lambda: VinylDNSSandbox(records=60, seed=5),
            # startFrom fixed: the server never checks its range (R/RecordSetRouting.scala:305, ZoneRouting.scala:212:
            # a negative one reads as 0; BatchChangeRouting.scala:77: a negative SQL OFFSET, a 500), while the spec
            # (and so the client) keeps it >= 0. The sandbox tests cover both answers.
            parameters={"query.startFrom": "0"},
            auth=SigV4,
            accepts_anything={
                # akka's parameter directive reads an empty value ("maxItems=") as absent (NoContentException ->
                # the default); the malformed and out-of-range 400s are covered by tests/sandboxes.
                operation: "an empty maxItems or startFrom is read as absent"
                for operation in ("listRecordSetChangeFailures", "listZoneChangeFailures", "listBatchChangeSummaries")
            },
        ),
        Vendor(
            "workato",
            lambda: WorkatoSandbox(records=60, seed=5),
            {"Authorization": "Bearer sandbox-token"},
            cross_parameter_rules="an imported OpenAPI document must be readable; a client's auth_type and its "
            "fields go together; names may not be blank",
        ),
        Vendor(
            "zitadel",
            lambda: ZitadelSandbox(records=30, seed=5),
            {"Authorization": "Bearer sandbox-token"},
            cross_parameter_rules="failed_sequence must fit a uint64; ListEvents' from and range exclude each other",
            accepts_anything={
                # zitadel/zitadel proto/zitadel/admin.proto: ListFailedEvents maps no body, so the gateway drops it
                "ListFailedEvents": "the request body is never read",
                # protojson reads null as unset (google.golang.org/protobuf encoding/protojson)
                "ListEvents": "null fields are read as unset",
            },
        ),
    )
}
