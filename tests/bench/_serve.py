"""A bench's servers, each in a process of its own (so their work never takes the measured process's GIL).

``python -m tests.bench._serve VENDOR RECORDS LATENCY``: that vendor's sandbox (zuora, citrix, vinyldns,
zitadel) seeded with ``RECORDS`` records, ``LATENCY`` seconds added to every answer.
``python -m tests.bench._serve replay FILE LATENCY``: a tiny asyncio server answering each ``page`` with the
bytes recorded in ``FILE`` (status line, headers and body as the sandbox sent them; a page past the last,
which a walk fetching ahead asks for, gets the empty one), after the same latency: the floor a served
sandbox is held to. Each prints one JSON line (``url``, and for VinylDNS its ``zones``), then serves until
its stdin closes.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import orjson

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)  # a fixed clock: the same records every run
DAYS = 3.0
SEED = 7
SANDBOXES = {
    "zuora": "failtrail_zuora.lib.sandbox:ZuoraSandbox",
    "citrix": "failtrail_citrix.lib.sandbox:CitrixSandbox",
    "vinyldns": "failtrail_vinyldns.lib.sandbox:VinylDNSSandbox",
    "zitadel": "failtrail_zitadel.lib.sandbox:ZitadelSandbox",
}


def sandbox(vendor: str, records: int) -> Any:
    """A vendor's sandbox with fixed records and clock (Zuora's without the rate limit many rounds would hit)."""
    module, name = SANDBOXES[vendor].split(":")
    options: dict[str, Any] = {"records": records, "seed": SEED, "now": NOW, "days": DAYS}
    if vendor == "zuora":
        options["rate_limit"] = 10**9
    return getattr(importlib.import_module(module), name)(**options)


def _serve_sandbox(vendor: str, records: int, latency: float) -> None:
    served = sandbox(vendor, records)
    if latency:
        served.add_fault("latency", delay=latency)
    with served.serve() as server:
        shown: dict[str, Any] = {"url": server.base_url}
        if vendor == "vinyldns":
            shown["zones"] = [zone["id"] for zone in served.zones if zone["id"] != served.restricted_zone_id]
        print(orjson.dumps(shown).decode(), flush=True)
        sys.stdin.read()


def _serve_replay(recorded: Path, latency: float) -> None:
    """Answer ``?page=N`` with the recorded answer N: read the request's head, wait, write the bytes."""
    answers = {str(k): bytes.fromhex(v) for k, v in orjson.loads(recorded.read_bytes()).items()}

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                target = head.split(b" ", 2)[1].decode("latin-1")
                page = parse_qs(urlsplit(target).query).get("page", ["1"])[0]
                await asyncio.sleep(latency)
                writer.write(answers.get(page) or answers["past"])
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass  # the client closed the connection, or the server is stopping
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(answer, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        print(orjson.dumps({"url": f"http://127.0.0.1:{port}"}).decode(), flush=True)
        done = asyncio.Event()
        loop = asyncio.get_running_loop()

        def wait_for_stdin() -> None:
            sys.stdin.read()
            loop.call_soon_threadsafe(done.set)

        threading.Thread(target=wait_for_stdin, daemon=True).start()
        async with server:
            await done.wait()

    asyncio.run(main())


if __name__ == "__main__":
    kind, what, delay = sys.argv[1:4]
    if kind == "replay":
        _serve_replay(Path(what), float(delay))
    else:
        _serve_sandbox(kind, int(what), float(delay))
