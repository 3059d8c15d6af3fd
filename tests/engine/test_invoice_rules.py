"""`next_move`, cell by cell: every BTCPay invoice status and additional status, per sale.

Statuses and additional statuses are Greenfield's (docs.btcpayserver.org/API/Greenfield/v1/
#tag/Invoices: `InvoiceStatus` New, Processing, Settled, Expired, Invalid;
`InvoiceAdditionalStatus` None, PaidPartial, PaidOver, PaidLate, Marked, Invalid). Each cell
says what the engine did before the rules were one function (payment_watch `_on_invoice` and
`_on_late_invoice`, releasing `_release`, recovery `_resume_reservation`), in a short code:

- `issue` / `issue:overpaid` / `issue:marked`: settled, issue the tickets (with those words);
- `follow:<state>:look|quiet`: open, be in that state; `look` reads the payment methods again;
- `release:<reason>`: closed, release the sale for that reason;
- `accept`: a stopped sale's invoice was settled (in BTCPay): issue after all;
- `person:<reason>` / `update:<reason>`: money on a stopped sale, for a person;
- `meanwhile:<state>`: a releasing sale was paid before it could be stopped;
- `close:<state>`: a releasing sale with nothing paid ends so;
- `resume`: a reservation cut short was paid: show it and follow it;
- `record` / `stay`: keep the invoice's new figures / nothing new.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from decimal import Decimal

import pytest

from boxoffice.domain.reasons import Reason
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.engine.invoice_rules import (
    ACCEPTED_IN_BTCPAY,
    Accept,
    Close,
    Follow,
    Issue,
    Move,
    PaidMeanwhile,
    Record,
    Release,
    Resume,
    Stay,
    ToPerson,
    closed_unpaid,
    money_arrived,
    next_move,
    paid_in_full,
    partly_paid,
)
from boxoffice.services.btcpay.models import Invoice
from tests.engine.test_sale_journal import full_sale

STATUSES = ("New", "Processing", "Settled", "Expired", "Invalid")
EXTRAS = ("None", "PaidPartial", "PaidOver", "PaidLate", "Marked", "Invalid")
AMOUNT = Decimal("3000")


def paid_for(status: str, extra: str) -> Decimal:
    """What BTCPay would report paid with this status: a part, more, all, or nothing."""
    if extra == "PaidPartial":
        return Decimal("1200")
    if extra == "PaidOver":
        return Decimal("3600")
    if extra == "PaidLate":
        return AMOUNT
    if extra == "None" and status in ("Processing", "Settled"):
        return AMOUNT
    return Decimal(0)


def invoice(status: str, extra: str, paid: Decimal | None = None) -> Invoice:
    return Invoice(
        id="inv_1",
        store_id="store",
        amount=AMOUNT,
        paid_amount=paid_for(status, extra) if paid is None else paid,
        currency="JPY",
        status=status,
        additional_status=extra,
        checkout_link="https://pay/i/inv_1",
        created_time=1000,
        expiration_time=1900,
        monitoring_expiration=2800,
        metadata={"orderId": "boxoffice-s9"},
        available_statuses_for_manual_marking=(),
        archived=False,
        raw={},
    )


def sale(state: SaleState, reason: Reason | None, seen: tuple[str, str] | None) -> Sale:
    """A sale in `state` that last saw its invoice as `seen` (status, additional status)."""
    base = replace(full_sale(), state=state, reason=reason, message=None)
    if seen is None:
        return replace(base, invoice_status=None, invoice_additional_status=None, paid_amount=None)
    status, extra = seen
    return replace(
        base,
        invoice_status=status,
        invoice_additional_status=extra,
        paid_amount=paid_for(status, extra),
    )


def code(move: Move) -> str:
    """The table's short code for a move."""
    if isinstance(move, Issue):
        if move.message is None:
            return "issue"
        return "issue:overpaid" if move.message.startswith("Overpaid") else "issue:marked"
    if isinstance(move, Follow):
        return f"follow:{move.state}:{'look' if move.look else 'quiet'}"
    if isinstance(move, Release):
        return f"release:{move.reason}"
    if isinstance(move, Accept):
        return "accept"
    if isinstance(move, ToPerson):
        return f"{'update' if move.update else 'person'}:{move.reason}"
    if isinstance(move, PaidMeanwhile):
        return f"meanwhile:{move.state}"
    if isinstance(move, Close):
        return f"close:{move.state}"
    if isinstance(move, Resume):
        return "resume"
    if isinstance(move, Record):
        return "record"
    assert isinstance(move, Stay)
    return "stay"


