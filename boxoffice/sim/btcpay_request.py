"""Reading Greenfield request bodies and query strings the way BTCPay does (reference
../shared/reference/btcpay-greenfield.md §5.1, §9, §11)."""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from typing import Any

from boxoffice.sim.btcpay_auth import validation
from boxoffice.sim.btcpay_model import CHAIN, LIGHTNING, LNURL, SPEED_POLICIES, Store
from boxoffice.sim.router import Request

# Every spelling a 2.x server accepts as input, lower-cased (reference §11, #5964).
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


def plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


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
    """The effective checkout options of a new invoice; store defaults fill the gaps (§5.1)."""
    speed = checkout.get("speedPolicy")
    if speed is not None and speed not in SPEED_POLICIES:
        problems.append(("checkout.speedPolicy", f"Invalid speed policy {speed!r}"))
    methods: list[str] = []
    raw_methods = checkout.get("paymentMethods")
    if raw_methods is not None:
        if not isinstance(raw_methods, list):
            problems.append(("checkout.paymentMethods", "Should be an array"))
        else:
            for index, raw in enumerate(raw_methods):
                canonical = canonical_method(raw)
                if canonical is None:
                    problems.append(
                        (f"checkout.paymentMethods[{index}]", "Invalid PaymentMethodId")
                    )
                elif canonical not in methods:
                    methods.append(canonical)
    default_method = checkout.get("defaultPaymentMethod")
    if default_method is not None:
        canonical = canonical_method(default_method)
        if canonical is None:
            problems.append(("checkout.defaultPaymentMethod", "Invalid PaymentMethodId"))
        default_method = canonical
    expiration = number(checkout, "expirationMinutes", problems)
    if expiration is not None and expiration < 0.5:
        problems.append(
            ("checkout.expirationMinutes", "Expiration time must be at least 30 seconds")
        )
    monitoring = number(checkout, "monitoringMinutes", problems)
    if monitoring is not None and monitoring < 0:
        problems.append(("checkout.monitoringMinutes", "Monitoring time cannot be negative"))
    tolerance = number(checkout, "paymentTolerance", problems)
    if tolerance is not None and not 0 <= tolerance <= 100:
        problems.append(("checkout.paymentTolerance", "Should be between 0 and 100"))
    lazy = checkout.get("lazyPaymentMethods")
    if lazy is not None and not isinstance(lazy, bool):
        problems.append(("checkout.lazyPaymentMethods", "Should be true or false"))
        lazy = None
    return {
        "speed_policy": speed or store.speed_policy,
        "methods": methods,
        "default_method": default_method,
        "expiration_minutes": (
            expiration if expiration is not None else store.invoice_expiration / 60
        ),
        "monitoring_minutes": (
            monitoring if monitoring is not None else store.monitoring_expiration / 60
        ),
        "tolerance": tolerance if tolerance is not None else store.payment_tolerance,
        "lazy": store.lazy_payment_methods if lazy is None else lazy,
    }
