"""A sale's refund in the journal: new records keep it, old records read without one, and a
record with a refund stays readable by a version that knows nothing of refunds."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal

import pytest

from boxoffice.domain.order import Buyer, Order, OrderLine
from boxoffice.domain.refund import Refund, RefundStatus, RefundVariant
from boxoffice.domain.sale import Sale, SaleState

ORDER = Order(
    event_id="ev_1",
    event_name="Concert",
    currency="GBP",
    lines=(OrderLine("tt_1", "General", 2, Decimal("26.50")),),
    buyer=Buyer("Ada", "ada@example.com"),
    full_name="Ada",
)
REFUND = Refund(
    variant=RefundVariant.RATE_THEN,
    status=RefundStatus.CREATED,
    reference="0123456789abcdef",
    requested_at=1700000000.5,
    staff="Grace",
    reason="left before the show",
    pull_payment_id="3sqTpzyFNrj5cQbvJdkFQXBRPFsy",
    amount=Decimal("0.00106000"),
    currency="BTC",
    claim_link="https://btcpay.example.com/pull-payments/3sqTpzyFNrj5cQbvJdkFQXBRPFsy",
    auto_approved=True,
    created_at=1700000001.0,
)


def sale(**kw) -> Sale:
    return Sale(id="s1", device_id="till-1", order=ORDER, state=SaleState.NEEDS_ATTENTION, **kw)


def through_json(data: dict) -> dict:
    return json.loads(json.dumps(data))


def test_a_refund_round_trips_through_the_journal_form():
    data = through_json(sale(refund=REFUND).to_dict())
    assert data["refund"]["amount"] == "0.00106000"  # a decimal string, never a float
    assert data["refund"]["variant"] == "RateThen"
    back = Sale.from_dict(data)
    assert back.refund == REFUND
    assert isinstance(back.refund.amount, Decimal)
    assert back.refund.variant is RefundVariant.RATE_THEN


def test_a_record_written_before_refunds_reads_with_none():
    data = through_json(sale().to_dict())
    del data["refund"]
    assert Sale.from_dict(data).refund is None


def test_refunds_add_one_key_only_so_older_readers_ignore_them():
    # Every version reads a record by the fields it knows and ignores the rest: the refund
    # must be a new key, never a renamed or re-typed old one.
    without = through_json(sale().to_dict())
    with_refund = through_json(sale(refund=REFUND).to_dict())
    assert set(with_refund) - set(without) == set() and set(with_refund) == set(without)
    assert {k: v for k, v in with_refund.items() if k != "refund"} == {
        k: v for k, v in without.items() if k != "refund"
    }
    # An older reader: the same code with no `refund` field at all.
    known = {f.name for f in dataclasses.fields(Sale)} - {"refund"}
    assert "refund" not in known and set(with_refund) - known - {"words"} == {"refund"}


def test_fields_a_later_version_adds_to_a_refund_are_ignored():
    data = through_json(sale(refund=REFUND).to_dict())
    data["refund"]["claimed_at"] = 1700000100
    assert Sale.from_dict(data).refund == REFUND


@pytest.mark.parametrize(
    "damage",
    [{"variant": "Everything"}, {"amount": "lots"}, {"reference": None}, {"status": 3}],
)
def test_a_damaged_refund_raises_so_the_record_is_set_aside(damage):
    data = through_json(sale(refund=REFUND).to_dict())
    data["refund"].update(damage)
    with pytest.raises((ValueError, ArithmeticError)):
        Sale.from_dict(data)
