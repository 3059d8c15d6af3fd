"""Paying, confirming, expiring and marking the simulated BTCPay's invoices: its status machine."""

from __future__ import annotations

from decimal import Decimal

import pytest

from boxoffice.sim import SimulatorError
from tests.sim.btcpay_calls import create, get, methods, status


async def test_lightning_payment_settles_at_once(sim, bp, store_path):
    invoice = await create(bp, store_path, amount="10")
    assert status(sim.pay_invoice(invoice["id"])) == ("Settled", "None")
    got = await get(bp, store_path, invoice["id"])
    assert status(got) == ("Settled", "None") and got["paidAmount"] == "10.00"
    assert got["availableStatusesForManualMarking"] == []
    ln = (await methods(bp, store_path, invoice["id"]))["BTC-LN"]
    assert ln["payments"][0]["status"] == "Settled" and ln["due"] == "0.00000000"


async def test_on_chain_payment_is_processing_until_confirmed(sim, bp, store_path):
    invoice = await create(bp, store_path, amount="10")
    assert status(sim.pay_invoice(invoice["id"], "BTC-CHAIN")) == ("Processing", "None")
    chain = (await methods(bp, store_path, invoice["id"]))["BTC-CHAIN"]
    assert chain["payments"][0]["status"] == "Processing"
    assert chain["paymentLink"] == f"bitcoin:{chain['destination']}"  # nothing due: no amount
    assert status(sim.confirm_invoice(invoice["id"])) == ("Settled", "None")


async def test_high_speed_settles_on_chain_payments_at_once(sim, bp, store_path):
    invoice = await create(bp, store_path, amount="10", checkout={"speedPolicy": "HighSpeed"})
    assert status(sim.pay_invoice(invoice["id"], "BTC-CHAIN")) == ("Settled", "None")


async def test_partial_payment_then_the_rest(sim, bp, store_path):
    invoice = await create(bp, store_path, amount="50")  # 0.001 BTC
    before = await methods(bp, store_path, invoice["id"])
    partial = sim.pay_invoice(invoice["id"], "BTC-LN", Decimal("0.0004"))
    assert status(partial) == ("New", "PaidPartial") and partial["paidAmount"] == "20.00"
    # The new BOLT11 is saved a few node round trips later (LightningListener.cs): the first
    # reads still show the old one, already cancelled; later ones the new one.
    old = before["BTC-LN"]["destination"]
    assert (await methods(bp, store_path, invoice["id"]))["BTC-LN"]["destination"] == old
    for _ in range(sim.btcpay.bolt11_renewal_reads):
        after = await methods(bp, store_path, invoice["id"])
    assert after["BTC-LN"]["destination"] != old  # a new BOLT11
    assert after["BTC-LN"]["due"] == "0.00060000"
    assert after["BTC-LN"]["destination"].startswith("lnbcrt600u1")
    assert after["BTC-CHAIN"]["destination"] == before["BTC-CHAIN"]["destination"]
    assert after["BTC-CHAIN"]["due"] == "0.00060000"
    assert after["BTC-CHAIN"]["paymentLink"].endswith("?amount=0.0006")
    assert after["BTC-LN"]["paymentMethodPaid"] == "0.00040000"
    assert after["BTC-CHAIN"]["paymentMethodPaid"] == "0.00000000"
    assert after["BTC-CHAIN"]["totalPaid"] == "0.00040000"
    assert status(sim.pay_invoice(invoice["id"], "BTC-LN")) == ("Settled", "None")


async def test_overpayment(sim, bp, store_path):
    invoice = await create(bp, store_path, amount="50")
    paid = sim.pay_invoice(invoice["id"], "BTC-CHAIN", Decimal("0.0012"))
    assert status(paid) == ("Processing", "PaidOver")
    assert (await methods(bp, store_path, invoice["id"]))["BTC-CHAIN"]["due"] == "-0.00020000"
    assert status(sim.confirm_invoice(invoice["id"])) == ("Settled", "PaidOver")


async def test_expiry_follows_the_clock(bp, store_path, clock):
    invoice = await create(bp, store_path, amount="10", checkout={"expirationMinutes": 5})
    clock.advance(299)
    assert status(await get(bp, store_path, invoice["id"])) == ("New", "None")
    clock.advance(1)
    expired = await get(bp, store_path, invoice["id"])
    assert status(expired) == ("Expired", "None")
    assert expired["availableStatusesForManualMarking"] == ["Settled", "Invalid"]


async def test_partial_then_expired(sim, bp, store_path, clock):
    invoice = await create(bp, store_path, amount="50")
    sim.pay_invoice(invoice["id"], "BTC-LN", Decimal("0.0001"))
    clock.advance(901)
    assert status(await get(bp, store_path, invoice["id"])) == ("Expired", "PaidPartial")


