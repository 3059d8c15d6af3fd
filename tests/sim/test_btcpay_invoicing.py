"""The simulated BTCPay makes invoices as 2.4.1 does: checked requests, amounts, payment methods."""

from __future__ import annotations

from decimal import Decimal

import pytest

from boxoffice.sim.bech32 import decode, decode_segwit_address
from tests.sim.btcpay_calls import create, methods, status

# -- creating invoices -----------------------------------------------------------------------------


async def test_create_invoice_defaults(sim, bp, store_path, clock):
    invoice = await create(bp, store_path, amount="26.50", metadata={"orderId": "S-1"})
    now = int(clock.now())
    assert status(invoice) == ("New", "None")
    assert invoice["amount"] == "26.50" and invoice["currency"] == "GBP"
    assert invoice["paidAmount"] == "0.00"
    assert invoice["createdTime"] == now
    assert invoice["expirationTime"] == now + 900
    assert invoice["monitoringExpiration"] == now + 900 + 86400
    assert invoice["checkout"]["speedPolicy"] == "MediumSpeed"
    assert invoice["checkout"]["paymentMethods"] == ["BTC-CHAIN", "BTC-LN"]
    assert invoice["checkoutLink"] == f"{sim.btcpay_url}/i/{invoice['id']}"
    assert invoice["availableStatusesForManualMarking"] == ["Settled", "Invalid"]
    assert invoice["metadata"] == {"orderId": "S-1"}


@pytest.mark.parametrize(
    ("amount", "currency", "shown"),
    [
        (12.5, "usd", "12.50"),  # a JSON number works too; the currency is upper-cased
        ("3800.4", "JPY", "3800"),  # JPY has no decimals
        ("12.345", "EUR", "12.35"),
        ("0.004", "USD", "0.004"),  # rounding would change it by 1% or more: kept
    ],
)
async def test_amounts_are_rounded_to_the_currency(bp, store_path, amount, currency, shown):
    invoice = await create(bp, store_path, amount=amount, currency=currency)
    assert invoice["amount"] == shown
    assert invoice["currency"] == currency.upper()


@pytest.mark.parametrize(
    ("body", "path", "message"),
    [
        ({"amount": "-1"}, "amount", "The amount should be 0 or more."),
        ({"amount": "lots"}, "amount", None),
        ({"amount": "1", "checkout": {"expirationMinutes": 0.4}}, "checkout.expirationMinutes",
         "Invalid timespan"),
        ({"amount": "1", "checkout": {"expirationMinutes": "00:00:29"}}, "Checkout.Expiration",
         "Expiration time must be at least 30 seconds"),
        ({"amount": "1", "checkout": {"paymentMethods": ["BTC-CHAIN", "DOGE-CHAIN"]}},
         "Checkout.PaymentMethods[1]", "Invalid PaymentMethodId"),
        ({"amount": "1", "checkout": {"speedPolicy": "Fast"}}, "checkout.speedPolicy", None),
        ({"amount": "1", "checkout": {"paymentTolerance": 101}}, "Checkout.PaymentTolerance", None),
        ({"amount": "1", "metadata": "order 1"}, "metadata", None),
    ],
)  # fmt: skip
async def test_validation_errors_are_a_422_list(bp, store_path, body, path, message):
    response = await bp.post(f"{store_path}/invoices", json=body)
    assert response.status_code == 422
    problems = response.json()
    assert isinstance(problems, list) and set(problems[0]) == {"path", "message"}
    assert problems[0]["path"] == path
    if message:
        assert problems[0]["message"] == message


async def test_half_a_minute_is_the_shortest_expiry(bp, store_path, clock):
    # Half a minute is a TimeSpan string: a JSON 0.5 is refused (TimeSpanJsonConverter.cs).
    invoice = await create(bp, store_path, amount="1", checkout={"expirationMinutes": "00:00:30"})
    assert invoice["expirationTime"] == int(clock.now()) + 30
    assert invoice["checkout"]["expirationMinutes"] == 0  # the echo is truncated minutes


