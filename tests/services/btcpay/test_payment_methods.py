"""An invoice's payment methods as 1.x and 2.x servers name them, classified and chosen by kind."""

from __future__ import annotations

from decimal import Decimal

import pytest

from boxoffice.services.btcpay.payment_methods import (
    classify_payment_method,
    payment_method_ids_for,
)
from tests.services.btcpay.answers import (
    BECH32_ADDRESS,
    BOLT11,
    INVOICE_ID,
    INVOICE_PATH,
    LNURL,
    lightning_method_json,
    lnurl_method_json,
    onchain_method_json,
    payment_json,
)


async def test_payment_methods_2x(api, client):
    paid = payment_json()
    api.get(f"{INVOICE_PATH}/payment-methods").respond(
        json=[
            onchain_method_json(payments=[paid], paymentMethodPaid="0.0002", due="0.00024007"),
            lightning_method_json(),
            lnurl_method_json(),
        ]
    )
    onchain, lightning, lnurl = await client.get_payment_methods(INVOICE_ID)
    assert (onchain.kind, lightning.kind, lnurl.kind) == ("onchain", "lightning", "lnurl")
    assert onchain.payment_method_id == "BTC-CHAIN"
    assert onchain.currency == "BTC"
    assert onchain.destination == BECH32_ADDRESS
    assert onchain.rate == Decimal("28403.73")
    assert onchain.due == Decimal("0.00024007")
    assert onchain.fee == Decimal(0)
    assert onchain.payments[0].value == Decimal("0.0002")
    assert onchain.payments[0].fee == Decimal("0.00000141")
    assert onchain.payments[0].status == "Settled"
    assert onchain.payments[0].received_date == 1767225700
    assert lightning.destination == BOLT11
    assert lnurl.destination is None  # empty until a wallet asks for a BOLT11
    assert lnurl.payment_link == f"lightning:{LNURL}"


async def test_payment_methods_1x_field_names_and_ids(api, client):
    api.get(f"{INVOICE_PATH}/payment-methods").respond(
        json=[
            {
                "paymentMethod": "BTC",
                "cryptoCode": "BTC",
                "destination": BECH32_ADDRESS,
                "paymentLink": f"bitcoin:{BECH32_ADDRESS}?amount=0.001",
                "rate": "30000",
                "paymentMethodPaid": "0",
                "totalPaid": "0",
                "due": "0.001",
                "amount": "0.001",
                "networkFee": "0.00000500",
                "payments": [],
                "activated": True,
            },
            {
                "paymentMethod": "BTC-LightningNetwork",
                "cryptoCode": "BTC",
                "destination": BOLT11,
                "paymentLink": f"lightning:{BOLT11}",
                "rate": "30000",
                "paymentMethodPaid": "0",
                "totalPaid": "0",
                "due": "0.001",
                "amount": "0.001",
                "networkFee": "0",
                "payments": [],
                "activated": False,
            },
        ]
    )
    onchain, lightning = await client.get_payment_methods(INVOICE_ID)
    assert (onchain.payment_method_id, onchain.kind) == ("BTC", "onchain")
    assert (lightning.payment_method_id, lightning.kind) == ("BTC-LightningNetwork", "lightning")
    assert onchain.currency == "BTC"
    assert onchain.fee == Decimal("0.000005")
    assert lightning.activated is False


@pytest.mark.parametrize(
    ("pmid", "kind"),
    [
        ("BTC-CHAIN", "onchain"),
        ("btc-chain", "onchain"),
        ("BTC-OnChain", "onchain"),
        ("BTC_BitcoinLike", "onchain"),
        ("BTC", "onchain"),
        ("LBTC-CHAIN", "onchain"),
        ("BTC-LN", "lightning"),
        ("BTC-LightningNetwork", "lightning"),
        ("BTC_LightningLike", "lightning"),
        ("BTC-LightningLike", "lightning"),
        ("BTC-LNURL", "lnurl"),
        ("BTC-LNURLPAY", "lnurl"),
        ("BTC_LNURLPAY", "lnurl"),
        ("btc-lnurlpay", "lnurl"),
        ("XMR-MoneroLike", "other"),
        ("BTC-Boltcard-Plugin", "other"),
        ("", "other"),
    ],
)
def test_classify_payment_method(pmid, kind):
    assert classify_payment_method(pmid) == kind


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("2.4.1", ["BTC-CHAIN", "BTC-LN"]),
        ("2.0.0", ["BTC-CHAIN", "BTC-LN"]),
        ("1.13.7", ["BTC", "BTC-LightningNetwork"]),
        ("v1.7.5", ["BTC", "BTC-LightningNetwork"]),
        (None, ["BTC-CHAIN", "BTC-LN"]),
    ],
)
def test_payment_method_ids_for_server_version(version, expected):
    assert payment_method_ids_for(version, ["onchain", "lightning"]) == expected


def test_payment_method_ids_for_rejects_unknown_kinds_and_dedupes():
    assert payment_method_ids_for("2.4.1", ["lightning", "lightning"]) == ["BTC-LN"]
    assert payment_method_ids_for("1.13.7", ["lnurl"]) == ["BTC-LNURLPAY"]
    with pytest.raises(ValueError):
        payment_method_ids_for("2.4.1", ["cash"])
