"""failtrail-core: the runtime every failtrail vendor package shares.

One client base, one exception tree, one pager, one sandbox kit: ``failtrail_zuora.RateLimitError``,
``failtrail_citrix.RateLimitError`` and ``failtrail.RateLimitError`` are all this package's
:class:`RateLimitError`, so ``except failtrail_core.FailtrailError`` catches every vendor's errors.

Users import these names from a vendor package or from ``failtrail``; generated code imports the
runtime through :mod:`failtrail_core.gen_v1`; vendor sandboxes build on :mod:`failtrail_core.sandbox`.
"""

from typing import TYPE_CHECKING

from ._version import __version__

if TYPE_CHECKING:
    from ._auth import ClientCredentialsAuth, TokenAuth
    from ._base_client import Clock
    from ._decode import DecodeError
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
        ConflictError,
        FailtrailError,
        InternalServerError,
        NotFoundError,
        PaginationError,
        PermissionDeniedError,
        RateLimitError,
        RequestValidationError,
        ResponseDecodingError,
        ResponseParseError,
        ResponseTooLargeError,
        UnprocessableEntityError,
    )
    from ._operations import Operation, Pagination, Param, TimeRange
    from ._pagination import AsyncPager, Cursor, SyncPager, UnreadableRecord
    from ._pointer import error_message
    from ._types import Response
    from .sigv4 import SigV4Auth

# Each name's module, imported when the name is first used: `from failtrail_core import FailtrailError`
# (what the umbrella's error handling does) need not import httpx, the pager or the client.
_WHERE = {
    "ClientCredentialsAuth": "._auth",
    "TokenAuth": "._auth",
    "Clock": "._base_client",
    "DecodeError": "._decode",
    "APIConnectionError": "._exceptions",
    "APIError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "ClientClosedError": "._exceptions",
    "ConflictError": "._exceptions",
    "FailtrailError": "._exceptions",
    "InternalServerError": "._exceptions",
    "NotFoundError": "._exceptions",
    "PaginationError": "._exceptions",
    "PermissionDeniedError": "._exceptions",
    "RateLimitError": "._exceptions",
    "RequestValidationError": "._exceptions",
    "ResponseDecodingError": "._exceptions",
    "ResponseParseError": "._exceptions",
    "ResponseTooLargeError": "._exceptions",
    "UnprocessableEntityError": "._exceptions",
    "Operation": "._operations",
    "Pagination": "._operations",
    "Param": "._operations",
    "TimeRange": "._operations",
    "AsyncPager": "._pagination",
    "Cursor": "._pagination",
    "SyncPager": "._pagination",
    "UnreadableRecord": "._pagination",
    "Response": "._types",
    "error_message": "._pointer",
    "SigV4Auth": ".sigv4",
}

if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is an error there, not Any

    def __getattr__(name: str) -> object:
        where = _WHERE.get(name)
        if where is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(__import__(__name__ + where, fromlist=(name,)), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ClientCredentialsAuth",
    "Clock",
    "ConflictError",
    "Cursor",
    "DecodeError",
    "FailtrailError",
    "InternalServerError",
    "NotFoundError",
    "Operation",
    "Pagination",
    "PaginationError",
    "Param",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "Response",
    "ResponseDecodingError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "SigV4Auth",
    "SyncPager",
    "TimeRange",
    "TokenAuth",
    "UnprocessableEntityError",
    "UnreadableRecord",
    "__version__",
    "error_message",
]
