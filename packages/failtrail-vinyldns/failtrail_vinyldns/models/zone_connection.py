from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    bad_type,
    drifted,
    redact_secrets,
    redacted_repr,
)

from ..models.zone_connection_algorithm import ZoneConnectionAlgorithm
from ..types import UNSET, Unset

T = TypeVar("T", bound="ZoneConnection")

_new_instance = object.__new__

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
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "keyName": "key_name",
        "key": "key",
        "primaryServer": "primary_server",
        "algorithm": "algorithm",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(("key",))
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(())

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
        name = d.get("name", UNSET)
        if type(name) is not str:
            if name is UNSET:
                _missing += 1
            else:
                name = drifted(name, "str", "$.name", "string")

        key_name = d.get("keyName", UNSET)
        if type(key_name) is not str:
            if key_name is UNSET:
                _missing += 1
            else:
                key_name = drifted(key_name, "str", "$.keyName", "string")

        key = d.get("key", UNSET)
        if type(key) is not str:
            if key is UNSET:
                _missing += 1
            else:
                key = drifted(key, "str", "$.key", "string")

        primary_server = d.get("primaryServer", UNSET)
        if type(primary_server) is not str:
            if primary_server is UNSET:
                _missing += 1
            else:
                primary_server = drifted(primary_server, "str", "$.primaryServer", "string")

        algorithm = d.get("algorithm", UNSET)
        if algorithm is UNSET:
            _missing += 1
        else:
            if type(algorithm) is not str:
                bad_type("$.algorithm", "string", algorithm)
            algorithm = _ZoneConnectionAlgorithm_member(algorithm) or ZoneConnectionAlgorithm(algorithm)

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.name = name
        obj.key_name = key_name
        obj.key = key
        obj.primary_server = primary_server
        obj.algorithm = algorithm
        if len(d) == 5 - _missing:  # every key is a known field
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN}
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_ZoneConnectionAlgorithm_member = cast(
    "Callable[[Any], ZoneConnectionAlgorithm | None]", ZoneConnectionAlgorithm._value2member_map_.get
)
