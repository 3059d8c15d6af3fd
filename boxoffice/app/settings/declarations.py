"""Every setting of the till, declared once: its kind, default, words and env override.

A declaration (`Setting`) is all the settings dialog, the file loader, the environment override
and the command line need to know about a setting, in the spirit of Electrum's `ConfigVar`:

    expiration_minutes = Setting(Kind.NUMBER, 15, group=..., label=..., help=..., minimum=1)

declares `settings.expiration_minutes`, the JSON key `expiration_minutes`, the environment
override `BOXOFFICE_EXPIRATION_MINUTES` and the dialog row. `Settings.declarations()` lists them
in display order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from boxoffice.app.settings.kinds import COERCE, Kind, SettingError, override_to_json
from boxoffice.words import translate

if TYPE_CHECKING:
    # Read by the type checker in `Setting["Mapping[str, TicketOverride]"]` below.
    from collections.abc import Mapping  # noqa: F401

    from boxoffice.domain.catalogue import TicketOverride  # noqa: F401

T = TypeVar("T")

_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})


class Setting(Generic[T]):
    """One declared setting. Used as a class attribute of `Declared`, which names it.

    `key` is the attribute name (and the JSON key); `env` is `BOXOFFICE_<KEY>` unless given.
    `label`, `help` and the words of `choices` are `Words` (translated where they are shown).
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

    def __set_name__(self, owner: type[Declared], name: str) -> None:
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
    def __get__(self, obj: Declared, owner: type) -> T: ...
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.get(self.key)

    def __set__(self, obj: Declared, value: T) -> None:
        obj.set(self.key, value)

    # -- values ------------------------------------------------------------------------------

    def coerce(self, value: Any) -> T:
        """Check a value (from the file, the dialog or code) and return it in canonical form.

        Raises `SettingError` whose text completes "<label> ...", e.g. "must be a number".
        """
        return COERCE[self.kind](self, value)

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
            raise SettingError(translate("SettingCheck", "must be true or false (or yes/no, 1/0)"))
        if kind is Kind.NUMBER:
            try:
                number = float(text)
            except ValueError:
                raise SettingError(translate("SettingCheck", "must be a number")) from None
            return self.coerce(number)
        if kind in (Kind.LIST, Kind.MULTI_CHOICE):
            return self.coerce([part.strip() for part in text.split(",") if part.strip()])
        if kind is Kind.TICKET_OVERRIDES:
            try:
                data = json.loads(text)
            except json.JSONDecodeError:
                # Never `.format()`ted: its braces are the JSON's own.
                raise SettingError(
                    translate(
                        "SettingCheck", 'must be a JSON object such as {"tt_1": {"price": "10.00"}}'
                    )
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
            return {tt_id: override_to_json(o) for tt_id, o in value.items()}  # type: ignore[attr-defined]
        return value

    def describe(self, value: Any) -> str:
        """A value in words, for problem sentences (`Words`, but a value as it is)."""
        if self.kind is Kind.BOOL:
            return translate("Setting", "yes") if value else translate("Setting", "no")
        if self.kind in (Kind.LIST, Kind.MULTI_CHOICE):
            return ", ".join(value) if value else translate("Setting", "none")
        if self.kind is Kind.TICKET_OVERRIDES:
            if not value:
                return translate("Setting", "no changes")
            if len(value) == 1:
                return translate("Setting", "{count} ticket change").format(count=1)
            return translate("Setting", "{count} ticket changes").format(count=len(value))
        if self.kind is Kind.NUMBER:
            return str(self.to_json(value))
        if value in (None, ""):
            return translate("Setting", "empty")
        return str(value)


TICKET_TAILOR = "Ticket Tailor"
BTCPAY = "BTCPay Server"
CHECKOUT = "Checkout"
DEVICE = "This till"
KIOSK = "Kiosk"


class Declared:
    """The declared settings, as class attributes in display order; `till.Settings` gives
    them values (`get` / `set`)."""

    _declarations: tuple[Setting, ...] = ()

    # -- Ticket Tailor --
    tickettailor_url = Setting[str](
        Kind.URL,
        "https://api.tickettailor.com",
        group=TICKET_TAILOR,
        label=translate("Setting", "Ticket Tailor address"),
        help=translate(
            "Setting",
            "Where the Ticket Tailor API is. Leave it as it is unless you use a test server.",
        ),
        env="BOXOFFICE_TICKETTAILOR_URL",
    )
    event_ids = Setting[tuple[str, ...]](
        Kind.LIST,
        (),
        group=TICKET_TAILOR,
        label=translate("Setting", "Events sold at this door"),
        help=translate(
            "Setting",
            "The Ticket Tailor events (ids starting with ev_) this till sells. "
            "Leave empty to sell every published event.",
        ),
    )
    ticket_overrides = Setting["Mapping[str, TicketOverride]"](
        Kind.TICKET_OVERRIDES,
        MappingProxyType({}),
        group=TICKET_TAILOR,
        label=translate("Setting", "Ticket changes at the door"),
        help=translate(
            "Setting",
            "For a ticket type: another name, a door price, another description, "
            "or hide it at this till. Ticket Tailor itself is not changed.",
        ),
    )
    # -- BTCPay --
    btcpay_url = Setting[str](
        Kind.URL,
        "",
        group=BTCPAY,
        label=translate("Setting", "BTCPay Server address"),
        help=translate(
            "Setting", "The address of your BTCPay Server, for example https://btcpay.example.com."
        ),
        env="BOXOFFICE_BTCPAY_URL",
    )
    btcpay_store_id = Setting[str](
        Kind.TEXT,
        "",
        group=BTCPAY,
        label=translate("Setting", "BTCPay store ID"),
        help=translate("Setting", "In BTCPay: Store settings, General, Store ID."),
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
        label=translate("Setting", "Time to pay (minutes)"),
        help=translate(
            "Setting",
            "How long an invoice can be paid, in whole minutes. The tickets stay reserved "
            "for this time.",
        ),
        minimum=1,
        maximum=1440,
        whole=True,
    )
    payment_methods = Setting[tuple[str, ...]](
        Kind.MULTI_CHOICE,
        ("onchain", "lightning"),
        group=CHECKOUT,
        label=translate("Setting", "Payment methods"),
        help=translate(
            "Setting",
            "How buyers can pay. Lightning is instant; on-chain may wait for a confirmation.",
        ),
        choices=(
            ("onchain", translate("Setting", "Bitcoin on-chain")),
            ("lightning", translate("Setting", "Lightning")),
        ),
    )
    speed_policy = Setting[str](
        Kind.CHOICE,
        "HighSpeed",
        group=CHECKOUT,
        label=translate("Setting", "On-chain payment counts as paid"),
        help=translate(
            "Setting",
            "How many confirmations an on-chain payment needs before the tickets are issued. "
            "A payment that signals replace-by-fee, as many wallets do by default, needs one "
            "confirmation even at the fastest setting.",
        ),
        # BTCPay Server source, BTCPayServer/Payments/Bitcoin/NBXplorerListener.cs
        # (ConfirmationRequired): HighSpeed + RBF = 1 confirmation, so no "0" promise here.
        choices=(
            (
                "HighSpeed",
                translate("Setting", "As soon as seen (1 confirmation if it signals RBF)"),
            ),
            ("MediumSpeed", translate("Setting", "After 1 confirmation")),
            ("LowMediumSpeed", translate("Setting", "After 2 confirmations")),
            ("LowSpeed", translate("Setting", "After 6 confirmations")),
        ),
    )
    require_name = Setting[bool](
        Kind.BOOL,
        False,
        group=CHECKOUT,
        label=translate("Setting", "Require the buyer's full name"),
        help=translate(
            "Setting",
            "When off, the name may be left empty and the placeholder name is printed instead.",
        ),
    )
    placeholder_name = Setting[str](
        Kind.TEXT,
        "Satoshi Nakamoto",
        group=CHECKOUT,
        label=translate("Setting", "Name on tickets when none is given"),
        help=translate(
            "Setting", "Used when the buyer gives no name (or only a first name, as the surname)."
        ),
    )
    email_required = Setting[bool](
        Kind.BOOL,
        True,
        group=CHECKOUT,
        label=translate("Setting", "Require an e-mail address"),
        help=translate(
            "Setting",
            "Turn off for walk-in sales where the tickets are printed or shown on screen; "
            "tickets can only be e-mailed when the buyer gives an address.",
        ),
    )
    send_ticket_emails = Setting[bool](
        Kind.BOOL,
        True,
        group=CHECKOUT,
        label=translate("Setting", "E-mail the tickets to the buyer"),
        help=translate(
            "Setting",
            "Sent through your BTCPay store's e-mail settings. "
            "Ticket Tailor does not e-mail tickets sold this way.",
        ),
    )
    # -- This till --
    device_id = Setting["str | None"](
        Kind.TEXT,
        None,
        group=DEVICE,
        label=translate("Setting", "Till ID"),
        help=translate(
            "Setting", "Marks the invoices and tickets sold by this till. Made up once, then kept."
        ),
        read_only=True,
    )
    device_name = Setting[str](
        Kind.TEXT,
        "",
        group=DEVICE,
        label=translate("Setting", "Till name"),
        help=translate(
            "Setting", "A name for this till, such as 'Front door', shown on its sales."
        ),
    )
    # Read once at start (boxoffice.ui.i18n); the codes are those the window has words for.
    language = Setting[str](
        Kind.CHOICE,
        "",
        group=DEVICE,
        label=translate("Setting", "Language"),
        help=translate(
            "Setting",
            "The language of the window; a kiosk's customers may choose their own, and the next "
            "customer is welcomed in this one again.",
        ),
        choices=(
            ("", translate("Setting", "As the system (English when not one of these)")),
            # Each language by its own name, in every language (as a language menu shows them).
            ("en", "English"),
            ("de", "Deutsch"),
            ("fr", "Français"),
            ("es", "Español"),
        ),
    )
    # Read once at start (boxoffice.ui.app -> boxoffice.ui.resources.apply_style).
    high_contrast = Setting[bool](
        Kind.BOOL,
        False,
        group=DEVICE,
        label=translate("Setting", "High contrast"),
        help=translate(
            "Setting",
            "White and yellow on black, with a thick outline around the control in use, "
            "for buyers and staff who see less.",
        ),
    )
    large_text = Setting[bool](
        Kind.BOOL,
        False,
        group=DEVICE,
        label=translate("Setting", "Larger text"),
        help=translate("Setting", "All text about a third larger."),
    )

    # -- Kiosk --
    kiosk = Setting[bool](
        Kind.BOOL,
        False,
        group=KIOSK,
        label=translate("Setting", "Start as a kiosk"),
        help=translate(
            "Setting",
            "Full screen and locked, for buyers to serve themselves; only the staff PIN "
            "leaves it. Needs a staff PIN.",
        ),
    )
    # Only ever a salted scrypt hash (boxoffice.app.kiosk_pin), never the PIN. Read-only:
    # the dialog may say whether one is set, but must never show this text (its salt is a
    # secret too), and the dialog's generated pages would show a read-only text as it is.
    kiosk_pin_hash = Setting[str](
        Kind.TEXT,
        "",
        group=KIOSK,
        label=translate("Setting", "Staff PIN"),
        help=translate(
            "Setting",
            "Staff type it on the kiosk to reach the staff menu. Only a salted hash of it is kept.",
        ),
        read_only=True,
    )
    kiosk_idle_seconds = Setting[int](
        Kind.NUMBER,
        60,
        group=KIOSK,
        label=translate("Setting", "Start again after no touch for (seconds)"),
        help=translate(
            "Setting",
            "On a choosing screen, the kiosk asks “Are you still there?” after this long "
            "without a touch, then goes back to the start. Never while a payment is on.",
        ),
        minimum=15,
        maximum=3600,
        whole=True,
    )
    kiosk_done_seconds = Setting[int](
        Kind.NUMBER,
        90,
        group=KIOSK,
        label=translate("Setting", "Show a finished sale for (seconds)"),
        help=translate(
            "Setting",
            "How long the tickets stay on screen after a sale, unless the buyer taps Done: "
            "long enough to photograph the ticket QR or take the receipt.",
        ),
        minimum=10,
        maximum=3600,
        whole=True,
    )
    kiosk_welcome = Setting[str](
        Kind.TEXT,
        "",
        group=KIOSK,
        label=translate("Setting", "Welcome text"),
        help=translate("Setting", "The organiser's words on the kiosk's start screen."),
    )
    kiosk_logo = Setting[str](
        Kind.TEXT,
        "",
        group=KIOSK,
        label=translate("Setting", "Logo image"),
        help=translate(
            "Setting",
            "The path to an image file (PNG, JPEG or SVG) shown on the kiosk's start screen.",
        ),
    )

    def get(self, key: str) -> Any:
        raise NotImplementedError

    def set(self, key: str, value: Any) -> None:
        raise NotImplementedError

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


#: Every setting, in the order the dialog shows them.
SETTINGS: tuple[Setting, ...] = Declared.declarations()
