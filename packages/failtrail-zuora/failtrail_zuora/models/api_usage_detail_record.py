from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    bad_datetime,
    bad_type,
    drifted,
    from_isoformat,
    redact_secrets,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiUsageDetailRecord")

_new_instance = object.__new__

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
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "timestamp": "timestamp",
        "api": "api",
        "request_path": "request_path",
        "http_method": "http_method",
        "http_status": "http_status",
        "latency": "latency",
        "request_id": "request_id",
        "track_id": "track_id",
        "user_id": "user_id",
        "ip": "ip",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

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
        timestamp = d.get("timestamp", UNSET)
        if timestamp is UNSET:
            _missing += 1
        else:
            try:
                timestamp = from_isoformat(timestamp)
            except (TypeError, ValueError):
                bad_datetime(timestamp, "$.timestamp")
            if timestamp.tzinfo is None:
                bad_datetime(timestamp, "$.timestamp")

        api = d.get("api", UNSET)
        if type(api) is not str:
            if api is UNSET:
                _missing += 1
            else:
                api = drifted(api, "str", "$.api", "string")

        request_path = d.get("request_path", UNSET)
        if type(request_path) is not str:
            if request_path is UNSET:
                _missing += 1
            else:
                request_path = drifted(request_path, "str", "$.request_path", "string")

        http_method = d.get("http_method", UNSET)
        if type(http_method) is not str:
            if http_method is UNSET:
                _missing += 1
            else:
                http_method = drifted(http_method, "str", "$.http_method", "string")

        http_status = d.get("http_status", UNSET)
        if type(http_status) is not str:
            if http_status is UNSET:
                _missing += 1
            else:
                http_status = drifted(http_status, "str", "$.http_status", "string")

        latency = d.get("latency", UNSET)
        if type(latency) is not int:
            if latency is UNSET:
                _missing += 1
            else:
                latency = drifted(latency, "int", "$.latency", "integer")

        request_id = d.get("request_id", UNSET)
        if type(request_id) is not str:
            if request_id is UNSET:
                _missing += 1
            else:
                request_id = drifted(request_id, "str", "$.request_id", "string")

        track_id = d.get("track_id", UNSET)
        if type(track_id) is not str and track_id is not None:
            if track_id is UNSET:
                _missing += 1
            else:
                track_id = drifted(track_id, "str", "$.track_id", "string or null")

        user_id = d.get("user_id", UNSET)
        if type(user_id) is not str:
            if user_id is UNSET:
                _missing += 1
            else:
                user_id = drifted(user_id, "str", "$.user_id", "string")

        ip = d.get("ip", UNSET)
        if type(ip) is not str:
            if ip is UNSET:
                _missing += 1
            else:
                ip = drifted(ip, "str", "$.ip", "string")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.timestamp = timestamp
        obj.api = api
        obj.request_path = request_path
        obj.http_method = http_method
        obj.http_status = http_status
        obj.latency = latency
        obj.request_id = request_id
        obj.track_id = track_id
        obj.user_id = user_id
        obj.ip = ip
        if len(d) == 10 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
