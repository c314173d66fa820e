"""The client for VinylDNS: connection pools, credentials and the settings every call shares."""

from __future__ import annotations

from collections.abc import Mapping

import httpx
from failtrail_core.gen_v1 import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_TIMEOUT,
    BaseClient,
    Clock,
    SigV4Auth,
)

from ._spec import RATE_LIMIT_RESET_HEADER, REQUEST_ID_HEADERS, SAFE_LOG_HEADERS
from ._version import __version__

__all__ = ["AuthenticatedClient", "Client"]


class Client(BaseClient):
    """A client for VinylDNS; use it for many calls, and close it (or use ``with``).

    Args:
        base_url: the API's root.
        access_key: the access key that signs every request (aws-sigv4).
        secret_key: the matching secret key (never logged or shown).
        auth: any ``httpx.Auth``, instead of the credentials above.
        timeout: seconds (or an ``httpx.Timeout``); finite by default (60 s, 5 s to connect).
        max_retries: how often a failed idempotent call is retried (connection errors, 408, 429, 5xx).
        headers: extra headers for every call.
        compress_requests: gzip request bodies of at least ``compress_threshold`` bytes.
        max_response_bytes: refuse responses whose decompressed body grows past this.
        max_retry_wait: the longest ``Retry-After`` honoured by waiting (seconds); a server asking for
            longer gets its answer back as the typed error, with ``retry_after`` set.
        transport: an ``httpx`` transport for the sync pool (a sandbox's, in tests). Given alone, async
            calls are refused rather than sent to the real host: pass ``async_transport`` too.
        async_transport: an ``httpx`` transport for the async pool.
        http_client: your own ``httpx.Client`` (proxies, TLS, limits, event hooks); never closed by this client.
        async_http_client: your own ``httpx.AsyncClient``, likewise.

    Thread-safe: share one client between threads; it opens each pool once. Close it (or use ``with``).
    """

    _package = "failtrail_vinyldns"
    _version = __version__
    _request_id_headers = REQUEST_ID_HEADERS
    _safe_headers = SAFE_LOG_HEADERS
    _rate_limit_reset_header = RATE_LIMIT_RESET_HEADER

    def __init__(
        self,
        base_url: str,
        *,
        access_key: str | None = None,
        secret_key: str | None = None,
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
        clock: Clock | None = None,
    ) -> None:
        if auth is None:
            if access_key and secret_key:
                auth = SigV4Auth(
                    access_id=access_key,
                    secret_key=secret_key,
                    region="us-east-1",
                    service="VinylDNS",
                )
            if auth is None:
                raise ValueError("no credentials: pass access_key and secret_key or auth")
        super().__init__(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            compress_requests=compress_requests,
            compress_threshold=compress_threshold,
            max_response_bytes=max_response_bytes,
            max_retry_wait=max_retry_wait,
            transport=transport,
            async_transport=async_transport,
            http_client=http_client,
            async_http_client=async_http_client,
            options={},
            clock=clock,
        )


AuthenticatedClient = Client
