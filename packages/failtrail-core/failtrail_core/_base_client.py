"""The machinery every generated operation goes through: build, send, retry, read, parse.

A generated endpoint module only says *what* to send (its operation's facts and its arguments) and
*how* to parse each documented status; this module does the rest the same way for every vendor.
"""

from __future__ import annotations

import email.utils
import gzip
import random
import time
from collections.abc import Callable, Mapping
from typing import Any, Literal, NoReturn, TypeVar
from urllib.parse import quote, urlencode

import anyio
import httpx
import orjson

from ._decode import DecodeError
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ResponseParseError,
    ResponseTooLargeError,
    status_error_class,
)
from ._logging import get_logger, redact_headers
from ._operations import Operation
from ._params import serialize_params
from ._types import Response

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "BaseClient",
    "Clock",
    "ResponseKind",
]

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

ResponseKind = Literal["json", "text", "bytes", "none"]
Parser = tuple[ResponseKind, Callable[[Any], Any]]


# RFC 3986 pchar, less "%": what a path segment may carry unescaped.
_SEGMENT_SAFE = "!$&'()*+,;=:@"


def path_segment(value: str) -> str:
    """A path parameter as exactly one segment: "/", "?", "#" and "%" escaped, dot segments too.

    Otherwise "a/b" would add a segment, "a?b" start the query, and ".." climb out of the path.
    """
    if value in (".", ".."):
        return value.replace(".", "%2E")
    return quote(value, safe=_SEGMENT_SAFE)


class Clock:
    """Wall time and sleeping, in one place so tests can fake them."""

    def time(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)


