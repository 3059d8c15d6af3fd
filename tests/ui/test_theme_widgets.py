"""High contrast and larger text reach the widgets that paint their own colours or that the
kiosk sizes for reading from a step away (issue 10, "Accessible").

Colours are read from what is painted (a grab of the widget), so a widget that ignores the
theme fails; sizes from the fonts the widgets have after the switch. Every widget is built in
the normal look and then switched, as when Settings are saved.
"""

from __future__ import annotations

import time
from collections import Counter
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QStandardItem
from PySide6.QtWidgets import QLabel, QPushButton, QStyleOptionViewItem, QVBoxLayout, QWidget

from boxoffice.app.diagnostics import FAIL, OK, WARN
from boxoffice.app.kiosk_pin import hash_pin
from boxoffice.domain.order import Buyer, Order, OrderLine
from boxoffice.domain.sale import Sale, SaleState
from boxoffice.ui import resources
from boxoffice.ui.connection_check import Finding
from boxoffice.ui.kiosk.idle import StillThereOverlay
from boxoffice.ui.kiosk.out_of_order import OutOfOrderScreen
from boxoffice.ui.kiosk.pin_pad import PinPad
from boxoffice.ui.kiosk.results import SeeStaffScreen
from boxoffice.ui.kiosk.staff_menu import StaffMenu
from boxoffice.ui.resources import (
    HIGH_CONTRAST_COLOURS,
    LARGE_TEXT_FACTOR,
    NORMAL_COLOURS,
    apply_style,
    painted_colours,
    resource_path,
)
from boxoffice.ui.screens.attract.view import AttractView, EventCard
from boxoffice.ui.screens.events.view import (
    AVAILABILITY_ROLE,
    DETAIL_ROLE,
    NAME_ROLE,
    TONE_ROLE,
    EventsView,
)
from boxoffice.ui.screens.recent_sales.model import SALE, STATE, RecentSalesModel
from boxoffice.ui.screens.recent_sales.view import RecentSalesView
from boxoffice.ui.settings.connections import findings_html
from tests.ui.test_themes import contrast, rules

#: What high contrast may paint: black, white, yellow, and the disabled grey.
THEME = {resources.BLACK, resources.WHITE, resources.YELLOW, resources.GREY}


@pytest.fixture
def styled(qapp):
    """The normal look to build in (as the app does before its window); normal again after."""
    apply_style(qapp)
    try:
        yield qapp
    finally:
        apply_style(qapp)


# -- reading what is painted -------------------------------------------------------------------


def painted(image: QImage, rect: QRect) -> tuple[str, str]:
    """(ground, words) painted in `rect`: the commonest colour, and of the colours with a few
    pixels the one that stands out most from it (a glyph's solid stroke, not its soft edge)."""
    counts: Counter[str] = Counter()
    rect = rect.intersected(image.rect())
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            counts[image.pixelColor(x, y).name()] += 1
    ground = counts.most_common(1)[0][0]
    inked = [colour for colour, count in counts.items() if colour != ground and count >= 4]
    assert inked, f"nothing painted on {ground} in {rect}"
    return ground, max(inked, key=lambda colour: contrast(colour, ground))


def assert_high_contrast(what: str, image: QImage, rect: QRect) -> None:
    ground, words = painted(image, rect)
    assert ground in THEME and words in THEME, f"{what}: {words} on {ground}, not the theme's"
    ratio = contrast(words, ground)
    assert ratio >= 7, f"{what}: {words} on {ground} is only {ratio:.1f}:1"


def area(widget: QWidget, top: QWidget, inset: int = 0) -> QRect:
    """`widget`'s rectangle in a grab of `top`, less `inset` pixels on each side (an edge)."""
    corner = widget.mapTo(top, QPoint(0, 0))
    return QRect(corner, widget.size()).adjusted(inset, inset, -inset, -inset)


def assert_widgets_high_contrast(qtbot, top: QWidget, widgets: dict[str, QWidget]) -> None:
    qtbot.waitUntil(lambda: painted_colours() is HIGH_CONTRAST_COLOURS)
    image = top.grab().toImage()
    for what, widget in widgets.items():
        # A button's words on its own ground, inside its edge (and a focus ring's).
        inset = 5 if isinstance(widget, QPushButton) else 0
        assert_high_contrast(what, image, area(widget, top, inset))


def shown(qtbot, widget: QWidget, width: int, height: int) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# -- the one table of painted colours ----------------------------------------------------------


