"""Refunds in the simulated BTCPay: `POST .../invoices/{invoiceId}/refund`, the refund figures
and the store's pull payments, as BTCPay Server 2.4.1 has them (GreenfieldInvoiceController.cs
`RefundInvoice`, `GetInvoiceRefundTriggerData`; GreenfieldPullPaymentController.cs
`GetPullPayments`; InvoiceEntity.cs `CanRefund`). A part of `boxoffice.sim.btcpay.BTCPay`.

A refund is a pull payment the customer claims on its `viewLink` page. The simulator keeps
them in `pull_payments` (with the invoice each refunds) so that tests can read and count them,
and `claim_pull_payment` lets a test play the customer who claims one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from random import Random
from typing import Any

from boxoffice.currencies import EXPONENTS
from boxoffice.sim.btcpay_auth import ApiKey, P, allows, problem, validation
from boxoffice.sim.btcpay_model import (
    CHAIN,
    CURRENCY_DECIMALS,
    LIGHTNING,
    Invoice,
    Store,
    btc,
    money,
)
from boxoffice.sim.btcpay_request import json_body, true
from boxoffice.sim.clock import Clock
from boxoffice.sim.router import JSON_TYPE, Request, Response, SimulatorError, json_response

BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
REFUND_POLICY = P + "cancreatenonapprovedpullpayments"
VARIANTS = ("RateThen", "CurrentRate", "OverpaidAmount", "Fiat", "Custom")
#: What the store's `refundBOLT11Expiration` gives a refund (days).
BOLT11_EXPIRATION_DAYS = 30
#: ISO 4217 codes the currency table has besides those with a rate or an unusual exponent.
_COMMON_CURRENCIES = frozenset(
    ("GBP", "USD", "EUR", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK")
)
# Not `money`: a refund in bitcoin has eight places (the payment prompt's divisibility).
_SATOSHI = Decimal("0.00000001")


class ServerError(Exception):
    """An unhandled exception in the real controller: an HTTP 500 with an empty body."""


@dataclass
class PullPayment:
    """A pull payment as BTCPay keeps it, and what the simulated customer did with it."""

    id: str
    store_id: str
    invoice_id: str
    name: str
    description: str
    currency: str
    amount: Decimal
    auto_approve_claims: bool
    starts_at: int
    payout_methods: list[str]
    view_link: str
    archived: bool = False
    #: "none", then "claimed" (awaiting approval or payment), then "completed" (paid out).
    claim: str = "none"
    claims: list[dict[str, Any]] = field(default_factory=list)

    def to_api(self) -> dict[str, Any]:
        digits = 8 if self.currency == "BTC" else None
        amount = btc(self.amount) if digits else money(self.amount)
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "currency": self.currency,
            "amount": amount,
            "BOLT11Expiration": BOLT11_EXPIRATION_DAYS,
            "archived": self.archived,
            "autoApproveClaims": self.auto_approve_claims,
            "viewLink": self.view_link,
            "startsAt": self.starts_at,
            "expiresAt": None,
        }


def can_refund(invoice: Invoice) -> bool:
    """InvoiceEntity.cs `CanRefund`: Settled or Invalid, or Expired with a payment."""
    if invoice.status in ("Settled", "Invalid"):
        return True
    return invoice.status == "Expired" and invoice.additional_status in (
        "PaidLate",
        "PaidOver",
        "PaidPartial",
    )


class Refunding:
    """Refunds and pull payments; `BTCPay` sets these attributes up."""

    clock: Clock
    rng: Random
    store: Store
    legacy: bool
    rates: dict[str, Decimal]
    base_url: Callable[[], str]
    pull_payments: dict[str, PullPayment]

    # Given by `BTCPay`: the key of a request, and the checked invoice or store of a route.
    def _key(self, request: Request) -> ApiKey:
        raise NotImplementedError

    def _require(self, request: Request, policy: str, store_id: str | None = None) -> ApiKey:
        raise NotImplementedError

    def _invoice_for(self, request: Request, policy: str) -> Invoice:
        raise NotImplementedError

    # -- routes -------------------------------------------------------------------------------

    def _refund(self, request: Request) -> Response:
        # The route's policy, not the documented `cancreatepullpayments`.
        invoice = self._invoice_for(request, REFUND_POLICY)
        key = self._key(request)
        pull = self.refund(invoice, json_body(request), list(key.permissions))
        return json_response(200, pull.to_api())

    def _refund_figures(self, request: Request) -> Response:
        invoice = self._invoice_for(request, REFUND_POLICY)
        return self.refund_figures(invoice, request.params["method"])

    def _list_pull_payments(self, request: Request) -> Response:
        self._require(request, P + "canviewpullpayments", request.params["store_id"])
        archived = true(request.query_one("includeArchived"))
        return json_response(200, self.store_pull_payments(archived))

    # -- the work -----------------------------------------------------------------------------

    def refund(self, invoice: Invoice, body: Any, permissions: list[str]) -> PullPayment:
        """Refund `invoice` as `RefundInvoice` does, or raise its error (`GreenfieldError`,
        `ServerError` for its 500s)."""
        if not can_refund(invoice):
            raise problem(400, "non-refundable", "Cannot refund this invoice")
        if not isinstance(body, dict):
            raise validation(("", "A JSON object is expected"))
        variant = body.get("refundVariant")
        if variant is not None and variant not in VARIANTS:
            # The JSON converter refuses an unknown enum value before the action looks at it.
            raise validation(
                ("refundVariant", f'Error converting value "{variant}" to type RefundVariant')
            )
        problems: list[tuple[str, str]] = []
        method = self._refund_method(invoice, body, problems)
        if variant is None:
            problems.append(("RefundVariant", "`refundVariant` is mandatory"))
        if problems or method is None:
            raise validation(*problems)
        paid = invoice.paid_btc
        due = invoice.btc_amount
        if paid == 0 and invoice.status == "Settled" and invoice.additional_status == "Marked":
            paid, due = due, Decimal(0)  # marked settled without a payment: refunded as paid
        decimals = CURRENCY_DECIMALS.get(invoice.currency.upper(), 2)
        paid_fiat = (paid * invoice.rate).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_EVEN)
        rate_now = self.rates.get(invoice.currency)
        custom_amount = _custom_amount(body, problems)
        custom_currency = body.get("customCurrency")
        if variant != "Custom":
            if custom_amount is not None:
                problems.append(
                    (
                        "CustomAmount",
                        "CustomAmount should only be set if the refundVariant is Custom",
                    )
                )
            if custom_currency is not None:
                problems.append(
                    (
                        "CustomCurrency",
                        "CustomCurrency should only be set if the refundVariant is Custom",
                    )
                )
        subtract = _percentage(body, problems)
        if problems:
            raise validation(*problems)
        auto = True
        currency = "BTC"
        if variant == "RateThen":
            amount = paid.quantize(_SATOSHI)
        elif variant == "CurrentRate":
            if rate_now is None:
                raise ServerError("rateResult.BidAsk is null")  # read without a check: a 500
            amount = (paid_fiat / rate_now).quantize(_SATOSHI, ROUND_HALF_EVEN)
        elif variant == "Fiat":
            currency, amount, auto = invoice.currency, paid_fiat, False
        elif variant == "OverpaidAmount":
            if invoice.additional_status != "PaidOver":
                raise validation(("RefundVariant", "Invoice is not overpaid"))
            amount = (paid - due).quantize(_SATOSHI, ROUND_HALF_EVEN)
        else:
            if custom_amount is None or custom_amount <= 0:
                problems.append(("CustomAmount", "Amount must be greater than 0"))
            known = isinstance(custom_currency, str) and self._known_currency(custom_currency)
            if not known:
                problems.append(("CustomCurrency", "Invalid currency"))
            if rate_now is None:
                problems.append(
                    ("RefundVariant", f"Impossible to fetch rate: BTC_{invoice.currency}")
                )
            if problems or custom_amount is None:
                raise validation(*problems)
            currency = str(custom_currency).upper()
            amount, auto = custom_amount, currency == "BTC"
        if subtract:
            places = _SATOSHI if currency == "BTC" else Decimal(1).scaleb(-decimals)
            amount = (amount - amount * subtract / 100).quantize(places, ROUND_HALF_EVEN)
        if amount <= 0:
            raise ServerError("Amount out of bound")  # CreatePullPaymentCore throws
        auto = auto and allows(permissions, P + "cancreatepullpayments", invoice.store_id)
        return self._new_pull_payment(invoice, body, currency, amount, auto, method)

    def _refund_method(
        self, invoice: Invoice, body: dict[str, Any], problems: list[tuple[str, str]]
    ) -> str | None:
        """The invoice's payment method the refund is paid out through, as the controller
        picks it: `payoutMethods` (2.4.1), else `payoutMethodId`, else the invoice's default
        (1.x reads `paymentMethod` instead)."""
        explicit = None if self.legacy else body.get("payoutMethods")
        single = body.get("paymentMethod" if self.legacy else "payoutMethodId")
        key = "PayoutMethods" if explicit is not None else "PayoutMethodId"
        if explicit is not None:
            if not isinstance(explicit, list):
                problems.append(("payoutMethods", "Error converting value to type String[]"))
                return None
            requested = explicit
        elif single is not None:
            requested = [single]
        else:
            requested = [invoice.default_payment_method or CHAIN]
        supported = [m for m in self.store.enabled_methods if m in (CHAIN, LIGHTNING)]
        chosen: list[str] = []
        for wanted in requested:
            name = _payout_id(wanted, self.legacy)
            if name in supported:
                chosen.append(name)
            elif explicit is not None:
                problems.append((key, f"Invalid or unsupported payout method: {wanted}"))
        for method in invoice.methods:
            if method.id in chosen:
                return method.id
        problems.append(
            (
                key,
                "Please select one of the payment methods which were available for the "
                "original invoice",
            )
        )
        return None

    def _new_pull_payment(
        self,
        invoice: Invoice,
        body: dict[str, Any],
        currency: str,
        amount: Decimal,
        auto: bool,
        method: str,
    ) -> PullPayment:
        while True:
            pull_id = "".join(self.rng.choice(BASE58) for _ in range(27))
            if pull_id not in self.pull_payments:
                break
        name = body.get("name")
        description = body.get("description")
        pull = PullPayment(
            id=pull_id,
            store_id=invoice.store_id,
            invoice_id=invoice.id,
            name=str(name) if name is not None else f"Refund {invoice.id}",
            description=str(description) if description is not None else "",
            currency=currency,
            amount=amount,
            auto_approve_claims=auto,
            starts_at=int(self.clock.now()),
            payout_methods=[method],
            view_link=f"{self.base_url()}/pull-payments/{pull_id}",
        )
        self.pull_payments[pull_id] = pull
        return pull

    def refund_figures(self, invoice: Invoice, method_id: str) -> Response:
        """`GET .../refund/{paymentMethodId}` (2.1.7+): what each variant would give now.

        `InvoiceRefundTriggerData` has no string converter on its decimals, so unlike most
        Greenfield models its amounts are JSON numbers (the OpenAPI document says strings).
        """
        name = _payout_id(method_id, self.legacy)
        if name is None or invoice.method(name) is None:
            raise problem(400, "invalid-payment-method", "Invalid payment method")
        paid = invoice.paid_btc
        due = invoice.btc_amount
        if paid == 0 and invoice.status == "Settled" and invoice.additional_status == "Marked":
            paid, due = due, Decimal(0)
        decimals = CURRENCY_DECIMALS.get(invoice.currency.upper(), 2)
        paid_fiat = (paid * invoice.rate).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_EVEN)
        rate_now = self.rates.get(invoice.currency)
        if rate_now is None:
            raise problem(400, "rate-failure", "Failed to fetch rate")
        over = (paid - due).quantize(_SATOSHI) if invoice.additional_status == "PaidOver" else None
        numbers = {
            "paymentAmountNow": (paid_fiat / rate_now).quantize(_SATOSHI, ROUND_HALF_EVEN),
            "currentRateText": None,
            "paymentAmountThen": paid.quantize(_SATOSHI),
            "invoiceAmount": paid_fiat,
            "overpaidPaymentAmount": over,
            "invoiceCurrency": invoice.currency,
            "paymentCurrency": "BTC",
            "paymentCurrencyDivisibility": 8,
            "invoiceCurrencyDivisibility": decimals,
        }
        return _numbers_response(numbers)

    def store_pull_payments(self, include_archived: bool) -> list[dict[str, Any]]:
        """`GET /api/v1/stores/{storeId}/pull-payments`: newest first, not paged."""
        found = [
            p
            for p in self.pull_payments.values()
            if p.store_id == self.store.id and (include_archived or not p.archived)
        ]
        found.sort(key=lambda p: p.starts_at, reverse=True)
        return [p.to_api() for p in found]

    def _known_currency(self, code: str) -> bool:
        """A currency the server's currency table has (here: one with a rate, or a listed
        ISO 4217 code)."""
        code = code.strip().upper()
        return code in self.rates or code in EXPONENTS or code in _COMMON_CURRENCIES

    # -- what a test does as the customer ----------------------------------------------------

    def claim_pull_payment(self, pull_id: str, *, destination: str, completed: bool) -> dict:
        """The customer claims the refund; `completed` when BTCPay has paid it out."""
        pull = self.pull_payments.get(pull_id)
        if pull is None:
            raise SimulatorError(404, f"pull payment {pull_id} not found")
        pull.claims.append({"destination": destination, "amount": money(pull.amount)})
        pull.claim = "completed" if completed else "claimed"
        return {**pull.to_api(), "claim": pull.claim, "invoiceId": pull.invoice_id}


def _payout_id(value: Any, legacy: bool) -> str | None:
    """A payout method id read as the payment method it pays through (`BTC` and the 1.x
    names too)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    aliases = {"BTC": CHAIN, "BTC-LightningNetwork": LIGHTNING, "BTC_LightningLike": LIGHTNING}
    if legacy:
        return aliases.get(text)
    return text if text in (CHAIN, LIGHTNING) else None


