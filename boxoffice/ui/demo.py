"""The demo: the whole app against the in-process simulator, on a throw-away profile.

`DemoProfile` makes temporary config and data directories, an in-memory keyring and settings
that point at the simulator; it never reads or writes the real settings or the real keyring.
`DemoWallet` (`demoWallet`) is a window that pays the invoice on screen: fully, partly, too
much, by Lightning or on-chain, confirms it, or lets it expire.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import keyring.backend
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from boxoffice.app import paths
from boxoffice.app.settings.till import Settings
from boxoffice.services.secrets import BTCPAY_API_KEY, TICKETTAILOR_API_KEY, SecretStore
from boxoffice.ui.formatting import btc_short
from boxoffice.ui.widgets.common import button, label, set_tone

if TYPE_CHECKING:
    from boxoffice.app.runtime import Runtime
    from boxoffice.sim.simulator import Simulator
    from boxoffice.ui.main_window import MainWindow
    from boxoffice.ui.sale_flow import SaleFlow

log = logging.getLogger(__name__)

LIGHTNING = "BTC-LN"
ONCHAIN = "BTC-CHAIN"


class DemoKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives only in memory, for the demo's throw-away profile."""

    priority = 1
    name = "in memory, for this demo only"

    def __init__(self) -> None:
        super().__init__()
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._secrets.pop((service, username), None)


class DemoProfile:
    """Temporary directories, an in-memory keyring and the simulator, for one demo run."""

    def __init__(self, simulator: Simulator, directory: tempfile.TemporaryDirectory) -> None:
        self.simulator = simulator
        self._directory = directory
        self.root = Path(directory.name)
        self._saved_env = {
            name: os.environ.get(name) for name in (paths.CONFIG_DIR_ENV, paths.DATA_DIR_ENV)
        }
        os.environ[paths.CONFIG_DIR_ENV] = str(self.root / "config")
        os.environ[paths.DATA_DIR_ENV] = str(self.root / "data")
        self.keyring = DemoKeyring()
        self._previous_keyring = keyring.get_keyring()
        # Anything that reaches for the default keyring during the demo gets the memory one.
        keyring.set_keyring(self.keyring)
        self.secrets = SecretStore(environ={}, backend=self.keyring)
        self.secrets.set_sync(TICKETTAILOR_API_KEY, simulator.tickettailor_api_key)
        self.secrets.set_sync(BTCPAY_API_KEY, simulator.btcpay_api_key)
        # Environment overrides are ignored on purpose: a demo must not reach a real server.
        self.settings = Settings.load(self.root / "config" / "settings.json", environ={})
        self.settings.tickettailor_url = simulator.tickettailor_url
        self.settings.btcpay_url = simulator.btcpay_url
        self.settings.btcpay_store_id = simulator.store_id
        self.settings.device_name = QCoreApplication.translate("DemoProfile", "Demo till")
        self.settings.save()
        self.wallet: DemoWallet | None = None
        self.flow: SaleFlow | None = None
        self._closed = False

    @classmethod
    def create(cls, simulator: Simulator | None = None) -> DemoProfile:
        """A fresh profile around `simulator` (default: the seeded demo box office)."""
        if simulator is None:
            from boxoffice.sim.simulator import Simulator

            simulator = Simulator()
        return cls(simulator, tempfile.TemporaryDirectory(prefix="boxoffice-demo-"))

    async def open_runtime(self, settings: Settings) -> Runtime:
        from boxoffice.app.runtime import Runtime

        return await Runtime.open(
            settings,
            transport=self.simulator.transport(),
            hints=self.simulator.invoice_hints(),
            secrets=self.secrets,
            journal_path=self.root / "data" / "journal.sqlite3",
            cache_path=self.root / "data" / "catalogue.json",
        )

    def attach(self, window: MainWindow, flow: SaleFlow) -> None:
        """Give the window its demo wallet (opened from the top bar and shown at start)."""
        self.flow = flow
        self.wallet = DemoWallet(self.simulator, flow, parent=window)
        window.demo_wallet_button.clicked.connect(self.show_wallet)

    def show_wallet(self) -> None:
        if self.wallet is not None:
            self.wallet.show()
            self.wallet.raise_()

    def close(self) -> None:
        """Forget the profile: restore the environment and keyring, delete the files."""
        if self._closed:
            return
        self._closed = True
        if self.wallet is not None:
            self.wallet.stop()
        for name, value in self._saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        if keyring.get_keyring() is self.keyring:
            keyring.set_keyring(self._previous_keyring)
        with contextlib.suppress(OSError):
            self._directory.cleanup()


