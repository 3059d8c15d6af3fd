"""The payment page uses its screen: QR beside the amounts when wide, below them when tall."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame

from boxoffice.ui.screens.payment.view import PaymentView


def _top_left(widget, host):
    return widget.mapTo(host, widget.rect().topLeft())


def test_a_tall_screen_puts_the_amounts_above_a_qr_as_wide_as_it_can_be(qtbot):
    view = PaymentView()
    qtbot.addWidget(view)
    view.resize(1080, 1920)
    view.show()
    qtbot.waitUntil(lambda: view.portrait)
    panel, qr = view.findChild(QFrame, "paymentPanel"), view.qr
    qtbot.waitUntil(lambda: qr.width() > 0.8 * view.width())
    assert _top_left(panel, view).y() + panel.height() <= _top_left(qr, view).y()

    view.resize(1920, 1080)
    qtbot.waitUntil(lambda: not view.portrait)
    qtbot.waitUntil(lambda: _top_left(panel, view).x() >= _top_left(qr, view).x() + qr.width())
    assert panel.width() <= 540
