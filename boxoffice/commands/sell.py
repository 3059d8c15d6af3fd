"""`boxoffice sell`: one sale from the command line, watched to its end.

The order is checked against a fresh catalogue (`prepare_order`) before anything is reserved, so
a bad input costs nothing. Ctrl-C (or SIGTERM) while waiting cancels the sale the proper way:
the invoice is marked invalid and the hold released, through the engine. A second Ctrl-C stops
at once and leaves the sale in the journal for `boxoffice reconcile`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, Any

import qrcode

from boxoffice.app.error_words import for_terminal
from boxoffice.commands.common import BadInput, Console, ExitStatus, load_settings
from boxoffice.commands.waiting import Interrupts, wait_for_end
from boxoffice.domain.catalogue import Catalogue
from boxoffice.domain.money import format_btc, format_money
from boxoffice.domain.offline_payment import OfflinePaymentProblem, PaymentKind
from boxoffice.domain.order import Buyer, Order, OrderProblem, prepare_order
from boxoffice.domain.reasons import Reason
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.services.errors import ServiceError

if TYPE_CHECKING:
    from boxoffice.app.runtime import Runtime
    from boxoffice.engine.sale_engine import SaleEngine

log = logging.getLogger(__name__)

#: The largest quantity the command line accepts for one type before asking the catalogue.
_MAX_QUANTITY = 10_000


def parse_tickets(specs: list[str]) -> dict[str, int]:
    """`["tt_1=2,tt_2=1", "tt_3=1"]` -> `{"tt_1": 2, "tt_2": 1, "tt_3": 1}`.

    Raises `BadInput` for anything else.
    """
    quantities: dict[str, int] = {}
    for spec in specs:
        for part in spec.split(","):
            part = part.strip()
            if not part:
                continue
            ticket_type_id, sep, count = part.partition("=")
            ticket_type_id = ticket_type_id.strip()
            if not sep or not ticket_type_id:
                raise BadInput(
                    f"“{part}” is not TICKET_TYPE=QUANTITY; write for example --tickets tt_1=2."
                )
            count = count.strip()
            # ASCII digits only: int() would also take "1_0", "٣" or "+2", which no one at a
            # door means as a number of tickets.
            if not (count.isascii() and count.isdigit()):
                raise BadInput(f"The quantity in “{part}” is not a whole number.")
            quantity = int(count[:12])  # more digits than that are over the limit anyway
            if quantity < 1:
                raise BadInput(f"The quantity in “{part}” must be 1 or more.")
            if quantity > _MAX_QUANTITY or len(count) > 12:
                raise BadInput(f"The quantity in “{part}” is too large: at most {_MAX_QUANTITY}.")
            quantities[ticket_type_id] = quantities.get(ticket_type_id, 0) + quantity
    if not quantities:
        raise BadInput("Name at least one ticket, for example --tickets tt_1=2.")
    return quantities


def exit_status(sale: Sale) -> ExitStatus:
    """How a finished sale ends the command.

    A sale that failed because the tickets sold out between the check and the hold counts as
    bad input (2), like a quantity over what is left caught by the check: the order as given
    cannot be sold, and nothing was reserved. Any other failure is 1.
    """
    if sale.state is SaleState.COMPLETED:
        return ExitStatus.OK
    if sale.state is SaleState.RELEASED:
        return ExitStatus.RELEASED
    if sale.state is SaleState.NEEDS_ATTENTION:
        return ExitStatus.NEEDS_ATTENTION
    if sale.state is SaleState.FAILED and sale.reason is Reason.SOLD_OUT:
        return ExitStatus.BAD_INPUT
    return ExitStatus.FAILURE


async def load_catalogue(runtime: Runtime, console: Console) -> Catalogue:
    """A fresh catalogue; the cached one (with a warning) when Ticket Tailor cannot be reached."""
    try:
        catalogue = await runtime.catalogue.refresh()
    except ServiceError as error:
        if not error.transient:
            raise
        cached = runtime.catalogue.cached()
        if cached is None:
            raise
        console.warn(f"Warning: {for_terminal(error)}; using the events saved earlier.")
        return cached
    for problem in runtime.catalogue.problems:
        console.warn(f"Warning: {problem}")
    return catalogue


def check_input(
    catalogue: Catalogue,
    event_id: str,
    quantities: Mapping[str, int],
    access_code: str | None,
) -> frozenset[str]:
    """The CLI's own checks, with CLI words (ids); returns the unlocked secret types."""
    event = catalogue.event(event_id)
    if event is None:
        on_sale = ", ".join(f"{e.id} ({e.name})" for e in catalogue.events) or "none"
        raise BadInput(f"There is no event {event_id} on sale here; events on sale: {on_sale}.")
    unlocked: frozenset[str] = frozenset()
    if access_code is not None:
        unlocked = event.unlock(access_code)
        if not unlocked:
            raise BadInput(f"The access code “{access_code}” unlocks no ticket of {event.name}.")
    for ticket_type_id in quantities:
        if event.ticket_type(ticket_type_id) is None:
            types = ", ".join(f"{t.id} ({t.name})" for t in event.visible(unlocked)) or "none"
            raise BadInput(
                f"{event.name} has no ticket type {ticket_type_id}; its ticket types: {types}."
            )
    return unlocked


