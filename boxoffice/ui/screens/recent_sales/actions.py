"""What the sales view's buttons do, carried out through the window's flow and the engine.

- Show payment QR and Retry issuance open the sale (`open_sale` follows a sale still being paid
  on the payment page; a sale stuck before its tickets opens on its attention page, where staff
  give their name and reason for the retry).
- Reprint opens the sale's result page and its print dialog (non-modal), as "Print" there does.
- Resend e-mail asks the engine in the background and says the outcome under the buttons.
- Open in BTCPay opens the invoice's page in the browser: the invoice's own `checkoutLink` as
  BTCPay gave it, else `{server}/i/{invoice id}` (BTCPay Server source, UIInvoiceController's
  Checkout route). Never with the API key, nor any user name or password in the server address.
- Find other tills' sales runs `recover_other_devices` (as `boxoffice reconcile --all-devices`)
  and lists what it finished, marked with their till.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from boxoffice.domain.sale import SaleState
from boxoffice.ui.errors import describe_error
from boxoffice.ui.formatting import error_sentence
from boxoffice.ui.i18n import count_words
from boxoffice.ui.screens.recent_sales.offers import SaleAction

if TYPE_CHECKING:
    from boxoffice.domain.sale import Sale
    from boxoffice.engine.sale_engine import SaleEngine
    from boxoffice.ui.screens.recent_sales.controller import RecentSalesController
    from boxoffice.ui.screens.result.controller import ResultController
    from boxoffice.ui.tasks import TaskKeeper

log = logging.getLogger(__name__)


class Flow(Protocol):
    """What the actions need of the window's flow (`SaleFlow`)."""

    recent: RecentSalesController
    result: ResultController
    tasks: TaskKeeper
    settings: Any
    window: Any
    runtime: Any
    runtimeReady: Any

    def open_sale(self, sale_id: str) -> None: ...

    def sale(self, sale_id: str | None) -> Sale | None: ...


def invoice_url(server: str, sale: Sale) -> QUrl | None:
    """The BTCPay page of the sale's invoice, without any credentials."""
    if not sale.invoice_id:
        return None
    link = sale.payment.checkout_link if sale.payment is not None else None
    url = QUrl(link) if link else QUrl(server.rstrip("/") + "/i/" + sale.invoice_id)
    if not link:
        url.setPath(url.path().replace("//", "/"))
    # A null string: no user info at all ("" would leave an "@").
    url.setUserInfo(None)  # type: ignore[arg-type]
    if not url.isValid() or url.scheme() not in ("http", "https"):
        return None
    return url


