"""Settling a sale that needs attention: the choices staff are offered, and each one done once.

A sale stops in `needs_attention` when money arrived but the tickets could not follow
(`boxoffice.domain.reasons`). Staff settle it at the till, and every decision is journalled
first with who made it, when and why (`Resolution`, event "resolution"), then carried out by
the part of the engine that owns it:

- paid in full too late: issue the tickets anyway (`StaffActions.accept_payment`: the invoice is
  marked Settled, the seats are held again if the hold was released, and a seat sold meanwhile
  ends the sale in `issue_refused`, where a refund is offered), or refund;
- partly paid, then expired: refund what arrived (BTCPay's `RateThen`), or bill the rest with
  a new invoice (`boxoffice.engine.continuations`: a new sale for the same tickets, asking for
  the price less what was paid; the original then shows "continued in sale X");
- paid over: the tickets are issued as usual, and the difference may be refunded
  (`OverpaidAmount`);
- the tickets were refused after payment (or their hold vanished): retry the issuance, which
  counts the tickets already issued by reference before issuing only the missing ones, or
  refund.

Two tills, or a double tap, settling the same sale at once issue every seat once: the sale's
lock orders this process's callers, the journal's claim orders this till's processes, and the
issuing counts by reference under that claim (`TicketIssuing.issue`).

Words for staff are `Words` (context "Resolutions"), as the window shows them.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import TYPE_CHECKING

from boxoffice.domain.reasons import Reason
from boxoffice.domain.refund import RefundVariant
from boxoffice.domain.resolution import Resolution, ResolutionAction, ResolutionRefused
from boxoffice.domain.sale import Sale, SaleState, hold_changes
from boxoffice.engine.continuations import (
    Continuations,
    claim,
    continued_in,
    new_resolution,
    offers_new_invoice,
)
from boxoffice.engine.staff_actions import offers_acceptance
from boxoffice.services.errors import ServiceError
from boxoffice.words import Words, translate

if TYPE_CHECKING:
    from boxoffice.domain.order import Order
    from boxoffice.engine.issuing import TicketIssuing
    from boxoffice.engine.ledger import Ledger
    from boxoffice.engine.refunds import Refunds
    from boxoffice.engine.staff_actions import StaffActions
    from boxoffice.engine.watch import SaleWatch

log = logging.getLogger(__name__)

#: Reasons whose tickets may be issued again: Ticket Tailor refused them, or their hold went.
RETRYABLE = (Reason.ISSUE_REFUSED, Reason.HOLD_MISSING)

A = ResolutionAction


def paid_over(sale: Sale) -> bool:
    """Whether BTCPay last showed the sale's invoice paid over its amount."""
    return sale.invoice_additional_status == "PaidOver"


def resolutions_for(sale: Sale, *, continued: bool | None = None) -> tuple[ResolutionAction, ...]:
    """What staff may be offered for this sale now, judging by the snapshot (the engine checks
    again with the journal and BTCPay before doing any of it).

    `continued`: whether the sale's continuation (a new invoice for the rest) still stands;
    None judges by the snapshot alone (named: it stands). A continued sale offers nothing.
    """
    if continued is None:
        continued = continued_in(sale) is not None
    if continued:
        return ()
    if sale.refund is not None or not sale.invoice_id:
        # Money going back (or perhaps going back: look in BTCPay first), or none taken.
        return ()
    if sale.state is SaleState.COMPLETED:
        return (A.REFUND,) if paid_over(sale) else ()
    if sale.state is not SaleState.NEEDS_ATTENTION:
        return ()
    offered: list[ResolutionAction] = []
    if offers_acceptance(sale):
        offered.append(A.ISSUE_ANYWAY)
    if sale.reason in RETRYABLE:
        offered.append(A.RETRY_ISSUANCE)
    offered.append(A.REFUND)
    if offers_new_invoice(sale):
        offered.append(A.NEW_INVOICE)
    return tuple(offered)


