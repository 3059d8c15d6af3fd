"""Layout of the kiosk's welcome screen: logo, welcome, event cards, "Touch to buy tickets"."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from boxoffice.ui.i18n import LANGUAGES
from boxoffice.ui.widgets.common import button, label

#: A touch target's least height (about 9 mm on a kiosk screen); cards are taller.
TOUCH_MIN = 48
CARD_HEIGHT = 160


class EventCard(QPushButton):
    """One event as a large card: name, when and where, and how many tickets are left."""

    def __init__(self, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_id = event_id
        self.setObjectName(f"eventCard_{event_id}")
        self.setProperty("role", "card")
        self.setMinimumHeight(CARD_HEIGHT)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.name = label(role="title")
        self.detail = label(role="subtitle")
        self.availability = label(role="hint")
        for part in (self.name, self.detail, self.availability):
            # The card takes the touch, not its labels.
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(part)

    # A button does not ask its layout how big it should be: the card does, so that it is as
    # tall as its words need (larger text, a long name wrapped) and never under CARD_HEIGHT.

    def sizeHint(self) -> QSize:
        hint = self._layout_hint(minimum=False)
        return QSize(hint.width(), max(CARD_HEIGHT, hint.height()))

    def minimumSizeHint(self) -> QSize:
        hint = self._layout_hint(minimum=True)
        return QSize(hint.width(), max(CARD_HEIGHT, hint.height()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        needed = layout.totalHeightForWidth(width) if layout is not None else 0
        return max(CARD_HEIGHT, needed)

    def _layout_hint(self, *, minimum: bool) -> QSize:
        layout = self.layout()
        if layout is None:
            return super().minimumSizeHint() if minimum else super().sizeHint()
        return layout.totalMinimumSize() if minimum else layout.totalSizeHint()


class AttractView(QWidget):
    """Layout only: the organiser's logo and welcome, a grid of event cards, the big button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attractScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(24)
        self.logo = QLabel()
        self.logo.setObjectName("attractLogo")
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.hide()
        layout.addWidget(self.logo)
        self.welcome = label(role="title", name="attractWelcome")
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.welcome)
        self.empty = label(role="subtitle", name="attractEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty)

        self.cards_host = QWidget()
        self.cards = QGridLayout(self.cards_host)
        self.cards.setSpacing(20)
        self.cards.setContentsMargins(0, 0, 0, 0)
        # Cards keep their height and gather at the top, however tall the screen.
        self.cards.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setObjectName("attractCards")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards_host)
        layout.addWidget(scroll, 1)

        self.start = button("", name="touchToBuyButton", role="primary")
        self.start.setMinimumHeight(TOUCH_MIN * 2)

        # The languages, each in its own words (a stranger looks for the name they read).
        self.languages = QHBoxLayout()
        self.languages.setSpacing(12)
        self.languages.addStretch(1)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, native in LANGUAGES.items():
            choice = QPushButton(native)  # a language's own name: never translated
            choice.setObjectName(f"language_{code}")
            choice.setCheckable(True)
            choice.setMinimumSize(TOUCH_MIN * 3, TOUCH_MIN)
            choice.setAccessibleName(native)
            self.languages.addWidget(choice)
            self.language_buttons[code] = choice
        self.languages.addStretch(1)
        layout.addWidget(self.start)
        layout.addLayout(self.languages)
