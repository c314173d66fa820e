from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    DecodeError,
    bad_type,
    drifted,
    redact_secrets,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiClientListResponse")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "data",
        "count",
        "page",
        "per_page",
    )
)


@_attrs_define
class ApiClientListResponse:
    """ApiClientListResponse

    Attributes:
        data (list[ApiClient]):
        count (int | None | Unset): Total number of API clients.
        page (int | None | Unset):
        per_page (int | None | Unset):
        additional_properties: fields the spec does not list, kept as they came.
    """

    data: list[ApiClient]

    count: int | None | Unset = UNSET

    page: int | None | Unset = UNSET

    per_page: int | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "data": "data",
        "count": "count",
        "page": "page",
        "per_page": "per_page",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("data",))

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict["data"] = data
        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count
        if count is not UNSET:
            field_dict["count"] = count
        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page
        if page is not UNSET:
            field_dict["page"] = page
        per_page: int | None | Unset
        if isinstance(self.per_page, Unset):
            per_page = UNSET
        else:
            per_page = self.per_page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        return field_dict

    def to_redacted_dict(self) -> dict[str, Any]:
        """:meth:`to_dict` with every field the spec marks secret (here or in a nested model) as ``"<redacted>"``.

        What to write out for people (files, logs, reports); ``to_dict()`` keeps secrets for requests.
        """
        return redact_secrets(self, self.to_dict())

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse JSON data, checking every field's type; unknown fields and enum values are kept.

        Raises:
            DecodeError: a field has the wrong type or a required field is missing; its ``path``
                names the field (``$.data[3].latency``).
        """
        if type(src_dict) is not dict:
            bad_type("$", "object", src_dict)
        d = src_dict
        _missing = 0  # optional fields absent from d; len(d) then tells whether it has unknown ones
        try:
            data = d["data"]
        except KeyError:
            raise DecodeError("$.data", "required field is missing") from None
        if type(data) is not list:
            bad_type("$.data", "array", data)
        _data_list = []
        try:
            for _data_item in data:
                _data_list.append(_ApiClient_from_dict(_data_item))
        except DecodeError as _e:
            raise _e.within(f"$.data[{len(_data_list)}]") from None
        data = _data_list

        count = d.get("count", UNSET)
        if type(count) is not int and count is not None:
            if count is UNSET:
                _missing += 1
            else:
                count = drifted(count, "int", "$.count", "integer or null")

        page = d.get("page", UNSET)
        if type(page) is not int and page is not None:
            if page is UNSET:
                _missing += 1
            else:
                page = drifted(page, "int", "$.page", "integer or null")

        per_page = d.get("per_page", UNSET)
        if type(per_page) is not int and per_page is not None:
            if per_page is UNSET:
                _missing += 1
            else:
                per_page = drifted(per_page, "int", "$.per_page", "integer or null")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.data = data
        obj.count = count
        obj.page = page
        obj.per_page = per_page
        if len(d) == 4 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, not first: these models may refer back to this one (a cycle), and by the time
# this line runs the class above exists. Imports inside the methods would cost a lookup per call.
from ..models.api_client import ApiClient  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_ApiClient_from_dict = ApiClient.from_dict
