"""A QR code painted module by module from `qrcode`'s matrix, always scannable.

Scannability rules (ISO/IEC 18004 and what phone cameras tolerate at a till): a quiet zone of four
modules, whole-pixel modules no smaller than three pixels so no module is blurred by scaling, and
pure black on pure white whatever the style sheet says. Error correction M is plenty on a screen
(../shared/reference/btcpay-greenfield.md §10.2); upper-case payloads fall into alphanumeric mode,
which `qrcode` picks by itself, and give a coarser code.
"""

from __future__ import annotations

from functools import lru_cache

import qrcode
import qrcode.constants
from PySide6.QtCore import Property, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4
MIN_MODULE_PX = 3


@lru_cache(maxsize=64)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark/light modules of `text` as a QR code, without the quiet zone."""
    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def modules_with_quiet_zone(text: str) -> int:
    """Width of the whole symbol in modules, quiet zone included."""
    return len(qr_matrix(text)) + 2 * QUIET_ZONE


def paint_qr(painter: QPainter, rect: QRect, text: str) -> QRect:
    """Paint `text` as a QR code centred in `rect`; returns the rectangle actually used.

    The module size is the largest whole number of pixels that fits, so every module has the
    same size and edges stay sharp.
    """
    matrix = qr_matrix(text)
    total = len(matrix) + 2 * QUIET_ZONE
    module = max(1, min(rect.width(), rect.height()) // total)
    side = module * total
    left = rect.left() + (rect.width() - side) // 2
    top = rect.top() + (rect.height() - side) // 2
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRect(left, top, side, side), QColor("white"))
    black = QColor("black")
    for y, row in enumerate(matrix):
        x = 0
        width = len(row)
        while x < width:
            if not row[x]:
                x += 1
                continue
            # One rectangle per run of dark modules: fewer paint calls, no hairline gaps.
            start = x
            while x < width and row[x]:
                x += 1
            painter.fillRect(
                QRect(
                    left + (QUIET_ZONE + start) * module,
                    top + (QUIET_ZONE + y) * module,
                    (x - start) * module,
                    module,
                ),
                black,
            )
    painter.restore()
    return QRect(left, top, side, side)


def qr_image(text: str, module_px: int = 4) -> QImage:
    """`text` as a QR image with a quiet zone, `module_px` pixels per module (for printing)."""
    side = modules_with_quiet_zone(text) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_qr(painter, image.rect(), text)
    finally:
        painter.end()
    return image


class QrWidget(QWidget):
    """Shows one payload as a QR code; the Qt property `payload` is exactly the text encoded.

    The widget never shrinks below three pixels per module: the layout gets a minimum size from
    the payload, so a long BIP21 URI with a BOLT11 stays readable by a phone camera.
    """

    payloadChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, preferred_px: int = 320) -> None:
        super().__init__(parent)
        self._payload = ""
        self._preferred_px = preferred_px
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def getPayload(self) -> str:
        return self._payload

    def setPayload(self, text: str) -> None:
        text = text or ""
        if text == self._payload:
            return
        self._payload = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.updateGeometry()
        self.update()
        self.payloadChanged.emit(text)

    payload = Property(str, getPayload, setPayload, notify=payloadChanged)

    def module_count(self) -> int:
        """Modules across, quiet zone included (0 without a payload)."""
        return modules_with_quiet_zone(self._payload) if self._payload else 0

    def module_px(self) -> int:
        """Pixels per module at the widget's current size."""
        total = self.module_count()
        return min(self.width(), self.height()) // total if total else 0

    def minimumSizeHint(self) -> QSize:
        side = max(self.module_count(), 21 + 2 * QUIET_ZONE) * MIN_MODULE_PX
        return QSize(side, side)

    def sizeHint(self) -> QSize:
        minimum = self.minimumSizeHint().width()
        side = max(minimum, self._preferred_px)
        return QSize(side, side)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event) -> None:
        if not self._payload:
            return
        painter = QPainter(self)
        try:
            paint_qr(painter, self.rect(), self._payload)
        finally:
            painter.end()
