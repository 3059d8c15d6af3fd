"""Any text typed as a price, any currency code: an exact Decimal or a plain sentence, never float.

tests/domain/test_money.py has the everyday cases; this file throws the shapes a keyboard, a paste
or a damaged file can give (exponents, NaN, unicode digits, thirty-digit numbers) at the parser
and the formatter.
"""

from __future__ import annotations

import string
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from boxoffice.currencies import EXPONENTS
from boxoffice.domain.money import (
    MAX_WHOLE_DIGITS,
    api_amount,
    currency_exponent,
    format_btc,
    format_money,
    from_minor,
    parse_price,
    to_minor,
)

FAST = settings(derandomize=True, deadline=None, max_examples=300)

#: Known codes of every exponent (0, 2, 3, 4, 8), unknown ones, and odd spellings of them.
CODES = st.one_of(
    st.sampled_from(["GBP", "EUR", "JPY", "BHD", "KWD", "CLF", "BTC", "SATS", "HUF", "USD"]),
    st.sampled_from(sorted(EXPONENTS)).map(str.lower),
    st.text(string.ascii_letters, max_size=4),
    st.sampled_from(["", " ", " jpy ", "Gbp", "XXX"]),
)

PRICE_PIECES = st.sampled_from(
    [
        *"0123456789.,-+eE £€¥$ ",
        "NaN",
        "Infinity",
        "inf",
        "sNaN",
        "\u00a0",
        "\u2212",
        "١",
        "٫",
        "１",
        "²",
        "\u200b",
        "\n",
    ]
)
PRICE_TEXT = st.one_of(
    st.lists(PRICE_PIECES, max_size=20).map("".join),
    st.text(max_size=40),
    st.from_regex(r"\A[0-9]{1,40}([.,][0-9]{0,12})?\Z"),
)

#: Every plain sentence parse_price gives, so that no Python error text can get through.
SENTENCES = (
    "Enter a price as a number, such as ",
    "A price cannot be negative.",
    " prices have no decimals.",
    " prices have at most ",
    "That price is far too large; check the number.",
)


@FAST
@given(PRICE_TEXT, CODES)
@example("1" * 40, "GBP")
@example("1e3", "GBP")
@example("NaN", "EUR")
@example("١٢٫٥", "GBP")
def test_any_typed_price_is_an_exact_decimal_or_a_plain_sentence(text, code):
    try:
        price = parse_price(text, code)
    except ValueError as error:
        message = str(error)
        assert any(part in message for part in SENTENCES), message
        assert message.endswith(".")
        return
    assert type(price) is Decimal and price.is_finite() and price >= 0
    assert price.as_tuple().exponent == -currency_exponent(code)
    # What was accepted is what is charged: the minor units give the same price back.
    assert from_minor(to_minor(price, code), code) == price
    assert "E" not in api_amount(price, code)
    format_money(price, code)


MINOR = st.integers(min_value=0, max_value=10**MAX_WHOLE_DIGITS - 1)


@FAST
@given(MINOR, CODES)
def test_every_formatted_price_reads_back_as_the_same_price(minor, code):
    price = from_minor(minor, code)
    assert parse_price(format_money(price, code), code) == price
    assert parse_price(api_amount(price, code), code) == price


@FAST
@given(st.integers(min_value=-(10**40), max_value=10**40), CODES)
def test_minor_units_of_any_size_convert_exactly_or_are_refused(minor, code):
    amount = from_minor(minor, code)  # exact, however many digits
    assert amount.as_tuple().exponent == -currency_exponent(code)
    assert int(amount.scaleb(currency_exponent(code), context=_wide())) == minor
    try:
        back = to_minor(amount, code)
    except ValueError as error:
        assert "too large" in str(error)
        assert abs(minor) >= 10 ** (MAX_WHOLE_DIGITS + currency_exponent(code)) // 10
        return
    assert back == minor


DECIMALS = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=False, allow_infinity=False, places=12),
    st.builds(
        lambda digits, exponent: Decimal(f"{digits}E{exponent}"),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.integers(min_value=-60, max_value=60),
    ),
)


@FAST
@given(DECIMALS, CODES)
def test_to_minor_is_exact_or_refuses_in_words(amount, code):
    try:
        minor = to_minor(amount, code)
    except ValueError as error:
        assert str(error).startswith(str(amount))
        return
    assert type(minor) is int
    assert from_minor(minor, code) == amount  # Decimal comparison is exact


@FAST
@given(DECIMALS, CODES)
def test_any_decimal_can_be_shown(amount, code):
    text = format_money(amount, code)
    btc = format_btc(amount)
    assert btc.endswith(" BTC")
    if amount.is_finite():
        digits = text.replace(",", "").lstrip("-").lstrip("£€¥").split(" ")[-1]
        assert "E" not in digits and "e" not in digits
        quantum = Decimal(1).scaleb(-currency_exponent(code))
        assert Decimal(digits) == abs(amount).quantize(quantum, context=_wide())


@FAST
@given(st.text(max_size=12))
def test_any_currency_code_has_a_known_exponent(code):
    assert currency_exponent(code) in {0, 2, 3, 4, 8}
    assert currency_exponent(code) == currency_exponent(f" {code.lower()} ")


def _wide():
    import decimal

    return decimal.Context(prec=200, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)


# -- the nastiest cases, by hand -------------------------------------------------------------


def test_a_thirty_digit_price_is_refused_not_rounded():
    # 28 significant digits in the default decimal context: this used to come back as
    # 1.111111111111111111111111111E+29 and charge a different amount than was typed.
    with pytest.raises(ValueError, match="far too large"):
        parse_price("111111111111111111111111111111.55", "GBP")
    assert parse_price("11111111111111111.55", "GBP") == Decimal("11111111111111111.55")
    assert to_minor(Decimal("11111111111111111.55"), "GBP") == 1111111111111111155


def test_minor_units_past_28_digits_keep_every_digit():
    minor = 10**30 + 1
    assert from_minor(minor, "BTC") == Decimal("10000000000000000000000.00000001")


@pytest.mark.parametrize("amount", ["NaN", "sNaN", "-Infinity", "1E+40", "-0.004"])
def test_amounts_that_are_not_money_are_shown_without_failing(amount):
    assert format_money(Decimal(amount), "GBP").lstrip("-").startswith("£")
    assert format_btc(Decimal(amount)).endswith("BTC")
    assert format_money(Decimal("4"), "") == "4.00"
