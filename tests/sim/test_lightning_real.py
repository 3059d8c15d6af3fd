"""The simulator's BOLT11s and addresses pass independent decoders.

BOLT11: the `bolt11` package (PyPI) decodes them, recovers the node id from the signature and
verifies it with libsecp256k1 (through `coincurve`). Addresses: the `bech32` package is the
BIP-173 reference implementation (sipa's `segwit_addr`).
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from random import Random

import bech32 as reference
import bolt11 as decoder
import pytest
from coincurve import PublicKey

from boxoffice.sim import ManualClock, Simulator
from boxoffice.sim import bech32 as ours
from boxoffice.sim.lightning import bolt11, node_secret, public_key, sign_recoverable


@pytest.fixture
def sim() -> Simulator:
    return Simulator(clock=ManualClock(), random_seed=7)


def _lightning(sim: Simulator, invoice) -> str:
    return next(m for m in invoice.methods if m.id == "BTC-LN").destination


def test_a_simulated_bolt11_decodes_and_its_signature_verifies(sim):
    invoice = sim.btcpay.create_invoice({"amount": "26.50", "metadata": {"orderId": "S-1"}})
    text = _lightning(sim, invoice)
    assert text.startswith("lnbcrt530u1")
    decoded = decoder.decode(text)
    assert decoded.currency == "bcrt"
    assert decoded.amount_msat == 53_000_000  # 0.00053 BTC
    assert decoded.date == invoice.created
    assert decoded.expiry == invoice.expiration - invoice.created
    assert decoded.description == "Paid to Riverside Arts Centre (Order ID: S-1)"
    assert decoded.min_final_cltv_expiry == 18
    assert len(bytes.fromhex(decoded.payment_hash)) == 32
    assert len(bytes.fromhex(decoded.payment_secret)) == 32
    assert decoded.payee == sim.btcpay.node_id  # recovered from the signature
    assert decoded.signature.verify(sim.btcpay.node_id)


def test_the_signature_is_over_the_hrp_and_data_as_bolt11_says():
    digest = hashlib.sha256(b"lnbcrt1" + bytes(range(40))).digest()
    secret = node_secret("x")
    signature = sign_recoverable(secret, digest)
    recovered = PublicKey.from_signature_and_message(signature, digest, hasher=None)
    assert recovered.format(compressed=True) == public_key(secret)
    assert (
        int.from_bytes(signature[32:64], "big")
        <= (2**256 - 0x14551231950B75FC4402DA1732FC9BEBF) // 2
    )


def test_a_changed_character_breaks_the_invoice(sim):
    text = _lightning(sim, sim.btcpay.create_invoice({"amount": "1"}))
    i = len(text) // 2
    broken = text[:i] + ("q" if text[i] != "q" else "p") + text[i + 1 :]
    with pytest.raises(Exception):  # noqa: B017 - any refusal: checksum or signature
        decoder.decode(broken)


@pytest.mark.parametrize("amount", ["0.00000001", "0.0000000123", "1.5", "0.001"])
def test_amounts_decode_exactly_or_round_up_to_a_millisatoshi(amount):
    text = bolt11(
        Decimal(amount),
        timestamp=1_780_315_200,
        expiry_seconds=900,
        description="d",
        payment_hash=bytes(32),
        rng=Random(1),
    )
    decoded = decoder.decode(text)
    wanted = Decimal(amount) * 10**11  # msat
    assert decoded.amount_msat == int(-(-wanted // 1))
    assert decoded.payee == public_key(node_secret("default")).hex()


def test_the_new_bolt11_after_a_partial_payment_is_signed_too(sim):
    invoice = sim.btcpay.create_invoice({"amount": "50"})
    old = _lightning(sim, invoice)
    sim.btcpay.pay(invoice.id, "BTC-LN", Decimal("0.0004"))
    sim.clock.advance(sim.btcpay.bolt11_renewal_seconds)
    sim.btcpay._renew_bolt11s(invoice)
    new = _lightning(sim, invoice)
    assert new != old
    decoded = decoder.decode(new)
    assert decoded.amount_msat == 60_000_000 and decoded.payee == sim.btcpay.node_id


def test_simulated_addresses_decode_with_the_bip173_reference(sim):
    invoice = sim.btcpay.create_invoice({"amount": "1"})
    address = next(m for m in invoice.methods if m.id == "BTC-CHAIN").destination
    assert address.startswith("bcrt1q")
    version, program = reference.decode("bcrt", address)
    assert version == 0 and len(program) == 20
    assert ours.decode_segwit_address("bcrt", address) == (0, bytes(program))


# BIP-173 test vectors (github.com/bitcoin/bips, bip-0173.mediawiki).
VALID_BECH32 = [
    "A12UEL5L",
    "a12uel5l",
    "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
    "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
    "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
    "?1ezyfcl",
]
INVALID_BECH32 = [
    "pzry9x0s0muk",
    "1pzry9x0s0muk",
    "x1b4n0q5v",
    "li1dgmt3",
    "A1G7SGD8",
    "10a06t8",
    "1qzzfhee",
]
VALID_SEGWIT = [
    ("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "bc"),
    ("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7", "tb"),
    ("tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy", "tb"),
]


@pytest.mark.parametrize("text", VALID_BECH32)
def test_bip173_valid_strings(text):
    hrp, data = ours.decode(text)
    assert ours.encode(hrp, data) == text.lower()


@pytest.mark.parametrize("text", INVALID_BECH32)
def test_bip173_invalid_strings(text):
    with pytest.raises(ValueError):
        ours.decode(text)


@pytest.mark.parametrize(("address", "hrp"), VALID_SEGWIT)
def test_bip173_segwit_v0_addresses(address, hrp):
    version, program = ours.decode_segwit_address(hrp, address)
    assert (version, list(program)) == reference.decode(hrp, address)
    assert ours.segwit_address(hrp, version, program) == address.lower()
