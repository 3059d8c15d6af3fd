"""Every QR code the app draws scans back to exactly its text (decoded with zxing-cpp).

What a phone at the till sees: the payment QR in each mode and the checkout-link QR, grabbed from
the window at the sizes it really has; the ticket QR icons of the receipt page; the printed
receipt, painted at printer resolution on an 80 mm roll and on A4, and the PDF; the CLI's QR in a
terminal. A perfect screenshot scans easily, so the properties that make a code scan on a dull
screen or thermal paper are checked too: a white quiet zone of at least four modules, modules
of a whole number of pixels (at least three on screen) and pure black on white.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import uuid

import pytest
import zxingcpp
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QPushButton

from boxoffice.sim import seed
from boxoffice.ui.printing.receipt import ReceiptLayout, page_images, write_pdf
from boxoffice.ui.resources import apply_style
from boxoffice.ui.screens.result.ticket_output import receipt_for
from boxoffice.ui.widgets.qr import QrWidget, paint_qr, qr_matrix
from tests.ui.conftest import open_till, run_until, settle
from tests.ui.helpers import (
    checkout,
    current_sale,
    find,
    open_event,
    sell,
    set_quantity,
    type_into,
    wait_for_ticket_icons,
)

#: ISO/IEC 18004's quiet zone, and the smallest module a phone reads well off a screen; the
#: widget's own constants are not trusted here.
QUIET_ZONE = 4
MIN_MODULE_PX = 3
WHITE = QColor("white").rgb()
BLACK = QColor("black").rgb()
#: What a terminal QR is printed with: half blocks and (no-break) spaces.
BLOCKS = set("█▀▄ \xa0")
METHOD_BUTTONS = {
    "unified": "methodUnified",
    "lightning": "methodLightning",
    "onchain": "methodOnchain",
}


def decode(image: QImage) -> list[str]:
    """The texts of every QR code zxing-cpp finds in `image`."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [
        found.text for found in zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)
    ]


def is_black(image: QImage, x: int, y: int) -> bool:
    return image.pixel(x, y) | 0xFF000000 == BLACK


def locate(image: QImage, text: str) -> tuple[int, int, int]:
    """Where the symbol of `text` is in `image`: (left, top, module px), measured on the pixels.

    zxing-cpp gives the corners to a pixel or so; the exact corner is the top-left black pixel
    of the top-left finder pattern near it, and that pattern's top edge is 7 modules long.
    """
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    found = [
        code
        for code in zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)
        if code.text == text
    ]
    assert found, f"{text!r} does not scan; found {decode(image)!r}"
    corner = found[0].position.top_left
    candidates = [
        (abs(dx) + abs(dy), corner.x + dx, corner.y + dy)
        for dy in range(-3, 4)
        for dx in range(-3, 4)
        if is_black(image, corner.x + dx, corner.y + dy)
        and not is_black(image, corner.x + dx - 1, corner.y + dy)
        and not is_black(image, corner.x + dx, corner.y + dy - 1)
    ]
    assert candidates, "no finder pattern corner near zxing's position"
    _, left, top = min(candidates)
    run = 0
    while is_black(image, left + run, top):
        run += 1
    assert run % 7 == 0, f"finder pattern {run} px wide: modules are not whole pixels"
    return left, top, run // 7


