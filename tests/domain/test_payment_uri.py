"""Payment texts: link versions as the server spells them, QR versions cased as BTCPay's checkout
does it (BTCPay Server's checkout, BTCPayServer/Views/UIInvoice/Checkout.cshtml)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from boxoffice.domain.payment_uri import PaymentUris, build_payment_uris, qr_text
from boxoffice.services.btcpay.models import InvoicePaymentMethod
from tests.services.btcpay.answers import (
    BECH32_ADDRESS,
    BOLT11,
    LNURL,
    lightning_method_json,
    lnurl_method_json,
    onchain_method_json,
)

BASE58_P2PKH = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"
BASE58_P2SH = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"
TAPROOT = "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297"
# BTCPay percent-encodes the payjoin endpoint in the BIP21; an unencoded one must survive too.
PAYJOIN = "https%3A%2F%2Fbtcpay.example.com%2FBTC%2Fpj"
RAW_PAYJOIN = "https://btcpay.example.com/BTC/pj?v=1&Token=AbC"


def method(data: dict) -> InvoicePaymentMethod:
    return InvoicePaymentMethod.from_api(data)


def onchain(address: str = BECH32_ADDRESS, link: str | None = None, **changes):
    link = link if link is not None else f"bitcoin:{address}?amount=0.00044007"
    return method(onchain_method_json(destination=address, paymentLink=link, **changes))


def lightning(**changes):
    return method(lightning_method_json(**changes))


def lnurl(**changes):
    return method(lnurl_method_json(**changes))


def test_unified_bech32_and_bolt11():
    uris = build_payment_uris([onchain(), lightning()])
    assert uris.unified_link == (f"bitcoin:{BECH32_ADDRESS}?amount=0.00044007&lightning={BOLT11}")
    assert uris.unified_qr == (
        f"bitcoin:{BECH32_ADDRESS.upper()}?amount=0.00044007&lightning={BOLT11.upper()}"
    )
    assert uris.lightning_link == f"lightning:{BOLT11}"
    assert uris.lightning_qr == f"lightning:{BOLT11.upper()}"
    assert uris.onchain_link == f"bitcoin:{BECH32_ADDRESS}?amount=0.00044007"
    assert uris.onchain_qr == f"bitcoin:{BECH32_ADDRESS.upper()}?amount=0.00044007"
    assert uris.btc_due == Decimal("0.00044007")


def test_order_of_methods_does_not_matter():
    assert build_payment_uris([lightning(), onchain()]) == build_payment_uris(
        [onchain(), lightning()]
    )


def test_taproot_address_is_upper_cased_in_the_qr_only():
    uris = build_payment_uris([onchain(TAPROOT)])
    assert uris.onchain_link == f"bitcoin:{TAPROOT}?amount=0.00044007"
    assert uris.onchain_qr == f"bitcoin:{TAPROOT.upper()}?amount=0.00044007"


def test_base58_addresses_keep_their_case():
    for address in (BASE58_P2PKH, BASE58_P2SH):
        uris = build_payment_uris([onchain(address), lightning()])
        assert uris.unified_qr == (
            f"bitcoin:{address}?amount=0.00044007&lightning={BOLT11.upper()}"
        )


def test_testnet_and_regtest_bech32_are_upper_cased():
    for address in ("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx", "bcrt1qs758ursh4q9z627kt3pp5"):
        assert qr_text(f"bitcoin:{address}") == f"bitcoin:{address.upper()}"


def test_payjoin_parameter_is_kept_as_is():
    link = f"bitcoin:{BECH32_ADDRESS}?amount=0.001&pj={PAYJOIN}"
    uris = build_payment_uris([onchain(link=link), lightning()])
    assert uris.unified_link == f"{link}&lightning={BOLT11}"
    assert uris.unified_qr == (
        f"bitcoin:{BECH32_ADDRESS.upper()}?amount=0.001&pj={PAYJOIN}&lightning={BOLT11.upper()}"
    )


def test_unencoded_payjoin_url_with_its_own_query_is_kept_as_is():
    link = f"bitcoin:{BECH32_ADDRESS}?amount=0.001&pj={RAW_PAYJOIN}"
    uris = build_payment_uris([onchain(link=link)])
    assert uris.onchain_qr == f"bitcoin:{BECH32_ADDRESS.upper()}?amount=0.001&pj={RAW_PAYJOIN}"


def test_lnurl_is_the_fallback_without_bolt11():
    uris = build_payment_uris([onchain(), lnurl()])
    assert uris.lightning_link == f"lightning:{LNURL}"
    assert uris.lightning_qr == f"lightning:{LNURL.upper()}"
    assert uris.unified_link == f"bitcoin:{BECH32_ADDRESS}?amount=0.00044007&lightning={LNURL}"
    assert uris.unified_qr.endswith(f"&lightning={LNURL.upper()}")


def test_bolt11_is_preferred_over_lnurl():
    uris = build_payment_uris([lnurl(), onchain(), lightning()])
    assert uris.lightning_link == f"lightning:{BOLT11}"


def test_lnurlp_url_stays_apart_from_the_bip21():
    url = "lnurlp://btcpay.example.com/BTC/UILNURL/pay/i/HMprBnL9BTXWuPvpoKBS6e"
    uris = build_payment_uris([onchain(), lnurl(paymentLink=url)])
    assert uris.lightning_link == url
    assert uris.lightning_qr == url  # a URL with a path must not change case
    assert uris.unified_link == f"bitcoin:{BECH32_ADDRESS}?amount=0.00044007"


def test_lightning_only_when_there_is_no_onchain_method():
    uris = build_payment_uris([lightning()])
    assert uris.unified_link == f"lightning:{BOLT11}"
    assert uris.unified_qr == f"lightning:{BOLT11.upper()}"
    assert uris.onchain_link is None
    assert uris.onchain_qr is None
    assert uris.btc_due == Decimal("0.00044007")


def test_plain_bip21_when_there_is_no_lightning():
    uris = build_payment_uris([onchain()])
    assert uris.unified_link == f"bitcoin:{BECH32_ADDRESS}?amount=0.00044007"
    assert uris.lightning_link is None
    assert uris.lightning_qr is None


def test_methods_not_activated_or_without_destination_are_skipped():
    uris = build_payment_uris(
        [
            onchain(activated=False),
            lightning(destination="", paymentLink=""),
            lnurl(paymentLink=""),
        ]
    )
    assert uris == PaymentUris(None, None, None, None, None, None, None)


def test_not_activated_lightning_leaves_the_plain_bip21():
    uris = build_payment_uris([onchain(), lightning(activated=False)])
    assert uris.unified_link == f"bitcoin:{BECH32_ADDRESS}?amount=0.00044007"


def test_other_chains_are_ignored():
    liquid = method(
        onchain_method_json(
            paymentMethodId="LBTC-CHAIN",
            currency="LBTC",
            destination="VJLCbLBTCaddress",
            paymentLink="liquidnetwork:VJLCbLBTCaddress?amount=1",
        )
    )
    uris = build_payment_uris([liquid, lightning()])
    assert uris.onchain_link is None
    assert uris.unified_link == f"lightning:{BOLT11}"


def test_1x_payment_method_ids():
    old_onchain = method(
        {
            "paymentMethod": "BTC",
            "cryptoCode": "BTC",
            "destination": BASE58_P2SH,
            "paymentLink": f"bitcoin:{BASE58_P2SH}?amount=0.001",
            "due": "0.001",
            "amount": "0.001",
            "activated": True,
        }
    )
    old_ln = method(
        {
            "paymentMethod": "BTC-LightningNetwork",
            "cryptoCode": "BTC",
            "destination": BOLT11,
            "paymentLink": f"lightning:{BOLT11}",
            "due": "0.001",
            "amount": "0.001",
            "activated": True,
        }
    )
    uris = build_payment_uris([old_onchain, old_ln])
    assert uris.unified_link == f"bitcoin:{BASE58_P2SH}?amount=0.001&lightning={BOLT11}"
    assert uris.btc_due == Decimal("0.001")


def test_onchain_without_payment_link_gets_a_bip21_built_from_the_due():
    uris = build_payment_uris([onchain(link="", due="0.00050000")])
    assert uris.onchain_link == f"bitcoin:{BECH32_ADDRESS}?amount=0.0005"


def test_fully_paid_onchain_without_link_has_no_amount():
    uris = build_payment_uris([onchain(link="", due="0")])
    assert uris.onchain_link == f"bitcoin:{BECH32_ADDRESS}"


def test_qr_text_lowercases_scheme_and_parameter_names():
    assert qr_text(f"BITCOIN:{BECH32_ADDRESS}?Amount=1&LIGHTNING={BOLT11}") == (
        f"bitcoin:{BECH32_ADDRESS.upper()}?amount=1&lightning={BOLT11.upper()}"
    )
    assert qr_text(f"LIGHTNING:{BOLT11}") == f"lightning:{BOLT11.upper()}"


def test_qr_text_leaves_a_lightning_address_alone():
    assert qr_text("lightning:lnbits@example.com") == "lightning:lnbits@example.com"


# -- properties ---------------------------------------------------------------------------

_BECH32_CHARS = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BASE58_CHARS = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

bech32_addresses = st.builds(
    lambda hrp, data: f"{hrp}1{data}",
    st.sampled_from(["bc", "tb", "bcrt"]),
    st.text(alphabet=_BECH32_CHARS, min_size=38, max_size=58),
)
base58_addresses = st.builds(
    lambda lead, data: lead + data,
    st.sampled_from(["1", "3", "m", "n", "2"]),
    st.text(alphabet=_BASE58_CHARS, min_size=25, max_size=33),
)
bolt11s = st.builds(
    lambda hrp, amount, data: f"{hrp}{amount}1{data}",
    st.sampled_from(["lnbc", "lntb", "lnbcrt"]),
    st.sampled_from(["", "10u", "440070n", "2500m"]),
    st.text(alphabet=_BECH32_CHARS, min_size=100, max_size=300),
)
amounts = st.decimals(min_value=Decimal("0.00000001"), max_value=Decimal(21_000_000), places=8)
payjoins = st.none() | st.sampled_from([PAYJOIN, RAW_PAYJOIN, "https://Shop.Example/pj?Token=XyZ"])


@given(
    address=bech32_addresses | base58_addresses,
    amount=amounts,
    bolt11=st.none() | bolt11s,
    payjoin=payjoins,
)
def test_qr_differs_from_link_only_in_case(address, amount, bolt11, payjoin):
    link = f"bitcoin:{address}?amount={format(amount, 'f')}"
    if payjoin:
        link += f"&pj={payjoin}"
    methods = [onchain(address, link=link, due=format(amount, "f"))]
    if bolt11:
        methods.append(lightning(destination=bolt11, paymentLink=f"lightning:{bolt11}"))
    uris = build_payment_uris(methods)

    assert uris.unified_qr.upper() == uris.unified_link.upper()
    assert uris.unified_link.startswith(link)  # the server's link, unchanged
    assert uris.unified_qr.startswith("bitcoin:")
    assert f"amount={format(amount, 'f')}" in uris.unified_qr
    if payjoin:
        assert f"pj={payjoin}" in uris.unified_qr
    if bolt11:
        assert uris.unified_qr.endswith(f"&lightning={bolt11.upper()}")
        assert uris.lightning_qr == f"lightning:{bolt11.upper()}"
    if address[0] in "123mn":
        assert f"bitcoin:{address}?" in uris.unified_qr  # base58: case carries meaning
    else:
        assert f"bitcoin:{address.upper()}?" in uris.unified_qr
