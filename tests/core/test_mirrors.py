"""The compiled mirrors (``_wire/``) read what ``from_dict`` reads, the same way, or leave the body to it.

Every answer whose schema is a model is read by ``read_json``: the model's msgspec mirror first, and
``from_dict(orjson.loads(body))`` for a body the mirror refuses. That is only sound if the mirror never
reads a body differently from ``from_dict``: never accepts what it refuses, never gives another value or
type. Checked here on every documented example of every vendor's specs (the vendors' own samples), and
on each of them changed at every field, one change at a time: another JSON type, null, the field left
out, a field the spec does not declare, timestamps and integer strings in the shapes the vendors send
and the shapes they must not. A vendor read case-blind (Citrix) is checked in camelCase too.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, get_type_hints

import orjson
import pytest
from failtrail_core import _json_body
from failtrail_core.gen_v1 import DecodeError, read_json, read_json_lenient

from tests.conftest import spec

VENDORS = ("citrix", "vinyldns", "workato", "zitadel", "zuora")

# What each field is set to in turn: every JSON type, and the strings the converters read
# (times with and without an offset, with 0-9 fractional digits, in lower case; integers as strings).
REPLACEMENTS: list[Any] = [
    None,
    0,
    -1,
    7,
    2**63,
    1.0,
    1.5,
    True,
    "",
    "x",
    "123",
    "-5",
    "123\n",
    "٣",
    "9223372036854775808",  # past int64
    "18446744073709551615",  # uint64's largest
    "99999999999999999999",  # past uint64
    "2024-04-09T11:59:32Z",
    "2024-04-09T11:59:32.421123456Z",
    "2024-04-09T11:59:32.9999999Z",
    "2024-04-09t11:59:32z",
    "2024-04-09T11:59:32",
    "2024-04-09T11:59:32+05:30",
    "2024-04-09",
    [],
    ["x"],
    [{}],
    {},
    {"x": 1},
]
UNKNOWN = "zzNotInTheSpec"


def _wired(vendor: str) -> Iterator[tuple[str, Any, str, bool, Any, tuple[str, str, str]]]:
    """Each answer read through a mirror: its name, its parse from decoded JSON, its mirror module, whether
    that has a camelCase twin, where its declared names stand (x-failtrail-key-case: insensitive; else
    None), and where the spec documents its examples (path, method, status)."""
    package = importlib.import_module(f"failtrail_{vendor}.api")
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        op = getattr(module, "_OP", None)
        if op is None:
            continue
        for status, (kind, read) in {**module._SUCCESS, **module._ERRORS}.items():
            if kind != "wire":
                continue
            code = str(status).lower()
            model = get_type_hints(read)["return"]
            mirror = f"failtrail_{vendor}._wire.{model.__module__.rsplit('.', 1)[1]}"
            twin = hasattr(importlib.import_module(mirror), f"_W{model.__name__}Camel")
            where = (op.path, op.method.lower(), str(status))
            yield (
                f"{op.operation_id} {status}",
                getattr(module, f"_parse_{code}"),
                mirror,
                twin,
                getattr(module, f"_KEYS_{code}", None),
                where,
            )


def _examples(vendor: str, path: str, method: str, status: str) -> list[Any]:
    responses = spec(vendor)["paths"][path][method]["responses"]
    media: dict[str, Any] = next(iter((responses.get(status) or {}).get("content", {}).values()), {})
    found = [media["example"]] if "example" in media else []
    return found + [example["value"] for example in media.get("examples", {}).values()]


def _camel_case(value: Any, shape: Any) -> Any:
    """``value`` with every declared name (where ``shape`` says they stand) in camelCase, as Citrix's service
    is seen to send them; a free-form map's keys are data and stay as they are."""
    if shape is None:
        return value
    kind, inner = shape
    if kind == "a" and isinstance(value, list):
        return [_camel_case(item, inner) for item in value]
    if kind == "o" and isinstance(value, dict):
        spelled = {}
        for key, item in value.items():
            name, below = inner.get(key.lower(), (key, None))
            spelled[name[:1].lower() + name[1:]] = _camel_case(item, below)
        return spelled
    return value


