"""Exact money: amounts are `Decimal` in major units or `int` minor units, never float.

Ticket Tailor sends prices as integers in the currency's minor unit (developers.tickettailor.com:
"cents (or equivalent)"; live orders: `price 1450` = EUR 14.50, `base_multiplier 100`) and BTCPay
takes and returns decimal strings (BTCPay Server Greenfield API). Converting between the two
needs the currency's real ISO 4217 exponent: GBP has 2 decimals, JPY none, BHD three. Assuming 100
(as the web plugin does) charges a Japanese customer a hundredth of the price.
"""

from __future__ import annotations

import decimal
import locale
import re
from decimal import Decimal, InvalidOperation

# One currency table with the simulator (boxoffice.currencies): JPY 0, BHD 3, HUF/TWD 2.
from boxoffice.currencies import minor_unit_exponent
from boxoffice.words import Amount

# Symbols only where one symbol means one currency at a door in practice; "$" could be any
# of a dozen dollars, so those are written with their ISO code.
_SYMBOLS = {"GBP": "£", "EUR": "€", "JPY": "¥"}


def currency_exponent(code: str) -> int:
    """Number of decimals of the currency's minor unit (GBP 2, JPY 0, BHD 3, BTC 8)."""
    return minor_unit_exponent(code)


#: Digits before the decimal point beyond which an amount is not money but a typo or damage.
#: Arithmetic in the default decimal context keeps only 28 significant digits and would
#: silently round such an amount (docs.python.org/3/library/decimal.html, "prec").
MAX_WHOLE_DIGITS = 18


def _quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-currency_exponent(currency))


def _exact_context(amount: Decimal, exponent: int) -> decimal.Context:
    """A context precise enough to give `amount` `exponent` decimals without rounding digits
    away (quantize signals InvalidOperation when the default 28 digits are too few)."""
    digits = max(amount.adjusted(), 0) + exponent + 2
    return decimal.Context(prec=max(28, digits), Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)


def from_minor(minor: int, currency: str) -> Decimal:
    """Minor units to a Decimal with exactly the currency's decimals: 2500 GBP -> 25.00."""
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise TypeError(f"minor units must be an int, not {type(minor).__name__}")
    # Built from its digits, not with scaleb, which rounds to the context's 28 digits.
    sign, digits, _ = Decimal(minor).as_tuple()
    return Decimal((sign, digits, -currency_exponent(currency)))


def to_minor(amount: Decimal, currency: str) -> int:
    """A Decimal amount to integer minor units, exactly.

    Raises ValueError when the amount has more decimals than the currency allows
    (e.g. 12.505 GBP, or 1500.5 JPY) or is not a finite number.
    """
    if not isinstance(amount, Decimal):
        raise TypeError(f"amount must be a Decimal, not {type(amount).__name__}")
    if not amount.is_finite():
        raise ValueError(f"{amount} is not an amount of money")
    if amount.is_zero():
        return 0
    if amount.adjusted() >= MAX_WHOLE_DIGITS:
        raise ValueError(f"{amount} is too large to be an amount of money")
    # From the digits, exactly: scaleb and to_integral_value round to the context's precision.
    sign, digits, exponent = amount.as_tuple()
    assert isinstance(exponent, int)  # finite
    shift = exponent + currency_exponent(currency)
    coefficient = int("".join(map(str, digits)))
    if -shift > len(digits):  # even the first digit is below the minor unit
        raise ValueError(f"{amount} has more decimals than {currency.upper()} allows")
    if shift < 0:
        coefficient, rest = divmod(coefficient, 10**-shift)
        if rest:
            raise ValueError(f"{amount} has more decimals than {currency.upper()} allows")
    else:
        coefficient *= 10**shift
    return -coefficient if sign else coefficient


def normalize(amount: Decimal, currency: str) -> Decimal:
    """The same amount with exactly the currency's decimals (exact; ValueError otherwise)."""
    return from_minor(to_minor(amount, currency), currency)


def api_amount(amount: Decimal, currency: str) -> str:
    """The decimal string BTCPay expects: "12.50" for GBP, "1500" for JPY (never exponent form)."""
    return f"{normalize(amount, currency):f}"


def format_money(amount: Decimal, currency: str, *, locale_free: bool = True) -> str:
    """A price for people: "£25.00", "¥1,500", "€3.50", "USD 4.00".

    With `locale_free=False` the digits are grouped with the current LC_NUMERIC convention.
    """
    code = currency.strip().upper()
    exponent = currency_exponent(code)
    if amount.is_nan():
        # Not an amount at all (a damaged record, say): shown as such rather than failing.
        sign, digits = "", "NaN"
    else:
        context = _exact_context(amount, exponent)
        value = amount.quantize(_quantum(code), context=context) if amount.is_finite() else amount
        sign = "-" if value < 0 else ""
        magnitude = abs(value)
        if locale_free:
            digits = f"{magnitude:,.{exponent}f}"
        else:
            digits = locale.format_string(f"%.{exponent}f", magnitude, grouping=True)
    symbol = _SYMBOLS.get(code)
    if symbol:
        return f"{sign}{symbol}{digits}"
    return f"{sign}{code} {digits}" if code else f"{sign}{digits}"


def format_btc(amount: Decimal) -> str:
    """A bitcoin amount with all eight decimals: "0.00050000 BTC"."""
    if not amount.is_finite():
        return f"{amount} BTC"
    quantum = Decimal("0.00000001")
    return f"{amount.quantize(quantum, context=_exact_context(amount, 8)):f} BTC"


_PRICE_RE = re.compile(r"^\d+(?:\.\d+)?$")


def parse_price(text: str, currency: str) -> Decimal:
    """An organiser's typed price to an exact Decimal with the currency's decimals.

    "12.5" -> Decimal("12.50") for GBP; "1,500" -> Decimal("1500") for JPY. A comma followed
    by exactly three digits groups thousands; any other single comma is a decimal comma.
    Raises ValueError with a sentence that can be shown as it is.
    """
    code = currency.strip().upper()
    exponent = currency_exponent(code)
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    symbol = _SYMBOLS.get(code)
    if symbol and cleaned.startswith(symbol):
        cleaned = cleaned[len(symbol) :]
    if cleaned.upper().startswith(code):
        cleaned = cleaned[len(code) :]
    if cleaned.startswith("-"):
        raise ValueError("A price cannot be negative.")
    if "." in cleaned:
        cleaned = cleaned.replace(",", "")
    elif cleaned.count(",") == 1 and not re.search(r",\d{3}$", cleaned):
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = re.sub(r",(?=\d{3}(?:,|$))", "", cleaned)
    example = "1500" if exponent == 0 else "12." + "5".ljust(exponent, "0")
    if not cleaned or not _PRICE_RE.match(cleaned):
        raise ValueError(f"Enter a price as a number, such as {example}.")
    if len(cleaned.split(".")[0].lstrip("0")) > MAX_WHOLE_DIGITS:
        raise ValueError("That price is far too large; check the number.")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"Enter a price as a number, such as {example}.") from None
    try:
        return normalize(value, code)
    except ValueError:
        if exponent == 0:
            raise ValueError(f"{code} prices have no decimals.") from None
        raise ValueError(f"{code} prices have at most {exponent} decimals.") from None


def amount_words(amount: Decimal, currency: str) -> Amount:
    """An amount to put in words for people: English as `format_money` writes it, and the
    figures, so the window writes it in its language."""
    return Amount(format_money(amount, currency), amount, currency)