def _custom_amount(body: dict[str, Any], problems: list[tuple[str, str]]) -> Decimal | None:
    value = body.get("customAmount")
    if value is None:
        return None
    try:
        if isinstance(value, bool):
            raise ValueError
        number = Decimal(str(value))
        if not number.is_finite():
            raise ValueError
        return number
    except (ValueError, ArithmeticError):
        problems.append(("customAmount", "Error converting value to type Decimal"))
        return None


def _percentage(body: dict[str, Any], problems: list[tuple[str, str]]) -> Decimal:
    value = body.get("subtractPercentage")
    if value is None:
        return Decimal(0)
    try:
        number = Decimal(str(value)) if not isinstance(value, bool) else Decimal("NaN")
    except ArithmeticError:
        number = Decimal("NaN")
    if not number.is_finite() or not 0 <= number <= 100:
        problems.append(
            ("SubtractPercentage", "Percentage must be a numeric value between 0 and 100")
        )
        return Decimal(0)
    return number


def _numbers_response(values: dict[str, Any]) -> Response:
    """A flat JSON object whose Decimals are written as JSON numbers, digit for digit."""
    parts = []
    for key, value in values.items():
        text = f"{value:f}" if isinstance(value, Decimal) else json.dumps(value)
        parts.append(f"{json.dumps(key)}:{text}")
    body = ("{" + ",".join(parts) + "}").encode()
    return Response(200, body, {"content-type": JSON_TYPE})
