"""``python -m tests.bench._library_run CONFIG SINCE UNTIL``: read every failure with ``failtrail.failures()``.

What the library alone costs, without the command's output: records are counted and dropped.
"""

from __future__ import annotations

import sys
from datetime import datetime

import failtrail


def main(config: str, since: str, until: str) -> None:
    count = 0
    with failtrail.failures(
        datetime.fromisoformat(since), datetime.fromisoformat(until), merge=True, config=config
    ) as run:
        for _ in run:
            count += 1
    if run.errors:
        raise SystemExit(f"vendors failed: {run.errors}")
    print(count)


if __name__ == "__main__":
    main(*sys.argv[1:4])