class BaseClient:
    """Holds the connection pools and the settings that apply to every call."""

    _package: str = ""
    _version: str = ""
    _request_id_headers: tuple[str, ...] = ()
    _safe_headers: frozenset[str] = frozenset()
    _rate_limit_reset_header: str | None = None

    def __init__(
        self,
        *,
        base_url: str,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        compress_requests: bool = False,
        compress_threshold: int = 1024,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        options: Mapping[str, Any] | None = None,
        clock: Clock | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if timeout is None:
            raise ValueError("timeout must be finite; pass a number of seconds or an httpx.Timeout")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.max_retries = max_retries
        self.compress_requests = compress_requests
        self.compress_threshold = compress_threshold
        self.max_response_bytes = max_response_bytes
        self.options: dict[str, Any] = {k: v for k, v in (options or {}).items() if v is not None}
        self._auth = auth
        self._headers = {
            "Accept": "application/json",
            "Accept-Encoding": "gzip",
            "User-Agent": f"{self._package.replace('_', '-')}/{self._version} python/{_python_version()}",
            **(headers or {}),
        }
        self._transport = transport
        self._async_transport = async_transport
        self._sync: httpx.Client | None = None
        self._async: httpx.AsyncClient | None = None
        self._clock = clock or Clock()
        self._log = get_logger(self._package)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    # -- connection pools -------------------------------------------------------------------

    def get_httpx_client(self) -> httpx.Client:
        """The sync pool, created on first use."""
        if self._sync is None:
            self._sync = httpx.Client(base_url=self.base_url, auth=self._auth, transport=self._transport)
        return self._sync

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The async pool, created on first use."""
        if self._async is None:
            self._async = httpx.AsyncClient(base_url=self.base_url, auth=self._auth, transport=self._async_transport)
        return self._async

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- building ---------------------------------------------------------------------------

    def build_request(
        self,
        op: Operation,
        values: Mapping[str, Any],
        *,
        json: Any = None,
        form: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> httpx.Request:
        """Validate the arguments against the spec and build the request; nothing is sent."""
        path_values, query, headers = serialize_params(op, values, self.options)
        url = op.path
        for name, value in path_values.items():
            url = url.replace("{" + name + "}", path_segment(value))
        content: bytes | None = None
        all_headers = {**self._headers, **headers, **(extra_headers or {})}
        if json is not None:
            content = orjson.dumps(json)
            all_headers["Content-Type"] = "application/json"
        elif form is not None:
            content = urlencode(form).encode("ascii")
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        if content is not None and self.compress_requests and len(content) >= self.compress_threshold:
            content = gzip.compress(content, mtime=0)
            all_headers["Content-Encoding"] = "gzip"
        return self.get_httpx_client().build_request(
            op.method,
            url,
            params={**query, **(extra_query or {})},
            headers=all_headers,
            content=content,
            timeout=self.timeout if timeout is None else timeout,
        )

    # -- sending ----------------------------------------------------------------------------

    def send(self, request: httpx.Request, *, retryable: bool, max_retries: int | None = None) -> httpx.Response:
        """Send with retries; the returned response's body is read (and capped)."""
        retries = self.max_retries if max_retries is None else max_retries
        attempt = 0
        while True:
            self._log_request(request, attempt)
            started = self._clock.time()
            try:
                response = self.get_httpx_client().send(request, stream=True)
                try:
                    body = self._capped_body(response)
                    for chunk in response.iter_bytes():
                        body.add(chunk)
                    response._content = body.content()
                finally:
                    response.close()
            except (httpx.TransportError, APIStatusError) as exc:
                delay = self._retry_after_error(exc, attempt, retries, retryable)
                if delay is None:
                    raise _as_api_error(exc, request) from exc
            else:
                self._log_response(response, self._clock.time() - started)
                delay = self._retry_after_response(response, attempt, retries, retryable)
                if delay is None:
                    return response
            self._clock.sleep(delay)
            attempt += 1

    async def asend(self, request: httpx.Request, *, retryable: bool, max_retries: int | None = None) -> httpx.Response:
        """The async twin of :meth:`send`."""
        retries = self.max_retries if max_retries is None else max_retries
        attempt = 0
        while True:
            self._log_request(request, attempt)
            started = self._clock.time()
            try:
                response = await self.get_async_httpx_client().send(request, stream=True)
                try:
                    body = self._capped_body(response)
                    async for chunk in response.aiter_bytes():
                        body.add(chunk)
                    response._content = body.content()
                finally:
                    await response.aclose()
            except (httpx.TransportError, APIStatusError) as exc:
                delay = self._retry_after_error(exc, attempt, retries, retryable)
                if delay is None:
                    raise _as_api_error(exc, request) from exc
            else:
                self._log_response(response, self._clock.time() - started)
                delay = self._retry_after_response(response, attempt, retries, retryable)
                if delay is None:
                    return response
            await self._clock.asleep(delay)
            attempt += 1

    def _retry_after_error(
        self, exc: httpx.TransportError | APIStatusError, attempt: int, retries: int, retryable: bool
    ) -> float | None:
        """How long to wait before retrying after ``exc``, or None to give up."""
        if not retryable or attempt >= retries:
            return None
        if isinstance(exc, APIStatusError):  # raised by an auth flow, e.g. a rate-limited token endpoint
            return self._retry_after_response(exc.response, attempt, retries, retryable)
        return self._backoff(attempt)

    def _retry_after_response(
        self, response: httpx.Response, attempt: int, retries: int, retryable: bool
    ) -> float | None:
        """How long to wait before retrying this answer, or None to keep it."""
        if not retryable or attempt >= retries or response.status_code not in RETRY_STATUSES:
            return None
        return self._retry_delay(response, attempt)

    def _capped_body(self, response: httpx.Response) -> _CappedBody:
        """Where ``send`` and ``asend`` gather the decompressed body, refused past ``max_response_bytes``."""

        def too_large() -> ResponseTooLargeError:
            return ResponseTooLargeError(
                f"Response body passed the {self.max_response_bytes} byte cap",
                response=response,
                body=b"",
                request_id=self.request_id(response),
            )

        return _CappedBody(self.max_response_bytes, too_large)

    # -- retry timing -----------------------------------------------------------------------

    def _backoff(self, attempt: int) -> float:
        delay: float = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
        return delay * (1 - 0.25 * random.random())

    def _retry_delay(self, response: httpx.Response, attempt: int) -> float:
        """``Retry-After`` (seconds or HTTP date), then the vendor's reset header, then backoff."""
        headers = response.headers
        candidates = [headers.get("retry-after")]
        if response.status_code == 429 and self._rate_limit_reset_header:
            candidates.append(headers.get(self._rate_limit_reset_header))
        for value in candidates:
            seconds = self._parse_retry_after(value)
            if seconds is not None and 0 <= seconds <= MAX_RETRY_AFTER:
                return seconds
        return self._backoff(attempt)

    def _parse_retry_after(self, value: str | None) -> float | None:
        if not value:
            return None
        try:
            return float(value)
        except ValueError:
            pass
        parsed = email.utils.parsedate_tz(value)
        if parsed is None:
            return None
        return max(0.0, email.utils.mktime_tz(parsed) - self._clock.time())

    # -- parsing ----------------------------------------------------------------------------

    def request_id(self, response: httpx.Response) -> str | None:
        """The vendor's request id, from the headers the spec marks as carrying one."""
        for name in self._request_id_headers:
            value: str | None = response.headers.get(name)
            if value:
                return value
        return None

    def detailed(
        self, response: httpx.Response, success: Mapping[int, Parser], errors: Mapping[int | str, Parser]
    ) -> Response[Any]:
        """The raw answer and, where it parses, its model (success or error body)."""
        parser = success.get(response.status_code) or errors.get(response.status_code) or errors.get("default")
        parsed = None
        if parser is not None:
            try:
                parsed = self._decode(response, parser)
            except ResponseParseError:
                parsed = None
        return Response(
            status_code=response.status_code,
            content=response.content,
            headers=response.headers,
            parsed=parsed,
            request_id=self.request_id(response),
        )

    def parse(self, response: httpx.Response, success: Mapping[int, Parser], errors: Mapping[int | str, Parser]) -> Any:
        """The parsed model of a success; a typed error for anything else."""
        parser = success.get(response.status_code)
        if parser is not None:
            return self._decode(response, parser)
        if response.status_code >= 400:
            self._raise_status(response, errors.get(response.status_code) or errors.get("default"))
        raise ResponseParseError(
            f"Undocumented status {response.status_code}",
            response=response,
            body=response.content,
            request_id=self.request_id(response),
        )

    def _decode(self, response: httpx.Response, parser: Parser) -> Any:
        kind, build = parser
        body = response.content
        try:
            if kind == "none":
                return None
            if kind == "bytes":
                return build(body)
            if kind == "text":
                return build(body.decode(response.encoding or "utf-8", errors="replace"))
            data = orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            raise ResponseParseError(
                f"Response body is not valid JSON: {exc}",
                response=response,
                body=body,
                request_id=self.request_id(response),
            ) from exc
        try:
            return build(data)
        except DecodeError as exc:
            raise ResponseParseError(
                f"Response does not match the spec at {exc.path}: {exc.reason}",
                response=response,
                body=body,
                request_id=self.request_id(response),
                path=exc.path,
            ) from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ResponseParseError(
                f"Response does not match the spec: {type(exc).__name__}",
                response=response,
                body=body,
                request_id=self.request_id(response),
            ) from exc

    def _raise_status(self, response: httpx.Response, parser: Parser | None) -> NoReturn:
        parsed = None
        if parser is not None:
            try:
                parsed = self._decode(response, parser)
            except ResponseParseError:
                parsed = None
        request_id = self.request_id(response)
        message = f"{response.status_code} {response.reason_phrase}".rstrip()
        detail = _error_detail(parsed)
        if detail:
            message += f": {detail}"
        if request_id:
            message += f" (request id {request_id})"
        raise status_error_class(response.status_code)(
            message, response=response, body=response.content, request_id=request_id, parsed=parsed
        )

    # -- logging ----------------------------------------------------------------------------

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if not self._log.isEnabledFor(10):
            return
        self._log.debug(
            "request %s %s attempt=%d headers=%s",
            request.method,
            request.url,
            attempt,
            redact_headers(request.headers.multi_items(), self._safe_headers),
        )

    def _log_response(self, response: httpx.Response, elapsed: float) -> None:
        if not self._log.isEnabledFor(10):
            return
        self._log.debug(
            "response %s %s status=%d bytes=%d elapsed=%.3fs headers=%s",
            response.request.method,
            response.request.url,
            response.status_code,
            len(response.content),
            elapsed,
            redact_headers(response.headers.multi_items(), self._safe_headers),
        )


class _CappedBody:
    """A response body read chunk by chunk, refused as soon as it passes the cap, not after."""

    __slots__ = ("_cap", "_parts", "_size", "_too_large")

    def __init__(self, cap: int, too_large: Callable[[], Exception]) -> None:
        self._cap = cap
        self._too_large = too_large
        self._parts: list[bytes] = []
        self._size = 0

    def add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._cap:
            raise self._too_large()
        self._parts.append(chunk)

    def content(self) -> bytes:
        return b"".join(self._parts)


def _as_api_error(exc: httpx.TransportError | APIStatusError, request: httpx.Request) -> Exception:
    if isinstance(exc, APIStatusError):
        return exc
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(f"Connection error: {type(exc).__name__}", request=request)


def _error_detail(parsed: Any) -> str | None:
    """A short human line from an error body: a text body, or where the spec says its model keeps one."""
    if isinstance(parsed, str):
        return parsed.strip()[:200] or None
    for pointer in getattr(parsed, "_error_message_at", ()):
        value: Any = parsed.to_dict()
        for token in pointer[1:].split("/"):
            key = token.replace("~1", "/").replace("~0", "~")  # RFC 6901
            if isinstance(value, list) and key.isdigit() and int(key) < len(value):
                value = value[int(key)]
            elif isinstance(value, dict) and key in value:
                value = value[key]
            else:
                value = None
                break
        if isinstance(value, str) and value.strip():
            return value.strip()[:200]
    return None


def _python_version() -> str:
    import platform

    return platform.python_version()
