"""The one dialect of tolerant field readers both services' models use.

Each tolerance here is one the models had before they shared the readers; the models' own tests
(tests/services, tests/properties/test_server_bodies.py) pin the words built on top.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from boxoffice.services import fields
from boxoffice.services.fields import UnreadableField


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (5, 5),
        (5.0, 5),
        (" 42 ", 42),
        ("-7", -7),
        ("+3", 3),
        (5.5, None),
        ("5.5", None),
        ("²", None),
        ("+-5", None),
        (True, None),
        ("9" * 17, None),
        (10**15, 10**15),
        (10**15 + 1, None),
        ([], None),
    ],
)
def test_a_whole_number_is_an_int_an_integral_float_or_digits(value, expected):
    assert fields.whole_number(value) == expected


def test_an_integer_field_absent_is_none_and_unreadable_names_the_field():
    assert fields.integer({}, "quantity") is None
    assert fields.integer({"quantity": ""}, "quantity") is None
    assert fields.integer({"quantity": None}, "quantity") is None
    assert fields.integer({"quantity": "12"}, "quantity") == 12
    with pytest.raises(UnreadableField, match="'quantity'") as caught:
        fields.integer({"quantity": "twelve"}, "quantity")
    assert "twelve" not in str(caught.value)


def test_a_decimal_is_read_from_its_text_never_through_a_float():
    assert fields.decimal({"amount": 0.1}, "amount") == Decimal("0.1")
    assert fields.decimal({"amount": " 5.00 "}, "amount") == Decimal("5.00")
    assert fields.decimal({"fee": "1"}, "paymentMethodFee", "fee") == Decimal(1)
    assert fields.decimal({"amount": ""}, "amount") is None
    assert fields.decimal({}, "amount") is None


@pytest.mark.parametrize("value", ["1e999999999", "Infinity", "NaN", "abc", True, [], "1" * 61])
def test_an_absurd_or_unreadable_decimal_is_refused(value):
    with pytest.raises(UnreadableField):
        fields.decimal({"amount": value}, "amount")


def test_a_decimal_may_be_held_to_a_shorter_text_and_a_smallest_size():
    assert fields.decimal({"x": "1e-30"}, "x") == Decimal("1e-30")
    with pytest.raises(UnreadableField):
        fields.decimal({"x": "1e-30"}, "x", smallest_exponent=-18)
    with pytest.raises(UnreadableField):
        fields.decimal({"x": "1" * 51}, "x", longest=50)


def test_a_truncated_number_drops_the_fraction_and_keeps_its_default():
    assert fields.truncated({"t": "1700000000.9"}, "t") == 1700000000
    assert fields.truncated({}, "t", 900) == 900
    assert fields.truncated({}, "t") is None
    with pytest.raises(UnreadableField):
        fields.truncated({"t": 1e999}, "t")


@pytest.mark.parametrize(
    ("value", "expected"),
    [(True, True), (False, False), ("true", True), (" FALSE ", False), ("1", True), (0, False)],
)
def test_a_flag_reads_bools_words_and_one_or_zero(value, expected):
    assert fields.flag({"f": value}, "f", not expected) is expected


@pytest.mark.parametrize("value", ["yes", "", 2, 1.0, "maybe"])
def test_a_strict_flag_refuses_anything_else(value):
    with pytest.raises(UnreadableField):
        fields.flag({"f": value}, "f", False)


def test_a_missing_flag_is_its_default_and_a_loose_flag_takes_more_words():
    assert fields.flag({}, "f", True) is True
    assert fields.flag({"f": None}, "f", False) is False
    loose = {"yes": (*fields.YES, "yes"), "no": (*fields.NO, "no"), "any_number": True}
    assert fields.flag({"f": "Yes"}, "f", False, **loose) is True
    assert fields.flag({"f": 2}, "f", False, **loose) is True


def test_text_takes_strings_and_numbers_and_the_first_present_name():
    assert fields.text({"a": "x"}, "a") == "x"
    assert fields.text({"a": 5}, "a") == "5"
    assert fields.text({"a": "", "b": "y"}, "a", "b") == "y"
    assert fields.text({}, "a") is None
    for value in (True, {}, []):
        with pytest.raises(UnreadableField):
            fields.text({"a": value}, "a")


def test_strings_and_objects():
    assert fields.strings({"p": ["a", None, 3]}, "p") == ("a", "3")
    assert fields.strings({}, "p") == ()
    with pytest.raises(UnreadableField):
        fields.strings({"p": "a"}, "p")
    assert fields.mapping({"a": 1}, "store") == {"a": 1}
    with pytest.raises(UnreadableField, match="'store'"):
        fields.mapping([1], "store")