class SaleReporter:
    """Prints each change of one sale: a JSON object per line, or words and a QR code."""

    def __init__(self, console: Console, *, as_json: bool) -> None:
        self.console = console
        self.as_json = as_json
        self.sale_id: str | None = None
        self.latest: Sale | None = None
        self._last_key: tuple | None = None
        self._last_link: str | None = None
        self._last_problem: str | None = None

    def observe(self, sale: Sale) -> None:
        """Engine observer: the first sale seen is ours (this process runs only one)."""
        if self.sale_id is None:
            self.sale_id = sale.id
        if sale.id != self.sale_id:
            return
        self.latest = sale
        if sale.connection_problem != self._last_problem:
            self._connection_changed(sale)
        payment = sale.payment
        key = (
            sale.state,
            sale.hold_id,
            sale.invoice_id,
            payment.unified_link if payment else None,
            payment.checkout_link if payment else None,
            len(sale.tickets) if sale.state.terminal else None,
        )
        if key == self._last_key:
            return
        self._last_key = key
        try:
            if self.as_json:
                self.console.json_line(sale_json(sale))
            else:
                self._human(sale)
        except Exception:  # an observer must never break the engine
            log.exception("could not print the sale's progress")

    def _connection_changed(self, sale: Sale) -> None:
        """Say when a service stops answering, and when it answers again: never wait silently."""
        problem, self._last_problem = sale.connection_problem, sale.connection_problem
        try:
            if self.as_json:
                self.console.json_line(
                    {"sale_id": sale.id, "state": str(sale.state), "connection_problem": problem}
                )
            elif problem is not None:
                # The engine's words may already say it keeps trying; the expiry matters only
                # while the customer can still pay (not once the tickets are being issued).
                words = problem.rstrip(".")
                if "still trying" not in words:
                    words += " — still trying"
                expires = sale.payment.expires_at if sale.payment else None
                if expires and sale.state.payable:
                    clock = time.strftime("%H:%M", time.localtime(expires))
                    words += f"; the invoice expires at {clock}"
                self.console.say(f"{words}.")
            else:
                self.console.say("The connection is back.")
        except Exception:  # an observer must never break the engine
            log.exception("could not print the connection's state")

    def _human(self, sale: Sale) -> None:
        say = self.console.say
        order = sale.order
        state = sale.state
        if state is SaleState.RESERVING:
            say(f"Reserving {order.summary} for {order.event_name}…")
        elif state is SaleState.AWAITING_PAYMENT and sale.payment:
            if sale.payment.unified_link != self._last_link:
                self._last_link = sale.payment.unified_link
                self._print_payment(sale)
        elif state is SaleState.CONFIRMING:
            say("Payment seen; waiting for it to be confirmed…")
        elif state is SaleState.ISSUING:
            say("Paid. Issuing the tickets…")
        elif state is SaleState.RELEASING:
            say("Releasing the reserved tickets…")
        elif state is SaleState.COMPLETED:
            offline = sale.offline
            if offline is not None and offline.kind is PaymentKind.CASH:
                amount = format_money(offline.amount or order.total, order.currency)
                say(f"Paid in cash: {amount}, taken by {offline.staff}.")
            elif offline is not None:
                say(f"Complimentary, given by {offline.staff}: {offline.reason}")
            say(f"Sold {len(sale.tickets)} ticket(s) for {order.event_name}:")
            for ticket in sale.tickets:
                say(f"  {ticket.ticket_type_name}: {ticket.barcode}  ({ticket.full_name})")
            if sale.email_sent and not sale.records_pending:
                # BTCPay's send answers 200 before (and whether or not) the mail goes out.
                say(
                    f"Tickets handed to BTCPay for e-mail to {order.buyer.email} "
                    "(BTCPay does not report delivery)."
                )
            if sale.email_note:
                say(sale.email_note)
            elif offline is not None and order.buyer.email:
                say(
                    "Not e-mailed: a cash or complimentary sale asks BTCPay nothing by itself; "
                    "e-mail the tickets from the window's result page if the buyer wants them."
                )
        elif state is SaleState.RELEASED:
            say(f"Not sold: {sale.message or sale.reason_code or 'the sale was released'}")
        elif state is SaleState.NEEDS_ATTENTION:
            say(f"NEEDS ATTENTION: {sale.message or sale.reason_code} (sale {sale.id})")
        elif state is SaleState.FAILED:
            say(f"Failed: {sale.message or sale.reason_code}")

    def _print_payment(self, sale: Sale) -> None:
        payment = sale.payment
        assert payment is not None
        say = self.console.say
        amount = format_money(payment.amount, payment.currency)
        btc = f" = {format_btc(payment.btc_due)}" if payment.btc_due is not None else ""
        until = ""
        if payment.expires_at:
            until = f", before {time.strftime('%H:%M', time.localtime(payment.expires_at))}"
        say(f"Pay {amount}{btc}{until} (invoice {sale.invoice_id}):")
        # The standard quiet zone of 4 modules (ISO/IEC 18004); about 69 columns for an invoice.
        qr = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_L)
        qr.add_data(payment.unified_qr)
        # Inverted: light modules drawn as blocks, so it scans on a dark terminal.
        qr.print_ascii(out=self.console.out, invert=True)
        say(payment.unified_link)
        if payment.checkout_link:
            say(f"Checkout page: {payment.checkout_link}")
        self.console.out.flush()


