"""Tolerant readers of the fields of a JSON answer: one dialect for both services' models.

Servers are loose in what they send. Ticket Tailor sends booleans as "true"/"false", integers as
strings and leaves documented fields out (Ticket Tailor API documentation, §1); BTCPay sends
amounts as decimal strings with any number of decimals (Greenfield reference §1), and proxies
and old versions send "true"/"1" for booleans. Each reader takes the object and a field name and
returns:

- None (or the given default) when the field is absent: missing, null or empty;
- the value in its Python type when it can be read;
- otherwise raises `UnreadableField`, which names the field, never its value (a value may be
  anything the server sent, and the text of an error must stay short and safe).

Numbers are never read through a float, and never beyond the sizes a price, a count or a time
can have, so that "1e999999999" or a 5000-digit string is refused quickly instead of crashing or
hanging. Where the two services are forgiving in different ways (which words mean yes, how long
a number's text may be), it is an argument here; each models module turns `UnreadableField`
into its own words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, overload

#: Larger integers are not real (a count, a price in minor units or a unix time never is, and
#: `datetime` cannot hold them).
MAX_INT = 10**15
_INT_TEXT = re.compile(r"[+-]?[0-9]{1,16}")
#: Largest power of ten of a decimal (Unix milliseconds are about 10^12).
MAX_EXPONENT = 18
#: Longest text read as a decimal (a satoshi-precise amount has fewer than 30 characters).
LONGEST_NUMBER = 60
#: The words every server means by a flag; a reader may accept more.
YES = ("true", "1")
NO = ("false", "0")


class UnreadableField(ValueError):
    """A field of an answer has a value that cannot be read. Names the field, not the value."""

    def __init__(self, name: str) -> None:
        super().__init__(f"field {name!r} has an unexpected value")
        self.name = name


def _absent(value: Any) -> bool:
    return value is None or value == ""


def mapping(data: Any, what: str) -> dict[str, Any]:
    """`data` itself when it is a JSON object; `UnreadableField(what)` otherwise."""
    if not isinstance(data, dict):
        raise UnreadableField(what)
    return data


def whole_number(value: Any) -> int | None:
    """An int from an int, an integral float or a string of digits; otherwise None.

    Beyond ±10^15 the value is unreadable too, which also keeps a 5000-digit string from
    Python's int-to-str limit (ValueError). Not `str.isdigit()`, which is also true of "²"
    ("+-5" and "²" crash `int()`).
    """
    number: int | None = None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str):
        text = value.strip()
        if _INT_TEXT.fullmatch(text):
            number = int(text)
    if number is None or abs(number) > MAX_INT:
        return None
    return number


def integer(data: Mapping[str, Any], key: str) -> int | None:
    """A whole number (see `whole_number`); None when absent."""
    value = data.get(key)
    if _absent(value):
        return None
    number = whole_number(value)
    if number is None:
        raise UnreadableField(key)
    return number


def decimal(
    data: Mapping[str, Any],
    *names: str,
    longest: int = LONGEST_NUMBER,
    smallest_exponent: int | None = None,
) -> Decimal | None:
    """The first present field of `names` as a Decimal, read from its text; None when absent.

    A JSON number is read through its text, so no float rounding creeps in. Refused: text
    longer than `longest`, anything not finite, a power of ten above `MAX_EXPONENT` ("1e999999999"
    is a finite Decimal, but `int()` of it would never finish) and, when given, below
    `smallest_exponent`.
    """
    for name in names:
        value = data.get(name)
        if _absent(value):
            continue
        if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
            raise UnreadableField(name)
        text = str(value).strip()
        if len(text) > longest:
            raise UnreadableField(name)
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise UnreadableField(name) from None
        if not number.is_finite() or number.adjusted() > MAX_EXPONENT:
            raise UnreadableField(name)
        if smallest_exponent is not None and number.adjusted() < smallest_exponent:
            raise UnreadableField(name)
        return number
    return None


@overload
def truncated(data: Mapping[str, Any], name: str, default: int) -> int: ...
@overload
def truncated(data: Mapping[str, Any], name: str, default: None = None) -> int | None: ...
def truncated(data: Mapping[str, Any], name: str, default: int | None = None) -> int | None:
    """A whole number read like a decimal (a Unix time, a duration), fraction dropped.

    `default` when absent. Through `decimal`, so infinity (a JSON `1e999`) is refused as an
    unreadable field rather than escaping as an OverflowError.
    """
    number = decimal(data, name)
    return default if number is None else int(number)


def flag(
    data: Mapping[str, Any],
    name: str,
    default: bool,
    *,
    yes: tuple[str, ...] = YES,
    no: tuple[str, ...] = NO,
    any_number: bool = False,
) -> bool:
    """A boolean: a real bool, one of the words `yes` / `no` (any case), 1 or 0 (any integer
    with `any_number`, non-zero meaning yes); `default` when the field is missing or null.

    Never `bool()` of the value: the string "false" would be true.
    """
    value = data.get(name)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and (any_number or value in (0, 1)):
        return value != 0
    if isinstance(value, str):
        word = value.strip().lower()
        if word in yes:
            return True
        if word in no:
            return False
    raise UnreadableField(name)


def text(data: Mapping[str, Any], *names: str) -> str | None:
    """The first present field of `names` as a string (a number as its digits); None when
    absent."""
    for name in names:
        value = data.get(name)
        if _absent(value):
            continue
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise UnreadableField(name)
        return str(value)
    return None


def strings(data: Mapping[str, Any], name: str) -> tuple[str, ...]:
    """A list of strings (other items as their text, nulls left out); () when absent."""
    value = data.get(name)
    if value is None:
        return ()
    if not isinstance(value, list):
        raise UnreadableField(name)
    return tuple(str(item) for item in value if item is not None)
