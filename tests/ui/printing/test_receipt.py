"""Receipts: 80 mm roll and A4 PDFs with one QR per ticket."""

from __future__ import annotations

import re

import pytest

from boxoffice.ui.printing.receipt import (
    Receipt,
    ReceiptLayout,
    ReceiptTicket,
    build_document,
    receipt_html,
    write_pdf,
)


def _receipt(count: int) -> Receipt:
    return Receipt(
        event_name="Summer Chamber Night",
        event_when="Fri 12 Jun 2026, 19:30",
        venue="Riverside Arts Centre",
        tickets=tuple(
            ReceiptTicket(f"BARCODE{i}", "General Admission", "Ada Lovelace") for i in range(count)
        ),
        total="£50.00",
        paid_btc="0.00050000 BTC",
        email_note="Tickets e-mailed to ada@example.org",
        reference="sale-1",
        issued_at="12 Jun 2026 19:01",
    )


def _media_boxes(path) -> list[tuple[float, float]]:
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]", data)
    return [(float(w), float(h)) for w, h in boxes]


def test_every_ticket_has_its_qr_and_barcode_text(qapp):
    html = receipt_html(_receipt(3), ReceiptLayout.A4)
    for i in range(3):
        assert f"qr:{i}" in html
        assert f"BARCODE{i}" in html
    assert "Ticket 3 of 3" in html
    document = build_document(_receipt(3), ReceiptLayout.ROLL_80MM)
    assert "BARCODE2" in document.toPlainText()


def test_roll_receipt_is_one_80mm_page_as_long_as_the_tickets(qapp, tmp_path):
    short = _media_boxes(write_pdf(_receipt(1), tmp_path / "one.pdf", ReceiptLayout.ROLL_80MM))
    long = _media_boxes(write_pdf(_receipt(6), tmp_path / "six.pdf", ReceiptLayout.ROLL_80MM))
    assert len(short) == 1 and len(long) == 1
    (width, short_height), (_, long_height) = short[0], long[0]
    assert width == pytest.approx(80 / 25.4 * 72, abs=1.5)
    assert long_height > short_height * 3


def test_a4_receipt_breaks_pages_between_tickets(qapp, tmp_path):
    boxes = _media_boxes(write_pdf(_receipt(12), tmp_path / "a4.pdf", ReceiptLayout.A4))
    assert len(boxes) == 3  # 4 tickets under the heading, then 5 a page
    width, height = boxes[0]
    assert (width, height) == (pytest.approx(595, abs=1), pytest.approx(842, abs=1))
    html = receipt_html(_receipt(12), ReceiptLayout.A4)
    assert html.count("page-break-before: always") == 2


def test_layout_follows_the_paper_width():
    assert ReceiptLayout.for_page_width(80) is ReceiptLayout.ROLL_80MM
    assert ReceiptLayout.for_page_width(58) is ReceiptLayout.ROLL_80MM
    assert ReceiptLayout.for_page_width(210) is ReceiptLayout.A4


def test_a_file_that_cannot_be_written_is_a_failure_not_a_blank_print(qapp, tmp_path):
    # Before, the painter quietly painted nothing and the window said "Sent to …".
    with pytest.raises(OSError, match="could not be opened"):
        write_pdf(_receipt(1), tmp_path / "no such folder" / "tickets.pdf", ReceiptLayout.A4)
