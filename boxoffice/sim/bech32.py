"""Bech32 (BIP 173) encoding, so simulated addresses and Lightning invoices are well formed.

Wallet libraries and QR decoders check the checksum; a made-up `bcrt1q...` string would be
refused by anything that validates it. The algorithm is the reference one from BIP 173.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: Iterable[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATOR):
            checksum ^= generator if (top >> i) & 1 else 0
    return checksum


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _create_checksum(hrp: str, data: Sequence[int]) -> list[int]:
    polymod = _polymod([*_hrp_expand(hrp), *data, 0, 0, 0, 0, 0, 0]) ^ 1
    return [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]


def verify_checksum(hrp: str, data: Sequence[int]) -> bool:
    return _polymod([*_hrp_expand(hrp), *data]) == 1


def encode(hrp: str, data: Sequence[int]) -> str:
    """Bech32 string of 5-bit `data` under the human-readable part `hrp` (no length limit)."""
    combined = [*data, *_create_checksum(hrp, data)]
    return hrp + "1" + "".join(CHARSET[d] for d in combined)


def decode(text: str) -> tuple[str, list[int]]:
    """Split and check a bech32 string; raises ValueError when it is not valid."""
    if text.lower() != text and text.upper() != text:
        raise ValueError("mixed case")
    text = text.lower()
    pos = text.rfind("1")
    if pos < 1 or pos + 7 > len(text):
        raise ValueError("no separator or too short")
    hrp, rest = text[:pos], text[pos + 1 :]
    if any(c not in CHARSET for c in rest):
        raise ValueError("invalid character")
    data = [CHARSET.find(c) for c in rest]
    if not verify_checksum(hrp, data):
        raise ValueError("bad checksum")
    return hrp, data[:-6]


def convertbits(data: Iterable[int], frombits: int, tobits: int, pad: bool = True) -> list[int]:
    """Regroup a sequence of `frombits`-bit values into `tobits`-bit values."""
    acc = 0
    bits = 0
    out: list[int] = []
    maxv = (1 << tobits) - 1
    for value in data:
        if value < 0 or value >> frombits:
            raise ValueError("value out of range")
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (tobits - bits)) & maxv)
    elif bits >= frombits or ((acc << (tobits - bits)) & maxv):
        raise ValueError("invalid padding")
    return out


def segwit_address(hrp: str, witness_version: int, program: bytes) -> str:
    """A SegWit v0 address (`bc1q...`, `bcrt1q...`) for a 20- or 32-byte witness program."""
    if witness_version != 0:
        raise ValueError("only witness version 0 (bech32, not bech32m) is supported")
    if len(program) not in (20, 32):
        raise ValueError("a v0 witness program is 20 or 32 bytes")
    return encode(hrp, [witness_version, *convertbits(program, 8, 5)])


def decode_segwit_address(hrp: str, address: str) -> tuple[int, bytes]:
    """(witness version, program) of a v0 address, or ValueError."""
    got_hrp, data = decode(address)
    if got_hrp != hrp or not data:
        raise ValueError("wrong network")
    program = bytes(convertbits(data[1:], 5, 8, pad=False))
    if data[0] != 0 or len(program) not in (20, 32):
        raise ValueError("not a v0 witness program")
    return data[0], program
