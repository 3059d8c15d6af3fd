"""The cart and buyer form: limits the quantity boxes keep, reasons shown as you type."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser

from boxoffice.domain.checkout import CheckoutSettings
from boxoffice.sim import seed
from boxoffice.ui.html import SafeTextBrowser
from boxoffice.ui.screens.tickets.controller import TicketsController, access_code_from
from boxoffice.ui.screens.tickets.ticket_row import QuantitySpinBox, TicketRow
from boxoffice.ui.screens.tickets.view import TicketsView
from tests.ui.helpers import open_event, set_quantity, type_into


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("CREW2026", "CREW2026"),
        ("  CREW2026 \n", "CREW2026"),
        ("https://www.tickettailor.com/events/x/1?a=CREW2026", "CREW2026"),
        ("https://example.org/e?foo=1&accessCode=Friends10", "Friends10"),
        ("?a=abc", "abc"),
        ("https://example.org/e?foo=1", "https://example.org/e?foo=1"),
    ],
)
def test_access_code_from_a_code_or_a_link(text, code):
    assert access_code_from(text) == code


def test_quantity_box_skips_below_the_order_minimum(qtbot):
    box = QuantitySpinBox()
    qtbot.addWidget(box)
    box.set_limits(3, 5)
    box.stepBy(1)
    assert box.value() == 3
    box.stepBy(1)
    box.stepBy(1)
    box.stepBy(1)
    assert box.value() == 5  # never past the maximum
    box.setValue(3)
    box.stepBy(-1)
    assert box.value() == 0
    box.setValue(2)  # typed inside the gap: raised to the minimum
    assert box.value() == 3


def test_sold_out_types_are_shown_but_cannot_be_chosen(qtbot, loop, till):
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    row = till.tickets_page.rows[seed.SOLD_OUT_TT]
    assert row.isVisible()
    assert not row.quantity.isEnabled() and not row.plus.isEnabled()
    assert row.quantity.maximum() == 0
    assert "Sold out" in row.note.text()
    limited = set_quantity(qtbot, till, seed.LIMITED_TT, 2)
    assert limited.maximum() == 2
    assert not till.tickets_page.rows[seed.LIMITED_TT].plus.isEnabled()


def test_group_limit_is_explained_and_blocks_paying(qtbot, loop, till):
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    set_quantity(qtbot, till, seed.FAMILY_ADULT_TT, 4)
    set_quantity(qtbot, till, seed.FAMILY_CHILD_TT, 3)
    type_into(qtbot, till, "emailEdit", "family@example.org")
    view = till.tickets_page
    assert "At most 6 tickets from" in view.cart_problems.text()
    assert not view.checkout.isEnabled()
    qtbot.mouseClick(view.rows[seed.FAMILY_CHILD_TT].minus, Qt.MouseButton.LeftButton)
    assert view.cart_problems.isHidden()
    assert view.checkout.isEnabled()


def test_buyer_fields_say_why_as_you_type(qtbot, loop, till):
    open_event(qtbot, loop, till, seed.GBP_EVENT)
    set_quantity(qtbot, till, seed.GENERAL_TT, 1)
    view = till.tickets_page
    assert not view.checkout.isEnabled()  # e-mail required by default
    assert "Needed" in view.email_error.text()
    type_into(qtbot, till, "emailEdit", "ada")
    assert view.email_error.text() == "Add an @ and a domain"
    assert not view.checkout.isEnabled()
    qtbot.keyClicks(view.email, "@example.org")
    assert view.checkout.isEnabled()
    assert view.checkout.text() == "Pay £26.50"
    type_into(qtbot, till, "nameEdit", "<script>")
    assert "not allowed" in view.name_error.text()
    assert not view.checkout.isEnabled()


def test_required_name_and_optional_email_follow_the_settings(qtbot, loop, sim):
    view = TicketsView()
    qtbot.addWidget(view)
    checkout = CheckoutSettings(require_name=True, email_required=False)
    controller = TicketsController(view, checkout)
    from boxoffice.domain.catalogue import CatalogueSettings, build_catalogue
    from boxoffice.services.tickettailor.models import Event

    catalogue = build_catalogue(
        [Event.from_api(e) for e in sim.state()["events"]], CatalogueSettings()
    )
    controller.set_catalogue(catalogue)
    controller.open_event(catalogue.event(seed.FREE_EVENT))
    view.rows[seed.FREE_TT].quantity.setValue(2)
    assert view.checkout.text() == "Issue free tickets"
    assert not view.checkout.isEnabled()
    assert view.name.placeholderText() == "Required"
    view.name.setText("Grace Hopper")
    assert view.checkout.isEnabled()  # no e-mail needed
    orders = []
    controller.checkoutRequested.connect(orders.append)
    qtbot.mouseClick(view.checkout, Qt.MouseButton.LeftButton)
    assert orders and orders[0].full_name == "Grace Hopper" and orders[0].seats == 2


def a_ticket_type(description: str | None, **changes):
    fields = dict(
        id="tt_x",
        name="General",
        unit_price=Decimal("10.00"),
        currency="gbp",
        secret=False,
        purchasable=True,
        unavailable_reason=None,
        available=50,
        min_per_order=1,
        max_per_order=10,
        description=description,
    )
    fields.update(changes)
    return SimpleNamespace(**fields)


def test_a_row_without_a_description_builds_no_text_widget(qtbot):
    row = TicketRow(a_ticket_type(None))
    qtbot.addWidget(row)
    assert row.description is None and row.rich_description is None
    assert row.findChildren(QTextBrowser) == []
    row.update_type(a_ticket_type("   "))
    assert (
        row.findChildren(QTextBrowser) == [] and row.findChildren(QLabel, "ticketDescription") == []
    )


def test_a_plain_description_is_a_wrapping_label(qtbot):
    row = TicketRow(a_ticket_type("Students &amp; over 65s; bring proof"))
    qtbot.addWidget(row)
    assert row.findChildren(QTextBrowser) == []
    assert row.description.text() == "Students & over 65s; bring proof"
    assert row.description.wordWrap()
    assert row.description.textFormat() == Qt.TextFormat.PlainText


def test_an_html_description_is_sanitised_in_a_browser_that_loads_nothing(qtbot):
    html = '<p>Doors <b>7pm</b></p><img src="https://tracker.example/p.gif"><script>x()</script>'
    row = TicketRow(a_ticket_type(html))
    qtbot.addWidget(row)
    row.show()
    qtbot.waitExposed(row)
    browser = row.rich_description
    assert isinstance(browser, SafeTextBrowser) and browser.isVisible()
    assert browser.toPlainText() == "Doors 7pm"
    assert "img" not in browser.toHtml() and "tracker" not in browser.toHtml()
    assert row.description is None
    # A refresh that makes it plain text shows the label instead (and hides the browser).
    row.update_type(a_ticket_type("Crew and guests"))
    assert not browser.isVisible()
    assert row.description.isVisible() and row.description.text() == "Crew and guests"
    row.update_type(a_ticket_type(None))
    assert not row.description.isVisible() and not browser.isVisible()


def test_a_seated_type_says_sell_online_and_cannot_be_chosen(qtbot, loop, till):
    open_event(qtbot, loop, till, seed.JAZZ_EVENT)
    seated = till.tickets_page.rows[seed.SEATED_TT]
    assert seated.isVisible()
    assert "reserved seating — sell online" in seated.note.text()
    assert not seated.quantity.isEnabled() and not seated.plus.isEnabled()
    early = till.tickets_page.rows[seed.EARLY_BIRD_TT]
    assert not early.plus.isEnabled() and "Not on sale now" in early.note.text()
    assert till.tickets_page.rows["tt_2501"].plus.isEnabled()


def test_a_new_sale_leaves_nothing_of_the_last_buyer_to_undo(qtbot):
    """Ctrl+Z in an emptied field must not bring back the previous customer's details."""
    view = TicketsView()
    qtbot.addWidget(view)
    controller = TicketsController(view, CheckoutSettings())
    for field, text in ((view.name, "Ada"), (view.email, "ada@example.org")):
        field.setFocus()
        qtbot.keyClicks(field, text)
    view.access_code.insert("SECRET")
    controller.reset()
    for field in (view.name, view.email, view.access_code):
        assert field.text() == ""
        field.undo()
        assert field.text() == "", field.objectName()


def test_a_language_change_reaches_the_tickets_screen_with_an_event_open(qtbot, loop, till):
    from PySide6.QtCore import QCoreApplication, QEvent

    open_event(qtbot, loop, till, seed.GBP_EVENT)
    controller = till.flow.tickets
    assert controller.open_offer is not None and controller.open_offer.id == seed.GBP_EVENT
    # A controller attribute named `event` would hide QObject.event(): Qt's call would then
    # raise "'NoneType' object is not callable" (or call an OfferedEvent).
    for receiver in (controller, till.tickets_page, *till.tickets_page.rows.values()):
        QCoreApplication.sendEvent(receiver, QEvent(QEvent.Type.LanguageChange))
    assert controller.open_offer.id == seed.GBP_EVENT
    assert till.tickets_page.event_title.text()