def sheet_tone_colours(name: str) -> dict[str, str]:
    """The colour each `QLabel[tone=...]` gets from a sheet."""
    found = {}
    for selectors, declarations in rules(resource_path(name).read_text(encoding="utf-8")):
        for selector in selectors:
            if selector.startswith('QLabel[tone="') and "color" in declarations:
                found[selector.split('"')[1]] = declarations["color"]
    return found


def test_the_painted_marks_are_the_sheets_tone_colours():
    normal = sheet_tone_colours("style.qss")
    themed = {**normal, **sheet_tone_colours("high_contrast.qss")}
    for tone in ("success", "warning", "error", "info"):
        assert NORMAL_COLOURS.mark(tone) == normal[tone], tone
        assert HIGH_CONTRAST_COLOURS.mark(tone) == themed[tone], tone


def test_every_high_contrast_painted_pair_reaches_7_to_1():
    table = HIGH_CONTRAST_COLOURS
    pairs = [
        (table.words, table.ground),
        (table.detail, table.ground),
        (table.words, table.hover_ground),
        (table.selected_words, table.selected_ground),
        *[(pill.words, pill.ground) for pill in table.pills.values()],
        *[(mark, resources.BLACK) for mark in table.marks.values()],
    ]
    for words, ground in pairs:
        assert {words, ground} <= THEME
        assert contrast(words, ground) >= 7, f"{words} on {ground}"


def test_the_table_follows_the_applied_theme(styled):
    assert painted_colours() is NORMAL_COLOURS
    apply_style(styled, high_contrast=True)
    assert painted_colours() is HIGH_CONTRAST_COLOURS
    apply_style(styled, large_text=True)
    assert painted_colours() is NORMAL_COLOURS


# -- widgets that paint themselves ---------------------------------------------------------------


