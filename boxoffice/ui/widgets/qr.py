"""QR codes painted module by module from `qrcode`'s matrix, always scannable.

Scannability rules (ISO/IEC 18004 and what phone cameras tolerate at a till): a quiet zone of four
modules, modules a whole number of *device* pixels (at least three on screen) so none is blurred
or uneven after scaling, and pure black on pure white whatever the style sheet says. Error
correction M is plenty on a screen (BTCPay's own checkout uses it); upper-case
payloads fall into alphanumeric mode, which `qrcode` picks by itself, and give a coarser code.

`qrcode` is pure Python: a unified BIP21 + BOLT11 text (version 13 or so) takes 25-50 ms to
encode, mostly error correction and trying the eight masks. On the GUI thread that is a visible
stall, and a worker thread is no better: the encoder holds the GIL, and every time the GUI thread
hands it over to call into Qt it waits up to the switch interval to get it back. So on screen the
encoding is cut into steps of a millisecond or two (`encode_steps`) and run a few milliseconds
per event-loop turn (`encode_soon`); `QrWidget` and `QrImageJob` paint once their matrix is there.
Off the GUI thread (printing, PDF) `qr_matrix` simply encodes at once.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence

import qrcode
import qrcode.constants
import qrcode.util
from PySide6.QtCore import Property, QObject, QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

log = logging.getLogger(__name__)

QUIET_ZONE = 4
MIN_MODULE_PX = 3
#: Smallest symbol (version 1) with its quiet zone: the size hint before a payload is encoded.
SMALLEST_SYMBOL = 21 + 2 * QUIET_ZONE

Matrix = tuple[tuple[bool, ...], ...]

_CACHE_SIZE = 128
_cache: OrderedDict[str, Matrix] = OrderedDict()
_cache_lock = threading.Lock()


def _matrix_of(code: qrcode.QRCode) -> Matrix:
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def encode_steps(text: str) -> Iterator[Matrix | None]:
    """Encode `text` exactly as `QRCode.make(fit=True)` does, one short step per `next()`.

    Yields None after each step (choose the version; error correction; each mask laid out, then
    scored) and the matrix last. Each step is a millisecond or two, a few for error correction
    of the largest codes.
    """
    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.best_fit(start=code.version)
    yield None
    code.data_cache = qrcode.util.create_data(code.version, code.error_correction, code.data_list)
    yield None
    # QRCode.best_mask_pattern, one mask at a time: the lowest penalty wins, the first on a tie.
    best, lowest = 0, None
    for pattern in range(8):
        code.makeImpl(True, pattern)
        yield None
        lost = qrcode.util.lost_point(code.modules)
        if lowest is None or lost < lowest:
            best, lowest = pattern, lost
        yield None
    code.makeImpl(False, best)
    yield _matrix_of(code)


def _encode(text: str) -> Matrix:
    *_, matrix = encode_steps(text)
    assert matrix is not None
    return matrix


def _remember(text: str, matrix: Matrix) -> None:
    with _cache_lock:
        _cache[text] = matrix
        _cache.move_to_end(text)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)


def cached_matrix(text: str) -> Matrix | None:
    """The matrix of `text` if it was already encoded, without encoding it."""
    with _cache_lock:
        matrix = _cache.get(text)
        if matrix is not None:
            _cache.move_to_end(text)
        return matrix


def qr_matrix(text: str) -> Matrix:
    """The dark/light modules of `text` as a QR code, without the quiet zone (thread-safe)."""
    matrix = cached_matrix(text)
    if matrix is None:
        matrix = _encode(text)
        _remember(text, matrix)
    return matrix


def modules_with_quiet_zone(text: str) -> int:
    """Width of the whole symbol in modules, quiet zone included."""
    return len(qr_matrix(text)) + 2 * QUIET_ZONE


# -- painting ------------------------------------------------------------------------------------


def _fill_modules(painter: QPainter, left: int, top: int, module: int, matrix: Matrix) -> None:
    """Paint the dark modules, one rectangle per run of dark modules in a row."""
    black = QColor("black")
    for y, row in enumerate(matrix):
        x = 0
        width = len(row)
        while x < width:
            if not row[x]:
                x += 1
                continue
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


def _device_placement(
    painter: QPainter, rect: QRectF, total: int
) -> tuple[QTransform, QRect] | None:
    """Where a symbol of `total` modules goes in `rect`, in whole device pixels.

    Returns the world transform that makes painter coordinates device pixels, and the symbol's
    square in device pixels (module size = its width // total). None when the painter rotates
    or shears, where device pixels cannot be followed.
    """
    device = painter.deviceTransform()
    if device.type().value > QTransform.TransformationType.TxScale.value:
        return None
    if device.m11() <= 0 or device.m22() <= 0:
        return None
    world_inverse, invertible = painter.worldTransform().inverted()
    if not invertible:
        return None
    # deviceTransform = world * base (dpr, widget offset): painting with base⁻¹ as the world
    # transform puts painter coordinates on device pixels.
    to_device, invertible = (world_inverse * device).inverted()
    if not invertible:
        return None
    area = device.mapRect(rect)
    side = int(min(area.width(), area.height()) + 1e-6)
    module = max(1, side // total)
    side = module * total
    left = math.floor(area.left() + (area.width() - side) / 2 + 1e-6)
    top = math.floor(area.top() + (area.height() - side) / 2 + 1e-6)
    return to_device, QRect(left, top, side, side)


def paint_matrix(painter: QPainter, rect: QRect | QRectF, matrix: Matrix) -> QRectF:
    """Paint `matrix` with its quiet zone centred in `rect`; returns the square used.

    The module size is the largest whole number of device pixels that fits (printers and high-DPI
    screens included), so every module has the same size and edges stay sharp.
    """
    total = len(matrix) + 2 * QUIET_ZONE
    rect = QRectF(rect)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        placement = _device_placement(painter, rect, total)
        if placement is None:
            # Rotated or sheared: plain rectangles in painter coordinates.
            side = min(rect.width(), rect.height())
            module = side / total
            left = rect.left() + (rect.width() - side) / 2
            top = rect.top() + (rect.height() - side) / 2
            painter.fillRect(QRectF(left, top, side, side), QColor("white"))
            for y, row in enumerate(matrix):
                for x, dark in enumerate(row):
                    if dark:
                        painter.fillRect(
                            QRectF(
                                left + (QUIET_ZONE + x) * module,
                                top + (QUIET_ZONE + y) * module,
                                module,
                                module,
                            ),
                            QColor("black"),
                        )
            return QRectF(left, top, side, side)
        to_device, square = placement
        painter.setWorldTransform(to_device)
        painter.fillRect(square, QColor("white"))
        _fill_modules(painter, square.left(), square.top(), square.width() // total, matrix)
        from_device, _ = to_device.inverted()
        return from_device.mapRect(QRectF(square))
    finally:
        painter.restore()


def paint_qr(painter: QPainter, rect: QRect | QRectF, text: str) -> QRectF:
    """Paint `text` as a QR code centred in `rect` (see `paint_matrix`)."""
    return paint_matrix(painter, rect, qr_matrix(text))


def qr_image(text: str, module_px: int = 4) -> QImage:
    """`text` as a QR image with a quiet zone, `module_px` pixels per module (thread-safe)."""
    matrix = qr_matrix(text)
    side = (len(matrix) + 2 * QUIET_ZONE) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setPen(Qt.PenStyle.NoPen)
        _fill_modules(painter, 0, 0, module_px, matrix)
    finally:
        painter.end()
    return image


def module_px_to_fit(text: str, side_px: int, *, minimum: int = MIN_MODULE_PX) -> int:
    """The largest whole module size that fits the symbol into `side_px`, at least `minimum`."""
    return max(minimum, side_px // modules_with_quiet_zone(text))


def qr_image_fitting(text: str, side_px: int, *, minimum: int = MIN_MODULE_PX) -> QImage:
    """`text` as the largest whole-pixel QR image not wider than `side_px` (or `minimum` px
    per module when that is wider). Thread-safe: a QImage may be painted off the GUI thread."""
    return qr_image(text, module_px_to_fit(text, side_px, minimum=minimum))


# -- encoding a little at a time on the GUI thread ---------------------------------------------


class _Encoder(QObject):
    """Encodes queued texts in the GUI thread's event loop, a few milliseconds per turn.

    A zero-interval timer runs steps of `encode_steps` until `SLICE` seconds have gone, then
    lets Qt paint and handle input before the next turn. `encoded(text)` says a matrix is cached.
    """

    encoded = Signal(str)
    #: Work per event-loop turn (seconds): well under a 60 Hz frame.
    SLICE = 0.004

    def __init__(self) -> None:
        super().__init__()
        self._queue: OrderedDict[str, Iterator[Matrix | None]] = OrderedDict()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)

    def request(self, text: str) -> bool:
        """Queue `text` unless it is already encoded; True when it is."""
        if cached_matrix(text) is not None:
            return True
        if text not in self._queue:
            self._queue[text] = encode_steps(text)
        if not self._timer.isActive():
            self._timer.start()
        return False

    def pending(self) -> int:
        return len(self._queue)

    def _work(self) -> None:
        deadline = time.perf_counter() + self.SLICE
        while self._queue:
            text, steps = next(iter(self._queue.items()))
            try:
                matrix = next(steps)
            except Exception:
                # Too long for any QR version: drop it rather than fail on every turn; the
                # widget showing it stays blank.
                log.exception("cannot encode a %d-character text as a QR code", len(text))
                del self._queue[text]
                continue
            if matrix is not None:
                del self._queue[text]
                _remember(text, matrix)
                self.encoded.emit(text)
            if time.perf_counter() >= deadline:
                break
        if not self._queue:
            self._timer.stop()


_encoder_instance: _Encoder | None = None


def _encoder() -> _Encoder:
    """The encoder, created on first use by a widget or job, so it lives in the GUI thread."""
    global _encoder_instance
    if _encoder_instance is None:
        _encoder_instance = _Encoder()
    return _encoder_instance


def encode_soon(texts: Iterable[str]) -> None:
    """Encode `texts` in the background of the GUI loop (e.g. the other payment methods' texts,
    so switching to them shows the code at once). Call on the GUI thread."""
    encoder = _encoder()
    for text in texts:
        if text:
            encoder.request(text)


class QrImageJob(QObject):
    """Paints the QR images of several texts (a sale's tickets) without stalling the GUI.

    Each text becomes `qr_image_fitting(text, side_px)`, encoded a little at a time on the GUI
    loop; `imageReady(index, image)` is emitted in order of `texts`, then `finished`. Nothing is
    emitted from `start()` itself. `cancel()` (or deleting the job) stops it.
    """

    imageReady = Signal(int, QImage)
    finished = Signal()

    def __init__(self, texts: Sequence[str], side_px: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.texts = tuple(texts)
        self.side_px = side_px
        self._next = 0
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)
        _encoder().encoded.connect(self._on_encoded)

    def start(self) -> None:
        self._running = True
        encode_soon(self.texts)
        self._timer.start()

    def cancel(self) -> None:
        self._running = False
        self._timer.stop()

    def done(self) -> bool:
        return self._next >= len(self.texts)

    @Slot(str)
    def _on_encoded(self, text: str) -> None:
        if self._running and not self.done() and not self._timer.isActive():
            self._timer.start()

    def _work(self) -> None:
        deadline = time.perf_counter() + _Encoder.SLICE
        while self._running and not self.done():
            text = self.texts[self._next]
            if cached_matrix(text) is None:
                self._timer.stop()  # resumed by `_on_encoded`
                _encoder().request(text)
                return
            image = qr_image_fitting(text, self.side_px)
            index = self._next
            self._next += 1
            self.imageReady.emit(index, image)
            if time.perf_counter() >= deadline:
                return
        self._timer.stop()
        if self._running:
            self._running = False
            self.finished.emit()


class QrWidget(QWidget):
    """Shows one payload as a QR code; the Qt property `payload` is exactly the text encoded.

    The payload is encoded a little at a time on the GUI loop; until then the widget is blank
    (never the previous code: a stale amount must not be scanned). `ready` is emitted once the
    code can be painted, and `is_ready()` says whether it can. The widget asks the layout for at
    least three pixels per module, so a long BIP21 URI with a BOLT11 stays readable by a phone
    camera. The painted picture is kept until the payload or the size changes.
    """

    payloadChanged = Signal(str)
    ready = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, preferred_px: int = 320) -> None:
        super().__init__(parent)
        self._payload = ""
        self._matrix: Matrix | None = None
        self._preferred_px = preferred_px
        self._picture: tuple[tuple[str, int], QImage] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        # A picture with no words: a screen reader says what it is (the description holds
        # the text encoded). A screen may name it more precisely.
        self.setAccessibleName(self.tr("QR code"))
        _encoder().encoded.connect(self._on_encoded)

    def getPayload(self) -> str:
        return self._payload

    def setPayload(self, text: str) -> None:
        text = text or ""
        if text == self._payload:
            return
        self._payload = text
        self._picture = None
        self._matrix = cached_matrix(text) if text else None
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        if text and self._matrix is None:
            _encoder().request(text)
        self.updateGeometry()
        self.update()
        self.payloadChanged.emit(text)
        if text and self._matrix is not None:
            self.ready.emit(text)

    payload = Property(str, getPayload, setPayload, notify=payloadChanged)

    @Slot(str)
    def _on_encoded(self, text: str) -> None:
        if text != self._payload or self._matrix is not None:
            return
        self._matrix = cached_matrix(text) or qr_matrix(text)  # evicted meanwhile: rare
        self.updateGeometry()
        self.update()
        self.ready.emit(text)

    def is_ready(self) -> bool:
        """Whether the current payload is encoded (or there is none) and so painted as it is."""
        return not self._payload or self._matrix is not None

    def module_count(self) -> int:
        """Modules across, quiet zone included (0 without a payload); encodes if need be."""
        return modules_with_quiet_zone(self._payload) if self._payload else 0

    def module_px(self) -> int:
        """Pixels per module at the widget's current size."""
        total = self.module_count()
        return min(self.width(), self.height()) // total if total else 0

    def minimumSizeHint(self) -> QSize:
        modules = len(self._matrix) + 2 * QUIET_ZONE if self._matrix else SMALLEST_SYMBOL
        side = max(modules, SMALLEST_SYMBOL) * MIN_MODULE_PX
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
        matrix = self._matrix
        if not self._payload or matrix is None:
            return
        painter = QPainter(self)
        try:
            total = len(matrix) + 2 * QUIET_ZONE
            placement = _device_placement(painter, QRectF(self.rect()), total)
            if placement is None:
                paint_matrix(painter, self.rect(), matrix)
                return
            to_device, square = placement
            key = (self._payload, square.width())
            if self._picture is None or self._picture[0] != key:
                picture = QImage(square.size(), QImage.Format.Format_RGB32)
                picture.fill(QColor("white"))
                image_painter = QPainter(picture)
                try:
                    image_painter.setPen(Qt.PenStyle.NoPen)
                    _fill_modules(image_painter, 0, 0, square.width() // total, matrix)
                finally:
                    image_painter.end()
                self._picture = (key, picture)
            painter.setWorldTransform(to_device)
            painter.drawImage(QPoint(square.left(), square.top()), self._picture[1])
        finally:
            painter.end()
