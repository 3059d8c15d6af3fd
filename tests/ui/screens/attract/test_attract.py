"""The kiosk's welcome screen: cards for what is on sale, the organiser's words, one way in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from boxoffice.domain.catalogue import CatalogueSettings, build_catalogue
from boxoffice.ui.screens.attract.controller import AttractController
from boxoffice.ui.screens.attract.view import AttractView
from tests.engine.factories import event, ticket_type


def screen(qtbot, **words) -> AttractController:
    view = AttractView()
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    return AttractController(view, **words)


def catalogue(*events):
    return build_catalogue(list(events), CatalogueSettings(), now=1000)


def test_one_card_per_event_on_sale_and_none_for_a_sold_out_one(qtbot):
    controller = screen(qtbot)
    sold_out = ticket_type("tt_2", quantity=0, quantity_issued=100, status="sold_out")
    controller.set_catalogue(
        catalogue(
            event("ev_1", name="Gig", types=[ticket_type("tt_1")]),
            event("ev_2", name="Gone", types=[sold_out]),
        )
    )
    cards = controller._cards
    assert [c.event_id for c in cards] == ["ev_1"]
    assert cards[0].name.text() == "Gig" and cards[0].availability.text() == "100 left"
    assert "Gig" in cards[0].accessibleName()
    assert not controller.view.empty.isVisible()


def test_a_card_opens_its_event_and_with_one_event_so_does_the_big_button(qtbot):
    controller = screen(qtbot)
    controller.set_catalogue(catalogue(event("ev_1", types=[ticket_type("tt_1")])))
    with qtbot.waitSignal(controller.eventChosen) as chosen:
        qtbot.mouseClick(controller._cards[0], Qt.MouseButton.LeftButton)
    assert chosen.args == ["ev_1"]
    with qtbot.waitSignal(controller.eventChosen) as chosen:
        qtbot.mouseClick(controller.view.start, Qt.MouseButton.LeftButton)
    assert chosen.args == ["ev_1"]


def test_with_several_events_the_big_button_shows_the_list(qtbot):
    controller = screen(qtbot)
    controller.set_catalogue(
        catalogue(
            event("ev_1", types=[ticket_type("tt_1")]),
            event("ev_2", types=[ticket_type("tt_2")], start_unix=1781389000),
        )
    )
    with qtbot.waitSignal(controller.startRequested):
        qtbot.mouseClick(controller.view.start, Qt.MouseButton.LeftButton)


def test_nothing_on_sale_says_so_and_offers_no_way_in(qtbot):
    controller = screen(qtbot)
    controller.set_catalogue(None)
    assert controller.view.empty.text() == "No tickets on sale right now."
    assert not controller.view.empty.isHidden()
    assert not controller.view.start.isEnabled()


def test_the_organisers_welcome_and_a_logo_that_is_not_an_image(qtbot, tmp_path):
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("no picture here")
    controller = screen(qtbot, welcome="  Welcome to the Riverside!  ", logo=str(not_an_image))
    assert controller.view.welcome.text() == "Welcome to the Riverside!"
    assert controller.view.logo.isHidden()
    controller.set_welcome("", "")
    assert controller.view.welcome.text() == "Welcome! Buy your tickets here."


def test_a_logo_image_is_shown_at_a_fixed_height(qtbot, tmp_path):
    from PySide6.QtGui import QColor, QPixmap

    from boxoffice.ui.screens.attract.controller import LOGO_HEIGHT

    picture = QPixmap(400, 200)
    picture.fill(QColor("orange"))
    path = tmp_path / "logo.png"
    assert picture.save(str(path))
    controller = screen(qtbot, logo=str(path))
    assert not controller.view.logo.isHidden()
    assert controller.view.logo.pixmap().height() == LOGO_HEIGHT
