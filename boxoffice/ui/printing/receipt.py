"""The printed (or PDF) receipt of a sale: every ticket with its own QR code.

Two layouts from one description: `ROLL_80MM` for thermal receipt printers (72 mm printable,
one column, one long page cut to the content) and `A4` (tickets side by side with their QR).
Receipt printers render only black well (btcpayserver#4902: light grey vanishes on thermal
paper), so the receipt is black on white with no greys and no background colours.

Rendering uses QTextDocument painted onto a QPdfWriter or QPrinter, on the GUI thread: the QR
objects call back into Python while Qt paints, and from a worker thread that could deadlock
against the GUI thread (a receipt of 30 tickets takes about 60 ms). The QR codes
are not pictures but document objects drawn as black squares at the device's own resolution
(`QrTextObject`): a bitmap would be stored as JPEG in the PDF (grey fringes that a thermal
printer dithers) and be resampled by the printer.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRect, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from boxoffice.ui.i18n import QT_TRANSLATE_NOOP
from boxoffice.ui.widgets.qr import paint_qr

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

MM_PER_INCH = 25.4
#: Tickets that fit under the heading on the first A4 page, and on each following page.
A4_FIRST_PAGE_TICKETS = 4
A4_TICKETS_PER_PAGE = 5
#: Text-object type and properties of a QR code inside the receipt document.
QR_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
QR_TEXT_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
QR_SIDE_PROPERTY = int(QTextFormat.Property.UserProperty) + 2
_QR_SOURCE = "qr:"


class ReceiptLayout(Enum):
    """Paper the receipt is laid out for: width in mm, margins in mm."""

    ROLL_80MM = (QT_TRANSLATE_NOOP("Receipt", "80 mm receipt roll"), 80.0, 4.0)
    A4 = ("A4", 210.0, 15.0)

    def __init__(self, label: str, width_mm: float, margin_mm: float) -> None:
        self._label = label
        self.width_mm = width_mm
        self.margin_mm = margin_mm

    @property
    def label(self) -> str:
        """The paper's name in the language in use (translated where it is shown)."""
        return QCoreApplication.translate("Receipt", self._label)

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
    # QGuiApplication::primaryScreen() is static; it is asked only once an application exists.
    screen = QGuiApplication.primaryScreen() if QGuiApplication.instance() is not None else None
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
            + e(
                QCoreApplication.translate("Receipt", "Ticket {number} of {count}").format(
                    number=index + 1, count=count
                )
            )
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
        "<p>"
        + e(QCoreApplication.translate("Receipt", "Total paid: {total}")).replace(
            "{total}", f"<b>{e(receipt.total)}</b>"
        )
        + (
            "<br>"
            + e(
                QCoreApplication.translate("Receipt", "In bitcoin: {amount}").format(
                    amount=receipt.paid_btc
                )
            )
            if receipt.paid_btc
            else ""
        )
        + "</p>",
    ]
    if receipt.email_note:
        foot.append(f"<p>{e(receipt.email_note)}</p>")
    reference = QCoreApplication.translate("Receipt", "Reference {reference}").format(
        reference=receipt.reference
    )
    foot.append(f"<p>{e(reference)}<br>{e(receipt.issued_at)}</p>")
    door = QCoreApplication.translate("Receipt", "Show the QR code at the door.")
    foot.append(f"<p align='center'>{e(door)}</p>")
    return "<html><body>" + "".join(head + blocks + foot) + "</body></html>"


class QrTextObject(QPyTextObject):
    """Draws a QR code inside a QTextDocument: black squares snapped to device pixels."""

    def intrinsicSize(
        self, document: QTextDocument, position: int, text_format: QTextFormat
    ) -> QSizeF:
        side = float(text_format.property(QR_SIDE_PROPERTY) or 0)
        return QSizeF(side, side)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        document: QTextDocument,
        position: int,
        text_format: QTextFormat,
    ) -> None:
        text = text_format.property(QR_TEXT_PROPERTY)
        if text:
            paint_qr(painter, rect, str(text))


