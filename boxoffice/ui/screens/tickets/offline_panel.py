"""The staff's other ways of selling, under Pay: paid in cash, or complimentary with a reason.

Layout only (the controller is `offline_checkout`). Each way has a step of its own, shown in
place of the two buttons, never as a modal dialog: cash asks staff to confirm the amount they
took, complimentary asks for the reason (required). Both ask who is recording it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from boxoffice.ui.widgets.common import button, label


class OfflinePanel(QFrame):
    """The two buttons, the cash confirmation and the complimentary reason, one at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlinePanel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 2, 0, 0)
        outer.setSpacing(4)
        self.steps = _Steps(outer)

        # The choice: beside (under) Pay, smaller than it.
        self.choice = QWidget()
        row = QHBoxLayout(self.choice)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.cash_button = button(self.tr("Paid in cash"), name="cashButton")
        self.cash_button.setToolTip(
            self.tr("The customer pays in cash at the till: no invoice, the tickets at once.")
        )
        self.complimentary_button = button(self.tr("Complimentary…"), name="complimentaryButton")
        self.complimentary_button.setToolTip(
            self.tr("Give the tickets away, for a reason that is recorded.")
        )
        row.addWidget(self.cash_button, 1)
        row.addWidget(self.complimentary_button, 1)
        self.steps.add(self.choice)

        # Cash: confirm the amount taken.
        self.cash_step = QWidget()
        cash = QVBoxLayout(self.cash_step)
        cash.setContentsMargins(0, 0, 0, 0)
        cash.setSpacing(4)
        self.cash_prompt = label(role="section", name="cashPrompt")
        cash.addWidget(self.cash_prompt)
        self.cash_staff = self._staff_field(cash, "cashStaffEdit")
        cash_buttons = QHBoxLayout()
        self.cash_back = button(self.tr("Back"), name="cashBackButton")
        self.cash_confirm = button(self.tr("Cash taken"), name="cashConfirmButton", role="primary")
        cash_buttons.addWidget(self.cash_back)
        cash_buttons.addWidget(self.cash_confirm, 1)
        cash.addLayout(cash_buttons)
        self.steps.add(self.cash_step)

        # Complimentary: the reason, required.
        self.comp_step = QWidget()
        comp = QVBoxLayout(self.comp_step)
        comp.setContentsMargins(0, 0, 0, 0)
        comp.setSpacing(4)
        comp.addWidget(label(self.tr("Why are these tickets complimentary?"), role="section"))
        self.reason = QLineEdit()
        self.reason.setObjectName("complimentaryReasonEdit")
        self.reason.setAccessibleName(self.tr("Reason for the complimentary tickets"))
        self.reason.setPlaceholderText(self.tr("Required, e.g. press, artist's guest"))
        self.reason.setMaxLength(200)
        comp.addWidget(self.reason)
        self.reason_hint = label(role="hint", name="complimentaryReasonHint")
        comp.addWidget(self.reason_hint)
        self.comp_staff = self._staff_field(comp, "compStaffEdit")
        comp_buttons = QHBoxLayout()
        self.comp_back = button(self.tr("Back"), name="compBackButton")
        self.comp_confirm = button(
            self.tr("Issue complimentary tickets"), name="compConfirmButton", role="primary"
        )
        comp_buttons.addWidget(self.comp_back)
        comp_buttons.addWidget(self.comp_confirm, 1)
        comp.addLayout(comp_buttons)
        self.steps.add(self.comp_step)

    def _staff_field(self, layout: QVBoxLayout, name: str) -> QLineEdit:
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Recorded by")))
        field = QLineEdit()
        field.setObjectName(name)
        field.setAccessibleName(self.tr("Staff name"))
        field.setMaxLength(200)
        row.addWidget(field, 1)
        layout.addLayout(row)
        return field


class _Steps:
    """One of several widgets shown at a time, each as tall as itself (a QStackedWidget is as
    tall as its tallest page, which left a gap under Pay while only the buttons showed)."""

    def __init__(self, layout: QVBoxLayout) -> None:
        self._layout = layout
        self._widgets: list[QWidget] = []
        self._current: QWidget | None = None

    def add(self, widget: QWidget) -> None:
        self._widgets.append(widget)
        self._layout.addWidget(widget)
        if self._current is None:
            self._current = widget
        else:
            widget.hide()

    def show(self, widget: QWidget) -> None:
        self._current = widget
        for each in self._widgets:
            each.setVisible(each is widget)

    def current(self) -> QWidget | None:
        return self._current
