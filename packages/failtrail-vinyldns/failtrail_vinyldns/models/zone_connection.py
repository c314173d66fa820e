from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import bad_type
from .._logging import redacted_repr
from ..models.zone_connection_algorithm import ZoneConnectionAlgorithm
from ..types import UNSET, Unset

T = TypeVar("T", bound="ZoneConnection")

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "keyName",
        "key",
        "primaryServer",
        "algorithm",
    )
)


@_attrs_define
class ZoneConnection:
    """The connection information to the backend DNS server: `connection` is used to issue DDNS
    updates, `transferConnection` to sync the zone with the DNS backend.

        Attributes:
            name (str | Unset): A user identifier for the connection.
            key_name (str | Unset): The name of the DNS key that has access to the DNS server and zone.
            key (str | Unset): The TSIG secret key used to sign requests when communicating with the primary server.
                After creating the zone, the key value itself is hashed and obfuscated (`OBF:...`).
            primary_server (str | Unset): The IP address or host that is connected to. This can take a port as well
                (`127.0.0.1:5300`); if no port is specified, 53 will be assumed.
            algorithm (ZoneConnectionAlgorithm | Unset): The TSIG algorithm of the key (HMAC-MD5 by default).
            additional_properties: fields the spec does not list, kept as they came.
    """

    name: str | Unset = UNSET

    key_name: str | Unset = UNSET

    key: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)

    primary_server: str | Unset = UNSET

    algorithm: ZoneConnectionAlgorithm | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.key_name is not UNSET:
            field_dict["keyName"] = self.key_name
        if self.key is not UNSET:
            field_dict["key"] = self.key
        if self.primary_server is not UNSET:
            field_dict["primaryServer"] = self.primary_server
        algorithm: str | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.value

        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
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
        _v = d.get("name", UNSET)
        name: str | Unset
        if _v is UNSET:
            name = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.name", "string", _v)
            name = _v

        _v = d.get("keyName", UNSET)
        key_name: str | Unset
        if _v is UNSET:
            key_name = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.keyName", "string", _v)
            key_name = _v

        _v = d.get("key", UNSET)
        key: str | Unset
        if _v is UNSET:
            key = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.key", "string", _v)
            key = _v

        _v = d.get("primaryServer", UNSET)
        primary_server: str | Unset
        if _v is UNSET:
            primary_server = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.primaryServer", "string", _v)
            primary_server = _v

        _v = d.get("algorithm", UNSET)
        algorithm: ZoneConnectionAlgorithm | Unset
        if _v is UNSET:
            algorithm = UNSET
        else:
            if type(_v) is not str:
                bad_type("$.algorithm", "string", _v)
            algorithm = ZoneConnectionAlgorithm.parse(_v)

        obj = cls(
            name=name,
            key_name=key_name,
            key=key,
            primary_server=primary_server,
            algorithm=algorithm,
        )
        if not d.keys() <= _KNOWN:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
