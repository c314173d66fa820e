"""Arguments checked before anything is sent: patterns match the whole value (``$`` alone lets a trailing
newline through), and header values are printable ASCII (a CR/LF would split the header)."""

from __future__ import annotations

import httpx
import pytest
from failtrail_core import RequestValidationError
from failtrail_core._base_client import BaseClient
from failtrail_core._operations import Operation, Param

# A Zuora-Track-Id-like header (specs/zuora/openapi.yaml: at most 64 US-ASCII characters without : ; " ')
# and a sort with an anchored pattern, as the generated _spec.py declares them.
TRACK = Param("Track-Id", "header", "track_id", pattern="^[\\x20-\\x21\\x23-\\x26\\x28-\\x39\\x3C-\\x7E]*$")
SORT = Param("sort", "query", "sort", pattern="^[+-]?(latency|timestamp)$")
TAG = Param("X-Tag", "header", "tag")  # no pattern in the spec: the header rules alone
KEY = Param("X-Key", "header", "key", secret=True)
OP = Operation("listThings", "GET", "/things", params=(TRACK, SORT, TAG, KEY))


class Things(BaseClient):
    _package = "failtrail_things"
    _version = "0"


@pytest.fixture
def client() -> Things:
    return Things(base_url="http://things.test")


@pytest.mark.parametrize(("name", "value"), [("Track-Id", "abc\n"), ("sort", "latency\n"), ("sort", "-latency\n")])
def test_a_trailing_newline_does_not_pass_an_anchored_pattern(client: Things, name: str, value: str) -> None:
    with pytest.raises(RequestValidationError) as caught:
        client.build_request(OP, {name: value})
    assert (caught.value.parameter, caught.value.rule) == (name, "pattern")


def test_values_that_fully_match_go_out_as_given(client: Things) -> None:
    request = client.build_request(OP, {"Track-Id": "run 42", "sort": "-latency"})
    assert (request.headers["track-id"], request.url.query) == ("run 42", b"sort=-latency")


@pytest.mark.parametrize("value", ["a\r\nX-Evil: 1", "a\nb", "caf\u00e9", "nul\x00"])
def test_a_header_value_that_is_not_printable_ascii_is_refused(client: Things, value: str) -> None:
    with pytest.raises(RequestValidationError) as caught:
        client.build_request(OP, {"X-Tag": value})
    assert (caught.value.parameter, caught.value.rule) == ("X-Tag", "header-value")


def test_a_secret_header_value_is_never_shown_when_refused(client: Things) -> None:
    with pytest.raises(RequestValidationError) as caught:
        client.build_request(OP, {"X-Key": "s3cr\u00eat"})
    assert "s3cr" not in str(caught.value) and "\u00ea" not in str(caught.value)


def test_extra_headers_and_client_headers_are_held_to_the_same_rule(client: Things) -> None:
    with pytest.raises(RequestValidationError, match="X-Extra"):
        client.build_request(OP, {}, extra_headers={"X-Extra": "one\r\ntwo"})
    with pytest.raises(RequestValidationError, match="X-Default"):
        Things(base_url="http://things.test", headers={"X-Default": "\u00fcber"})


# -- array parameters: OpenAPI 3 style/explode, as the generated _spec.py declares them -----------------------

IDS = Param("ids", "query", "ids", kind="array", item_kind="integer", style="form", explode=True, maximum=99)
CSV = Param("tags", "query", "tags", kind="array", item_kind="string", style="form", pattern="^[a-z,]+$")
PIPES = Param("codes", "query", "codes", kind="array", item_kind="string", style="pipeDelimited", enum=("a|b", "c"))
SHORT = Param("few", "query", "few", kind="array", item_kind="integer", style="form", explode=True, max_items=2)
LISTS = Operation("listLists", "GET", "/lists", params=(IDS, CSV, PIPES, SHORT, SORT))


def test_an_exploded_form_array_repeats_its_name_once_per_item_on_the_wire() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    with Things(base_url="http://things.test", transport=httpx.MockTransport(answer)) as client:
        client.send(client.build_request(LISTS, {"ids": [31, 7, 31], "sort": "latency"}), retryable=True)
    assert seen[0].url.query == b"ids=31&ids=7&ids=31&sort=latency"


def test_an_array_without_explode_is_one_value_joined_by_its_styles_separator(client: Things) -> None:
    request = client.build_request(LISTS, {"tags": ("a", "b"), "codes": ["c", "c"]})
    # "a,b" form-encoded by httpx (the comma as %2C, which every form decoder reads back as ",").
    assert request.url.query == b"tags=a%2Cb&codes=c%7Cc"


def test_an_empty_exploded_array_sends_no_pair_and_an_empty_joined_one_an_empty_value(client: Things) -> None:
    assert client.build_request(LISTS, {"ids": [], "tags": []}).url.query == b"tags="


@pytest.mark.parametrize(
    ("values", "parameter", "rule"),
    [
        ({"ids": 31}, "ids", "type"),  # a scalar where the spec says array
        ({"ids": "31,32"}, "ids", "type"),
        ({"ids": [31, "32"]}, "ids[1]", "type"),
        ({"ids": [True]}, "ids[0]", "type"),
        ({"ids": [100]}, "ids[0]", "maximum"),
        ({"tags": ["ok", "Bad"]}, "tags[1]", "pattern"),
        ({"tags": ["a,b"]}, "tags[0]", "separator"),  # would reach the server as two tags
        ({"codes": ["a|b"]}, "codes[0]", "separator"),
        ({"codes": ["d"]}, "codes[0]", "enum"),
        ({"few": [1, 2, 3]}, "few", "maxItems"),
    ],
)
def test_a_bad_array_or_item_is_refused_before_sending(
    client: Things, values: dict[str, object], parameter: str, rule: str
) -> None:
    with pytest.raises(RequestValidationError) as caught:
        client.build_request(LISTS, values)
    assert (caught.value.parameter, caught.value.rule) == (parameter, rule)
