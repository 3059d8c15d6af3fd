"""The payment request a till shows for an invoice, read from the invoice's payment methods.

After a partial payment BTCPay cancels the BOLT11 shown, and saves a new one only after asking
the node for it; until then the payment methods still list the old, cancelled one (BTCPay
Server source, BTCPayServer/Payments/Lightning/LightningListener.cs). A BOLT11 that was on
screen when a payment came in is therefore never shown again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from boxoffice.domain.payment_uri import bolt11_amount, bolt11_of, build_payment_uris
from boxoffice.domain.sale import PaymentRequest, Sale
from boxoffice.engine.invoice_rules import partly_paid
from boxoffice.services.btcpay.client import BTCPayClient
from boxoffice.services.btcpay.models import Invoice, InvoicePaymentMethod
from boxoffice.services.errors import ServiceError

log = logging.getLogger(__name__)


async def read_payment_request(
    btcpay: BTCPayClient, invoice: Invoice, previous: PaymentRequest | None = None
) -> PaymentRequest:
    """The payment request to show for `invoice`, from its payment methods as read now.

    `previous` is the request on screen. While the invoice is New + partly paid, a BOLT11 that
    was on screen when a payment came in is left out (`lightning_renewing`) until the
    destination differs from it, or its amount is what is due. Amounts are the server's
    (`due` includes any network fee a partial on-chain payment added, InvoiceEntity.cs).
    """
    methods = await btcpay.get_payment_methods(invoice.id)
    stale = _stale_bolt11(invoice, methods, previous)
    if stale is not None:
        methods = [m for m in methods if m.kind != "lightning"]
    uris = build_payment_uris(methods)
    bitcoin = [m for m in methods if m.currency.upper() == "BTC" and m.kind != "other"]
    first = next((m for m in bitcoin if m.activated), bitcoin[0] if bitcoin else None)
    unified = uris.unified_link or invoice.checkout_link or ""
    return PaymentRequest(
        unified_link=unified,
        unified_qr=uris.unified_qr or unified,
        lightning_link=uris.lightning_link,
        lightning_qr=uris.lightning_qr,
        onchain_link=uris.onchain_link,
        onchain_qr=uris.onchain_qr,
        checkout_link=invoice.checkout_link,
        amount=invoice.amount,
        currency=invoice.currency.upper(),
        btc_amount=first.amount if first else None,
        btc_due=uris.btc_due if uris.btc_due is not None else (first.due if first else None),
        btc_paid=max((m.total_paid for m in bitcoin), default=Decimal(0)),
        # From `expirationTime`, never the echoed `expirationMinutes` (truncated minutes).
        expires_at=invoice.expiration_time,
        lightning_renewing=stale is not None,
        lightning_stale=stale,
        btc_paid_lightning=_paid_by(bitcoin, "lightning"),
        btc_paid_onchain=_paid_by(bitcoin, "onchain"),
    )


#: How long the read of what each payment method received may take (seconds): the report's
#: split is a nicety, the records and the e-mail after it are not.
SPLIT_PATIENCE = 2.0


async def paid_by_method(
    btcpay: BTCPayClient, sale: Sale, *, patience: float = SPLIT_PATIENCE
) -> PaymentRequest | None:
    """The sale's payment request with what Lightning and on-chain each received, read once
    its invoice is settled (for the end-of-shift report's split); None when nothing changed.

    A Lightning payment settles the invoice at once, so the reads while it was unpaid say
    nothing was paid: always read anew. Only the paid amounts change; what was on screen
    stays. After `patience` seconds, or when BTCPay cannot answer, the split is left unknown.
    """
    previous = sale.payment
    if previous is None or sale.invoice_id is None:
        return None
    try:
        methods = await asyncio.wait_for(btcpay.get_payment_methods(sale.invoice_id), patience)
    except (ServiceError, TimeoutError) as error:
        log.info("sale %s: cannot read what each payment method received (%s)", sale.id, error)
        read = replace(previous, btc_paid_lightning=None, btc_paid_onchain=None)
    else:
        bitcoin = [m for m in methods if m.currency.upper() == "BTC" and m.kind != "other"]
        read = replace(
            previous,
            btc_paid=max((m.total_paid for m in bitcoin), default=previous.btc_paid),
            btc_paid_lightning=_paid_by(bitcoin, "lightning"),
            btc_paid_onchain=_paid_by(bitcoin, "onchain"),
        )
    return None if read == previous else read


def _paid_by(methods: Sequence[InvoicePaymentMethod], kind: str) -> Decimal:
    """What the payment methods of one kind ("lightning", "onchain") received, in BTC."""
    return sum((m.payment_method_paid for m in methods if m.kind == kind), Decimal(0))


async def late_payment_request(
    btcpay: BTCPayClient, sale: Sale, invoice: Invoice
) -> PaymentRequest | None:
    """The payment request with what has been paid by now, for staff to weigh up.

    A payment after expiry or a cancel changes no open request, so the last one still says
    what was paid before. Reading it again is a nicety: if BTCPay cannot answer, the old
    one stays.
    """
    if sale.payment is None:
        return None
    try:
        return await read_payment_request(btcpay, invoice)
    except ServiceError as error:
        log.info("sale %s: cannot reread the payment details (%s)", sale.id, error)
        return sale.payment


def _stale_bolt11(
    invoice: Invoice, methods: Sequence[InvoicePaymentMethod], previous: PaymentRequest | None
) -> str | None:
    """The replaced BOLT11 the payment methods still list, or None when Lightning may show.

    Replaced: the one on screen when a (new) payment came in, or one already known stale.
    """
    if previous is None or not partly_paid(invoice):
        return None
    lightning = next((m for m in methods if m.kind == "lightning" and m.activated), None)
    if lightning is None:
        return None
    paid_now = max((m.total_paid for m in methods), default=Decimal(0))
    stale = previous.lightning_stale
    if stale is None and paid_now > (previous.btc_paid or Decimal(0)):
        stale = bolt11_of(previous.lightning_link)
    if stale is None:
        return None
    current = bolt11_of(lightning.destination)
    if current is None:
        return stale  # nothing to show yet
    if current != stale:
        return None  # the new BOLT11 is saved
    amount = bolt11_amount(current)
    if amount is not None and amount == lightning.due and lightning.due > 0:
        return None
    return stale
