"""The reliability suite's sampling: a fixed-seed sample that fits CI's budget; ``--full`` (tests/conftest.py) runs all."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")
SEED = 20261128


def sample(cases: Sequence[T], size: int, *, full: bool) -> list[T]:
    """``size`` of ``cases``, the same ones every run (fixed seed); all of them with ``--full``."""
    if full or size >= len(cases):
        return list(cases)
    return random.Random(SEED).sample(list(cases), size)
