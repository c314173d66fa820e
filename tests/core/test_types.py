"""Optional fields and copies: a None optional field is left out of what is sent, absent and null both read
None, and a copied or unpickled request model sends what the original does.

Models no longer hold UNSET; gen_v1 still provides it (code generated against revision 1 imports it,
and ``from_dict`` uses it for a missing key), so it must stay one object through copies and pickling.
"""

from __future__ import annotations

import copy
import pickle

import httpx
from failtrail_core.gen_v1 import UNSET
from failtrail_workato import Client
from failtrail_workato.api.api_clients import create_api_client
from failtrail_workato.models import ApiClientAuthType, CreateApiClientRequest
from failtrail_zuora.models import ApiFailureRecord, ApiFailureRecordsPage


def test_unset_survives_copy_deepcopy_and_pickle() -> None:
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET


def test_a_deep_copied_request_model_is_sent_like_the_original() -> None:
    original = CreateApiClientRequest(name="n", api_collection_ids=[1], auth_type=ApiClientAuthType.TOKEN)
    sent: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(200, json={"data": {"id": 1, "name": "n"}})

    with Client("http://workato.test", token="t", transport=httpx.MockTransport(answer)) as client:
        for body in (original, copy.deepcopy(original), pickle.loads(pickle.dumps(original))):
            create_api_client.sync_detailed(client=client, body=body)
    assert sent[0] == sent[1] == sent[2] == b'{"name":"n","api_collection_ids":[1],"auth_type":"token"}'


def test_an_optional_field_reads_none_when_absent_or_a_declared_null_and_is_left_out_when_none() -> None:
    absent = ApiFailureRecord.from_dict({"timestamp": "2025-01-02T03:04:05Z"})
    assert (absent.http_status, absent.api, absent.additional_properties) == (None, None, {})
    assert absent.to_dict() == {"timestamp": "2025-01-02T03:04:05+00:00"}
    given = ApiFailureRecord.from_dict({"timestamp": "2025-01-02T03:04:05Z", "http_status": 429})
    assert given.to_dict()["http_status"] == 429
    # nextPage is nullable in the spec: null and absent are the same None, and neither goes back out.
    null, left_out = (
        ApiFailureRecordsPage.from_dict({"data": [], "nextPage": None}),
        ApiFailureRecordsPage.from_dict({"data": []}),
    )
    assert null.next_page is None and left_out.next_page is None
    assert null.to_dict() == left_out.to_dict() == {"data": []}
