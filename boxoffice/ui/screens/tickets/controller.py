"""Step 2 and 3: ticket types with quantities, the access code, the buyer, the running total."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from boxoffice.domain.buyer import validate_email, validate_name
from boxoffice.domain.cart import cart_problems, cart_seats, cart_total
from boxoffice.domain.catalogue import access_code_from
from boxoffice.domain.order import Buyer, OrderProblem, prepare_order
from boxoffice.ui.formatting import error_sentence, event_detail, plural
from boxoffice.ui.i18n import current_language, say
from boxoffice.ui.locale_format import money
from boxoffice.ui.screens.tickets.offline_checkout import OfflineCheckout
from boxoffice.ui.screens.tickets.ticket_row import TicketRow
from boxoffice.ui.screens.tickets.view import TicketsView
from boxoffice.ui.widgets.common import set_tone

if TYPE_CHECKING:
    from boxoffice.domain.catalogue import Catalogue, OfferedEvent, OfferedTicketType
    from boxoffice.domain.checkout import CheckoutSettings
    from boxoffice.domain.order import Order

log = logging.getLogger(__name__)


class TicketsController(QObject):
    """The cart for one event: quantities, unlocked secret types, the buyer, the total.

    Every rule comes from the core (`cart_problems`, `prepare_order`, `validate_email`); this
    class only decides what to show and when the pay button may be pressed.
    """

    checkoutRequested = Signal(object)  # a prepared boxoffice.domain.order.Order
    #: Staff only: (Order, OfflineIntent), paid in cash or complimentary (`offline_checkout`).
    offlineCheckoutRequested = Signal(object, object)
    backRequested = Signal()

    def __init__(self, view: TicketsView, checkout: CheckoutSettings) -> None:
        super().__init__(view)
        self.view = view
        self.checkout = checkout
        self.catalogue: Catalogue | None = None
        # The open event. Not `self.event`: that would hide QObject.event(), and the language
        # change Qt sends every QObject would then call None.
        self.open_offer: OfferedEvent | None = None
        self.unlocked: frozenset[str] = frozenset()
        self.busy = False
        view.access_code.returnPressed.connect(self.apply_access_code)
        view.access_code_button.clicked.connect(self.apply_access_code)
        view.access_code.textEdited.connect(lambda _text: view.access_code_status.hide())
        view.name.textChanged.connect(self._update)
        view.email.textChanged.connect(self._update)
        view.checkout.clicked.connect(self._on_checkout)
        view.back_button.clicked.connect(self.backRequested)
        view.email.returnPressed.connect(self._on_checkout)
        self.offline: OfflineCheckout | None = None
        if view.offline is not None:
            self.offline = OfflineCheckout(view.offline, self.prepared_order)
            self.offline.requested.connect(self.offlineCheckoutRequested)
            self.offline.stepChanged.connect(self._update)
        #: A code scanned before an event was open, applied when one opens.
        self.pending_code: str | None = None
        if view.keyboard is not None:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.connect(self._on_focus)
            view.keyboard.doneRequested.connect(self._keyboard_done)
        self.apply_settings(checkout)

    # -- inputs ------------------------------------------------------------------------------

    def apply_settings(self, checkout: CheckoutSettings) -> None:
        """Buyer requirements from the checkout settings (placeholder texts, required marks)."""
        self.checkout = checkout
        self.view.name.setPlaceholderText(
            self.tr("Required") if checkout.require_name else self.tr("Optional")
        )
        self.view.email.setPlaceholderText(
            self.tr("Required, for the tickets") if checkout.email_required else self.tr("Optional")
        )
        self._update()

    def set_catalogue(self, catalogue: Catalogue | None) -> None:
        """A newer catalogue: refresh the open event's rows, keeping what can be kept."""
        self.catalogue = catalogue
        if self.open_offer is None or catalogue is None:
            return
        event = catalogue.event(self.open_offer.id)
        if event is not None:
            self._show_event(event, keep=True)
        else:
            self.view.sale_error.show_message(
                self.tr("This event is no longer on sale at this till."), "error", action=False
            )
            self.view.checkout.setEnabled(False)

    def open_event(self, event: OfferedEvent) -> None:
        """Show an event with an empty cart and no code applied."""
        self.unlocked = frozenset()
        self.view.access_code.setText("")  # no undo back to another event's code
        self.view.access_code_status.hide()
        self.view.sale_error.clear()
        self._show_event(event, keep=False)
        if self.pending_code:
            code, self.pending_code = self.pending_code, None
            self.scanned(code)

    def reset(self) -> None:
        """Forget everything about the previous sale (cart, code, buyer, messages)."""
        self.open_offer = None
        self.unlocked = frozenset()
        self.busy = False
        # setText, not clear(): clear() can be undone, and Ctrl+Z in an empty field must not
        # bring back the last customer's name or address (QLineEdit: setting `text` clears
        # the undo/redo history, doc.qt.io/qt-6/qlineedit.html#text-prop).
        for field in (self.view.access_code, self.view.name, self.view.email):
            field.setText("")
        self.view.access_code_status.hide()
        self.view.sale_error.clear()
        self.pending_code = None
        if self.offline is not None:
            self.offline.reset()
        if self.view.keyboard is not None:
            self.view.keyboard.clear_target()
            self.view.keyboard.hide()
        self._set_rows(())
        self._update()

    def quantities(self) -> dict[str, int]:
        return {tt_id: row.quantity.value() for tt_id, row in self.view.rows.items()}

    def buyer(self) -> Buyer:
        name = self.view.name.text().strip() or None
        email = self.view.email.text().strip() or None
        return Buyer(name, email)

    def set_busy(self, busy: bool, text: str | None = None) -> None:
        """While a sale is being started: no edits, the pay button says what is happening."""
        if text is None:
            text = self.tr("Reserving tickets…")
        self.busy = busy
        for widget in (self.view.back_button, self.view.access_code, self.view.name):
            widget.setEnabled(not busy)
        self.view.email.setEnabled(not busy)
        self.view.access_code_button.setEnabled(not busy)
        self.view.rows_host.setEnabled(not busy)
        if self.offline is not None:
            self.offline.set_busy(busy)
        if busy:
            self.view.checkout.setEnabled(False)
            self.view.checkout.setText(text)
        else:
            self._update()

    def show_problem(self, text: str) -> None:
        self.view.sale_error.show_message(text, "error", action=False)

    # -- access code -------------------------------------------------------------------------

    def apply_access_code(self) -> None:
        if self.open_offer is None or self.busy:
            return
        code = access_code_from(self.view.access_code.text())
        status = self.view.access_code_status
        if not code:
            status.setText(self.tr("Type or scan a code first."))
            set_tone(status, "warning")
            status.show()
            return
        found = self.open_offer.unlock(code)
        if self.view.access_code.text().strip() != code:
            self.view.access_code.setText(code)
        if not found:
            status.setText(
                self.tr("The code “{code}” unlocks nothing for this event.").format(code=code)
            )
            set_tone(status, "error")
            status.show()
            return
        new = found - self.unlocked
        self.unlocked = self.unlocked | found
        names = [t.name for t in self.open_offer.ticket_types if t.id in found]
        if new:
            status.setText(self.tr("Unlocked: {names}").format(names=", ".join(names)))
        else:
            status.setText(self.tr("Already unlocked: {names}").format(names=", ".join(names)))
        set_tone(status, "success")
        status.show()
        self._show_event(self.open_offer, keep=True)
        first = self.view.rows.get(next(iter(sorted(found))))
        if first is not None:
            # Once the new row is shown and placed (a pass of the event loop later).
            # The view is the timer's context: closed meanwhile, the scroll is simply dropped.
            QTimer.singleShot(50, self.view, lambda: self._scroll_to(first.ticket_type_id))

    def scanned(self, text: str) -> None:
        """A code or link read by a barcode scanner: applied to the open event, or kept for
        the next one opened (a kiosk's customer may scan before choosing)."""
        if self.open_offer is None or self.busy:
            self.pending_code = access_code_from(text) or None
            return
        self.view.access_code.setText(text.strip())
        self.apply_access_code()

    # -- the on-screen keyboard (kiosk) -------------------------------------------------------

    def _fields(self) -> tuple[tuple[QLineEdit, str], ...]:
        view = self.view
        return ((view.access_code, "code"), (view.name, "text"), (view.email, "email"))

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        keyboard = self.view.keyboard
        if keyboard is None:
            return
        for field, kind in self._fields():
            if new is field:
                keyboard.attach(field, kind)
                keyboard.show()
                # The keyboard takes the lower part of the screen: keep the field being typed
                # into in sight (once the layout has given the keyboard its room).
                QTimer.singleShot(0, self.view, lambda f=field: self._show_field(f))
                return

    def _show_field(self, field: QLineEdit) -> None:
        if field.hasFocus():
            # Room below for its hint line too.
            self.view.fields_scroll.ensureWidgetVisible(field, 0, 40)

    def _keyboard_done(self) -> None:
        """Done on the keyboard: apply a code, or go on to the next field, or close it."""
        keyboard = self.view.keyboard
        assert keyboard is not None
        fields = [field for field, _kind in self._fields()]
        current = next((f for f in fields if f.hasFocus()), None)
        if current is self.view.access_code:
            self.apply_access_code()
        later = fields[fields.index(current) + 1 :] if current in fields else []
        following = next((f for f in later if f.isVisible() and f.isEnabled()), None)
        if following is not None:
            following.setFocus()
            return
        keyboard.clear_target()
        keyboard.hide()
        self.view.checkout.setFocus()

    def _scroll_to(self, ticket_type_id: str) -> None:
        row = self.view.rows.get(ticket_type_id)
        if row is not None:  # gone if the sale was reset meanwhile
            self.view.rows_scroll.ensureWidgetVisible(row)

    # -- rendering ---------------------------------------------------------------------------

    def _show_event(self, event: OfferedEvent, *, keep: bool) -> None:
        previous = self.quantities() if keep else {}
        self.open_offer = event
        self.view.event_title.setText(event.name)
        self.view.event_detail.setText(event_detail(event))
        if not keep:
            self._set_rows(())
        created = self._set_rows(event.visible(self.unlocked))
        for row in created:
            row.quantity.valueChanged.connect(self._update)
            if row.ticket_type_id in previous:
                row.quantity.setValue(previous[row.ticket_type_id])
        self._update()

    def _set_rows(self, ticket_types: tuple[OfferedTicketType, ...]) -> list[TicketRow]:
        """Show these ticket types; existing rows are updated in place, others added/removed.

        Returns the rows that were created (to connect to their spin boxes).
        """
        view = self.view
        wanted = [t.id for t in ticket_types]
        for ticket_type_id in list(view.rows):
            if ticket_type_id not in wanted:
                gone = view.rows.pop(ticket_type_id)
                view.rows_layout.removeWidget(gone)
                gone.deleteLater()
        created: list[TicketRow] = []
        for position, ticket_type in enumerate(ticket_types):
            row = view.rows.get(ticket_type.id)
            if row is None:
                row = TicketRow(ticket_type, touch=view.touch)
                view.rows[ticket_type.id] = row
                created.append(row)
            else:
                row.update_type(ticket_type)
                view.rows_layout.removeWidget(row)
            view.rows_layout.insertWidget(position, row)
        return created

    def _update(self) -> None:
        view = self.view
        event = self.open_offer
        quantities = self.quantities()
        total = Decimal(0)
        seats = 0
        if event is not None:
            total = cart_total(event, quantities, self.unlocked)
            seats = cart_seats(event, quantities, self.unlocked)
            view.total.setText(money(total, event.currency))
        else:
            view.total.setText("—")
        view.seats.setText(plural(seats, "ticket") if seats else "")

        problems = cart_problems(event, quantities, self.unlocked) if event is not None else []
        view.cart_problems.setText("\n".join(say(problem) for problem in problems))
        view.cart_problems.setVisible(bool(problems))

        name_ok = self._check_name()
        email_ok = self._check_email()
        ready = event is not None and seats > 0 and not problems and name_ok and email_ok
        if self.offline is not None:
            currency = event.currency if event is not None else None
            self.offline.update(ready=ready, total=total, currency=currency)
        if self.busy:
            return
        # While staff are in the cash or complimentary step, Pay waits (one way at a time).
        view.checkout.setEnabled(ready and not (self.offline is not None and self.offline.in_step))
        if seats == 0 or event is None:
            view.checkout.setText(self.tr("Choose tickets"))
        elif total == 0:
            view.checkout.setText(self.tr("Issue free tickets"))
        else:
            view.checkout.setText(
                self.tr("Pay {amount}").format(amount=money(total, event.currency))
            )

    def _check_name(self) -> bool:
        text = self.view.name.text()
        error = self.view.name_error
        reason = validate_name(text) if text.strip() else None
        if reason:
            error.setText(_sentence_case(say(reason)))
            set_tone(error, "error")
            set_tone(self.view.name, "error")
            return False
        set_tone(self.view.name, "")
        if not text.strip() and self.checkout.require_name:
            error.setText(self.tr("Needed: the buyer's full name"))
            set_tone(error, "")
            return False
        if not text.strip():
            error.setText(
                self.tr("Tickets will say “{name}”").format(name=self.checkout.placeholder_name)
            )
        elif len(text.split()) == 1:
            error.setText(self.tr("One name: a surname is added"))
        else:
            error.setText("")
        set_tone(error, "")
        return True

    def _check_email(self) -> bool:
        text = self.view.email.text()
        error = self.view.email_error
        if not text.strip():
            set_tone(self.view.email, "")
            set_tone(error, "")
            if self.checkout.email_required:
                error.setText(self.tr("Needed: the tickets are e-mailed"))
                return False
            error.setText(self.tr("No e-mail: print or show the tickets"))
            return True
        reason = validate_email(text)
        if reason:
            error.setText(_sentence_case(say(reason)))
            set_tone(error, "error")
            set_tone(self.view.email, "error")
            return False
        error.setText(self.tr("✓ Looks good"))
        set_tone(error, "success")
        set_tone(self.view.email, "")
        return True

    def _on_checkout(self) -> None:
        if not self.view.checkout.isEnabled():
            return
        order = self.prepared_order()
        if order is not None:
            self.checkoutRequested.emit(order)

    def prepared_order(self) -> Order | None:
        """The cart and buyer as a checked order; None (having said why) when they are not."""
        if self.busy or self.open_offer is None or self.catalogue is None:
            return None
        try:
            order = prepare_order(
                self.catalogue,
                self.open_offer.id,
                {k: v for k, v in self.quantities().items() if v},
                unlocked=self.unlocked,
                buyer=self.buyer(),
                checkout=self.checkout,
                # The ticket e-mail speaks it, even when sent after the window changed language.
                language=current_language(),
            )
        except OrderProblem as problem:
            self.show_problem(error_sentence(problem))
            target = {"email": self.view.email, "name": self.view.name}.get(problem.field or "")
            if target is not None:
                target.setFocus()
            return None
        self.view.sale_error.clear()
        return order


def _sentence_case(text: str) -> str:
    """A buyer-field reason ("remove the spaces") as it reads alone under the field."""
    return text[:1].upper() + text[1:]
