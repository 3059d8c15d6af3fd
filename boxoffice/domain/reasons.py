"""Why a sale ended the way it did: `Reason`, and one table of what each reason means and says.

| reason | ends in | meaning |
|---|---|---|
| `expired` | released | the invoice expired with nothing paid |
| `cancelled` | released | cancelled by the customer or staff before paying |
| `invalid` | released | the invoice was marked invalid in BTCPay, nothing paid |
| `sold_out` | failed | the hold was refused: a ticket type ran out meanwhile (which one is
  `Sale.sold_out_type_id`) |
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

Each reason has one row in `REASONS`: the engine's fixed message, the short words a face shows
under the sale's state, the advice for staff, whether staff may accept the payment and whether
the sale counts as a failure. The journal writes a reason as its value, and a sold-out one as
"sold_out:<ticket type id>" (`journal_form` and `Reason.parse`), as it always has. Every
sentence of the table is `boxoffice.words.Words` (context "Reason"): English where a str is
read, in the window's language where the window shows it.

Statuses and what a till should do about each follow BTCPay's invoice states (docs.btcpayserver.org,
"Invoices": New, Processing, Settled, Expired, Invalid and their additional statuses).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Literal

from boxoffice.words import translate

#: The end state of a reason's sale, as a `SaleState` value (`boxoffice.domain.sale` imports
#: this module, so the state is named by its value here; `SaleState` members equal it).
EndState = Literal["released", "failed", "needs_attention"]


class Reason(StrEnum):
    """The machine-readable reason a sale was released, failed or needs a person."""

    EXPIRED = "expired"
    CANCELLED = "cancelled"
    INVALID = "invalid"
    SOLD_OUT = "sold_out"
    HOLD_REFUSED = "hold_refused"
    INVOICE_REFUSED = "invoice_refused"
    SERVICE_ERROR = "service_error"
    PAYMENT_UNAVAILABLE = "payment_unavailable"
    INTERRUPTED = "interrupted"
    PARTIAL_THEN_EXPIRED = "partial_then_expired"
    PAID_LATE = "paid_late"
    PAID_AFTER_CANCEL = "paid_after_cancel"
    PAYMENT_INVALID = "payment_invalid"
    ISSUE_REFUSED = "issue_refused"
    HOLD_MISSING = "hold_missing"

    @classmethod
    def parse(cls, text: str | None) -> tuple[Reason | None, str | None]:
        """A journal's reason text as (reason, detail): "sold_out:tt_1" -> (SOLD_OUT, "tt_1").

        None or "" is no reason. Raises `ValueError` for a reason this version does not know
        (a damaged or newer record: the journal sets such a record aside).
        """
        if not text:
            return None, None
        name, colon, detail = str(text).partition(":")
        return cls(name), (detail or None) if colon else None

    @property
    def row(self) -> ReasonWords:
        """This reason's row of `REASONS`."""
        return REASONS[self]

    @property
    def message(self) -> str | None:
        """The engine's fixed sentence, or None when the engine builds it (amounts, names)."""
        return REASONS[self].message

    @property
    def words(self) -> str:
        """The short words shown under the sale's state ("paid after it expired")."""
        return REASONS[self].words

    @property
    def staff_may_accept(self) -> bool:
        return REASONS[self].staff_may_accept

    @property
    def is_failure(self) -> bool:
        return REASONS[self].is_failure


@dataclass(frozen=True)
class ReasonWords:
    """Everything a reason means and says, in one row."""

    #: The state a sale with this reason comes to rest in.
    ends_in: EndState
    #: The short words under the state ("Needs attention" / "paid after it expired").
    words: str
    #: What staff should do about it.
    advice: str
    #: The engine's fixed message, or None when it builds one with amounts or names.
    message: str | None = None
    #: The advice instead of `advice` when the payment arrived in full and the till may
    #: accept it (`offers_acceptance`); None: `advice` holds then too.
    accept_advice: str | None = None
    #: A `needs_attention` reason about the payment: staff may still accept it (mark the
    #: invoice settled in BTCPay, or with the till), which issues the tickets.
    staff_may_accept: bool = False
    #: The sale ends `failed`: the customer was never asked to pay.
    is_failure: bool = False
    #: What the closed sale's page says of it, when the reason says it better than the
    #: engine's message (which speaks of the tickets, not of the customer).
    closed_words: str | None = None
    #: Said first when staff are asked to confirm accepting the payment: the condition for it.
    accept_warning: str | None = None
    #: Said last in that question: something else to bear in mind.
    accept_aside: str | None = None


