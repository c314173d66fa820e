from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from failtrail_core.gen_v1 import (
    DecodeError,
    bad_datetime,
    bad_type,
    drifted,
    from_isoformat,
    redact_secrets,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipeJob")

_new_instance = object.__new__

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "flow_run_id",
        "recipe_id",
        "status",
        "started_at",
        "completed_at",
        "title",
        "is_error",
        "is_poll_error",
        "error",
        "error_parts",
        "master_job_id",
        "calling_recipe_id",
        "calling_job_id",
        "root_recipe_id",
        "root_job_id",
    )
)


@_attrs_define
class RecipeJob:
    """A job of a recipe (one run of it).

    Attributes:
        id (str): Job ID (e.g. `j-KGAKfhsz-GYoLe`); the value to send as `offset_job_id`.
        flow_run_id (int | None | Unset):
        recipe_id (int | None | Unset):
        status (None | str | Unset): succeeded, failed or pending (other values kept as they are).
        started_at (datetime.datetime | None | Unset):
        completed_at (datetime.datetime | None | Unset):
        title (None | str | Unset): What started the job (the trigger's event).
        is_error (bool | None | Unset): Whether the job failed.
        is_poll_error (bool | None | Unset): Whether the failure was in the trigger's poll.
        error (None | str | Unset): The job's error message, when it failed.
        error_parts (None | RecipeJobErrorParts | Unset): The failed step's error, broken down. Workato's 2019 docs also
            show `input` (the step's input, redacted); it is not declared here (its shape is not documented) and is kept
            among the unknown fields.
        master_job_id (None | str | Unset):
        calling_recipe_id (int | None | Unset):
        calling_job_id (None | str | Unset):
        root_recipe_id (int | None | Unset):
        root_job_id (None | str | Unset):
        additional_properties: fields the spec does not list, kept as they came.
    """

    id: str

    flow_run_id: int | None | Unset = UNSET

    recipe_id: int | None | Unset = UNSET

    status: None | str | Unset = UNSET

    started_at: datetime.datetime | None | Unset = UNSET

    completed_at: datetime.datetime | None | Unset = UNSET

    title: None | str | Unset = UNSET

    is_error: bool | None | Unset = UNSET

    is_poll_error: bool | None | Unset = UNSET

    error: None | str | Unset = UNSET

    error_parts: None | RecipeJobErrorParts | Unset = UNSET

    master_job_id: None | str | Unset = UNSET

    calling_recipe_id: int | None | Unset = UNSET

    calling_job_id: None | str | Unset = UNSET

    root_recipe_id: int | None | Unset = UNSET

    root_job_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # JSON name -> attribute, and the fields the spec marks x-failtrail-secret: what to_redacted_dict() hides.
    _json_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "flow_run_id": "flow_run_id",
        "recipe_id": "recipe_id",
        "status": "status",
        "started_at": "started_at",
        "completed_at": "completed_at",
        "title": "title",
        "is_error": "is_error",
        "is_poll_error": "is_poll_error",
        "error": "error",
        "error_parts": "error_parts",
        "master_job_id": "master_job_id",
        "calling_recipe_id": "calling_recipe_id",
        "calling_job_id": "calling_job_id",
        "root_recipe_id": "root_recipe_id",
        "root_job_id": "root_job_id",
    }
    _secret_fields: ClassVar[frozenset[str]] = frozenset(())
    # What an object must hold to be this model: lets a oneOf pick its shape without trying each.
    _required_keys: ClassVar[frozenset[str]] = frozenset(("id",))

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, unknown fields included."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = self.id
        flow_run_id: int | None | Unset
        if isinstance(self.flow_run_id, Unset):
            flow_run_id = UNSET
        else:
            flow_run_id = self.flow_run_id
        if flow_run_id is not UNSET:
            field_dict["flow_run_id"] = flow_run_id
        recipe_id: int | None | Unset
        if isinstance(self.recipe_id, Unset):
            recipe_id = UNSET
        else:
            recipe_id = self.recipe_id
        if recipe_id is not UNSET:
            field_dict["recipe_id"] = recipe_id
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status
        if status is not UNSET:
            field_dict["status"] = status
        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title
        if title is not UNSET:
            field_dict["title"] = title
        is_error: bool | None | Unset
        if isinstance(self.is_error, Unset):
            is_error = UNSET
        else:
            is_error = self.is_error
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        is_poll_error: bool | None | Unset
        if isinstance(self.is_poll_error, Unset):
            is_poll_error = UNSET
        else:
            is_poll_error = self.is_poll_error
        if is_poll_error is not UNSET:
            field_dict["is_poll_error"] = is_poll_error
        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error
        if error is not UNSET:
            field_dict["error"] = error
        error_parts: dict[str, Any] | None | Unset
        if isinstance(self.error_parts, Unset):
            error_parts = UNSET
        elif isinstance(self.error_parts, RecipeJobErrorParts):
            error_parts = self.error_parts.to_dict()
        else:
            error_parts = self.error_parts
        if error_parts is not UNSET:
            field_dict["error_parts"] = error_parts
        master_job_id: None | str | Unset
        if isinstance(self.master_job_id, Unset):
            master_job_id = UNSET
        else:
            master_job_id = self.master_job_id
        if master_job_id is not UNSET:
            field_dict["master_job_id"] = master_job_id
        calling_recipe_id: int | None | Unset
        if isinstance(self.calling_recipe_id, Unset):
            calling_recipe_id = UNSET
        else:
            calling_recipe_id = self.calling_recipe_id
        if calling_recipe_id is not UNSET:
            field_dict["calling_recipe_id"] = calling_recipe_id
        calling_job_id: None | str | Unset
        if isinstance(self.calling_job_id, Unset):
            calling_job_id = UNSET
        else:
            calling_job_id = self.calling_job_id
        if calling_job_id is not UNSET:
            field_dict["calling_job_id"] = calling_job_id
        root_recipe_id: int | None | Unset
        if isinstance(self.root_recipe_id, Unset):
            root_recipe_id = UNSET
        else:
            root_recipe_id = self.root_recipe_id
        if root_recipe_id is not UNSET:
            field_dict["root_recipe_id"] = root_recipe_id
        root_job_id: None | str | Unset
        if isinstance(self.root_job_id, Unset):
            root_job_id = UNSET
        else:
            root_job_id = self.root_job_id
        if root_job_id is not UNSET:
            field_dict["root_job_id"] = root_job_id
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
            id = d["id"]
        except KeyError:
            raise DecodeError("$.id", "required field is missing") from None
        if type(id) is not str:
            id = drifted(id, "str", "$.id", "string")

        flow_run_id = d.get("flow_run_id", UNSET)
        if type(flow_run_id) is not int and flow_run_id is not None:
            if flow_run_id is UNSET:
                _missing += 1
            else:
                flow_run_id = drifted(flow_run_id, "int", "$.flow_run_id", "integer or null")

        recipe_id = d.get("recipe_id", UNSET)
        if type(recipe_id) is not int and recipe_id is not None:
            if recipe_id is UNSET:
                _missing += 1
            else:
                recipe_id = drifted(recipe_id, "int", "$.recipe_id", "integer or null")

        status = d.get("status", UNSET)
        if type(status) is not str and status is not None:
            if status is UNSET:
                _missing += 1
            else:
                status = drifted(status, "str", "$.status", "string or null")

        started_at = d.get("started_at", UNSET)
        if started_at is UNSET:
            _missing += 1
        else:
            if type(started_at) is str:
                try:
                    started_at = from_isoformat(started_at)
                except (TypeError, ValueError):
                    bad_datetime(started_at, "$.started_at")
                if started_at.tzinfo is None:
                    bad_datetime(started_at, "$.started_at")

            elif started_at is None:
                pass
            else:
                bad_type("$.started_at", "date-time string or null", started_at)

        completed_at = d.get("completed_at", UNSET)
        if completed_at is UNSET:
            _missing += 1
        else:
            if type(completed_at) is str:
                try:
                    completed_at = from_isoformat(completed_at)
                except (TypeError, ValueError):
                    bad_datetime(completed_at, "$.completed_at")
                if completed_at.tzinfo is None:
                    bad_datetime(completed_at, "$.completed_at")

            elif completed_at is None:
                pass
            else:
                bad_type("$.completed_at", "date-time string or null", completed_at)

        title = d.get("title", UNSET)
        if type(title) is not str and title is not None:
            if title is UNSET:
                _missing += 1
            else:
                title = drifted(title, "str", "$.title", "string or null")

        is_error = d.get("is_error", UNSET)
        if type(is_error) is not bool and is_error is not None:
            if is_error is UNSET:
                _missing += 1
            else:
                is_error = drifted(is_error, "bool", "$.is_error", "boolean or null")

        is_poll_error = d.get("is_poll_error", UNSET)
        if type(is_poll_error) is not bool and is_poll_error is not None:
            if is_poll_error is UNSET:
                _missing += 1
            else:
                is_poll_error = drifted(is_poll_error, "bool", "$.is_poll_error", "boolean or null")

        error = d.get("error", UNSET)
        if type(error) is not str and error is not None:
            if error is UNSET:
                _missing += 1
            else:
                error = drifted(error, "str", "$.error", "string or null")

        error_parts = d.get("error_parts", UNSET)
        if error_parts is UNSET:
            _missing += 1
        else:
            if type(error_parts) is dict:
                try:
                    error_parts = _RecipeJobErrorParts_from_dict(error_parts)
                except DecodeError as _e:
                    raise _e.within("$.error_parts") from None
            elif error_parts is None:
                pass
            else:
                bad_type("$.error_parts", "object or null", error_parts)

        master_job_id = d.get("master_job_id", UNSET)
        if type(master_job_id) is not str and master_job_id is not None:
            if master_job_id is UNSET:
                _missing += 1
            else:
                master_job_id = drifted(master_job_id, "str", "$.master_job_id", "string or null")

        calling_recipe_id = d.get("calling_recipe_id", UNSET)
        if type(calling_recipe_id) is not int and calling_recipe_id is not None:
            if calling_recipe_id is UNSET:
                _missing += 1
            else:
                calling_recipe_id = drifted(calling_recipe_id, "int", "$.calling_recipe_id", "integer or null")

        calling_job_id = d.get("calling_job_id", UNSET)
        if type(calling_job_id) is not str and calling_job_id is not None:
            if calling_job_id is UNSET:
                _missing += 1
            else:
                calling_job_id = drifted(calling_job_id, "str", "$.calling_job_id", "string or null")

        root_recipe_id = d.get("root_recipe_id", UNSET)
        if type(root_recipe_id) is not int and root_recipe_id is not None:
            if root_recipe_id is UNSET:
                _missing += 1
            else:
                root_recipe_id = drifted(root_recipe_id, "int", "$.root_recipe_id", "integer or null")

        root_job_id = d.get("root_job_id", UNSET)
        if type(root_job_id) is not str and root_job_id is not None:
            if root_job_id is UNSET:
                _missing += 1
            else:
                root_job_id = drifted(root_job_id, "str", "$.root_job_id", "string or null")

        # Filled in place rather than through attrs' __init__: every field is assigned here,
        # and the keyword call would cost more than all the checks above (see `nox -s bench`).
        obj = _new_instance(cls)
        obj.id = id
        obj.flow_run_id = flow_run_id
        obj.recipe_id = recipe_id
        obj.status = status
        obj.started_at = started_at
        obj.completed_at = completed_at
        obj.title = title
        obj.is_error = is_error
        obj.is_poll_error = is_poll_error
        obj.error = error
        obj.error_parts = error_parts
        obj.master_job_id = master_job_id
        obj.calling_recipe_id = calling_recipe_id
        obj.calling_job_id = calling_job_id
        obj.root_recipe_id = root_recipe_id
        obj.root_job_id = root_job_id
        if len(d) == 16 - _missing:  # every key is a known field
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
from ..models.recipe_job_error_parts import RecipeJobErrorParts  # noqa: E402

# Bound once, below every import: from_dict calls these by their module-level names, which costs
# less per record than looking up a class attribute (and building a bound method) on every call.
_RecipeJobErrorParts_from_dict = RecipeJobErrorParts.from_dict