#: A payable sale: settled issues, open follows, closed releases (by what was paid).
_SETTLED = {
    ("Settled", "PaidOver"): "issue:overpaid",
    ("Settled", "Marked"): "issue:marked",
}
_CLOSED_PAYABLE = {
    ("Expired", "PaidPartial"): "release:partial_then_expired",
    ("Expired", "PaidOver"): "release:partial_then_expired",
    ("Expired", "PaidLate"): "release:paid_late",
    ("Invalid", "PaidPartial"): "release:payment_invalid",
    ("Invalid", "PaidOver"): "release:payment_invalid",
    ("Invalid", "PaidLate"): "release:payment_invalid",
}


def _stopped(late: dict[str, str], seen: tuple[str, str], *, settled: str = "accept"):
    """A stopped sale: settled accepts (`settled`), the status it last saw stays, money that
    arrives goes to a person (`late`: by status, then PaidLate's own), nothing paid records."""
    cells: dict[tuple[str, str], str] = {}
    for status, extra in itertools.product(STATUSES, EXTRAS):
        if status == "Settled":
            cells[status, extra] = settled
        elif (status, extra) == seen:
            cells[status, extra] = "stay"
        elif paid_for(status, extra) > 0:
            # An invalid invoice's own word comes first, then PaidLate's, then the status's.
            key = "PaidLate" if extra == "PaidLate" and status != "Invalid" else status
            cells[status, extra] = late[key]
        else:
            cells[status, extra] = "record"
    return cells


#: situation -> (sale, {status: code for every additional status}, {(status, extra): code}).
TABLE: dict[str, tuple[Sale, dict[str, str], dict[tuple[str, str], str]]] = {
    "waiting": (
        sale(SaleState.AWAITING_PAYMENT, None, ("New", "None")),
        {
            "New": "follow:awaiting_payment:look",
            "Processing": "follow:confirming:look",
            "Settled": "issue",
            "Expired": "release:expired",
            "Invalid": "release:invalid",
        },
        {("New", "None"): "follow:awaiting_payment:quiet", **_SETTLED, **_CLOSED_PAYABLE},
    ),
    "confirming": (
        sale(SaleState.CONFIRMING, None, ("Processing", "None")),
        {
            "New": "follow:awaiting_payment:look",
            "Processing": "follow:confirming:look",
            "Settled": "issue",
            "Expired": "release:expired",
            "Invalid": "release:invalid",
        },
        {("Processing", "None"): "follow:confirming:quiet", **_SETTLED, **_CLOSED_PAYABLE},
    ),
    "released, watched for a late payment": (
        sale(SaleState.RELEASED, Reason.EXPIRED, ("Expired", "None")),
        {},
        _stopped(
            {
                "New": "person:partial_then_expired",
                "Processing": "person:partial_then_expired",
                "Expired": "person:partial_then_expired",
                "Invalid": "person:payment_invalid",
                "PaidLate": "person:paid_late",
            },
            ("Expired", "None"),
        ),
    ),
    "cancelled, watched for a late payment": (
        sale(SaleState.RELEASED, Reason.CANCELLED, ("Invalid", "Marked")),
        {},
        _stopped(
            dict.fromkeys(
                ("New", "Processing", "Expired", "Invalid", "PaidLate"),
                "person:paid_after_cancel",
            ),
            ("Invalid", "Marked"),
        ),
    ),
    "needs attention: partly paid": (
        sale(SaleState.NEEDS_ATTENTION, Reason.PARTIAL_THEN_EXPIRED, ("Expired", "PaidPartial")),
        {},
        {
            **_stopped(
                {
                    "New": "update:partial_then_expired",
                    "Processing": "update:partial_then_expired",
                    "Expired": "update:partial_then_expired",
                    "Invalid": "update:payment_invalid",
                    "PaidLate": "update:paid_late",
                },
                ("Expired", "PaidPartial"),
            ),
            # Nothing paid now (refunded?): the reason stays, the figures are updated.
            **{
                (s, x): "update:partial_then_expired"
                for s, x in itertools.product(STATUSES, EXTRAS)
                if s != "Settled" and paid_for(s, x) == 0
            },
        },
    ),
    "needs attention: paid after a cancel": (
        sale(SaleState.NEEDS_ATTENTION, Reason.PAID_AFTER_CANCEL, ("Invalid", "Marked")),
        {},
        {
            **_stopped(
                dict.fromkeys(
                    ("New", "Processing", "Expired", "Invalid", "PaidLate"),
                    "update:paid_after_cancel",
                ),
                ("Invalid", "Marked"),
            ),
            **{
                (s, x): "update:paid_after_cancel"
                for s, x in itertools.product(STATUSES, EXTRAS)
                if s != "Settled" and paid_for(s, x) == 0 and (s, x) != ("Invalid", "Marked")
            },
        },
    ),
    "needs attention: tickets refused (not about the payment)": (
        sale(SaleState.NEEDS_ATTENTION, Reason.ISSUE_REFUSED, ("Settled", "None")),
        dict.fromkeys(STATUSES, "record"),
        {("Settled", "None"): "stay"},
    ),
    "releasing after a cancel": (
        sale(SaleState.RELEASING, Reason.CANCELLED, ("New", "None")),
        {
            "New": "close:released",
            "Processing": "meanwhile:confirming",
            "Settled": "meanwhile:issuing",
            "Expired": "close:released",
            "Invalid": "close:released",
        },
        {
            (s, x): "person:paid_after_cancel"
            for s, x in itertools.product(("New", "Expired", "Invalid"), EXTRAS)
            if paid_for(s, x) > 0
        },
    ),
    "releasing a partly paid sale": (
        sale(SaleState.RELEASING, Reason.PARTIAL_THEN_EXPIRED, ("Expired", "PaidPartial")),
        {
            "New": "close:released",
            "Processing": "meanwhile:confirming",
            "Settled": "meanwhile:issuing",
            "Expired": "close:released",
            "Invalid": "close:released",
        },
        {
            (s, x): "person:partial_then_expired"
            for s, x in itertools.product(("New", "Expired", "Invalid"), EXTRAS)
            if paid_for(s, x) > 0
        },
    ),
    "releasing a sale that never started (sold out)": (
        sale(SaleState.RELEASING, Reason.SOLD_OUT, ("New", "None")),
        {
            "New": "close:failed",
            "Processing": "meanwhile:confirming",
            "Settled": "meanwhile:issuing",
            "Expired": "close:failed",
            "Invalid": "close:failed",
        },
        {
            ("New", "PaidPartial"): "person:partial_then_expired",
            ("New", "PaidOver"): "person:partial_then_expired",
            ("New", "PaidLate"): "person:paid_late",
            ("Expired", "PaidPartial"): "person:partial_then_expired",
            ("Expired", "PaidOver"): "person:partial_then_expired",
            ("Expired", "PaidLate"): "person:paid_late",
            ("Invalid", "PaidPartial"): "person:payment_invalid",
            ("Invalid", "PaidOver"): "person:payment_invalid",
            ("Invalid", "PaidLate"): "person:payment_invalid",
        },
    ),
    "reserving, found after a restart": (
        sale(SaleState.RESERVING, None, None),
        {
            "New": "release:interrupted",
            "Processing": "resume",
            "Settled": "issue",
            "Expired": "release:interrupted",
            "Invalid": "release:interrupted",
        },
        {
            (s, x): "resume"
            for s, x in itertools.product(("New", "Expired", "Invalid"), EXTRAS)
            if paid_for(s, x) > 0
        },
    ),
}

