"""The simulator object: both services, the control API, faults and one lock around them."""

from __future__ import annotations

import random
import re
import threading
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import httpx

import boxoffice.sim.seed as seed_data
from boxoffice.sim.btcpay import BTCPay
from boxoffice.sim.btcpay_changes import InProcessInvoiceHints
from boxoffice.sim.btcpay_model import LIGHTNING
from boxoffice.sim.clock import Clock
from boxoffice.sim.control import Control
from boxoffice.sim.faults import (
    BODY_KINDS,
    Fault,
    FaultSet,
    FaultStatus,
    break_answer,
    fault_response,
)
from boxoffice.sim.router import Request, Response, SimulatorError, empty_response
from boxoffice.sim.tickettailor import DEFAULT_RATE_LIMIT, RATE_WINDOW, TicketTailor
from boxoffice.sim.transport import SimulatorTransport
from boxoffice.sim.tt_params import newest_first

DEFAULT_RATES = {
    "GBP": Decimal("50000"),
    "USD": Decimal("65000"),
    "EUR": Decimal("60000"),
    "JPY": Decimal("9000000"),
}

#: What `requests_served` counts: Greenfield and checkout requests, Ticket Tailor requests,
#: and invoice status websockets asked for (accepted or refused), apart from the Greenfield ones.
SERVICES = ("tickettailor", "btcpay", "btcpay-websocket")

DEFAULT_BTCPAY_PERMISSIONS = (
    "btcpay.store.canviewstoresettings",
    "btcpay.store.cancreateinvoice",
    "btcpay.store.canmodifyinvoices",
    "btcpay.store.canmodifystoresettings",
)


