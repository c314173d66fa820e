"""The machinery every generated operation goes through: build, send, retry, read, parse.

A generated endpoint module only says *what* to send (its operation's facts and its arguments) and
*how* to parse each documented status; this module does the rest the same way for every vendor.
"""

from __future__ import annotations

import copy
import email.utils
import functools
import random
import ssl
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, NoReturn, TypeVar
from urllib.parse import quote, urlencode

import httpx
import orjson

from ._decode import DecodeError
from ._decoding import BodyDecoder, DecodingProblem
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    ClientConfigurationError,
    RequestValidationError,
    ResponseDecodingError,
    ResponseParseError,
    ResponseTooLargeError,
    _ResponseError,
    status_error_class,
)
from ._logging import get_logger, redact_headers
from ._operations import Operation
from ._params import ParamMemory
from ._pointer import error_message
from ._types import Response

if TYPE_CHECKING:
    import asyncio  # imported where used: a sync-only program never loads asyncio

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_WAIT",
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
DEFAULT_MAX_RETRY_WAIT = 60.0  # the longest Retry-After honoured by waiting; longer ones end the call
_OPERATION = "failtrail.operation"  # the request extension that carries its operation (read by retries)

# "wire": the build function takes the body's bytes (read_json: the compiled mirror, else from_dict).
ResponseKind = Literal["json", "wire", "text", "bytes", "none"]
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
        import anyio

        await anyio.sleep(seconds)