async def test_legacy_payment_method_spellings_are_accepted_as_input(bp, store_path):
    invoice = await create(
        bp, store_path, amount="1", checkout={"paymentMethods": ["BTC", "BTC-LightningNetwork"]}
    )
    assert invoice["checkout"]["paymentMethods"] == ["BTC-CHAIN", "BTC-LN"]
    only_ln = await create(
        bp, store_path, amount="1", checkout={"paymentMethods": ["BTC_LightningLike"]}
    )
    assert only_ln["checkout"]["paymentMethods"] == ["BTC-LN"]


async def test_unknown_currency_gives_400_generic_error(bp, store_path):
    response = await bp.post(f"{store_path}/invoices", json={"amount": "1", "currency": "XYZ"})
    assert response.status_code == 400
    assert response.json()["code"] == "generic-error"


async def test_zero_amount_settles_at_once_with_no_payment_methods(bp, store_path):
    invoice = await create(bp, store_path, amount="0")
    assert status(invoice) == ("Settled", "None")
    assert invoice["checkout"]["paymentMethods"] == []
    assert await methods(bp, store_path, invoice["id"]) == {}


async def test_top_up_invoice_takes_any_amount(sim, bp, store_path):
    invoice = await create(bp, store_path, currency="GBP")
    assert invoice["type"] == "TopUp" and invoice["amount"] == "0.00"
    chain = (await methods(bp, store_path, invoice["id"]))["BTC-CHAIN"]
    assert "amount=" not in chain["paymentLink"]  # nothing is due
    paid = sim.pay_invoice(invoice["id"], "BTC-LN", Decimal("0.001"))
    assert status(paid) == ("Settled", "None") and paid["amount"] == "50.00"


# -- payment methods -------------------------------------------------------------------------------


async def test_payment_methods_have_a_real_address_bip21_and_bolt11(bp, store_path):
    invoice = await create(bp, store_path, amount="50", currency="GBP")
    found = await methods(bp, store_path, invoice["id"])
    chain, ln = found["BTC-CHAIN"], found["BTC-LN"]
    version, program = decode_segwit_address("bcrt", chain["destination"])
    assert version == 0 and len(program) == 20
    assert chain["destination"].startswith("bcrt1q")
    assert chain["rate"] == "50000" and chain["amount"] == "0.00100000"
    assert chain["due"] == "0.00100000" and chain["totalPaid"] == "0.00000000"
    assert chain["paymentLink"] == f"bitcoin:{chain['destination']}?amount=0.001"
    assert ln["destination"].startswith("lnbcrt1m1") and ln["destination"].islower()
    decode(ln["destination"])  # a valid bech32 checksum
    assert ln["paymentLink"] == f"lightning:{ln['destination']}"
    assert chain["activated"] and ln["activated"] and chain["payments"] == []


async def test_btc_amount_is_rounded_up_to_a_satoshi(bp, store_path):
    invoice = await create(bp, store_path, amount="26.50", currency="GBP")
    chain = (await methods(bp, store_path, invoice["id"]))["BTC-CHAIN"]
    assert chain["amount"] == "0.00053000"
    odd = await create(bp, store_path, amount="1.01", currency="JPY")  # 1 yen / 9,000,000
    assert (await methods(bp, store_path, odd["id"]))["BTC-CHAIN"]["amount"] == "0.00000012"


async def test_lazy_payment_methods_wait_for_activation(bp, store_path):
    invoice = await create(bp, store_path, amount="10", checkout={"lazyPaymentMethods": True})
    chain = (await methods(bp, store_path, invoice["id"]))["BTC-CHAIN"]
    # Not activated: destination null, not "" (GreenfieldInvoiceController.cs), link "".
    assert (chain["activated"], chain["destination"], chain["paymentLink"]) == (False, None, "")
    activate = await bp.post(
        f"{store_path}/invoices/{invoice['id']}/payment-methods/BTC-CHAIN/activate"
    )
    assert activate.status_code == 200
    chain = (await methods(bp, store_path, invoice["id"]))["BTC-CHAIN"]
    assert chain["activated"] and chain["destination"].startswith("bcrt1q")
