"""Connections: the Ticket Tailor and BTCPay addresses, store and keys, Test and Connect.

The Test buttons run the checks `boxoffice doctor` runs (`boxoffice.ui.connection_check`, on
`boxoffice.app.diagnostics`), on the values typed, before they are saved. "Connect to BTCPay"
opens BTCPay's authorize page in the browser (Greenfield API, "Authorization":
/api-keys/authorize) and receives the new key on a one-shot local listener
(`boxoffice.ui.settings.pairing`).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

import httpx
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from boxoffice.app.diagnostics import FAIL, OK, WARN
from boxoffice.app.settings.kinds import SettingError
from boxoffice.app.settings.till import Settings
from boxoffice.services.btcpay import pairing as btcpay_module
from boxoffice.services.secrets import BTCPAY_API_KEY, TICKETTAILOR_API_KEY
from boxoffice.ui.connection_check import Finding, check_btcpay, check_tickettailor
from boxoffice.ui.errors import describe_error
from boxoffice.ui.resources import painted_colours
from boxoffice.ui.settings.keys import ApiKeys
from boxoffice.ui.settings.pages import SettingField
from boxoffice.ui.settings.pairing import PairingError, PairingListener
from boxoffice.ui.tasks import TaskKeeper
from boxoffice.ui.widgets.common import button, label, set_tone

log = logging.getLogger(__name__)

#: The declared settings this page edits (the rest are on the pages built from declarations).
CONNECTION_KEYS = ("tickettailor_url", "btcpay_url", "btcpay_store_id")
#: A finding's mark and tone; the tone's colour is the theme's (`painted_colours`).
_MARKS = {OK: ("✓", "success"), WARN: ("!", "warning"), FAIL: ("✗", "error")}


def findings_html(findings: list[Finding]) -> str:
    """Test results as a short list, coloured in the application's theme now."""
    colours = painted_colours()
    rows = []
    for finding in findings:
        mark, tone = _MARKS.get(finding.status, ("•", ""))
        colour = colours.mark(tone)
        rows.append(
            f"<div style='color:{colour}'><b>{mark} {html.escape(finding.subject)}:</b> "
            f"{html.escape(finding.message)}</div>"
        )
    return "".join(rows)


def _key_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setClearButtonEnabled(True)
    edit.setPlaceholderText(QCoreApplication.translate("ConnectionsPage", "Reading the keyring…"))
    return edit


def _caption(text: str) -> QLabel:
    caption = label(text)
    caption.setProperty("role", "fieldLabel")
    return caption


