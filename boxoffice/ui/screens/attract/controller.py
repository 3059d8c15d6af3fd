"""The kiosk's welcome screen: what is on, in words a stranger reads from across the room.

Shown whenever the kiosk waits for a customer. A card opens its event's tickets at once; the big
button opens the list of events (or, with one event on sale, its tickets). The cards follow the
same catalogue as the events screen, refreshed behind it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap

from boxoffice.ui.formatting import event_availability, event_detail
from boxoffice.ui.i18n import current_language
from boxoffice.ui.screens.attract.view import AttractView, EventCard

if TYPE_CHECKING:
    from boxoffice.domain.catalogue import Catalogue

#: Cards per row: two side by side in landscape, one under the other in portrait.
LANDSCAPE_COLUMNS = 2
LOGO_HEIGHT = 160


class AttractController(QObject):
    """Fills the welcome screen from the catalogue and the organiser's words and logo."""

    #: A card was touched: open this event's tickets.
    eventChosen = Signal(str)
    #: "Touch to buy tickets": show the events.
    startRequested = Signal()
    #: A language was chosen (its code): the kiosk speaks it from now on.
    languageChosen = Signal(str)

    def __init__(self, view: AttractView, *, welcome: str = "", logo: str = "") -> None:
        super().__init__(view)
        self.view = view
        self.catalogue: Catalogue | None = None
        self._cards: list[EventCard] = []
        view.start.setText(self.tr("Touch to buy tickets"))
        view.start.setAccessibleName(self.tr("Touch to buy tickets"))
        view.start.clicked.connect(self._start)
        current = current_language()
        for code, choice in view.language_buttons.items():
            choice.setChecked(code == current)
            choice.clicked.connect(lambda _=False, code=code: self._choose_language(code))
        self.set_welcome(welcome, logo)

    def set_welcome(self, welcome: str, logo: str = "") -> None:
        """The organiser's welcome (settings), or plain words when there is none."""
        self.view.welcome.setText(welcome.strip() or self.tr("Welcome! Buy your tickets here."))
        pixmap = QPixmap(logo) if logo else QPixmap()
        if pixmap.isNull():
            self.view.logo.hide()  # no logo, or a file that is not an image: just the words
            return
        self.view.logo.setPixmap(
            pixmap.scaledToHeight(LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
        )
        self.view.logo.show()

    def set_catalogue(self, catalogue: Catalogue | None) -> None:
        """Cards for the events that can be bought now."""
        self.catalogue = catalogue
        for card in self._cards:
            self.view.cards.removeWidget(card)
            card.deleteLater()
        self._cards = []
        events = [e for e in catalogue.events if e.available > 0] if catalogue else []
        columns = LANDSCAPE_COLUMNS if self.view.width() >= self.view.height() else 1
        for index, event in enumerate(events):
            card = EventCard(event.id)
            card.name.setText(event.name)
            card.detail.setText(event_detail(event))
            words, _tone = event_availability(event)
            card.availability.setText(words)
            card.setAccessibleName(f"{event.name}, {event_detail(event)}, {words}")
            card.clicked.connect(lambda _=False, event_id=event.id: self.eventChosen.emit(event_id))
            self.view.cards.addWidget(card, index // columns, index % columns)
            self._cards.append(card)
        self.view.empty.setText(self.tr("No tickets on sale right now."))
        self.view.empty.setVisible(not events)
        self.view.start.setEnabled(bool(events))

    def relayout(self) -> None:
        """Lay the cards out again for the screen's shape (portrait or landscape)."""
        self.set_catalogue(self.catalogue)

    def _choose_language(self, code: str) -> None:
        for other, choice in self.view.language_buttons.items():
            choice.setChecked(other == current_language())  # until the switch is made
        if code != current_language():
            self.languageChosen.emit(code)

    def _start(self) -> None:
        if len(self._cards) == 1:
            self.eventChosen.emit(self._cards[0].event_id)
        else:
            self.startRequested.emit()
