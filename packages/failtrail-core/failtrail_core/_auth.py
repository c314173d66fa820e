"""Authentication: a static token, or OAuth client credentials fetched, cached and renewed.

httpx-auth's ``OAuth2ClientCredentials`` sends the credentials as HTTP Basic and fetches tokens with
a blocking client inside async code; the vendors here want form fields and we must not block the
event loop, hence this small ``httpx.Auth``. The token request is yielded from the auth flow, so
httpx sends it through the caller's own (sync or async) client.
"""

from __future__ import annotations

import base64
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from typing import TYPE_CHECKING, Literal

import httpx
import orjson

from ._decoding import BodyDecoder, DecodingProblem
from ._exceptions import APIConnectionError, ResponseDecodingError, ResponseTooLargeError, status_error_class

if TYPE_CHECKING:  # imported by the async flow that needs them: `import failtrail_<vendor>` loads neither
    import asyncio

    import anyio

__all__ = ["ClientCredentialsAuth", "TokenAuth"]

TOKEN_BODY_CAP = 256 * 1024
"""A token response is a few hundred bytes; a body past this (once decompressed) is refused, not read on."""


class TokenAuth(httpx.Auth):
    """A static token in a header, shaped by the spec's ``x-failtrail-token-format``."""

    def __init__(self, token: str, *, template: str = "Bearer {token}", header: str = "Authorization") -> None:
        if not token:
            raise ValueError("token must not be empty")
        self._token = token
        self._template = template
        self._header = header

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token='<redacted>')"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._template.format(token=self._token)
        yield request