def assert_clean_symbol(image: QImage, text: str, left: int, top: int, module: int) -> None:
    """The symbol of `text` at (left, top) with `module` px per module is a clean QR code.

    Pure black and white, a white quiet zone of QUIET_ZONE modules all round, and every module
    on a whole-pixel grid: sampling each module's centre gives back the encoder's matrix.
    """
    matrix = qr_matrix(text)
    count = len(matrix)
    zone = QUIET_ZONE * module
    outer = QRect(left - zone, top - zone, count * module + 2 * zone, count * module + 2 * zone)
    assert image.rect().contains(outer), f"the quiet zone is cut off: {outer} in {image.rect()}"
    inner = QRect(left, top, count * module, count * module)
    for y in range(outer.top(), outer.bottom() + 1):
        for x in range(outer.left(), outer.right() + 1):
            pixel = image.pixel(x, y) | 0xFF000000
            if inner.contains(x, y):
                assert pixel in (WHITE, BLACK), f"grey at {x},{y}: {QColor(pixel).name()}"
            else:
                assert pixel == WHITE, f"quiet zone not white at {x},{y}"
    sampled = tuple(
        tuple(
            is_black(image, left + x * module + module // 2, top + y * module + module // 2)
            for x in range(count)
        )
        for y in range(count)
    )
    assert sampled == matrix, "modules are not on a whole-pixel grid"
    # The module edges sit exactly on that grid (no module wider or narrower than the others).
    for y in range(count):
        for x in range(count - 1):
            if matrix[y][x] != matrix[y][x + 1]:
                edge = left + (x + 1) * module
                row = top + y * module + module // 2
                assert is_black(image, edge - 1, row) == matrix[y][x]
                assert is_black(image, edge, row) == matrix[y][x + 1]


def assert_widget_scans(loop, widget: QrWidget) -> int:
    """`widget` shows exactly its payload as a clean code; returns its module size."""
    run_until(loop, widget.is_ready, message="the QR code to be encoded")
    image = widget.grab().toImage()
    payload = widget.payload
    assert decode(image) == [payload]
    total = len(qr_matrix(payload)) + 2 * QUIET_ZONE
    module = min(image.width(), image.height()) // total
    assert module == widget.module_px()
    side = module * total
    left = (image.width() - side) // 2 + QUIET_ZONE * module
    top = (image.height() - side) // 2 + QUIET_ZONE * module
    assert_clean_symbol(image, payload, left, top, module)
    return module


@pytest.fixture
def styled(qapp):
    """The application's real style (fonts, paddings), so widgets get their real sizes."""
    style, font, sheet = qapp.style().name(), qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setStyle(style)


@pytest.fixture
def styled_till(styled, qtbot, loop, sim, till_settings, tmp_path):
    window = open_till(qtbot, loop, sim, till_settings, tmp_path)
    try:
        yield window
    finally:
        loop.run_until_complete(window.flow.aclose())


def start_payment(qtbot, loop, window) -> None:
    sell(qtbot, loop, window, quantity=2, email="ada@example.org", name="Ada Lovelace")


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080), "minimum"], ids=str)
def test_payment_qr_scans_in_every_mode_at_the_window_sizes_in_use(qtbot, loop, styled_till, size):
    window = styled_till
    start_payment(qtbot, loop, window)
    if size == "minimum":
        window.resize(window.minimumSize())
    else:
        window.resize(*size)
    settle(loop, 0.1)
    payment = current_sale(window).payment
    expected = {
        "unified": payment.unified_qr,
        "lightning": payment.lightning_qr,
        "onchain": payment.onchain_qr,
    }
    # The unified text is the upper-cased QR form (alphanumeric mode), not the link.
    assert expected["unified"].startswith("bitcoin:BCRT1")
    assert "&lightning=LNBCRT" in expected["unified"]
    assert expected["lightning"].startswith("lightning:LNBCRT")
    qr = window.payment_page.qr
    for mode, button in METHOD_BUTTONS.items():
        qtbot.mouseClick(find(window, QPushButton, button), Qt.MouseButton.LeftButton)
        assert qr.payload == expected[mode]
        module = assert_widget_scans(loop, qr)
        assert module >= MIN_MODULE_PX, (mode, size, qr.size())
        # What a camera sees: the whole window, the payment code among the others.
        assert expected[mode] in decode(window.grab().toImage())


def test_checkout_link_qr_scans(qtbot, loop, styled_till):
    start_payment(qtbot, loop, styled_till)
    checkout_qr = styled_till.payment_page.checkout_qr
    link = current_sale(styled_till).payment.checkout_link
    assert link and checkout_qr.payload == link
    assert checkout_qr.isVisible()
    assert assert_widget_scans(loop, checkout_qr) >= MIN_MODULE_PX


def test_payment_qr_at_the_smallest_size_the_layout_may_give_it(qtbot, loop, till):
    start_payment(qtbot, loop, till)
    payment = current_sale(till).payment
    for payload in (payment.unified_qr, payment.lightning_qr, payment.onchain_qr):
        widget = QrWidget()
        qtbot.addWidget(widget)
        widget.setPayload(payload)
        run_until(loop, widget.is_ready, message="encoded")
        widget.resize(widget.minimumSizeHint())
        assert assert_widget_scans(loop, widget) == MIN_MODULE_PX


def test_payment_qr_is_blank_until_the_new_text_is_encoded(qtbot, loop, till):
    """A payload not yet encoded is never shown as the previous code (a stale amount)."""
    qr = QrWidget()
    qtbot.addWidget(qr)
    qr.resize(400, 400)
    qr.setPayload("bitcoin:BCRT1QFIRST?amount=1")
    run_until(loop, qr.is_ready, message="encoded")
    fresh = f"bitcoin:BCRT1Q{uuid.uuid4().hex.upper()}?amount=0.5"
    qr.setPayload(fresh)
    # The matrix arrives through a queued signal: nothing is ready before the loop runs.
    assert not qr.is_ready()
    assert qr.payload == fresh
    assert decode(qr.grab().toImage()) == []
    run_until(loop, qr.is_ready, message="encoded")
    assert decode(qr.grab().toImage()) == [fresh]