def sale_json(sale: Sale) -> dict[str, Any]:
    """The JSON line for one state of a sale; keys appear once their value is known."""
    data: dict[str, Any] = {"sale_id": sale.id, "state": str(sale.state)}
    offline = sale.offline
    if offline is not None:
        data["paid_by"] = str(offline.kind)
        data["staff"] = offline.staff
        if offline.amount is not None:
            data["amount"] = str(offline.amount)
            data["currency"] = offline.currency
        if offline.reason is not None:
            data["complimentary_reason"] = offline.reason
    if sale.hold_id:
        data["hold_id"] = sale.hold_id
    if sale.invoice_id:
        data["invoice_id"] = sale.invoice_id
    payment = sale.payment
    if payment is not None:
        data["payment_uri"] = payment.unified_link
        if payment.checkout_link:
            data["checkout_link"] = payment.checkout_link
        data["amount"] = str(payment.amount)
        data["currency"] = payment.currency
        if payment.btc_due is not None:
            data["btc_due"] = str(payment.btc_due)
        if payment.expires_at:
            data["expires_at"] = payment.expires_at
    if sale.state is SaleState.COMPLETED or sale.tickets:
        data["tickets"] = [{"id": t.id, "barcode": t.barcode} for t in sale.tickets]
    if sale.state is SaleState.COMPLETED:
        if sale.records_pending:
            data["records_pending"] = True
        else:
            data["email_sent"] = bool(sale.email_sent)
    if sale.reason:
        data["reason"] = sale.reason_code
    if sale.message and sale.state.terminal:
        data["message"] = sale.message
    return data


#: How long `sell` and `accept` wait, once the customer has the tickets, for the ticket ids
#: to reach the invoice and the e-mail to be handed to BTCPay before leaving them to the
#: next start of the window or `boxoffice reconcile`.
RECORDS_WAIT = 20.0


async def wait_for_records(
    engine, sale: Sale, console: Console, *, as_json: bool = False, patience: float = RECORDS_WAIT
) -> Sale:
    """After a completed sale: wait a little for its records, and say how the e-mail went.

    The tickets are already on screen; this only reports what happened to the e-mail.
    """
    if not sale.records_pending:
        return sale
    try:
        sale = await asyncio.wait_for(engine.wait(sale.id), patience)
    except (TimeoutError, RuntimeError):
        latest = engine.sale(sale.id) or sale
        if as_json:
            console.json_line(sale_json(latest))
        else:
            why = latest.connection_problem or "BTCPay has not answered yet"
            what = (
                "the ticket e-mail and the invoice's ticket list"
                if latest.order.buyer.email
                else "the invoice's ticket list"
            )
            console.warn(
                f"{why}: {what} will be written by the next `boxoffice reconcile` or when the "
                "window opens. The tickets above are issued and valid."
            )
        return latest
    if as_json:
        console.json_line(sale_json(sale))
    elif sale.email_sent and sale.email_note is None:
        # BTCPay's send answers 200 before (and whether or not) the mail goes out.
        console.say(
            f"Tickets handed to BTCPay for e-mail to {sale.order.buyer.email} "
            "(BTCPay does not report delivery)."
        )
    elif sale.order.buyer.email and sale.email_note:
        console.say(sale.email_note)
    if sale.message and "ticket ids could not be written" in sale.message:
        console.warn(sale.message)
    return sale