#: What staff should do when no reason says better.
DEFAULT_ADVICE = translate(
    "Reason",
    "Look the invoice up in BTCPay with the reference below and settle it with the customer: "
    "refund, or issue the tickets by hand in Ticket Tailor.",
)
#: The words under each end state for a sale with no reason (or one of another state).
DEFAULT_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "needs_attention": translate("Reason", "check the sale"),
        "released": translate("Reason", "not paid"),
        "failed": translate("Reason", "nothing charged"),
    }
)

_NOTHING_CHARGED = translate("Reason", "nothing charged")

R = Reason
#: One row per reason.
REASONS: Mapping[Reason, ReasonWords] = MappingProxyType(
    {
        R.EXPIRED: ReasonWords(
            ends_in="released",
            words=translate("Reason", "expired unpaid"),
            advice=DEFAULT_ADVICE,
            message=translate("Reason", "The invoice expired unpaid; the tickets were released."),
            closed_words=translate("Reason", "The invoice expired before it was paid."),
        ),
        R.CANCELLED: ReasonWords(
            ends_in="released",
            words=translate("Reason", "cancelled"),
            advice=DEFAULT_ADVICE,
            message=translate("Reason", "The sale was cancelled; the tickets were released."),
            closed_words=translate("Reason", "The sale was cancelled; nothing was paid."),
        ),
        R.INVALID: ReasonWords(
            ends_in="released",
            words=translate("Reason", "invalid"),
            advice=DEFAULT_ADVICE,
            message=translate(
                "Reason", "The invoice was marked invalid in BTCPay; the tickets were released."
            ),
        ),
        R.SOLD_OUT: ReasonWords(
            ends_in="failed",
            words=translate("Reason", "sold out"),
            advice=DEFAULT_ADVICE,
            is_failure=True,
        ),
        R.HOLD_REFUSED: ReasonWords(
            ends_in="failed", words=_NOTHING_CHARGED, advice=DEFAULT_ADVICE, is_failure=True
        ),
        R.INVOICE_REFUSED: ReasonWords(
            ends_in="failed", words=_NOTHING_CHARGED, advice=DEFAULT_ADVICE, is_failure=True
        ),
        R.SERVICE_ERROR: ReasonWords(
            ends_in="failed",
            words=_NOTHING_CHARGED,
            advice=translate(
                "Reason",
                "A service could not be reached while finishing the sale. Box Office keeps "
                "trying; check the invoice in BTCPay and the tickets in Ticket Tailor if it "
                "does not resolve.",
            ),
            is_failure=True,
        ),
        R.PAYMENT_UNAVAILABLE: ReasonWords(
            ends_in="failed",
            words=_NOTHING_CHARGED,
            advice=DEFAULT_ADVICE,
            message=translate(
                "Reason", "BTCPay did not give the payment details; nothing was charged."
            ),
            is_failure=True,
        ),
        R.INTERRUPTED: ReasonWords(
            ends_in="failed",
            words=_NOTHING_CHARGED,
            advice=DEFAULT_ADVICE,
            message=translate(
                "Reason",
                "The sale was interrupted before payment was asked for; nothing was charged.",
            ),
            is_failure=True,
        ),
        R.PARTIAL_THEN_EXPIRED: ReasonWords(
            ends_in="needs_attention",
            words=translate("Reason", "only partly paid"),
            advice=translate(
                "Reason",
                "The customer paid only part of the amount before the window closed. Make a "
                "new invoice for the rest (the seats are held again), or refund what arrived.",
            ),
            staff_may_accept=True,
        ),
        R.PAID_LATE: ReasonWords(
            ends_in="needs_attention",
            words=translate("Reason", "paid after it expired"),
            advice=translate(
                "Reason",
                "The customer paid after the payment window closed, so the tickets were "
                "released. Refund the payment from the till or from BTCPay, or mark the invoice "
                "settled there to issue the tickets.",
            ),
            accept_advice=translate(
                "Reason",
                "The full amount arrived after the payment window closed, so the tickets were "
                "released. Accept the payment below to issue the tickets now, or refund it.",
            ),
            staff_may_accept=True,
            accept_aside=translate(
                "Reason", "The bitcoin rate may have moved since the invoice expired."
            ),
        ),
        R.PAID_AFTER_CANCEL: ReasonWords(
            ends_in="needs_attention",
            words=translate("Reason", "paid after a cancel"),
            advice=translate(
                "Reason",
                "A payment arrived after the sale was cancelled. Refund it from the till or from "
                "BTCPay, or start a new sale for the customer.",
            ),
            accept_advice=translate(
                "Reason",
                "The full amount was paid after the sale was cancelled. Accept the payment "
                "below to issue the tickets now, or refund it.",
            ),
            staff_may_accept=True,
        ),
        R.PAYMENT_INVALID: ReasonWords(
            ends_in="needs_attention",
            words=translate("Reason", "not confirmed in time"),
            advice=translate(
                "Reason",
                "BTCPay marked the payment invalid (it was not confirmed in time). Check the "
                "invoice in BTCPay before letting the customer in.",
            ),
            accept_advice=translate(
                "Reason",
                "The full amount was paid but not confirmed in time, so BTCPay marked the "
                "invoice invalid. Check in BTCPay that the payment has confirmed since, then "
                "accept it below; otherwise refund it.",
            ),
            staff_may_accept=True,
            accept_warning=translate(
                "Reason", "Accept only if BTCPay shows the payment confirmed by now."
            ),
        ),
        R.ISSUE_REFUSED: ReasonWords(
            ends_in="needs_attention",
            words=translate("Reason", "tickets refused"),
            advice=translate(
                "Reason",
                "The invoice is paid but Ticket Tailor refused to issue the tickets. Do not "
                "take another payment: retry issuing them once Ticket Tailor's reason is dealt "
                "with, or refund the payment.",
            ),
        ),
        R.HOLD_MISSING: ReasonWords(
            ends_in="needs_attention",
            words=translate("Reason", "reserved tickets gone"),
            advice=DEFAULT_ADVICE,
        ),
    }
)
del R