@pytest.fixture
def paid_sale(qtbot, loop, styled_till, sim):
    """A completed sale of three tickets, on the receipt page."""
    window = styled_till
    window.resize(1024, 768)
    open_event(qtbot, loop, window, seed.GBP_EVENT)
    set_quantity(qtbot, window, seed.GENERAL_TT, 2)
    set_quantity(qtbot, window, seed.CONCESSION_TT, 1)
    type_into(qtbot, window, "nameEdit", "Ada Lovelace")
    type_into(qtbot, window, "emailEdit", "ada@example.org")
    checkout(qtbot, loop, window)
    sim.pay_invoice(current_sale(window).invoice_id, "BTC-LN")
    run_until(
        loop,
        lambda: (
            window.pages.currentWidget() is window.result_page
            and window.result_page.ticket_list.count() == 3
        ),
        message="the receipt",
    )
    return window, current_sale(window)


def test_ticket_qr_icons_on_the_receipt_page_scan(qtbot, loop, paid_sale):
    window, sale = paid_sale
    tickets = window.result_page.ticket_list
    barcodes = {ticket.barcode for ticket in sale.tickets}
    assert len(barcodes) == 3
    wait_for_ticket_icons(loop, tickets)
    shown = set()
    for row in range(tickets.count()):
        item = tickets.item(row)
        pixmap = item.icon().pixmap(tickets.iconSize())
        image = pixmap.toImage()
        barcode = item.data(Qt.ItemDataRole.UserRole)
        # The icon is the symbol itself, drawn unscaled (never larger than the icon size).
        assert pixmap.width() <= tickets.iconSize().width()
        total = len(qr_matrix(barcode)) + 2 * QUIET_ZONE
        assert image.width() % total == 0
        module = image.width() // total
        assert module >= MIN_MODULE_PX
        assert decode(image) == [barcode]
        assert_clean_symbol(image, barcode, QUIET_ZONE * module, QUIET_ZONE * module, module)
        shown.add(barcode)
    assert shown == barcodes
    # And as drawn in the list on screen.
    visible = set(decode(tickets.viewport().grab().toImage()))
    assert visible and visible <= barcodes


@pytest.mark.parametrize("layout", list(ReceiptLayout), ids=lambda layout: layout.name)
@pytest.mark.parametrize("dpi", [203, 300])
def test_printed_receipt_qr_codes_scan(loop, paid_sale, layout, dpi):
    _window, sale = paid_sale
    receipt = receipt_for(sale)
    pages = page_images(receipt, layout, dpi)
    found: list[str] = []
    for page in pages:
        texts = decode(page)
        found += texts
        for text in texts:
            left, top, module = locate(page, text)
            # At least 0.5 mm a module on paper (phones read 0.33 mm and up).
            assert module / dpi * 25.4 >= 0.5
            assert_clean_symbol(page, text, left, top, module)
    assert sorted(found) == sorted(ticket.barcode for ticket in sale.tickets)


def test_receipt_pdf_draws_qr_codes_as_vectors(loop, paid_sale, tmp_path):
    """No bitmap in the PDF: a bitmap QR is stored as JPEG (grey fringes) and resampled."""
    _window, sale = paid_sale
    for layout in ReceiptLayout:
        data = write_pdf(receipt_for(sale), tmp_path / f"{layout.name}.pdf", layout).read_bytes()
        assert data.startswith(b"%PDF")
        assert b"/Subtype /Image" not in data
        assert b"/DCTDecode" not in data


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_receipt_pdf_scans_when_rasterised_by_another_renderer(loop, paid_sale, tmp_path):
    _window, sale = paid_sale
    barcodes = sorted(ticket.barcode for ticket in sale.tickets)
    for layout in ReceiptLayout:
        pdf = write_pdf(receipt_for(sale), tmp_path / f"{layout.name}.pdf", layout)
        prefix = tmp_path / layout.name
        subprocess.run(
            ["pdftoppm", "-r", "203", "-gray", "-png", str(pdf), str(prefix)],
            check=True,
            timeout=60,
        )
        found = []
        for page in sorted(tmp_path.glob(f"{layout.name}-*.png")):
            found += decode(QImage(str(page)))
        assert sorted(found) == barcodes, layout


