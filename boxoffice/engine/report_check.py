"""Does the report agree with BTCPay? Every difference is returned as such, never smoothed.

BTCPay is asked for the store's Box Office invoices (`textSearch` on the orderId prefix, as
`recovery` finds other tills' sales); this till's are those whose `posData.deviceId` is this
till's. For each: its amount and status against the journal's sale (fiat, to the currency's
smallest unit), and the bitcoin its payment methods received (`paymentMethodPaid`, per
method: Greenfield's `GET /invoices/{id}/payment-methods`) against the journal's, to the
satoshi. An invoice BTCPay has for this till that the journal lacks is a difference, and so
is a journal sale with an invoice that BTCPay does not list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from boxoffice.domain.money import normalize
from boxoffice.domain.report import Report, bitcoin_paid
from boxoffice.domain.sale import ORDER_ID_PREFIX, Sale, SaleState, sale_id_from_order_id
from boxoffice.engine.invoice_data import order_from_invoice

if TYPE_CHECKING:
    from boxoffice.services.btcpay.client import BTCPayClient
    from boxoffice.services.btcpay.models import Invoice

#: Kinds of difference.
NOT_IN_JOURNAL = "not_in_journal"
NOT_IN_BTCPAY = "not_in_btcpay"
STATUS = "status"
FIAT = "fiat"
BTC = "btc"


@dataclass(frozen=True)
class Difference:
    """One thing the journal and BTCPay do not agree on. `journal` and `btcpay` are the two
    amounts (None where a side has none), in `currency`; for STATUS they are None and `note`
    says what each side says."""

    kind: str
    sale_id: str | None
    invoice_id: str | None
    currency: str | None = None
    journal: Decimal | None = None
    btcpay: Decimal | None = None
    note: str = ""

    @property
    def difference(self) -> Decimal | None:
        if self.journal is None and self.btcpay is None:
            return None
        return (self.btcpay or Decimal(0)) - (self.journal or Decimal(0))

    def describe(self) -> str:
        who = f"sale {self.sale_id}" if self.sale_id else "no sale"
        invoice = f"invoice {self.invoice_id}" if self.invoice_id else "no invoice"
        if self.kind == NOT_IN_JOURNAL:
            return f"{invoice}: BTCPay has it for this till, the journal has no sale for it"
        if self.kind == NOT_IN_BTCPAY:
            return f"{who}: the journal names {invoice}, BTCPay does not list it"
        if self.kind == STATUS:
            return f"{who}, {invoice}: {self.note}"
        what = "bitcoin received" if self.kind == BTC else "amount"
        return (
            f"{who}, {invoice}: {what} {self.journal:f} {self.currency} in the journal, "
            f"{self.btcpay:f} in BTCPay (difference {self.difference:f})"
        )


@dataclass(frozen=True)
class Agreement:
    """The comparison: the differences, and BTCPay's own totals for the same invoices."""

    differences: tuple[Difference, ...]
    invoices: int
    btcpay_fiat: dict[str, Decimal] = field(default_factory=dict)
    btcpay_lightning: Decimal = Decimal(0)
    btcpay_onchain: Decimal = Decimal(0)

    @property
    def agrees(self) -> bool:
        return not self.differences


async def check_with_btcpay(
    btcpay: BTCPayClient,
    report: Report,
    sales: Sequence[Sale],
    *,
    device_id: str | None,
) -> Agreement:
    """Compare the report (made from `sales`) with BTCPay's invoices for this till in its
    range. Invoices of sales the journal has outside the range are left out; others by their
    creation time."""
    counted = set(report.sale_ids)
    known = {sale.id: sale for sale in sales}
    invoices = await btcpay.list_invoices(text_search=ORDER_ID_PREFIX)
    differences: list[Difference] = []
    fiat: dict[str, Decimal] = {}
    lightning = onchain = Decimal(0)
    seen: set[str] = set()
    checked = 0
    for invoice in invoices:
        sale_id = sale_id_from_order_id(invoice.order_id)
        if sale_id is None:
            continue
        sale = known.get(sale_id)
        if sale is not None:
            if sale_id not in counted:
                continue  # out of range, or another till's, by the journal's own record
        elif not _this_tills(invoice, device_id) or not _in_range(invoice, report):
            continue
        checked += 1
        seen.add(invoice.id)
        methods = await btcpay.get_payment_methods(invoice.id)
        ln = sum((m.payment_method_paid for m in methods if m.kind == "lightning"), Decimal(0))
        chain = sum((m.payment_method_paid for m in methods if m.kind == "onchain"), Decimal(0))
        lightning += ln
        onchain += chain
        currency = invoice.currency.upper()
        if invoice.status == "Settled":
            fiat[currency] = fiat.get(currency, Decimal(0)) + _money(invoice.amount, currency)
        if sale is None:
            differences.append(
                Difference(
                    NOT_IN_JOURNAL,
                    sale_id,
                    invoice.id,
                    currency,
                    None,
                    _money(invoice.amount, currency),
                )
            )
            continue
        differences += _compare(sale, invoice, ln + chain)
    for sale_id in report.sale_ids:
        sale = known[sale_id]
        if sale.invoice_id and sale.invoice_id not in seen:
            differences.append(Difference(NOT_IN_BTCPAY, sale.id, sale.invoice_id))
    return Agreement(tuple(differences), checked, fiat, lightning, onchain)


def _compare(sale: Sale, invoice: Invoice, btc_paid: Decimal) -> list[Difference]:
    found: list[Difference] = []
    currency = invoice.currency.upper()
    if sale.invoice_id and sale.invoice_id != invoice.id:
        found.append(
            Difference(
                STATUS,
                sale.id,
                invoice.id,
                note=f"the journal names invoice {sale.invoice_id}, BTCPay this one",
            )
        )
    ours = _money(sale.order.amount_due, currency)  # what its invoice asked for
    theirs = _money(invoice.amount, currency)
    if ours != theirs or sale.order.currency.upper() != currency:
        found.append(Difference(FIAT, sale.id, invoice.id, currency, ours, theirs))
    completed = sale.state is SaleState.COMPLETED
    if completed != (invoice.status == "Settled") and sale.state.terminal:
        found.append(
            Difference(
                STATUS,
                sale.id,
                invoice.id,
                note=f"the journal says {sale.state}, BTCPay says {invoice.status}",
            )
        )
    journal_btc = bitcoin_paid(sale)
    ours_btc = journal_btc.lightning + journal_btc.onchain + journal_btc.unknown
    if ours_btc != btc_paid.quantize(Decimal("0.00000001")):
        found.append(Difference(BTC, sale.id, invoice.id, "BTC", ours_btc, btc_paid))
    return found


def _money(amount: Decimal, currency: str) -> Decimal:
    try:
        return normalize(amount, currency)
    except ValueError:
        return amount  # more decimals than the currency has: shown as BTCPay wrote it


def _this_tills(invoice: Invoice, device_id: str | None) -> bool:
    if device_id is None:
        return True
    foreign = order_from_invoice(invoice)
    if foreign is not None:
        return foreign.device_id == device_id
    # Unreadable posData: still this till's if its deviceId says so.
    pos = invoice.metadata.get("posData")
    return isinstance(pos, dict) and pos.get("deviceId") == device_id


def _in_range(invoice: Invoice, report: Report) -> bool:
    created = invoice.created_time
    if created is None:
        return True  # no time to tell by: shown rather than hidden
    if report.since is not None and created < report.since:
        return False
    return report.until is None or created < report.until
