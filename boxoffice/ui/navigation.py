"""Which screen the window shows: a pure function of the sales and of what staff asked for.

Two sales matter at a time: the *current* sale (the one being sold, which the payment page
follows) and an *earlier* sale staff opened from the recent sales. Staff ask for a place (the
events, an event's tickets, the recent sales, the current sale, an earlier sale); the screen
follows from that, the state of both sales and the screen before it. No Qt here, so every rule
is tested on its own (`tests/ui/test_navigation.py`); `MainWindow.show_screen()` draws a
`Screen` and `SaleFlow` words it.

Each result has its dismiss rule in the spirit of pretix's desktop scanner (`MainUiState`): the
payment page stays while the customer may pay; a finished sale stays until staff start a new
one; a failed start goes back to the tickets with the problem.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from boxoffice.domain.sale import Sale, SaleState

#: The states the payment page shows: the customer is paying, or the till is busy with it.
PAYMENT_STATES = frozenset(
    {
        SaleState.RESERVING,
        SaleState.AWAITING_PAYMENT,
        SaleState.CONFIRMING,
        SaleState.ISSUING,
        SaleState.RELEASING,
    }
)


class Page(StrEnum):
    """The window's pages, one per step of a sale, and the recent sales."""

    #: The kiosk's welcome, waiting for a customer.
    ATTRACT = "attract"
    EVENTS = "events"
    TICKETS = "tickets"
    PAYMENT = "payment"
    RESULT = "result"
    RECENT = "recent"
    #: The door console's check-in desk and end-of-shift report (staff only).
    CHECK_IN = "check_in"
    REPORT = "report"


class Place(StrEnum):
    """Where staff asked to be."""

    #: The kiosk's welcome screen.
    ATTRACT = "attract"
    EVENTS = "events"
    TICKETS = "tickets"
    RECENT = "recent"
    CHECK_IN = "check_in"
    REPORT = "report"
    #: The current sale's own page, whatever its state.
    CURRENT_SALE = "current"
    #: An earlier sale opened from the recent sales (or from a notice about it).
    EARLIER_SALE = "earlier"


@dataclass(frozen=True)
class Screen:
    """What the window shows: a page, the sale on it, and the controls around it."""

    page: Page
    #: The sale on the payment or result page (None on the other pages).
    sale_id: str | None = None
    #: The result page shows an earlier sale, not the current one.
    earlier: bool = False
    #: Settings may open: no sale is being sold (a settings change would swap the clients).
    settings_enabled: bool = True
    #: The result page offers "New sale".
    new_sale_offered: bool = False
    #: The result page's "New sale" takes the focus (Enter starts the next sale).
    focus_new_sale: bool = False
    #: The banner that leads back to the current sale, which staff left to look elsewhere.
    back_to_sale: bool = False


HOME = Screen(Page.EVENTS)

#: Pages away from selling: while one shows, a sale being paid is one tap away (a banner).
AWAY_PAGES = frozenset({Page.RECENT, Page.CHECK_IN, Page.REPORT})


def _active(sale: Sale | None) -> bool:
    return sale is not None and not sale.terminal


def screen_for(
    place: Place,
    current: Sale | None,
    earlier: Sale | None = None,
    *,
    previous: Screen = HOME,
    starting: bool = False,
    ended_unseen: bool = False,
) -> Screen:
    """The screen for `place`, given the current sale and the earlier sale staff opened.

    `previous` is the screen shown before (a payment staff accepted stays on the result page
    while its tickets are issued); `starting` says a sale is being started and has no snapshot
    yet; `ended_unseen` that the current sale ended while staff looked elsewhere and they have
    not seen it since.
    """
    settings_enabled = not (starting or _active(current))
    if place is Place.CURRENT_SALE and current is not None:
        return _current_sale_screen(current, previous)
    if place is Place.EARLIER_SALE and earlier is not None:
        screen = Screen(
            Page.RESULT,
            earlier.id,
            earlier=True,
            settings_enabled=settings_enabled,
            # While another sale is being paid a new one cannot start: only the way back shows.
            new_sale_offered=not _active(current),
        )
    elif place is Place.RECENT:
        screen = Screen(Page.RECENT, settings_enabled=settings_enabled)
    elif place is Place.CHECK_IN:
        screen = Screen(Page.CHECK_IN, settings_enabled=settings_enabled)
    elif place is Place.REPORT:
        screen = Screen(Page.REPORT, settings_enabled=settings_enabled)
    elif place is Place.ATTRACT:
        screen = Screen(Page.ATTRACT, settings_enabled=settings_enabled)
    elif place is Place.TICKETS or (place is Place.CURRENT_SALE and starting):
        screen = Screen(Page.TICKETS, settings_enabled=settings_enabled)
    else:
        screen = Screen(Page.EVENTS, settings_enabled=settings_enabled)
    # Away from the current sale: a banner leads back to it while it goes on, and once when
    # it ended meanwhile.
    away = screen.page in AWAY_PAGES or screen.earlier
    if current is not None and away and (not current.terminal or ended_unseen):
        screen = replace(screen, back_to_sale=True)
    return screen


def _current_sale_screen(sale: Sale, previous: Screen) -> Screen:
    state = sale.state
    if state is SaleState.FAILED:
        # The sale never asked for payment: back to the tickets, which say why.
        return Screen(Page.TICKETS)
    if state is SaleState.RESERVING:
        # The tickets page says "Reserving tickets…" on its button meanwhile.
        return Screen(Page.TICKETS, settings_enabled=False)
    # Staff accepted this sale's payment on its result page: it stays there while it issues.
    accepting = (
        state is SaleState.ISSUING and previous.page is Page.RESULT and previous.sale_id == sale.id
    )
    if state in PAYMENT_STATES and not accepting:
        return Screen(Page.PAYMENT, sale.id, settings_enabled=False)
    return Screen(
        Page.RESULT,
        sale.id,
        settings_enabled=not accepting,
        new_sale_offered=True,
        focus_new_sale=not accepting,
    )
