"""The kinds of setting and how a value of each kind is checked (coerced) into shape.

A check raises `SettingError`, whose text completes the setting's label ("must be a
number"): `Words`, translated where the window shows them. Kept apart from the declarations
so that both the declarations and the till's settings can use the checks without importing
each other.
"""

from __future__ import annotations

import math
import re
import secrets
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from boxoffice.words import translate

if TYPE_CHECKING:
    from boxoffice.domain.catalogue import TicketOverride

DEVICE_ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}")
_DEVICE_ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # no 0/o, 1/l: read aloud at the door


class Kind(StrEnum):
    """How a setting is typed, edited and parsed; the settings dialog picks a widget by kind."""

    TEXT = "text"  # str, may be empty
    URL = "url"  # str: "" (not set) or an http(s) address without trailing slash
    BOOL = "bool"
    NUMBER = "number"  # float within [minimum, maximum]; int when the setting is `whole`
    CHOICE = "choice"  # one str of `choices`
    MULTI_CHOICE = "multi_choice"  # tuple[str, ...]: a non-empty subset of `choices`, in order
    LIST = "list"  # tuple[str, ...] of non-empty strings
    TICKET_OVERRIDES = "ticket_overrides"  # Mapping[ticket type id, TicketOverride]


class SettingError(ValueError):
    """A value that does not fit its setting; `str()` is a plain sentence ending the label,
    `words` the same as `Words` (for the window to translate)."""

    def __init__(self, words: str) -> None:
        super().__init__(words)
        self.words = words


class Declaration(Protocol):
    """What a check reads of a declared setting (`declarations.Setting` is one)."""

    @property
    def kind(self) -> Kind: ...
    @property
    def default(self) -> Any: ...
    @property
    def choices(self) -> tuple[tuple[str, str], ...]: ...
    @property
    def minimum(self) -> float | None: ...
    @property
    def maximum(self) -> float | None: ...
    @property
    def whole(self) -> bool: ...


def _coerce_text(setting: Declaration, value: Any) -> Any:
    if value is None and setting.default is None:
        return None
    if not isinstance(value, str):
        raise SettingError(translate("SettingCheck", "must be text"))
    return value.strip()


