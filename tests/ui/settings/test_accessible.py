"""Every control of the settings dialog without words of its own has an accessible name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
)

from tests.ui.settings.helpers import open_dialog


def test_every_wordless_control_is_named_for_screen_readers(qtbot, loop, sim, till_settings):
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    controls = [w for kind in kinds for w in dialog.findChildren(kind)]
    # Parts of another control, named through it: a combo box's line edit and pop-up list,
    # a table's headers (their sections have words).
    controls = [
        w
        for w in controls
        if not isinstance(w, QHeaderView)
        and not isinstance(w.parentWidget(), QComboBox)
        and not isinstance(w.parentWidget().parentWidget(), QComboBox)
    ]
    controls = [w for w in controls if not w.objectName().startswith("qt_")]
    assert len(controls) >= 15
    unnamed = [w.objectName() or type(w).__name__ for w in controls if not w.accessibleName()]
    assert not unnamed, unnamed


def test_the_pin_fields_are_named_and_big_enough_to_touch(qtbot, loop, sim, till_settings):
    dialog = open_dialog(qtbot, loop, till_settings, sim)
    dialog.tabs.setCurrentWidget(dialog.kiosk_page)
    page = dialog.kiosk_page
    assert page.new_pin.accessibleName() == "New staff PIN"
    assert page.repeat_pin.accessibleName() == "Repeat the new staff PIN"
    for widget in (page.new_pin, page.repeat_pin, page.choose_logo):
        assert widget.height() >= 48, widget.objectName()


def test_the_pin_fields_stay_big_enough_under_the_apps_style(qapp, qtbot, loop, sim, till_settings):
    """The style sheet sizes fields of its own (a 40 px field): the PIN fields keep 48 px."""
    from boxoffice.ui.resources import apply_style

    apply_style(qapp)  # the look is put back after the test (tests/ui/conftest.py)
    test_the_pin_fields_are_named_and_big_enough_to_touch(qtbot, loop, sim, till_settings)