async def say_settled(
    engine: SaleEngine,
    sale: Sale,
    console: Console,
    *,
    as_json: bool,
    extra: Mapping[str, Any] | None = None,
) -> int:
    """After staff settled a sale (`accept`, `resolve`): wait for its end, say it (one JSON
    object with `extra` added, or its state, tickets and message) and wait for its records;
    the exit status, as for `sell`."""
    if not sale.terminal:
        sale = await engine.wait(sale.id, records=False)
    if as_json:
        console.json_line({**sale_json(sale), **(extra or {})})
    else:
        tickets = ", ".join(t.barcode for t in sale.tickets) or "none"
        console.say(f"{sale.id}: {sale.state}; tickets: {tickets}")
        if sale.message:
            console.say(sale.message)
    sale = await wait_for_records(engine, sale, console, as_json=as_json)
    return exit_status(sale)


async def follow_sale(
    engine: SaleEngine,
    starting: Awaitable[Sale],
    reporter: SaleReporter,
    interrupts: Interrupts,
    console: Console,
    *,
    as_json: bool,
) -> int:
    """Start a sale (`starting`) and follow it to its end and its records, printing each
    change; the exit status. Ctrl-C asks for its cancel (`interrupts`); a second one leaves it
    to `reconcile`."""
    try:
        sale = await starting
        reporter.observe(sale)
        interrupts.attach(sale.id)
        if not sale.terminal:
            ended = await wait_for_end(engine, sale.id, interrupts)
            if ended is None:
                return _left_unfinished(engine.sale(sale.id) or sale, interrupts, console)
            sale = ended
        reporter.observe(sale)
        sale = await wait_for_records(engine, sale, console, as_json=as_json)
    except asyncio.CancelledError:
        if interrupts.forced:
            if reporter.sale_id:
                console.warn(f"Sale {reporter.sale_id} was left unfinished.")
            return ExitStatus.INTERRUPTED
        raise
    return exit_status(sale)


def _left_unfinished(sale: Sale, interrupts: Interrupts, console: Console) -> ExitStatus:
    """Say what became of a sale `sell` stops waiting for, and how it will be finished."""
    if interrupts.requested_at is not None:
        console.warn(
            f"The cancel of sale {sale.id} could not be completed now ({sale.state}; "
            f"{sale.connection_problem or 'no answer yet'}). It is recorded: run "
            "`boxoffice reconcile` to finish releasing it."
        )
        return ExitStatus.INTERRUPTED
    console.warn(
        f"{sale.connection_problem or 'BTCPay does not answer'}, past the time the invoice could "
        f"be paid: the outcome of sale {sale.id} cannot be learnt now. It stays in the journal "
        "with its tickets held; run `boxoffice reconcile` when BTCPay answers again."
    )
    return ExitStatus.FAILURE


async def _start(runtime: Runtime, order: Order, args) -> Sale:
    """Start the sale as asked: in bitcoin, or paid in cash, or complimentary (`--cash`,
    `--complimentary REASON`, with `--staff`), which ask BTCPay nothing."""
    cash = bool(getattr(args, "cash", False))
    reason = getattr(args, "complimentary", None)
    if not cash and reason is None:
        return await runtime.engine.start_sale(order)
    settings = runtime.settings
    staff = (getattr(args, "staff", None) or "").strip()
    staff = staff or settings.device_name.strip() or runtime.engine.device_id
    try:
        if cash:
            return await runtime.engine.offline.sell_for_cash(order, staff=staff, taken=order.total)
        return await runtime.engine.offline.give_complimentary(order, staff=staff, reason=reason)
    except OfflinePaymentProblem as problem:
        raise BadInput(str(problem)) from None


async def sell(args, console: Console) -> int:
    """Run `boxoffice sell`; returns the exit status."""
    from boxoffice.app.runtime import Runtime

    quantities = parse_tickets(args.tickets)
    settings = load_settings(console)
    runtime = await Runtime.open(settings)
    reporter = SaleReporter(console, as_json=args.json)
    current = asyncio.current_task()
    assert current is not None
    interrupts = Interrupts(runtime, console, current)
    try:
        catalogue = await load_catalogue(runtime, console)
        unlocked = check_input(catalogue, args.event, quantities, args.access_code)
        try:
            order = prepare_order(
                catalogue,
                args.event,
                quantities,
                unlocked=unlocked,
                buyer=Buyer(args.name, args.email),
                checkout=settings.to_checkout(),
            )
        except OrderProblem as problem:
            raise BadInput(str(problem)) from None
        unsubscribe = runtime.engine.subscribe(reporter.observe)
        interrupts.install()
        try:
            return await follow_sale(
                runtime.engine,
                _start(runtime, order, args),
                reporter,
                interrupts,
                console,
                as_json=args.json,
            )
        finally:
            interrupts.uninstall()
            unsubscribe()
    finally:
        with contextlib.suppress(Exception):
            await runtime.aclose()
