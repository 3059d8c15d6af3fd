"""The till's settings: each one declared once, with its type, default, words and env override.

A declaration (`Setting`) is all the settings dialog, the file loader, the environment override
and the command line need to know about a setting, in the spirit of Electrum's `ConfigVar`:

    expiration_minutes = Setting(Kind.NUMBER, 15, group=..., label=..., help=..., minimum=1)

declares `settings.expiration_minutes`, the JSON key `expiration_minutes`, the environment
override `BOXOFFICE_EXPIRATION_MINUTES` and the dialog row. `Settings.declarations()` lists them
in display order.

The file is JSON in the config directory, written atomically and readable only by its owner.
It never holds an API key: those live in the OS keyring (`boxoffice.services.secrets`) or in
`BOXOFFICE_TICKETTAILOR_API_KEY` / `BOXOFFICE_BTCPAY_API_KEY`. Loading never fails: a value of
the wrong type falls back to its default, a file that is not JSON is copied aside to
`settings.json.bak`, and each such problem becomes one plain sentence in `settings.problems`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import httpx

from boxoffice.app import paths

if TYPE_CHECKING:
    from boxoffice.domain.catalogue import CatalogueSettings, TicketOverride
    from boxoffice.domain.checkout import CheckoutSettings

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Key in the file that is not a setting: the file format, for later migrations.
FORMAT_KEY = "format"
FORMAT_VERSION = 1

#: Keys a hand-edited file might use for an API key. They are never written back.
_SECRET_LOOKING = re.compile(r"(?i)(api_?key|secret|password|token)")

_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})

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
    """A value that does not fit its setting; `str()` is a plain sentence ending the label."""


class Setting(Generic[T]):
    """One declared setting. Used as a class attribute of `Settings`, which names it.

    `key` is the attribute name (and the JSON key); `env` is `BOXOFFICE_<KEY>` unless given.
    `choices` pairs each allowed value with the words shown for it. `read_only` settings are
    shown but not edited in the dialog (the device id is made up once, then kept).
    """

    key: str

    def __init__(
        self,
        kind: Kind,
        default: T,
        *,
        group: str,
        label: str,
        help: str,
        env: str | None = None,
        choices: Iterable[tuple[str, str]] = (),
        minimum: float | None = None,
        maximum: float | None = None,
        read_only: bool = False,
        whole: bool = False,
    ) -> None:
        self.kind = kind
        self.default = default
        self.group = group
        self.label = label
        self.help = help
        self._env = env
        self.choices: tuple[tuple[str, str], ...] = tuple(choices)
        self.minimum = minimum
        self.maximum = maximum
        self.read_only = read_only
        #: A NUMBER that only takes whole numbers (kept as int).
        self.whole = whole

    def __set_name__(self, owner: type, name: str) -> None:
        self.key = name
        owner._declarations = (*getattr(owner, "_declarations", ()), self)

    @property
    def env(self) -> str:
        """The environment variable that overrides this setting."""
        return self._env or f"BOXOFFICE_{self.key.upper()}"

    def __repr__(self) -> str:
        return f"Setting({self.key!r}, {self.kind.value})"

    @overload
    def __get__(self, obj: None, owner: type) -> Setting[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.get(self.key)

    def __set__(self, obj: Settings, value: T) -> None:
        obj.set(self.key, value)

    # -- values ------------------------------------------------------------------------------

    def coerce(self, value: Any) -> T:
        """Check a value (from the file, the dialog or code) and return it in canonical form.

        Raises `SettingError` whose text completes "<label> ...", e.g. "must be a number".
        """
        return _COERCE[self.kind](self, value)

    def parse_env(self, text: str) -> T:
        """Parse an environment variable's text: lists comma separated, booleans as words."""
        text = text.strip()
        kind = self.kind
        if kind is Kind.BOOL:
            word = text.lower()
            if word in _TRUE:
                return self.coerce(True)
            if word in _FALSE:
                return self.coerce(False)
            raise SettingError("must be true or false (or yes/no, 1/0)")
        if kind is Kind.NUMBER:
            try:
                number = float(text)
            except ValueError:
                raise SettingError("must be a number") from None
            return self.coerce(number)
        if kind in (Kind.LIST, Kind.MULTI_CHOICE):
            return self.coerce([part.strip() for part in text.split(",") if part.strip()])
        if kind is Kind.TICKET_OVERRIDES:
            try:
                data = json.loads(text)
            except json.JSONDecodeError:
                raise SettingError(
                    'must be a JSON object such as {"tt_1": {"price": "10.00"}}'
                ) from None
            return self.coerce(data)
        return self.coerce(text)

    def to_json(self, value: T) -> Any:
        """The value as stored in the settings file."""
        if self.kind in (Kind.LIST, Kind.MULTI_CHOICE):
            return list(value)  # type: ignore[call-overload]
        if self.kind is Kind.NUMBER:
            number = float(value)  # type: ignore[arg-type]
            return int(number) if number.is_integer() or self.whole else number
        if self.kind is Kind.TICKET_OVERRIDES:
            return {tt_id: _override_to_json(o) for tt_id, o in value.items()}  # type: ignore[attr-defined]
        return value

    def describe(self, value: Any) -> str:
        """A value in words, for problem sentences."""
        if self.kind is Kind.BOOL:
            return "yes" if value else "no"
        if self.kind in (Kind.LIST, Kind.MULTI_CHOICE):
            return ", ".join(value) if value else "none"
        if self.kind is Kind.TICKET_OVERRIDES:
            return "no changes" if not value else f"{len(value)} ticket changes"
        if self.kind is Kind.NUMBER:
            return str(self.to_json(value))
        if value in (None, ""):
            return "empty"
        return str(value)


