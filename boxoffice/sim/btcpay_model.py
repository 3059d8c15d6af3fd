"""BTCPay invoices as the simulator keeps them: money, payments and the status machine.

Follows BTCPay Server's invoice entity and watcher (BTCPayServer/Services/Invoices/
InvoiceEntity.cs, BTCPayServer/HostedServices/InvoiceWatcher.cs). Time-based transitions are
applied lazily: `refresh(now)` runs before every read or change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, ROUND_UP, Decimal
from typing import Any

SATOSHI = Decimal("0.00000001")
CHAIN = "BTC-CHAIN"
LIGHTNING = "BTC-LN"
LNURL = "BTC-LNURL"
LEGACY_IDS = {CHAIN: "BTC", LIGHTNING: "BTC-LightningNetwork", LNURL: "BTC-LNURLPAY"}
SPEED_POLICIES = ("HighSpeed", "MediumSpeed", "LowMediumSpeed", "LowSpeed")
FINAL_MARKABLE = {
    "Invalid": ("New", "Processing", "Expired"),
    "Settled": ("New", "Processing", "Expired", "Invalid"),
}
# Decimal places of an invoice currency (reference §5.1: amounts are rounded to these).
CURRENCY_DECIMALS = {"JPY": 0, "KRW": 0, "HUF": 2, "CLP": 0, "VND": 0, "BTC": 8, "SATS": 0}


def _to_currency(amount: Decimal, currency: str) -> Decimal:
    """`amount` rounded half up to the currency's decimals (2 unless listed above)."""
    exponent = Decimal(1).scaleb(-CURRENCY_DECIMALS.get(currency.upper(), 2))
    return amount.quantize(exponent, rounding=ROUND_HALF_UP)


def round_amount(amount: Decimal, currency: str) -> Decimal:
    """Round to the currency's decimals unless that changes the value by 1% or more (§5.1)."""
    rounded = _to_currency(amount, currency)
    if amount and abs(rounded - amount) / amount >= Decimal("0.01"):
        return amount
    return rounded


def btc(value: Decimal) -> str:
    """A BTC amount with 8 decimals, as the API sends it (negative stays negative)."""
    return f"{value.quantize(SATOSHI):f}"


def btc_plain(value: Decimal) -> str:
    """A BTC amount without trailing zeros, for BIP21 `amount=`."""
    text = f"{value.quantize(SATOSHI):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def money(value: Decimal) -> str:
    return f"{value:f}"


@dataclass
class Payment:
    """One payment seen by the server (on-chain transaction output or settled HTLC)."""

    id: str
    method: str  # canonical id, BTC-CHAIN or BTC-LN
    value: Decimal
    received: int
    status: str  # Processing (unconfirmed), Settled, Invalid
    destination: str

    def to_api(self) -> dict:
        return {
            "id": self.id,
            "receivedDate": self.received,
            "value": btc(self.value),
            "fee": btc(Decimal(0)),
            "status": self.status,
            "destination": self.destination,
        }


@dataclass
class InvoicePaymentMethod:
    """One payment method of an invoice, with its current destination.

    For Lightning after a partial payment, `pending` is the new BOLT11 the server has not
    saved yet (it is saved at `renew_at`, or after a few reads), and `cancelled` holds the
    BOLT11s cancelled on the node, which no wallet can pay any more.
    """

    id: str  # canonical
    activated: bool
    destination: str | None = None
    key_path: str = ""
    pending: str | None = None
    renew_at: float = 0.0
    reads_since_renewal: int = 0
    cancelled: set[str] = field(default_factory=set)
    lnurl: str | None = None


