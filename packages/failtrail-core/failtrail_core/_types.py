"""Shared types: the raw Response of the ``*_detailed`` calls, and the UNSET marker generated parsers use internally.

Response and File are dataclasses, not attrs classes as the models are: every vendor package imports
this module, and attrs would be most of what ``import failtrail_<vendor>`` costs beyond httpx (it is
loaded with the first model instead).
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from typing import IO, BinaryIO, Generic, Literal, TypeVar


class Unset:
    """The type of UNSET: "not given", as distinct from an explicit None."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    # One UNSET in a process: generated code tests ``value is UNSET``, so a copied or unpickled model
    # must hold this same object, not a second Unset that would be sent as a value.
    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: object) -> Unset:
        return self

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


def is_absent(value: object) -> bool:
    """Whether an argument or field was left out: None or UNSET."""
    return value is None or isinstance(value, Unset)


FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True, weakref_slot=True)
class File:
    """A file to upload."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
E = TypeVar("E")


@dataclass(slots=True, weakref_slot=True, repr=False)
class Response(Generic[T, E]):
    """A raw answer: status, headers, body, the vendor's request id, and its model where it parsed.

    ``parsed`` holds the success model (None on an error status or a body that does not parse);
    ``error`` holds the error body's model on a 4xx/5xx whose body the spec documents. Each is typed
    as what it can hold, so a strict type checker sees which one a branch reads.
    """

    status_code: int
    content: bytes  # a token endpoint's body is a secret: shown by its length
    headers: MutableMapping[str, str]  # shown by their number
    parsed: T | None  # its model's repr redacts the fields the spec marks secret
    request_id: str | None = None
    error: E | None = None

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, content=<{len(self.content)} bytes>, "
            f"headers=<{len(self.headers)} headers>, parsed={self.parsed!r}, request_id={self.request_id!r}, "
            f"error={self.error!r})"
        )

    @property
    def is_success(self) -> bool:
        """Whether the status is 2xx."""
        return 200 <= self.status_code < 300


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "is_absent"]
