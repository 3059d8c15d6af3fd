"""Issuing the tickets of a paid sale, exactly once, then telling BTCPay and the buyer.

Ticket Tailor has no idempotency key, so "exactly once" comes from counting: before issuing,
the tickets already issued with this sale's `reference` (the invoice id) are counted and only
the rest are issued (../shared/reference/tickettailor-api.md §10). Tickets are issued out of the
sale's hold, which Ticket Tailor itself lets be used only once: two tills finishing the same
sale at the same moment cannot both succeed.

Unlike the web plugin (../shared/reference/ticket-tailor-plugin.md §5.2 item 8, §8 items 4 and
7) a refusal ends in `needs_attention` instead of a loop, and `ticketIds` lists every ticket of
the sale, not only the last run's.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING

from boxoffice.order import Order
from boxoffice.sale import CheckoutSettings, Sale, SaleState, SoldTicket
from boxoffice.services.btcpay import EMAIL_PERMISSION
from boxoffice.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from boxoffice.ticket_email import ticket_email

if TYPE_CHECKING:
    from boxoffice.engine import EngineTiming
    from boxoffice.journal import Journal
    from boxoffice.services.btcpay import BTCPayClient
    from boxoffice.services.tickettailor import Hold, IssuedTicket, TicketTailorClient

log = logging.getLogger(__name__)


class TicketIssuing:
    """The issuing part of `SaleEngine` (a mixin: it uses the engine's clients and journal)."""

    tickettailor: TicketTailorClient
    btcpay: BTCPayClient
    journal: Journal
    checkout: CheckoutSettings
    device_id: str
    timing: EngineTiming
    _email_allowed: bool | None
    _commit: Callable[..., Sale]
    _now: Callable[[], float]

    _find_holds: Callable[[Sale], Awaitable[list[Hold]]]

    async def _issued(self, sale: Sale) -> list[IssuedTicket]:
        tickets = await self.tickettailor.list_issued_tickets(reference=sale.ticket_reference)
        return [t for t in tickets if t.event_id == sale.order.event_id]

    @staticmethod
    def _missing(order: Order, issued: Iterable[IssuedTicket]) -> dict[str, int]:
        have = Counter(t.ticket_type_id for t in issued)
        return {
            ticket_type_id: wanted - have[ticket_type_id]
            for ticket_type_id, wanted in order.quantities.items()
            if wanted > have[ticket_type_id]
        }

    async def _issue(self, sale: Sale) -> Sale:
        """Issue what is missing (counted by reference, so never twice), then finish the sale."""
        order = sale.order
        issued = await self._issued(sale)
        missing = self._missing(order, issued)
        if missing:
            hold_id, missing, issued = await self._hold_for(sale, missing, issued)
            if missing and hold_id is False:
                return self._commit(
                    sale.move(
                        SaleState.NEEDS_ATTENTION,
                        now=self._now(),
                        reason="hold_missing",
                        tickets=self._sold(sale, issued),
                        message=(
                            f"Paid, but the reserved tickets are no longer held in Ticket Tailor;"
                            f" {sum(missing.values())} of {order.seats} tickets were not issued."
                        ),
                    ),
                    "hold_missing",
                    {"missing": missing, "hold_id": sale.hold_id},
                )
        if missing:
            seats = [tt for tt, count in missing.items() for _ in range(count)]
            self.journal.record(
                sale,
                "issue",
                {"reference": sale.ticket_reference, "missing": missing, "hold_id": hold_id},
            )
            limit = asyncio.Semaphore(max(1, self.timing.issue_concurrency))

            async def issue_one(ticket_type_id: str) -> IssuedTicket:
                async with limit:
                    return await self.tickettailor.issue_ticket(
                        event_id=order.event_id,
                        ticket_type_id=ticket_type_id,
                        hold_id=hold_id,
                        full_name=order.full_name,
                        email=order.buyer.email,
                        reference=sale.ticket_reference,
                    )

            results = await asyncio.gather(*(issue_one(t) for t in seats), return_exceptions=True)
            failures = [r for r in results if isinstance(r, BaseException)]
            for failure in failures:
                if not isinstance(failure, ServiceError):
                    raise failure
            new = [r for r in results if not isinstance(r, BaseException)]
            if failures:
                # Recount: an unknown outcome may have issued after all, a refusal may be
                # another till issuing the same hold.
                issued = await self._issued(sale)
                missing = self._missing(order, issued)
                if missing:
                    sale = self._commit(
                        sale.update(now=self._now(), tickets=self._sold(sale, issued)),
                        "issue_incomplete",
                        {"missing": missing, "error": str(failures[0])},
                    )
                    refused = [f for f in failures if not f.transient]
                    if not refused:
                        raise failures[0]
                    return self._commit(
                        sale.move(
                            SaleState.NEEDS_ATTENTION,
                            now=self._now(),
                            reason="issue_refused",
                            message=(
                                f"Paid, but Ticket Tailor refused to issue "
                                f"{sum(missing.values())} of {order.seats} tickets: "
                                f"{refused[0].detail}"
                            ),
                        ),
                        "issue_refused",
                        {"missing": missing, "error": refused[0].detail},
                    )
            else:
                known = {t.id for t in issued}
                issued = issued + [t for t in new if t.id not in known]
        if len(issued) > order.seats:
            log.error("sale %s has %d tickets for %d seats", sale.id, len(issued), order.seats)
        tickets = self._sold(sale, issued)
        if tickets != sale.tickets:
            sale = self._commit(
                sale.update(now=self._now(), tickets=tickets),
                "issued",
                {"ticket_ids": [t.id for t in tickets]},
            )
        note = await self._record_ticket_ids(sale)
        sent, email_note = await self._send_tickets(sale)
        message = sale.message
        if note:
            message = f"{message} {note}" if message else note
        return self._commit(
            sale.move(
                SaleState.COMPLETED,
                now=self._now(),
                email_sent=sent,
                email_note=email_note,
                message=message,
            ),
            "completed",
            {"email_sent": sent},
        )

    async def _hold_for(
        self, sale: Sale, missing: dict[str, int], issued: list[IssuedTicket]
    ) -> tuple[str | bool | None, dict[str, int], list[IssuedTicket]]:
        """The hold to issue the missing tickets from.

        None: there is no hold (it was released, and staff accepted the payment later), so the
        tickets come from the free inventory. False: the sale's hold is gone or short although
        tickets are missing, which a blind issue from inventory could double (another till may
        have just issued from it): a person must look.
        """
        if sale.hold_id is None:
            found = await self._find_holds(sale)
            return (found[0].id if found else None), missing, issued
        try:
            hold = await self.tickettailor.get_hold(sale.hold_id)
        except NotFoundError:
            hold = None
        if hold is not None and all(
            hold.quantities.get(tt, 0) >= count for tt, count in missing.items()
        ):
            return hold.id, missing, issued
        # Someone issued from the hold since we counted: count again.
        issued = await self._issued(sale)
        missing = self._missing(sale.order, issued)
        return (hold.id if hold is not None else False) if missing else None, missing, issued

    def _sold(self, sale: Sale, issued: Iterable[IssuedTicket]) -> tuple[SoldTicket, ...]:
        order = sale.order
        tickets = []
        for ticket in sorted(issued, key=lambda t: (t.created_at or 0, t.id)):
            line = order.line(ticket.ticket_type_id)
            tickets.append(
                SoldTicket(
                    id=ticket.id,
                    barcode=ticket.barcode,
                    ticket_type_id=ticket.ticket_type_id,
                    ticket_type_name=line.name if line else ticket.ticket_type_id,
                    full_name=ticket.full_name or order.full_name,
                    email=ticket.email or order.buyer.email,
                    barcode_url=ticket.barcode_url,
                )
            )
        return tuple(tickets)

    async def _record_ticket_ids(self, sale: Sale) -> str | None:
        """Write `ticketIds` into the invoice: the mark of a finished sale for every till."""
        if not sale.invoice_id:
            return None
        try:
            await self.btcpay.update_invoice_metadata(
                sale.invoice_id, {"ticketIds": [t.id for t in sale.tickets]}
            )
        except ServiceError as error:
            if error.transient:
                raise
            log.warning("sale %s: cannot write ticketIds: %s", sale.id, error)
            return f"The ticket ids could not be written to the invoice ({error.detail})."
        return None

    async def _send_tickets(self, sale: Sale) -> tuple[bool, str | None]:
        """E-mail the tickets through BTCPay; never fails the sale."""
        if not self.checkout.send_ticket_emails:
            return False, "Ticket emails are turned off."
        to = sale.order.buyer.email
        if not to:
            return False, "No email address was given."
        if self._email_allowed is None:
            try:
                key = await self.btcpay.current_api_key()
                self._email_allowed = key.allows(EMAIL_PERMISSION, self.btcpay.store_id)
            except ServiceError as error:
                log.info("cannot read the BTCPay key's permissions (%s); trying anyway", error)
        if self._email_allowed is False:
            return False, (f"Not sent: the BTCPay API key lacks the permission {EMAIL_PERMISSION}.")
        subject, body = ticket_email(sale)
        self.journal.record(sale, "email", {"subject": subject})
        try:
            await self.btcpay.send_email(to=to, subject=subject, body=body)
        except PermissionDeniedError:
            self._email_allowed = False
            return False, f"Not sent: the BTCPay API key lacks the permission {EMAIL_PERMISSION}."
        except ValidationError as error:
            if error.code == "smtp-not-configured" or error.status == 400:
                return False, "Not sent: the store's email (SMTP) is not set up in BTCPay."
            return False, f"Not sent: {error.detail}"
        except ServiceError as error:
            return False, f"Not sent: {error.detail}"
        return True, None
