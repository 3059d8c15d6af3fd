"""The offline payment record: rules, and journal round trips that keep old records readable."""

from __future__ import annotations

from decimal import Decimal

import pytest

from boxoffice.domain.offline_payment import (
    OfflinePayment,
    OfflinePaymentProblem,
    PaymentKind,
    cash_payment,
    complimentary_order,
    complimentary_payment,
)
from boxoffice.domain.order import Buyer, Order, OrderLine
from boxoffice.domain.sale import Sale, SaleState

ORDER = Order(
    event_id="ev_1",
    event_name="Gig",
    currency="JPY",
    lines=(OrderLine("tt_1", "Adult", 2, Decimal("1500")),),
    buyer=Buyer(None, None),
    full_name="Guest",
)


def _sale(offline: OfflinePayment | None) -> Sale:
    return Sale(
        id="s1", device_id="till-1", order=ORDER, state=SaleState.COMPLETED, offline=offline
    )


def test_cash_must_be_the_total_in_the_currency_s_unit():
    paid = cash_payment(ORDER, staff=" Grace  Hopper ", taken=Decimal("3000"), now=5.0)
    assert (paid.kind, paid.amount, paid.currency, paid.staff) == (
        PaymentKind.CASH,
        Decimal("3000"),
        "JPY",
        "Grace Hopper",
    )
    for wrong in (Decimal("2999"), Decimal("3000.5")):
        with pytest.raises(OfflinePaymentProblem):
            cash_payment(ORDER, staff="Grace", taken=wrong, now=5.0)
    with pytest.raises(ValueError):
        cash_payment(ORDER, staff="  ", taken=Decimal("3000"), now=5.0)


def test_complimentary_needs_a_reason_and_costs_nothing():
    with pytest.raises(OfflinePaymentProblem):
        complimentary_payment(staff="Grace", reason=" ", now=1.0)
    given = complimentary_payment(staff="Grace", reason="Artist's guest", now=1.0)
    assert given.reason == "Artist's guest"
    free = complimentary_order(ORDER)
    assert free.total == 0 and free.seats == 2 and free.lines[0].name == "Adult"


def test_journal_round_trip_and_old_records():
    for offline in (
        cash_payment(ORDER, staff="Grace", taken=Decimal("3000"), now=5.0),
        complimentary_payment(staff="Grace", reason="Press", now=6.0),
    ):
        again = Sale.from_dict(_sale(offline).to_dict())
        assert again.offline == offline
        assert not again.billed and not again.auto_mail
    old = _sale(None).to_dict()
    del old["offline"]  # written by a version before this record
    sale = Sale.from_dict(old)
    assert sale.offline is None and sale.payment_kind is PaymentKind.BITCOIN and sale.billed


@pytest.mark.parametrize(
    "damaged",
    [
        "cash",
        {"kind": "cheque", "staff": "Grace"},
        {"kind": "complimentary", "staff": "Grace", "reason": ""},
        {"kind": "cash", "staff": "Grace", "amount": "lots"},
        {"kind": "bitcoin", "staff": "Grace"},
    ],
)
def test_a_damaged_record_is_refused_not_guessed(damaged):
    data = _sale(None).to_dict()
    data["offline"] = damaged
    with pytest.raises(ValueError):
        Sale.from_dict(data)
