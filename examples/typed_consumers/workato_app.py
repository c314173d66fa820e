# pyright: strict
"""Workato: the API platform's endpoints, and the failed requests of a request-log export."""

from __future__ import annotations

from pathlib import Path

from failtrail_workato import SERVERS, Client
from failtrail_workato.api.api_endpoints import list_api_endpoints
from failtrail_workato.lib import read_request_logs


def endpoints(token: str) -> dict[int, str]:
    paths: dict[int, str] = {}
    with Client(SERVERS["US_DATA_CENTER"], token=token) as workato:
        for endpoint in list_api_endpoints.sync(client=workato, per_page=100):
            print(endpoint.id, endpoint.method, endpoint.path, "on" if endpoint.active else "off")
            paths[endpoint.id] = str(endpoint.path)
    return paths


def failed_requests(export: Path) -> int:
    failed = 0
    with read_request_logs(export) as logs:
        for row in logs:
            if row.code >= 400:
                failed += 1
                print(row.date.isoformat(), row.code, row.gateway_code, row.status_details, row.endpoint)
        for bad in logs.bad_rows:
            print(f"line {bad.line}: {bad.message}")
    return failed
