"""The exceptions a failtrail client raises.

Every failure comes out as one of these, never as a bare ``KeyError``, ``TypeError`` or
``JSONDecodeError``::

    FailtrailError
    ├── RequestValidationError      bad input, refused before anything is sent (also a ValueError)
    ├── DecodeError                 data handed to a model's ``from_dict`` does not match the spec
    └── APIError                    something went wrong on the wire
        ├── APIConnectionError      no usable answer: DNS, refused, reset, cut short
        │   └── APITimeoutError
        ├── ClientClosedError       the client was closed; a new one is needed
        ├── ClientConfigurationError  the call cannot go where it should (a sync transport given alone)
        ├── ResponseTooLargeError   the (decompressed) body passed the client's cap
        ├── ResponseDecodingError   the body's Content-Encoding is corrupt, stacked or one the client never asked for
        ├── ResponseParseError      the body does not match the spec; ``path`` names the field
        ├── PaginationError         the server's pages do not advance (a repeated cursor, ...)
        └── APIStatusError          a 4xx or 5xx answer, with the vendor's error body parsed
            ├── BadRequestError             400
            ├── AuthenticationError         401
            ├── PermissionDeniedError       403
            ├── NotFoundError               404
            ├── ConflictError               409
            ├── UnprocessableEntityError    422
            ├── RateLimitError              429
            └── InternalServerError         >= 500
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx  # annotations only: catching FailtrailError need not import the HTTP stack

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "ClientClosedError",
    "ClientConfigurationError",
    "BadRequestError",
    "ConflictError",
    "FailtrailError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseDecodingError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
]


class FailtrailError(Exception):
    """The base of every error this package raises."""


class RequestValidationError(FailtrailError, ValueError):
    """A call's arguments break a documented rule; nothing was sent.

    Attributes:
        parameter: the parameter's name on the wire (e.g. ``Zuora-Track-Id``).
        rule: the rule that was broken (``maxLength``, ``pattern``, ``maximum``, ``time-range``...).
    """

    def __init__(self, parameter: str, rule: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.rule = rule


class APIError(FailtrailError):
    """Something went wrong talking to the API.

    Attributes:
        request: the request that was sent (its secrets are never part of the message).
    """

    def __init__(self, message: str, *, request: httpx.Request | None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No usable answer came back: the connection failed, dropped or was cut short."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request took longer than its timeout."""

    def __init__(self, *, request: httpx.Request | None) -> None:
        super().__init__("Request timed out.", request=request)


class PaginationError(APIError):
    """The server's pages do not move the walk on: a repeated cursor or offset, or an empty page that
    still links a next one. Raised after every record already received was delivered.

    Attributes:
        cursor: where to resume (the last page, past the records delivered), as ``str()`` for storage.
    """

    def __init__(self, message: str, *, cursor: object) -> None:
        super().__init__(message, request=None)
        self.cursor = cursor


class _ResponseError(APIError):
    """An error that came with a response: keeps its status, headers, raw body and request id."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: bytes,
        request_id: str | None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response: httpx.Response = response
        self.status_code: int = response.status_code
        self.headers: httpx.Headers = response.headers
        self.body: bytes = body
        self.request_id: str | None = request_id


class ResponseTooLargeError(_ResponseError):
    """The response body, once decompressed, grew past ``max_response_bytes``."""


class ResponseDecodingError(_ResponseError):
    """The body could not be decoded as its ``Content-Encoding`` says: corrupt, cut short, stacked layers
    (``gzip, gzip``) or an encoding the client never asked for. Status, headers and request id are kept."""


class ClientConfigurationError(APIError):
    """The client was set up so that this call cannot go where it should (a sync transport without an async one)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, request=None)


class ClientClosedError(APIError):
    """A call on a client that was closed (``close()``, or the end of its ``with`` block)."""

    def __init__(self, message: str = "the client is closed; create a new one") -> None:
        super().__init__(message, request=None)


class ResponseParseError(_ResponseError):
    """The response body could not be parsed into the model the spec promises.

    Attributes:
        path: where in the body it went wrong, e.g. ``$.data[3].latency``.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: bytes,
        request_id: str | None,
        path: str = "$",
    ) -> None:
        super().__init__(message, response=response, body=body, request_id=request_id)
        self.path = path


class APIStatusError(_ResponseError):
    """The API answered with a 4xx or 5xx status.

    Attributes:
        parsed: the vendor's error body parsed into its model, or ``None`` when it did not parse.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: bytes,
        request_id: str | None,
        parsed: Any = None,
    ) -> None:
        super().__init__(message, response=response, body=body, request_id=request_id)
        self.parsed = parsed
        self.retry_after: float | None = None
        """Seconds the server asked to wait (``Retry-After``, or the vendor's reset header), if it said."""


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429: slow down. The client already waited and retried as far as it was allowed to; when the server
    asked for a longer wait than the client's ``max_retry_wait``, ``retry_after`` says how long."""


class InternalServerError(APIStatusError):
    """A 5xx answer."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The most specific :class:`APIStatusError` subclass for a status code."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)
