"""`boxoffice soak`: many sales on several tills at once, with faults and kills, then the checker.

Everything runs in this process against the built-in simulator: `--devices` tills, each with its
own journal, sell `--sales` sales between them at the same time. Each customer does something a
real one does (pays by Lightning or on-chain, underpays and tops up, pays after expiry so staff
accept it — from two processes of one till at once —, overpays, walks away, or is cancelled).
Meanwhile requests fail or hang at random, and tills are killed and restarted from their
journals (their running calls cancelled where they stand, as a crash stops them). At the end
every invoice still open is left to expire, every till recovers, and the integrity checker
(`boxoffice.engine.integrity`) judges the journals against the services. Exit status 0 when no
promise was broken.

Time is the simulator's: a driver moves its clock on in small steps while the tills poll, so an
invoice's fifteen minutes pass in a second or two and a run of thousands of sales takes minutes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from boxoffice.commands.common import BadInput, Console, ExitStatus
from boxoffice.commands.soak_tills import Killed, SoakReport, SoakTill, VirtualTime, fault_label
from boxoffice.domain.catalogue import Catalogue, CatalogueSettings, build_catalogue
from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.order import Buyer, OrderProblem, prepare_order
from boxoffice.domain.sale import Sale, SaleNotAcceptable, SaleNotCancellable
from boxoffice.engine.integrity import Violation, check_integrity
from boxoffice.engine.journal import Journal
from boxoffice.services.errors import ServiceError
from boxoffice.sim import Simulator, seed
from boxoffice.sim.clock import ManualClock

T = TypeVar("T")

#: What customers do, and how often (weights).
BEHAVIOURS: dict[str, int] = {
    "pay_lightning": 30,
    "pay_onchain": 12,
    "underpay_then_top_up": 8,
    "pay_late_then_accept": 8,
    "overpay": 6,
    "walk_away": 14,
    "cancel": 12,
    "pay_while_cancelled": 4,
    "pay_after_kill": 6,
}
#: The ticket types customers pick from: plenty of general stock, and one nearly sold out, for
#: which tills race.
_CHOICES = ((seed.GENERAL_TT, 3), (seed.CONCESSION_TT, 2), (seed.LIMITED_TT, 2))
#: How often each of `_CHOICES` is picked: the short one rarely, so most sales can be made.
_CHOICE_WEIGHTS = (6, 3, 1)
#: Real milliseconds every simulated request takes.
_LATENCY_MS = 2
_INVOICES = r"/btcpay/api/v1/stores/[^/]+/invoices"
_INVOICE = _INVOICES + r"/[^/]+"
#: Requests that fail at random: (path pattern, method, status or None, delay in ms, kind).
#: A kind of `boxoffice.sim.faults.BODY_KINDS` does the work and then spoils the answer (an
#: HTML page, cut or mistyped JSON, fields missing, no answer at all): mostly on writes,
#: whose outcome is then unknown, and on the reads a sale cannot go on without.
_FAULTS: tuple[tuple[str, str, int | None, int | None, str | None], ...] = (
    (_INVOICE + "$", "GET", 503, None, None),
    (_INVOICES + "$", "POST", None, 1500, None),
    (_INVOICE + "/payment-methods$", "GET", 502, None, None),
    (_INVOICE + "$", "PUT", 503, None, None),
    (r"/tickettailor/v1/holds$", "POST", None, 1500, None),
    (r"/tickettailor/v1/holds/[^/]+$", "DELETE", 500, None, None),
    (r"/tickettailor/v1/issued_tickets$", "POST", None, 1500, None),
    (r"/tickettailor/v1/issued_tickets$", "POST", 503, None, None),
    (r"/tickettailor/v1/issued_tickets$", "GET", 503, None, None),
    # Broken answers to work that was done.
    (r"/tickettailor/v1/holds$", "POST", None, None, "drop_answer"),
    (r"/tickettailor/v1/holds$", "POST", None, None, "html"),
    (r"/tickettailor/v1/holds$", "POST", None, None, "truncated"),
    (r"/tickettailor/v1/holds$", "GET", None, None, "missing_fields"),
    (r"/tickettailor/v1/holds/[^/]+$", "DELETE", None, None, "drop_answer"),
    (r"/tickettailor/v1/holds/[^/]+$", "GET", None, None, "wrong_types"),
    (r"/tickettailor/v1/issued_tickets$", "POST", None, None, "drop_answer"),
    (r"/tickettailor/v1/issued_tickets$", "POST", None, None, "wrong_types"),
    (r"/tickettailor/v1/issued_tickets$", "POST", None, None, "truncated"),
    (r"/tickettailor/v1/issued_tickets$", "GET", None, None, "html"),
    (r"/tickettailor/v1/issued_tickets$", "GET", None, None, "missing_fields"),
    (_INVOICES + "$", "POST", None, None, "drop_answer"),
    (_INVOICES + "$", "POST", None, None, "missing_fields"),
    (_INVOICES + "$", "GET", None, None, "wrong_types"),
    (_INVOICE + "$", "GET", None, None, "html"),
    (_INVOICE + "$", "GET", None, None, "truncated"),
    (_INVOICE + "$", "PUT", None, None, "drop_answer"),
    (_INVOICE + "$", "PUT", None, None, "wrong_types"),
    (_INVOICE + "/payment-methods$", "GET", None, None, "missing_fields"),
    (_INVOICE + "/status$", "POST", None, None, "drop_answer"),
    (r"/btcpay/api/v1/stores/[^/]+/email/send$", "POST", None, None, "html"),
)


class Soak:
    """One soak run: the simulator, the tills, the customers, the chaos, and the verdict."""

    def __init__(self, sales: int, devices: int, rng_seed: int, folder: Path) -> None:
        self.rng = random.Random(rng_seed)
        # A little real latency on every request, so that calls of different tills (and of two
        # processes of one till) really interleave, as they do over a network.
        self.sim = Simulator(clock=ManualClock(), random_seed=rng_seed, latency_ms=_LATENCY_MS)
        self.time = VirtualTime(self.sim.clock)  # type: ignore[arg-type]
        self.folder = folder
        self.report = SoakReport(sales=sales, devices=devices, seed=rng_seed)
        self.devices = [f"soak-till-{n}" for n in range(1, devices + 1)]
        self.tills: dict[str, SoakTill] = {}
        self.catalogue: Catalogue | None = None
        self._stock_up()

    def _stock_up(self) -> None:
        """Enough general stock for every customer; the limited type stays short, for races."""
        event = self.sim.tickettailor.events[seed.GBP_EVENT]
        for ticket_type in event.ticket_types:
            if ticket_type.id in (seed.GENERAL_TT, seed.CONCESSION_TT):
                ticket_type.quantity_total = ticket_type.quantity_issued + 10 * self.report.sales

    def _open(self, device: str) -> SoakTill:
        till = SoakTill(self.sim, self.time, self.folder / f"{device}.sqlite3", device)
        self.tills[device] = till
        return till

    async def run(self) -> SoakReport:
        started = time.monotonic()
        driver = asyncio.ensure_future(self.time.drive())
        try:
            for device in self.devices:
                self._open(device)
            first = self.tills[self.devices[0]]
            events = await first.tickettailor.list_events()
            self.catalogue = build_catalogue(events, CatalogueSettings(), now=self.time.now())
            chaos = asyncio.ensure_future(self._chaos())
            limit = asyncio.Semaphore(max(4, 8 * len(self.devices)))

            async def one(number: int) -> None:
                async with limit:
                    await self._customer(number)

            await asyncio.gather(*(one(n) for n in range(self.report.sales)))
            chaos.cancel()
            await asyncio.gather(chaos, return_exceptions=True)
            await self._settle_down()
        finally:
            self.time.running = False
            await asyncio.gather(driver, return_exceptions=True)
            for till in self.tills.values():
                with contextlib.suppress(Exception):
                    await till.kill()
        self._judge()
        self.report.seconds = time.monotonic() - started
        return self.report

    # -- customers --------------------------------------------------------------------------

    def _order(self, number: int):
        assert self.catalogue is not None
        ticket_type, most = self.rng.choices(_CHOICES, weights=_CHOICE_WEIGHTS)[0]
        buyer = Buyer(f"Soak Customer {number}", f"customer{number}@example.org")
        return prepare_order(
            self.catalogue,
            seed.GBP_EVENT,
            {ticket_type: self.rng.randint(1, most)},
            buyer=buyer,
            checkout=CheckoutSettings(),
        )

    async def _customer(self, number: int) -> None:
        behaviour = self.rng.choices(list(BEHAVIOURS), weights=list(BEHAVIOURS.values()))[0]
        self.report.behaviours[behaviour] += 1
        device = self.rng.choice(self.devices)
        try:
            order = self._order(number)
        except OrderProblem:
            self.report.outcomes["refused before the hold"] += 1
            return
        try:
            sale = await self._on(device, lambda till: till.engine.start_sale(order))
        except (ServiceError, Killed):
            return  # the journal and recovery decide what became of it
        if sale.invoice_id is None or sale.terminal or sale.payment is None:
            # Only an invoice the till showed can be paid: a sale that fails while it starts
            # (sold out meanwhile, a release still going on) never showed one.
            return
        await self.time.sleep(self.rng.uniform(0, 120))
        await getattr(self, f"_{behaviour}")(device, sale)

    async def _on(self, device: str, call):
        """Run `call(till)` on the device's current process; `Killed` if it dies meanwhile."""
        till = self.tills[device]
        try:
            return await till.call(call(till))
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                raise  # this customer itself is being stopped
            raise Killed() from None

    def _pay(self, invoice_id: str, method: str = "BTC-LN", amount: Decimal | None = None) -> bool:
        try:
            self.sim.pay_invoice(invoice_id, method, amount)
        except Exception:
            return False  # expired or paid meanwhile: a wallet would say so
        return True

    def _due(self, invoice_id: str) -> Decimal:
        """What the customer's wallet sees due on the invoice, in BTC."""
        with self.sim.lock:
            return self.sim.btcpay.invoices[invoice_id].due_btc

    async def _pay_lightning(self, device: str, sale: Sale) -> None:
        self._pay(sale.invoice_id or "")

    async def _pay_onchain(self, device: str, sale: Sale) -> None:
        if self._pay(sale.invoice_id or "", "BTC-CHAIN"):
            await self.time.sleep(self.rng.uniform(0, 900))
            with contextlib.suppress(Exception):
                self.sim.confirm_invoice(sale.invoice_id or "")

    async def _underpay_then_top_up(self, device: str, sale: Sale) -> None:
        invoice_id = sale.invoice_id or ""
        due = self._due(invoice_id)
        part = (due / 3).quantize(Decimal("0.00000001"))
        if self._pay(invoice_id, "BTC-CHAIN", part):
            await self.time.sleep(self.rng.uniform(5, 200))
            if self._pay(invoice_id, "BTC-CHAIN"):  # the rest, whatever is due now
                await self.time.sleep(self.rng.uniform(0, 600))
                with contextlib.suppress(Exception):
                    self.sim.confirm_invoice(invoice_id)

    async def _pay_late_then_accept(self, device: str, sale: Sale) -> None:
        invoice_id = sale.invoice_id or ""
        due = self._due(invoice_id)
        with contextlib.suppress(Exception):
            self.sim.expire_invoice(invoice_id)
        await self.time.sleep(self.rng.uniform(5, 60))
        self._pay(invoice_id, "BTC-CHAIN", due)
        await self.time.sleep(self.rng.uniform(30, 120))
        # Staff press "accept" on two processes of the till at once (the window and a
        # terminal), each with its own connection to the journal.
        second = SoakTill(self.sim, self.time, self.folder / f"{device}.sqlite3", device)
        try:
            results = await asyncio.gather(
                self._on(device, lambda till: till.engine.accept_payment(sale.id)),
                second.call(second.engine.accept_payment(sale.id)),
                return_exceptions=True,
            )
        finally:
            await second.kill()
        self.report.accepts += sum(1 for r in results if isinstance(r, Sale))
        for result in results:
            if isinstance(result, BaseException) and not isinstance(
                result, SaleNotAcceptable | ServiceError | Killed
            ):
                raise result

    async def _overpay(self, device: str, sale: Sale) -> None:
        invoice_id = sale.invoice_id or ""
        if self._pay(invoice_id, "BTC-CHAIN", self._due(invoice_id) * Decimal("1.1")):
            await self.time.sleep(self.rng.uniform(0, 600))
            with contextlib.suppress(Exception):
                self.sim.confirm_invoice(invoice_id)

    async def _walk_away(self, device: str, sale: Sale) -> None:
        return  # the invoice expires on the clock

    async def _cancel(self, device: str, sale: Sale) -> None:
        with contextlib.suppress(SaleNotCancellable, ServiceError, Killed):
            await self._on(device, lambda till: till.engine.cancel(sale.id))

    async def _pay_while_cancelled(self, device: str, sale: Sale) -> None:
        invoice_id = sale.invoice_id or ""
        due = self._due(invoice_id)
        cancel = asyncio.ensure_future(self._cancel(device, sale))
        await asyncio.sleep(0)
        self._pay(invoice_id, "BTC-CHAIN", due)
        await cancel

    async def _pay_after_kill(self, device: str, sale: Sale) -> None:
        await self._kill(device)
        self._pay(sale.invoice_id or "")

    # -- chaos ------------------------------------------------------------------------------

    async def _chaos(self) -> None:
        while True:
            await self.time.sleep(self.rng.uniform(5, 40))
            if self.rng.random() < 0.7:
                path, method, status, delay, kind = self.rng.choice(_FAULTS)
                self.sim.add_fault(
                    path, method=method, status=status, delay_ms=delay, count=1, kind=kind
                )
                self.report.faults += 1
                self.report.faults_by_kind[fault_label(status, delay, kind)] += 1
            else:
                await self._kill(self.rng.choice(self.devices))

    async def _kill(self, device: str) -> None:
        """Kill the device's process and start it again, as a crash and a restart would."""
        old = self.tills[device]
        await old.kill()
        self.report.kills += 1
        till = self._open(device)
        with contextlib.suppress(ServiceError, Killed):
            await till.call(till.engine.recover(watch=True))

    # -- the end ----------------------------------------------------------------------------

    async def _settle_down(self) -> None:
        """No more faults or kills; open invoices expire, payments confirm, tills recover."""
        self.sim.clear_faults()
        for invoice in self.sim.state()["invoices"]:
            if invoice["status"] == "New":
                with contextlib.suppress(Exception):
                    self.sim.expire_invoice(invoice["id"])
            elif invoice["status"] == "Processing":
                with contextlib.suppress(Exception):
                    self.sim.confirm_invoice(invoice["id"])
        for device in self.devices:
            await self.tills[device].kill()
            self._open(device)
        for _ in range(4):  # a pass may leave a sale one step short (max_steps)
            for device in self.devices:
                await self.tills[device].engine.recover(watch=False)

    def _judge(self) -> None:
        sales: list[Sale] = []
        for device in self.devices:
            with Journal(self.folder / f"{device}.sqlite3") as journal:
                sales += journal.sales()
        state = self.sim.state()
        self.report.violations = check_integrity(sales, state, final=True)
        latest: dict[str, Sale] = {}
        for sale in sales:
            if sale.id not in latest or sale.updated_at > latest[sale.id].updated_at:
                latest[sale.id] = sale
        self.report.outcomes.update(str(s.state) for s in latest.values())
        self.report.tickets = sum(1 for t in state["issued_tickets"] if t.get("reference"))
        if not latest:
            # A run that sold nothing proves nothing: it must not pass as "every promise held".
            self.report.violations.append(
                Violation(0, "-", "no sale reached the services; the soak tested nothing")
            )