CELLS = [
    pytest.param(situation, status, extra, id=f"{situation}-{status}-{extra}")
    for situation in TABLE
    for status, extra in itertools.product(STATUSES, EXTRAS)
]


@pytest.mark.parametrize(("situation", "status", "extra"), CELLS)
def test_every_status_of_every_situation(situation, status, extra):
    the_sale, by_status, cells = TABLE[situation]
    expected = cells.get((status, extra), by_status.get(status))
    assert expected is not None, "a cell the table leaves out"
    assert code(next_move(the_sale, invoice(status, extra))) == expected


def test_the_table_covers_every_state_that_watches_an_invoice():
    states = {the_sale.state for the_sale, _, _ in TABLE.values()}
    assert states == {
        SaleState.RESERVING,
        SaleState.AWAITING_PAYMENT,
        SaleState.CONFIRMING,
        SaleState.RELEASING,
        SaleState.RELEASED,
        SaleState.NEEDS_ATTENTION,
    }


@pytest.mark.parametrize("state", [SaleState.ISSUING, SaleState.COMPLETED, SaleState.FAILED])
@pytest.mark.parametrize(("status", "extra"), list(itertools.product(STATUSES, EXTRAS)))
def test_issuing_and_finished_sales_ignore_the_invoice(state, status, extra):
    the_sale = sale(state, None, ("Settled", "None"))
    assert next_move(the_sale, invoice(status, extra)) == Stay()


def test_without_an_invoice():
    assert next_move(sale(SaleState.RESERVING, None, None), None) == Release(
        Reason.INTERRUPTED, Reason.INTERRUPTED.message or ""
    )
    releasing = sale(SaleState.RELEASING, Reason.CANCELLED, None)
    assert next_move(releasing, None) == Close(SaleState.RELEASED)
    failing = sale(SaleState.RELEASING, Reason.SERVICE_ERROR, None)
    assert next_move(failing, None) == Close(SaleState.FAILED)
    assert next_move(sale(SaleState.AWAITING_PAYMENT, None, None), None) == Stay()