class BaseClient:
    """Holds the connection pools and the settings that apply to every call.

    Thread-safe: one client may be shared by threads and by the tasks of an event loop; its sync pool is
    created once, on first use, under a lock, and each event loop gets one async pool (an asyncio connection
    belongs to its loop, so a second ``asyncio.run`` works; an ``async_http_client`` of yours serves one loop
    and another loop gets :class:`ClientConfigurationError`). ``close()`` / ``aclose()`` (or the end of a
    ``with`` / ``async with`` block) close every pool it opened, never a client it was given; a call after
    that raises :class:`ClientClosedError`. Given a transport or client for one side only (sync or async),
    calls on the other side raise :class:`ClientConfigurationError` instead of reaching the real host.
    """

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
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        options: Mapping[str, Any] | None = None,
        clock: Clock | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if timeout is None:
            raise ValueError("timeout must be finite; pass a number of seconds or an httpx.Timeout")
        self.base_url: str = _checked_base_url(base_url)
        self.timeout: httpx.Timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._timeout_extension = self.timeout.as_dict()  # computed once, not per request
        self.max_retries = max_retries
        self.compress_requests = compress_requests
        self.compress_threshold = compress_threshold
        self.max_response_bytes = max_response_bytes
        self.max_retry_wait = max_retry_wait
        self.options: dict[str, Any] = {k: v for k, v in (options or {}).items() if v is not None}
        self._params = ParamMemory()
        self._auth = auth
        self._headers = {
            "Accept": "application/json",
            "Accept-Encoding": "gzip",
            "Connection": "keep-alive",
            "User-Agent": f"{self._package.replace('_', '-')}/{self._version} python/{_python_version()}",
            **(headers or {}),
        }
        _check_header_values(self._headers)
        self._transport = transport
        self._async_transport = async_transport
        # A sync transport or client alone (a sandbox's, a mock) must not let async calls reach the real
        # host, nor an async one alone sync calls: the side left out is refused, not sent elsewhere.
        sync_given = transport is not None or http_client is not None
        async_given = async_transport is not None or async_http_client is not None
        self._sync_refusal = _refusal("async", "sync") if async_given and not sync_given else None
        self._async_refusal = _refusal("sync", "async") if sync_given and not async_given else None
        self._pools = _Pools(http_client, async_http_client)  # shared by the copies with_options makes
        self._clock = clock or Clock()
        self._log = get_logger(self._package)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    # -- connection pools -------------------------------------------------------------------

    def get_httpx_client(self) -> httpx.Client:
        """The sync pool: the ``http_client`` given, or one created on first use (once, whatever the threads)."""
        pools = self._pools
        client = pools.sync
        if client is None:
            with pools.lock:
                if pools.sync is None:
                    own = None if self._transport else _own_sync_transport()
                    pools.sync = httpx.Client(
                        base_url=self.base_url, auth=self._auth, transport=self._transport or own, verify=_tls()
                    )
                    if own is not None:
                        pools.direct[pools.sync] = own
                client = pools.sync
        return client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The async pool of the running event loop: the ``async_http_client`` given, or one created on first
        use in that loop. An asyncio connection belongs to one loop, so each loop (each ``asyncio.run``) gets
        its own pool; those of loops that have ended are dropped."""
        pools = self._pools
        loop = _running_loop()
        if pools.given_async is not None:
            pools.bind_given_async(loop)
            return pools.given_async
        client = pools.async_by_loop.get(loop) if loop is not None else pools.latest_async()
        if client is None:
            with pools.lock:
                client = pools.async_by_loop.get(loop)
                if client is None:
                    pools.drop_ended_loops()
                    aown = None if self._async_transport else _own_async_transport(loop)
                    client = httpx.AsyncClient(
                        base_url=self.base_url, auth=self._auth, transport=self._async_transport or aown, verify=_tls()
                    )
                    pools.async_by_loop[loop] = client
                    if aown is not None:
                        pools.direct[client] = aown
        return client

    def _client_for_send(self) -> httpx.Client:
        if self._pools.closed:
            raise ClientClosedError()
        if self._sync_refusal is not None:
            raise ClientConfigurationError(self._sync_refusal)
        return self.get_httpx_client()

    def _client_for_asend(self) -> httpx.AsyncClient:
        if self._pools.closed:
            raise ClientClosedError()
        if self._async_refusal is not None:
            raise ClientConfigurationError(self._async_refusal)
        return self.get_async_httpx_client()

    def _send_options(self, pool: httpx.Client | httpx.AsyncClient, request: httpx.Request) -> Any:
        """The auth to send with; and a client of your own's default headers on the request (ours win). A
        client given was built without this client's auth, which must still sign every call."""
        pools = self._pools
        if (pool is pools.sync and not pools.owns_sync) or pool is pools.given_async:
            for name, value in pool.headers.multi_items():
                if name not in request.headers:
                    request.headers[name] = value
        return self._auth if self._auth is not None else httpx.USE_CLIENT_DEFAULT

    def with_options(
        self: T,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_wait: float | None = None,
    ) -> T:
        """A copy of this client with another timeout, retry budget or longest wait, sharing its pools and
        credentials (closing either closes both)."""
        twin = copy.copy(self)
        if timeout is not None:
            chosen = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            twin.timeout = chosen  # type: ignore[attr-defined]
            twin._timeout_extension = chosen.as_dict()  # type: ignore[attr-defined]
        if max_retries is not None:
            if max_retries < 0:
                raise ValueError("max_retries must be >= 0")
            twin.max_retries = max_retries  # type: ignore[attr-defined]
        if max_retry_wait is not None:
            twin.max_retry_wait = max_retry_wait  # type: ignore[attr-defined]
        return twin

    def close(self) -> None:
        """Close every pool this client opened (never one it was given); later calls raise ClientClosedError.

        An async pool whose loop runs in this thread cannot be awaited here: its closing is scheduled on that
        loop (in async code, prefer ``async with`` or ``await aclose()``)."""
        pools = self._pools
        pools.closed = True
        if pools.sync is not None and pools.owns_sync:
            pools.sync.close()
        for loop, client in pools.take_async():
            _close_async_pool(loop, client, pools)

    async def aclose(self) -> None:
        """Close every pool this client opened (never one it was given); later calls raise ClientClosedError."""
        pools = self._pools
        pools.closed = True
        here = _running_loop()
        for loop, client in pools.take_async():
            if loop is here:
                await client.aclose()
            else:
                _close_async_pool(loop, client, pools)
        if pools.sync is not None and pools.owns_sync:
            pools.sync.close()

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
        path_values, query, headers = self._params.serialize(op, values, self.options)
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
            import gzip

            content = gzip.compress(content, mtime=0)
            all_headers["Content-Encoding"] = "gzip"
        if timeout is None:
            extension = self._timeout_extension
        else:
            extension = (timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)).as_dict()
        if extra_headers:
            _check_header_values(extra_headers)
        # The query encoded as httpx's own QueryParams encodes it, and the URL parsed once (``params=`` would
        # parse it twice).
        encoded = _query_string({**query, **(extra_query or {})})
        return httpx.Request(  # built here, not by a pool: an async call opens no sync client
            op.method,
            httpx.URL(f"{self.base_url}{url}?{encoded}" if encoded else self.base_url + url),
            headers=all_headers,
            content=content,
            # the operation rides along so that a retry can read the wait its error body names
            extensions={"timeout": extension, _OPERATION: op} if op.delay_rules else {"timeout": extension},
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
                pool = self._client_for_send()
                auth = self._send_options(pool, request)
                own = self._pools.direct_transport(pool)
                if own is None:
                    response = pool.send(request, stream=True, auth=auth)
                else:
                    response = _sent_directly(request, auth, own.handle_request)
                try:
                    body, read = self._decoder(response)
                    if read is None:
                        for chunk in response.iter_raw():
                            body.feed(chunk)
                    else:
                        body.feed(read)
                    response = self._with_body(response, body)
                finally:
                    response.close()
            except (httpx.TransportError, APIStatusError) as exc:
                delay = self._retry_after_error(exc, attempt, retries, retryable)
                if delay is None:
                    raise self._api_error(exc, request) from exc
            except _ResponseError as exc:  # our own, or a token endpoint's answer refused inside the auth flow
                raise self._api_error(exc, request) from None
            except DecodingProblem as problem:
                raise self._decoding_error(response, problem) from None
            except _OTHER_HTTPX_ERRORS as exc:  # anything else httpx raises still leaves as ours
                raise self._api_error(exc, request) from exc
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
                apool = self._client_for_asend()
                auth = self._send_options(apool, request)
                aown = self._pools.direct_transport(apool)
                if aown is None:
                    response = await apool.send(request, stream=True, auth=auth)
                else:
                    response = await _asent_directly(request, auth, aown.handle_async_request)
                try:
                    body, read = self._decoder(response)
                    if read is None:
                        async for chunk in response.aiter_raw():
                            body.feed(chunk)
                    else:
                        body.feed(read)
                    response = self._with_body(response, body)
                finally:
                    await response.aclose()
            except (httpx.TransportError, APIStatusError) as exc:
                delay = self._retry_after_error(exc, attempt, retries, retryable)
                if delay is None:
                    raise self._api_error(exc, request) from exc
            except _ResponseError as exc:  # our own, or a token endpoint's answer refused inside the auth flow
                raise self._api_error(exc, request) from None
            except DecodingProblem as problem:
                raise self._decoding_error(response, problem) from None
            except _OTHER_HTTPX_ERRORS as exc:  # anything else httpx raises still leaves as ours
                raise self._api_error(exc, request) from exc
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
        if isinstance(exc, httpx.UnsupportedProtocol | httpx.LocalProtocolError):  # would fail the same way again
            return None
        return self._backoff(attempt)

    def _retry_after_response(
        self, response: httpx.Response, attempt: int, retries: int, retryable: bool
    ) -> float | None:
        """How long to wait before retrying this answer, or None to keep it (a server asking for longer
        than ``max_retry_wait`` is not hammered sooner: its answer stands, with the delay it asked for)."""
        if not retryable or attempt >= retries or response.status_code not in RETRY_STATUSES:
            return None
        asked = self.asked_delay(response)
        if asked is not None:
            return asked if asked <= self.max_retry_wait else None
        return self._backoff(attempt)

    def _decoder(self, response: httpx.Response) -> tuple[BodyDecoder, bytes | None]:
        """Where ``send`` and ``asend`` decode the raw body, refused past ``max_response_bytes`` as it grows;
        with the body when httpx already read (and decoded) it, as a mock transport's answer is."""

        def too_large() -> ResponseTooLargeError:
            return ResponseTooLargeError(
                f"Response body passed the {self.max_response_bytes} byte cap",
                response=response,
                body=b"",
                request_id=self.request_id(response),
            )

        try:
            read = response.content
        except httpx.ResponseNotRead:
            return BodyDecoder(response.headers.get("content-encoding"), self.max_response_bytes, too_large), None
        return BodyDecoder(None, self.max_response_bytes, too_large), read

    @staticmethod
    def _with_body(response: httpx.Response, body: BodyDecoder) -> httpx.Response:
        """The response with its decoded body, as a new httpx.Response (no private httpx attribute is set)."""
        content = body.content()
        length = str(len(content)).encode("ascii")
        # One pass over the raw header pairs (httpx's Headers would be rescanned at every change): the
        # encoding dropped, the first Content-Length set to the decoded body's, any other one dropped.
        headers: list[tuple[bytes, bytes]] = []
        has_length = False
        for name, value in response.headers.raw:
            lower = name.lower()
            if lower == b"content-encoding":
                continue
            if lower == b"content-length":
                if has_length:
                    continue
                has_length, value = True, length
            headers.append((name, value))
        if not has_length:
            headers.append((b"content-length", length))
        encoding = response.headers.get("content-encoding")
        if encoding is not None:  # kept for the logs and for callers who look, though the body is decoded
            headers.append((b"x-failtrail-content-encoding", encoding.encode("latin-1")))
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=content,
            request=response.request,
            extensions=response.extensions,
        )

    def _api_error(self, exc: Exception, request: httpx.Request) -> Exception:
        """Ours for an httpx error; a token endpoint's refusal (raised inside the auth flow, before this client
        saw the answer) gets the vendor's reason and request id, as any other API error has."""
        if isinstance(exc, _ResponseError) and not isinstance(exc, APIStatusError):
            if exc.request_id is None:  # a token response unreadable, too large, ...
                exc.request_id = self.request_id(exc.response)
            return exc
        if not isinstance(exc, APIStatusError) or exc.request_id is not None:
            return _as_api_error(exc, request)
        response = exc.response
        request_id = self.request_id(response)
        detail = _oauth_reason(response.content)
        message = str(exc) + (f": {detail}" if detail else "") + (f" (request id {request_id})" if request_id else "")
        error = type(exc)(message, response=response, body=exc.body, request_id=request_id, parsed=exc.parsed)
        error.retry_after = self.asked_delay(response)
        return error

    def _decoding_error(self, response: httpx.Response, problem: DecodingProblem) -> ResponseDecodingError:
        return ResponseDecodingError(
            f"Response body could not be decoded: {problem}",
            response=response,
            body=b"",
            request_id=self.request_id(response),
        )

    # -- retry timing -----------------------------------------------------------------------

    def _backoff(self, attempt: int) -> float:
        delay: float = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
        return delay * (1 - 0.25 * random.random())

    def asked_delay(self, response: httpx.Response) -> float | None:
        """The seconds the server asked to wait: ``Retry-After`` (seconds or HTTP date), else on a 429 the
        vendor's reset header (the spec's ``x-failtrail-rate-limit-reset-header``), else the wait the error
        body names where the spec says it does (``x-failtrail-retry-delay``); None when it asked nothing.

        A header wins over the body: ``Retry-After`` is HTTP's own answer, and a gateway in front of the
        service that sets it knows best when it will let the call through again.
        """
        headers = response.headers
        candidates = [headers.get("retry-after")]
        if response.status_code == 429 and self._rate_limit_reset_header:
            candidates.append(headers.get(self._rate_limit_reset_header))
        for value in candidates:
            seconds = self._parse_retry_after(value)
            if seconds is not None and seconds >= 0:
                return seconds
        try:
            op = response.request.extensions.get(_OPERATION)
        except RuntimeError:  # a response built without its request
            return None
        return op.body_delay(response.status_code, response.content) if isinstance(op, Operation) else None

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
    ) -> Response[Any, Any]:
        """The raw answer and, where it parses, its model: ``parsed`` on success, ``error`` on an error status."""
        status = response.status_code
        parsed = error = None
        if status in success:
            parsed = self._decode_quietly(response, success[status])
        else:
            parser = errors.get(status) or errors.get("default")
            if parser is not None and status >= 400:
                error = self._decode_quietly(response, parser)
        return Response(
            status_code=status,
            content=response.content,
            headers=response.headers,
            parsed=parsed,
            request_id=self.request_id(response),
            error=error,
        )

    def _decode_quietly(self, response: httpx.Response, parser: Parser) -> Any:
        """The model, or None when the body does not match the spec (the raw form never raises on it)."""
        try:
            return self._decode(response, parser)
        except ResponseParseError:
            return None

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
        if kind == "none":
            return None
        if kind == "bytes":
            return build(body)
        if kind == "text":
            return build(body.decode(response.encoding or "utf-8", errors="replace"))
        try:
            return build(body) if kind == "wire" else build(orjson.loads(body))
        except orjson.JSONDecodeError as exc:
            raise ResponseParseError(
                f"Response body is not valid JSON: {exc}",
                response=response,
                body=body,
                request_id=self.request_id(response),
            ) from exc
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
        error = status_error_class(response.status_code)(
            message, response=response, body=response.content, request_id=request_id, parsed=parsed
        )
        error.retry_after = self.asked_delay(response)
        raise error

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


