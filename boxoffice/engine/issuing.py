"""Issuing the tickets of a paid sale, exactly once, then telling BTCPay and the buyer.

Ticket Tailor has no idempotency key, so "exactly once" comes from counting: before issuing,
the tickets already issued with this sale's `reference` (the invoice id) are counted and only
the rest are issued (developers.tickettailor.com, create issued ticket: one ticket a request, no
idempotency key). A sale's seats are in one hold or a few (`boxoffice.domain.hold_plan`): the
holds are issued side by side, the tickets of one hold one after another, so no two issues ever
draw on one hold at the same time; the receipt fills in ticket by ticket. When the journal shows
the sale was never issued before (the common case) the count and the hold reads are skipped:
the holds made at reservation are issued as planned. The used holds are deleted afterwards in
the background, with the other records of the sale, so the customer never waits for them.

Unlike the BTCPay Server Ticket Tailor plugin (Kukks/BTCPayServerPlugins, TicketTailorWebhook
Provider.cs) a refusal ends in `needs_attention` instead of a loop, and `ticketIds` lists every
ticket of the sale, not only the last run's. The sale's messages are `Words` ("SaleWords").
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.domain.hold_plan import hold_parts
from boxoffice.domain.reasons import Reason
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.domain.ticket_email import ENGLISH, EmailWords, ticket_email
from boxoffice.engine import email_notes
from boxoffice.engine.email_notes import EMAILED_BEFORE, SENDING_NOTE
from boxoffice.engine.invoice_data import EMAILED_KEY, TICKET_IDS_KEY
from boxoffice.engine.lookups import find_holds
from boxoffice.engine.payment_request import paid_by_method
from boxoffice.engine.releasing import LATE_LOOKS
from boxoffice.engine.ticket_count import missing_tickets, sold_tickets
from boxoffice.services.btcpay.permissions import EMAIL_PERMISSION
from boxoffice.services.errors import (
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
    UnavailableError,
    ValidationError,
)
from boxoffice.words import joined, translate

if TYPE_CHECKING:
    from boxoffice.engine.ledger import Ledger
    from boxoffice.engine.timing import EngineTiming
    from boxoffice.services.btcpay.client import BTCPayClient
    from boxoffice.services.tickettailor.client import TicketTailorClient
    from boxoffice.services.tickettailor.models import Hold, IssuedTicket

log = logging.getLogger(__name__)


#: The seats to issue from each hold, in order (a hold id of None: from the free inventory).
Plan = list[tuple[str | None, dict[str, int]]]


def _assign(
    missing: dict[str, int], holds: list[Hold], *, short_to_first: bool = False
) -> Plan | None:
    """Spread the missing seats over the holds by what each still holds; None if they do not
    fit (with `short_to_first`, what does not fit goes to the first hold, to be refused)."""
    left = {h.id: dict(h.quantities) for h in holds}
    plan: dict[str, dict[str, int]] = {}
    for ticket_type_id, count in missing.items():
        for _ in range(count):
            hold_id = next((h for h, q in left.items() if q.get(ticket_type_id, 0) > 0), None)
            if hold_id is None:
                if not short_to_first or not holds:
                    return None
                hold_id = holds[0].id
            else:
                left[hold_id][ticket_type_id] -= 1
            seats = plan.setdefault(hold_id, {})
            seats[ticket_type_id] = seats.get(ticket_type_id, 0) + 1
    return [(hold_id, seats) for hold_id, seats in plan.items()]


def _english(_code: str | None) -> EmailWords:
    return ENGLISH


class _NoSeats(Exception):
    """Ticket Tailor refused to hold a late-accepted sale's seats again (`detail` says why)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class _ClaimLost(ServiceError):
    """Issuing stopped because another process of this till took the sale over; it is not a
    refusal, so the sale stays `issuing` and is looked at again."""

    transient = True


