"""The printed (or PDF) receipt of a sale: every ticket with its own QR code.

Two layouts from one description: `ROLL_80MM` for thermal receipt printers (72 mm printable,
one column, one long page cut to the content) and `A4` (tickets side by side with their QR).
Receipt printers render only black well (btcpayserver#4902: light grey vanishes on thermal
paper), so the receipt is black on white with no greys and no background colours.

Rendering uses QTextDocument painted onto a QPdfWriter or QPrinter. Both are reentrant, so a
receipt can be rendered off the GUI thread (`asyncio` executor) when it is large.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from boxoffice.ui.widgets.qr import qr_image

MM_PER_INCH = 25.4
#: Tickets that fit under the heading on the first A4 page, and on each following page.
A4_FIRST_PAGE_TICKETS = 4
A4_TICKETS_PER_PAGE = 5


class ReceiptLayout(Enum):
    """Paper the receipt is laid out for: width in mm, margins in mm."""

    ROLL_80MM = ("80 mm receipt roll", 80.0, 4.0)
    A4 = ("A4", 210.0, 15.0)

    def __init__(self, label: str, width_mm: float, margin_mm: float) -> None:
        self.label = label
        self.width_mm = width_mm
        self.margin_mm = margin_mm

    @property
    def text_width_mm(self) -> float:
        return self.width_mm - 2 * self.margin_mm

    @classmethod
    def for_page_width(cls, width_mm: float) -> ReceiptLayout:
        """The layout that fits paper of this width (narrow rolls get the one-column layout)."""
        return cls.ROLL_80MM if width_mm < 120 else cls.A4


@dataclass(frozen=True)
class ReceiptTicket:
    """One issued ticket as printed: the barcode is what the door scanner reads."""

    barcode: str
    ticket_type: str
    attendee: str


@dataclass(frozen=True)
class Receipt:
    """Everything printed on a receipt, already formatted for reading."""

    event_name: str
    event_when: str
    venue: str | None
    tickets: tuple[ReceiptTicket, ...]
    total: str
    paid_btc: str | None
    email_note: str | None
    reference: str
    issued_at: str
    title: str = "Box Office"


def _screen_dpi() -> float:
    app = QGuiApplication.instance()
    screen = app.primaryScreen() if app is not None else None  # type: ignore[union-attr]
    return screen.logicalDotsPerInchX() if screen is not None else 96.0


def _mm_to_px(mm: float) -> int:
    return round(mm / MM_PER_INCH * _screen_dpi())


def receipt_html(receipt: Receipt, layout: ReceiptLayout) -> str:
    """The receipt as simple HTML for QTextDocument; QR images are resources `qr:<index>`."""
    e = html.escape
    text_px = _mm_to_px(layout.text_width_mm)
    qr_px = min(text_px, _mm_to_px(48)) if layout is ReceiptLayout.ROLL_80MM else _mm_to_px(40)
    head = [
        f"<p align='center'><b>{e(receipt.title)}</b></p>",
        f"<h2 align='center'>{e(receipt.event_name)}</h2>",
        f"<p align='center'>{e(receipt.event_when)}"
        + (f"<br>{e(receipt.venue)}" if receipt.venue else "")
        + "</p>",
    ]
    blocks: list[str] = []
    count = len(receipt.tickets)
    for index, ticket in enumerate(receipt.tickets):
        caption = (
            f"<b>{e(ticket.ticket_type)}</b><br>{e(ticket.attendee)}<br>"
            f"<span style='font-family: monospace'>{e(ticket.barcode)}</span><br>"
            f"Ticket {index + 1} of {count}"
        )
        image = f"<img src='qr:{index}' width='{qr_px}' height='{qr_px}'>"
        if layout is ReceiptLayout.ROLL_80MM:
            blocks.append(f"<hr><p align='center'>{image}</p><p align='center'>{caption}</p>")
        else:
            # A4: a table cell may split across pages (QR on one, caption on the other), so
            # break pages between tickets ourselves.
            after_first = index - A4_FIRST_PAGE_TICKETS
            breaks = after_first >= 0 and after_first % A4_TICKETS_PER_PAGE == 0
            style = " style='page-break-before: always'" if breaks else ""
            blocks.append(
                f"<hr{style}><table width='100%' cellpadding='6'><tr>"
                f"<td width='{qr_px + 12}'>{image}</td><td valign='middle'>{caption}</td>"
                "</tr></table>"
            )
    foot = [
        "<hr>",
        f"<p>Total paid: <b>{e(receipt.total)}</b>"
        + (f"<br>In bitcoin: {e(receipt.paid_btc)}" if receipt.paid_btc else "")
        + "</p>",
    ]
    if receipt.email_note:
        foot.append(f"<p>{e(receipt.email_note)}</p>")
    foot.append(f"<p>Reference {e(receipt.reference)}<br>{e(receipt.issued_at)}</p>")
    foot.append("<p align='center'>Show the QR code at the door.</p>")
    return "<html><body>" + "".join(head + blocks + foot) + "</body></html>"


def build_document(receipt: Receipt, layout: ReceiptLayout) -> QTextDocument:
    """A QTextDocument of the receipt with its QR images loaded, laid out at the paper width."""
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(9.0 if layout is ReceiptLayout.ROLL_80MM else 11.0)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    for index, ticket in enumerate(receipt.tickets):
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(f"qr:{index}"),
            qr_image(ticket.barcode, module_px=8),
        )
    document.setHtml(receipt_html(receipt, layout))
    document.setTextWidth(_mm_to_px(layout.text_width_mm))
    return document


def page_layout_for(document: QTextDocument, layout: ReceiptLayout) -> QPageLayout:
    """A4 portrait, or an 80 mm wide page exactly as long as the receipt (one cut)."""
    margins = QMarginsF(layout.margin_mm, layout.margin_mm, layout.margin_mm, layout.margin_mm)
    if layout is ReceiptLayout.A4:
        size = QPageSize(QPageSize.PageSizeId.A4)
    else:
        height_mm = document.size().height() / _screen_dpi() * MM_PER_INCH
        size = QPageSize(
            QSizeF(layout.width_mm, height_mm + 2 * layout.margin_mm + 6),
            QPageSize.Unit.Millimeter,
            layout.label,
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def render(receipt: Receipt, device: QPagedPaintDevice, layout: ReceiptLayout) -> None:
    """Lay the receipt out for `layout` and paint it onto a printer or PDF writer.

    Painted page by page rather than with `QTextDocument.print_`, which adds its own 2 cm
    margins and page numbers: on an 80 mm roll that would leave a 40 mm column.
    """
    document = build_document(receipt, layout)
    device.setPageLayout(page_layout_for(document, layout))
    scale = device.logicalDpiY() / _screen_dpi()
    paint_rect = device.pageLayout().paintRectPixels(device.resolution())
    page_height = paint_rect.height() / scale
    width = document.textWidth()
    document.setPageSize(QSizeF(width, page_height))
    painter = QPainter(device)
    try:
        painter.scale(scale, scale)
        for page in range(document.pageCount()):
            if page and not device.newPage():
                break
            painter.save()
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, width, page_height))
            painter.restore()
    finally:
        painter.end()


def write_pdf(receipt: Receipt, path: Path | str, layout: ReceiptLayout) -> Path:
    """Write the receipt as a PDF file (safe to call from a worker thread)."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(f"{receipt.title} — {receipt.event_name}")
    writer.setCreator("Box Office")
    render(receipt, writer, layout)
    del writer  # flushes and closes the file
    return path
