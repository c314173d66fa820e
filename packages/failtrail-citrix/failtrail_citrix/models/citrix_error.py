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

T = TypeVar("T", bound="CitrixError")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "type",
        "detail",
        "parameters",
    )
)


@_attrs_define
class CitrixError:
    """An unsuccessful SystemLog API request returns `type` (a link to the error), `detail` (a
    brief description of the error) and `parameters` (optional extra error information).

        Attributes:
            type_ (str): A link identifying the error, e.g. `https://errors-api.cloud.com/common/authentication`.
            detail (str | Unset): A brief description of the error.
            parameters (ErrorParameterMap | list[ErrorParameter] | Unset): Optional extra error information: an object of
                name/value strings in some answers, a
                list of `{name, value}` pairs in others.
            additional_properties: fields the spec does not list, kept as they came.
    """

    type_: str

    detail: str | Unset = UNSET

    parameters: ErrorParameterMap | list[ErrorParameter] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "type": "type_",
        "detail": "detail",
        "parameters": "parameters",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("type",))
    # Where an error body of this shape says what went wrong (the spec's x-failtrail-error-message).
    _error_message_at: ClassVar[tuple[str, ...]] = ("/detail",)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = self.type_
        if self.detail is not UNSET:
            field_dict["detail"] = self.detail
        parameters: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, ErrorParameterMap):
            parameters = self.parameters.to_dict()
        else:
            parameters = []
            for parameters_type_1_item_data in self.parameters:
                parameters_type_1_item = parameters_type_1_item_data.to_dict()
                parameters.append(parameters_type_1_item)

        if parameters is not UNSET:
            field_dict["parameters"] = parameters
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
            type_ = d["type"]
        except KeyError:
            raise DecodeError("$.type", "required field is missing") from None
        if type(type_) is not str:
            type_ = drifted(type_, "str", "$.type", "string")

        detail = d.get("detail", UNSET)
        if type(detail) is not str:
            if detail is UNSET:
                _missing += 1
            else:
                detail = drifted(detail, "str", "$.detail", "string")

        parameters = d.get("parameters", UNSET)
        if parameters is UNSET:
            _missing += 1
        else:
            if type(parameters) is dict:
                try:
                    parameters = _ErrorParameterMap_from_dict(parameters)
                except DecodeError as _e:
                    raise _e.within("$.parameters") from None
            elif type(parameters) is list:
                if type(parameters) is not list:
                    bad_type("$.parameters", "array", parameters)
                _parameters_list = []
                try:
                    for _parameters_item in parameters:
                        _parameters_list.append(_ErrorParameter_from_dict(_parameters_item))
                except DecodeError as _e:
                    raise _e.within(f"$.parameters[{len(_parameters_list)}]") from None
                parameters = _parameters_list

            else:
                bad_type("$.parameters", "object or array", parameters)

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.type_ = type_
        obj.detail = detail
        obj.parameters = parameters
        if len(d) == 3 - _missing:  # every key is a known field
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
from ..models.error_parameter import ErrorParameter  # noqa: E402
from ..models.error_parameter_map import ErrorParameterMap  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_ErrorParameter_from_dict = ErrorParameter.from_dict
_ErrorParameterMap_from_dict = ErrorParameterMap.from_dict