class ConnectionsPage(QScrollArea):
    """Ticket Tailor and BTCPay: addresses, store, API keys, Test and Connect buttons."""

    def __init__(self, url_fields: dict[str, SettingField]) -> None:
        super().__init__()
        self.setObjectName("connectionsTab")
        self.setWidgetResizable(True)
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        self.fields = url_fields

        self.keyring_status = label(name="keyringStatus")
        layout.addWidget(self.keyring_status)

        tt_box = QGroupBox(self.tr("Ticket Tailor"))
        tt = QVBoxLayout(tt_box)
        tt.setSpacing(4)
        tt.addWidget(_caption(self.tr("Address")))
        tt.addWidget(url_fields["tickettailor_url"].widget)
        url_fields["tickettailor_url"].widget.setAccessibleName(self.tr("Ticket Tailor address"))
        tt.addWidget(_caption(self.tr("API key")))
        self.tickettailor_key = _key_edit("tickettailorKeyEdit")
        self.tickettailor_key.setAccessibleName(self.tr("Ticket Tailor API key"))
        tt.addWidget(self.tickettailor_key)
        tt.addWidget(
            label(
                self.tr(
                    "Use an Admin API key with “hide personal data” unticked (Ticket Tailor: "
                    "Box office settings, API, Generate a new key). It starts with sk_."
                ),
                role="hint",
                name="tickettailorKeyHelp",
            )
        )
        self.tickettailor_key_storage = label(role="hint", name="tickettailorKeyStorage")
        tt.addWidget(self.tickettailor_key_storage)
        tt_buttons = QHBoxLayout()
        self.test_tickettailor = button(self.tr("Test"), name="testTicketTailorButton")
        tt_buttons.addWidget(self.test_tickettailor)
        tt_buttons.addStretch(1)
        tt.addLayout(tt_buttons)
        self.tickettailor_result = label(name="tickettailorTestResult")
        self.tickettailor_result.setTextFormat(Qt.TextFormat.RichText)
        tt.addWidget(self.tickettailor_result)
        layout.addWidget(tt_box)

        bp_box = QGroupBox(self.tr("BTCPay Server"))
        bp = QVBoxLayout(bp_box)
        bp.setSpacing(4)
        bp.addWidget(_caption(self.tr("Address")))
        bp.addWidget(url_fields["btcpay_url"].widget)
        url_fields["btcpay_url"].widget.setAccessibleName(self.tr("BTCPay Server address"))
        bp.addWidget(_caption(self.tr("Store ID")))
        bp.addWidget(url_fields["btcpay_store_id"].widget)
        url_fields["btcpay_store_id"].widget.setAccessibleName(self.tr("BTCPay store ID"))
        bp.addWidget(_caption(self.tr("API key")))
        self.btcpay_key = _key_edit("btcpayKeyEdit")
        self.btcpay_key.setAccessibleName(self.tr("BTCPay API key"))
        bp.addWidget(self.btcpay_key)
        self.btcpay_key_storage = label(role="hint", name="btcpayKeyStorage")
        bp.addWidget(self.btcpay_key_storage)
        bp_buttons = QHBoxLayout()
        self.connect_btcpay = button(self.tr("Connect to BTCPay…"), name="connectBtcpayButton")
        self.cancel_pairing = button(self.tr("Stop waiting"), name="cancelPairingButton")
        self.cancel_pairing.hide()
        self.test_btcpay = button(self.tr("Test"), name="testBtcpayButton")
        bp_buttons.addWidget(self.connect_btcpay)
        bp_buttons.addWidget(self.cancel_pairing)
        bp_buttons.addWidget(self.test_btcpay)
        bp_buttons.addStretch(1)
        bp.addLayout(bp_buttons)
        bp.addWidget(
            label(
                self.tr(
                    "Connect opens BTCPay in your browser and asks for a key that may only view "
                    "the store's settings, create invoices and change invoices (plus modify "
                    "store settings when tickets are e-mailed). Pick the store there."
                ),
                role="hint",
            )
        )
        self.pairing_status = label(name="pairingStatus")
        self.pairing_status.hide()
        bp.addWidget(self.pairing_status)
        self.btcpay_result = label(name="btcpayTestResult")
        self.btcpay_result.setTextFormat(Qt.TextFormat.RichText)
        bp.addWidget(self.btcpay_result)
        layout.addWidget(bp_box)
        for field in url_fields.values():
            layout.addWidget(field.note)
        layout.addStretch(1)
        self.setWidget(host)

    def key_editors(self) -> dict[str, tuple[QLineEdit, QLabel]]:
        """Each API key's edit and the label saying where it is kept, by secret name."""
        return {
            TICKETTAILOR_API_KEY.name: (self.tickettailor_key, self.tickettailor_key_storage),
            BTCPAY_API_KEY.name: (self.btcpay_key, self.btcpay_key_storage),
        }


