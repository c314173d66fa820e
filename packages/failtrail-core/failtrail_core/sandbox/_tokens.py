"""Bearer tokens: static ones and OAuth client-credentials grants, and how the CLI banner shows them."""

from __future__ import annotations

import base64
import binascii
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import unquote

import httpx

from ._messages import form_fields, json_response
from ._routing import Refused


def shown_secret(secret: str, default: str) -> str:
    """A secret for the CLI banner: the well-known default is shown, anything configured is not."""
    return secret if secret == default else "<as configured>"


def shown_tokens(tokens: Iterable[str], defaults: Iterable[str]) -> str:
    """Bearer tokens for the CLI banner, as :func:`shown_secret` shows a secret: only the defaults."""
    known = frozenset(defaults)
    given = sorted(set(tokens))
    shown = [token for token in given if token in known]
    if len(shown) < len(given):
        shown.append("<as configured>")
    return ", ".join(shown) or "none"


@dataclass(frozen=True)
class Grant:
    """A client-credentials request that was granted: the token and the scopes asked for."""

    token: str
    scopes: tuple[str, ...]


class TokenIssuer:
    """Bearer tokens for a vendor: static ones (personal/API tokens) and client-credentials grants.

    The flow and the checks are OAuth's and the same everywhere; what differs is each vendor's, so
    the vendor passes them in: its header format (``prefix``, e.g. ``"CwsAuth Bearer="``), its 401
    bodies (``missing``, ``invalid``), its token-endpoint refusals (``bad_grant``, ``bad_client``),
    its token shape (``new_token``) and, where tokens need a scope to be accepted, ``required_scope``.
    Client credentials are read from the form or from HTTP Basic (``client_secret_basic``).
    """

    def __init__(
        self,
        *,
        missing: Callable[[], httpx.Response],
        invalid: Callable[[], httpx.Response],
        static_tokens: Iterable[str] = (),
        prefix: str = "Bearer ",
        client_id: str = "",
        client_secret: str = "",
        ttl: float = 3600,
        bad_grant: Callable[[], httpx.Response] | None = None,
        bad_client: Callable[[], httpx.Response] | None = None,
        new_token: Callable[[], str] = lambda: secrets.token_urlsafe(32),
        required_scope: str | None = None,
    ) -> None:
        self.static_tokens: frozenset[str] = frozenset(static_tokens)
        self.client_id = client_id
        self._client_secret = client_secret
        self.ttl = ttl
        self._prefix = prefix
        self._missing, self._invalid = missing, invalid
        self._bad_grant = bad_grant or (lambda: json_response(400, {"error": "unsupported_grant_type"}))
        self._bad_client = bad_client or (lambda: json_response(401, {"error": "invalid_client"}))
        self._new_token = new_token
        self._required_scope = required_scope
        self._issued: dict[str, float] = {}  # token -> monotonic expiry; only tokens with the required scope
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<TokenIssuer static={len(self.static_tokens)} issued={len(self._issued)}>"

    def authorize(self, request: httpx.Request) -> str:
        """The request's valid token, or :class:`Refused` with the vendor's 401."""
        header: str = request.headers.get("Authorization", "").strip()
        if not header:
            raise Refused(self._missing())
        if header[: len(self._prefix)].lower() != self._prefix.lower():
            raise Refused(self._invalid())
        token = header[len(self._prefix) :].strip()
        with self._lock:
            expires = self._issued.get(token)
        if token not in self.static_tokens and (expires is None or expires <= time.monotonic()):
            raise Refused(self._invalid())
        return token

    def grant(self, request: httpx.Request, *, client_ok: bool = True) -> Grant:
        """Check a token request (``client_ok``: the vendor's own further checks passed) and issue one."""
        form = form_fields(request)
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        scheme, _, encoded = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "basic":  # RFC 6749 2.3.1: form-encoded id and secret, then base64
            try:
                pair = base64.b64decode(encoded, validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                pair = ""
            user, _, password = pair.partition(":")
            client_id, client_secret = unquote(user), unquote(password)
        if form.get("grant_type") != "client_credentials":
            raise Refused(self._bad_grant())
        known = client_id == self.client_id and client_secret == self._client_secret
        if not (known and client_ok):
            raise Refused(self._bad_client())
        token, scopes = self._new_token(), tuple(form.get("scope", "").split())
        if self._required_scope is None or self._required_scope in scopes:
            with self._lock:
                self._issued[token] = time.monotonic() + self.ttl
        return Grant(token, scopes)

    def shown_secret(self, default: str) -> str:
        return shown_secret(self._client_secret, default)

    def shown_tokens(self, defaults: Iterable[str], *, exclude: Iterable[str] = ()) -> str:
        """The static tokens (but ``exclude``) for the CLI banner: see :func:`shown_tokens`."""
        return shown_tokens(self.static_tokens - frozenset(exclude), defaults)

    def revoke(self) -> None:
        """Forget every issued token, as if they had expired: the next call answers 401."""
        with self._lock:
            self._issued.clear()
