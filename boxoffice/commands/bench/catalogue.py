"""Fetching a large box office's catalogue from (simulated) Ticket Tailor, all its pages.

Ticket Tailor pages its event list with a cursor (`starting_after`, developers.tickettailor.com
"Pagination"), so the pages follow each other: the floor is one round trip a page. The
simulator serves at most 100 a page, as the real API does.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from boxoffice.commands.bench.rig import POLL, Stage


@dataclass
class Fetch:
    times_ms: list[float] = field(default_factory=list)
    pages: int = 0
    events: int = 0


async def run_fetch(rtt_ms: int, *, events: int, types: int, repeats: int) -> Fetch:
    async with Stage(rtt_ms, seed=None) as stage:
        stage.sim.seed_large_catalogue(events, types)
        till = stage.till("catalogue", POLL)
        found = Fetch()
        for _ in range(repeats):
            stage.sim.reset_request_counts()
            started = time.perf_counter()
            fetched = await till.tickettailor.list_events(statuses=("published",))
            found.times_ms.append((time.perf_counter() - started) * 1000)
            found.pages = stage.sim.requests_served("tickettailor")
            found.events = len(fetched)
        return found