def test_an_unknown_status_only_keeps_the_new_figures():
    waiting = sale(SaleState.AWAITING_PAYMENT, None, ("New", "None"))
    assert next_move(waiting, invoice("Refunded", "None")) == Record()
    seen = replace(waiting, invoice_status="Refunded", paid_amount=Decimal(0))
    assert next_move(seen, invoice("Refunded", "None")) == Stay()


def test_a_payment_request_being_renewed_is_read_again_though_nothing_changed():
    waiting = sale(SaleState.AWAITING_PAYMENT, None, ("New", "PaidPartial"))
    assert waiting.payment is not None
    renewing = replace(waiting, payment=replace(waiting.payment, lightning_renewing=True))
    assert next_move(waiting, invoice("New", "PaidPartial")).look is False  # type: ignore[union-attr]
    assert next_move(renewing, invoice("New", "PaidPartial")) == Follow(
        SaleState.AWAITING_PAYMENT, changed=False, look=True
    )
    unshown = replace(waiting, payment=None)
    assert next_move(unshown, invoice("New", "PaidPartial")).look is True  # type: ignore[union-attr]


def test_the_words_each_move_carries():
    waiting = sale(SaleState.AWAITING_PAYMENT, None, ("New", "None"))
    overpaid = next_move(waiting, invoice("Settled", "PaidOver"))
    assert overpaid == Issue(
        "Overpaid: ¥3,600 was paid for ¥3,000; the customer may ask for the difference back."
    )
    assert next_move(waiting, invoice("Settled", "Marked")) == Issue("Marked as paid in BTCPay.")
    assert next_move(waiting, invoice("Expired", "None")) == Release(
        Reason.EXPIRED, "The invoice expired unpaid; the tickets were released."
    )
    assert next_move(waiting, invoice("Expired", "PaidPartial")) == Release(
        Reason.PARTIAL_THEN_EXPIRED,
        "Only ¥1,200 of ¥3,000 was paid before the invoice expired; the tickets were "
        "released. Bill the rest with a new invoice, or refund what arrived.",
    )
    released = sale(SaleState.RELEASED, Reason.EXPIRED, ("Expired", "None"))
    assert next_move(released, invoice("Settled", "Marked")) == Accept(ACCEPTED_IN_BTCPAY)
    cancelling = sale(SaleState.RELEASING, Reason.CANCELLED, ("New", "None"))
    assert next_move(cancelling, invoice("Settled", "None")) == PaidMeanwhile(
        SaleState.ISSUING, "The customer paid before the cancel took effect."
    )
    expiring = sale(SaleState.RELEASING, Reason.EXPIRED, ("New", "None"))
    assert next_move(expiring, invoice("Processing", "None")) == PaidMeanwhile(
        SaleState.CONFIRMING, "The invoice was paid after all, so the sale goes on."
    )
    resumed = replace(sale(SaleState.RESERVING, None, None), message="kept")
    assert next_move(resumed, invoice("Settled", "None")) == Issue("kept")


# -- did money arrive -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paid", "extra", "btc_paid", "arrived"),
    [
        (Decimal("1"), "None", None, True),
        (Decimal(0), "None", Decimal("0.1"), False),  # BTCPay's figure wins when it has one
        (None, "PaidPartial", None, True),
        (None, "PaidLate", None, True),
        (None, "PaidOver", None, True),
        (None, "Marked", None, False),
        (None, "None", Decimal("0.0001"), True),  # a server before 2.1.2: the till's figures
        (None, "None", Decimal(0), False),
        (None, None, None, False),
    ],
)
def test_money_arrived(paid, extra, btc_paid, arrived):
    assert money_arrived(paid, extra, btc_paid) is arrived


@pytest.mark.parametrize(
    ("amount", "paid", "extra", "full"),
    [
        (AMOUNT, None, "PaidLate", True),
        (AMOUNT, Decimal(1), "PaidOver", True),
        (AMOUNT, AMOUNT, "None", True),
        (AMOUNT, Decimal("2999"), "PaidPartial", False),
        (Decimal(0), Decimal(0), "None", False),
        (AMOUNT, None, "None", None),  # ask the payment methods
        (None, AMOUNT, "None", False),
    ],
)
def test_paid_in_full(amount, paid, extra, full):
    assert paid_in_full(amount, paid, extra) is full


def test_partly_paid_and_closed_unpaid():
    assert partly_paid(invoice("New", "PaidPartial"))
    assert not partly_paid(invoice("New", "None"))
    assert not partly_paid(invoice("Expired", "PaidPartial"))
    assert closed_unpaid(invoice("Expired", "None"))
    assert closed_unpaid(invoice("Invalid", "Marked"))
    assert not closed_unpaid(invoice("Expired", "PaidLate"))
    assert not closed_unpaid(invoice("New", "None"))
