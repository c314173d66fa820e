"""Parse: bytes to typed records per record, against ``orjson.loads`` of the same bytes (bench_parse's figures).

Both readings are shown: bytes to records through the compiled mirror (the target's; every response
takes it) and through ``from_dict`` (a body the mirror refuses); the anchors' bytes to records (stock
openapi-python-client output, pydantic v2 and msgspec models of the same spec) go in the note.
"""

from __future__ import annotations

from ._timing import Row
from .bench_parse import TARGET, figures


def measure() -> list[Row]:
    rows = []
    for found in figures():
        anchors = ", ".join(anchor.versus(found.loads) for anchor in found.anchors)
        rows.append(
            Row(
                f"parse {found.vendor}, per record",
                f"{found.parsed:.2f} us (from_dict path {found.from_dict / found.loads:.2f}x)",
                f"{found.loads:.2f} us orjson.loads",
                found.ratio,
                TARGET,
                f"bytes to records through the compiled mirror; {anchors}",
            )
        )
    return rows
