"""BOLT11-shaped Lightning invoices for the simulator.

The string has the real layout (human-readable part with network and amount, a timestamp,
tagged fields for payment hash, description and expiry, a 65-byte signature field, and a valid
bech32 checksum), so parsers and QR code tools accept it. The signature is random bytes: no node
signed it, and nothing but the simulator can "pay" it.
"""

from __future__ import annotations

from decimal import Decimal
from random import Random

from boxoffice.sim import bech32

_TAG_PAYMENT_HASH = 1  # 'p'
_TAG_DESCRIPTION = 13  # 'd'
_TAG_EXPIRY = 6  # 'x'


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
    """BOLT11 amount: digits and the largest multiplier (m, u, n, p) that keeps them whole."""
    if amount_btc <= 0:
        return ""
    for multiplier, scale in (("m", 10**3), ("u", 10**6), ("n", 10**9), ("p", 10**12)):
        scaled = amount_btc * scale
        if scaled == scaled.to_integral_value():
            return f"{int(scaled)}{multiplier}"
    return f"{int(amount_btc * 10**12)}p"


def bolt11(
    amount_btc: Decimal,
    *,
    timestamp: int,
    expiry_seconds: int,
    description: str,
    payment_hash: bytes,
    rng: Random,
    network: str = "bcrt",
) -> str:
    """A lowercase BOLT11-like invoice string, e.g. `lnbcrt500u1p...` (regtest by default)."""
    hrp = f"ln{network}{amount_part(amount_btc)}"
    data = _int_words(timestamp, 7)
    data += _tagged(_TAG_PAYMENT_HASH, bech32.convertbits(payment_hash, 8, 5))
    data += _tagged(_TAG_DESCRIPTION, bech32.convertbits(description.encode()[:300], 8, 5))
    data += _tagged(_TAG_EXPIRY, _int_words(max(1, expiry_seconds)))
    data += bech32.convertbits(rng.randbytes(65), 8, 5)  # signature + recovery id
    return bech32.encode(hrp, data)