class Connections:
    """The page's buttons: Test each service, and Connect to BTCPay to receive a key.

    `edited` gives the settings as typed (raising SettingError for a value that does not fit);
    `fields` are all the dialog's declared fields (pairing asks more when e-mails are sent).
    """

    def __init__(
        self,
        page: ConnectionsPage,
        *,
        original: Settings,
        fields: dict[str, SettingField],
        keys: ApiKeys,
        tasks: TaskKeeper,
        edited: Callable[[], Settings],
        transport: httpx.AsyncBaseTransport | None,
        open_url: Callable[[QUrl], bool],
    ) -> None:
        self.page = page
        self.original = original
        self.fields = fields
        self.keys = keys
        self.tasks = tasks
        self.edited = edited
        self.transport = transport
        self.open_url = open_url
        self.authorize_address: str | None = None
        page.test_tickettailor.clicked.connect(self.test_tickettailor)
        page.test_btcpay.clicked.connect(self.test_btcpay)
        page.connect_btcpay.clicked.connect(self.connect_btcpay)
        page.cancel_pairing.clicked.connect(lambda: self.tasks.cancel("pairing"))

    # -- tests -------------------------------------------------------------------------------

    def test_tickettailor(self) -> None:
        self._run_test("tickettailor", self.page.tickettailor_result)

    def test_btcpay(self) -> None:
        self._run_test("btcpay", self.page.btcpay_result)

    def _run_test(self, service: str, result: QLabel) -> None:
        try:
            settings = self.edited()
        except SettingError as error:
            subject = QCoreApplication.translate("Connections", "Settings")
            result.setText(findings_html([Finding(FAIL, subject, describe_error(error))]))
            return
        result.setText(QCoreApplication.translate("Connections", "Testing…"))
        self.tasks.spawn(self._test(service, settings, result), key=f"test-{service}")

    async def _test(self, service: str, settings: Settings, result: QLabel) -> None:
        await self.keys.ready()  # the stored key may still be on its way
        try:
            if service == "tickettailor":
                findings = await check_tickettailor(
                    settings, self.keys.text(TICKETTAILOR_API_KEY), transport=self.transport
                )
            else:
                findings = await check_btcpay(
                    settings, self.keys.text(BTCPAY_API_KEY), transport=self.transport
                )
        except Exception as error:
            log.warning("connection test failed: %s", error)
            subject = QCoreApplication.translate("Connections", "Test")
            findings = [Finding(FAIL, subject, describe_error(error))]
        result.setText(findings_html(findings))

    # -- pairing -----------------------------------------------------------------------------

    def connect_btcpay(self) -> None:
        field = self.fields["btcpay_url"]
        try:
            url = field.setting.coerce(field.value())
        except SettingError as error:
            words = QCoreApplication.translate("Connections", "{setting} {problem}.")
            problem = describe_error(error)
            self._pairing_status(words.format(setting=field.caption, problem=problem), "error")
            return
        if not url:
            self._pairing_status(
                QCoreApplication.translate("Connections", "Enter the BTCPay Server address first."),
                "error",
            )
            field.widget.setFocus()
            return
        self.tasks.spawn(self._pair(url), key="pairing")

    def _pairing_status(self, text: str, tone: str) -> None:
        status = self.page.pairing_status
        status.setText(text)
        set_tone(status, tone)
        status.setVisible(bool(text))

    async def _pair(self, base_url: str) -> None:
        page = self.page
        permissions = list(btcpay_module.POS_PERMISSIONS)
        if self.fields["send_ticket_emails"].value():
            # cansendstoreemails for 2.4.0+, canmodifystoresettings for older servers (and to
            # let the doctor read the SMTP settings); the server drops what it does not know.
            permissions.extend(btcpay_module.EMAIL_PAIRING_PERMISSIONS)
        device = self.original.device_name or self.original.device_id or "till"
        listener = PairingListener()
        page.connect_btcpay.setEnabled(False)
        page.cancel_pairing.show()
        try:
            redirect = await listener.start()
            address = btcpay_module.authorize_url(
                base_url,
                permissions=permissions,
                application_name=f"Box Office ({device})",
                redirect=redirect,
                selective_stores=True,
            )
            self.authorize_address = address
            if self.open_url(QUrl(address)):
                self._pairing_status(
                    QCoreApplication.translate(
                        "Connections",
                        "Waiting for BTCPay: approve the key in the browser window that opened.",
                    ),
                    "info",
                )
            else:
                self._pairing_status(
                    QCoreApplication.translate(
                        "Connections",
                        "Open this address in a browser and approve the key: {address}",
                    ).format(address=address),
                    "info",
                )
            result = await listener.wait(within=600)
        except PairingError as error:
            self._pairing_status(str(error), "error")
            return
        except OSError as error:
            self._pairing_status(
                QCoreApplication.translate(
                    "Connections", "Could not wait for BTCPay's answer: {error}"
                ).format(error=error),
                "error",
            )
            return
        finally:
            await listener.close()
            page.connect_btcpay.setEnabled(True)
            page.cancel_pairing.hide()
        page.btcpay_key.setText(result.api_key)
        stores = result.store_ids
        store_field = self.fields["btcpay_store_id"]
        if stores and store_field.widget.isEnabled():
            store_field.set_value(stores[0])
        words = QCoreApplication.translate(
            "Connections", "Connected: BTCPay sent a new API key. Press Save to keep it."
        )
        if len(stores) > 1:  # never one: the plural is the only form needed
            more = QCoreApplication.translate(
                "Connections", "BTCPay allowed {count} stores; the first is used."
            )
            words = f"{words} {more.format(count=len(stores))}"
        self._pairing_status(words, "success")
        self.test_btcpay()
