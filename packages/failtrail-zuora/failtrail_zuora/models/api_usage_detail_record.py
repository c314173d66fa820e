from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import bad_type, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiUsageDetailRecord")

_KNOWN: frozenset[str] = frozenset(
    (
        "timestamp",
        "api",
        "request_path",
        "http_method",
        "http_status",
        "latency",
        "request_id",
        "track_id",
        "user_id",
        "ip",
    )
)


@_attrs_define
class ApiUsageDetailRecord:
    """ApiUsageDetailRecord

    Attributes:
        timestamp (datetime.datetime | Unset):
        api (str | Unset):
        request_path (str | Unset):
        http_method (str | Unset):
        http_status (str | Unset):
        latency (int | Unset):
        request_id (str | Unset):
        track_id (None | str | Unset):
        user_id (str | Unset):
        ip (str | Unset):
        additional_properties: fields the spec does not list, kept as they came.
    """

    timestamp: datetime.datetime | Unset = UNSET

    api: str | Unset = UNSET

    request_path: str | Unset = UNSET

    http_method: str | Unset = UNSET

    http_status: str | Unset = UNSET

    latency: int | Unset = UNSET

    request_id: str | Unset = UNSET

    track_id: None | str | Unset = UNSET

    user_id: str | Unset = UNSET

    ip: str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if self.api is not UNSET:
            field_dict["api"] = self.api
        if self.request_path is not UNSET:
            field_dict["request_path"] = self.request_path
        if self.http_method is not UNSET:
            field_dict["http_method"] = self.http_method
        if self.http_status is not UNSET:
            field_dict["http_status"] = self.http_status
        if self.latency is not UNSET:
            field_dict["latency"] = self.latency
        if self.request_id is not UNSET:
            field_dict["request_id"] = self.request_id
        track_id: None | str | Unset
        if isinstance(self.track_id, Unset):
            track_id = UNSET
        else:
            track_id = self.track_id
        if track_id is not UNSET:
            field_dict["track_id"] = track_id
        if self.user_id is not UNSET:
            field_dict["user_id"] = self.user_id
        if self.ip is not UNSET:
            field_dict["ip"] = self.ip
        return field_dict

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
        _v = d.get("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if _v is UNSET:
            timestamp = UNSET
        else:
            timestamp = parse_datetime(_v, "$.timestamp")

        _v = d.get("api", UNSET)
        api: str | Unset
        if _v is UNSET:
            api = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.api", "string", _v)
            api = _v

        _v = d.get("request_path", UNSET)
        request_path: str | Unset
        if _v is UNSET:
            request_path = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.request_path", "string", _v)
            request_path = _v

        _v = d.get("http_method", UNSET)
        http_method: str | Unset
        if _v is UNSET:
            http_method = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.http_method", "string", _v)
            http_method = _v

        _v = d.get("http_status", UNSET)
        http_status: str | Unset
        if _v is UNSET:
            http_status = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.http_status", "string", _v)
            http_status = _v

        _v = d.get("latency", UNSET)
        latency: int | Unset
        if _v is UNSET:
            latency = UNSET
        else:
            if type(_v) is not int:
                bad_type("$.latency", "integer", _v)
            latency = _v

        _v = d.get("request_id", UNSET)
        request_id: str | Unset
        if _v is UNSET:
            request_id = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.request_id", "string", _v)
            request_id = _v

        _v = d.get("track_id", UNSET)
        track_id: None | str | Unset
        if _v is UNSET:
            track_id = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.track_id", "string", _v)
                track_id = _v

            elif _v is None:
                track_id = None
            else:
                bad_type("$.track_id", "string or null", _v)

        _v = d.get("user_id", UNSET)
        user_id: str | Unset
        if _v is UNSET:
            user_id = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.user_id", "string", _v)
            user_id = _v

        _v = d.get("ip", UNSET)
        ip: str | Unset
        if _v is UNSET:
            ip = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.ip", "string", _v)
            ip = _v

        obj = cls(
            timestamp=timestamp,
            api=api,
            request_path=request_path,
            http_method=http_method,
            http_status=http_status,
            latency=latency,
            request_id=request_id,
            track_id=track_id,
            user_id=user_id,
            ip=ip,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
