"""``python -m failtrail_<vendor>.lib.sandbox``: serve a seeded sandbox from the command line."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence

from ._faults import FaultRule
from ._sandbox import Sandbox


def parse_fault(text: str) -> FaultRule:
    """``status,every=3,status=429,retry_after=2`` -> a rule (for ``--fault``)."""
    kind, *options = text.split(",")
    values: dict[str, str] = dict(option.split("=", 1) for option in options)
    ints = {name: int(values[name]) for name in ("every", "nth", "status", "times") if name in values}
    return FaultRule(
        kind,  # type: ignore[arg-type]  # checked by FaultRule itself
        every=ints.get("every"),
        nth=ints.get("nth"),
        path=values.get("path"),
        status=ints.get("status", 503),
        retry_after=values.get("retry_after"),
        delay=float(values.get("delay", 0.0)),
        times=ints.get("times"),
    )


def serve_forever_cli(factory: Callable[..., Sandbox], argv: Sequence[str] | None = None) -> None:
    """``python -m failtrail_<vendor>.lib.sandbox``: serve a seeded sandbox until Ctrl-C."""
    parser = argparse.ArgumentParser(description="Serve a failtrail vendor sandbox over HTTP.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--records", type=int, default=None, help="how many records to seed")
    parser.add_argument("--seed", type=int, default=None, help="random seed of the records")
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="KIND[,key=value...]",
        help="e.g. status,every=3,status=429,retry_after=2 or slow,nth=1,delay=5 (repeatable)",
    )
    args = parser.parse_args(argv)
    options = {name: getattr(args, name) for name in ("records", "seed") if getattr(args, name) is not None}
    sandbox = factory(**options)
    for text in args.fault:
        sandbox.add_fault(parse_fault(text))
    with sandbox.serve(args.host, args.port) as server:
        print(f"{type(sandbox).__name__} listening on {server.base_url}", flush=True)
        for line in sandbox.describe():
            print(f"  {line}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