def is_failure(reason: Reason | None) -> bool:
    """Whether a sale released for this reason ends `failed` (it never asked for payment)."""
    return reason is not None and REASONS[reason].is_failure


def staff_may_accept(reason: Reason | None) -> bool:
    """Whether a `needs_attention` sale with this reason is in question over its payment."""
    return reason is not None and REASONS[reason].staff_may_accept


def words_under(state: str, reason: Reason | None) -> str | None:
    """The short words under a sale's state: its reason's, when the reason ends in that state;
    else the state's default (`DEFAULT_WORDS`); None for a state with no reason words."""
    if reason is not None and REASONS[reason].ends_in == state:
        return REASONS[reason].words
    return DEFAULT_WORDS.get(state)


def staff_advice(reason: Reason | None, *, acceptable: bool = False) -> str:
    """What staff should do; `acceptable`: the till offers to accept the payment."""
    row = REASONS.get(reason) if reason is not None else None
    if row is None:
        return DEFAULT_ADVICE
    if acceptable and row.accept_advice is not None:
        return row.accept_advice
    return row.advice


def journal_form(reason: Reason | None, detail: str | None = None) -> str | None:
    """The reason as the journal and the command line's JSON write it ("sold_out:tt_1")."""
    if reason is None:
        return None
    return f"{reason}:{detail}" if detail else str(reason)
