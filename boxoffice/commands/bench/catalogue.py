"""Fetching a large box office's catalogue from (simulated) Ticket Tailor, all its pages.

Ticket Tailor pages its event list with a cursor (`starting_after`, developers.tickettailor.com
"Pagination"), so the pages follow each other: the floor is one round trip a page. The
simulator serves at most 100 a page, as the real API does.
"""

from __future__ import annotations

import asyncio
import base64
import time
from dataclasses import dataclass, field

from boxoffice.commands.bench.rig import POLL, Stage
from boxoffice.services.tickettailor.client import PAGE_LIMIT
from boxoffice.sim.router import Request
from boxoffice.sim.simulator import Simulator

#: How often the stall ticker asks to run during a fetch (seconds).
TICK = 0.005


@dataclass
class Fetch:
    times_ms: list[float] = field(default_factory=list)
    pages: int = 0
    events: int = 0
    #: The event loop's largest lateness during each fetch (a ticker's, ms).
    stalls_ms: list[float] = field(default_factory=list)
    #: The simulator's own time to answer one page, asked directly (no HTTP, no latency).
    server_page_ms: float = 0.0


async def _ticker(worst: list[float], stop: asyncio.Event) -> None:
    """Record the largest lateness of a `TICK` sleep: what the fetch held the loop for. After
    `stop`, it ends with the sleep under way, so a stall at the fetch's very end is counted."""
    while not stop.is_set():
        asked = time.perf_counter()
        await asyncio.sleep(TICK)
        worst[0] = max(worst[0], (time.perf_counter() - asked - TICK) * 1000)


def _server_page_ms(sim: Simulator) -> float:
    """The simulator's time to build and encode the first page, outside any round trip."""
    key = base64.b64encode(f"{sim.tickettailor_api_key}:".encode()).decode()
    request = Request(
        "GET",
        "/tickettailor/v1/events",
        f"limit={PAGE_LIMIT}&status=published",
        {"authorization": f"Basic {key}"},
    )
    started = time.perf_counter()
    sim.respond(request)
    return (time.perf_counter() - started) * 1000


async def run_fetch(rtt_ms: int, *, events: int, types: int, repeats: int) -> Fetch:
    async with Stage(rtt_ms, seed=None) as stage:
        stage.sim.seed_large_catalogue(events, types)
        till = stage.till("catalogue", POLL)
        found = Fetch()
        for _ in range(repeats):
            stage.sim.reset_request_counts()
            worst, stop = [0.0], asyncio.Event()
            ticker = asyncio.ensure_future(_ticker(worst, stop))
            started = time.perf_counter()
            fetched = await till.tickettailor.list_events(statuses=("published",))
            found.times_ms.append((time.perf_counter() - started) * 1000)
            stop.set()
            await ticker
            found.stalls_ms.append(worst[0])
            found.pages = stage.sim.requests_served("tickettailor")
            found.events = len(fetched)
        found.server_page_ms = _server_page_ms(stage.sim)
        return found
