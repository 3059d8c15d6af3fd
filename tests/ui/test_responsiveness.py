"""The GUI loop is never held for long: heavy work runs off the GUI thread or in short steps.

No timings are asserted here (speed targets belong in the benchmark): these tests check the
probe that measures loop stalls, and the structure that keeps them short. Encoding a QR code is
pure Python (25-50 ms for a unified payment text), so it is done one step per loop turn.
Receipts and PDFs are rendered on the GUI thread on purpose (tens of milliseconds, on a click):
from a worker thread, the receipt's Python QR callbacks deadlocked against the GUI thread.
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import replace
from itertools import pairwise

import qrcode
import qrcode.constants
from PySide6.QtCore import Qt, QTimer

from boxoffice.ui.widgets import qr as qr_module
from boxoffice.ui.widgets.qr import QrImageJob, QrWidget, encode_steps, qr_image_fitting
from tests.ui.conftest import run_until, settle
from tests.ui.helpers import current_sale, sell, wait_for_ticket_icons

UNIFIED = (
    "bitcoin:BCRT1QGJC5F3G3F64C02FKESZ8J8WPJM35HRV5ZFH7U5?amount=0.00106&lightning=LNBCRT1060U1P4"
    "S0XV4PP52VCJE00RCNSJKEYZ65G0AVSZ6F2J9X7EST2LSKT5JL32RCG7A7VSDY82PSKJEPQW3HJQ5NFWEJHYUMFV3J"
    "JQSTJW3EJQSM9DE68YEFQ9P8HYER9WGSYJ3P6YP3X77R0VENXJCM994JK2VTXXPJRJCEKXDNRXDP4XU6RSD3KXSCRY"
    "VRYXE3NQVRYX33NW2GXQZUYQ09E9SSNYC23JF5PDMYJ7UXMSQZQFS5D7TPNYWRZL5X7A9045MJ92WSMGMR8URH0LL"
)


class LoopProbe:
    """A timer every `interval_ms` that records when it fires: the longest gap between two
    firings is the longest time the event loop was kept from running timers."""

    def __init__(self, interval_ms: int = 5) -> None:
        self.ticks: list[float] = []
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def start(self) -> None:
        self.ticks.append(time.perf_counter())
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.ticks.append(time.perf_counter())

    def gaps(self) -> list[tuple[float, float]]:
        """(length, start) of every gap, in seconds."""
        return [(after - before, before) for before, after in pairwise(self.ticks)]

    def worst(self) -> tuple[float, float]:
        return max(self.gaps())


def fresh(text: str) -> str:
    """`text` made unique, so the matrix cache cannot already hold it."""
    return f"{text}&label={uuid.uuid4().hex.upper()}"


def test_the_probe_sees_a_blocked_loop_and_when(loop):
    probe = LoopProbe()
    probe.start()
    settle(loop, 0.05)
    blocked_at: list[float] = []

    def block() -> None:
        blocked_at.append(time.perf_counter())
        time.sleep(0.08)

    loop.call_soon(block)
    settle(loop, 0.05)
    probe.stop()
    length, start = probe.worst()
    assert length >= 0.08
    assert start <= blocked_at[0] <= start + length
    assert len(probe.ticks) > 4  # it kept firing around the block


def test_chunked_encoding_gives_exactly_qrcodes_own_matrix():
    for text in ("T000XK7QW", "lightning:LNBCRT1060U1P4S0XV4PP52", UNIFIED, "https://x.test/i/é"):
        code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
        code.add_data(text)
        code.make(fit=True)
        expected = tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())
        steps = list(encode_steps(text))
        assert steps[-1] == expected
        assert all(step is None for step in steps[:-1])


def test_the_payment_qr_is_encoded_one_step_per_loop_turn(qtbot, loop, monkeypatch):
    monkeypatch.setattr(qr_module._Encoder, "SLICE", 0.0)  # one step, then back to the loop
    payload = fresh(UNIFIED)
    steps = len(list(encode_steps(payload)))
    assert steps > 10
    widget = QrWidget()
    qtbot.addWidget(widget)
    turns = []
    turn_counter = QTimer()
    turn_counter.setInterval(0)
    turn_counter.timeout.connect(lambda: turns.append(widget.is_ready()))
    turn_counter.start()
    widget.setPayload(payload)
    assert not widget.is_ready()  # nothing was encoded inside setPayload
    run_until(loop, widget.is_ready, message="encoded")
    turn_counter.stop()
    # The loop went round (and could paint and take input) between the steps.
    assert turns.count(False) >= steps // 2


def test_ticket_images_are_painted_over_many_loop_turns(qtbot, loop, monkeypatch):
    monkeypatch.setattr(qr_module._Encoder, "SLICE", 0.0)
    barcodes = [f"T{uuid.uuid4().hex[:10].upper()}" for _ in range(8)]
    job = QrImageJob(barcodes, 220)
    images: dict[int, object] = {}
    job.imageReady.connect(lambda index, image: images.setdefault(index, image))
    finished = []
    job.finished.connect(lambda: finished.append(True))
    turns = []
    turn_counter = QTimer()
    turn_counter.setInterval(0)
    turn_counter.timeout.connect(lambda: turns.append(len(images)))
    turn_counter.start()
    job.start()
    assert images == {}  # start() itself does no encoding or painting
    run_until(loop, lambda: finished, message="the ticket images")
    turn_counter.stop()
    assert finished == [True]
    assert sorted(images) == list(range(8))
    for index, barcode in enumerate(barcodes):
        assert images[index] == qr_image_fitting(barcode, 220)
    # Images arrived one by one across loop turns, not all in one go.
    assert len(set(turns)) >= 8


def test_a_cancelled_job_paints_nothing_more(qtbot, loop):
    job = QrImageJob([f"T{uuid.uuid4().hex[:10].upper()}" for _ in range(5)], 120)
    images = []
    job.imageReady.connect(lambda index, image: images.append(index))
    job.start()
    job.cancel()
    settle(loop, 0.2)
    assert images == []


def test_saving_the_tickets_as_pdf_renders_on_the_gui_thread(
    qtbot, loop, till, sim, tmp_path, monkeypatch
):
    import boxoffice.ui.screens.result.ticket_output as result_page

    threads: list[threading.Thread] = []
    real_write_pdf = result_page.write_pdf

    def recording_write_pdf(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_write_pdf(*args, **kwargs)

    monkeypatch.setattr(result_page, "write_pdf", recording_write_pdf)
    sale = sell(qtbot, loop, till, quantity=3, email="pdf@example.org")
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    run_until(loop, lambda: till.pages.currentWidget() is till.result_page, message="the result")
    target = tmp_path / "tickets.pdf"
    task = till.flow.result.save_pdf(target)
    assert task is not None
    loop.run_until_complete(task)
    assert target.read_bytes().startswith(b"%PDF")
    # Not in a worker: the receipt's QR objects are Python callbacks inside Qt's painting, and a
    # worker painting them deadlocked against the GUI thread opening a file dialog.
    assert threads and all(thread is threading.main_thread() for thread in threads)


def test_the_receipt_paints_its_ticket_codes_after_showing_the_list(qtbot, loop, till, sim):
    sale = sell(qtbot, loop, till, quantity=2, email="group@example.org")
    sim.pay_invoice(sale.invoice_id, "BTC-LN")
    # Its records and e-mail done: no later snapshot of the real sale redraws the page under
    # the invented group below.
    run_until(loop, lambda: current_sale(till).engine_done, message="the tickets and records")
    paid = current_sale(till)
    # A large group with barcodes no cache has seen: showing it encodes none of them.
    tickets = tuple(
        replace(paid.tickets[0], id=f"it_{n}", barcode=fresh(f"T{n}")) for n in range(12)
    )
    listing = till.result_page.ticket_list
    till.flow.result.show_sale(replace(paid, tickets=tickets))
    assert listing.count() == 12
    assert all(listing.item(row).icon().isNull() for row in range(12))
    wait_for_ticket_icons(loop, listing)
    assert [listing.item(row).toolTip() for row in range(12)] == [t.barcode for t in tickets]


def test_a_text_too_long_for_any_qr_code_does_not_jam_the_encoder(qtbot, loop):
    too_long = "X" * 8000  # beyond version 40
    first = QrWidget()
    qtbot.addWidget(first)
    first.setPayload(too_long)
    second = QrWidget()
    qtbot.addWidget(second)
    second.setPayload(fresh("lightning:LNBCRT1"))
    run_until(loop, second.is_ready, message="the next text")
    assert not first.is_ready()
    assert qr_module._encoder().pending() == 0