def refund_variants_for(sale: Sale) -> tuple[RefundVariant, ...]:
    """The kinds of refund that make sense for this sale, the suggested one first."""
    if sale.state is SaleState.COMPLETED:
        return (RefundVariant.OVERPAID,)
    variants = [RefundVariant.RATE_THEN, RefundVariant.CURRENT_RATE, RefundVariant.CUSTOM]
    if paid_over(sale):
        variants.insert(2, RefundVariant.OVERPAID)
    return tuple(variants)


class Resolutions:
    """Staff settling sales that need attention: checks, the journal, then the owning part.

    Calls the ledger (lock, claim, journal), staff actions (accepting a payment), refunds,
    issuing (counting by reference and issuing the missing tickets) and the watch.
    """

    def __init__(
        self,
        ledger: Ledger,
        *,
        staff: StaffActions,
        refunds: Refunds,
        issuing: TicketIssuing,
        watch: SaleWatch,
        continuations: Continuations,
    ) -> None:
        self._ledger = ledger
        self.continuations = continuations
        self._staff = staff
        self._refunds = refunds
        self._issuing = issuing
        self._watch = watch

    async def issue_anyway(self, sale_id: str, *, staff: str, reason: str) -> Sale:
        """Accept a payment that arrived in full too late and issue the tickets.

        The hold was released at expiry: the seats are held again first, and if they are sold
        meanwhile the sale stays in `needs_attention` (`issue_refused`) saying so, with a
        refund offered. Raises `ResolutionRefused` or `SaleNotAcceptable` in plain words.
        """
        recorded = await self._record(sale_id, A.ISSUE_ANYWAY, staff, reason)
        if recorded.state is not SaleState.NEEDS_ATTENTION:
            return recorded  # done by an earlier press
        return await self._staff.accept_payment(sale_id)

    async def retry_issuance(self, sale_id: str, *, staff: str, reason: str) -> Sale:
        """Issue the tickets a paid sale is missing, exactly once.

        The tickets already issued are counted by the sale's reference under the journal's
        claim, so only the missing ones are issued. A hold that vanished is not trusted again:
        the missing seats are held anew, so that Ticket Tailor arbitrates between tills and a
        seat sold meanwhile is refused rather than issued twice.
        """
        ledger = self._ledger
        async with ledger.lock(sale_id):
            self._claim(sale_id)
            try:
                sale = ledger.latest_record(ledger.latest(sale_id))
                if _done_by(sale, A.RETRY_ISSUANCE):
                    return sale
                self._check_offered(sale, A.RETRY_ISSUANCE)
                now = ledger.now()
                resolution = _resolution(A.RETRY_ISSUANCE, staff, reason, now)
                changes: dict[str, object] = {"resolution": resolution, "message": None}
                if sale.reason is Reason.HOLD_MISSING:
                    changes.update(hold_changes(()))
                sale = ledger.commit(
                    sale.move(SaleState.ISSUING, now=now, **changes),
                    "resolution",
                    _detail(resolution, {"missing_hold": sale.reason is Reason.HOLD_MISSING}),
                )
                try:
                    sale = await self._issuing.issue(sale)
                except ServiceError as error:
                    # Journalled as issuing: the watcher goes on with it, counting first.
                    log.warning("sale %s: issuing again later (%s)", sale_id, error)
                    sale = ledger.latest(sale_id)
            finally:
                ledger.drop_claim(sale_id)
        self._watch.ensure(sale)
        return sale

    async def refund(
        self,
        sale_id: str,
        variant: RefundVariant | str,
        *,
        staff: str,
        reason: str,
        custom_amount: Decimal | None = None,
        custom_currency: str | None = None,
        checked_in_btcpay: bool = False,
    ) -> Sale:
        """Refund a sale that needs attention (or the difference paid over a completed one).

        The decision is journalled, then `Refunds.refund` checks the sale and the invoice,
        journals its intent and asks BTCPay once; raises `RefundRefused` in plain words.
        """
        sale = self._ledger.latest(sale_id)
        uncertain = sale.refund is not None and not sale.refund.created
        if not (uncertain and checked_in_btcpay):
            await self._record(sale_id, A.REFUND, staff, reason)
        return await self._refunds.refund(
            sale_id,
            variant,
            custom_amount=custom_amount,
            custom_currency=custom_currency,
            staff=staff.strip(),
            reason=reason.strip(),
            checked_in_btcpay=checked_in_btcpay,
        )

    # -- the record -----------------------------------------------------------------------------

    async def _record(
        self, sale_id: str, action: ResolutionAction, staff: str, reason: str
    ) -> Sale:
        """Journal staff's decision on the sale (under its lock and claim); returns the sale."""
        ledger = self._ledger
        async with ledger.lock(sale_id):
            self._claim(sale_id)
            try:
                sale = ledger.latest_record(ledger.latest(sale_id))
                if _done_by(sale, action):
                    return sale
                self._check_offered(sale, action)
                resolution = _resolution(action, staff, reason, ledger.now())
                return ledger.commit(
                    sale.update(now=ledger.now(), resolution=resolution),
                    "resolution",
                    _detail(resolution),
                )
            finally:
                ledger.drop_claim(sale_id)

    def _claim(self, sale_id: str) -> None:
        claim(self._ledger, sale_id)

    def offered(self, sale: Sale) -> tuple[ResolutionAction, ...]:
        """`resolutions_for(sale)`, knowing from the journal whether its continuation stands."""
        live = self.continuations.live_continuation(sale) is not None
        return resolutions_for(sale, continued=live)

    async def new_invoice(self, sale_id: str, *, staff: str, reason: str) -> Order:
        """Journal a new invoice for the rest and return the order that bills it; the caller
        starts it as any sale (`SaleEngine.start_sale`). See `boxoffice.engine.continuations`."""
        return await self.continuations.prepare(sale_id, staff=staff, reason=reason)

    def _check_offered(self, sale: Sale, action: ResolutionAction) -> None:
        if action in self.offered(sale):
            return
        if action is A.REFUND and sale.refund is not None:
            return  # `Refunds` says why not, or finds the one whose answer was lost
        raise ResolutionRefused(_not_offered(sale, action))