def _qr_objects_for_images(document: QTextDocument, texts: list[str]) -> int:
    """Swap every `<img src='qr:N'>` of the HTML for a QR object encoding `texts[N]`."""
    found: list[tuple[int, int, float]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat():
                image = char_format.toImageFormat()
                name = image.name()
                if name.startswith(_QR_SOURCE) and name[len(_QR_SOURCE) :].isdigit():
                    found.append((fragment.position(), int(name[len(_QR_SOURCE) :]), image.width()))
            fragments += 1
        block = block.next()
    cursor = QTextCursor(document)
    for position, index, side in found:
        qr_format = QTextCharFormat()
        qr_format.setObjectType(QR_OBJECT)
        qr_format.setProperty(QR_TEXT_PROPERTY, texts[index])
        qr_format.setProperty(QR_SIDE_PROPERTY, side)
        # One object character replaces one image character: later positions do not move.
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText("\ufffc", qr_format)
    return len(found)


def build_document(receipt: Receipt, layout: ReceiptLayout) -> QTextDocument:
    """A QTextDocument of the receipt with its QR codes, laid out at the paper width."""
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(9.0 if layout is ReceiptLayout.ROLL_80MM else 11.0)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    # Parented to the document, so it lives exactly as long as the layout that calls it.
    document.documentLayout().registerHandler(QR_OBJECT, QrTextObject(document))
    document.setHtml(receipt_html(receipt, layout))
    _qr_objects_for_images(document, [ticket.barcode for ticket in receipt.tickets])
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


def _paginate(document: QTextDocument, scale: float, paint_height_px: float) -> float:
    """Cut the document into pages of the paintable height; returns a page's height in
    document units (device pixels / `scale`)."""
    page_height = paint_height_px / scale
    document.setPageSize(QSizeF(document.textWidth(), page_height))
    return page_height


def _paint_page(
    document: QTextDocument, painter: QPainter, scale: float, page_height: float, page: int
) -> None:
    painter.save()
    try:
        painter.scale(scale, scale)
        painter.translate(0, -page * page_height)
        document.drawContents(
            painter, QRectF(0, page * page_height, document.textWidth(), page_height)
        )
    finally:
        painter.restore()


def render(receipt: Receipt, device: QPrinter | QPdfWriter, layout: ReceiptLayout) -> None:
    """Lay the receipt out for `layout` and paint it onto a printer or PDF writer."""
    document = build_document(receipt, layout)
    paint_document(document, device, page_layout_for(document, layout))


def paint_document(
    document: QTextDocument, device: QPrinter | QPdfWriter, page_layout: QPageLayout
) -> None:
    """Paint a laid-out document onto a printer or PDF writer, page by page.

    Painted page by page rather than with `QTextDocument.print_`, which adds its own 2 cm
    margins and page numbers: on an 80 mm roll that would leave a 40 mm column. Raises
    `OSError` when there is nothing to paint onto (a print dialog left with no file, a queue
    gone), so that it is said as a failure, never as "sent".
    """
    device.setPageLayout(page_layout)
    scale = device.logicalDpiY() / _screen_dpi()
    paint_rect = device.pageLayout().paintRectPixels(device.resolution())
    page_height = _paginate(document, scale, paint_rect.height())
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError(
            QCoreApplication.translate("Receipt", "the printer or file could not be opened")
        )
    try:
        for page in range(document.pageCount()):
            if page and not device.newPage():
                break
            _paint_page(document, painter, scale, page_height, page)
    finally:
        painter.end()


def page_images(receipt: Receipt, layout: ReceiptLayout, dpi: int = 203) -> list[QImage]:
    """The receipt's pages as a printer at `dpi` would print them (whole page, margins too):
    a preview, and what the tests scan (203 dpi is the usual thermal receipt printer)."""
    document = build_document(receipt, layout)
    return document_images(document, page_layout_for(document, layout), dpi)


def document_images(document: QTextDocument, page_layout: QPageLayout, dpi: int) -> list[QImage]:
    """A laid-out document's pages painted onto white images, as `paint_document` paints."""
    full = page_layout.fullRectPixels(dpi)
    paint_rect = page_layout.paintRectPixels(dpi)
    scale = dpi / _screen_dpi()
    page_height = _paginate(document, scale, paint_rect.height())
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    images = []
    for page in range(document.pageCount()):
        image = QImage(full.width(), full.height(), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.translate(QPointF(paint_rect.topLeft()))
            _paint_page(document, painter, scale, page_height, page)
        finally:
            painter.end()
        images.append(image)
    return images


def write_pdf(receipt: Receipt, path: Path | str, layout: ReceiptLayout) -> Path:
    """Write the receipt as a PDF file (call it on the GUI thread, see the module's docstring)."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(f"{receipt.title} — {receipt.event_name}")
    writer.setCreator("Box Office")
    render(receipt, writer, layout)
    del writer  # flushes and closes the file
    return path