def _cases() -> list[Any]:
    """(parse, mirror module, document, whether the mirror must read it): each documented example, and for a
    vendor whose keys are read case-blind, the same in camelCase (read by the mirror where it has that twin)."""
    cases = []
    for vendor in VENDORS:
        for name, parse, mirror, twin, shape, (path, method, status) in _wired(vendor):
            for i, example in enumerate(_examples(vendor, path, method, status)):
                label = f"{vendor}-{name}-{i}".replace(" ", "-")
                cases.append(pytest.param(parse, mirror, example, True, id=label))
                if shape is not None:
                    camel = _camel_case(example, shape)
                    cases.append(pytest.param(parse, mirror, camel, twin, id=label + "-camelCase"))
    return cases


CASES = _cases()


def _outcome(parse: Any, body: bytes) -> tuple[str, str]:
    """What from_dict makes of a body: the model (its repr and its JSON), or the error."""
    try:
        model = parse(orjson.loads(body))
    except DecodeError as error:
        return "error", f"{error.path}: {error.reason}"
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        return "error", type(error).__name__
    return repr(model), orjson.dumps(model.to_dict()).decode()


def _variants(value: Any) -> Iterator[Any]:
    """The document changed at one place: each field replaced, left out, and an unknown field added."""
    if isinstance(value, dict):
        yield {**value, UNKNOWN: 1}
        for key, item in value.items():
            yield {k: v for k, v in value.items() if k != key}
            for replacement in REPLACEMENTS:
                yield {**value, key: replacement}
            for changed in _variants(item):
                yield {**value, key: changed}
    elif isinstance(value, list):
        for i, item in enumerate(value[:2]):  # the first two items stand for the rest
            for changed in _variants(item):
                yield [*value[:i], changed, *value[i + 1 :]]


def _mirrored(body: bytes, mirror: str) -> Any:
    """What the mirror alone makes of a body (never skipped after refusals, as read_json may), or None."""
    try:
        return importlib.import_module(mirror).reader()(body)
    except _json_body._REFUSED:
        return None


def _same_or_refused(parse: Any, mirror: str, document: Any) -> None:
    body = orjson.dumps(document)
    read = _mirrored(body, mirror)
    if read is None:
        return  # from_dict reads it: the same by construction
    assert _outcome(parse, body) == (repr(read), orjson.dumps(read.to_dict()).decode()), body


def test_every_model_answer_has_a_mirror_case() -> None:
    vendors = {case.id.split("-", 1)[0] for case in CASES}
    assert vendors == set(VENDORS)


@pytest.mark.parametrize(("parse", "mirror", "example", "must_read"), CASES)
def test_the_mirror_reads_the_vendors_sample_as_from_dict_does(
    parse: Any, mirror: str, example: Any, must_read: bool
) -> None:
    body = orjson.dumps(example)
    read = _mirrored(body, mirror)
    if read is None and not must_read:
        return  # a camelCase answer whose model has no camelCase twin: from_dict reads it
    assert read is not None, "the mirror refuses the vendor's own sample: it would never be used"
    assert (repr(read), orjson.dumps(read.to_dict()).decode()) == _outcome(parse, body)
    assert read_json(body, parse, mirror) == read


@pytest.mark.parametrize(("parse", "mirror", "example", "must_read"), CASES)
def test_the_mirror_reads_every_changed_sample_as_from_dict_does_or_leaves_it(
    parse: Any, mirror: str, example: Any, must_read: bool
) -> None:
    for document in _variants(example):
        _same_or_refused(parse, mirror, document)


def test_a_body_the_mirror_refuses_is_read_by_from_dict_with_its_errors() -> None:
    from failtrail_zitadel.models import ListFailedEventsResponse

    mirror = "failtrail_zitadel._wire.list_failed_events_response"
    drifted = b'{"result":[{"viewName":"projections.users14","failedSequence":9823759,"extra":true}]}'
    page = read_json(drifted, ListFailedEventsResponse.from_dict, mirror)  # a number and an unknown field
    assert page.result is not None and page.result[0].failed_sequence == 9823759
    assert page.result[0].additional_properties == {"extra": True}
    with pytest.raises(DecodeError) as caught:
        read_json(b'{"result":[{"lastFailed":"yesterday"}]}', ListFailedEventsResponse.from_dict, mirror)
    assert caught.value.path == "$.result[0].lastFailed"
    with pytest.raises(orjson.JSONDecodeError):
        read_json(b'{"result":[', ListFailedEventsResponse.from_dict, mirror)


def test_a_lenient_page_the_mirror_reads_has_no_unreadable_record() -> None:
    from failtrail_zitadel.models import ListFailedEventsResponse

    def lenient(data: Any) -> tuple[ListFailedEventsResponse, list[str]]:
        raise AssertionError("the mirror reads this page")

    page, unreadable = read_json_lenient(
        b'{"result":[{"viewName":"v","failedSequence":"1"}]}',
        lenient,
        "failtrail_zitadel._wire.list_failed_events_response",
    )
    assert unreadable == [] and page.result is not None and page.result[0].failed_sequence == 1


