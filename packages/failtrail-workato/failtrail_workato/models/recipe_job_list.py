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

T = TypeVar("T", bound="RecipeJobList")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "items",
        "job_succeeded_count",
        "job_failed_count",
        "job_count",
        "job_scope_count",
    )
)


@_attrs_define
class RecipeJobList:
    """Counts of a recipe's jobs and one slice of them.

    Attributes:
        items (list[RecipeJob]):
        job_succeeded_count (int | Unset): Succeeded jobs of the recipe.
        job_failed_count (int | Unset): Failed jobs of the recipe.
        job_count (int | Unset): Jobs of the recipe.
        job_scope_count (int | Unset): Jobs matching the request's filters (newer docs only).
        additional_properties: fields the spec does not list, kept as they came.
    """

    items: list[RecipeJob]

    job_succeeded_count: int | Unset = UNSET

    job_failed_count: int | Unset = UNSET

    job_count: int | Unset = UNSET

    job_scope_count: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "items": "items",
        "job_succeeded_count": "job_succeeded_count",
        "job_failed_count": "job_failed_count",
        "job_count": "job_count",
        "job_scope_count": "job_scope_count",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("items",))

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict["items"] = items
        if self.job_succeeded_count is not UNSET:
            field_dict["job_succeeded_count"] = self.job_succeeded_count
        if self.job_failed_count is not UNSET:
            field_dict["job_failed_count"] = self.job_failed_count
        if self.job_count is not UNSET:
            field_dict["job_count"] = self.job_count
        if self.job_scope_count is not UNSET:
            field_dict["job_scope_count"] = self.job_scope_count
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
            items = d["items"]
        except KeyError:
            raise DecodeError("$.items", "required field is missing") from None
        if type(items) is not list:
            bad_type("$.items", "array", items)
        _items_list = []
        try:
            for _items_item in items:
                _items_list.append(_RecipeJob_from_dict(_items_item))
        except DecodeError as _e:
            raise _e.within(f"$.items[{len(_items_list)}]") from None
        items = _items_list

        job_succeeded_count = d.get("job_succeeded_count", UNSET)
        if type(job_succeeded_count) is not int:
            if job_succeeded_count is UNSET:
                _missing += 1
            else:
                job_succeeded_count = drifted(job_succeeded_count, "int", "$.job_succeeded_count", "integer")

        job_failed_count = d.get("job_failed_count", UNSET)
        if type(job_failed_count) is not int:
            if job_failed_count is UNSET:
                _missing += 1
            else:
                job_failed_count = drifted(job_failed_count, "int", "$.job_failed_count", "integer")

        job_count = d.get("job_count", UNSET)
        if type(job_count) is not int:
            if job_count is UNSET:
                _missing += 1
            else:
                job_count = drifted(job_count, "int", "$.job_count", "integer")

        job_scope_count = d.get("job_scope_count", UNSET)
        if type(job_scope_count) is not int:
            if job_scope_count is UNSET:
                _missing += 1
            else:
                job_scope_count = drifted(job_scope_count, "int", "$.job_scope_count", "integer")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.items = items
        obj.job_succeeded_count = job_succeeded_count
        obj.job_failed_count = job_failed_count
        obj.job_count = job_count
        obj.job_scope_count = job_scope_count
        if len(d) == 5 - _missing:  # every key is a known field
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
from ..models.recipe_job import RecipeJob  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_RecipeJob_from_dict = RecipeJob.from_dict
