"""Start :mod:`tests.bench._serve` servers in processes of their own, for the length of a ``with`` block."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import orjson


@contextmanager
def served(kind: str, what: str | int, latency: float = 0.0) -> Iterator[dict[str, Any]]:
    """A server's ``url`` (and what else it tells) while the block runs; it stops when the block ends."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.bench._serve", kind, str(what), str(latency)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stdin is not None
    try:
        line = process.stdout.readline()
        if not line.startswith(b"{"):
            raise RuntimeError(f"the bench's {kind} server did not start")
        yield orjson.loads(line)
    finally:
        process.stdin.close()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