def test_a_package_without_mirrors_is_read_by_from_dict() -> None:
    assert read_json(b'{"a": 1}', lambda data: ("parsed", data), "failtrail_zitadel._wire.no_such_model") == (
        "parsed",
        {"a": 1},
    )


def test_a_mirror_that_keeps_refusing_is_tried_on_one_body_in_64_until_it_reads_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tried: list[bytes] = []

    def reader() -> Any:
        def read(body: bytes) -> str:
            tried.append(body)
            if body == b'"new"':
                return "mirrored"
            raise ValueError("a field the mirror does not know")

        return read

    name = "failtrail_fake._wire.record"
    module = ModuleType(name)
    module.reader = reader  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(_json_body, "_mirrors", {})  # the readers made so far, put back afterwards

    def parse(data: Any) -> Any:
        return ("from_dict", data)

    assert [read_json(b"1", parse, name) for _ in range(200)] == [("from_dict", 1)] * 200
    assert len(tried) == 8 + 3  # the first eight, then the 64th, 128th and 192nd refusal's turn
    tried.clear()
    for _ in range(56):  # up to the next turn, at 256 refusals
        read_json(b"1", parse, name)
    assert tried == [] and read_json(b'"new"', parse, name) == "mirrored" and tried == [b'"new"']
    assert read_json(b"1", parse, name) == ("from_dict", 1) and len(tried) == 2  # tried again at once


def test_a_case_blind_vendors_mirror_reads_either_spelling_and_refuses_a_mix() -> None:
    # Citrix documents PascalCase; production collectors read camelCase (specs/citrix/SOURCES.md, key case).
    read = importlib.import_module("failtrail_citrix._wire.records_page").reader()
    camel, pascal = b'{"items": [], "continuationToken": "a"}', b'{"Items": [], "ContinuationToken": "a"}'
    assert [read(body).continuation_token for body in (camel, pascal, pascal, camel)] == ["a"] * 4
    with pytest.raises(ValueError):  # from_dict reads it, case-blind
        read(b'{"Items": [], "continuationToken": "a"}')


def test_only_the_models_an_answer_can_hold_have_mirrors() -> None:
    def mirrors(vendor: str) -> set[str]:
        folder = Path(importlib.import_module(f"failtrail_{vendor}").__file__ or "").parent / "_wire"
        return {path.stem for path in folder.glob("*.py")}

    assert {"token_response", "api_failure_record"} <= mirrors("zuora") and "token_request" not in mirrors("zuora")
    assert "api_client" in mirrors("workato") and "create_api_client_request" not in mirrors("workato")


@pytest.mark.parametrize(("parse", "mirror", "example", "must_read"), CASES)
def test_from_json_reads_the_sample_and_its_own_to_dict_as_from_dict_does(
    parse: Any, mirror: str, example: Any, must_read: bool
) -> None:
    # Model.from_json is read_json for one model; the umbrella's spill reads its records back through it
    # from their to_dict() JSON, so the mirror must read that JSON too (else the spill pays a refused try).
    body = orjson.dumps(example)
    model = parse(orjson.loads(body))
    kind = type(model)
    assert kind.__module__.replace(".models.", "._wire.") == mirror
    assert kind.from_json(body) == model
    again = orjson.dumps(model.to_dict())
    assert kind.from_json(again) == model
    assert _mirrored(again, mirror) == model


def test_from_json_refuses_what_is_not_json_with_a_decode_error_at_the_root() -> None:
    from failtrail_zitadel.models import FailedEvent
    from failtrail_zuora.models import TokenRequest  # only ever sent: no mirror

    for kind in (FailedEvent, TokenRequest):
        with pytest.raises(DecodeError) as caught:
            kind.from_json(b'{"database": ')
        assert caught.value.path == "$" and caught.value.reason.startswith("not a JSON document: ")
    with pytest.raises(DecodeError, match=r"^\$\.failedSequence: "):
        FailedEvent.from_json(b'{"failedSequence": "12a"}')
    sent = TokenRequest.from_dict({"client_id": "c", "client_secret": "s", "grant_type": "client_credentials"})
    assert TokenRequest.from_json(orjson.dumps(sent.to_dict())) == sent
