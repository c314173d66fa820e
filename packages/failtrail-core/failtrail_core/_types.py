"""Shared types: the raw Response of the ``*_detailed`` calls, and the UNSET marker generated parsers use internally."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define, field


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


@define
class File:
    """A file to upload."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")
E = TypeVar("E")


@define
class Response(Generic[T, E]):
    """A raw answer: status, headers, body, the vendor's request id, and its model where it parsed.

    ``parsed`` holds the success model (None on an error status or a body that does not parse);
    ``error`` holds the error body's model on a 4xx/5xx whose body the spec documents. Each is typed
    as what it can hold, so a strict type checker sees which one a branch reads.
    """

    status_code: int
    content: bytes = field(repr=lambda body: f"<{len(body)} bytes>")  # a token endpoint's body is a secret
    headers: MutableMapping[str, str] = field(repr=lambda headers: f"<{len(headers)} headers>")
    parsed: T | None = field()  # its model's repr redacts the fields the spec marks secret
    request_id: str | None = None
    error: E | None = None

    @property
    def is_success(self) -> bool:
        """Whether the status is 2xx."""
        return 200 <= self.status_code < 300


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "is_absent"]
