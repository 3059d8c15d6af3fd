"""The on-screen keyboard never hides the field it types into (seen at 1920×1080)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from boxoffice.sim import seed
from boxoffice.ui.resources import apply_style
from tests.ui.conftest import run_until, settle
from tests.ui.helpers import find
from tests.ui.kiosk.test_shell import kiosk  # noqa: F401  (the fixture)


@pytest.fixture
def styled(qapp):
    """The window's real sizes (the style sheet's big kiosk fields), undone afterwards."""
    sheet, font, palette = qapp.styleSheet(), qapp.font(), qapp.palette()
    apply_style(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setPalette(palette)


def test_the_buyer_field_being_typed_into_stays_in_sight(qtbot, loop, styled, kiosk):  # noqa: F811
    window, _shell = kiosk
    window.resize(1920, 1080)
    qtbot.mouseClick(
        find(window, QPushButton, f"eventCard_{seed.GBP_EVENT}"), Qt.MouseButton.LeftButton
    )
    page = window.tickets_page
    page.email.setFocus()
    run_until(loop, lambda: page.keyboard.isVisible(), message="the keyboard")
    settle(loop, 0.1)
    viewport = page.fields_scroll.viewport()
    top = page.email.mapTo(viewport, QPoint(0, 0)).y()
    assert top >= 0 and top + page.email.height() <= viewport.height()
