from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import DecodeError, bad_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_client import ApiClient


T = TypeVar("T", bound="ApiClientListResponse")

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
        count (int | Unset): Total number of API clients.
        page (int | Unset):
        per_page (int | Unset):
        additional_properties: fields the spec does not list, kept as they came.
    """

    data: list[ApiClient]

    count: int | Unset = UNSET

    page: int | Unset = UNSET

    per_page: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict["data"] = data
        if self.count is not UNSET:
            field_dict["count"] = self.count
        if self.page is not UNSET:
            field_dict["page"] = self.page
        if self.per_page is not UNSET:
            field_dict["per_page"] = self.per_page
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Parse JSON data, checking every field's type; unknown fields and enum values are kept.

        Raises:
            DecodeError: a field has the wrong type or a required field is missing; its ``path``
                names the field (``$.data[3].latency``).
        """
        from ..models.api_client import ApiClient  # noqa: PLC0415

        if type(src_dict) is not dict:
            bad_type("$", "object", src_dict)
        d = src_dict
        try:
            _v = d["data"]
        except KeyError:
            raise DecodeError("$.data", "required field is missing") from None
        if type(_v) is not list:
            bad_type("$.data", "array", _v)
        _data_parse = ApiClient.from_dict
        _data_i = 0
        try:
            data = []
            for _data_i, _data_item in enumerate(_v):
                data.append(_data_parse(_data_item))
        except DecodeError as _e:
            raise _e.within(f"$.data[{_data_i}]") from None

        _v = d.get("count", UNSET)
        count: int | Unset
        if _v is UNSET:
            count = UNSET
        else:
            if type(_v) is not int:
                bad_type("$.count", "integer", _v)
            count = _v

        _v = d.get("page", UNSET)
        page: int | Unset
        if _v is UNSET:
            page = UNSET
        else:
            if type(_v) is not int:
                bad_type("$.page", "integer", _v)
            page = _v

        _v = d.get("per_page", UNSET)
        per_page: int | Unset
        if _v is UNSET:
            per_page = UNSET
        else:
            if type(_v) is not int:
                bad_type("$.per_page", "integer", _v)
            per_page = _v

        obj = cls(
            data=data,
            count=count,
            page=page,
            per_page=per_page,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