class Simulator:
    """Ticket Tailor and BTCPay Server, simulated together for tests, the demo and benchmarks.

    Reach it in-process through `transport()` (any host; the URLs below use `root_url`) or over
    a loopback socket with `boxoffice.sim.server.serve()`. Time comes from `clock`, so tests can
    expire invoices by moving a `ManualClock`. Every state change happens under one lock.

    BTCPay's invoice status websocket is served on the loopback socket; `invoice_hints()`
    gives the same hints in-process. `requests_served()` counts what each service answered.

    Seed "demo" (the default) loads the box office described in `boxoffice.sim.seed`; `None` or
    "none" starts with no events (the store and the API keys always exist).
    """

    def __init__(
        self,
        *,
        seed: str | None = "demo",
        clock: Clock | None = None,
        btc_rates: dict[str, Decimal] | None = None,
        legacy_payment_method_ids: bool = False,
        smtp_configured: bool = True,
        latency_ms: int = 0,
        root_url: str = "http://sim.invalid",
        tickettailor_rate_limit: int = DEFAULT_RATE_LIMIT,
        tickettailor_rate_window: float = RATE_WINDOW,
        random_seed: int | None = None,
    ) -> None:
        self.lock = threading.RLock()
        self.clock = clock or Clock()
        self.rng = random.Random(random_seed)
        #: The round trip of every service request: half of it before the request is carried
        #: out (it has to reach the server), half before the answer arrives; a websocket
        #: message takes half of it (one way).
        self.latency_ms = latency_ms
        #: Seconds between the text "ping" messages an open invoice status websocket sends.
        #: BTCPay sends one after 30 s without a message from the client, then every 25 s
        #: (BTCPayServer/WebsocketExtensions.cs `ReceiveAndPingAsync`); a few seconds here, so
        #: that clients meet them.
        self.status_socket_ping_seconds = 5.0
        self._served: Counter[str] = Counter()
        self._served_lock = threading.Lock()
        self.root_url = root_url.rstrip("/")
        self.faults = FaultSet()
        self.store_id = seed_data.STORE_ID
        self.tickettailor = TicketTailor(
            self.clock,
            self.rng,
            rate_limit=tickettailor_rate_limit,
            rate_window=tickettailor_rate_window,
        )
        self.btcpay = BTCPay(
            self.clock,
            self.rng,
            store_id=self.store_id,
            rates={**DEFAULT_RATES, **(btc_rates or {})},
            base_url=lambda: self.btcpay_url,
            legacy=legacy_payment_method_ids,
            smtp_configured=smtp_configured,
        )
        self.tickettailor_api_key = seed_data.TICKETTAILOR_API_KEY
        self.tickettailor.api_keys.add(self.tickettailor_api_key)
        self.btcpay_api_key = self.btcpay.add_api_key(
            [f"{p}:{self.store_id}" for p in DEFAULT_BTCPAY_PERMISSIONS],
            "Box Office",
            key=seed_data.BTCPAY_API_KEY,
        )
        self.control = Control(self)
        if seed not in (None, "none", ""):
            if seed != "demo":
                raise ValueError(f"unknown seed {seed!r}; use 'demo' or None")
            seed_data.seed_demo(self.tickettailor)

    def __repr__(self) -> str:
        return f"Simulator(root_url={self.root_url!r}, store_id={self.store_id!r})"

    # -- URLs -------------------------------------------------------------------------------

    @property
    def tickettailor_url(self) -> str:
        return f"{self.root_url}/tickettailor"

    @property
    def btcpay_url(self) -> str:
        return f"{self.root_url}/btcpay"

    @property
    def control_url(self) -> str:
        return f"{self.root_url}/sim"

    def set_root_url(self, root_url: str) -> None:
        """Where the simulator is reached (links such as `checkoutLink` follow it)."""
        self.root_url = root_url.rstrip("/")

    def transport(self) -> httpx.AsyncBaseTransport:
        return SimulatorTransport(self)

    def invoice_hints(self) -> InProcessInvoiceHints:
        """BTCPay's invoice status websocket for the in-process transport: an object with the
        shape of `boxoffice.services.btcpay.invoice_hints.InvoiceHints` whose `changes(id)`
        yields once per change of the invoice, as `/i/{id}/status/ws` would on the loopback
        server (refused, it returns at once; the latency and faults of that path apply)."""

        def plan(invoice_id: str) -> tuple[float, bool]:
            delay, status = self.plan(self.status_socket_request(invoice_id))
            return delay, status is not None

        def tick(invoice_id: str) -> None:
            with self.lock:
                self.btcpay.apply_time(invoice_id)

        return InProcessInvoiceHints(
            lock=self.lock,
            changes=self.btcpay.invoice_changes,
            opens=self.btcpay.status_socket_opens,
            tick=tick,
            plan=plan,
            one_way_delay=lambda: self.latency_ms / 2000,
        )

    def status_socket_request(self, invoice_id: str) -> Request:
        """The websocket handshake of an invoice's status socket, as faults see it."""
        return Request(
            "GET",
            f"/btcpay/i/{invoice_id}/status/ws",
            headers={"upgrade": "websocket", "connection": "Upgrade"},
        )

    def drop_status_sockets(self) -> None:
        """Close every open invoice status websocket (loopback and in-process), as a server
        restart would; clients may open them again."""
        self.btcpay.invoice_changes.drop_all()

    # -- request counts ---------------------------------------------------------------------

    def requests_served(self, service: str) -> int:
        """Requests answered since the start (or `reset_request_counts()`): "tickettailor",
        "btcpay" (Greenfield and checkout pages, faults included) or "btcpay-websocket" (invoice
        status websockets asked for, refused ones too). The control API is not counted."""
        if service not in SERVICES:
            raise ValueError(f"unknown service {service!r}; use one of {', '.join(SERVICES)}")
        with self._served_lock:
            return self._served[service]

    def reset_request_counts(self) -> None:
        with self._served_lock:
            self._served.clear()

    def count_request(self, service: str) -> None:
        with self._served_lock:
            self._served[service] += 1

    # -- settings ---------------------------------------------------------------------------

    @property
    def tickettailor_rate_limit(self) -> int:
        return self.tickettailor.rate_limit

    @tickettailor_rate_limit.setter
    def tickettailor_rate_limit(self, limit: int) -> None:
        self.tickettailor.rate_limit = limit

    @property
    def tickettailor_rate_window(self) -> float:
        """Seconds of Ticket Tailor's fixed rate-limit window (30 minutes unless told)."""
        return self.tickettailor.rate_window

    @tickettailor_rate_window.setter
    def tickettailor_rate_window(self, seconds: float) -> None:
        self.tickettailor.rate_window = seconds

    @property
    def smtp_configured(self) -> bool:
        return self.btcpay.smtp_configured

    @smtp_configured.setter
    def smtp_configured(self, value: bool) -> None:
        self.btcpay.smtp_configured = value

    def add_btcpay_api_key(self, permissions: Iterable[str], label: str = "Test key") -> str:
        with self.lock:
            return self.btcpay.add_api_key(permissions, label)

    def add_tickettailor_api_key(self, *, hide_personal_data: bool = False) -> str:
        """A new Ticket Tailor key; `hide_personal_data` as the key option of that name:
        personal fields of issued tickets then answer "****"."""
        with self.lock:
            key = f"sk_{self.rng.randrange(1000, 9999)}_{self.rng.randrange(1000, 9999)}_"
            key += "".join(
                self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijk") for _ in range(16)
            )
            self.tickettailor.api_keys.add(key)
            if hide_personal_data:
                self.tickettailor.masked_keys.add(key)
            return key

    # -- request handling -------------------------------------------------------------------

    def plan(self, request: Request) -> tuple[float, int | None]:
        """Seconds to wait before carrying the request out (half the round-trip latency, the
        way there, and a fault's delay), and a fault status to answer with instead.

        A fault that breaks the real answer (`BODY_KINDS`) comes as `FaultStatus(200, kind)`.
        The other half of the latency comes after the work: `answer_delay()`.
        """
        if _under(request.path, "/sim"):
            return 0.0, None
        service = _service_of(request)
        if service is not None:
            self.count_request(service)
        with self.lock:
            fault = self.faults.take(request)
        delay_ms = self.latency_ms / 2 + ((fault.delay_ms or 0) if fault else 0)
        if fault is not None and fault.kind in BODY_KINDS:
            return delay_ms / 1000, FaultStatus(200, fault.kind)
        if fault is None or fault.status is None:
            return delay_ms / 1000, None
        return delay_ms / 1000, FaultStatus(fault.status, fault.kind)

    def answer_delay(self, request: Request) -> float:
        """Seconds between carrying a request out and its answer reaching the client: the
        way back, half the round-trip latency (none for the control API)."""
        if _under(request.path, "/sim"):
            return 0.0
        return self.latency_ms / 2000

    def respond(self, request: Request, fault_status: int | None = None) -> Response:
        """The answer to a request (after any delay): a fault, or the real work.

        For a fault of `BODY_KINDS` the work is done and its answer broken; "drop_answer"
        raises `AnswerDropped` (an `httpx.ReadTimeout`, and a `TimeoutError` for the server).
        """
        kind = getattr(fault_status, "kind", None)
        if kind in BODY_KINDS:
            return break_answer(kind, self.handle(request))
        if fault_status is not None:
            return fault_response(fault_status, request.path)
        return self.handle(request)

    def handle(self, request: Request) -> Response:
        """Do what the request asks, without faults or delays."""
        for prefix, service in (
            ("/tickettailor", self.tickettailor),
            ("/btcpay", self.btcpay),
            ("/sim", self.control),
        ):
            if _under(request.path, prefix):
                inner = Request(
                    request.method,
                    request.path[len(prefix) :] or "/",
                    request.query_string,
                    request.headers,
                    request.body,
                )
                with self.lock:
                    return service.handle(inner)
        return empty_response(404)

    # -- control ----------------------------------------------------------------------------

    def pay_invoice(
        self, invoice_id: str, method: str = LIGHTNING, amount: Decimal | None = None
    ) -> dict:
        """A wallet pays the invoice: BTC-LN settles at once, BTC-CHAIN goes to Processing
        (Settled at once under HighSpeed). `amount` in BTC; None pays exactly what is due.
        Raises SimulatorError (404 unknown invoice, 409 payment impossible)."""
        with self.lock:
            return self.btcpay.invoice_api(self.btcpay.pay(invoice_id, method, amount))

    def confirm_invoice(self, invoice_id: str) -> dict:
        """The invoice's on-chain payments get enough confirmations."""
        with self.lock:
            return self.btcpay.invoice_api(self.btcpay.confirm(invoice_id))

    def expire_invoice(self, invoice_id: str) -> dict:
        """A New invoice's expiration time becomes now, and the transition is applied."""
        with self.lock:
            return self.btcpay.invoice_api(self.btcpay.expire(invoice_id))

    def state(self) -> dict:
        """Everything, API-shaped: events, holds, issued tickets, invoices and sent emails."""
        with self.lock:
            tt = self.tickettailor
            return {
                "events": tt.all_events_api(),
                "holds": [h.to_api() for h in newest_first(tt.holds.values())],
                "issued_tickets": [t.to_api() for t in newest_first(tt.issued_tickets.values())],
                "invoices": self.btcpay.all_invoices_api(),
                "emails": [dict(email) for email in self.btcpay.emails],
            }

    def add_fault(
        self,
        path: str,
        method: str | None = None,
        status: int | None = None,
        delay_ms: int | None = None,
        count: int | None = None,
        kind: str | None = None,
    ) -> None:
        """Make the next `count` (default: all) requests whose path matches the regex `path`
        answer `status` and/or wait `delay_ms` first. Never applies to `/sim/`.

        `kind="cloudflare"` answers `status` with Cloudflare's HTML block page. The kinds of
        `boxoffice.sim.faults.BODY_KINDS` take no status: the request is carried out, then
        its answer is broken: "html" (a 200 captive-portal page), "truncated" (the JSON cut
        in half), "wrong_types" (every value of another JSON type), "missing_fields" (`id`,
        `status` and other needed fields removed) or "drop_answer" (no answer: a read
        timeout in-process, a closed connection over the socket)."""
        fault = Fault(path, method, status, delay_ms, count, kind)  # checks regex and kind
        if status is None and not delay_ms and kind not in BODY_KINDS:
            raise ValueError("a fault needs a status, a delay, a body kind or a mix")
        with self.lock:
            self.faults.add(fault)

    def clear_faults(self) -> None:
        with self.lock:
            self.faults.clear()

    def advance_clock(self, seconds: float) -> float:
        with self.lock:
            return self.clock.advance(seconds)

    # -- lookups for tests ------------------------------------------------------------------

    def event(self, event_id: str) -> dict:
        """The API shape of an event; KeyError when there is none."""
        with self.lock:
            return self.tickettailor.event_api(self.tickettailor.events[event_id])

    def hold(self, hold_id: str) -> dict:
        with self.lock:
            return self.tickettailor.holds[hold_id].to_api()

    def issued_ticket(self, ticket_id: str) -> dict:
        with self.lock:
            return self.tickettailor.issued_tickets[ticket_id].to_api()

    def invoice(self, invoice_id: str) -> dict:
        """Greenfield InvoiceData of an invoice (time transitions applied); KeyError if none."""
        with self.lock:
            invoice = self.btcpay.invoices[invoice_id]
            invoice.refresh(self.clock.now())
            return self.btcpay.invoice_api(invoice)

    def payment_methods(self, invoice_id: str) -> list[dict[str, Any]]:
        with self.lock:
            invoice = self.btcpay.invoices[invoice_id]
            invoice.refresh(self.clock.now())
            return self.btcpay.payment_methods_api(invoice)

    def pull_payments(self) -> list[dict[str, Any]]:
        """Every refund BTCPay made (pull payments, newest first), each with the `invoiceId`
        it refunds and whether the customer has claimed it (`claim`)."""
        with self.lock:
            pulls = sorted(self.btcpay.pull_payments.values(), key=lambda p: -p.starts_at)
            return [{**p.to_api(), "invoiceId": p.invoice_id, "claim": p.claim} for p in pulls]

    def claim_refund(
        self, pull_payment_id: str, destination: str = "bcrt1qrefund", *, completed: bool = True
    ) -> dict[str, Any]:
        """The customer claims a refund on its page; `completed`: BTCPay has paid it out."""
        with self.lock:
            return self.btcpay.claim_pull_payment(
                pull_payment_id, destination=destination, completed=completed
            )

    def seed_large_catalogue(self, events: int, ticket_types_per_event: int = 5) -> None:
        """Add `events` published events (with a few drafts and closed ones) for benchmarks."""
        with self.lock:
            seed_data.seed_large_catalogue(self.tickettailor, events, ticket_types_per_event)


def _under(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith(prefix + "/")


_STATUS_SOCKET = re.compile(r"^/btcpay/i/[^/]+/status/ws$")


def status_socket_invoice(request: Request) -> str | None:
    """The invoice id of a websocket request to `{btcpay}/i/{id}/status/ws`, else None."""
    if request.method != "GET" or "websocket" not in (request.header("upgrade") or "").lower():
        return None
    if not _STATUS_SOCKET.match(request.path):
        return None
    return request.path.split("/")[3]


def _service_of(request: Request) -> str | None:
    """Which count of `requests_served` a request (met by `plan`) adds to."""
    if status_socket_invoice(request) is not None:
        return "btcpay-websocket"
    for service in ("tickettailor", "btcpay"):
        if _under(request.path, "/" + service):
            return service
    return None


__all__ = ["Simulator", "SimulatorError"]
