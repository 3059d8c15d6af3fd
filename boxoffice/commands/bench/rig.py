"""The benchmark's stage: a simulator on a loopback socket with a round trip, and tills.

Every till is built the way `boxoffice.app.runtime.Runtime` builds the app's: real httpx
clients over real sockets (so connection pools, keep-alive, JSON parsing and the websocket
are all measured), a journal on disk, and the engine. A *fast* till has the engine's defaults
(concurrent calls, holds of a few seats issued side by side) and, when `hints` is on, follows
BTCPay's invoice status websocket; a *baseline* till is the naive sequential way
(`EngineTiming(concurrent=False)`, polling only), built from the same clients.
"""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from boxoffice.domain.catalogue import Catalogue, CatalogueSettings, build_catalogue
from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.order import Buyer, Order, prepare_order
from boxoffice.engine.journal import Journal
from boxoffice.engine.sale_engine import SaleEngine
from boxoffice.engine.timing import EngineTiming
from boxoffice.services.btcpay.client import BTCPayClient
from boxoffice.services.btcpay.invoice_hints import WebSocketInvoiceHints
from boxoffice.services.tickettailor.client import TicketTailorClient
from boxoffice.sim import Simulator
from boxoffice.sim.server import serve

if TYPE_CHECKING:
    from boxoffice.sim.server import SimulatorHTTPServer

BUYER = Buyer("Bench Mark", "bench@example.org")
#: Ticket Tailor's limit as the rush meets it: 5,000 requests in 30 minutes.
RUSH_RATE_LIMIT = 5000
RUSH_RATE_WINDOW = 1800.0


@dataclass(frozen=True)
class Mode:
    """How a till is built: `concurrent` engine calls, and the websocket `hints`."""

    name: str
    concurrent: bool
    hints: bool

    @property
    def timing(self) -> EngineTiming:
        return EngineTiming(concurrent=self.concurrent)


PUSH = Mode("push", concurrent=True, hints=True)
POLL = Mode("poll", concurrent=True, hints=False)
BASELINE = Mode("baseline", concurrent=False, hints=False)


class Till:
    """One till's clients, journal and engine against the stage's simulator."""

    def __init__(self, stage: Stage, name: str, mode: Mode) -> None:
        sim = stage.sim
        self.mode = mode
        self.tickettailor = TicketTailorClient(sim.tickettailor_api_key, sim.tickettailor_url)
        self.btcpay = BTCPayClient(sim.btcpay_url, sim.btcpay_api_key, sim.store_id)
        self.journal = Journal(stage.root / f"{name}.sqlite3")
        self.checkout = CheckoutSettings()
        self.engine = SaleEngine(
            tickettailor=self.tickettailor,
            btcpay=self.btcpay,
            journal=self.journal,
            checkout=self.checkout,
            device_id=name,
            timing=mode.timing,
            hints=WebSocketInvoiceHints(sim.btcpay_url) if mode.hints else None,
        )

    async def catalogue(self) -> Catalogue:
        """The catalogue, as the till opens; beside it, as the window does, the engine reads
        ahead BTCPay's version for the first sale (not the naive baseline, which reads it on
        demand)."""
        if not self.mode.concurrent:
            events = await self.tickettailor.list_events()
        else:
            events, _ = await asyncio.gather(self.tickettailor.list_events(), self.engine.prepare())
        return build_catalogue(events, CatalogueSettings())

    def order(self, catalogue: Catalogue, event_id: str, quantities: dict[str, int]) -> Order:
        return prepare_order(catalogue, event_id, quantities, buyer=BUYER, checkout=self.checkout)

    async def aclose(self) -> None:
        try:
            await self.engine.aclose()
        finally:
            with contextlib.suppress(Exception):
                await self.tickettailor.aclose()
            with contextlib.suppress(Exception):
                await self.btcpay.aclose()
            self.journal.close()


class Stage:
    """A simulator served on loopback with `rtt_ms` on every request, and a folder for the
    tills' journals; the tills made on it are closed with it."""

    def __init__(self, rtt_ms: int, *, seed: str | None = "demo", rush: bool = False) -> None:
        self.sim = Simulator(seed=seed, latency_ms=rtt_ms)
        if rush:
            self.sim.tickettailor_rate_limit = RUSH_RATE_LIMIT
            self.sim.tickettailor_rate_window = RUSH_RATE_WINDOW
        self._folder = tempfile.TemporaryDirectory(prefix="boxoffice-bench-")
        self.root = Path(self._folder.name)
        self._server: SimulatorHTTPServer | None = None
        self.tills: list[Till] = []

    async def __aenter__(self) -> Stage:
        self._server, _url = serve(self.sim)
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            for till in self.tills:
                with contextlib.suppress(Exception):
                    await till.aclose()
        finally:
            if self._server is not None:
                self._server.stop()
            self._folder.cleanup()

    def till(self, name: str, mode: Mode) -> Till:
        till = Till(self, name, mode)
        self.tills.append(till)
        return till