class _Pools:
    """A client's connection pools and whether it is closed: one per client, shared by its ``with_options`` copies."""

    def __init__(self, sync: httpx.Client | None, given_async: httpx.AsyncClient | None) -> None:
        self.sync = sync
        self.owns_sync = sync is None  # never close a client we were given
        self.given_async = given_async
        self.given_async_loop: asyncio.AbstractEventLoop | None = None
        self.async_by_loop: dict[asyncio.AbstractEventLoop | None, httpx.AsyncClient] = {}
        self.closing: set[asyncio.Task[None]] = set()  # closings scheduled on a running loop, kept until done
        # The pools opened here over failtrail-core's own transport, which send() drives directly (see
        # _sent_directly); a pool given, or one over httpx's transport, goes through httpx.Client.send.
        self.direct: dict[httpx.Client | httpx.AsyncClient, Any] = {}
        self.lock = threading.Lock()
        self.closed = False

    def bind_given_async(self, loop: asyncio.AbstractEventLoop | None) -> None:
        """An ``async_http_client`` of yours serves one event loop: another loop gets a clear error, not
        asyncio's "Event loop is closed" from deep inside httpcore."""
        if loop is None:
            return
        with self.lock:
            if self.given_async_loop is None:
                self.given_async_loop = loop
            elif self.given_async_loop is not loop:
                raise ClientConfigurationError(
                    "the async_http_client given to this client was first used in another event loop, and an"
                    " httpx.AsyncClient's connections belong to the loop that opened them: give each event loop"
                    " (each asyncio.run) its own clients, or let this client open its own pools"
                )

    def direct_transport(self, pool: httpx.Client | httpx.AsyncClient) -> Any:
        """The transport to send to directly, or None: httpx.Client.send serves a pool given, one over httpx's
        transport, and one of ours you set event hooks or redirects on (``get_httpx_client()``)."""
        own = self.direct.get(pool)
        if own is None or pool.follow_redirects or any(pool.event_hooks.values()):
            return None
        return own

    def latest_async(self) -> httpx.AsyncClient | None:
        return next(reversed(self.async_by_loop.values()), None)

    def drop_ended_loops(self) -> None:
        """Forget the pools of loops that have ended: their connections ended with the loop (under ``lock``)."""
        for loop in [loop for loop in self.async_by_loop if loop is not None and loop.is_closed()]:
            self.direct.pop(self.async_by_loop.pop(loop), None)

    def take_async(self) -> list[tuple[asyncio.AbstractEventLoop | None, httpx.AsyncClient]]:
        with self.lock:
            return list(self.async_by_loop.items())


