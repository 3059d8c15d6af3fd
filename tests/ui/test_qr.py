"""The QR widget paints exactly its payload, with a quiet zone and whole-pixel modules."""

from __future__ import annotations

from PySide6.QtGui import QColor

from boxoffice.ui.widgets.qr import MIN_MODULE_PX, QUIET_ZONE, QrWidget, qr_image, qr_matrix

PAYLOAD = "bitcoin:BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4?amount=0.0005&lightning=LNBC1XYZ"


def _modules_from_image(image, module: int, left: int, top: int, count: int):
    rows = []
    for y in range(count):
        row = []
        for x in range(count):
            pixel = QColor(
                image.pixel(left + x * module + module // 2, top + y * module + module // 2)
            )
            row.append(pixel.lightness() < 128)
        rows.append(tuple(row))
    return tuple(rows)


def test_payload_property_is_the_text_encoded(qtbot):
    widget = QrWidget()
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.payloadChanged):
        widget.setPayload(PAYLOAD)
    assert widget.property("payload") == PAYLOAD
    widget.setProperty("payload", "lightning:LNBC1")
    assert widget.payload == "lightning:LNBC1"


def test_painted_modules_match_the_matrix_with_a_white_quiet_zone(qtbot):
    widget = QrWidget()
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.ready):  # encoded in the background
        widget.setPayload(PAYLOAD)
    widget.resize(500, 400)
    image = widget.grab().toImage()
    matrix = qr_matrix(PAYLOAD)
    total = len(matrix) + 2 * QUIET_ZONE
    module = widget.module_px()
    assert module >= MIN_MODULE_PX
    assert module == min(image.width(), image.height()) // total
    side = module * total
    left = (image.width() - side) // 2
    top = (image.height() - side) // 2
    # The quiet zone is pure white all round.
    for i in range(side):
        for x, y in ((left + i, top + 1), (left + 1, top + i), (left + side - 2, top + i)):
            assert QColor(image.pixel(x, y)) == QColor("white")
    inner_left = left + QUIET_ZONE * module
    inner_top = top + QUIET_ZONE * module
    assert _modules_from_image(image, module, inner_left, inner_top, len(matrix)) == matrix


def test_minimum_size_keeps_three_pixels_per_module(qtbot):
    widget = QrWidget()
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.ready):
        widget.setPayload(PAYLOAD * 3)
    total = len(qr_matrix(PAYLOAD * 3)) + 2 * QUIET_ZONE
    assert widget.minimumSizeHint().width() == total * MIN_MODULE_PX


def test_qr_image_is_black_on_white_at_the_requested_module_size():
    image = qr_image("TICKET-123", module_px=5)
    matrix = qr_matrix("TICKET-123")
    assert image.width() == (len(matrix) + 2 * QUIET_ZONE) * 5
    offset = QUIET_ZONE * 5
    assert _modules_from_image(image, 5, offset, offset, len(matrix)) == matrix
    colours = {QColor(image.pixel(x, y)).name() for x in range(image.width()) for y in (0, 30)}
    assert colours <= {"#000000", "#ffffff"}
