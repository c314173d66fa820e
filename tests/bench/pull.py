"""Pull: 250 pages of 40 Zuora records at 20 ms a response, 8 in flight, against the network's floor.

failtrail's walk (sync and async, ``prefetch=8``) is timed next to a hand-written httpx + orjson
asyncio loop with 8 requests in flight (the anchor), in interleaved rounds, against the sandbox
served on 127.0.0.1 from another process. The floor is ``ceil(pages / 8)`` latencies: no client
can beat it. The same async walk is then timed against the sandbox and against a replay of the
sandbox's recorded bytes (a server that does nothing but wait the latency and write them): a
sandbox must not be what a walk waits on.

Beside the replay, for information, the least any client pays against it: :func:`raw_sockets`, eight
connections writing a bare GET and reading each answer's bytes by its length, nothing parsed, the number
of pages known in advance. What it takes past the floor is the server's and the kernel's, not a client's.
"""

from __future__ import annotations

import asyncio
import gzip
import math
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import httpx
import orjson
from failtrail_zuora import Client
from failtrail_zuora.api.system_health import get_system_health_api_failure_records as failures

from ._serve import DAYS, NOW
from ._servers import served
from ._timing import Row, interleaved, median, ms, ratio

PAGE = 40
PREFETCH = 8
LATENCY = 0.020
TOKEN = "sandbox-token"  # the sandbox's static token
START = NOW - timedelta(days=DAYS, minutes=1)
END = NOW + timedelta(minutes=1)
PATH = "/system-health/api-requests/failures"
QUERY = {
    "pageSize": str(PAGE),
    "startTime": START.strftime("%Y-%m-%dT%H:%M%z"),
    "endTime": END.strftime("%Y-%m-%dT%H:%M%z"),
}
HEADERS = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/json", "Accept-Encoding": "gzip"}


def failtrail_sync(url: str, records: int) -> None:
    with Client(url, token=TOKEN) as client:
        walk = failures.sync(client=client, start_time=START, end_time=END, page_size=PAGE, prefetch=PREFETCH)
        count = sum(1 for _ in walk)
    _expect(count, records)


def failtrail_async(url: str, records: int) -> None:
    async def pull() -> int:
        async with Client(url, token=TOKEN) as client:
            count = 0
            async for _ in failures.asyncio(
                client=client, start_time=START, end_time=END, page_size=PAGE, prefetch=PREFETCH
            ):
                count += 1
            return count

    _expect(asyncio.run(pull()), records)


def hand_loop(url: str, records: int) -> None:
    """The anchor: what a careful user writes by hand. Eight workers take the next page number until a
    page links no next one; the pages' records are decoded with orjson and kept in page order."""

    async def pull() -> int:
        pages: dict[int, list[object]] = {}
        upcoming = iter(range(1, 10**9))
        last = math.inf

        async def worker(client: httpx.AsyncClient) -> None:
            nonlocal last
            for page in upcoming:
                if page > last:
                    return
                response = await client.get(PATH, params={**QUERY, "page": str(page)})
                response.raise_for_status()
                body = orjson.loads(response.content)
                pages[page] = body["data"]
                if "nextPage" not in body:
                    last = min(last, page)

        async with httpx.AsyncClient(base_url=url, headers=HEADERS) as client:
            await asyncio.gather(*(worker(client) for _ in range(PREFETCH)))
        return sum(len(pages[n]) for n in sorted(pages) if n <= last)

    _expect(asyncio.run(pull()), records)


def raw_sockets(url: str, pages: int) -> None:
    """The floor a client meets in practice: ``pages`` pages over eight keep-alive connections, each answer
    read by its ``Content-Length`` and dropped (no HTTP parser, no JSON, no end to find)."""
    where = urlsplit(url)

    async def pull() -> int:
        upcoming = iter(range(1, pages + 1))
        head = "".join(f"{name}: {value}\r\n" for name, value in HEADERS.items())

        async def connection() -> int:
            reader, writer = await asyncio.open_connection(where.hostname, where.port)
            read = 0
            for page in upcoming:
                target = f"{PATH}?{urlencode({**QUERY, 'page': page})}"
                writer.write(f"GET {target} HTTP/1.1\r\nHost: {where.netloc}\r\n{head}\r\n".encode())
                lines = (await reader.readuntil(b"\r\n\r\n")).lower().split(b"\r\n")
                length = next(int(line[15:]) for line in lines if line.startswith(b"content-length:"))
                await reader.readexactly(length)
                read += 1
            writer.close()
            await writer.wait_closed()
            return read

        return sum(await asyncio.gather(*(connection() for _ in range(PREFETCH))))

    _expect(asyncio.run(pull()), pages)


def _expect(count: int, records: int) -> None:
    if count != records:
        raise AssertionError(f"the walk delivered {count} records, not {records}")