async def run_soak(sales: int, devices: int, rng_seed: int) -> SoakReport:
    """Run one soak in a temporary folder of journals; the report says what it found."""
    with tempfile.TemporaryDirectory(prefix="boxoffice-soak-") as folder:
        return await Soak(sales, devices, rng_seed, Path(folder)).run()


async def soak(args, console: Console) -> int:
    """Run `boxoffice soak`; 0 when every promise held."""
    if args.sales < 1 or args.devices < 1:
        raise BadInput("--sales and --devices must be 1 or more.")
    report = await run_soak(args.sales, args.devices, args.seed)
    if args.json:
        console.json_line(report.as_dict())
    else:
        console.say(
            f"{report.sales} sales on {report.devices} tills (seed {report.seed}) in "
            f"{report.seconds:.0f} s: {report.faults} faults, {report.kills} kills, "
            f"{report.accepts} late payments accepted, {report.tickets} tickets issued."
        )
        console.say("Faults:    " + json.dumps(dict(report.faults_by_kind), sort_keys=True))
        console.say("Customers: " + json.dumps(dict(report.behaviours), sort_keys=True))
        console.say("Outcomes:  " + json.dumps(dict(report.outcomes), sort_keys=True))
        if report.violations:
            console.say(f"{len(report.violations)} broken promise(s):")
            for violation in report.violations:
                console.say(f"  {violation}")
        else:
            console.say("Every promise held.")
    return ExitStatus.FAILURE if report.violations else ExitStatus.OK