class ClientCredentialsAuth(httpx.Auth):
    """OAuth 2.0 client credentials: one token request however many calls start at once.

    The token is cached until ``refresh_margin`` seconds before it expires, renewed once when a call
    answers 401, and never appears in a repr, a log line or an exception.
    """

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        scopes: tuple[str, ...] = (),
        credentials_in: Literal["form", "basic"] = "form",
        template: str = "Bearer {token}",
        header: str = "Authorization",
        refresh_margin: float = 60.0,
        expires_in: Literal["number", "string"] = "number",
        clock: Callable[[], float] | None = None,
    ) -> None:
        if not client_id or not client_secret:
            raise ValueError("client_id and client_secret must not be empty")
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self._scopes = scopes
        self._credentials_in = credentials_in
        self._template = template
        self._header = header
        self._margin = refresh_margin
        self._expires_in = expires_in
        self._clock = clock or time.monotonic  # expiry must not move when the wall clock is set
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        # One lock per event loop: an anyio lock waited on from two loops would tie them together.
        self._alocks_lock = threading.Lock()
        self._alocks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.Lock] = weakref.WeakKeyDictionary()
        self.token_requests: int = 0

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token_url={self.token_url!r}, client_id={self.client_id!r}, client_secret='<redacted>')"

    # -- the token request --------------------------------------------------------------------

    def _valid(self) -> bool:
        return self._token is not None and self._clock() < self._expires_at - self._margin

    def _token_request(self) -> httpx.Request:
        form = {"grant_type": "client_credentials"}
        headers = {"Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"}
        if self._credentials_in == "basic":
            pair = f"{self.client_id}:{self._client_secret}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
        else:
            form.update(client_id=self.client_id, client_secret=self._client_secret)
        if self._scopes:
            form["scope"] = " ".join(self._scopes)
        self.token_requests += 1
        return httpx.Request("POST", self.token_url, headers=headers, data=form)

    def _accept(self, response: httpx.Response) -> None:
        """Keep the token from a token response (read by ``_read``), or raise a typed error that keeps its
        status, headers and body (the client adds the vendor's reason and request id; never the secret)."""
        body = response.content
        if response.status_code >= 400:
            raise status_error_class(response.status_code)(
                f"token request failed: {response.status_code} {response.reason_phrase}".rstrip(),
                response=response,
                body=body,
                request_id=None,
            )
        try:
            data = orjson.loads(body)
            token = data["access_token"]
            lifetime = data.get("expires_in")  # RFC 6749 only recommends it; without it, an hour
            expires_in = 3600.0 if lifetime is None else _seconds(lifetime, self._expires_in)
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError):
            raise APIConnectionError(
                "token endpoint answered with an unreadable body", request=response.request
            ) from None
        if not isinstance(token, str) or not token:
            raise APIConnectionError("token endpoint answered without an access_token", request=response.request)
        self._token = token
        self._expires_at = self._clock() + expires_in

    def _authorize(self, request: httpx.Request) -> str | None:
        assert self._token is not None
        request.headers[self._header] = self._template.format(token=self._token)
        return self._token

    # -- reading the token response, within a cap -----------------------------------------------

    @staticmethod
    def _body(response: httpx.Response) -> tuple[BodyDecoder, bytes | None]:
        """Where the body is decoded, and the body itself when httpx already read it (a mock's answer)."""

        def too_large() -> ResponseTooLargeError:
            return ResponseTooLargeError(
                f"token response passed the {TOKEN_BODY_CAP} byte cap", response=response, body=b"", request_id=None
            )

        try:
            read = response.content
        except httpx.ResponseNotRead:
            read = None
        encoding = None if read is not None else response.headers.get("content-encoding")
        return BodyDecoder(encoding, TOKEN_BODY_CAP, too_large), read

    @staticmethod
    def _rearm(response: httpx.Response, body: BodyDecoder) -> None:
        """Make the token response readable again, holding its decoded body: httpx reads every response an
        auth flow answers with another request, and must find this one's body, not its spent stream."""
        content = body.content()
        if "content-encoding" in response.headers:
            del response.headers["content-encoding"]
        response.stream = httpx.ByteStream(content)
        response.is_stream_consumed = response.is_closed = False
        response.read()

    def _read(self, response: httpx.Response) -> httpx.Response:
        """The token response, its body read within ``TOKEN_BODY_CAP`` and decompressed a step at a time."""
        try:
            body, read = self._body(response)
            if read is not None:
                body.feed(read)
                return response
            try:
                for chunk in response.iter_raw():
                    body.feed(chunk)
            finally:
                response.close()
            self._rearm(response, body)
        except DecodingProblem as problem:
            raise _decoding_error(response, problem) from None
        return response

    async def _aread(self, response: httpx.Response) -> httpx.Response:
        """The async twin of :meth:`_read`."""
        try:
            body, read = self._body(response)
            if read is not None:
                body.feed(read)
                return response
            try:
                async for chunk in response.aiter_raw():
                    body.feed(chunk)
            finally:
                await response.aclose()
            self._rearm(response, body)
        except DecodingProblem as problem:
            raise _decoding_error(response, problem) from None
        return response

    def _async_lock(self) -> anyio.Lock:
        import asyncio

        import anyio

        loop = asyncio.get_running_loop()
        with self._alocks_lock:
            lock = self._alocks.get(loop)
            if lock is None:
                lock = self._alocks[loop] = anyio.Lock()
        return lock

    # -- the flows ----------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        with self._lock:
            if not self._valid():
                token_response = yield self._token_request()
                self._accept(self._read(token_response))
            used = self._authorize(request)
        response = yield request
        if response.status_code == 401:
            with self._lock:
                if self._token == used:  # nobody renewed it meanwhile
                    token_response = yield self._token_request()
                    self._accept(self._read(token_response))
                self._authorize(request)
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        lock = self._async_lock()
        async with lock:
            if not self._valid():
                token_response = yield self._token_request()
                self._accept(await self._aread(token_response))
            used = self._authorize(request)
        response = yield request
        if response.status_code == 401:
            async with lock:
                if self._token == used:
                    token_response = yield self._token_request()
                    self._accept(await self._aread(token_response))
                self._authorize(request)
            yield request


def _decoding_error(response: httpx.Response, problem: DecodingProblem) -> ResponseDecodingError:
    return ResponseDecodingError(
        f"token response could not be decoded: {problem}", response=response, body=b"", request_id=None
    )


def _seconds(value: object, kind: Literal["number", "string"]) -> float:
    """``expires_in`` typed as the spec says (``x-failtrail-token-expires-in``): a number, or one in a string."""
    if kind == "string" and isinstance(value, str):
        return float(value)
    if kind == "number" and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise TypeError(f"expires_in: expected a {kind}, got {type(value).__name__}")
