"""Why a sale ended the way it did: the machine-readable `Sale.reason` values and their words.

| reason | state | meaning |
|---|---|---|
| `expired` | released | the invoice expired with nothing paid |
| `cancelled` | released | cancelled by the customer or staff before paying |
| `invalid` | released | the invoice was marked invalid in BTCPay, nothing paid |
| `sold_out:<ticket type id>` | failed | the hold was refused: that type ran out meanwhile |
| `hold_refused` | failed | Ticket Tailor refused the hold for another reason |
| `invoice_refused` | failed | BTCPay refused the invoice (e.g. no wallet, rate unavailable) |
| `service_error` | failed | a service could not be reached or refused the key |
| `payment_unavailable` | failed | the invoice's payment details could not be read |
| `interrupted` | failed | the app stopped before the customer was asked to pay |
| `partial_then_expired` | needs_attention | part was paid, then the invoice expired |
| `paid_late` | needs_attention | the full amount arrived after expiry (BTCPay: PaidLate) |
| `paid_after_cancel` | needs_attention | a payment arrived after a cancel |
| `payment_invalid` | needs_attention | paid, but not confirmed before monitoring ended |
| `issue_refused` | needs_attention | paid, but Ticket Tailor refused to issue (its words follow) |
| `hold_missing` | needs_attention | paid, but the hold vanished before every ticket was issued |

Statuses and what a till should do about each follow BTCPay's invoice states (docs.btcpayserver.org,
"Invoices": New, Processing, Settled, Expired, Invalid and their additional statuses).
"""

from __future__ import annotations

#: Reasons that end in `failed`: the customer was never asked to pay.
FAILURE_REASONS = frozenset(
    {"hold_refused", "invoice_refused", "service_error", "interrupted", "payment_unavailable"}
)
#: `needs_attention` reasons about the payment: staff may still accept it in BTCPay (mark the
#: invoice settled), which issues the tickets.
PAYMENT_TROUBLE = frozenset(
    {"paid_late", "partial_then_expired", "paid_after_cancel", "payment_invalid"}
)

#: Fixed sentences for reasons that need no amounts.
MESSAGES = {
    "expired": "The invoice expired unpaid; the tickets were released.",
    "cancelled": "The sale was cancelled; the tickets were released.",
    "invalid": "The invoice was marked invalid in BTCPay; the tickets were released.",
    "interrupted": "The sale was interrupted before payment was asked for; nothing was charged.",
    "payment_unavailable": "BTCPay did not give the payment details; nothing was charged.",
}


def is_failure(reason: str | None) -> bool:
    """Whether a sale released for this reason ends `failed` (it never asked for payment)."""
    return bool(reason) and (reason in FAILURE_REASONS or reason.startswith("sold_out:"))
