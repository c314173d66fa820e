"""failtrail-core: the runtime every failtrail vendor package shares.

One client base, one exception tree, one pager, one sandbox kit: ``failtrail_zuora.RateLimitError``,
``failtrail_citrix.RateLimitError`` and ``failtrail.RateLimitError`` are all this package's
:class:`RateLimitError`, so ``except failtrail_core.FailtrailError`` catches every vendor's errors.

Users import these names from a vendor package or from ``failtrail``; generated code imports the
runtime through :mod:`failtrail_core.gen_v1`; vendor sandboxes build on :mod:`failtrail_core.sandbox`.
"""

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
from ._pagination import Cursor, UnreadableRecord
from ._types import UNSET, Response, Unset
from ._version import __version__
from .sigv4 import SigV4Auth

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
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
    "Param",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "Response",
    "ResponseDecodingError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "SigV4Auth",
    "TimeRange",
    "TokenAuth",
    "UNSET",
    "UnprocessableEntityError",
    "UnreadableRecord",
    "Unset",
    "__version__",
]
