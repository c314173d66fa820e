"""AWS Signature Version 4, as botocore computes it, on top of httpx-auth's ``AWS4Auth``.

httpx-auth builds the canonical URI from the *decoded* path, encoded once. AWS's rule for every
service but S3 (and botocore's ``SigV4Auth``) is the path as sent, encoded once more: a zone id with a
space goes out as ``zone%201`` and is signed as ``zone%25201``. The two agree only while no path
character needs escaping, so this subclass swaps in the canonical URI and keeps the rest of
httpx-auth (headers, query string, signing key).

VinylDNS's own server reads the path as sent, once (``java.net.URI.getPath``); its zone ids are
UUIDs, which need no escaping, so every one of these rules gives the same signature in practice.

Copied only into packages whose spec declares ``x-failtrail-signature: aws-sigv4``.
"""

from __future__ import annotations

from urllib.parse import quote

import httpx
from httpx_auth import AWS4Auth
from httpx_auth._aws import canonical_query_string

__all__ = ["SigV4Auth"]


def canonical_uri(url: httpx.URL) -> str:
    """The path as sent, dot segments and empty segments removed (AWS's rule), percent-encoded again."""
    path = url.raw_path.decode("ascii").split("?", 1)[0]
    segments: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if segments:
                segments.pop()
        elif segment and segment != ".":
            segments.append(segment)
    trailing = "/" if path.endswith("/") and segments else ""
    return quote("/" + "/".join(segments) + trailing, safe="/~")


class SigV4Auth(AWS4Auth):
    """Signs every request; the secret key never appears in a repr."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(access_id={self.access_id!r}, secret_key='<redacted>')"

    def _canonical_request(self, request: httpx.Request, canonical_headers: str, signed_headers: str) -> str:
        return "\n".join(
            [
                request.method.upper(),
                canonical_uri(request.url),
                canonical_query_string(request.url),
                canonical_headers,
                signed_headers,
                request.headers["x-amz-content-sha256"],
            ]
        )