def _coerce_url(setting: Declaration, value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise SettingError(translate("SettingCheck", "must be a web address"))
    url = value.strip().rstrip("/")
    if not url:
        return ""
    if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", url, flags=re.IGNORECASE):
        raise SettingError(
            translate("SettingCheck", "must be a web address starting with https:// (or http://)")
        )
    # The pattern lets through what the HTTP client cannot use ("http://[::1", "http://a:b");
    # refuse it here, in words, rather than as an error when the first request is built.
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        raise SettingError(
            translate("SettingCheck", "is not a valid web address; check the server name and port")
        ) from None
    if not parsed.host:
        raise SettingError(
            translate("SettingCheck", "needs a server name, like https://btcpay.example.com")
        )
    return url


def _coerce_bool(setting: Declaration, value: Any) -> bool:
    if not isinstance(value, bool):
        raise SettingError(translate("SettingCheck", "must be true or false"))
    return value


def _coerce_number(setting: Declaration, value: Any) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise SettingError(translate("SettingCheck", "must be a number"))
    number = _finite_float(value)
    if number is None:
        raise SettingError(translate("SettingCheck", "must be a number"))
    if number != number or number in (float("inf"), float("-inf")):
        raise SettingError(translate("SettingCheck", "must be a number"))
    if setting.whole and not number.is_integer():
        raise SettingError(translate("SettingCheck", "must be a whole number"))
    low, high = setting.minimum, setting.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        raise SettingError(
            translate("SettingCheck", "must be between {low} and {high}").format(
                low=_num(low), high=_num(high)
            )
        )
    return int(number) if setting.whole else number


def rounded_up(setting: Declaration, value: Any) -> int | None:
    """A fraction given for a whole-number setting, rounded up; None for anything else.

    For values read from a file or the environment, which are taken leniently: an older
    version stored fractions of a minute, and rounding up never gives the buyer less time.
    """
    if setting.kind is not Kind.NUMBER or not setting.whole or isinstance(value, bool):
        return None
    if not isinstance(value, int | float | Decimal):
        return None
    number = _finite_float(value)
    if (
        number is None
        or number != number
        or number in (float("inf"), float("-inf"))
        or number.is_integer()
    ):
        return None
    return math.ceil(number)


def _finite_float(value: int | float | Decimal) -> float | None:
    """The value as a float; None for an integer too large for one (JSON allows any number of
    digits, and `float()` raises OverflowError past about 1e308)."""
    try:
        return float(value)
    except OverflowError:
        return None


def _num(value: float | None) -> str:
    if value is None:
        return translate("SettingCheck", "any")
    return str(int(value)) if float(value).is_integer() else str(value)


def _coerce_choice(setting: Declaration, value: Any) -> str:
    allowed = [choice for choice, _ in setting.choices]
    if not isinstance(value, str):
        raise SettingError(
            translate("SettingCheck", "must be one of {choices}").format(choices=", ".join(allowed))
        )
    for choice in allowed:  # forgiving about case: "highspeed" means HighSpeed
        if choice.lower() == value.strip().lower():
            return choice
    raise SettingError(
        translate("SettingCheck", "must be one of {choices}").format(choices=", ".join(allowed))
    )


def _coerce_multi_choice(setting: Declaration, value: Any) -> tuple[str, ...]:
    allowed = [choice for choice, _ in setting.choices]
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise SettingError(
            translate("SettingCheck", "must be a list of {choices}").format(
                choices=", ".join(allowed)
            )
        )
    picked: list[str] = []
    for item in value:
        match = next(
            (c for c in allowed if isinstance(item, str) and c.lower() == item.strip().lower()),
            None,
        )
        if match is None:
            raise SettingError(
                translate("SettingCheck", "must only contain {choices} (found {item})").format(
                    choices=", ".join(allowed), item=repr(item)
                )
            )
        if match not in picked:
            picked.append(match)
    if not picked:
        raise SettingError(translate("SettingCheck", "needs at least one"))
    return tuple(picked)


def _coerce_list(setting: Declaration, value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise SettingError(translate("SettingCheck", "must be a list"))
    items: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise SettingError(
                translate("SettingCheck", "must be a list of names (found {item})").format(
                    item=repr(item)
                )
            )
        if item.strip() not in items:
            items.append(item.strip())
    return tuple(items)


def _coerce_overrides(setting: Declaration, value: Any) -> Mapping[str, TicketOverride]:
    if not isinstance(value, Mapping):
        raise SettingError(translate("SettingCheck", "must map ticket type ids to changes"))
    result = {}
    for tt_id, change in value.items():
        if not isinstance(tt_id, str) or not tt_id.strip():
            raise SettingError(
                translate("SettingCheck", "has a ticket type id that is not text ({id})").format(
                    id=repr(tt_id)
                )
            )
        result[tt_id.strip()] = coerce_override(change, tt_id.strip())
    return MappingProxyType(result)


def coerce_override(change: Any, tt_id: str | None = None) -> TicketOverride:
    """Check one ticket change: `TicketOverride`, or a dict of name/price/description/hidden.

    The price is a decimal string ("12.50") or Decimal; never a float, which cannot hold
    money exactly.
    """
    from boxoffice.domain.catalogue import TicketOverride

    if tt_id is None:
        tt_id = translate("SettingCheck", "this ticket")
    if isinstance(change, TicketOverride):
        change = override_to_json(change)
    if not isinstance(change, Mapping):
        raise SettingError(
            translate(
                "SettingCheck",
                "for {ticket} must be an object with name, price, description, hidden",
            ).format(ticket=tt_id)
        )
    unknown = set(change) - {"name", "price", "description", "hidden"}
    if unknown:
        raise SettingError(
            translate("SettingCheck", "for {ticket} has unknown fields: {fields}").format(
                ticket=tt_id, fields=", ".join(sorted(unknown))
            )
        )
    name = change.get("name")
    description = change.get("description")
    for field, text in (("name", name), ("description", description)):
        if text is not None and not isinstance(text, str):
            raise SettingError(
                translate("SettingCheck", "for {ticket}: the {field} must be text").format(
                    ticket=tt_id, field=field
                )
            )
    price = change.get("price")
    if price is not None:
        if isinstance(price, bool) or not isinstance(price, str | int | Decimal):
            raise SettingError(
                translate(
                    "SettingCheck", 'for {ticket}: the price must be written as text, e.g. "12.50"'
                ).format(ticket=tt_id)
            )
        try:
            price = Decimal(str(price).strip())
        except InvalidOperation:
            raise SettingError(
                translate("SettingCheck", "for {ticket}: the price {price} is not a number").format(
                    ticket=tt_id, price=repr(price)
                )
            ) from None
        if not price.is_finite() or price < 0:
            raise SettingError(
                translate("SettingCheck", "for {ticket}: the price must be zero or more").format(
                    ticket=tt_id
                )
            )
    hidden = change.get("hidden", False)
    if not isinstance(hidden, bool):
        raise SettingError(
            translate("SettingCheck", "for {ticket}: hidden must be true or false").format(
                ticket=tt_id
            )
        )
    return TicketOverride(
        name=(name.strip() or None) if name is not None else None,
        price=price,
        description=description if description else None,
        hidden=hidden,
    )


def override_to_json(change: TicketOverride) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if change.name is not None:
        data["name"] = change.name
    if change.price is not None:
        data["price"] = str(change.price)
    if change.description is not None:
        data["description"] = change.description
    if change.hidden:
        data["hidden"] = True
    return data


def coerce_device_id(value: Any) -> str:
    if not isinstance(value, str) or not DEVICE_ID_PATTERN.fullmatch(value.strip()):
        raise SettingError(
            translate(
                "SettingCheck",
                "must be 1 to 32 letters, digits, dashes or underscores, "
                "starting with a letter or digit",
            )
        )
    return value.strip()


#: The check of each kind.
COERCE = {
    Kind.TEXT: _coerce_text,
    Kind.URL: _coerce_url,
    Kind.BOOL: _coerce_bool,
    Kind.NUMBER: _coerce_number,
    Kind.CHOICE: _coerce_choice,
    Kind.MULTI_CHOICE: _coerce_multi_choice,
    Kind.LIST: _coerce_list,
    Kind.TICKET_OVERRIDES: _coerce_overrides,
}


def new_device_id() -> str:
    """A fresh device id such as "door-k3x9qa"."""
    return "door-" + "".join(secrets.choice(_DEVICE_ID_ALPHABET) for _ in range(6))
