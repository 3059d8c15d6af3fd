"""The sales view's columns and offers for sales the simulator does not easily make."""

from __future__ import annotations

import dataclasses
import time
from decimal import Decimal

from boxoffice.domain.offline_payment import OfflinePayment, PaymentKind
from boxoffice.domain.order import Buyer, Order, OrderLine
from boxoffice.domain.reasons import Reason
from boxoffice.domain.resolution import Resolution, ResolutionAction
from boxoffice.domain.sale import PaymentRequest, Sale, SaleState, SoldTicket
from boxoffice.ui.screens.recent_sales.actions import invoice_url
from boxoffice.ui.screens.recent_sales.filters import REFUNDED, SalesFilter
from boxoffice.ui.screens.recent_sales.model import (
    DETAIL_ROLE,
    METHOD,
    RESOLVED,
    SALE_ID_ROLE,
    TIME,
    TOTAL,
    RecentSalesModel,
)
from boxoffice.ui.screens.recent_sales.offers import SaleAction, offered


def payment(**amounts) -> PaymentRequest:
    values = dict(
        unified_link="bitcoin:x",
        unified_qr="BITCOIN:X",
        lightning_link=None,
        lightning_qr=None,
        onchain_link=None,
        onchain_qr=None,
        checkout_link=None,
        amount=Decimal("26.50"),
        currency="GBP",
        btc_amount=Decimal("0.00053"),
        btc_due=Decimal("0"),
        btc_paid=Decimal("0"),
        expires_at=None,
    )
    values.update(amounts)
    return PaymentRequest(**values)


def a_sale(state=SaleState.COMPLETED, **changes) -> Sale:
    order = Order(
        event_id="ev_1",
        event_name="Summer Chamber Night",
        currency="gbp",
        lines=(OrderLine("tt_1", "General Admission", 1, Decimal("26.50")),),
        buyer=Buyer("Ada Lovelace", "ada@example.org"),
        full_name="Ada Lovelace",
    )
    values = dict(id="s1", device_id="door-1", order=order, state=state, created_at=time.time())
    values.update(changes)
    return Sale(**values)


def cell(model, sale, column):
    model.set_sales([sale])
    index = model.index(0, column)
    return index.data(), index.data(DETAIL_ROLE)


def test_a_part_payment_says_what_was_paid_and_both_ways_are_named(qapp):
    model = RecentSalesModel()
    part = a_sale(
        SaleState.NEEDS_ATTENTION,
        invoice_id="inv1",
        payment=payment(btc_paid=Decimal("0.0002"), btc_paid_onchain=Decimal("0.0002")),
        reason=Reason.PARTIAL_THEN_EXPIRED,
    )
    assert cell(model, part, METHOD) == ("On-chain", "paid 0.0002 BTC")
    both = a_sale(
        invoice_id="inv2",
        payment=payment(
            btc_paid=Decimal("0.00053"),
            btc_paid_lightning=Decimal("0.0003"),
            btc_paid_onchain=Decimal("0.00023"),
        ),
    )
    assert cell(model, both, METHOD) == ("Lightning + on-chain", "")
    # Paid, but by a version that did not record the way: said, not guessed.
    old = a_sale(invoice_id="inv3", payment=payment(btc_paid=Decimal("0.00053")))
    assert cell(model, old, METHOD) == ("Unknown", "")
    taken = OfflinePayment(
        kind=PaymentKind.CASH,
        staff="Sam",
        recorded_at=time.time(),
        amount=Decimal("26.50"),
        currency="gbp",
    )
    cash = a_sale(offline=taken)
    assert cell(model, cash, METHOD) == ("Cash", "Sam")


def test_who_resolved_a_sale_is_its_own_column_shown_only_when_any_was(qapp):
    model = RecentSalesModel()
    assert not model.any_resolved()
    retried = a_sale(
        resolution=Resolution(ResolutionAction.RETRY_ISSUANCE, "Grace", time.time(), "sold out")
    )
    assert cell(model, retried, RESOLVED) == ("Grace", "issue tried again")
    assert model.any_resolved()
    assert cell(model, a_sale(), RESOLVED) == ("", "")


