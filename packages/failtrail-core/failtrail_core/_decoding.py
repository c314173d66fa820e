"""A response body decompressed here, step by step, never past the client's cap.

httpx inflates a whole chunk (and every layer of ``Content-Encoding: gzip, gzip``) before anyone can
count the bytes: a 24 kB body can grow to gigabytes before a cap is checked. failtrail asks httpx for
the raw bytes instead and inflates them with ``zlib.decompressobj``, asking for at most ``STEP`` bytes
at a time and counting each step against the cap, so memory stays within the cap plus one step
whatever arrives. One encoding layer is accepted (gzip or deflate, which is all the client asks for);
more than one, or an encoding it did not ask for, is refused as malformed rather than guessed at.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator

__all__ = ["BodyDecoder", "DecodingProblem"]

STEP = 64 * 1024
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


class DecodingProblem(Exception):
    """The body cannot be decoded as its headers say; the client turns it into ResponseDecodingError."""


class BodyDecoder:
    """Turns the raw chunks of one response into its decoded body, checked against ``cap`` as it grows."""

    def __init__(self, content_encoding: str | None, cap: int, too_large: Callable[[], Exception]) -> None:
        layers = [part.strip().lower() for part in (content_encoding or "").split(",") if part.strip()]
        layers = [layer for layer in layers if layer != "identity"]
        if len(layers) > 1:
            raise DecodingProblem(f"refused stacked Content-Encoding {content_encoding!r}: one layer at most")
        if layers and layers[0] not in _WBITS:
            raise DecodingProblem(f"unsupported Content-Encoding {layers[0]!r} (the client asks for gzip only)")
        self._wbits = _WBITS[layers[0]] if layers else None
        self._inflate = self._new() if self._wbits is not None else None
        self._cap = cap
        self._too_large = too_large
        self._parts: list[bytes] = []
        self._size = 0
        self._raw = 0

    def _new(self) -> zlib._Decompress:
        assert self._wbits is not None
        return zlib.decompressobj(self._wbits)

    def feed(self, raw: bytes) -> None:
        """Take the next raw chunk off the wire."""
        self._raw += len(raw)
        if self._inflate is None:
            self._keep(raw)
            return
        for piece in self._inflated(raw):
            self._keep(piece)

    def _inflated(self, raw: bytes) -> Iterator[bytes]:
        data = raw
        while data:
            inflate = self._inflate
            assert inflate is not None
            try:
                piece = inflate.decompress(data, STEP)
            except zlib.error as error:
                raise DecodingProblem(f"corrupt compressed body: {error}") from None
            yield piece
            if inflate.unconsumed_tail:
                data = inflate.unconsumed_tail
            elif inflate.eof and inflate.unused_data:  # another gzip member follows (RFC 1952 allows it)
                data = inflate.unused_data
                self._inflate = self._new()
            else:
                data = b""

    def _keep(self, piece: bytes) -> None:
        self._size += len(piece)
        if self._size > self._cap:
            raise self._too_large()
        if piece:
            self._parts.append(piece)

    def content(self) -> bytes:
        """The whole decoded body, once the raw stream has ended."""
        if self._inflate is not None and self._raw and not self._inflate.eof:
            raise DecodingProblem("compressed body ended before its end marker (cut short?)")
        return b"".join(self._parts)
