"""The five promises of a box office, checked against what the services and the journals hold.

Used by the tests that crash, fault and race the engine, and by `boxoffice soak`. It reads the
services' records as their APIs shape them (Ticket Tailor holds and issued tickets, BTCPay
invoices; the simulator's `state()` gives exactly that) and every till's journal, and reports
each broken promise with the sale it concerns:

1. paid in full ⇒ exactly its tickets, or `needs_attention` with a reason;
2. no ticket for an unpaid or underpaid invoice;
3. no seat issued twice;
4. no hold outlives its sale (a paid sale that waits for a person keeps its seats held for the
   customer until staff resolve it);
5. the journal, BTCPay and Ticket Tailor agree (tickets in the journal = `ticketIds` in the
   invoice metadata = issued tickets with the sale's reference).

"Paid in full" is BTCPay's word: a `Settled` invoice (marked settled by staff included), or one
whose `paidAmount` reaches its `amount` (paid late, or paid after a cancel). A free sale has no
invoice and counts as paid.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from boxoffice.domain.hold_plan import sale_id_from_hold_note
from boxoffice.domain.sale import Sale, SaleState, order_id_for
from boxoffice.engine.invoice_data import TICKET_IDS_KEY
from boxoffice.engine.invoice_rules import paid_in_full

__all__ = ["Violation", "check_integrity"]

PAID_IN_FULL, NO_UNPAID_TICKETS, NO_SEAT_TWICE, NO_HOLD_LEFT, RECORDS_AGREE = 1, 2, 3, 4, 5


@dataclass(frozen=True)
class Violation:
    """One broken promise (its number above), for one sale, in words."""

    invariant: int
    sale_id: str
    message: str

    def __str__(self) -> str:
        return f"invariant {self.invariant}, sale {self.sale_id}: {self.message}"


def _decimal(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value not in (None, "") else None
    except InvalidOperation:
        return None


def _paid_in_full(invoice: Mapping[str, Any] | None, sale: Sale) -> bool:
    if invoice is None:
        return not sale.billed
    if invoice.get("status") == "Settled":
        return True
    amount, paid = _decimal(invoice.get("amount")), _decimal(invoice.get("paidAmount"))
    # The engine's own test of a full payment; an answer without `paidAmount` is not one here.
    extra = invoice.get("additionalStatus")
    return (
        paid is not None
        and paid_in_full(amount, paid, extra if isinstance(extra, str) else None) is True
    )


def _latest(copies: list[Sale]) -> Sale:
    """The copy of a sale that went furthest: several journals may know one sale (a till that
    adopted another's); a finished copy wins over an unfinished one, then the newest."""
    return max(copies, key=lambda s: (s.terminal, s.updated_at))


def check_integrity(
    sales: Iterable[Sale], services: Mapping[str, Any], *, final: bool = True
) -> list[Violation]:
    """Every broken promise over `sales` (from all journals) and the services' `holds`,
    `issued_tickets` and `invoices`. With `final`, a sale not yet finished is one too: at the
    end of a run every sale must have come to rest."""
    copies: dict[str, list[Sale]] = defaultdict(list)
    for sale in sales:
        copies[sale.id].append(sale)
    tickets: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for ticket in services.get("issued_tickets", ()):
        if ticket.get("status") != "voided" and ticket.get("reference"):
            tickets[str(ticket["reference"])].append(ticket)
    invoices: dict[str, Mapping[str, Any]] = {}
    for invoice in services.get("invoices", ()):
        order_id = (invoice.get("metadata") or {}).get("orderId")
        if isinstance(order_id, str):
            # Newest first from the API: keep the first, and note a second below.
            invoices.setdefault(order_id, invoice)
    held: Counter[str] = Counter()
    for hold in services.get("holds", ()):
        if int(hold.get("total_on_hold") or 0) > 0:
            # A sale split over several holds notes each with its place (`hold_plan`).
            note = str(hold.get("note"))
            held[order_id_for(sid) if (sid := sale_id_from_hold_note(note)) else note] += int(
                hold["total_on_hold"]
            )

    violations: list[Violation] = []
    for sale_id, known in copies.items():
        sale = _latest(known)

        def broken(invariant: int, message: str, sale_id: str = sale_id) -> None:
            violations.append(Violation(invariant, sale_id, message))

        invoice = invoices.get(sale.order_id)
        if sale.invoice_id and invoice is not None and invoice.get("id") != sale.invoice_id:
            broken(
                RECORDS_AGREE,
                f"the journal names invoice {sale.invoice_id}, BTCPay "
                f"has {invoice.get('id')} for this sale",
            )
        reference = str(invoice["id"]) if invoice is not None else sale.order_id
        issued = tickets.get(reference, [])
        seats = sale.order.seats
        paid = _paid_in_full(invoice, sale)

        if final and not sale.terminal:
            broken(PAID_IN_FULL, f"did not finish: still {sale.state}")
        if len(issued) > seats:
            broken(NO_SEAT_TWICE, f"{len(issued)} tickets issued for {seats} seat(s)")
        per_type = Counter(str(t.get("ticket_type_id")) for t in issued)
        for line in sale.order.lines:
            if per_type[line.ticket_type_id] > line.quantity:
                broken(
                    NO_SEAT_TWICE,
                    f"{per_type[line.ticket_type_id]} tickets of {line.ticket_type_id} for "
                    f"{line.quantity} bought",
                )
        if issued and not paid:
            broken(NO_UNPAID_TICKETS, f"{len(issued)} ticket(s) issued, invoice not paid in full")
        # Nothing unbilled (free, cash, complimentary) was paid before its hold was made: one
        # that could not be held may fail, as long as it issued nothing and holds nothing.
        if paid and sale.terminal and (sale.billed or sale.state is not SaleState.FAILED):
            if sale.state is SaleState.NEEDS_ATTENTION:
                if not sale.reason:
                    broken(PAID_IN_FULL, "needs attention without a reason")
            elif sale.state is not SaleState.COMPLETED or len(issued) != seats:
                broken(
                    PAID_IN_FULL,
                    f"paid in full but {sale.state} with {len(issued)} of {seats} ticket(s)",
                )
        # A paid sale waiting for a person keeps its seats held for the customer who paid
        # (staff retry the issue, or refund); every other finished sale must hold nothing.
        keeps_seats = sale.state is SaleState.NEEDS_ATTENTION and paid
        if sale.terminal and held[sale.order_id] and not keeps_seats:
            broken(NO_HOLD_LEFT, f"{held[sale.order_id]} seat(s) still held after {sale.state}")
        if sale.state is SaleState.COMPLETED:
            journal_ids = {t.id for t in sale.tickets}
            issued_ids = {str(t.get("id")) for t in issued}
            if journal_ids != issued_ids:
                broken(RECORDS_AGREE, "the journal's tickets differ from those issued")
            # `ticketIds` are written after the customer has the tickets (`records_pending`): a
            # run stopped mid-way may not have written them yet.
            if invoice is not None and (final or not sale.records_pending):
                recorded = (invoice.get("metadata") or {}).get(TICKET_IDS_KEY)
                if not isinstance(recorded, list) or set(map(str, recorded)) != issued_ids:
                    broken(RECORDS_AGREE, "the invoice's ticketIds differ from those issued")
    return violations
