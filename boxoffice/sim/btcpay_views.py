"""Greenfield shapes of an invoice and of its payment methods (BTCPay Server source,
GreenfieldInvoiceController.cs `ToModel` / `ToPaymentMethodModels`; the 1.x names where
`legacy`), and the hosted checkout page."""

from __future__ import annotations

import html
from typing import Any

from boxoffice.sim.btcpay_model import (
    CHAIN,
    LEGACY_IDS,
    LNURL,
    Invoice,
    btc,
    btc_plain,
    money,
)


def method_id(canonical: str, legacy: bool) -> str:
    return LEGACY_IDS[canonical] if legacy else canonical


def invoice_data(
    invoice: Invoice, *, legacy: bool, btcpay_url: str, with_methods: bool = False
) -> dict:
    """InvoiceData (reference §5.2); 1.x has no `paidAmount`."""
    data: dict[str, Any] = {
        "id": invoice.id,
        "storeId": invoice.store_id,
        "amount": money(invoice.displayed_amount),
        "paidAmount": money(invoice.paid_amount),
        "currency": invoice.currency,
        "type": "TopUp" if invoice.top_up else "Standard",
        "checkoutLink": f"{btcpay_url}/i/{invoice.id}",
        "createdTime": invoice.created,
        "expirationTime": invoice.expiration,
        "monitoringExpiration": invoice.monitoring_expiration,
        "status": invoice.status,
        "additionalStatus": invoice.additional_status,
        "availableStatusesForManualMarking": invoice.markable(),
        "archived": invoice.archived,
        "metadata": invoice.metadata,
        "checkout": {
            "speedPolicy": invoice.speed_policy,
            "paymentMethods": [method_id(m.id, legacy) for m in invoice.methods],
            "defaultPaymentMethod": (
                method_id(invoice.default_payment_method, legacy)
                if invoice.default_payment_method
                else None
            ),
            "lazyPaymentMethods": invoice.lazy,
            # Whole minutes, truncated: a 30-second invoice echoes 0 (TimeSpanJsonConverter.cs
            # writes `(long)TotalMinutes`). Clients time from `expirationTime`.
            "expirationMinutes": _whole_minutes(invoice.expiration - invoice.created),
            "monitoringMinutes": _whole_minutes(invoice.monitoring_expiration - invoice.expiration),
            "paymentTolerance": invoice.payment_tolerance,
            "redirectURL": invoice.redirect_url,
            "redirectAutomatically": invoice.redirect_automatically,
            "defaultLanguage": invoice.default_language,
        },
        "receipt": {
            "enabled": invoice.receipt.get("enabled"),
            "showQR": invoice.receipt.get("showQR"),
            "showPayments": invoice.receipt.get("showPayments"),
        },
    }
    if legacy:
        del data["paidAmount"]
    if with_methods:
        data["paymentMethods"] = payment_methods_data(invoice, legacy=legacy)
    return data


def payment_methods_data(invoice: Invoice, *, legacy: bool) -> list[dict]:
    """InvoicePaymentMethodDataModel items (reference §5.4), or the 1.x names."""
    result = []
    total_paid = invoice.paid_btc
    due = invoice.due_btc
    for method in invoice.methods:
        extra: dict[str, Any] = {}
        if not method.activated:
            link = ""  # and `destination` null
        elif method.id == CHAIN:
            if due > 0:
                link = f"bitcoin:{method.destination}?amount={btc_plain(due)}"
            else:
                link = f"bitcoin:{method.destination}"
            extra = {"keyPath": method.key_path, "payjoinEnabled": False}
        elif method.id == LNURL:
            link = f"lightning:{method.lnurl}" if method.lnurl else ""
        else:
            link = f"lightning:{method.destination}" if method.destination else ""
        item: dict[str, Any] = {
            "paymentMethodId": method_id(method.id, legacy),
            "currency": "BTC",
            "destination": method.destination if method.activated else None,
            "paymentLink": link,
            "rate": money(invoice.rate),
            "paymentMethodPaid": btc(invoice.paid_by(method.id)),
            "totalPaid": btc(total_paid),
            "due": btc(due),
            "amount": btc(invoice.btc_amount),
            "paymentMethodFee": btc(invoice.network_fee),
            "payments": [p.to_api() for p in invoice.payments if p.method == method.id],
            "activated": method.activated,
            "additionalData": extra,
        }
        if legacy:
            item["paymentMethod"] = item.pop("paymentMethodId")
            item["cryptoCode"] = item.pop("currency")
            item["networkFee"] = item.pop("paymentMethodFee")
        result.append(item)
    return result


def checkout_page(invoice: Invoice, store_name: str) -> str:
    """The hosted checkout page `/i/{id}`: amount, status and the payment links (§10)."""
    links = [
        (m.get("paymentMethodId") or m["paymentMethod"], m["paymentLink"])
        for m in payment_methods_data(invoice, legacy=False)
    ]
    items = "".join(
        f'<li>{html.escape(name)}: <a href="{html.escape(link)}">{html.escape(link)}</a></li>'
        for name, link in links
        if link
    )
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>Invoice {html.escape(invoice.id)}</title></head><body>"
        f"<h1>{html.escape(store_name)}</h1>"
        f"<p class='amount'>{money(invoice.displayed_amount)} {html.escape(invoice.currency)}"
        f" ({btc(invoice.btc_amount)} BTC)</p>"
        f"<p class='status'>Status: {invoice.status} ({invoice.additional_status})</p>"
        f"<ul>{items}</ul></body></html>"
    )


def _whole_minutes(seconds: int | float) -> int:
    """Minutes, truncated toward zero as C#'s `(long)TotalMinutes` does."""
    return int(seconds / 60)
