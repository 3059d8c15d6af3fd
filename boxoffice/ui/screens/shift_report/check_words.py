"""The comparison with BTCPay in words: agreement, or each difference said plainly.

Every difference is its own line, with both sides' amounts (fiat to the currency's smallest
unit, bitcoin to the satoshi) and which sale and invoice to look up: none is summed away.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from boxoffice.engine.report_check import (
    BTC,
    NOT_IN_BTCPAY,
    NOT_IN_JOURNAL,
    STATUS,
    Agreement,
    Difference,
)
from boxoffice.ui.i18n import count_words
from boxoffice.ui.locale_format import money
from boxoffice.ui.report_columns import btc_words


def summary_words(agreement: Agreement) -> str:
    """One line: agrees (to the satoshi), or how many differences there are."""
    invoices = count_words(
        agreement.invoices,
        QCoreApplication.translate("ShiftReportCheck", "{count} invoice"),
        QCoreApplication.translate("ShiftReportCheck", "{count} invoices"),
    )
    bitcoin = QCoreApplication.translate(
        "ShiftReportCheck", "{lightning} by Lightning, {onchain} on-chain"
    ).format(
        lightning=btc_words(agreement.btcpay_lightning),
        onchain=btc_words(agreement.btcpay_onchain),
    )
    if agreement.agrees:
        return QCoreApplication.translate(
            "ShiftReportCheck", "BTCPay agrees to the satoshi: {invoices}, {bitcoin}."
        ).format(invoices=invoices, bitcoin=bitcoin)
    found = count_words(
        len(agreement.differences),
        QCoreApplication.translate("ShiftReportCheck", "{count} difference"),
        QCoreApplication.translate("ShiftReportCheck", "{count} differences"),
    )
    return QCoreApplication.translate(
        "ShiftReportCheck", "BTCPay does not agree: {found} ({invoices}, {bitcoin})."
    ).format(found=found, invoices=invoices, bitcoin=bitcoin)


def _amount(value, currency: str | None) -> str:
    if value is None:
        return QCoreApplication.translate("ShiftReportCheck", "none")
    if currency == "BTC" or currency is None:
        return btc_words(value)
    try:
        return money(value, currency)
    except ValueError:
        return f"{value:f} {currency}"


def difference_words(difference: Difference) -> str:
    """One difference as a sentence naming the sale and the invoice."""
    sale = difference.sale_id or QCoreApplication.translate("ShiftReportCheck", "no sale")
    invoice = difference.invoice_id or QCoreApplication.translate("ShiftReportCheck", "no invoice")
    if difference.kind == NOT_IN_JOURNAL:
        return QCoreApplication.translate(
            "ShiftReportCheck",
            "Invoice {invoice} ({amount}): BTCPay has it for this till, the journal has no sale for it.",  # noqa: E501
        ).format(invoice=invoice, amount=_amount(difference.btcpay, difference.currency))
    if difference.kind == NOT_IN_BTCPAY:
        return QCoreApplication.translate(
            "ShiftReportCheck",
            "Sale {sale}: the journal names invoice {invoice}, BTCPay does not list it.",
        ).format(sale=sale, invoice=invoice)
    if difference.kind == STATUS:
        # The engine's note says what each side says (states as BTCPay and the journal name them).
        return QCoreApplication.translate(
            "ShiftReportCheck", "Sale {sale}, invoice {invoice}: {note}"
        ).format(sale=sale, invoice=invoice, note=difference.note)
    currency = "BTC" if difference.kind == BTC else difference.currency
    what = (
        QCoreApplication.translate("ShiftReportCheck", "bitcoin received")
        if difference.kind == BTC
        else QCoreApplication.translate("ShiftReportCheck", "amount")
    )
    gap = difference.difference
    return QCoreApplication.translate(
        "ShiftReportCheck",
        "Sale {sale}, invoice {invoice}: {what} {journal} in the journal, {btcpay} in BTCPay (difference {difference}).",  # noqa: E501
    ).format(
        sale=sale,
        invoice=invoice,
        what=what,
        journal=_amount(difference.journal, currency),
        btcpay=_amount(difference.btcpay, currency),
        difference=_amount(gap, currency),
    )
