"""Signed BOLT11 Lightning invoices for the simulator (regtest, `lnbcrt...`).

A real decoder accepts them: the human-readable part carries network and amount, the data part
a timestamp and the tagged fields a node writes (payment hash `p`, payment secret `s`,
description `d`, expiry `x`, min_final_cltv_expiry `c`, features `9`), and the last 65 bytes
are a secp256k1 recoverable signature over SHA-256(hrp bytes || data bytes), as BOLT #11
specifies (github.com/lightning/bolts, 11-payment-encoding.md). The payee's node id is
recovered from the signature. The simulated node's key is made up per store; no real node
holds it, so nothing but the simulator can be paid through these invoices.

The elliptic-curve arithmetic is written out here in plain Python (affine points, RFC 6979
deterministic nonces, low-S signatures) so the simulator needs no compiled library; it signs a
few invoices per sale, where its speed does not matter.
"""

from __future__ import annotations

import hashlib
import hmac
from decimal import Decimal
from random import Random

import boxoffice.sim.bech32 as bech32

# secp256k1 (SEC 2, section 2.4.1)
_P = 2**256 - 2**32 - 977
_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
_G = (
    0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
    0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8,
)

_TAG_PAYMENT_HASH = 1  # 'p'
_TAG_PAYMENT_SECRET = 16  # 's'
_TAG_DESCRIPTION = 13  # 'd'
_TAG_EXPIRY = 6  # 'x'
_TAG_MIN_FINAL_CLTV = 24  # 'c'
_TAG_FEATURES = 5  # '9'
#: var_onion_optin (bit 8) and payment_secret (bit 14), both required, as nodes write them.
_FEATURES = (1 << 8) | (1 << 14)
#: What LND and Core Lightning use unless told otherwise.
DEFAULT_MIN_FINAL_CLTV = 18


# -- secp256k1 -----------------------------------------------------------------------------