async def test_late_full_payment_is_paid_late_and_never_settles(sim, bp, store_path, clock):
    invoice = await create(bp, store_path, amount="10")
    clock.advance(1000)
    with pytest.raises(SimulatorError) as lightning:
        sim.pay_invoice(invoice["id"], "BTC-LN")  # the BOLT11 expired with the invoice
    assert lightning.value.status == 409
    late = sim.pay_invoice(invoice["id"], "BTC-CHAIN")
    assert status(late) == ("Expired", "PaidLate")
    assert status(sim.confirm_invoice(invoice["id"])) == ("Expired", "PaidLate")


async def test_unconfirmed_at_monitoring_expiration_becomes_invalid(sim, bp, store_path, clock):
    invoice = await create(bp, store_path, amount="10", checkout={"monitoringMinutes": 60})
    sim.pay_invoice(invoice["id"], "BTC-CHAIN")
    clock.advance(900 + 3600 - 1)
    assert status(await get(bp, store_path, invoice["id"])) == ("Processing", "None")
    clock.advance(1)
    assert status(await get(bp, store_path, invoice["id"])) == ("Invalid", "None")
    assert status(sim.confirm_invoice(invoice["id"])) == ("Invalid", "None")  # too late
    with pytest.raises(SimulatorError):
        sim.pay_invoice(invoice["id"], "BTC-CHAIN", Decimal("0.0001"))  # nobody watches now


async def test_mark_invalid_then_a_payment_is_still_recorded(sim, bp, store_path):
    invoice = await create(bp, store_path, amount="10")
    marked = await bp.post(
        f"{store_path}/invoices/{invoice['id']}/status", json={"status": "Invalid"}
    )
    # 2.3.6+ answers with the invoice as it was before the mark; a GET shows the mark.
    assert status(marked.json()) == ("New", "None")
    marked = await get(bp, store_path, invoice["id"])
    assert status(marked) == ("Invalid", "Marked")
    assert marked["availableStatusesForManualMarking"] == ["Settled"]
    paid = sim.pay_invoice(invoice["id"], "BTC-LN")
    assert status(paid) == ("Invalid", "Marked") and paid["paidAmount"] == "10.00"
    again = await bp.post(
        f"{store_path}/invoices/{invoice['id']}/status", json={"status": "Settled"}
    )
    assert status(again.json()) == ("Invalid", "Marked")
    again = await get(bp, store_path, invoice["id"])
    assert status(again) == ("Settled", "Marked")
    assert again["availableStatusesForManualMarking"] == ["Invalid"]


async def test_expired_can_be_marked_settled(bp, store_path, clock):
    invoice = await create(bp, store_path, amount="10")
    clock.advance(901)
    marked = await bp.post(
        f"{store_path}/invoices/{invoice['id']}/status", json={"status": "Settled"}
    )
    assert status(marked.json()) == ("Expired", "None")  # the body is from before the mark
    assert status(await get(bp, store_path, invoice["id"])) == ("Settled", "Marked")


@pytest.mark.parametrize("target", ["Settled", "Invalid", "Complete", None])
async def test_marking_a_settled_invoice_is_refused_with_the_status_path(
    sim, bp, store_path, target
):
    invoice = await create(bp, store_path, amount="10")
    sim.pay_invoice(invoice["id"])
    response = await bp.post(
        f"{store_path}/invoices/{invoice['id']}/status", json={"status": target}
    )
    assert response.status_code == 422
    assert response.json() == [
        {
            "path": "Status",
            "message": "Status can only be marked to invalid or settled within certain conditions.",
        }
    ]


async def test_expire_control_moves_expiry_to_now_and_keeps_the_monitoring_window(
    sim, bp, store_path, clock
):
    invoice = await create(bp, store_path, amount="10", checkout={"monitoringMinutes": 30})
    clock.advance(10)
    expired = sim.expire_invoice(invoice["id"])
    now = int(clock.now())
    assert status(expired) == ("Expired", "None")
    assert expired["expirationTime"] == now and expired["monitoringExpiration"] == now + 1800


async def test_pay_refuses_impossible_payments(sim, bp, store_path):
    with pytest.raises(SimulatorError) as unknown:
        sim.pay_invoice("nope")
    assert unknown.value.status == 404
    only_ln = await create(bp, store_path, amount="1", checkout={"paymentMethods": ["BTC-LN"]})
    with pytest.raises(SimulatorError):
        sim.pay_invoice(only_ln["id"], "BTC-CHAIN")
    sim.pay_invoice(only_ln["id"])
    with pytest.raises(SimulatorError):
        sim.pay_invoice(only_ln["id"])  # nothing due any more