class DemoWallet(QWidget):
    """A pretend wallet next to the till: pays the invoice the till is showing."""

    def __init__(self, simulator: Simulator, flow: SaleFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("demoWallet")
        self.setWindowTitle(self.tr("Demo wallet — pretend bitcoin"))
        self.simulator = simulator
        self.flow = flow
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Demo wallet"), role="section"))
        layout.addWidget(
            label(
                self.tr("Pays the invoice on the till's screen. No real money is involved."),
                role="hint",
            )
        )
        self.invoice = label(name="walletInvoice")
        self.invoice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.invoice)

        methods = QHBoxLayout()
        self.method_group = QButtonGroup(self)
        self.lightning = QRadioButton(self.tr("Lightning"))
        self.lightning.setObjectName("walletLightning")
        self.onchain = QRadioButton(self.tr("On-chain"))
        self.onchain.setObjectName("walletOnchain")
        self.lightning.setChecked(True)
        for choice in (self.lightning, self.onchain):
            self.method_group.addButton(choice)
            methods.addWidget(choice)
        methods.addStretch(1)
        layout.addLayout(methods)

        grid = QGridLayout()
        grid.setSpacing(8)
        self.pay_full = button(self.tr("Pay in full"), name="walletPayFull")
        self.pay_partial = button(self.tr("Pay half"), name="walletPayPartial")
        self.pay_over = button(self.tr("Pay too much (+50%)"), name="walletPayOver")
        self.confirm = button(self.tr("Confirm on-chain"), name="walletConfirm")
        self.expire = button(self.tr("Let it expire"), name="walletExpire")
        grid.addWidget(self.pay_full, 0, 0)
        grid.addWidget(self.pay_partial, 0, 1)
        grid.addWidget(self.pay_over, 1, 0)
        grid.addWidget(self.confirm, 1, 1)
        grid.addWidget(self.expire, 2, 0, 1, 2)
        layout.addLayout(grid)
        self.status = label(name="walletStatus")
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.pay_full.clicked.connect(lambda: self.pay(Decimal(1)))
        self.pay_partial.clicked.connect(lambda: self.pay(Decimal("0.5")))
        self.pay_over.clicked.connect(lambda: self.pay(Decimal("1.5")))
        self.confirm.clicked.connect(self.confirm_payment)
        self.expire.clicked.connect(self.expire_invoice)

        # Follows the invoice only while the window is open: hidden, it has nothing to show.
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.refresh)
        self._stopped = False
        self.resize(460, 360)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._stopped:
            self.refresh()
            self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()

    # -- which invoice -----------------------------------------------------------------------

    def invoice_id(self) -> str | None:
        """The invoice of the till's current sale, if it has one.

        Every invoice of the demo's simulator is made by this till, and the sale being paid is
        always the current one (a sale resumed after a restart becomes current again), so
        there is no need to look through the simulator's other invoices.
        """
        runtime = getattr(self.flow, "runtime", None)
        sale_id = getattr(self.flow, "current_sale_id", None)
        if runtime is None or not sale_id:
            return None
        sale = runtime.engine.sale(sale_id)
        return sale.invoice_id if sale is not None else None

    def _due(self, invoice_id: str, method: str) -> Decimal | None:
        for entry in self.simulator.payment_methods(invoice_id):
            if entry.get("paymentMethodId") == method:
                try:
                    return Decimal(str(entry.get("due")))
                except (InvalidOperation, TypeError):
                    return None
        return None

    def method(self) -> str:
        return LIGHTNING if self.lightning.isChecked() else ONCHAIN

    def refresh(self) -> None:
        invoice_id = self.invoice_id()
        buttons = (self.pay_full, self.pay_partial, self.pay_over, self.confirm, self.expire)
        invoice = None
        if invoice_id is None:
            self.invoice.setText(self.tr("No invoice to pay. Start a sale on the till first."))
        else:
            try:
                invoice = self.simulator.invoice(invoice_id)
            except KeyError:
                self.invoice.setText(self.tr("The invoice is gone."))
        if invoice is None:
            for widget in buttons:
                widget.setEnabled(False)
            return
        assert invoice_id is not None  # an invoice was found for it above
        status = invoice.get("status", "")
        extra = invoice.get("additionalStatus", "")
        due = self._due(invoice_id, ONCHAIN) or self._due(invoice_id, LIGHTNING)
        # The status words are BTCPay's own (as its API and its own pages show them).
        words = self.tr("Invoice {invoice}: {status}").format(invoice=invoice_id, status=status)
        if extra and extra != "None":
            words += f" ({extra})"
        if due is not None and status == "New":
            words += "\n" + self.tr("Due: {due} ({amount} {currency})").format(
                due=btc_short(due), amount=invoice.get("amount"), currency=invoice.get("currency")
            )
        self.invoice.setText(words)
        payable = status == "New"
        for widget in (self.pay_full, self.pay_partial, self.pay_over, self.expire):
            widget.setEnabled(payable)
        self.confirm.setEnabled(status == "Processing")

    # -- actions -----------------------------------------------------------------------------

    def pay(self, share: Decimal) -> None:
        invoice_id = self.invoice_id()
        if invoice_id is None:
            return
        method = self.method()
        due = self._due(invoice_id, method)
        if due is None:
            self._say(
                self.tr("This invoice cannot be paid by {method}.").format(
                    method=self._method_words(method)
                ),
                "error",
            )
            return
        amount = (due * share).quantize(Decimal("0.00000001"))
        try:
            self.simulator.pay_invoice(invoice_id, method, None if share == 1 else amount)
        except Exception as error:
            self._say(self.tr("The wallet could not pay: {error}").format(error=error), "error")
        else:
            self._say(
                self.tr("Paid {amount} by {method}.").format(
                    amount=btc_short(amount), method=self._method_words(method)
                ),
                "success",
            )
        self.refresh()

    def confirm_payment(self) -> None:
        invoice_id = self.invoice_id()
        if invoice_id is None:
            return
        try:
            self.simulator.confirm_invoice(invoice_id)
        except Exception as error:
            self._say(self.tr("Could not confirm: {error}").format(error=error), "error")
        else:
            self._say(self.tr("The on-chain payment is confirmed."), "success")
        self.refresh()

    def expire_invoice(self) -> None:
        invoice_id = self.invoice_id()
        if invoice_id is None:
            return
        try:
            self.simulator.expire_invoice(invoice_id)
        except Exception as error:
            self._say(self.tr("Could not expire the invoice: {error}").format(error=error), "error")
        else:
            self._say(self.tr("The invoice has expired."), "info")
        self.refresh()

    def _say(self, text: str, tone: str) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)

    def _method_words(self, method: str) -> str:
        return self.tr("Lightning") if method == LIGHTNING else self.tr("on-chain")
