from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import DecodeError, bad_type, parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiFailureRecord")

_KNOWN: frozenset[str] = frozenset(
    (
        "timestamp",
        "status",
        "api",
        "request_path",
        "http_method",
        "http_status",
        "zuora_response_code",
        "latency",
        "request_id",
        "track_id",
        "tracing_identifier",
        "user_id",
        "user_agent",
        "ip",
        "request_body",
        "response_body",
    )
)


@_attrs_define
class ApiFailureRecord:
    """One failed API request.

    Attributes:
        timestamp (datetime.datetime): When the request was received.
        status (str | Unset): The outcome, e.g. Error.
        api (str | Unset): The API path template, e.g. /v1/object/invoice/{id}.
        request_path (str | Unset): The requested path.
        http_method (str | Unset): The HTTP method.
        http_status (str | Unset): The HTTP status code, as a string (e.g. "404").
        zuora_response_code (None | str | Unset): Zuora's response code, e.g. NOT_FOUND.
        latency (int | Unset): Latency in milliseconds.
        request_id (str | Unset): Zuora's request ID.
        track_id (None | str | Unset): The Zuora-Track-Id of the request.
        tracing_identifier (None | str | Unset): The tracing identifier.
        user_id (str | Unset): The user who made the request.
        user_agent (None | str | Unset): The caller's User-Agent.
        ip (str | Unset): The caller's IP address.
        request_body (None | str | Unset): The request body.
        response_body (None | str | Unset): The response body.
        additional_properties: fields the spec does not list, kept as they came.
    """

    timestamp: datetime.datetime

    status: str | Unset = UNSET

    api: str | Unset = UNSET

    request_path: str | Unset = UNSET

    http_method: str | Unset = UNSET

    http_status: str | Unset = UNSET

    zuora_response_code: None | str | Unset = UNSET

    latency: int | Unset = UNSET

    request_id: str | Unset = UNSET

    track_id: None | str | Unset = UNSET

    tracing_identifier: None | str | Unset = UNSET

    user_id: str | Unset = UNSET

    user_agent: None | str | Unset = UNSET

    ip: str | Unset = UNSET

    request_body: None | str | Unset = UNSET

    response_body: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        timestamp = self.timestamp.isoformat()
        field_dict["timestamp"] = timestamp
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.api is not UNSET:
            field_dict["api"] = self.api
        if self.request_path is not UNSET:
            field_dict["request_path"] = self.request_path
        if self.http_method is not UNSET:
            field_dict["http_method"] = self.http_method
        if self.http_status is not UNSET:
            field_dict["http_status"] = self.http_status
        zuora_response_code: None | str | Unset
        if isinstance(self.zuora_response_code, Unset):
            zuora_response_code = UNSET
        else:
            zuora_response_code = self.zuora_response_code
        if zuora_response_code is not UNSET:
            field_dict["zuora_response_code"] = zuora_response_code
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
        tracing_identifier: None | str | Unset
        if isinstance(self.tracing_identifier, Unset):
            tracing_identifier = UNSET
        else:
            tracing_identifier = self.tracing_identifier
        if tracing_identifier is not UNSET:
            field_dict["tracing_identifier"] = tracing_identifier
        if self.user_id is not UNSET:
            field_dict["user_id"] = self.user_id
        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if self.ip is not UNSET:
            field_dict["ip"] = self.ip
        request_body: None | str | Unset
        if isinstance(self.request_body, Unset):
            request_body = UNSET
        else:
            request_body = self.request_body
        if request_body is not UNSET:
            field_dict["request_body"] = request_body
        response_body: None | str | Unset
        if isinstance(self.response_body, Unset):
            response_body = UNSET
        else:
            response_body = self.response_body
        if response_body is not UNSET:
            field_dict["response_body"] = response_body
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
        try:
            _v = d["timestamp"]
        except KeyError:
            raise DecodeError("$.timestamp", "required field is missing") from None
        timestamp = parse_datetime(_v, "$.timestamp")

        _v = d.get("status", UNSET)
        status: str | Unset
        if _v is UNSET:
            status = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.status", "string", _v)
            status = _v

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

        _v = d.get("zuora_response_code", UNSET)
        zuora_response_code: None | str | Unset
        if _v is UNSET:
            zuora_response_code = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.zuora_response_code", "string", _v)
                zuora_response_code = _v

            elif _v is None:
                zuora_response_code = None
            else:
                bad_type("$.zuora_response_code", "string or null", _v)

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

        _v = d.get("tracing_identifier", UNSET)
        tracing_identifier: None | str | Unset
        if _v is UNSET:
            tracing_identifier = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.tracing_identifier", "string", _v)
                tracing_identifier = _v

            elif _v is None:
                tracing_identifier = None
            else:
                bad_type("$.tracing_identifier", "string or null", _v)

        _v = d.get("user_id", UNSET)
        user_id: str | Unset
        if _v is UNSET:
            user_id = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.user_id", "string", _v)
            user_id = _v

        _v = d.get("user_agent", UNSET)
        user_agent: None | str | Unset
        if _v is UNSET:
            user_agent = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.user_agent", "string", _v)
                user_agent = _v

            elif _v is None:
                user_agent = None
            else:
                bad_type("$.user_agent", "string or null", _v)

        _v = d.get("ip", UNSET)
        ip: str | Unset
        if _v is UNSET:
            ip = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.ip", "string", _v)
            ip = _v

        _v = d.get("request_body", UNSET)
        request_body: None | str | Unset
        if _v is UNSET:
            request_body = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.request_body", "string", _v)
                request_body = _v

            elif _v is None:
                request_body = None
            else:
                bad_type("$.request_body", "string or null", _v)

        _v = d.get("response_body", UNSET)
        response_body: None | str | Unset
        if _v is UNSET:
            response_body = UNSET
        else:
            if type(_v) is str:
                if type(_v) is not str:
                    bad_type("$.response_body", "string", _v)
                response_body = _v

            elif _v is None:
                response_body = None
            else:
                bad_type("$.response_body", "string or null", _v)

        obj = cls(
            timestamp=timestamp,
            status=status,
            api=api,
            request_path=request_path,
            http_method=http_method,
            http_status=http_status,
            zuora_response_code=zuora_response_code,
            latency=latency,
            request_id=request_id,
            track_id=track_id,
            tracing_identifier=tracing_identifier,
            user_id=user_id,
            user_agent=user_agent,
            ip=ip,
            request_body=request_body,
            response_body=response_body,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
