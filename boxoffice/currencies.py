"""The one currency table of Box Office and its simulator: decimals of each currency's minor unit.

A data module with no imports from Box Office, so that both `boxoffice.domain.money` (the core) and
`boxoffice.sim` (which otherwise imports nothing of Box Office: it stands for the real services)
can use it without the simulator depending on the code it tests.

Exponents are ISO 4217's (the ISO 4217 amendment list, as shipped in e.g. Python's babel and
BTCPay Server's BTCPayServer.Rating/Currencies.json): GBP 2, JPY 0, BHD 3. HUF and TWD are 2 in
ISO 4217 although card processors often charge them in whole units; which of the two Ticket
Tailor uses is not known.

What Ticket Tailor itself uses as minor unit is its order `currency.base_multiplier`. Seen live
only for EUR (`{"base_multiplier": 100, "code": "eur"}`, responses of api.tickettailor.com
recorded 13 April 2025); `TT_MULTIPLIER_VERIFIED` lists what has been seen. For any other
currency with an exponent other than 2 the multiplier is an assumption (10 ** exponent).
"""

from __future__ import annotations

#: ISO 4217 exponents that are not 2. Everything else (and anything unknown) has 2.
EXPONENTS: dict[str, int] = {
    **dict.fromkeys(
        (
            "BIF",
            "CLP",
            "DJF",
            "GNF",
            "ISK",
            "JPY",
            "KMF",
            "KRW",
            "PYG",
            "RWF",
            "UGX",
            "UYI",
            "VND",
            "VUV",
            "XAF",
            "XOF",
            "XPF",
            "SATS",
        ),
        0,
    ),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
    **dict.fromkeys(("CLF", "UYW"), 4),
    # Named although they have the default 2: they are the ones most often taken for 0.
    "HUF": 2,
    "TWD": 2,
    "BTC": 8,
}

#: Currencies whose Ticket Tailor `base_multiplier` was seen in a live response.
TT_MULTIPLIER_VERIFIED: dict[str, int] = {"EUR": 100}


def minor_unit_exponent(code: str) -> int:
    """Decimals of the currency's minor unit (GBP 2, JPY 0, BHD 3); unknown codes have 2."""
    return EXPONENTS.get(code.strip().upper(), 2)


def tt_multiplier_verified(code: str) -> bool:
    """Whether Ticket Tailor's minor unit for this currency is known rather than assumed.

    2-decimal currencies are taken as known: every one seen (EUR live; GBP, USD in docs
    examples) uses 100.
    """
    code = code.strip().upper()
    if code in TT_MULTIPLIER_VERIFIED:
        return True
    return minor_unit_exponent(code) == 2 and code not in ("HUF", "TWD")
