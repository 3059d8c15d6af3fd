"""Reading Greenfield request bodies and query strings the way BTCPay 2.4.1 does (BTCPay Server
source: BTCPayServer.Client/JsonConverters/TimeSpanJsonConverter.cs, BTCPayServer/Payments/
PaymentMethodId.cs, GreenfieldInvoiceController.cs `CreateInvoice`)."""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from boxoffice.sim.btcpay_auth import validation
from boxoffice.sim.btcpay_model import CHAIN, LIGHTNING, LNURL, SPEED_POLICIES, Store
from boxoffice.sim.router import Request

# 2.x ids are parsed as given: "btc-ln" becomes `BTC-ln`, which misses the handler lookup (its
# hash differs), so on input only the exact upper-case spelling works (PaymentMethodId.cs).
PAYMENT_METHOD_IDS = (CHAIN, LIGHTNING, LNURL)
# The legacy long spellings are converted without regard to case (PaymentMethodId.cs).
LEGACY_INPUT = {
    "btc": CHAIN,
    "btc-onchain": CHAIN,
    "btc_onchain": CHAIN,
    "btc-lightningnetwork": LIGHTNING,
    "btc_lightningnetwork": LIGHTNING,
    "btc_lightninglike": LIGHTNING,
    "btc-lightninglike": LIGHTNING,
    "btc-lnurlpay": LNURL,
    "btc_lnurlpay": LNURL,
}
# Every spelling, lower-cased, for the simulator's own control API (a test's convenience).
PAYMENT_METHOD_INPUT = {
    "btc-chain": CHAIN,
    "btc": CHAIN,
    "btc-onchain": CHAIN,
    "btc_onchain": CHAIN,
    "btc-ln": LIGHTNING,
    "btc-lightningnetwork": LIGHTNING,
    "btc_lightningnetwork": LIGHTNING,
    "btc_lightninglike": LIGHTNING,
    "btc-lightninglike": LIGHTNING,
    "btc-lnurl": LNURL,
    "btc-lnurlpay": LNURL,
    "btc_lnurlpay": LNURL,
}


def json_body(request: Request) -> Any:
    if not request.body.strip():
        return None
    try:
        return json.loads(request.body, parse_float=Decimal)
    except (ValueError, UnicodeDecodeError):
        raise validation(("", "The request body is not valid JSON")) from None


def parse_amount(raw: Any, problems: list[tuple[str, str]]) -> Decimal | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, (str, int, Decimal)):
        problems.append(("amount", "The amount should be a number or a decimal string"))
        return None
    try:
        amount = Decimal(str(raw).strip())
    except InvalidOperation:
        problems.append(("amount", "The amount should be a number or a decimal string"))
        return None
    if not amount.is_finite():
        problems.append(("amount", "The amount should be a number or a decimal string"))
        return None
    if amount < 0:
        problems.append(("amount", "The amount should be 0 or more."))
        return None
    return amount


def input_method(raw: Any) -> str | None:
    """A payment method id in a create request, as a 2.x server reads it; None: invalid."""
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    if text in PAYMENT_METHOD_IDS:
        return text
    return LEGACY_INPUT.get(text.lower())


_TIMESPAN = re.compile(
    r"^\s*(?P<sign>-)?(?:(?P<days>\d+)\.)?(?P<h>\d{1,2}):(?P<m>\d{1,2})"
    r"(?::(?P<s>\d{1,2})(?:\.(?P<f>\d{1,7}))?)?\s*$"
)


def timespan_seconds(raw: Any) -> Decimal | None:
    """A JSON value as BTCPay's TimeSpanJsonConverter reads a `...Minutes` field, in seconds.

    An integer token is minutes. A string is a .NET TimeSpan: `"00:00:30"` is 30 seconds,
    `"1.02:00:00"` a day and two hours, and a bare `"15"` is fifteen *days*. Any JSON float,
    even `15.0`, is refused (the converter has no branch for it); so is anything else. None:
    invalid. (`json_body` parses floats as Decimal, so their type is still visible here.)
    """
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return Decimal(raw) * 60
    if not isinstance(raw, str):
        return None  # a JSON float (Decimal here), an object, an array
    text = raw.strip()
    if re.fullmatch(r"-?\d+", text):
        return Decimal(int(text)) * 86400
    match = _TIMESPAN.match(raw)
    if match is None:
        return None
    hours, minutes = int(match["h"]), int(match["m"])
    seconds = int(match["s"] or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        return None
    total = Decimal(int(match["days"] or 0) * 86400 + hours * 3600 + minutes * 60 + seconds)
    if match["f"]:
        total += Decimal("0." + match["f"])
    return -total if match["sign"] else total


def number(checkout: dict, name: str, problems: list[tuple[str, str]]) -> float | None:
    raw = checkout.get(name)
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, (int, Decimal, str)):
        problems.append((f"checkout.{name}", "Should be a number"))
        return None
    try:
        return float(Decimal(str(raw)))
    except InvalidOperation:
        problems.append((f"checkout.{name}", "Should be a number"))
        return None