@functools.cache
def _tls() -> ssl.SSLContext:
    """httpx's default TLS context, made once per process and shared by the pools this module opens: loading
    the CA bundle costs tens of milliseconds, which every new client paid again. The pools are all HTTP/1.1,
    so the ALPN setting httpcore writes on it at each connection is the same for all of them."""
    return httpx.create_ssl_context()


def _query_string(pairs: Mapping[str, Any]) -> str:
    """``str(httpx.QueryParams(pairs))``, each of its name=value pairs encoded by httpx once and remembered: a
    walk sends the same pairs with every page but its position (httpx encodes a pair of a query alone as it
    encodes it among others, and joins them with ``&``)."""
    pieces = []
    for name, value in pairs.items():
        for item in value if isinstance(value, list | tuple) else (value,):
            key = (name, type(item), item)  # True and 1 are equal keys, and are written apart
            try:
                piece = _PAIRS.get(key)
            except TypeError:  # an unhashable item: httpx decides what it makes of it
                piece = str(httpx.QueryParams([(name, item)]))
            if piece is None:
                piece = str(httpx.QueryParams([(name, item)]))
                if len(_PAIRS) >= _PAIRS_HELD:
                    _PAIRS.clear()
                _PAIRS[key] = piece
            pieces.append(piece)
    return "&".join(pieces)