# -- coercion by kind ------------------------------------------------------------------------


def _coerce_text(setting: Setting, value: Any) -> Any:
    if value is None and setting.default is None:
        return None
    if not isinstance(value, str):
        raise SettingError("must be text")
    return value.strip()


def _coerce_url(setting: Setting, value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise SettingError("must be a web address")
    url = value.strip().rstrip("/")
    if not url:
        return ""
    if not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", url, flags=re.IGNORECASE):
        raise SettingError("must be a web address starting with https:// (or http://)")
    # The pattern lets through what the HTTP client cannot use ("http://[::1", "http://a:b");
    # refuse it here, in words, rather than as an error when the first request is built.
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        raise SettingError("is not a valid web address; check the server name and port") from None
    if not parsed.host:
        raise SettingError("needs a server name, like https://btcpay.example.com")
    return url


def _coerce_bool(setting: Setting, value: Any) -> bool:
    if not isinstance(value, bool):
        raise SettingError("must be true or false")
    return value


def _coerce_number(setting: Setting, value: Any) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise SettingError("must be a number")
    number = _finite_float(value)
    if number is None:
        raise SettingError("must be a number")
    if number != number or number in (float("inf"), float("-inf")):
        raise SettingError("must be a number")
    if setting.whole and not number.is_integer():
        raise SettingError("must be a whole number")
    low, high = setting.minimum, setting.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        raise SettingError(f"must be between {_num(low)} and {_num(high)}")
    return int(number) if setting.whole else number


def _rounded_up(setting: Setting, value: Any) -> int | None:
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
        return "any"
    return str(int(value)) if float(value).is_integer() else str(value)


def _coerce_choice(setting: Setting, value: Any) -> str:
    allowed = [choice for choice, _ in setting.choices]
    if not isinstance(value, str):
        raise SettingError(f"must be one of {', '.join(allowed)}")
    for choice in allowed:  # forgiving about case: "highspeed" means HighSpeed
        if choice.lower() == value.strip().lower():
            return choice
    raise SettingError(f"must be one of {', '.join(allowed)}")


def _coerce_multi_choice(setting: Setting, value: Any) -> tuple[str, ...]:
    allowed = [choice for choice, _ in setting.choices]
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise SettingError(f"must be a list of {', '.join(allowed)}")
    picked: list[str] = []
    for item in value:
        match = next(
            (c for c in allowed if isinstance(item, str) and c.lower() == item.strip().lower()),
            None,
        )
        if match is None:
            raise SettingError(f"must only contain {', '.join(allowed)} (found {item!r})")
        if match not in picked:
            picked.append(match)
    if not picked:
        raise SettingError("needs at least one")
    return tuple(picked)


def _coerce_list(setting: Setting, value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise SettingError("must be a list")
    items: list[str] = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise SettingError(f"must be a list of names (found {item!r})")
        if item.strip() not in items:
            items.append(item.strip())
    return tuple(items)


def _coerce_overrides(setting: Setting, value: Any) -> Mapping[str, TicketOverride]:
    if not isinstance(value, Mapping):
        raise SettingError("must map ticket type ids to changes")
    result = {}
    for tt_id, change in value.items():
        if not isinstance(tt_id, str) or not tt_id.strip():
            raise SettingError(f"has a ticket type id that is not text ({tt_id!r})")
        result[tt_id.strip()] = coerce_override(change, tt_id.strip())
    return MappingProxyType(result)


def coerce_override(change: Any, tt_id: str = "this ticket") -> TicketOverride:
    """Check one ticket change: `TicketOverride`, or a dict of name/price/description/hidden.

    The price is a decimal string ("12.50") or Decimal; never a float, which cannot hold
    money exactly.
    """
    from boxoffice.domain.catalogue import TicketOverride

    if isinstance(change, TicketOverride):
        change = _override_to_json(change)
    if not isinstance(change, Mapping):
        raise SettingError(f"for {tt_id} must be an object with name, price, description, hidden")
    unknown = set(change) - {"name", "price", "description", "hidden"}
    if unknown:
        raise SettingError(f"for {tt_id} has unknown fields: {', '.join(sorted(unknown))}")
    name = change.get("name")
    description = change.get("description")
    for field, text in (("name", name), ("description", description)):
        if text is not None and not isinstance(text, str):
            raise SettingError(f"for {tt_id}: the {field} must be text")
    price = change.get("price")
    if price is not None:
        if isinstance(price, bool) or not isinstance(price, str | int | Decimal):
            raise SettingError(f'for {tt_id}: the price must be written as text, e.g. "12.50"')
        try:
            price = Decimal(str(price).strip())
        except InvalidOperation:
            raise SettingError(f"for {tt_id}: the price {price!r} is not a number") from None
        if not price.is_finite() or price < 0:
            raise SettingError(f"for {tt_id}: the price must be zero or more")
    hidden = change.get("hidden", False)
    if not isinstance(hidden, bool):
        raise SettingError(f"for {tt_id}: hidden must be true or false")
    return TicketOverride(
        name=(name.strip() or None) if name is not None else None,
        price=price,
        description=description if description else None,
        hidden=hidden,
    )


def _override_to_json(change: TicketOverride) -> dict[str, Any]:
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


def _coerce_device_id(value: Any) -> str:
    if not isinstance(value, str) or not DEVICE_ID_PATTERN.fullmatch(value.strip()):
        raise SettingError(
            "must be 1 to 32 letters, digits, dashes or underscores, "
            "starting with a letter or digit"
        )
    return value.strip()


_COERCE = {
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


# -- the settings ----------------------------------------------------------------------------

TICKET_TAILOR = "Ticket Tailor"
BTCPAY = "BTCPay Server"
CHECKOUT = "Checkout"
DEVICE = "This till"


#: A settings file holds a few dozen short values; anything this large is not one.
MAX_SETTINGS_BYTES = 1024 * 1024


def _settings_text(raw: bytes) -> str:
    """The text of a settings file: UTF-8, with or without the byte-order mark some editors
    write, or UTF-16 or UTF-32 with its mark (Windows Notepad's "Unicode"), so that a hand edit
    saved in another encoding still counts. A file that is not UTF-8 and has no mark is read as
    Windows-1252 (Notepad's "ANSI"), else ISO 8859-1, which every byte is: a hand edit with an
    "é" in a till name still loads, and binary stays not JSON. A marked file that does not
    decode raises `UnicodeDecodeError` (a `ValueError`).
    """
    # UTF-32 LE's mark starts with UTF-16 LE's, so it is looked for first.
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return raw.decode("utf-32")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        if raw.startswith(b"\xef\xbb\xbf"):
            raise
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


class Settings:
    """The settings of this till: declared values, the file they came from, and env overrides.

    Read a setting as an attribute (`settings.btcpay_url`): an environment override wins over
    the file, the file over the default. Assigning (`settings.btcpay_url = "..."`) or `set()`
    checks the value and raises `SettingError`; `save()` writes the file. `problems` lists, in
    plain sentences, whatever could not be used from the file or the environment.
    """

    _declarations: tuple[Setting, ...] = ()

    # -- Ticket Tailor --
    tickettailor_url = Setting[str](
        Kind.URL,
        "https://api.tickettailor.com",
        group=TICKET_TAILOR,
        label="Ticket Tailor address",
        help="Where the Ticket Tailor API is. Leave it as it is unless you use a test server.",
        env="BOXOFFICE_TICKETTAILOR_URL",
    )
    event_ids = Setting[tuple[str, ...]](
        Kind.LIST,
        (),
        group=TICKET_TAILOR,
        label="Events sold at this door",
        help="The Ticket Tailor events (ids starting with ev_) this till sells. "
        "Leave empty to sell every published event.",
    )
    ticket_overrides = Setting["Mapping[str, TicketOverride]"](
        Kind.TICKET_OVERRIDES,
        MappingProxyType({}),
        group=TICKET_TAILOR,
        label="Ticket changes at the door",
        help="For a ticket type: another name, a door price, another description, "
        "or hide it at this till. Ticket Tailor itself is not changed.",
    )
    # -- BTCPay --
    btcpay_url = Setting[str](
        Kind.URL,
        "",
        group=BTCPAY,
        label="BTCPay Server address",
        help="The address of your BTCPay Server, for example https://btcpay.example.com.",
        env="BOXOFFICE_BTCPAY_URL",
    )
    btcpay_store_id = Setting[str](
        Kind.TEXT,
        "",
        group=BTCPAY,
        label="BTCPay store ID",
        help="In BTCPay: Store settings, General, Store ID.",
        env="BOXOFFICE_BTCPAY_STORE_ID",
    )
    # -- Checkout --
    # Whole minutes: BTCPay refuses any JSON fraction here, even 15.0, with 422 "Invalid
    # timespan" (BTCPay Server source, BTCPayServer.Client/JsonConverters/
    # TimeSpanJsonConverter.cs). A fraction from an older settings file is rounded up.
    expiration_minutes = Setting[int](
        Kind.NUMBER,
        15,
        group=CHECKOUT,
        label="Time to pay (minutes)",
        help="How long an invoice can be paid, in whole minutes. The tickets stay reserved "
        "for this time.",
        minimum=1,
        maximum=1440,
        whole=True,
    )
    payment_methods = Setting[tuple[str, ...]](
        Kind.MULTI_CHOICE,
        ("onchain", "lightning"),
        group=CHECKOUT,
        label="Payment methods",
        help="How buyers can pay. Lightning is instant; on-chain may wait for a confirmation.",
        choices=(("onchain", "Bitcoin on-chain"), ("lightning", "Lightning")),
    )
    speed_policy = Setting[str](
        Kind.CHOICE,
        "HighSpeed",
        group=CHECKOUT,
        label="On-chain payment counts as paid",
        help="How many confirmations an on-chain payment needs before the tickets are issued. "
        "A payment that signals replace-by-fee, as many wallets do by default, needs one "
        "confirmation even at the fastest setting.",
        # BTCPay Server source, BTCPayServer/Payments/Bitcoin/NBXplorerListener.cs
        # (ConfirmationRequired): HighSpeed + RBF = 1 confirmation, so no "0" promise here.
        choices=(
            ("HighSpeed", "As soon as seen (1 confirmation if it signals RBF)"),
            ("MediumSpeed", "After 1 confirmation"),
            ("LowMediumSpeed", "After 2 confirmations"),
            ("LowSpeed", "After 6 confirmations"),
        ),
    )
    require_name = Setting[bool](
        Kind.BOOL,
        False,
        group=CHECKOUT,
        label="Require the buyer's full name",
        help="When off, the name may be left empty and the placeholder name is printed instead.",
    )
    placeholder_name = Setting[str](
        Kind.TEXT,
        "Satoshi Nakamoto",
        group=CHECKOUT,
        label="Name on tickets when none is given",
        help="Used when the buyer gives no name (or only a first name, as the surname).",
    )
    email_required = Setting[bool](
        Kind.BOOL,
        True,
        group=CHECKOUT,
        label="Require an e-mail address",
        help="Turn off for walk-in sales where the tickets are printed or shown on screen; "
        "tickets can only be e-mailed when the buyer gives an address.",
    )
    send_ticket_emails = Setting[bool](
        Kind.BOOL,
        True,
        group=CHECKOUT,
        label="E-mail the tickets to the buyer",
        help="Sent through your BTCPay store's e-mail settings. "
        "Ticket Tailor does not e-mail tickets sold this way.",
    )
    # -- This till --
    device_id = Setting["str | None"](
        Kind.TEXT,
        None,
        group=DEVICE,
        label="Till ID",
        help="Marks the invoices and tickets sold by this till. Made up once, then kept.",
        read_only=True,
    )
    device_name = Setting[str](
        Kind.TEXT,
        "",
        group=DEVICE,
        label="Till name",
        help="A name for this till, such as 'Front door', shown on its sales.",
    )

    def __init__(
        self,
        values: Mapping[str, Any] | None = None,
        *,
        path: Path | str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        """Settings from checked `values` (key -> value), without reading any file.

        `path` is where `save()` writes (default: settings.json in the config directory);
        `environ` is where overrides are read (default: `os.environ`).
        """
        self._path = Path(path) if path is not None else None
        self._environ = environ if environ is not None else os.environ
        self._values: dict[str, Any] = {}
        self._extra: dict[str, Any] = {}  # unknown keys from a newer version, kept on save
        self._env_values: dict[str, Any] = {}
        self.problems: list[str] = []
        for key, value in (values or {}).items():
            self.set(key, value)
        self._read_environment()

    # -- declarations ------------------------------------------------------------------------

    @classmethod
    def declarations(cls) -> tuple[Setting, ...]:
        """Every setting, in the order the dialog shows them."""
        return cls._declarations

    @classmethod
    def declaration(cls, key: str) -> Setting:
        """The declaration of `key`; KeyError for an unknown key."""
        for setting in cls._declarations:
            if setting.key == key:
                return setting
        raise KeyError(key)

    # -- reading and writing values ----------------------------------------------------------

    @property
    def path(self) -> Path:
        """The settings file."""
        return self._path if self._path is not None else paths.settings_path()

    def get(self, key: str) -> Any:
        """The effective value: environment override, else the saved value, else the default."""
        setting = self.declaration(key)
        if key in self._env_values:
            return self._env_values[key]
        return self._values.get(key, setting.default)

    def saved(self, key: str) -> Any:
        """The value the file holds (or will hold once saved), ignoring the environment."""
        return self._values.get(key, self.declaration(key).default)

    def set(self, key: str, value: Any) -> None:
        """Check and store a value; `save()` writes it. Raises `SettingError` with a sentence."""
        setting = self.declaration(key)
        try:
            self._values[key] = (
                _coerce_device_id(value) if key == "device_id" else setting.coerce(value)
            )
        except SettingError as error:
            raise SettingError(f"{setting.label} {error}.") from None

    def reset(self, key: str) -> None:
        """Go back to the default value (on the next save)."""
        self.declaration(key)
        self._values.pop(key, None)

    def env_override(self, key: str) -> str | None:
        """The environment variable overriding `key` right now, or None.

        The dialog shows such a setting read-only: saving would not change what is used.
        """
        return self.declaration(key).env if key in self._env_values else None

    def copy(self) -> Settings:
        """An independent copy, e.g. for a dialog that may be cancelled."""
        other = Settings.__new__(Settings)
        other._path = self._path
        other._environ = self._environ
        other._values = dict(self._values)
        other._extra = dict(self._extra)
        other._env_values = dict(self._env_values)
        other.problems = list(self.problems)
        return other

    def __repr__(self) -> str:
        return f"Settings(path={str(self.path)!r}, saved={sorted(self._values)})"

    # -- environment -------------------------------------------------------------------------

    def _read_environment(self) -> None:
        self._env_values.clear()
        for setting in self.declarations():
            text = self._environ.get(setting.env)
            if text is None or not text.strip():
                continue  # an empty variable counts as unset, as shells make that easy
            try:
                if setting.key == "device_id":
                    value = _coerce_device_id(text)
                else:
                    value = setting.parse_env(text)
            except SettingError as error:
                rounded = _rounded_up(setting, _float_or_none(text))
                if rounded is not None and _fits(setting, rounded):
                    self._env_values[setting.key] = rounded
                    self.problems.append(
                        f"{setting.env} is {text.strip()}, but {_lower_first(setting.label)} "
                        f"takes whole numbers; {rounded} is used."
                    )
                    continue
                self.problems.append(
                    f"{setting.env} is ignored: {_lower_first(setting.label)} {error}."
                )
                continue
            self._env_values[setting.key] = value

    # -- file --------------------------------------------------------------------------------

    @classmethod
    def load(
        cls, path: Path | str | None = None, *, environ: Mapping[str, str] | None = None
    ) -> Settings:
        """Read the settings file; never fails (see `problems` for what could not be used).

        A missing file gives the defaults. A file that cannot be parsed is copied to
        `<name>.bak` (so a hand edit is never lost) and the defaults are used.
        """
        settings = cls(path=path, environ=environ)
        env_problems = settings.problems
        settings.problems = []
        settings._read_file()
        settings.problems.extend(env_problems)
        return settings

    def _read_file(self) -> None:
        path = self.path
        try:
            with path.open("rb") as file:
                raw_bytes = file.read(MAX_SETTINGS_BYTES + 1)
        except FileNotFoundError:
            return
        except OSError as error:
            self.problems.append(
                f"The settings file {path} could not be read ({error.strerror}); "
                "the defaults are used."
            )
            return
        try:
            if len(raw_bytes) > MAX_SETTINGS_BYTES:
                raise ValueError("far too large for a settings file")
            text = _settings_text(raw_bytes)
            # A file nested thousands deep makes the parser recurse until Python stops it.
            data = json.loads(text)
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except (ValueError, RecursionError):
            try:
                backup = self._backup_broken_file(path)
            except OSError as error:  # loading never fails, even in a read-only folder
                self.problems.append(
                    f"The settings file {path.name} is damaged and could not be read, nor "
                    f"copied aside ({error.strerror}); the defaults are used."
                )
                return
            self.problems.append(
                f"The settings file {path.name} is damaged and could not be read; "
                f"a copy was kept as {backup.name} and the defaults are used."
            )
            return
        known = {setting.key for setting in self.declarations()}
        kept_aside = False

        def keep_a_copy() -> str:
            """The file as it was, kept once: saving would write over what was not used."""
            nonlocal kept_aside
            if kept_aside:
                return ""
            kept_aside = True
            try:
                backup = self._keep_copy(path, raw_bytes)
            except OSError as error:
                log.warning("settings file %s could not be copied aside: %s", path, error)
                return ""
            return f"; the file as it was is kept as {backup.name}"

        version = data.get(FORMAT_KEY)
        newer = isinstance(version, int | float) and not isinstance(version, bool)
        if newer and version > FORMAT_VERSION:
            copy = keep_a_copy()
            self.problems.append(
                f"The settings file {path.name} was written by a newer version of Box "
                f"Office; what this version knows of it is used{copy}."
            )
        for key, raw in data.items():
            if key == FORMAT_KEY:
                continue
            if key not in known:
                if _SECRET_LOOKING.search(key):
                    self.problems.append(
                        f"The settings file has “{key}”, which looks like a secret; API keys "
                        "belong in the keyring (settings dialog) or in an environment "
                        "variable, so it is ignored and removed on the next save."
                    )
                else:
                    self._extra[key] = raw
                    self.problems.append(
                        f"The settings file has an unknown setting “{key}”; "
                        "it is kept but not used."
                    )
                continue
            setting = self.declaration(key)
            rounded = _rounded_up(setting, raw)
            if rounded is not None and _fits(setting, rounded):
                self._values[key] = rounded
                self.problems.append(
                    f"In {path.name}, {_lower_first(setting.label)} was {raw}, but it takes "
                    f"whole numbers now; {rounded} is used (and saved on the next save)."
                )
                continue
            try:
                self.set(key, raw)
            except SettingError as error:
                self.problems.append(
                    f"In {path.name}, {_lower_first(str(error)).rstrip('.')}; "
                    f"the default ({setting.describe(setting.default)}) is used instead"
                    f"{keep_a_copy()}."
                )

    @classmethod
    def _keep_copy(cls, path: Path, raw: bytes) -> Path:
        """A copy of the file aside, or the one kept on an earlier start if it is the same."""
        candidates = [path.with_name(path.name + ".bak")]
        n = 1
        while path.with_name(f"{path.name}.{n}.bak").exists():
            candidates.append(path.with_name(f"{path.name}.{n}.bak"))
            n += 1
        for candidate in candidates:
            with contextlib.suppress(OSError):
                if candidate.read_bytes() == raw:
                    return candidate
        return cls._backup_broken_file(path)

    @staticmethod
    def _backup_broken_file(path: Path) -> Path:
        backup = path.with_name(path.name + ".bak")
        if backup.exists():
            # Keep the first broken copy: it is the one most likely to hold the user's edits.
            n = 1
            while path.with_name(f"{path.name}.{n}.bak").exists():
                n += 1
            backup = path.with_name(f"{path.name}.{n}.bak")
        shutil.copy2(path, backup)
        os.chmod(backup, 0o600)
        log.warning("settings file %s could not be parsed; copied to %s", path, backup)
        return backup

    def save(self) -> None:
        """Write the file atomically (temp file + rename), readable only by its owner.

        The first save gives this till its device id. Values coming from environment variables
        are not written: the file keeps what was chosen in the dialog or the file.
        """
        if self._values.get("device_id") is None:
            self._values["device_id"] = new_device_id()
        data: dict[str, Any] = {FORMAT_KEY: FORMAT_VERSION}
        data.update(self._extra)
        for setting in self.declarations():
            if setting.key in self._values:
                data[setting.key] = setting.to_json(self._values[setting.key])
        write_json_atomically(self.path, data)

    # -- what the core needs -----------------------------------------------------------------

    def to_checkout(self) -> CheckoutSettings:
        """The checkout options for the sale engine."""
        from boxoffice.domain.checkout import CheckoutSettings

        return CheckoutSettings(
            expiration_minutes=self.expiration_minutes,
            payment_methods=tuple(self.payment_methods),
            speed_policy=self.speed_policy,
            require_name=self.require_name,
            placeholder_name=self.placeholder_name,
            email_required=self.email_required,
            send_ticket_emails=self.send_ticket_emails,
        )

    def to_catalogue(self) -> CatalogueSettings:
        """Which events are sold and how ticket types are changed at this door."""
        from boxoffice.domain.catalogue import CatalogueSettings

        return CatalogueSettings(
            event_ids=tuple(self.event_ids), overrides=dict(self.ticket_overrides)
        )


def _float_or_none(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _fits(setting: Setting, value: int) -> bool:
    try:
        setting.coerce(value)
    except SettingError:
        return False
    return True


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def write_json_atomically(path: Path, data: Any) -> None:
    """Write JSON so that a reader sees the old file or the new one, never half of one.

    The file is created with mode 0600: it may hold names of buyers (caches) or the till's
    set-up, which is nobody else's business on a shared computer.
    """
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
        ascii_only = False
    except UnicodeEncodeError:
        # A lone surrogate ("\ud800", read from a file's JSON escape) has no UTF-8 form;
        # escaped as JSON allows, it is written and read back exactly (RFC 8259, 7).
        ascii_only = True
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, ensure_ascii=ascii_only, sort_keys=False)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    # Make the rename itself durable (POSIX only; Windows cannot open a directory).
    if hasattr(os, "O_DIRECTORY"):
        with contextlib.suppress(OSError):
            dir_fd = os.open(path.parent, os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


SETTINGS: tuple[Setting, ...] = Settings.declarations()
