"""Reading Ticket Tailor's fields: the readers of `boxoffice.services.fields`, in Ticket
Tailor's words ("the server sent an event without name") and forgiving where the API is loose:
booleans as "true"/"false" or "yes"/"no", integers as strings, masked personal data (§1).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from boxoffice.services import fields
from boxoffice.services.errors import MalformedResponseError

SERVICE = "Ticket Tailor"


def _malformed(message: str) -> MalformedResponseError:
    return MalformedResponseError(SERVICE, f"the server sent {message}")


def _object(data: Any, what: str) -> dict:
    try:
        return fields.mapping(data, what)
    except fields.UnreadableField:
        raise _malformed(f"{what} that is not a JSON object") from None


def _opt_int(data: dict, key: str, what: str) -> int | None:
    """An integer, or None when the field is missing, null or empty."""
    try:
        return fields.integer(data, key)
    except fields.UnreadableField:
        raise _malformed(f"{what} with an invalid {key}") from None


def _int(data: dict, key: str, what: str, default: int | None = None) -> int:
    """A required integer; `default` is used when the field is missing, null or empty."""
    number = _opt_int(data, key, what)
    if number is not None:
        return number
    if default is None:
        raise _malformed(f"{what} without {key}")
    return default


def _str(data: dict, key: str, what: str) -> str:
    """A required, non-empty string (ids, names, currency codes)."""
    value = _opt_str(data, key)
    if value is None or not value.strip():
        raise _malformed(f"{what} without {key}")
    return value


def _opt_str(data: dict, key: str) -> str | None:
    """Text, a number as its digits, an empty string as it is; None for anything else."""
    if data.get(key) == "":
        return ""
    try:
        return fields.text(data, key)
    except fields.UnreadableField:
        return None


def is_masked(value: Any) -> bool:
    """A personal field hidden by the key's "hide personal data" option: only asterisks.

    Live orders carry `"email": "****"`, `"first_name": "****"`, … for such a key, and issued
    tickets `"email": "****"` (null fields stay null). Such a value is "unknown": never shown,
    mailed to or matched on.
    """
    return isinstance(value, str) and bool(value.strip()) and set(value.strip()) == {"*"}


def _personal(data: dict, key: str) -> str | None:
    """A personal text field; None when missing, empty or masked (`is_masked`)."""
    value = _opt_str(data, key)
    if value is None or is_masked(value) or not value.strip():
        return None
    return value


def _bool(data: dict, key: str, default: bool = False) -> bool:
    """A flag sent as a real bool, as "true"/"false" or "yes"/"no" (§1), as any number, or
    missing (then `default`)."""
    try:
        return fields.flag(data, key, default, yes=_YES, no=_NO, any_number=True)
    except fields.UnreadableField:
        # Unknown words (e.g. waitlist_active "no_tickets_available") are not a yes.
        return default


_YES = (*fields.YES, "yes")
_NO = (*fields.NO, "no")


def _percentage(data: dict, key: str) -> Decimal | None:
    """A number or numeric string as a Decimal (never through float); None when unreadable.

    Finite and of a sensible size: "1e999999999" parses, but no percentage is that big (nor
    that small).
    """
    try:
        return fields.decimal(data, key, longest=50, smallest_exponent=-fields.MAX_EXPONENT)
    except fields.UnreadableField:
        return None
