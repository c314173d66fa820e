"""The generator/runtime interface, version 1: every name that generated code imports from the core.

Generated vendor packages import the runtime from here and nowhere else (as GAPIC output imports
``google.api_core.gapic_v1``), so the core may reorganise its private modules freely. A change that
generated code can see adds names and raises :data:`REVISION`; a change that breaks generated code is
a new module, ``gen_v2``. Each generated package calls :func:`require` with the revision it was
generated against, so an install whose core is too old fails at import, not at the first call.
"""

from __future__ import annotations

from ._auth import ClientCredentialsAuth, TokenAuth
from ._base_client import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_TIMEOUT,
    BaseClient,
    Clock,
    Parser,
)
from ._body import body_data, check_body
from ._decode import (
    SAFE_DIGITS,
    DecodeError,
    OneOf,
    as_utc,
    bad_datetime,
    bad_type,
    canonical_keys,
    drifted,
    from_isoformat,
    parse_date,
    parse_int_string,
)
from ._encode import encode
from ._json_body import read_json, read_json_lenient
from ._logging import redacted_repr
from ._operations import Operation, Pagination, Param, TimeRange
from ._paged_call import Parsers, async_pager, sync_pager
from ._pagination import (
    AsyncPager,
    AsyncPages,
    Cursor,
    SyncPager,
    SyncPages,
    UnreadableLog,
    UnreadableRecord,
    lenient_page,
    walk,
)
from ._secrets import redact_secrets
from ._types import UNSET, File, FileTypes, RequestFiles, Response, Unset, is_absent
from .sigv4 import SigV4Auth

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_WAIT",
    "DEFAULT_TIMEOUT",
    "REVISION",
    "SAFE_DIGITS",
    "UNSET",
    "AsyncItems",
    "AsyncPager",
    "AsyncPages",
    "BaseClient",
    "ClientCredentialsAuth",
    "Clock",
    "Cursor",
    "DecodeError",
    "File",
    "FileTypes",
    "OneOf",
    "Operation",
    "Pagination",
    "Param",
    "Parser",
    "Parsers",
    "RequestFiles",
    "Response",
    "SigV4Auth",
    "SyncItems",
    "SyncPager",
    "SyncPages",
    "TimeRange",
    "TokenAuth",
    "UnreadableLog",
    "UnreadableRecord",
    "Unset",
    "as_utc",
    "async_pager",
    "bad_datetime",
    "bad_type",
    "body_data",
    "canonical_keys",
    "check_body",
    "drifted",
    "encode",
    "from_isoformat",
    "is_absent",
    "lenient_page",
    "parse_date",
    "parse_int_string",
    "read_json",
    "read_json_lenient",
    "redact_secrets",
    "redacted_repr",
    "require",
    "sync_pager",
    "walk",
]

REVISION = 3
"""The interface revision this core provides; generated code states the one it needs.

Revision 3 added :func:`read_json` / :func:`read_json_lenient` and the ``"wire"`` parser kind (a JSON
body read through the package's compiled mirror of its models).

Revision 2 added :class:`SyncPager` / :class:`AsyncPager` (what a paginated ``sync()`` / ``asyncio()``
returns) and :func:`sync_pager` / :func:`async_pager` that make them, :func:`encode`, ``Response``'s ``error``, ``Operation(retry_delay=...)`` (where an error body
names its wait) and array parameters' ``Param`` fields (``item_kind``, ``style``, ``explode``,
``min_items``, ``max_items``); the revision 1 names stay, so code generated
against revision 1 still imports.
"""

# Revision 1's names for the pagers.
SyncItems = SyncPager
AsyncItems = AsyncPager


def require(revision: int, package: str) -> None:
    """Fail at import when ``package`` was generated against a newer interface than this core has."""
    if revision > REVISION:
        from ._version import __version__

        raise ImportError(
            f"{package} needs failtrail-core's generator interface gen_v1 revision {revision}, but the installed"
            f" failtrail-core {__version__} has revision {REVISION}: upgrade failtrail-core"
        )