def _terminal_image(lines: list[str], cell: int = 4) -> QImage:
    """Half-block text as a light-on-dark terminal shows it: a character is one module wide
    and two modules high; the glyph is drawn in the light foreground colour."""
    width = max(len(line) for line in lines)
    margin = 8 * cell
    image = QImage(
        width * cell + 2 * margin, len(lines) * 2 * cell + 2 * margin, QImage.Format.Format_RGB32
    )
    image.fill(QColor("black"))
    painter = QPainter(image)
    try:
        halves = {"█": (True, True), "▀": (True, False), "▄": (False, True)}
        for row, line in enumerate(lines):
            for column, char in enumerate(line):
                upper, lower = halves.get(char, (False, False))  # blank: (no-break) space
                x = margin + column * cell
                y = margin + row * 2 * cell
                if upper:
                    painter.fillRect(x, y, cell, cell, QColor("white"))
                if lower:
                    painter.fillRect(x, y + cell, cell, cell, QColor("white"))
    finally:
        painter.end()
    return image


def test_the_command_line_qr_scans_on_a_dark_terminal(qtbot, loop, till):
    from boxoffice.commands.common import Console
    from boxoffice.commands.sell import SaleReporter

    start_payment(qtbot, loop, till)
    sale = current_sale(till)
    out = io.StringIO()
    SaleReporter(Console(out=out, err=io.StringIO()), as_json=False).observe(sale)
    lines = [line for line in out.getvalue().splitlines() if line and set(line) <= BLOCKS]
    assert len(lines) > 10
    assert decode(_terminal_image(lines)) == [sale.payment.unified_qr]


@pytest.mark.parametrize("ratio", [1.25, 1.5, 2.0])
def test_modules_are_whole_device_pixels_on_a_scaled_screen(qapp, ratio):
    """At 125 % or 150 % a logical pixel is not a device pixel: modules still are whole ones."""
    text = "lightning:LNBCRT1060U1P4S0XV4PP52VCJE00RCNSJKEYZ65G0AVSZ6F2J9X7EST2LSK"
    image = QImage(round(300 * ratio), round(300 * ratio), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("#d0d0d0"))  # a grey page behind the code, as in a styled window
    painter = QPainter(image)
    try:
        paint_qr(painter, QRect(7, 7, 283, 283), text)  # logical pixels
    finally:
        painter.end()
    image.setDevicePixelRatio(1.0)
    left, top, module = locate(image, text)
    # The largest whole module that fits the 283 logical pixels.
    assert module == int(283 * ratio) // (len(qr_matrix(text)) + 2 * QUIET_ZONE)
    assert_clean_symbol(image, text, left, top, module)


LONG_NOTICE = (
    "An earlier sale needs attention (paid after it expired): 2 × General admission, 1 × "
    "Student, 1 × Front row, Spring Quartet at the Old Hall, sale 01HZX8Q4P2K7M3N5R6T8V9W0YZ. "
    "Check the invoice in BTCPay before letting the customer in, then refund or accept."
)
LONG_ERROR = (
    "Something went wrong: BTCPay: cannot reach https://btcpay.example.org/api/v1/stores/"
    "SimBoxofficeStore7u3WcQfK2pRkZyTgHxJ8nVmEa4D/invoices (connection refused after 3 "
    "tries); the till keeps trying, and the sale goes on once the server answers again."
)


def test_long_banners_leave_the_payment_page_its_room_at_1024x768(qtbot, loop, styled_till):
    window = styled_till
    start_payment(qtbot, loop, window)
    window.demo_banner.show_message("Demo — no real money is involved.", "demo", action=False)
    window.show_notice(LONG_NOTICE, sale_action="Show sale")
    window.show_error(LONG_ERROR)
    window.resize(1024, 768)
    settle(loop, 0.1)
    assert window.height() == 768  # the window did not grow past the screen
    page = window.payment_page
    assert page.height() >= page.minimumSizeHint().height()
    for banner in (window.notice_banner, window.error_banner):
        message = banner.message
        assert message.text() in (LONG_NOTICE, LONG_ERROR)  # the whole text, for tests and AT
        shown = message.shown_text()
        assert len(shown.splitlines()) == 2 and shown.endswith("…")
        assert message.toolTip() == message.text()
        assert message.height() >= 2 * message.fontMetrics().lineSpacing()
    for widget in (page.status, page.countdown, page.cancel, page.checkout_qr):
        assert widget.height() >= widget.minimumSizeHint().height(), widget.objectName()
    assert assert_widget_scans(loop, page.qr) >= MIN_MODULE_PX
    assert current_sale(window).payment.unified_qr in decode(window.grab().toImage())