def _add(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None:
        return b
    if b is None:
        return a
    if a[0] == b[0] and (a[1] + b[1]) % _P == 0:
        return None
    if a == b:
        slope = 3 * a[0] * a[0] * pow(2 * a[1], -1, _P) % _P
    else:
        slope = (b[1] - a[1]) * pow(b[0] - a[0], -1, _P) % _P
    x = (slope * slope - a[0] - b[0]) % _P
    return x, (slope * (a[0] - x) - a[1]) % _P


def _multiply(k: int, point: tuple[int, int] = _G) -> tuple[int, int]:
    result = None
    addend: tuple[int, int] | None = point
    while k:
        if k & 1:
            result = _add(result, addend)
        addend = _add(addend, addend)
        k >>= 1
    assert result is not None
    return result


def public_key(secret: int) -> bytes:
    """The 33-byte compressed public key (a node id) of a private key."""
    x, y = _multiply(secret)
    return bytes([2 + (y & 1)]) + x.to_bytes(32, "big")


def _rfc6979_nonce(secret: int, digest: bytes) -> int:
    """The deterministic nonce of RFC 6979 section 3.2, HMAC-SHA256."""
    key = secret.to_bytes(32, "big")
    message = (int.from_bytes(digest, "big") % _N).to_bytes(32, "big")
    v, k = b"\x01" * 32, b"\x00" * 32
    k = hmac.new(k, v + b"\x00" + key + message, hashlib.sha256).digest()
    v = hmac.new(k, v, hashlib.sha256).digest()
    k = hmac.new(k, v + b"\x01" + key + message, hashlib.sha256).digest()
    v = hmac.new(k, v, hashlib.sha256).digest()
    while True:
        v = hmac.new(k, v, hashlib.sha256).digest()
        candidate = int.from_bytes(v, "big")
        if 1 <= candidate < _N:
            return candidate
        k = hmac.new(k, v + b"\x00", hashlib.sha256).digest()
        v = hmac.new(k, v, hashlib.sha256).digest()


def sign_recoverable(secret: int, digest: bytes) -> bytes:
    """64-byte r || s (low S) and a 1-byte recovery id, over a 32-byte digest."""
    z = int.from_bytes(digest, "big")
    nonce = _rfc6979_nonce(secret, digest)
    rx, ry = _multiply(nonce)
    r = rx % _N
    s = pow(nonce, -1, _N) * (z + r * secret) % _N
    recovery = (ry & 1) | (2 if rx >= _N else 0)
    if s > _N // 2:  # low S, as nodes and most verifiers require
        s = _N - s
        recovery ^= 1
    return r.to_bytes(32, "big") + s.to_bytes(32, "big") + bytes([recovery])


def node_secret(seed: str) -> int:
    """A made-up node key for a simulated store (the same seed, the same node id)."""
    digest = hashlib.sha256(f"boxoffice-simulated-lightning-node:{seed}".encode()).digest()
    return int.from_bytes(digest, "big") % (_N - 1) + 1


# -- BOLT11 ----------------------------------------------------------------------------------


def _int_words(value: int, length: int | None = None) -> list[int]:
    words: list[int] = []
    while value:
        words.insert(0, value & 31)
        value >>= 5
    if length is not None:
        words = [0] * (length - len(words)) + words
    return words or [0]


def _tagged(tag: int, words: list[int]) -> list[int]:
    return [tag, *_int_words(len(words), 2), *words]


def amount_part(amount_btc: Decimal) -> str:
    """BOLT11 amount: digits and the largest multiplier (m, u, n, p) that keeps them whole.

    A `p` amount must be a multiple of 10 pico-BTC (whole milli-satoshis), so it is rounded
    up to one.
    """
    if amount_btc <= 0:
        return ""
    for multiplier, scale in (("m", 10**3), ("u", 10**6), ("n", 10**9)):
        scaled = amount_btc * scale
        if scaled == scaled.to_integral_value():
            return f"{int(scaled)}{multiplier}"
    pico = -(-int(amount_btc * 10**12) // 10) * 10
    return f"{pico}p"


def _words_to_bytes(words: list[int]) -> bytes:
    return bytes(bech32.convertbits(words, 5, 8, pad=True))


def bolt11(
    amount_btc: Decimal,
    *,
    timestamp: int,
    expiry_seconds: int,
    description: str,
    payment_hash: bytes,
    rng: Random,
    node_key: int | None = None,
    network: str = "bcrt",
    min_final_cltv: int = DEFAULT_MIN_FINAL_CLTV,
) -> str:
    """A signed, lowercase BOLT11 invoice, e.g. `lnbcrt500u1p...` (regtest by default).

    `rng` makes the payment secret; `node_key` is the simulated node's private key (by default
    a fixed made-up one).
    """
    if len(payment_hash) != 32:
        raise ValueError("a payment hash is 32 bytes")
    secret = node_key if node_key is not None else node_secret("default")
    hrp = f"ln{network}{amount_part(amount_btc)}"
    data = _int_words(timestamp, 7)
    data += _tagged(_TAG_PAYMENT_HASH, bech32.convertbits(payment_hash, 8, 5))
    data += _tagged(_TAG_PAYMENT_SECRET, bech32.convertbits(rng.randbytes(32), 8, 5))
    # 639 bytes at most: the length field has 10 bits of 5-bit words (BOLT #11).
    text = description.encode()[:639]
    data += _tagged(_TAG_DESCRIPTION, bech32.convertbits(text, 8, 5))
    data += _tagged(_TAG_EXPIRY, _int_words(max(1, expiry_seconds)))
    data += _tagged(_TAG_MIN_FINAL_CLTV, _int_words(min_final_cltv))
    data += _tagged(_TAG_FEATURES, _int_words(_FEATURES))
    digest = hashlib.sha256(hrp.encode() + _words_to_bytes(data)).digest()
    data += bech32.convertbits(sign_recoverable(secret, digest), 8, 5)  # 520 bits: 104 words
    return bech32.encode(hrp, data)
