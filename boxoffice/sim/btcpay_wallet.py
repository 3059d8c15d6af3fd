"""What the simulated customer's wallet and the miners do to the simulated BTCPay's invoices:
pay them (on-chain or Lightning, in full or in part), confirm them, let them expire. Driven by
the control API and by tests; a part of `boxoffice.sim.btcpay.BTCPay`, kept apart by what it
does.
"""

from __future__ import annotations

from decimal import Decimal

from boxoffice.sim.btcpay_invoicing import InvoiceMaking
from boxoffice.sim.btcpay_model import (
    CHAIN,
    LIGHTNING,
    LNURL,
    Invoice,
    Payment,
)
from boxoffice.sim.btcpay_request import canonical_method
from boxoffice.sim.router import SimulatorError


class WalletSide(InvoiceMaking):
    """Payments and confirmations as a wallet and the chain make them."""

    block_height: int

    # -- what the simulated wallet does (control API) ------------------------------------------

    def invoice_or_error(self, invoice_id: str) -> Invoice:
        invoice = self.invoices.get(invoice_id)
        if invoice is None:
            raise SimulatorError(404, f"invoice {invoice_id} not found")
        invoice.refresh(self.clock.now())
        return invoice

    def pay(
        self,
        invoice_id: str,
        method: str = LIGHTNING,
        amount: Decimal | None = None,
        destination: str | None = None,
    ) -> Invoice:
        """A customer's wallet pays `amount` BTC (default: what is due) to the invoice.

        `destination` is what the wallet was shown (a BOLT11 or an address). A BOLT11 that was
        replaced after a partial payment has been cancelled on the node: paying it fails, as
        a real wallet's payment would. Without a destination the wallet pays the invoice's
        live BOLT11 or address, even one the API does not show yet.
        """
        invoice = self.invoice_or_error(invoice_id)
        canonical = canonical_method(method)
        if canonical not in (CHAIN, LIGHTNING):
            raise SimulatorError(400, f"unknown payment method {method!r}; use BTC-LN or BTC-CHAIN")
        target = invoice.method(canonical)
        if target is None:
            raise SimulatorError(409, f"invoice {invoice_id} has no {canonical} payment method")
        if not target.activated:
            raise SimulatorError(409, f"{canonical} is not activated on invoice {invoice_id}")
        live = (target.pending or target.destination) if canonical == LIGHTNING else None
        live = live or target.destination
        if destination is not None:
            wanted = destination.strip()
            if wanted.lower().startswith(("lightning:", "bitcoin:")):
                wanted = wanted.split(":", 1)[1].split("?", 1)[0]
            if wanted.lower() in {c.lower() for c in target.cancelled}:
                raise SimulatorError(
                    409,
                    f"that Lightning invoice of {invoice_id} was cancelled (replaced after a "
                    "partial payment); the wallet cannot pay it",
                )
            if (live or "").lower() != wanted.lower():
                raise SimulatorError(409, f"{wanted[:24]}... is not a destination of {invoice_id}")
        now = int(self.clock.now())
        if now >= invoice.monitoring_expiration:
            raise SimulatorError(409, f"invoice {invoice_id} is no longer monitored")
        if canonical == LIGHTNING and now >= invoice.expiration:
            # The BOLT11 expires with the invoice: a wallet refuses to pay it.
            raise SimulatorError(409, f"the Lightning invoice of {invoice_id} has expired")
        if amount is None:
            amount = invoice.due_btc
        amount = Decimal(amount).quantize(Decimal("0.00000001"))
        if amount <= 0:
            raise SimulatorError(409, f"nothing is due on invoice {invoice_id}; give an amount")
        settled_at_once = canonical == LIGHTNING or invoice.speed_policy == "HighSpeed"
        payment_id = (
            self.rng.randbytes(32).hex()
            if canonical == LIGHTNING
            else f"{self.rng.randbytes(32).hex()}-{self.rng.randrange(2)}"
        )
        invoice.payments.append(
            Payment(
                id=payment_id,
                method=canonical,
                value=amount,
                received=now,
                status="Settled" if settled_at_once else "Processing",
                destination=live or "",
            )
        )
        if (
            canonical == CHAIN
            and invoice.due_btc > 0
            and invoice.network_fee == 0
            and self.store.network_fee_mode == "MultiplePaymentsOnly"
        ):
            # The first on-chain payment that does not cover the invoice adds the network fee
            # of a second transaction: `amount` and `due` grow by it (InvoiceEntity.cs).
            invoice.network_fee = self.store.network_fee_btc
        invoice.recompute()
        if invoice.due_btc > 0:
            self._after_partial_payment(invoice)
        invoice.changed()  # the payment (InvoiceEvent ReceivedPayment)
        return invoice

    def _after_partial_payment(self, invoice: Invoice) -> None:
        """What the Lightning listener does on InvoiceDataChangedEvent (LightningListener.cs
        `CreateNewLNInvoiceForBTCPayInvoice`): cancel the old BOLT11 on the node, ask it for a
        new one, and only then save it; meanwhile the API still lists the old one. An LNURL
        method goes back to `destination: null` until a wallet asks again."""
        lightning = invoice.method(LIGHTNING)
        if lightning is not None and lightning.activated:
            for old in (lightning.destination, lightning.pending):
                if old:
                    lightning.cancelled.add(old)
            lightning.pending = self._new_bolt11(invoice)
            lightning.renew_at = self.clock.now() + self.bolt11_renewal_seconds
            lightning.reads_since_renewal = 0
        lnurl = invoice.method(LNURL)
        if lnurl is not None:
            lnurl.destination = None

    def confirm(self, invoice_id: str) -> Invoice:
        """The on-chain payments of the invoice get their confirmations."""
        invoice = self.invoice_or_error(invoice_id)
        self.block_height += 1
        confirmed = [p for p in invoice.payments if p.status == "Processing"]
        for payment in confirmed:
            payment.status = "Settled"
        if invoice.status != "Invalid":  # past monitoring, confirmations come too late
            invoice.recompute()
        if confirmed:
            invoice.changed()  # InvoiceDataChangedEvent: the payments' state changed
        return invoice

    def expire(self, invoice_id: str) -> Invoice:
        """Move a New invoice's expiry to now (keeping its monitoring window) and apply it."""
        invoice = self.invoice_or_error(invoice_id)
        if invoice.status == "New" and not invoice.marked:
            now = int(self.clock.now())
            window = invoice.monitoring_expiration - invoice.expiration
            invoice.expiration = now
            invoice.monitoring_expiration = now + window
            invoice.refresh(now)
        return invoice

    def refresh_all(self) -> None:
        now = self.clock.now()
        for invoice in self.invoices.values():
            invoice.refresh(now)