class SalesActions(QObject):
    """Carries out the sales view's actions; built by the flow with itself."""

    def __init__(self, flow: Flow) -> None:
        super().__init__(flow.recent)
        self.flow = flow
        recent = flow.recent
        recent.model.device_id = flow.settings.device_id
        recent.email_possible = self._email_possible
        recent.actionRequested.connect(self.act)
        recent.otherTillsRequested.connect(self.find_other_tills)
        flow.runtimeReady.connect(self._opened)
        #: A kiosk opens no browser and no print dialog, even for staff: either stays open on
        #: the screen (a browser, a file system to browse) for the next customer.
        self.kiosk = bool(getattr(flow.window, "kiosk", False))
        for widget in (recent.view.btcpay_button, recent.view.reprint_button):
            widget.setVisible(not self.kiosk)

    def _opened(self, _runtime: object) -> None:
        self.flow.recent.model.device_id = self.flow.settings.device_id

    def _email_possible(self) -> bool:
        engine = self._engine()
        return engine is not None and bool(getattr(engine, "email_possible", False))

    def _engine(self) -> SaleEngine | None:
        runtime = self.flow.runtime
        return runtime.engine if runtime is not None else None

    def act(self, action: str, sale_id: str) -> None:
        sale = self.flow.sale(sale_id)
        if sale is None:
            return
        self.flow.recent.show_status("")
        if self.kiosk and action in (SaleAction.BTCPAY, SaleAction.REPRINT):
            return
        match SaleAction(action):
            case SaleAction.PAYMENT | SaleAction.RETRY | SaleAction.OPEN:
                self.flow.open_sale(sale_id)
            case SaleAction.REPRINT:
                self.reprint(sale)
            case SaleAction.RESEND:
                self.resend(sale)
            case SaleAction.BTCPAY:
                self.open_in_btcpay(sale)

    def reprint(self, sale: Sale) -> None:
        """The sale's page, then its print dialog, as staff would reach them by hand."""
        self.flow.open_sale(sale.id)
        shown = self.flow.result.sale
        if shown is not None and shown.id == sale.id and shown.state is SaleState.COMPLETED:
            self.flow.result.print_tickets()

    def open_in_btcpay(self, sale: Sale) -> None:
        url = invoice_url(str(self.flow.settings.btcpay_url or ""), sale)
        recent = self.flow.recent
        if url is None or not QDesktopServices.openUrl(url):
            recent.show_status(
                self.tr("The invoice's BTCPay page could not be opened: check the BTCPay address."),
                "warning",
            )

    # -- e-mailing again ------------------------------------------------------------------------

    def resend(self, sale: Sale) -> None:
        engine = self._engine()
        if engine is None or self.flow.tasks.running("sales-resend"):
            return
        self.flow.tasks.spawn(self._resend(engine, sale), key="sales-resend")

    async def _resend(self, engine: SaleEngine, sale: Sale) -> None:
        recent = self.flow.recent
        address = sale.order.buyer.email
        recent.view.resend_button.setEnabled(False)
        recent.show_status(
            self.tr("E-mailing the tickets to {address} again…").format(address=address)
        )
        try:
            sent = await engine.resend_email(sale.id)
        except Exception as error:
            log.warning("e-mailing the tickets of %s again failed: %s", sale.id, error)
            said = error_sentence(error) if type(error) is ValueError else describe_error(error)
            recent.show_status(self.tr("Not sent: {error}").format(error=said), "warning")
            return
        finally:
            recent.update(self.flow.sale(sale.id) or sale)
        if sent.email_sent:
            # BTCPay's 200 only says it took the mail (GreenfieldStoreEmailController.cs).
            recent.show_status(
                self.tr("Tickets handed to BTCPay again for e-mail to {address}.").format(
                    address=address
                ),
                "success",
            )
        else:
            note = str(sent.email_note or "")
            recent.show_status(
                self.tr("Tickets not e-mailed to {address}. {note}")
                .format(address=address, note=note)
                .strip(),
                "warning",
            )

    # -- other tills ----------------------------------------------------------------------------

    def find_other_tills(self) -> None:
        engine = self._engine()
        recent = self.flow.recent
        if engine is None:
            recent.show_status(self.tr("Box Office is not connected yet."), "warning")
            return
        if self.flow.tasks.running("other-tills"):
            return
        self.flow.tasks.spawn(self._find_other_tills(engine), key="other-tills")

    async def _find_other_tills(self, engine: SaleEngine) -> None:
        recent = self.flow.recent
        button = recent.view.other_tills
        button.setEnabled(False)
        recent.show_status(self.tr("Looking in BTCPay for other tills' unfinished sales…"))
        try:
            found = await engine.recover_other_devices(watch=False)
        except Exception as error:
            log.warning("looking for other tills' sales failed: %s", error)
            recent.show_status(
                self.tr("Other tills' sales could not be looked up: {error}").format(
                    error=describe_error(error)
                ),
                "warning",
            )
            return
        finally:
            button.setEnabled(True)
        for sale in found:
            recent.update(engine.sale(sale.id) or sale)
        left = len(engine.left_to_their_tills)
        recent.show_status(*self._outcome(found, left))
        if found:
            recent.show_other_tills(max(found, key=lambda s: s.created_at).id)

    def _outcome(self, found: list[Sale], left: int) -> tuple[str, str]:
        """What the search came to, in one or two sentences, and its tone."""
        if not found and not left:
            return (self.tr("No other till left a sale unfinished in BTCPay."), "success")
        parts = []
        if found:
            completed = sum(1 for s in found if s.state is SaleState.COMPLETED)
            released = sum(1 for s in found if s.state is SaleState.RELEASED)
            troubled = len(found) - completed - released
            tills = ", ".join(sorted({s.device_id for s in found}))
            parts.append(
                count_words(
                    len(found),
                    self.tr("Finished {count} sale of {tills} here:"),
                    self.tr("Finished {count} sales of {tills} here:"),
                    tills=tills,
                )
            )
            details = []
            if completed:
                details.append(self.tr("{count} completed, tickets issued").format(count=completed))
            if released:
                details.append(self.tr("{count} released").format(count=released))
            if troubled:
                details.append(
                    count_words(
                        troubled,
                        self.tr("{count} needs attention"),
                        self.tr("{count} need attention"),
                    )
                )
            parts.append(", ".join(details) + ".")
        if left:
            parts.append(
                count_words(
                    left,
                    self.tr("{count} sale was left to its till, which worked on it lately."),
                    self.tr("{count} sales were left to their tills, which worked on them lately."),
                )
            )
        troubled_any = any(s.state is SaleState.NEEDS_ATTENTION for s in found)
        return (" ".join(parts), "warning" if troubled_any else "success")
