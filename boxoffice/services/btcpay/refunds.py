"""Refunds through BTCPay: the pull payment a refund creates, the refund figures, the calls.

BTCPay refunds an invoice by creating a *pull payment*: a sum the customer claims by opening
its `viewLink` and giving a wallet address or Lightning invoice there. Written against BTCPay
Server's source (github.com/btcpayserver/btcpayserver, v2.4.1,
BTCPayServer/Controllers/GreenField/GreenfieldInvoiceController.cs `RefundInvoice` and
`GetInvoiceRefundTriggerData`; BTCPayServer.Client/Models/RefundInvoiceRequest.cs,
PullPaymentBaseData.cs, InvoiceRefundTriggerData.cs), where it differs from the OpenAPI
document:

- the route's policy is `cancreatenonapprovedpullpayments` (the document says
  `cancreatepullpayments`); claims are approved at once only when the key also holds
  `cancreatepullpayments` and the variant allows it: read `autoApproveClaims`;
- the payout method is `payoutMethods` (2.4.1+) or `payoutMethodId` (2.0–2.4.0): both are
  sent, since a server ignores the member it does not know;
- 400 `non-refundable` unless the invoice is Settled, Invalid, or Expired with a payment
  (PaidLate, PaidOver, PaidPartial); 422 with field paths (`RefundVariant`, `PayoutMethods`,
  `CustomAmount`, ...); 403 for an unknown invoice (2.3.6+);
- `CurrentRate` with no rate available is an HTTP 500 (the rate's bid is read without a null
  check, before anything is created), read here as `RateUnavailableError`;
- `GET .../refund/{paymentMethodId}` exists from 2.1.7; older servers answer 404 or 405.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from boxoffice.services import fields
from boxoffice.services.btcpay.models import amount_text
from boxoffice.services.errors import (
    MalformedResponseError,
    NotFoundError,
    ServiceError,
    UnavailableError,
    ValidationError,
)
from boxoffice.services.http import ServiceClient

#: The refund variants BTCPay knows (RefundInvoiceRequest.cs `RefundVariant`).
RATE_THEN = "RateThen"
CURRENT_RATE = "CurrentRate"
OVERPAID_AMOUNT = "OverpaidAmount"
FIAT = "Fiat"
CUSTOM = "Custom"
VARIANTS = (RATE_THEN, CURRENT_RATE, OVERPAID_AMOUNT, FIAT, CUSTOM)

#: BTCPay's answer when the invoice's state allows no refund (400).
NON_REFUNDABLE = "non-refundable"


class RateUnavailableError(ValidationError):
    """BTCPay has no exchange rate now, so a `CurrentRate` refund cannot be worked out.

    The server answers this with an HTTP 500 before it creates anything; another variant
    (the rate then, or a custom amount) still works.
    """


@dataclass(frozen=True)
class PullPayment:
    """A pull payment (`PullPaymentData`): what a refund gives the customer to claim.

    `view_link` is the claim page to show the customer (as a QR). `amount` is in `currency`
    (BTC for RateThen / CurrentRate / OverpaidAmount). `auto_approve_claims` False means
    someone must approve the customer's claim in BTCPay before it is paid.
    """

    id: str
    name: str
    description: str
    currency: str
    amount: Decimal
    view_link: str | None
    auto_approve_claims: bool
    archived: bool
    starts_at: int | None
    expires_at: int | None

    @classmethod
    def from_api(cls, data: Any) -> PullPayment:
        data = fields.mapping(data, "pull payment")
        pull_id = fields.text(data, "id")
        amount = fields.decimal(data, "amount")
        currency = fields.text(data, "currency")
        if not pull_id:
            raise fields.UnreadableField("id")
        if amount is None:
            raise fields.UnreadableField("amount")
        if not currency:
            raise fields.UnreadableField("currency")
        return cls(
            id=pull_id,
            name=fields.text(data, "name") or "",
            description=fields.text(data, "description") or "",
            currency=currency.upper(),
            amount=amount,
            view_link=fields.text(data, "viewLink"),
            auto_approve_claims=fields.flag(data, "autoApproveClaims", False),
            archived=fields.flag(data, "archived", False),
            starts_at=fields.integer(data, "startsAt"),
            expires_at=fields.integer(data, "expiresAt"),
        )


@dataclass(frozen=True)
class RefundFigures:
    """What each variant would refund now (`InvoiceRefundTriggerData`).

    `payment_amount_then`: what was paid, in the payment currency (RateThen);
    `payment_amount_now`: the fiat value paid, at today's rate (CurrentRate);
    `invoice_amount`: the fiat value paid; `overpaid_amount`: the overpaid part, or None.
    """

    payment_amount_then: Decimal
    payment_amount_now: Decimal
    invoice_amount: Decimal
    overpaid_amount: Decimal | None
    payment_currency: str
    invoice_currency: str

    @classmethod
    def from_api(cls, data: Any) -> RefundFigures:
        data = fields.mapping(data, "refund figures")
        names = ("paymentAmountThen", "paymentAmountNow", "invoiceAmount")
        then, now, invoice = (fields.decimal(data, name) for name in names)
        if then is None or now is None or invoice is None:
            raise fields.UnreadableField(
                next(n for n, v in zip(names, (then, now, invoice), strict=True) if v is None)
            )
        return cls(
            payment_amount_then=then,
            payment_amount_now=now,
            invoice_amount=invoice,
            overpaid_amount=fields.decimal(data, "overpaidPaymentAmount"),
            payment_currency=(fields.text(data, "paymentCurrency") or "").upper(),
            invoice_currency=(fields.text(data, "invoiceCurrency") or "").upper(),
        )


class RefundCalls(ServiceClient):
    """The refund calls of `BTCPayClient` (kept apart by what they do); it gives the store
    and the invoice requests these use."""

    store_id: str

    async def _invoice_request(self, method: str, invoice_id: str, suffix: str = "", **kw):
        raise NotImplementedError

    def _parse(self, factory, data: Any, what: str):
        raise NotImplementedError

    async def create_refund(
        self,
        invoice_id: str,
        *,
        variant: str,
        payout_method: str | None = None,
        custom_amount: Decimal | None = None,
        custom_currency: str | None = None,
        name: str | None = None,
        description: str | None = None,
    ) -> PullPayment:
        """Refund an invoice: BTCPay creates a pull payment for the customer to claim.

        Sent once, never retried: an `UnavailableError` (or `MalformedResponseError`) means
        the refund may exist; look for it with `list_pull_payments` before asking again.
        `payout_method` None lets the server take the invoice's default method. Raises
        `ValidationError` (code `non-refundable`, or 422 problems), `RateUnavailableError`
        (CurrentRate without a rate), `NotFoundError` (no such invoice) and
        `PermissionDeniedError` (the key lacks `permissions.REFUND_PERMISSION`).
        """
        if variant not in VARIANTS:
            raise ValueError(f"unknown refund variant {variant!r}")
        payload: dict[str, Any] = {"refundVariant": variant}
        if payout_method:
            # 2.4.1 reads the array, 2.0–2.4.0 the single id; each ignores the other.
            payload["payoutMethods"] = [payout_method]
            payload["payoutMethodId"] = payout_method
        if custom_amount is not None:
            payload["customAmount"] = amount_text(custom_amount)
        if custom_currency is not None:
            payload["customCurrency"] = custom_currency.strip().upper()
        if name is not None:
            payload["name"] = name
        if description is not None:
            payload["description"] = description
        try:
            body = await self._invoice_request("POST", invoice_id, "/refund", json_body=payload)
        except UnavailableError as error:
            if variant == CURRENT_RATE and error.status == 500:
                raise RateUnavailableError(
                    self.service,
                    "no exchange rate is available now, so a refund at the current rate "
                    "cannot be worked out — choose another variant",
                    status=500,
                    code="rate-unavailable",
                ) from None
            raise
        return self._parse(PullPayment.from_api, body, "the refund")

    async def refund_figures(self, invoice_id: str, payment_method_id: str) -> RefundFigures | None:
        """What each refund variant would give now, or None from a server without the route
        (before 2.1.7: an empty 404 or a 405). `NotFoundError` for an unknown invoice."""
        suffix = f"/refund/{quote(payment_method_id, safe='')}"
        try:
            body = await self._invoice_request("GET", invoice_id, suffix)
        except NotFoundError as error:
            if error.code is None:  # the route itself is missing: an empty 404
                return None
            raise
        except ServiceError as error:
            if error.status == 405:
                return None
            raise
        return self._parse(RefundFigures.from_api, body, "the refund figures")

    async def list_pull_payments(self, *, include_archived: bool = True) -> Sequence[PullPayment]:
        """The store's pull payments, newest first (`canviewpullpayments`); not paged."""
        params = [("includeArchived", "true" if include_archived else "false")]
        path = f"/api/v1/stores/{quote(self.store_id, safe='')}/pull-payments"
        body = await self.request("GET", path, params=params)
        if not isinstance(body, list):
            raise MalformedResponseError(self.service, "the pull payment list is not a list")
        return [self._parse(PullPayment.from_api, item, "a pull payment") for item in body]