class TicketIssuing:
    """Issues a paid sale's tickets exactly once, then writes `ticketIds` and e-mails them.

    Owns whether the BTCPay key may send e-mail (asked once). Calls the ledger (commit,
    claims), Ticket Tailor (tickets, holds) and BTCPay (metadata, e-mail). `email_words` maps
    an order's language code to how the ticket e-mail is written in it (the window gives its
    translations; without it, English).
    """

    def __init__(
        self,
        ledger: Ledger,
        tickettailor: TicketTailorClient,
        btcpay: BTCPayClient,
        checkout: CheckoutSettings,
        timing: EngineTiming,
        email_words: Callable[[str | None], EmailWords] | None = None,
    ) -> None:
        self._ledger = ledger
        self._tickettailor = tickettailor
        self._btcpay = btcpay
        self._checkout = checkout
        self._timing = timing
        self._email_allowed: bool | None = None
        self.email_words: Callable[[str | None], EmailWords] = email_words or _english

    @property
    def email_possible(self) -> bool:
        """Whether ticket e-mails can go out at all (turned on, and not known to be refused)."""
        return self._checkout.send_ticket_emails and self._email_allowed is not False

    async def _issued(self, sale: Sale) -> list[IssuedTicket]:
        tickets = await self._tickettailor.list_issued_tickets(reference=sale.ticket_reference)
        return [t for t in tickets if t.event_id == sale.order.event_id]

    async def issue(self, sale: Sale) -> Sale:
        """Issue what is missing (counted by reference, so never twice), then finish the sale.

        Counting and issuing are one step among all the processes of this till (the window,
        `accept`, `reconcile`): a process that finds the sale claimed by another leaves it as it
        is, and its watcher looks again later, when the other has finished.
        """
        if not self._ledger.take_claim(sale.id):
            return sale
        try:
            return await self._issue_claimed(self._ledger.latest_record(sale))
        finally:
            self._ledger.drop_claim(sale.id)

    async def _issue_claimed(self, sale: Sale) -> Sale:
        if sale.state is SaleState.COMPLETED:
            return sale  # finished by another process while this one waited
        order = sale.order
        plan = self._first_issuance(sale)
        if plan is not None:
            # Nothing was ever issued for this sale (see `_first_issuance`): its holds are as
            # reservation made them, so neither the count nor the holds are read again.
            issued: list[IssuedTicket] = []
            missing = dict(order.quantities)
        else:
            issued = await self._issued(sale)
            missing = missing_tickets(order, issued)
        if missing and plan is None:
            try:
                held, missing, issued = await self._holds_for(sale, missing, issued)
            except _NoSeats as no_seats:
                return self._needs_person(
                    sale,
                    issued,
                    Reason.ISSUE_REFUSED,
                    translate(
                        "SaleWords",
                        "Paid, but {missing} of {seats} tickets are no longer available: Ticket "
                        "Tailor would not hold them again ({detail}). Refund the customer, or "
                        "sell them another way.",
                    ).format(
                        missing=sum(missing.values()), seats=order.seats, detail=no_seats.detail
                    ),
                    "hold_refused",
                    {"missing": missing, "error": no_seats.detail},
                )
            sale = self._ledger.held(sale.id) or sale  # a new hold's id, if one was made
            if missing and held is False:
                return self._hold_missing(sale, issued, missing, list(sale.hold_ids))
            # With tickets missing, the seats to issue from each hold (None: from the free
            # inventory).
            if isinstance(held, list):
                plan = held
            elif missing:
                plan = [(None, missing)]
        if missing and plan:
            self._ledger.journal.record(
                sale,
                "issue",
                {
                    "reference": sale.ticket_reference,
                    "missing": missing,
                    "holds": [[hold_id, seats] for hold_id, seats in plan],
                },
            )
            results = await self._issue_plan(sale, plan, issued)
            failures = [(hold_id, r) for hold_id, r in results if isinstance(r, ServiceError)]
            gone: list[str] = []  # holds that are no longer there at all
            for hold_id, failure in failures:
                if hold_id is None or isinstance(failure, _ClaimLost):
                    continue
                # What is still held tells a used-up hold (another till) from a refusal.
                try:
                    left = await self._tickettailor.get_hold(hold_id)
                    log.info(
                        "sale %s: after %s, hold %s has %d left",
                        sale.id,
                        failure.detail,
                        hold_id,
                        left.total_on_hold,
                    )
                except NotFoundError:
                    gone.append(hold_id)
                    log.info("sale %s: after %s, hold %s is gone", sale.id, failure.detail, hold_id)
                except ServiceError as error:
                    log.info("sale %s: hold %s not re-read (%s)", sale.id, hold_id, error)
            new = [r for _, r in results if not isinstance(r, ServiceError)]
            if failures:
                # Recount: an unknown outcome may have issued after all, a refusal may be
                # another till issuing the same hold.
                issued = await self._issued(sale)
                missing = missing_tickets(order, issued)
                if missing:
                    sale = self._ledger.commit(
                        sale.update(now=self._ledger.now(), tickets=sold_tickets(sale, issued)),
                        "issue_incomplete",
                        {"missing": missing, "error": str(failures[0][1])},
                    )
                    refused = [f for _, f in failures if not f.transient]
                    if not refused:
                        raise failures[0][1]
                    if gone:
                        # Someone deleted the hold in Ticket Tailor: nothing is issued from
                        # free stock on a guess; a person looks (and may hold them again).
                        return self._hold_missing(sale, issued, missing, gone)
                    return self._ledger.commit(
                        sale.move(
                            SaleState.NEEDS_ATTENTION,
                            now=self._ledger.now(),
                            reason=Reason.ISSUE_REFUSED,
                            message=translate(
                                "SaleWords",
                                "Paid, but Ticket Tailor refused to issue {missing} of {seats} "
                                "tickets: {detail}",
                            ).format(
                                missing=sum(missing.values()),
                                seats=order.seats,
                                detail=refused[0].detail,
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
        tickets = sold_tickets(sale, issued)
        if tickets != sale.tickets:
            sale = self._ledger.commit(
                sale.update(now=self._ledger.now(), tickets=tickets),
                "issued",
                {"ticket_ids": [t.id for t in tickets]},
            )
        # The customer has the tickets now. Writing `ticketIds` and e-mailing (which waits for
        # that write, see `_finish_records`) go on in the background, retried as long as it
        # takes: a slow or failing BTCPay must never keep a paid customer at the till.
        # Its emptied holds are deleted then too (`_free_used_holds`).
        email_wanted = self._email_wanted(sale)
        pending = bool(sale.invoice_id) or email_wanted or bool(sale.hold_ids)
        return self._ledger.commit(
            sale.move(
                SaleState.COMPLETED,
                now=self._ledger.now(),
                email_sent=False if not email_wanted else None,
                email_note=SENDING_NOTE if email_wanted else self._no_email_note(sale),
                records_pending=pending,
            ),
            "completed",
            {"records_pending": pending},
        )

    async def finish_records(self, sale: Sale) -> Sale:
        """Write a completed sale's `ticketIds` into its invoice, then e-mail its tickets.

        Run by the sale's watcher (and by recovery after a restart) until it succeeds; a
        transient failure propagates and is tried again with backoff. Claimed like issuing,
        so that two processes of this till never both e-mail the tickets.
        """
        if not self._ledger.take_claim(sale.id):
            return sale
        try:
            sale = self._ledger.latest_record(sale)
            if not sale.records_pending:
                return sale
            # What Lightning and on-chain each received, for the end-of-shift report: read
            # here, once the customer has the tickets, never before issuing them. The emptied
            # holds go at the same time.
            paid_by, _ = await asyncio.gather(
                paid_by_method(self._btcpay, sale), self._free_used_holds(sale)
            )
            if paid_by is not None:
                sale = self._ledger.commit(
                    sale.update(now=self._ledger.now(), payment=paid_by), "paid_by"
                )
            email_wanted = self._email_wanted(sale)
            note, emailed_before = await self._record_ticket_ids(sale, emailing=email_wanted)
            if not email_wanted:
                sent: bool | None = bool(sale.email_sent)
                email_note = sale.email_note
            elif emailed_before or self._emailed_already(sale):
                # Handed to BTCPay before (by this till before a crash, or by another till):
                # never sent twice without a person asking for it.
                sent, email_note = True, EMAILED_BEFORE
            else:
                sent, email_note = await self.send_tickets(sale)
            message = joined(sale.message, note) or None
            return self._ledger.commit(
                sale.update(
                    now=self._ledger.now(),
                    email_sent=sent,
                    email_note=email_note,
                    message=message,
                    records_pending=False,
                ),
                "recorded",
                {"email_sent": sent},
            )
        finally:
            self._ledger.drop_claim(sale.id)

    async def _free_used_holds(self, sale: Sale) -> None:
        """Delete a completed sale's holds, once. Best effort.

        An emptied hold may stay in Ticket Tailor (the plugin leaves them); deleting it keeps
        the organiser's hold list, and every till's sweeps, short. It never holds up the sale:
        404 means already gone, any other failure is logged and left to the sweeps.
        """
        if not sale.hold_ids or any(
            e["event"] == "holds_freed" for e in self._ledger.journal.history(sale.id)
        ):
            return

        async def delete(hold_id: str) -> None:
            try:
                await self._tickettailor.delete_hold(hold_id)
            except ServiceError as error:
                log.info("sale %s: used hold %s not deleted (%s)", sale.id, hold_id, error)

        await asyncio.gather(*(delete(h) for h in sale.hold_ids))
        self._ledger.journal.record(sale, "holds_freed", {"hold_ids": list(sale.hold_ids)})

    def _no_email_note(self, sale: Sale) -> str | None:
        """Why a completed sale's tickets are not e-mailed (None: they are)."""
        if not self._checkout.send_ticket_emails:
            return email_notes.TURNED_OFF
        if not sale.order.buyer.email:
            return email_notes.NO_ADDRESS
        return None

    #: Journal events after which a sale's holds may no longer be as reservation made them:
    #: tickets were (or may have been) issued, the sale came from another till's records, or
    #: its seats were held again.
    _NOT_FIRST = frozenset({"issue", "adopted", "hold_again", "held_again", "resumed"})

    def _first_issuance(self, sale: Sale) -> Plan | None:
        """The seats to issue from each hold when this is the sale's first issuance, else None.

        Every issue is journalled ("issue") before the first ticket is asked for, so a sale of
        this till's journal with no such line has no ticket in Ticket Tailor, and its holds
        still hold what reservation put in them (`hold_parts`, the same split): the count and
        the holds need no reading, which saves two round trips between the payment and the
        receipt. Anything else (a retry, a sale adopted from another till, seats held again,
        holds that do not match the split) counts and reads first.
        """
        hold_ids = sale.hold_ids
        if not hold_ids or sale.tickets:
            return None
        timing = self._timing
        parts = hold_parts(
            sale.order.quantities, seats_per_hold=timing.seats_per_hold, max_holds=len(hold_ids)
        )
        if len(parts) != len(hold_ids):
            return None
        if any(e["event"] in self._NOT_FIRST for e in self._ledger.journal.history(sale.id)):
            return None
        return list(zip(hold_ids, parts, strict=True))

    async def _issue_plan(
        self, sale: Sale, plan: Plan, issued: list[IssuedTicket]
    ) -> list[tuple[str | None, IssuedTicket | ServiceError]]:
        """Issue the planned seats: each hold's one after another, the holds side by side
        (one after another with `EngineTiming.concurrent` off).

        Each hold stops at its first failure (the hold and the count may have moved, and are
        read again before going on); the other holds carry on. Every ticket issued is shown at
        once (a published snapshot, not journalled: the count by reference is the record), so
        the receipt fills in ticket by ticket.
        """
        order = sale.order
        done: list[IssuedTicket] = list(issued)

        def shown(ticket: IssuedTicket) -> None:
            done.append(ticket)
            latest = self._ledger.latest(sale.id)
            self._ledger.publish(
                latest.update(now=self._ledger.now(), tickets=sold_tickets(sale, done))
            )

        async def from_hold(
            hold_id: str | None, seats: dict[str, int]
        ) -> list[tuple[str | None, IssuedTicket | ServiceError]]:
            results: list[tuple[str | None, IssuedTicket | ServiceError]] = []
            for ticket_type_id in [tt for tt, count in seats.items() for _ in range(count)]:
                if not self._ledger.renew_claim(sale.id):
                    # The claim lapsed and another process took the sale over: stop here;
                    # the count it made includes what this one issued.
                    lost = _ClaimLost("Ticket Tailor", "another process took the sale")
                    results.append((hold_id, lost))
                    break
                try:
                    ticket = await self._tickettailor.issue_ticket(
                        event_id=order.event_id,
                        ticket_type_id=ticket_type_id,
                        hold_id=hold_id,
                        full_name=order.full_name,
                        email=order.buyer.email,
                        reference=sale.ticket_reference,
                    )
                except ServiceError as error:
                    results.append((hold_id, error))
                    break  # re-read before going on: the hold and the count may have moved
                results.append((hold_id, ticket))
                shown(ticket)
            return results

        if self._timing.concurrent:
            tasks = [asyncio.ensure_future(from_hold(h, seats)) for h, seats in plan]
            try:
                per_hold = await asyncio.gather(*tasks)
            except BaseException:
                # Anything but a service's error is a bug or the till going down: no hold
                # goes on issuing on its own (the journal says "issue", so the next try counts).
                for task in tasks:
                    task.cancel()
                raise
        else:
            per_hold = [await from_hold(h, seats) for h, seats in plan]
        return [result for results in per_hold for result in results]

    async def _holds_for(
        self, sale: Sale, missing: dict[str, int], issued: list[IssuedTicket]
    ) -> tuple[Plan | bool | None, dict[str, int], list[IssuedTicket]]:
        """The seats to issue from each of the sale's holds, for the missing tickets.

        None: nothing is missing after all (counted again). False: the sale's holds are gone
        or short although tickets are missing, which a blind issue from inventory could double
        (another till may have just issued from them): a person must look.
        """
        if not sale.hold_ids:
            # The hold was released (the payment came late and staff accepted it). The seats are
            # held again before any ticket is issued: Ticket Tailor then arbitrates between
            # tills, and a seat sold meanwhile is refused here instead of being issued twice.
            for found in await find_holds(self._tickettailor, sale):
                if all(found.quantities.get(tt, 0) >= n for tt, n in missing.items()):
                    return [(found.id, missing)], missing, issued
            return [(await self._hold_again(sale, missing), missing)], missing, issued
        holds = await self._read_holds(sale.hold_ids)
        plan = _assign(missing, holds)
        if plan is not None:
            return plan, missing, issued
        # Someone issued from the holds since we counted: count again.
        issued = await self._issued(sale)
        missing = missing_tickets(sale.order, issued)
        if not missing:
            return None, missing, issued
        if not holds:
            return False, missing, issued
        # Short, even counted again: issue what fits and let Ticket Tailor refuse the rest from
        # the first hold (a refusal goes to a person; nothing is issued from free stock).
        plan = _assign(missing, holds, short_to_first=True)
        return plan, missing, issued

    async def _read_holds(self, hold_ids: tuple[str, ...]) -> list[Hold]:
        """The sale's holds as Ticket Tailor has them now, in order (gone ones left out)."""

        async def read(hold_id: str) -> Hold | None:
            try:
                return await self._tickettailor.get_hold(hold_id)
            except NotFoundError:
                return None

        found = await asyncio.gather(*(read(h) for h in hold_ids))
        return [h for h in found if h is not None]

    def _hold_missing(
        self, sale: Sale, issued: list[IssuedTicket], missing: dict[str, int], holds: list[str]
    ) -> Sale:
        """Paid, but the seats are no longer held: a person looks, nothing is issued on a guess
        from free stock (another till may have just issued from the hold)."""
        return self._needs_person(
            sale,
            issued,
            Reason.HOLD_MISSING,
            translate(
                "SaleWords",
                "Paid, but the reserved tickets are no longer held in Ticket Tailor; "
                "{missing} of {seats} tickets were not issued.",
            ).format(missing=sum(missing.values()), seats=sale.order.seats),
            "hold_missing",
            {"missing": missing, "hold_ids": holds},
        )

    def _needs_person(
        self,
        sale: Sale,
        issued: list[IssuedTicket],
        reason: Reason,
        message: str,
        event: str,
        detail: dict,
    ) -> Sale:
        """A paid sale that cannot get (all) its tickets: to a person, with what was issued."""
        return self._ledger.commit(
            sale.move(
                SaleState.NEEDS_ATTENTION,
                now=self._ledger.now(),
                reason=reason,
                tickets=sold_tickets(sale, issued),
                message=message,
            ),
            event,
            detail,
        )

    async def _hold_again(self, sale: Sale, missing: dict[str, int]) -> str:
        """A new hold of the missing seats for a sale whose hold was released; its id.

        Journalled first; an unknown outcome is looked up by the note, as at reservation.
        Raises `_NoSeats` when Ticket Tailor refuses (sold out, off sale), and a transient
        `ServiceError` when the outcome stays unknown (the watcher tries again).
        """
        order = sale.order
        self._ledger.journal.record(sale, "hold_again", {"missing": missing})
        try:
            hold = await self._tickettailor.create_hold(order.event_id, missing, note=sale.order_id)
        except (UnavailableError, MalformedResponseError):
            await self._ledger.sleep(self._timing.lookup_delay)
            found = [
                h
                for h in await find_holds(self._tickettailor, sale)
                if all(h.quantities.get(tt, 0) >= n for tt, n in missing.items())
            ]
            if not found:
                # It may land later, beside the one the next try makes: looked for again once
                # the sale has ended (`_late_look`).
                self._ledger.commit(
                    sale.update(
                        now=self._ledger.now(),
                        recheck_at=self._ledger.now() + LATE_LOOKS[0],
                        late_looks=0,
                    ),
                    "hold_unknown",
                )
                raise
            hold = found[0]
        except ServiceError as error:
            raise _NoSeats(error.detail) from error
        updated = sale.update(now=self._ledger.now(), hold_id=hold.id)
        self._ledger.commit(updated, "held_again", {"hold_id": hold.id, "missing": missing})
        return hold.id

    async def _record_ticket_ids(self, sale: Sale, *, emailing: bool) -> tuple[str | None, bool]:
        """Write `ticketIds` into the invoice: the mark of a finished sale for every till.

        With `emailing`, the same write marks the tickets as e-mailed, before they are handed
        to BTCPay: a till that dies after sending, or another till that finishes the sale,
        then finds the mark and does not send them again (at most once; staff can resend).
        Returns a note for staff, and whether the invoice was marked e-mailed already.
        """
        if not sale.invoice_id:
            return None, False
        changes: dict[str, object] = {TICKET_IDS_KEY: [t.id for t in sale.tickets]}
        if emailing:
            changes[EMAILED_KEY] = True
        try:
            before, _ = await self._btcpay.merge_invoice_metadata(sale.invoice_id, changes)
        except ServiceError as error:
            if error.transient:
                raise
            log.warning("sale %s: cannot write ticketIds: %s", sale.id, error)
            note = translate(
                "SaleWords", "The ticket ids could not be written to the invoice ({detail})."
            ).format(detail=error.detail)
            return note, False
        return None, bool(before.get(EMAILED_KEY))

    def _email_wanted(self, sale: Sale) -> bool:
        return bool(self._checkout.send_ticket_emails and sale.order.buyer.email and sale.auto_mail)

    def _emailed_already(self, sale: Sale) -> bool:
        """Whether this till handed the tickets to BTCPay before (and stopped before it said so)."""
        return any(entry["event"] == "email" for entry in self._ledger.journal.history(sale.id))

    async def send_tickets(self, sale: Sale) -> tuple[bool | None, str | None]:
        """E-mail the tickets through BTCPay; never fails the sale. None: not known whether
        BTCPay took it (its answer was lost)."""
        not_wanted = self._no_email_note(sale)
        if not_wanted is not None:
            return False, not_wanted
        to = sale.order.buyer.email
        assert to is not None
        if self._email_allowed is None:
            try:
                key = await self._btcpay.current_api_key()
                self._email_allowed = key.allows(EMAIL_PERMISSION, self._btcpay.store_id)
            except ServiceError as error:
                log.info("cannot read the BTCPay key's permissions (%s); trying anyway", error)
        if self._email_allowed is False:
            return False, email_notes.lacks_permission(EMAIL_PERMISSION)
        # The order's language, not the window's now: it may be serving another customer.
        words = self.email_words(sale.order.language)
        subject, body = ticket_email(sale, words.translator, day_words=words.day_words)
        self._ledger.journal.record(sale, "email", {"subject": subject})
        try:
            await self._btcpay.send_email(to=to, subject=subject, body=body)
        except PermissionDeniedError:
            self._email_allowed = False
            return False, email_notes.lacks_permission(EMAIL_PERMISSION)
        except ValidationError as error:
            # No BTCPay answers "SMTP not configured" (it accepts the mail with 200 and drops
            # it later, GreenfieldStoreEmailController.cs): a refusal is a bad address (422).
            return False, email_notes.not_sent(error.detail)
        except (UnavailableError, MalformedResponseError) as error:
            if isinstance(error, UnavailableError) and error.status is not None:
                return False, email_notes.not_sent(error.detail)  # the server answered
            # No answer, or one that cannot be read: BTCPay may well have queued the mail.
            # Never resent on its own (at most once); staff are told to ask.
            log.warning("sale %s: e-mail outcome unknown (%s)", sale.id, error)
            return None, email_notes.not_confirmed(error.detail)
        except ServiceError as error:
            return False, email_notes.not_sent(error.detail)
        return True, None