_PAIRS: dict[tuple[str, type, Any], str] = {}
_PAIRS_HELD = 4096  # pairs remembered at most (cursors differ with each page): then forgotten all at once


def _sent_directly(
    request: httpx.Request, auth: httpx.Auth | object, send: Callable[[httpx.Request], httpx.Response]
) -> httpx.Response:
    """``request`` through the auth flow to a pool's transport: what ``httpx.Client.send`` does for a pool this
    client opened, less what such a pool never uses. Our requests carry no cookies, so the cookies httpx would
    store from every response (about 10% of a page's CPU) were never sent back; redirects are not followed;
    there are no event hooks. The answer is streamed, as ``send(stream=True)`` leaves it."""
    if not isinstance(auth, httpx.Auth):  # httpx.USE_CLIENT_DEFAULT: this client has no auth
        return _delivered(request, send(request))
    flow = auth.sync_auth_flow(request)
    try:
        request = next(flow)
        while True:  # a token request first, or a retry with a new token: the flow says
            response = _delivered(request, send(request))
            try:
                request = flow.send(response)
                response.read()  # an answer the flow is done with (a token's): read to its end, so pooled
            except StopIteration:
                return response
            except BaseException:  # the flow refused it, or its body did not come: its connection is dropped
                response.close()
                raise
    finally:
        flow.close()


