"""The refund claim slip: the claim link as a QR the customer scans at home, and in words.

Painted straight onto the printer (or any paint device) in black on white, as the receipt is:
thermal receipt printers lose greys (btcpayserver#4902), and the QR is drawn as whole device
pixels by `paint_qr`, never a resampled bitmap. It fits an 80 mm roll and A4 alike: the text
wraps to the page and the code is at most 60 mm wide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPaintDevice, QPainter

from boxoffice.domain.money import format_btc
from boxoffice.ui.locale_format import money
from boxoffice.ui.widgets.qr import paint_qr

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from boxoffice.domain.refund import Refund
    from boxoffice.domain.sale import Sale

MM_PER_INCH = 25.4
#: The code's largest side on paper: big enough for a phone, small enough for a roll.
QR_MAX_MM = 60.0
MARGIN_MM = 4.0


def slip_lines(refund: Refund, sale: Sale) -> tuple[str, list[str]]:
    """The slip's heading and the lines under it, in the window's language."""
    amount = refund.amount
    code = (refund.currency or "").upper()
    shown = "?"
    if amount is not None:
        shown = format_btc(amount) if code == "BTC" else money(amount, code)
    lines = [
        QCoreApplication.translate("RefundSlip", "Refund of {amount}").format(amount=shown),
        QCoreApplication.translate("RefundSlip", "{event}: {order}").format(
            event=sale.order.event_name, order=sale.order.summary
        ),
        QCoreApplication.translate(
            "RefundSlip",
            "Scan the code with your phone and enter a bitcoin address or a Lightning invoice "
            "to receive the refund.",
        ),
    ]
    if refund.awaiting_approval:
        lines.append(
            QCoreApplication.translate(
                "RefundSlip", "The box office approves your claim before it is paid."
            )
        )
    return QCoreApplication.translate("RefundSlip", "Your refund"), lines


def paint_claim(device: QPaintDevice, refund: Refund, sale: Sale, width_mm: float) -> float:
    """Paint the slip on `device` (a page `width_mm` wide); returns the height used, in mm."""
    assert refund.claim_link
    dpi = device.logicalDpiX() or 300
    px_per_mm = dpi / MM_PER_INCH
    margin = MARGIN_MM * px_per_mm
    width = width_mm * px_per_mm - 2 * margin
    painter = QPainter(device)
    try:
        painter.setPen(QColor("black"))
        y = margin
        heading, lines = slip_lines(refund, sale)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        for text, points, bold in [(heading, 14, True)] + [(line, 9, False) for line in lines]:
            font = QFont()
            font.setPointSizeF(points)
            font.setBold(bold)
            painter.setFont(font)
            box = painter.boundingRect(QRectF(margin, y, width, 10_000), flags, text)
            painter.drawText(QRectF(margin, y, width, box.height()), flags, text)
            y += box.height() + 2 * px_per_mm
        side = min(width, QR_MAX_MM * px_per_mm)
        left = margin + (width - side) / 2
        painted = paint_qr(painter, QRectF(left, y, side, side), refund.claim_link)
        y = painted.bottom() + 2 * px_per_mm
        font = QFont()
        font.setPointSizeF(7)
        painter.setFont(font)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWrapAnywhere)
        box = painter.boundingRect(QRectF(margin, y, width, 10_000), flags, refund.claim_link)
        painter.drawText(QRectF(margin, y, width, box.height()), flags, refund.claim_link)
        y += box.height() + margin
    finally:
        painter.end()
    return y / px_per_mm


def print_claim(printer: QPrinter, refund: Refund, sale: Sale) -> None:
    """Print the slip on the chosen printer (on the GUI thread, as the receipt is)."""
    size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    width_mm = size.width() if size.width() > 0 else 80.0
    layout = printer.pageLayout()
    layout.setUnits(QPageLayout.Unit.Millimeter)
    printer.setFullPage(True)
    paint_claim(printer, refund, sale, width_mm)
