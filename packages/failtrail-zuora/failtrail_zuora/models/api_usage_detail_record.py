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
class ApiUsageDetailRecord:
    """One API request (successful or failed), as the API usage details list it.

    Attributes:
        timestamp (datetime.datetime | Unset): When the request was received.
        status (str | Unset): The outcome: Success or Error.
        api (str | Unset): The API path template, e.g. /v1/object/invoice/{id}, or soap:login.
        request_path (str | Unset): The requested path.
        http_method (str | Unset): The HTTP method.
        http_status (int | str | Unset): The HTTP status code: a string ("404") in Zuora's failure-records sample, an
            integer (429) in its usage-details sample; either is accepted.
        zuora_response_code (None | str | Unset): Zuora's response code, e.g. TOO_MANY_REQUESTS or Success.
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

    timestamp: datetime.datetime | Unset = UNSET

    status: str | Unset = UNSET

    api: str | Unset = UNSET

    request_path: str | Unset = UNSET

    http_method: str | Unset = UNSET

    http_status: int | str | Unset = UNSET

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
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "timestamp": "timestamp",
        "status": "status",
        "api": "api",
        "request_path": "request_path",
        "http_method": "http_method",
        "http_status": "http_status",
        "zuora_response_code": "zuora_response_code",
        "latency": "latency",
        "request_id": "request_id",
        "track_id": "track_id",
        "tracing_identifier": "tracing_identifier",
        "user_id": "user_id",
        "user_agent": "user_agent",
        "ip": "ip",
        "request_body": "request_body",
        "response_body": "response_body",
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
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.api is not UNSET:
            field_dict["api"] = self.api
        if self.request_path is not UNSET:
            field_dict["request_path"] = self.request_path
        if self.http_method is not UNSET:
            field_dict["http_method"] = self.http_method
        http_status: int | str | Unset
        if isinstance(self.http_status, Unset):
            http_status = UNSET
        else:
            http_status = self.http_status
        if http_status is not UNSET:
            field_dict["http_status"] = http_status
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

        status = d.get("status", UNSET)
        if type(status) is not str:
            if status is UNSET:
                _missing += 1
            else:
                status = drifted(status, "str", "$.status", "string")

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
        if http_status is UNSET:
            _missing += 1
        else:
            if type(http_status) is str:
                if type(http_status) is not str:
                    http_status = drifted(http_status, "str", "$.http_status", "string")

            elif type(http_status) is int:
                if type(http_status) is not int:
                    http_status = drifted(http_status, "int", "$.http_status", "integer")

            else:
                bad_type("$.http_status", "string or integer", http_status)

        zuora_response_code = d.get("zuora_response_code", UNSET)
        if type(zuora_response_code) is not str and zuora_response_code is not None:
            if zuora_response_code is UNSET:
                _missing += 1
            else:
                zuora_response_code = drifted(zuora_response_code, "str", "$.zuora_response_code", "string or null")

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

        tracing_identifier = d.get("tracing_identifier", UNSET)
        if type(tracing_identifier) is not str and tracing_identifier is not None:
            if tracing_identifier is UNSET:
                _missing += 1
            else:
                tracing_identifier = drifted(tracing_identifier, "str", "$.tracing_identifier", "string or null")

        user_id = d.get("user_id", UNSET)
        if type(user_id) is not str:
            if user_id is UNSET:
                _missing += 1
            else:
                user_id = drifted(user_id, "str", "$.user_id", "string")

        user_agent = d.get("user_agent", UNSET)
        if type(user_agent) is not str and user_agent is not None:
            if user_agent is UNSET:
                _missing += 1
            else:
                user_agent = drifted(user_agent, "str", "$.user_agent", "string or null")

        ip = d.get("ip", UNSET)
        if type(ip) is not str:
            if ip is UNSET:
                _missing += 1
            else:
                ip = drifted(ip, "str", "$.ip", "string")

        request_body = d.get("request_body", UNSET)
        if type(request_body) is not str and request_body is not None:
            if request_body is UNSET:
                _missing += 1
            else:
                request_body = drifted(request_body, "str", "$.request_body", "string or null")

        response_body = d.get("response_body", UNSET)
        if type(response_body) is not str and response_body is not None:
            if response_body is UNSET:
                _missing += 1
            else:
                response_body = drifted(response_body, "str", "$.response_body", "string or null")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.timestamp = timestamp
        obj.status = status
        obj.api = api
        obj.request_path = request_path
        obj.http_method = http_method
        obj.http_status = http_status
        obj.zuora_response_code = zuora_response_code
        obj.latency = latency
        obj.request_id = request_id
        obj.track_id = track_id
        obj.tracing_identifier = tracing_identifier
        obj.user_id = user_id
        obj.user_agent = user_agent
        obj.ip = ip
        obj.request_body = request_body
        obj.response_body = response_body
        if len(d) == 16 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