async def _asent_directly(
    request: httpx.Request, auth: httpx.Auth | object, send: Callable[[httpx.Request], Awaitable[httpx.Response]]
) -> httpx.Response:
    """The async twin of :func:`_sent_directly`."""
    if not isinstance(auth, httpx.Auth):
        return _delivered(request, await send(request))
    flow = auth.async_auth_flow(request)
    try:
        request = await flow.__anext__()
        while True:
            response = _delivered(request, await send(request))
            try:
                request = await flow.asend(response)
                await response.aread()
            except StopAsyncIteration:
                return response
            except BaseException:
                await response.aclose()
                raise
    finally:
        await flow.aclose()


def _delivered(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    response.request = request  # as httpx.Client does: a response knows the request it answers
    return response


def _own_async_transport(loop: asyncio.AbstractEventLoop | None) -> httpx.AsyncBaseTransport | None:
    """failtrail-core's own HTTP/1.1 transport (see :mod:`._transport`) where it can serve every request of
    the pool: under an asyncio loop, with no proxy in the environment. None: httpx's own, as configured."""
    if loop is None or _environment_proxies():
        return None
    from ._transport import AsyncH11Transport

    return AsyncH11Transport(ssl_context=_tls())


def _own_sync_transport() -> httpx.BaseTransport | None:
    """The sync twin of :func:`_own_async_transport`: None (httpx's own) when the environment names a proxy."""
    if _environment_proxies():
        return None
    from ._transport_sync import SyncH11Transport

    return SyncH11Transport(ssl_context=_tls())


def _environment_proxies() -> bool:
    """Whether the environment names a proxy httpx would use (``trust_env``): then httpx's transports serve."""
    from urllib.request import getproxies

    return any(key in ("http", "https", "all") for key in getproxies())


def _running_loop() -> asyncio.AbstractEventLoop | None:
    if "asyncio" not in sys.modules:  # never imported: no event loop can be running (and none is imported here)
        return None
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _close_async_pool(loop: asyncio.AbstractEventLoop | None, client: httpx.AsyncClient, pools: _Pools) -> None:
    """Close an async pool from wherever we are: on its own loop when that loop runs, else at once."""
    if client.is_closed:
        return
    import asyncio

    here = _running_loop()
    if loop is not None and loop is here:
        task = loop.create_task(client.aclose())
        pools.closing.add(task)
        task.add_done_callback(pools.closing.discard)
    elif loop is not None and loop.is_running():  # another thread's loop
        asyncio.run_coroutine_threadsafe(client.aclose(), loop)
    elif here is None and (loop is None or not loop.is_closed()):
        asyncio.run(client.aclose())
    # else its loop has ended, and its connections with it: nothing is left to close cleanly.


def _refusal(given: str, missing: str) -> str:
    option = "transport" if missing == "sync" else "async_transport"
    client = "http_client" if missing == "sync" else "async_http_client"
    return (
        f"this client was given a transport or client for {given} calls only, so {missing} calls have nowhere"
        f" safe to go (they would reach the real host): pass {option}= or {client}= too"
    )


def _checked_base_url(base_url: str) -> str:
    """The base URL without its trailing slash; one httpx cannot use is refused here, not at the first call."""
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ClientConfigurationError(f"base_url {base_url!r} is not a valid URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ClientConfigurationError(f"base_url {base_url!r} must be an absolute http:// or https:// URL")
    return base_url.rstrip("/")


def _check_header_values(headers: Mapping[str, str]) -> None:
    """Header names and values must be printable ASCII: a CR or LF would split the header, a non-ASCII
    character fail deep inside httpx. Refused before anything is sent; the value is never shown."""
    for name, value in headers.items():
        if not (isinstance(name, str) and isinstance(value, str) and name and _is_header_text(name + value)):
            raise RequestValidationError(
                str(name), "header-value", "header names and values must be printable ASCII (no CR, LF or control)"
            )


def _is_header_text(text: str) -> bool:
    return all(" " <= c <= "~" or c == "\t" for c in text)


# What httpx raises beyond its TransportError branch: the rest of httpx.HTTPError, and the few that are not.
_OTHER_HTTPX_ERRORS = (httpx.HTTPError, httpx.InvalidURL, httpx.CookieConflict, httpx.StreamError)


def _as_api_error(exc: Exception, request: httpx.Request) -> Exception:
    """Every httpx error as one of ours: a timeout, a connection error, else an API error naming its kind."""
    if isinstance(exc, APIStatusError):
        return exc
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request)
    if isinstance(exc, httpx.TransportError):
        return APIConnectionError(f"Connection error: {type(exc).__name__}", request=request)
    return APIError(f"HTTP error: {type(exc).__name__}: {exc}", request=request)


def _oauth_reason(body: bytes) -> str | None:
    """The reason in a token endpoint's error body: RFC 6749 5.2's ``error_description`` / ``error``, or a
    ``message`` / ``detail``; None when the body says nothing readable."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        text = body.decode("utf-8", "replace").strip()
        return text[:200] or None
    if not isinstance(data, dict):
        return None
    for key in ("error_description", "error", "message", "detail"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:200]
    return None


def _error_detail(parsed: Any) -> str | None:
    """A short human line from an error body: a text body, or where the spec says its model keeps one."""
    if isinstance(parsed, str):
        return parsed.strip()[:200] or None
    if not getattr(parsed, "_error_message_at", ()):
        return None
    found = error_message(parsed.to_dict(), type(parsed))
    return found[:200] if found else None


def _python_version() -> str:
    import platform

    return platform.python_version()