def _resolution(action: ResolutionAction, staff: str, reason: str, now: float) -> Resolution:
    return new_resolution(action, staff, reason, now)


def _detail(resolution: Resolution, extra: dict | None = None) -> dict:
    return {**resolution.to_dict(), **(extra or {})}


def _done_by(sale: Sale, action: ResolutionAction) -> bool:
    """The sale was settled this way already (a double tap, or another window of this till)."""
    resolution = sale.resolution
    return (
        resolution is not None
        and resolution.action is action
        and action in (A.ISSUE_ANYWAY, A.RETRY_ISSUANCE)
        and sale.state in (SaleState.ISSUING, SaleState.COMPLETED)
    )


def _not_offered(sale: Sale, action: ResolutionAction) -> Words:
    if continued_in(sale) is not None:
        return translate(
            "Resolutions",
            "This sale is continued in sale {sale}, which bills the rest: settle that one.",
        ).format(sale=continued_in(sale))
    if action is A.NEW_INVOICE and sale.state is SaleState.NEEDS_ATTENTION:
        return translate(
            "Resolutions",
            "Only a sale whose invoice expired after part of the price was paid can get a new "
            "invoice for the rest.",
        )
    if sale.state is SaleState.COMPLETED:
        if action is A.REFUND:
            return translate(
                "Resolutions",
                "The tickets of this sale were issued and it was not paid over its price, so "
                "there is nothing to refund from the till.",
            )
        return translate("Resolutions", "This sale is complete: its tickets were issued already.")
    if sale.state is not SaleState.NEEDS_ATTENTION:
        return translate(
            "Resolutions", "This sale does not need attention now; there is nothing to settle."
        )
    if action is A.ISSUE_ANYWAY:
        return translate(
            "Resolutions",
            "Only a payment that arrived in full can be accepted; refund this one instead.",
        )
    if action is A.RETRY_ISSUANCE:
        return translate(
            "Resolutions",
            "Ticket Tailor did not refuse this sale's tickets, so there is no issuance to retry.",
        )
    return translate(
        "Resolutions", "This sale cannot be settled that way from the till; look it up in BTCPay."
    )