def test_another_tills_sale_says_whose_it_was_and_narrow_rows_merge_the_way_of_paying(qapp):
    model = RecentSalesModel()
    model.device_id = "door-1"
    paid = a_sale(
        device_id="door-2",
        invoice_id="inv1",
        payment=payment(btc_paid=Decimal("0.00053"), btc_paid_lightning=Decimal("0.00053")),
    )
    assert cell(model, paid, TIME)[1] == "Today · till door-2"
    assert cell(model, paid, TOTAL) == ("£26.50", "0.00053 BTC")
    model.set_compact(True)
    assert cell(model, paid, TOTAL) == ("£26.50", "0.00053 BTC · Lightning")


def test_the_refunded_filter_and_the_offers_follow_the_sale(qapp):
    from boxoffice.domain.refund import Refund, RefundStatus, RefundVariant

    refund = Refund(
        variant=RefundVariant.RATE_THEN,
        status=RefundStatus.CREATED,
        reference="r1",
        requested_at=time.time(),
        staff="Grace",
    )
    stuck = a_sale(SaleState.NEEDS_ATTENTION, invoice_id="inv1", reason=Reason.ISSUE_REFUSED)
    refunded = a_sale(
        SaleState.NEEDS_ATTENTION, id="s2", invoice_id="inv2", reason=Reason.ISSUE_REFUSED
    )
    refunded = dataclasses.replace(refunded, refund=refund)
    model = RecentSalesModel()
    model.set_sales([stuck, refunded])
    shown = SalesFilter(model)
    shown.set_state(REFUNDED)
    assert [shown.index(r, 0).data(SALE_ID_ROLE) for r in range(shown.rowCount())] == ["s2"]
    assert SaleAction.RETRY in offered(stuck)
    assert SaleAction.RETRY not in offered(refunded)  # the money is going back
    assert cell(model, refunded, RESOLVED) == ("Grace", "refund")
    ticket = SoldTicket("t1", "RIVER01", "tt_1", "General Admission", "Ada Lovelace", None)
    done = a_sale(tickets=(ticket,), invoice_id="inv3")
    assert offered(done, email_possible=False) == {
        SaleAction.OPEN,
        SaleAction.REPRINT,
        SaleAction.BTCPAY,
    }
    assert SaleAction.RESEND in offered(done)
    assert SaleAction.RESEND not in offered(dataclasses.replace(done, records_pending=True))


def test_the_invoice_link_never_carries_credentials(qapp):
    sale = a_sale(invoice_id="INV9")
    url = invoice_url("https://user:secret@pay.example.org/", sale)
    assert url.toString() == "https://pay.example.org/i/INV9"
    linked = a_sale(
        invoice_id="INV9", payment=payment(checkout_link="https://pay.example.org/i/INV9")
    )
    assert invoice_url("https://other.example.org", linked).toString() == (
        "https://pay.example.org/i/INV9"
    )
    assert invoice_url("https://pay.example.org", a_sale()) is None
    assert invoice_url("file:///etc", sale) is None


def test_the_view_says_loading_then_empty_then_how_many_it_holds(qtbot):
    from boxoffice.ui.screens.recent_sales.controller import RecentSalesController
    from boxoffice.ui.screens.recent_sales.view import RecentSalesView

    view = RecentSalesView()
    qtbot.addWidget(view)
    controller = RecentSalesController(view)
    view.resize(1280, 700)
    view.show()
    assert view.empty.isVisible() and view.empty.text() == "Loading the sales…"
    controller.set_sales([])
    assert view.empty.text().startswith("No sales on this till yet")
    assert view.summary.text() == ""
    controller.limit = 3
    controller.set_sales([a_sale(id=f"s{n}", created_at=time.time() - n) for n in range(3)])
    assert not view.empty.isVisible()
    assert view.summary.text() == (
        "Newest first · the latest 3 sales · 3 completed — tap a sale to open it."
    )


def test_a_sale_continued_by_a_new_invoice_is_no_longer_under_needs_attention(qapp):
    from boxoffice.ui.screens.recent_sales.filters import ATTENTION

    partial = a_sale(SaleState.NEEDS_ATTENTION, reason=Reason.PARTIAL_THEN_EXPIRED)
    continued = a_sale(
        SaleState.NEEDS_ATTENTION,
        id="s2",
        reason=Reason.PARTIAL_THEN_EXPIRED,
        resolution=Resolution(
            ResolutionAction.NEW_INVOICE, "Grace", time.time(), "pays the rest", "s3"
        ),
    )
    model = RecentSalesModel()
    model.set_sales([partial, continued])
    shown = SalesFilter(model)
    shown.set_state(ATTENTION)
    assert [shown.index(r, 0).data(SALE_ID_ROLE) for r in range(shown.rowCount())] == ["s1"]