def test_the_event_lists_cards_and_pills_follow_high_contrast(qtbot, styled):
    view = EventsView()
    for tone, words in (("success", "328 left"), ("warning", "8 left"), ("error", "Sold out")):
        item = QStandardItem(words)
        item.setData("Summer Chamber Night", NAME_ROLE)
        item.setData("Wed 2 Dec 2026 · 19:30 · Riverside Arts Centre", DETAIL_ROLE)
        item.setData(words, AVAILABILITY_ROLE)
        item.setData(tone, TONE_ROLE)
        view.model.appendRow(item)
    shown(qtbot, view, 900, 600)
    events = view.event_list
    events.setCurrentIndex(view.model.index(2, 0))  # a chosen card too
    apply_style(styled, high_contrast=True)
    qtbot.waitUntil(lambda: painted_colours() is HIGH_CONTRAST_COLOURS)
    image = events.viewport().grab().toImage()
    delegate = events.itemDelegate()
    for row in range(view.model.rowCount()):
        index = view.model.index(row, 0)
        option = QStyleOptionViewItem()
        option.rect = events.visualRect(index)
        option.font = events.font()
        option.fontMetrics = events.fontMetrics()
        pill = delegate.pill_rect(option, index)
        inner = pill.adjusted(pill.height() // 2, 4, -pill.height() // 2, -4)
        assert_high_contrast(f"row {row}'s pill", image, inner)
        card = option.rect
        words = QRect(card.left() + 22, card.top() + 14, pill.left() - card.left() - 40, 0)
        words.setBottom(card.bottom() - 14)
        assert_high_contrast(f"row {row}'s name and detail", image, words)


def a_sale(number: int, state: SaleState, **changes) -> Sale:
    order = Order(
        event_id="ev_1",
        event_name="Jazz night at the Old Hall",
        currency="gbp",
        lines=(OrderLine("tt_1", "General", 1, Decimal("10.00")),),
        buyer=Buyer("Ada Lovelace", "ada@example.org"),
        full_name="Ada",
    )
    return Sale(
        id=f"s{number}",
        device_id="till",
        order=order,
        state=state,
        created_at=time.time() - 60 * number,
        **changes,
    )


def recent_sales(qtbot) -> RecentSalesView:
    view = RecentSalesView()
    model = RecentSalesModel(parent=view)
    view.table.setModel(model)
    model.set_sales(
        [
            a_sale(0, SaleState.COMPLETED, email_sent=True),  # success
            a_sale(1, SaleState.NEEDS_ATTENTION, reason="paid_late:x"),  # warning
            a_sale(2, SaleState.AWAITING_PAYMENT),  # info
            a_sale(3, SaleState.RELEASED, reason="expired"),  # no tone
        ]
    )
    return shown(qtbot, view, 1100, 600)


def test_the_recent_sales_rows_and_pills_follow_high_contrast(qtbot, styled):
    view = recent_sales(qtbot)
    table = view.table
    table.selectRow(1)  # the chosen row is painted differently
    apply_style(styled, high_contrast=True)
    qtbot.waitUntil(lambda: painted_colours() is HIGH_CONTRAST_COLOURS)
    image = table.viewport().grab().toImage()
    model = table.model()
    for row in range(model.rowCount()):
        state = model.index(row, STATE)
        option = QStyleOptionViewItem()
        option.rect = table.visualRect(state)
        option.font = table.font()
        option.fontMetrics = table.fontMetrics()
        pill = view.delegate.pill_rect(option, state)
        inner = pill.adjusted(pill.height() // 2, 4, -pill.height() // 2, -4)
        assert_high_contrast(f"row {row}'s state pill", image, inner)
        assert_high_contrast(f"row {row}'s sale", image, table.visualRect(model.index(row, SALE)))


def test_recent_sales_measures_its_rows_again_for_larger_text(qtbot, styled):
    view = recent_sales(qtbot)
    rows = view.table.verticalHeader()
    normal = rows.defaultSectionSize()
    apply_style(styled, large_text=True)
    # Two lines of the larger text (and the same padding): about 8 px taller at 13 pt.
    qtbot.waitUntil(lambda: rows.defaultSectionSize() >= normal + 8)
    assert rows.defaultSectionSize() >= 2 * view.table.fontMetrics().height()
    apply_style(styled)
    qtbot.waitUntil(lambda: rows.defaultSectionSize() == normal)


def test_connection_test_marks_follow_high_contrast(qtbot, styled):
    host = QWidget()
    layout = QVBoxLayout(host)
    marks = {}
    for status in (OK, WARN, FAIL):
        mark = QLabel(objectName=f"finding_{status}")
        layout.addWidget(mark)
        marks[status] = mark
    shown(qtbot, host, 700, 300)
    apply_style(styled, high_contrast=True)
    for status, mark in marks.items():
        # As the page does: the findings are written once the test answers, in the theme then.
        mark.setText(findings_html([Finding(status, "BTCPay", "connected to BTCPay Server")]))
    assert_widgets_high_contrast(qtbot, host, {f"a {s} finding": m for s, m in marks.items()})


# -- the kiosk -----------------------------------------------------------------------------------


def pin_pad(qtbot) -> PinPad:
    pad = shown(qtbot, PinPad(hash_pin("8642")), 500, 900)
    pad.press_digit("1")
    pad.submit()  # too few digits: a warning under the dots
    return pad


def pin_pad_parts(pad: PinPad) -> dict[str, QWidget]:
    return {
        "PIN title": pad.findChild(QLabel, "pinTitle"),
        "PIN dots": pad.dots,
        "PIN warning": pad.message,
        "digit key": pad.keys["5"],
        "Cancel": pad.cancel_button,
    }


def staff_menu(qtbot) -> StaffMenu:
    return shown(qtbot, StaffMenu(), 700, 800)


def staff_menu_parts(menu: StaffMenu) -> dict[str, QWidget]:
    return {
        "staff-mode marker": menu.marker,
        "menu title": menu.findChild(QLabel, "staffMenuTitle"),
        "Settings": menu.settings_button,
        "Exit kiosk": menu.exit_button,
        "Close": menu.close_button,
    }


def covered(qtbot) -> tuple[QWidget, OutOfOrderScreen, SeeStaffScreen, StillThereOverlay]:
    host = shown(qtbot, QWidget(), 1080, 1920)
    out_of_order, see_staff = OutOfOrderScreen(host), SeeStaffScreen(host)
    still_there = StillThereOverlay(host)
    out_of_order.show_code("OOO-NET")
    see_staff.show_code("AB12CD")
    still_there.show_seconds(7)
    return host, out_of_order, see_staff, still_there


def cover_parts(cover) -> dict[str, QWidget]:
    name = cover.objectName()
    if isinstance(cover, StillThereOverlay):
        return {f"{name} title": cover.title, f"{name} countdown": cover.countdown}
    return {f"{name} title": cover.title, f"{name} line": cover.hint, f"{name} code": cover.code}


def welcome(qtbot) -> tuple[AttractView, EventCard]:
    view = AttractView()
    card = EventCard("ev_1")
    card.name.setText("Summer Chamber Night")
    card.detail.setText("Wed 2 Dec 2026 · 19:30 · Riverside Arts Centre")
    card.availability.setText("328 left")
    view.cards.addWidget(card, 0, 0)
    view.welcome.setText("Welcome! Buy your tickets here.")
    view.start.setText("Touch to buy tickets")
    shown(qtbot, view, 1080, 1920)
    return view, card


def welcome_parts(view: AttractView, card: EventCard) -> dict[str, QWidget]:
    return {
        "welcome": view.welcome,
        "card's name": card.name,
        "card's when and where": card.detail,
        "card's tickets left": card.availability,
        "Touch to buy tickets": view.start,
        "a language": view.language_buttons["de"],
    }


def test_the_pin_pad_follows_high_contrast(qtbot, styled):
    pad = pin_pad(qtbot)
    apply_style(styled, high_contrast=True)
    assert_widgets_high_contrast(qtbot, pad, pin_pad_parts(pad))


def test_the_staff_menu_follows_high_contrast(qtbot, styled):
    menu = staff_menu(qtbot)
    apply_style(styled, high_contrast=True)
    assert_widgets_high_contrast(qtbot, menu, staff_menu_parts(menu))
    # Staff mode is told in black on yellow, not by the panel's black.
    ground, _words = painted(menu.grab().toImage(), area(menu.marker, menu))
    assert ground == resources.YELLOW


def test_the_covers_follow_high_contrast(qtbot, styled):
    host, *covers = covered(qtbot)
    apply_style(styled, high_contrast=True)
    for cover in covers:
        cover.raise_()
        parts = cover_parts(cover)
        if isinstance(cover, StillThereOverlay):
            parts["I'm still here"] = cover.stay
        assert_widgets_high_contrast(qtbot, host, parts)


def test_the_welcome_screen_follows_high_contrast(qtbot, styled):
    view, card = welcome(qtbot)
    apply_style(styled, high_contrast=True)
    assert_widgets_high_contrast(qtbot, view, welcome_parts(view, card))


def point_sizes(widgets: dict[str, QWidget]) -> dict[str, float]:
    return {what: widget.font().pointSizeF() for what, widget in widgets.items()}


def assert_larger_text_reaches(qtbot, styled, widgets: dict[str, QWidget]) -> None:
    normal = point_sizes(widgets)
    apply_style(styled, large_text=True)
    qtbot.waitUntil(lambda: point_sizes(widgets) != normal)
    large = point_sizes(widgets)
    for what, size in normal.items():
        assert large[what] == pytest.approx(size * LARGE_TEXT_FACTOR, rel=0.02), what
    apply_style(styled)
    qtbot.waitUntil(lambda: point_sizes(widgets) == normal)


def test_larger_text_reaches_the_pin_pad(qtbot, styled):
    pad = pin_pad(qtbot)
    assert_larger_text_reaches(qtbot, styled, pin_pad_parts(pad))


def test_larger_text_reaches_the_staff_menu(qtbot, styled):
    menu = staff_menu(qtbot)
    width = menu.width()
    assert_larger_text_reaches(qtbot, styled, staff_menu_parts(menu))
    # It widens with the text, so that the staff-mode marker stays on one line.
    apply_style(styled, large_text=True)
    qtbot.waitUntil(lambda: menu.minimumWidth() > width)
    marker = menu.marker
    words = marker.text()
    qtbot.waitUntil(
        lambda: marker.fontMetrics().horizontalAdvance(words) <= marker.contentsRect().width()
    )


def test_larger_text_reaches_the_covers(qtbot, styled):
    _host, *covers = covered(qtbot)
    parts = {}
    for cover in covers:
        parts.update(cover_parts(cover))
    parts["I'm still here"] = covers[2].stay
    assert_larger_text_reaches(qtbot, styled, parts)


def test_larger_text_reaches_the_welcome_screen_and_its_cards_grow(qtbot, styled):
    view, card = welcome(qtbot)
    height = card.height()
    assert_larger_text_reaches(qtbot, styled, welcome_parts(view, card))
    # The card is as tall as its larger words: none is cut off or drawn over another.
    apply_style(styled, large_text=True)
    qtbot.waitUntil(lambda: card.height() > height)
    bottom = card.availability.geometry().bottom()
    assert card.name.geometry().bottom() <= card.detail.geometry().top()
    assert card.detail.geometry().bottom() <= card.availability.geometry().top()
    assert bottom <= card.height()