def canonical_method(raw: Any) -> str | None:
    if not isinstance(raw, str):
        return None
    return PAYMENT_METHOD_INPUT.get(raw.strip().lower())


def true(raw: str | None) -> bool:
    return (raw or "").strip().lower() in ("true", "1")


def int_query(request: Request, name: str) -> int | None:
    raw = request.query_one(name)
    if raw is None or raw == "":
        return None
    try:
        return int(Decimal(raw))
    except InvalidOperation:
        raise validation((name, f"{name} should be a number")) from None


def checkout_options(checkout: dict, store: Store, problems: list[tuple[str, str]]) -> dict:
    """The effective checkout options of a new invoice; store defaults fill the gaps.

    Durations come back in seconds. Errors carry the paths a 2.4.1 server writes: JSON paths
    for converter errors (`checkout.expirationMinutes`), C# property paths for the
    controller's own checks (`Checkout.Expiration`, `Checkout.PaymentMethods[0]`).
    `paymentMethods: []` is not an error here: it excludes every method, and creation then
    fails with 400 (see `BTCPay.create_invoice`).
    """
    speed = checkout.get("speedPolicy")
    if speed is not None and speed not in SPEED_POLICIES:
        problems.append(
            ("checkout.speedPolicy", f"Error converting value \"{speed}\" to type 'SpeedPolicy'")
        )
    methods: list[str] | None = None
    raw_methods = checkout.get("paymentMethods")
    if raw_methods is not None:
        methods = []
        if not isinstance(raw_methods, list):
            problems.append(("checkout.paymentMethods", "Should be an array"))
        else:
            for index, raw in enumerate(raw_methods):
                canonical = input_method(raw)
                if canonical is None:
                    problems.append(
                        (f"Checkout.PaymentMethods[{index}]", "Invalid PaymentMethodId")
                    )
                elif canonical not in methods:
                    methods.append(canonical)
    default_method = checkout.get("defaultPaymentMethod")
    if default_method is not None:
        canonical = input_method(default_method)
        if canonical is None:
            problems.append(("Checkout.DefaultPaymentMethod", "Invalid PaymentMethodId"))
        default_method = canonical
    expiration = _duration(checkout, "expirationMinutes", problems)
    if expiration is not None and expiration < 30:
        problems.append(("Checkout.Expiration", "Expiration time must be at least 30 seconds"))
    # A negative monitoring time is accepted as it is (GreenfieldInvoiceController.cs).
    monitoring = _duration(checkout, "monitoringMinutes", problems)
    tolerance = number(checkout, "paymentTolerance", problems)
    if tolerance is not None and not 0 <= tolerance <= 100:
        problems.append(
            ("Checkout.PaymentTolerance", "PaymentTolerance can only be between 0 and 100 percent")
        )
    lazy = checkout.get("lazyPaymentMethods")
    if lazy is not None and not isinstance(lazy, bool):
        problems.append(("checkout.lazyPaymentMethods", "Should be true or false"))
        lazy = None
    return {
        "speed_policy": speed or store.speed_policy,
        "methods": methods,
        "default_method": default_method,
        "expiration_seconds": (
            expiration if expiration is not None else Decimal(store.invoice_expiration)
        ),
        "monitoring_seconds": (
            monitoring if monitoring is not None else Decimal(store.monitoring_expiration)
        ),
        "tolerance": tolerance if tolerance is not None else store.payment_tolerance,
        "lazy": store.lazy_payment_methods if lazy is None else lazy,
    }


def _duration(checkout: dict, name: str, problems: list[tuple[str, str]]) -> Decimal | None:
    if name not in checkout or checkout[name] is None:
        return None
    seconds = timespan_seconds(checkout[name])
    if seconds is None:
        problems.append((f"checkout.{name}", "Invalid timespan"))
    return seconds
