"""Parse: bytes to typed records per record, against ``orjson.loads`` of the same bytes (bench_parse's figures).

Both readings are shown: bytes to records (the target's) and ``from_dict`` alone; stock
openapi-python-client output's bytes to records goes in the note.
"""

from __future__ import annotations

from ._timing import Row
from .bench_parse import TARGET, figures


def measure() -> list[Row]:
    rows = []
    for found in figures():
        own = found.parsed - found.loads
        stock = f"stock {found.stock / found.loads:.1f}x" if found.stock is not None else f"stock {found.failure}"
        rows.append(
            Row(
                f"parse {found.vendor}, per record",
                f"{found.parsed:.2f} us (from_dict {own:.2f} us, {own / found.loads:.2f}x)",
                f"{found.loads:.2f} us orjson.loads",
                found.ratio,
                TARGET,
                f"bytes to records; {stock}",
            )
        )
    return rows
