"""Making the simulated BTCPay's invoices: a CreateInvoiceRequest checked as BTCPay Server 2.4.1
checks it, the invoice's id, addresses and BOLT11s, and the search terms written at creation
(InvoiceRepository.cs). A part of `boxoffice.sim.btcpay.BTCPay`, kept apart by what it does.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial
from random import Random
from typing import Any

import boxoffice.sim.bech32 as bech32
from boxoffice.sim.btcpay_auth import problem, validation
from boxoffice.sim.btcpay_changes import InvoiceChanges
from boxoffice.sim.btcpay_model import (
    CHAIN,
    LIGHTNING,
    LNURL,
    Invoice,
    InvoicePaymentMethod,
    Store,
    btc,
    money,
    round_amount,
)
from boxoffice.sim.btcpay_request import checkout_options, parse_amount
from boxoffice.sim.clock import Clock
from boxoffice.sim.lightning import bolt11

BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


class InvoiceMaking:
    """Creates invoices and their payment destinations; `BTCPay` sets these attributes up."""

    clock: Clock
    rng: Random
    store: Store
    invoices: dict[str, Invoice]
    invoice_changes: InvoiceChanges
    rates: dict[str, Decimal]
    base_url: Callable[[], str]
    node_key: int
    bolt11_renewal_seconds: float
    bolt11_renewal_reads: int
    _sequence: int
    _address_index: int

    def create_invoice(self, body: Any) -> Invoice:
        """Validate a CreateInvoiceRequest and make the invoice (reference §5.1)."""
        if not isinstance(body, dict):
            raise validation(("", "A JSON object is expected"))
        problems: list[tuple[str, str]] = []
        amount = parse_amount(body.get("amount"), problems)
        currency = body.get("currency")
        if currency is not None and not isinstance(currency, str):
            problems.append(("currency", "The currency should be a string"))
            currency = None
        currency = (currency or "").strip().upper() or self.store.default_currency
        metadata = body.get("metadata")
        if metadata is None:
            metadata = {}
        elif not isinstance(metadata, dict):
            problems.append(("metadata", "The metadata should be a JSON object"))
        checkout = body.get("checkout") or {}
        if not isinstance(checkout, dict):
            problems.append(("checkout", "The checkout options should be a JSON object"))
            checkout = {}
        options = checkout_options(checkout, self.store, problems)
        terms = body.get("additionalSearchTerms") or []
        if not isinstance(terms, list):
            problems.append(("additionalSearchTerms", "Should be an array of strings"))
            terms = []
        converter = [p for p in problems if p[0].startswith("checkout.")]
        if converter:
            # A value the JSON converter cannot read fails the whole body before the
            # controller looks at anything else (JsonObjectExceptionFilter.cs).
            raise validation(*converter)
        if problems:
            raise validation(*problems)
        if amount is not None:
            amount = round_amount(amount, currency)
        rate = self.rates.get(currency)
        zero = amount is not None and amount == 0
        if rate is None and not zero:
            raise problem(
                400,
                "generic-error",
                f"Failed to create invoice: ERR_RATE_UNAVAILABLE(sim, BTC_{currency})",
            )
        # `paymentMethods: []` builds an "exclude every method" filter (UIInvoiceController.cs).
        wanted = (
            options["methods"] if options["methods"] is not None else self.store.enabled_methods
        )
        methods = [] if zero else [m for m in self.store.enabled_methods if m in wanted]
        if not methods and not zero:
            raise problem(
                400,
                "generic-error",
                "No payment method available for this store or this invoice",
            )
        now = int(self.clock.now())
        expiration = now + int(options["expiration_seconds"])
        self._sequence += 1
        receipt = body.get("receipt")
        invoice = Invoice(
            id=self._new_invoice_id(),
            store_id=self.store.id,
            sequence=self._sequence,
            amount=amount,
            currency=currency,
            rate=rate or Decimal(0),
            created=now,
            expiration=expiration,
            monitoring_expiration=expiration + int(options["monitoring_seconds"]),
            metadata=dict(metadata),
            speed_policy=options["speed_policy"],
            methods=[InvoicePaymentMethod(m, activated=not options["lazy"]) for m in methods],
            payment_tolerance=options["tolerance"],
            lazy=options["lazy"],
            default_payment_method=options["default_method"],
            redirect_url=checkout.get("redirectURL"),
            redirect_automatically=checkout.get("redirectAutomatically"),
            default_language=checkout.get("defaultLanguage"),
            receipt=receipt if isinstance(receipt, dict) else {},
            search_terms=[str(t) for t in terms],
        )
        invoice.on_change = partial(self.invoice_changes.bump, invoice.id)
        for method in invoice.methods:
            if method.activated:
                self._activate_method(invoice, method)
        invoice.search_terms = _search_terms(invoice, [str(t) for t in terms])
        if zero:
            # A zero-amount invoice goes straight through Processing to Settled (§6.1).
            invoice.status = "Settled"
        self.invoices[invoice.id] = invoice
        return invoice

    def _new_invoice_id(self) -> str:
        while True:
            candidate = "".join(self.rng.choice(BASE58) for _ in range(22))
            if candidate not in self.invoices:
                return candidate

    def _activate_method(self, invoice: Invoice, method: InvoicePaymentMethod) -> None:
        method.activated = True
        if method.id == CHAIN and not method.destination:
            self._address_index += 1
            method.key_path = f"0/{self._address_index}"
            method.destination = bech32.segwit_address("bcrt", 0, self.rng.randbytes(20))
        elif method.id == LIGHTNING:
            method.destination = self._new_bolt11(invoice)
        elif method.id == LNURL:
            # The LNURL-pay link is what the customer scans; `destination` stays null until a
            # wallet asks it for a BOLT11 (GreenfieldInvoiceController.cs ToPaymentMethodModels).
            url = f"{self.base_url()}/BTC/UILNURL/pay/i/{invoice.id}"
            method.lnurl = bech32.encode("lnurl", bech32.convertbits(url.encode(), 8, 5)).upper()
            method.destination = None
        invoice.changed()  # new payment details (InvoiceNewPaymentDetailsEvent)

    def _new_bolt11(self, invoice: Invoice) -> str:
        """A fresh BOLT11 for what is due now; its expiry is the invoice's."""
        now = int(self.clock.now())
        order = invoice.metadata.get("orderId")
        return bolt11(
            max(invoice.due_btc, Decimal(0)),
            timestamp=now,
            expiry_seconds=max(1, invoice.expiration - now),
            description=f"Paid to {self.store.name}" + (f" (Order ID: {order})" if order else ""),
            payment_hash=self.rng.randbytes(32),
            rng=self.rng,
            node_key=self.node_key,
        )

    def _renew_bolt11s(self, invoice: Invoice, *, read: bool = False) -> None:
        """Save the BOLT11 made after a partial payment once its delay has passed."""
        method = invoice.method(LIGHTNING)
        if method is None or method.pending is None:
            return
        if read:
            method.reads_since_renewal += 1
        waited = self.clock.now() >= method.renew_at
        if waited or method.reads_since_renewal >= self.bolt11_renewal_reads:
            method.destination, method.pending = method.pending, None
            invoice.changed()  # the new BOLT11 is saved: InvoiceNewPaymentDetailsEvent


def _search_terms(invoice: Invoice, additional: list[str]) -> list[str]:
    """The search terms BTCPay writes when it creates an invoice (InvoiceRepository.cs): id,
    creation time, price, orderId, store id, buyer e-mail, payment destinations, due amounts
    of the activated methods, and `additionalSearchTerms`. Never updated afterwards, so a later
    metadata PUT changes nothing here."""
    terms = [invoice.id, str(invoice.created), invoice.store_id]
    if invoice.amount is not None:
        terms.append(money(invoice.amount))
    for name in ("orderId", "buyerEmail"):
        value = invoice.metadata.get(name)
        if isinstance(value, str) and value:
            terms.append(value)
    for method in invoice.methods:
        if method.activated:
            if method.destination:
                terms.append(method.destination)
            terms.append(btc(invoice.due_btc))
    terms.extend(additional)
    return terms
