"""UNSET stays the one UNSET through copies and pickling: a copied request model sends what the original does."""

from __future__ import annotations

import copy
import pickle

import httpx
from failtrail_core import UNSET
from failtrail_workato import Client
from failtrail_workato.api.api_clients import create_api_client
from failtrail_workato.models import ApiClientAuthType, CreateApiClientRequest


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
