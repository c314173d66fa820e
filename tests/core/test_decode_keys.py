"""``canonical_keys`` works out what to do once per key tuple: the records after the first must come out
exactly as the first did, and two shapes must never share what was worked out for one of them.
"""

from __future__ import annotations

from typing import Any

from failtrail_core._decode import canonical_keys

RECORD = ("o", {"recordid": ("RecordId", None), "message": ("Message", None)})
PAGE = ("o", {"items": ("Items", ("a", RECORD))})


def test_every_record_of_a_page_is_respelled_not_only_the_first() -> None:
    data = {"items": [{"recordId": f"r{i}", "message": {"en-us": "x"}} for i in range(3)]}
    assert canonical_keys(data, PAGE) == {"Items": [{"RecordId": f"r{i}", "Message": {"en-us": "x"}} for i in range(3)]}
    again = {"items": [{"recordId": "r9", "message": None}]}  # the same keys, a later page
    assert canonical_keys(again, PAGE) == {"Items": [{"RecordId": "r9", "Message": None}]}


def test_a_declared_spelling_already_there_is_left_and_so_is_the_other() -> None:
    for _ in range(2):  # worked out, then reused
        data: dict[str, Any] = {"recordid": "a", "RecordId": "b"}
        assert canonical_keys(data, RECORD) == {"recordid": "a", "RecordId": "b"}
        data = {"RecordId": "b", "RECORDID": "a"}
        assert canonical_keys(data, RECORD) == {"RecordId": "b", "RECORDID": "a"}


def test_already_canonical_records_are_untouched() -> None:
    data = {"RecordId": "r1", "Message": {"recordid": "free-form: kept"}, "other": 1}
    for _ in range(2):
        assert canonical_keys(data, RECORD) == {
            "RecordId": "r1",
            "Message": {"recordid": "free-form: kept"},
            "other": 1,
        }


def test_two_shapes_with_the_same_keys_keep_their_own_spellings() -> None:
    upper = ("o", {"id": ("ID", None)})
    title = ("o", {"id": ("Id", None)})
    assert canonical_keys({"id": 1}, upper) == {"ID": 1}
    assert canonical_keys({"id": 1}, title) == {"Id": 1}
    assert canonical_keys({"id": 2}, upper) == {"ID": 2}


def test_keys_that_are_not_strings_are_left_alone() -> None:
    data: dict[Any, Any] = {1: "one", "recordid": "r"}
    assert canonical_keys(data, RECORD) == {1: "one", "RecordId": "r"}
