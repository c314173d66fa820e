"""Secrets the specs mark (x-failtrail-secret) never appear in a repr, nor in data written out for people."""

from __future__ import annotations

from typing import Any

from failtrail_vinyldns.models import RecordSetChange
from failtrail_workato import Client as WorkatoClient
from failtrail_workato.api.api_keys import create_api_key
from failtrail_workato.models import CreateApiKeyRequest
from failtrail_zuora import Client as ZuoraClient
from failtrail_zuora.api.oauth import create_token
from failtrail_zuora.models import TokenRequest, TokenRequestGrantType

from tests.conftest import LocalServer, Reply, documented_example

CANARY = "canary-8f3a1c-secret"


def test_the_raw_response_of_the_token_operation_shows_no_token(server: LocalServer) -> None:
    server.handler = lambda seen: Reply(200, {"access_token": CANARY, "token_type": "bearer", "expires_in": 3599})
    body = TokenRequest(client_id="c", client_secret=CANARY, grant_type=TokenRequestGrantType.CLIENT_CREDENTIALS)
    with ZuoraClient(server.url, token="t") as c:
        response = create_token.sync_detailed(client=c, body=body)
    assert response.parsed is not None and response.parsed.access_token == CANARY  # the value is there to use
    shown = repr(response)
    assert CANARY not in shown
    assert f"content=<{len(response.content)} bytes>" in shown and "access_token='<redacted>'" in shown


def test_a_created_api_key_is_not_shown(server: LocalServer) -> None:
    key = {"id": 1, "name": "k", "active": True, "auth_token": CANARY}
    server.handler = lambda seen: Reply(200, {"data": key})
    with WorkatoClient(server.url, token="t") as c:
        response = create_api_key.sync_detailed(7, client=c, body=CreateApiKeyRequest(name="k", active=True))
    assert response.parsed is not None
    assert CANARY not in repr(response) and CANARY not in repr(response.parsed)
    assert response.parsed.to_redacted_dict()["data"]["auth_token"] == "<redacted>"
    assert response.parsed.to_dict()["data"]["auth_token"] == CANARY  # to_dict keeps it, for requests


def test_nested_zone_connection_keys_are_redacted_for_output() -> None:
    # VinylDNS's documented record set change: its zone's connection and transferConnection carry TSIG keys.
    raw: dict[str, Any] = documented_example(
        "vinyldns", "/metrics/health/zones/{zoneId}/recordsetchangesfailure", "get"
    )["failedRecordSetChanges"][2]
    keys = [raw["zone"][name]["key"] for name in ("connection", "transferConnection")]
    change = RecordSetChange.from_dict(raw)
    shown = change.to_redacted_dict()
    assert shown["zone"]["connection"]["key"] == shown["zone"]["transferConnection"]["key"] == "<redacted>"
    assert shown["zone"]["connection"]["keyName"] == raw["zone"]["connection"]["keyName"]  # only the secret goes
    text = repr(change) + str(shown)
    assert not any(key in text for key in keys)
    assert change.to_dict()["zone"]["connection"]["key"] == keys[0]


def test_only_the_fields_that_can_hold_a_secret_are_looked_into() -> None:
    # The generation step worked them out from the spec: a record set holds no TSIG key, a zone does.
    from failtrail_vinyldns.models import RecordSet, Zone

    assert RecordSetChange._secret_holders == {"zone": "zone"}
    assert Zone._secret_holders == {"connection": "connection", "transferConnection": "transfer_connection"}
    assert RecordSet._secret_holders == {}


def test_a_model_without_declared_holders_has_every_field_looked_into() -> None:
    # A model generated before _secret_holders existed: redact_secrets still finds a secret at any depth.
    from failtrail_core.gen_v1 import redact_secrets

    class Inner:
        _json_fields = {"key": "key"}
        _secret_fields = frozenset({"key"})

        def __init__(self) -> None:
            self.key = CANARY

    class Outer:
        _json_fields = {"inner": "inner", "items": "items"}
        _secret_fields: frozenset[str] = frozenset()

        def __init__(self) -> None:
            self.inner = Inner()
            self.items = [Inner()]

    shown = redact_secrets(Outer(), {"inner": {"key": CANARY}, "items": [{"key": CANARY}]})
    assert shown == {"inner": {"key": "<redacted>"}, "items": [{"key": "<redacted>"}]}