def record(url: str, into: Path) -> None:
    """Every page's answer as the sandbox sent it (status line, headers, body still gzipped), for the replay;
    and the answer past the last page (``past``), which a walk fetching ahead asks for."""
    answers: dict[str, str] = {}
    with httpx.Client(base_url=url, headers=HEADERS) as client:
        page, more = 1, True
        while more:
            answers[str(page)], more = _recorded(client, page)
            page += 1
        answers["past"], _ = _recorded(client, page)
    into.write_bytes(orjson.dumps(answers))


def _recorded(client: httpx.Client, page: int) -> tuple[str, bool]:
    """One page's answer as bytes on the wire (hex), and whether it links a next page."""
    with client.stream("GET", PATH, params={**QUERY, "page": str(page)}) as response:
        raw = b"".join(response.iter_raw())
        head = f"HTTP/1.1 {response.status_code} {response.reason_phrase}\r\n".encode()
        head += b"".join(k + b": " + v + b"\r\n" for k, v in response.headers.raw) + b"\r\n"
        body = gzip.decompress(raw) if response.headers.get("content-encoding") == "gzip" else raw
    return (head + raw).hex(), b'"nextPage"' in body


def _on_cpu(into: list[float], run: Callable[[], None]) -> Callable[[], None]:
    """``run``, adding the CPU seconds this process spent in it to ``into`` (wall time is timed outside)."""

    def timed() -> None:
        start = time.process_time()
        run()
        into.append(time.process_time() - start)

    return timed


def measure(records: int = 10_000, rounds: int = 7) -> list[Row]:
    pages = math.ceil(records / PAGE)
    floor = math.ceil(pages / PREFETCH) * LATENCY
    with tempfile.TemporaryDirectory(prefix="failtrail-bench-") as scratch:
        recorded = Path(scratch) / "pages.json"
        with served("zuora", records, LATENCY) as server:
            url = server["url"]
            record(url, recorded)
            failtrail_async(url, records)  # warm both sides up: imports, the sandbox's first answers
            hand_loop(url, records)
            cpu: dict[str, list[float]] = {"sync": [], "async": [], "hand": []}
            times = interleaved(
                {
                    "sync": _on_cpu(cpu["sync"], lambda: failtrail_sync(url, records)),
                    "async": _on_cpu(cpu["async"], lambda: failtrail_async(url, records)),
                    "hand": _on_cpu(cpu["hand"], lambda: hand_loop(url, records)),
                },
                rounds,
            )
        with served("zuora", records, LATENCY) as server, served("replay", str(recorded), LATENCY) as replayed:
            url, replay = server["url"], replayed["url"]
            failtrail_async(replay, records)
            against = interleaved(
                {
                    "served": lambda: failtrail_async(url, records),
                    "replay": lambda: failtrail_async(replay, records),
                    "raw": lambda: raw_sockets(replay, pages),
                },
                rounds,
            )
    sync, async_, hand = (median(times[k]) for k in ("sync", "async", "hand"))
    what = f"{records:,} records, {pages} pages, {ms(LATENCY)}/response, {PREFETCH} in flight"
    floor_text = f"{ms(floor)} floor"
    raw = median(against["raw"])
    return [
        Row("pull sync vs floor", ms(sync), floor_text, sync / floor, 1.15, what),
        Row("pull async vs floor", ms(async_), floor_text, async_ / floor, 1.15),
        Row("pull hand loop vs floor (info)", ms(hand), floor_text, hand / floor, math.inf),
        Row("pull async vs sync", ms(async_), f"{ms(sync)} sync walk", ratio(times["async"], times["sync"]), 1.0),
        Row(
            "pull async vs hand loop", ms(async_), f"{ms(hand)} httpx+orjson", ratio(times["async"], times["hand"]), 1.0
        ),
        Row(
            "pull async CPU (info)",
            ms(median(cpu["async"])),
            f"{ms(median(cpu['hand']))} httpx+orjson",
            ratio(cpu["async"], cpu["hand"]),
            math.inf,
            "CPU of the pulling process (time.process_time), the sandbox's not counted",
        ),
        Row(
            "pull sync CPU (info)",
            ms(median(cpu["sync"])),
            f"{ms(median(cpu['hand']))} httpx+orjson",
            ratio(cpu["sync"], cpu["hand"]),
            math.inf,
        ),
        Row(
            "pull served vs replay",
            ms(median(against["served"])),
            f"{ms(median(against['replay']))} replay",
            ratio(against["served"], against["replay"]),
            1.2,
        ),
        Row(
            "pull raw sockets vs floor (info)",
            ms(raw),
            floor_text,
            raw / floor,
            math.inf,
            "against the replay, no HTTP parsed, the page count known: what past the floor is the server's and"
            f" the kernel's; failtrail's async walk against the same replay: {ms(median(against['replay']))}. A walk"
            f" also asks for its first page alone (a walk of one page costs one request): {ms(LATENCY)} past the"
            " floor before any client cost",
        ),
    ]


if __name__ == "__main__":
    from ._timing import table

    print(table(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)))