@dataclass
class Invoice:
    """A Greenfield invoice and what the simulated wallet and node saw for it."""

    id: str
    store_id: str
    sequence: int
    amount: Decimal | None  # None: top-up invoice
    currency: str
    rate: Decimal  # invoice currency per 1 BTC
    created: int
    expiration: int
    monitoring_expiration: int
    metadata: dict[str, Any]
    speed_policy: str
    methods: list[InvoicePaymentMethod]
    payment_tolerance: float = 0.0
    lazy: bool = False
    default_payment_method: str | None = None
    redirect_url: str | None = None
    redirect_automatically: bool | None = None
    default_language: str | None = None
    receipt: dict[str, Any] = field(default_factory=dict)
    search_terms: list[str] = field(default_factory=list)
    status: str = "New"
    additional_status: str = "None"
    marked: bool = False
    archived: bool = False
    payments: list[Payment] = field(default_factory=list)
    #: `paymentMethodFee` in BTC: set by the first on-chain payment that leaves something
    #: due, under the store's default networkFeeMode MultiplePaymentsOnly.
    network_fee: Decimal = Decimal(0)
    #: Told of every change an invoice status websocket reports (a payment, new payment
    #: details, a status change); set by the server that keeps the invoice.
    on_change: Callable[[], None] | None = field(default=None, repr=False, compare=False)

    def changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    # -- money ----------------------------------------------------------------------------

    @property
    def top_up(self) -> bool:
        return self.amount is None

    @property
    def btc_amount(self) -> Decimal:
        """What to pay in BTC; rounded up to a whole satoshi so paying it is never short."""
        if self.amount is None or self.rate == 0:
            return Decimal(0)
        return (self.amount / self.rate).quantize(SATOSHI, rounding=ROUND_UP) + self.network_fee

    @property
    def paid_btc(self) -> Decimal:
        """Accounted payments: everything except invalid (double-spent) ones."""
        return sum((p.value for p in self.payments if p.status != "Invalid"), Decimal(0))

    def paid_by(self, method: str) -> Decimal:
        return sum(
            (p.value for p in self.payments if p.status != "Invalid" and p.method == method),
            Decimal(0),
        )

    @property
    def due_btc(self) -> Decimal:
        """Still to pay; negative when overpaid; 0 for a top-up invoice."""
        if self.top_up:
            return Decimal(0)
        return self.btc_amount - self.paid_btc

    @property
    def paid_amount(self) -> Decimal:
        """Paid so far, in the invoice currency, rounded to its decimals."""
        return _to_currency(self.paid_btc * self.rate, self.currency)

    @property
    def displayed_amount(self) -> Decimal:
        if self.amount is None:  # a top-up invoice shows what was paid (§5.2)
            return self.paid_amount
        return self.amount

    @property
    def fully_paid(self) -> bool:
        if self.top_up:
            return self.paid_btc > 0
        tolerance = Decimal(str(self.payment_tolerance)) / 100
        return self.paid_btc >= self.btc_amount * (1 - tolerance)

    @property
    def overpaid(self) -> bool:
        return not self.top_up and self.paid_btc > self.btc_amount

    @property
    def all_confirmed(self) -> bool:
        return all(p.status != "Processing" for p in self.payments)

    def method(self, method_id: str) -> InvoicePaymentMethod | None:
        for method in self.methods:
            if method.id == method_id:
                return method
        return None

    # -- the status machine (reference §6.1) ----------------------------------------------------

    def refresh(self, now: float) -> None:
        """Apply the transitions that only need time to pass."""
        if self.marked:
            return
        before = self.status
        if self.status == "New" and now >= self.expiration:
            self.status = "Expired"
            self.additional_status = "PaidPartial" if self.paid_btc > 0 else "None"
        if (
            self.status == "Processing"
            and now >= self.monitoring_expiration
            and not self.all_confirmed
        ):
            # Paid but never confirmed while monitored: Invalid, keeping PaidOver/None.
            self.status = "Invalid"
        if self.status != before:
            self.changed()

    def recompute(self) -> None:
        """Apply the transitions caused by a new or confirmed payment."""
        if self.marked:
            return  # a marked invoice keeps its status; payments still count in paidAmount
        paid = self.paid_btc
        if self.status == "New":
            if self.fully_paid:
                self.status = "Processing"
                self.additional_status = "PaidOver" if self.overpaid else "None"
            elif paid > 0:
                self.additional_status = "PaidPartial"
        elif self.status == "Expired":
            if self.fully_paid:
                self.additional_status = "PaidLate"  # stays Expired for ever (#3449)
            elif paid > 0:
                self.additional_status = "PaidPartial"
        if self.status == "Processing":
            self.additional_status = "PaidOver" if self.overpaid else "None"
            if self.all_confirmed:
                self.status = "Settled"
        elif self.status == "Settled" and self.overpaid:
            self.additional_status = "PaidOver"

    def markable(self) -> list[str]:
        """`availableStatusesForManualMarking` (reference §5.5)."""
        result = []
        for target in ("Settled", "Invalid"):
            if self.status == target:
                continue
            if self.status in FINAL_MARKABLE[target] or self.marked:
                result.append(target)
        return result

    def mark(self, target: str) -> bool:
        if target not in FINAL_MARKABLE or target not in self.markable():
            return False
        self.status = target
        self.additional_status = "Marked"
        self.marked = True
        self.changed()
        return True


class Store:
    """The store settings a POS reads (reference §4); amounts in seconds as the API sends."""

    def __init__(self, store_id: str, name: str, default_currency: str = "GBP") -> None:
        self.id = store_id
        self.name = name
        self.default_currency = default_currency
        self.invoice_expiration = 900
        self.monitoring_expiration = 86400
        self.speed_policy = "MediumSpeed"
        self.lazy_payment_methods = False
        self.payment_tolerance = 0.0
        self.enabled_methods = [CHAIN, LIGHTNING]
        # The default for a store (StoreBaseData.cs: enum value 0), and a plausible fee.
        self.network_fee_mode = "MultiplePaymentsOnly"
        self.network_fee_btc = Decimal("0.00000300")

    def to_api(self, legacy: bool) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "website": None,
            "supportUrl": None,
            "logoUrl": None,
            "cssUrl": None,
            "paymentSoundUrl": None,
            "brandColor": None,
            "applyBrandColorToBackend": False,
            "defaultCurrency": self.default_currency,
            "additionalTrackedRates": [],
            "invoiceExpiration": self.invoice_expiration,
            "refundBOLT11Expiration": 30,
            "displayExpirationTimer": 300,
            "monitoringExpiration": self.monitoring_expiration,
            "speedPolicy": self.speed_policy,
            "lightningDescriptionTemplate": "Paid to {StoreName} (Order ID: {OrderId})",
            "paymentTolerance": self.payment_tolerance,
            "archived": False,
            "anyoneCanCreateInvoice": False,
            "receipt": {"enabled": True, "showQR": True, "showPayments": True},
            "lightningAmountInSatoshi": False,
            "lightningPrivateRouteHints": False,
            "onChainWithLnInvoiceFallback": True,
            "redirectAutomatically": False,
            "showRecommendedFee": True,
            "recommendedFeeBlockTarget": 1,
            "defaultLang": "en",
            "htmlTitle": None,
            "networkFeeMode": self.network_fee_mode,
            "payJoinEnabled": False,
            "autoDetectLanguage": False,
            "showPayInWalletButton": True,
            "showStoreHeader": True,
            "celebratePayment": True,
            "playSoundOnPayment": False,
            "lazyPaymentMethods": self.lazy_payment_methods,
            "defaultPaymentMethod": LEGACY_IDS[CHAIN] if legacy else CHAIN,
            "paymentMethodCriteria": None,
        }
