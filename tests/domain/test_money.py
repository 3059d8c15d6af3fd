"""Exact money with each currency's real exponent."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from boxoffice.domain.money import (
    api_amount,
    currency_exponent,
    format_btc,
    format_money,
    from_minor,
    parse_price,
    to_minor,
)

CURRENCIES = ["GBP", "jpy", "EUR", "KWD", "BTC", "USD", "xyz"]


@pytest.mark.parametrize(
    ("code", "exponent"),
    [
        ("GBP", 2),
        ("usd", 2),
        ("EUR", 2),
        ("JPY", 0),
        ("krw", 0),
        ("BHD", 3),
        ("KWD", 3),
        ("BTC", 8),
        ("XYZ", 2),
        (" jpy ", 0),
    ],
)
def test_currency_exponent(code, exponent):
    assert currency_exponent(code) == exponent


@given(st.integers(min_value=-(10**15), max_value=10**15), st.sampled_from(CURRENCIES))
def test_minor_units_round_trip(minor, currency):
    assert to_minor(from_minor(minor, currency), currency) == minor


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(CURRENCIES))
def test_from_minor_has_exactly_the_currency_decimals(minor, currency):
    amount = from_minor(minor, currency)
    assert -amount.as_tuple().exponent == currency_exponent(currency)


def test_from_minor_values():
    assert from_minor(2500, "gbp") == Decimal("25.00")
    assert str(from_minor(2500, "gbp")) == "25.00"
    assert str(from_minor(1500, "jpy")) == "1500"
    assert str(from_minor(1234, "kwd")) == "1.234"


def test_to_minor_refuses_extra_decimals():
    assert to_minor(Decimal("12.5"), "GBP") == 1250
    assert to_minor(Decimal("1500.00"), "JPY") == 1500
    with pytest.raises(ValueError):
        to_minor(Decimal("12.505"), "GBP")
    with pytest.raises(ValueError):
        to_minor(Decimal("1500.5"), "JPY")
    with pytest.raises(ValueError):
        to_minor(Decimal("NaN"), "GBP")


def test_floats_are_refused():
    with pytest.raises(TypeError):
        to_minor(12.5, "GBP")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        from_minor(12.5, "GBP")  # type: ignore[arg-type]


def test_api_amount_has_the_currency_decimals_and_no_exponent():
    assert api_amount(Decimal("1500"), "JPY") == "1500"
    assert api_amount(Decimal("1.5E+3"), "JPY") == "1500"
    assert api_amount(Decimal("12.5"), "GBP") == "12.50"
    assert api_amount(Decimal("0"), "GBP") == "0.00"


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        ("25", "GBP", "£25.00"),
        ("1500", "JPY", "¥1,500"),
        ("3.5", "eur", "€3.50"),
        ("4", "USD", "USD 4.00"),
        ("1234567.5", "GBP", "£1,234,567.50"),
        ("-5", "GBP", "-£5.00"),
        ("1.234", "KWD", "KWD 1.234"),
    ],
)
def test_format_money(amount, currency, text):
    assert format_money(Decimal(amount), currency) == text


def test_format_btc():
    assert format_btc(Decimal("0.0005")) == "0.00050000 BTC"
    assert format_btc(Decimal("1.5")) == "1.50000000 BTC"


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        ("12.5", "GBP", "12.50"),
        (" 12.50 ", "GBP", "12.50"),
        ("£12", "GBP", "12.00"),
        ("12,5", "EUR", "12.50"),
        ("1,500", "JPY", "1500"),
        ("1500", "JPY", "1500"),
        ("1,234.50", "GBP", "1234.50"),
        ("0", "GBP", "0.00"),
    ],
)
def test_parse_price(text, currency, value):
    parsed = parse_price(text, currency)
    assert parsed == Decimal(value)
    assert str(parsed) == value


@pytest.mark.parametrize(
    ("text", "currency", "message"),
    [
        ("abc", "GBP", "Enter a price as a number, such as 12.50."),
        ("", "GBP", "Enter a price as a number, such as 12.50."),
        ("-3", "GBP", "A price cannot be negative."),
        ("12.505", "GBP", "GBP prices have at most 2 decimals."),
        ("1500.5", "JPY", "JPY prices have no decimals."),
        ("1e3", "GBP", "Enter a price as a number, such as 12.50."),
    ],
)
def test_parse_price_explains_mistakes(text, currency, message):
    with pytest.raises(ValueError) as info:
        parse_price(text, currency)
    assert str(info.value) == message


# -- one currency table for the till and the simulator --------------------------------------


def test_the_till_and_the_simulator_share_one_currency_table():
    from boxoffice import currencies
    from boxoffice.domain import money
    from boxoffice.sim import tt_model

    for code in ("HUF", "TWD", "BHD", "JPY", "EUR", "GBP", "KWD", "ISK"):
        assert money.currency_exponent(code) == currencies.minor_unit_exponent(code)
        assert tt_model.base_multiplier(code.lower()) == 10 ** currencies.minor_unit_exponent(code)
    assert [money.currency_exponent(c) for c in ("JPY", "BHD", "HUF", "TWD")] == [0, 3, 2, 2]


def test_three_decimal_and_zero_decimal_prices_convert_exactly():
    from boxoffice.domain.money import from_minor, to_minor

    assert from_minor(12345, "BHD") == Decimal("12.345")
    assert to_minor(Decimal("12.345"), "BHD") == 12345
    assert from_minor(3500, "JPY") == Decimal("3500")


def test_only_the_multipliers_seen_live_or_two_decimal_ones_count_as_verified():
    from boxoffice.currencies import tt_multiplier_verified

    assert tt_multiplier_verified("eur") and tt_multiplier_verified("GBP")
    assert not any(tt_multiplier_verified(c) for c in ("JPY", "BHD", "HUF", "TWD"))


def test_the_currency_table_imports_nothing_of_box_office():
    # The simulator may import it only because it depends on nothing else of Box Office.
    import ast
    from pathlib import Path

    import boxoffice.currencies

    tree = ast.parse(Path(boxoffice.currencies.__file__).read_text(encoding="utf-8"))
    imported = [node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)] + [
        a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names
    ]
    assert not [m for m in imported if m and m.startswith("boxoffice")]


def test_the_simulator_imports_only_itself_and_the_currency_table():
    import re
    from pathlib import Path

    import boxoffice.sim

    folder = Path(boxoffice.sim.__file__).parent
    found = set()
    for source in folder.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        found |= set(re.findall(r"^\s*(?:from|import) (boxoffice[\w.]*)", text, re.M))
    assert {m for m in found if not m.startswith("boxoffice.sim")} <= {"boxoffice.currencies"}
