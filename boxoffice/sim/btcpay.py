"""The BTCPay Server side of the simulator: one store, API keys and Greenfield invoices.

Behaves like BTCPay Server 2.4.1 as its source shows it (github.com/btcpayserver/btcpayserver),
where that differs from the Greenfield OpenAPI document: an unknown store or invoice is a 403
`missing-permission` (BuiltInPermissionScopeProvider.cs), marking an invoice answers with the
invoice as it was before the mark (GreenfieldInvoiceController.cs `MarkInvoiceStatus`), the
store e-mail route answers 200 whatever becomes of the mail (GreenfieldStoreEmailController.cs),
a new BOLT11 after a partial payment is saved only after a few node round trips
(LightningListener.cs), and `textSearch` is a case-sensitive prefix match over terms written at
creation (InvoiceRepository.cs). With `legacy` on it answers like 1.x where the ids differ.
Where a behaviour is not known, the least convenient plausible answer is given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from random import Random
from typing import Any

from boxoffice.sim.btcpay_auth import (
    ApiKey,
    GreenfieldError,
    P,
    allows,
    invoice_not_found,
    missing_permission,
    problem,
    validation,
)
from boxoffice.sim.btcpay_changes import CLOSED_STATUSES, InvoiceChanges
from boxoffice.sim.btcpay_model import (
    CHAIN,
    LEGACY_IDS,
    LIGHTNING,
    LNURL,
    Invoice,
    Store,
    money,
)
from boxoffice.sim.btcpay_refunds import PullPayment, Refunding, ServerError
from boxoffice.sim.btcpay_request import (
    canonical_method,
    int_query,
    json_body,
    true,
)
from boxoffice.sim.btcpay_views import checkout_page, invoice_data, payment_methods_data
from boxoffice.sim.btcpay_wallet import WalletSide
from boxoffice.sim.clock import Clock
from boxoffice.sim.lightning import node_secret, public_key
from boxoffice.sim.router import (
    Request,
    Response,
    Router,
    empty_response,
    html_response,
    json_response,
)

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

VERSION = "2.4.1"
LEGACY_VERSION = "1.13.7"


class BTCPay(WalletSide, Refunding):
    """One simulated BTCPay Server with one store, reached through `handle()`."""

    def __init__(
        self,
        clock: Clock,
        rng: Random,
        *,
        store_id: str,
        rates: dict[str, Decimal],
        base_url: Callable[[], str],
        legacy: bool = False,
        smtp_configured: bool = True,
    ) -> None:
        self.clock = clock
        self.rng = rng
        self.legacy = legacy
        self.smtp_configured = smtp_configured
        self.rates = {k.upper(): Decimal(v) for k, v in rates.items()}
        self.rates.setdefault("BTC", Decimal(1))
        self.rates.setdefault("SATS", Decimal(100_000_000))
        self.base_url = base_url
        self.store = Store(store_id, "Riverside Arts Centre")
        # The simulated Lightning node that signs the store's BOLT11s (a made-up key).
        self.node_key = node_secret(store_id)
        self.node_id = public_key(self.node_key).hex()
        self.api_keys: dict[str, ApiKey] = {}
        self.invoices: dict[str, Invoice] = {}
        #: One bump per change of an invoice, for the invoice status websocket.
        self.invoice_changes = InvoiceChanges()
        #: Refunds made (`btcpay_refunds`), by pull payment id.
        self.pull_payments: dict[str, PullPayment] = {}
        #: Mails the store's SMTP sent. `dropped_emails`: accepted with 200 and then dropped,
        #: as the real server does when no SMTP is configured (EmailSender.cs).
        self.emails: list[dict[str, Any]] = []
        self.dropped_emails: list[dict[str, Any]] = []
        #: Mark-status and unarchive answer with the invoice as it was before the change, as
        #: 2.3.6+ does; True gives the <= 2.3.5 answer (the invoice after the change).
        self.mark_answers_after = False
        #: Seconds of simulated time between a partial payment and the moment the new BOLT11
        #: is saved (the Lightning listener cancels the old one, asks the node for a new one,
        #: then saves it). Until then `payment-methods` still lists the old, cancelled BOLT11.
        self.bolt11_renewal_seconds = 2.0
        #: ...or this many reads of the invoice's payment methods, whichever comes first, so a
        #: test on a clock that stands still sees it too.
        self.bolt11_renewal_reads = 3
        self.block_height = 900_000
        self._sequence = 0
        self._address_index = 0
        self.router = Router()
        self._add_routes()

    # -- keys -----------------------------------------------------------------------------

    def add_api_key(self, permissions: Iterable[str], label: str, key: str | None = None) -> str:
        key = key or self.rng.randbytes(20).hex()
        self.api_keys[key] = ApiKey(key, label, permissions)
        return key

    # -- dispatch ---------------------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        handler, _ = self.router.match(request)
        if handler is None:
            return empty_response(404)  # unknown routes give an empty 404 (reference §9)
        try:
            return handler(request)
        except GreenfieldError as error:
            return json_response(error.status, error.body)
        except ServerError:
            return empty_response(500)  # an unhandled exception in the real controller

    def _add_routes(self) -> None:
        r = self.router
        r.add("GET", "/api/v1/health", self._health)
        r.add("GET", "/api/v1/server/info", self._server_info)
        r.add("GET", "/api/v1/api-keys/current", self._current_key)
        r.add("DELETE", "/api/v1/api-keys/current", self._revoke_current_key)
        r.add("GET", "/api/v1/stores", self._list_stores)
        r.add("GET", "/api/v1/stores/{store_id}", self._get_store)
        r.add("GET", "/api/v1/stores/{store_id}/payment-methods", self._store_payment_methods)
        r.add("GET", "/api/v1/stores/{store_id}/rates", self._rates)
        r.add("GET", "/api/v1/stores/{store_id}/email", self._email_settings)
        r.add("POST", "/api/v1/stores/{store_id}/email/send", self._send_email)
        r.add("GET", "/api/v1/stores/{store_id}/invoices", self._list_invoices)
        r.add("POST", "/api/v1/stores/{store_id}/invoices", self._create_invoice)
        r.add("GET", "/api/v1/stores/{store_id}/pull-payments", self._list_pull_payments)
        prefixes = ["/api/v1/stores/{store_id}/invoices/{invoice_id}"]
        if not self.legacy:  # store-less invoice routes exist from 2.4.0 on (reference §0)
            prefixes.append("/api/v1/invoices/{invoice_id}")
        for prefix in prefixes:
            r.add("GET", prefix, self._get_invoice)
            r.add("PUT", prefix, self._update_invoice)
            r.add("DELETE", prefix, self._archive_invoice)
            r.add("GET", prefix + "/payment-methods", self._invoice_payment_methods)
            r.add("POST", prefix + "/status", self._mark_status)
            r.add("POST", prefix + "/unarchive", self._unarchive)
            r.add("POST", prefix + "/payment-methods/{method}/activate", self._activate)
            r.add("POST", prefix + "/refund", self._refund)
            if not self.legacy:  # the refund figures exist from 2.1.7 on
                r.add("GET", prefix + "/refund/{method}", self._refund_figures)
        r.add("GET", "/i/{invoice_id}", self._checkout_page)

    # -- auth -------------------------------------------------------------------------------

    def _key(self, request: Request) -> ApiKey:
        header = (request.header("authorization") or "").strip()
        if not header:
            raise problem(
                401, "unauthenticated", "Authentication is required for accessing this endpoint"
            )
        scheme, _, value = header.partition(" ")
        scheme = scheme.lower()
        if scheme == "basic":
            raise problem(401, "unauthenticated", "Basic authentication failed: invalid user")
        if scheme not in ("token", "bearer") or (scheme == "bearer" and self.legacy):
            raise problem(
                401, "unauthenticated", "Authentication is required for accessing this endpoint"
            )
        key = self.api_keys.get(value.strip())
        if key is None:
            raise problem(401, "unauthenticated", "ApiKey authentication failed: Unknown API Key")
        return key

    def _require(self, request: Request, policy: str, store_id: str | None = None) -> ApiKey:
        key = self._key(request)
        if store_id is not None and store_id != self.store.id:
            # An unknown store fails the authorisation on every 2.x server, whatever the key:
            # there is no 404 for it (BuiltInPermissionHandler.cs, GreenfieldStoresController.cs).
            raise missing_permission(policy)
        if not allows(key.permissions, policy, store_id):
            raise missing_permission(policy)
        return key

    def _invoice_for(self, request: Request, policy: str) -> Invoice:
        """The invoice of a store-scoped or short route, after the permission check.

        From 2.3.6 the permission scope provider looks the invoice's store up first: no such
        invoice, or another store's, fails the check with 403 `missing-permission` for the
        route's policy (BuiltInPermissionScopeProvider.cs). 1.x answers 404.
        """
        store_id = request.params.get("store_id")
        invoice = self.invoices.get(request.params["invoice_id"])
        if store_id is None:
            self._key(request)
            if invoice is None:
                raise missing_permission(policy)
            store_id = invoice.store_id
        self._require(request, policy, store_id)
        if invoice is None or invoice.store_id != store_id:
            if self.legacy:
                raise invoice_not_found()
            raise missing_permission(policy)
        invoice.refresh(self.clock.now())
        self._renew_bolt11s(invoice)
        return invoice

    # -- server, keys, store ------------------------------------------------------------------

    def _health(self, request: Request) -> Response:
        return json_response(200, {"synchronized": True})

    def server_info(self) -> dict:
        if self.legacy:
            methods = ["BTC", "BTC_LightningLike", "BTC_LNURLPAY"]
            sync_key, sync_id = "cryptoCode", "BTC"
        else:
            methods = [CHAIN, LIGHTNING, LNURL]
            sync_key, sync_id = "paymentMethodId", CHAIN
        height = self.block_height
        return {
            "version": LEGACY_VERSION if self.legacy else VERSION,
            "onion": "simulatedboxofficexyz.onion",
            "supportedPaymentMethods": methods,
            "fullySynched": True,
            "syncStatus": [
                {
                    sync_key: sync_id,
                    "chainHeight": height,
                    "syncHeight": height,
                    "available": True,
                    "nodeInformation": {
                        "headers": height,
                        "blocks": height,
                        "verificationProgress": 1.0,
                    },
                }
            ],
        }

    def _server_info(self, request: Request) -> Response:
        self._key(request)
        return json_response(200, self.server_info())

    def _current_key(self, request: Request) -> Response:
        # Any valid key may read itself; the spec's canmanageusers is wrong (swagger README).
        return json_response(200, self._key(request).to_api())

    def _revoke_current_key(self, request: Request) -> Response:
        key = self._key(request)
        del self.api_keys[key.key]
        return json_response(200, key.to_api())

    def _list_stores(self, request: Request) -> Response:
        key = self._require(request, P + "canviewstoresettings")
        visible = allows(key.permissions, P + "canviewstoresettings", self.store.id)
        return json_response(200, [self.store.to_api(self.legacy)] if visible else [])

    def _get_store(self, request: Request) -> Response:
        self._require(request, P + "canviewstoresettings", request.params["store_id"])
        return json_response(200, self.store.to_api(self.legacy))

    def _store_payment_methods(self, request: Request) -> Response:
        self._require(request, P + "canviewstoresettings", request.params["store_id"])
        if self.legacy:  # 1.x: an object keyed by id (reference §4)
            body: Any = {
                LEGACY_IDS[m]: {"enabled": True, "data": {}} for m in self.store.enabled_methods
            }
        else:
            body = [{"paymentMethodId": m, "enabled": True} for m in self.store.enabled_methods]
        return json_response(200, body)

    def _rates(self, request: Request) -> Response:
        self._require(request, P + "canviewstoresettings", request.params["store_id"])
        pairs = request.query_all("currencyPair") or [f"BTC_{self.store.default_currency}"]
        result = []
        for pair in pairs:
            base, _, quote = pair.upper().partition("_")
            rate = self.rates.get(quote) if base == "BTC" else None
            if rate is None:
                result.append({"currencyPair": pair, "errors": ["Rate unavailable"], "rate": None})
            else:
                result.append({"currencyPair": pair, "errors": [], "rate": money(rate)})
        return json_response(200, result)

    def _email_settings(self, request: Request) -> Response:
        self._require(request, P + "canmodifystoresettings", request.params["store_id"])
        if self.smtp_configured:
            body = {
                "from": "tickets@riverside-arts.example",
                "server": "smtp.riverside-arts.example",
                "port": 587,
                "login": "box-office",
                "disableCertificateCheck": False,
                "passwordSet": True,
            }
        else:  # a store that never saved its e-mail settings (the spec's fields are not nullable)
            body = {
                "from": "",
                "server": "",
                "port": 0,
                "login": "",
                "disableCertificateCheck": False,
                "passwordSet": False,
            }
        return json_response(200, body)

    def _send_email(self, request: Request) -> Response:
        """Always 200 with an empty body for a valid address (GreenfieldStoreEmailController.cs).

        The mail is queued; with no SMTP it is dropped later with only a line in the server's
        log. There is no "SMTP not configured" answer. 2.4.0+ asks for `cansendstoreemails`
        (which `canmodifystoresettings` includes); 1.x for `canmodifystoresettings`.
        """
        policy = P + ("canmodifystoresettings" if self.legacy else "cansendstoreemails")
        self._require(request, policy, request.params["store_id"])
        body = json_body(request)
        if not isinstance(body, dict):
            raise validation(("", "A JSON object is expected"))
        to = body.get("email")
        if not isinstance(to, str) or not _EMAIL.fullmatch(to.strip()):
            raise validation(("Email", "Invalid email"))
        mail = {
            "to": to.strip(),
            "subject": str(body.get("subject") or ""),
            "body": str(body.get("body") or ""),
            "time": int(self.clock.now()),
        }
        (self.emails if self.smtp_configured else self.dropped_emails).append(mail)
        return empty_response(200)

    # -- invoices ---------------------------------------------------------------------------

    def _create_invoice(self, request: Request) -> Response:
        self._require(request, P + "cancreateinvoice", request.params["store_id"])
        invoice = self.create_invoice(json_body(request))
        return json_response(200, self.invoice_api(invoice))

    def invoice_api(self, invoice: Invoice, *, with_methods: bool = False) -> dict:
        return invoice_data(
            invoice, legacy=self.legacy, btcpay_url=self.base_url(), with_methods=with_methods
        )

    def payment_methods_api(self, invoice: Invoice) -> list[dict]:
        return payment_methods_data(invoice, legacy=self.legacy)

    def _get_invoice(self, request: Request) -> Response:
        invoice = self._invoice_for(request, P + "canviewinvoices")
        # includePaymentMethods on a single GET exists from 2.4.1.
        with_methods = not self.legacy and true(request.query_one("includePaymentMethods"))
        if with_methods:
            self._renew_bolt11s(invoice, read=True)
        return json_response(200, self.invoice_api(invoice, with_methods=with_methods))

    def _invoice_payment_methods(self, request: Request) -> Response:
        invoice = self._invoice_for(request, P + "canviewinvoices")
        body = self.payment_methods_api(invoice)
        self._renew_bolt11s(invoice, read=True)  # counts after answering: the old one is seen
        return json_response(200, body)

    def _list_invoices(self, request: Request) -> Response:
        store_id = request.params["store_id"]
        self._require(request, P + "canviewinvoices", store_id)
        now = self.clock.now()
        order_ids = request.query_all("orderId")
        # Unknown values are dropped; with none left there is no status filter at all
        # (InvoiceRepository.cs NormalizeStatus / GetInvoiceQuery).
        statuses = {_STATUS_ALIASES.get(s.strip().lower()) for s in request.query_all("status")}
        statuses.discard(None)
        text = (request.query_one("textSearch") or "")[:512]
        start = int_query(request, "startDate")
        end = int_query(request, "endDate")
        skip = int_query(request, "skip") or 0
        take = int_query(request, "take")
        archived = true(request.query_one("includeArchived"))
        with_methods = not self.legacy and true(request.query_one("includePaymentMethods"))
        found = []
        for invoice in sorted(self.invoices.values(), key=lambda i: i.sequence, reverse=True):
            invoice.refresh(now)
            if invoice.store_id != store_id or (invoice.archived and not archived):
                continue
            if order_ids and invoice.metadata.get("orderId") not in order_ids:
                continue
            if statuses and invoice.status not in statuses:
                continue
            if start is not None and invoice.created < start:
                continue
            if end is not None and invoice.created > end:
                continue
            if text and not any(term.startswith(text) for term in invoice.search_terms):
                continue
            found.append(invoice)
        page = found[skip : skip + take if take is not None else None]
        return json_response(200, [self.invoice_api(i, with_methods=with_methods) for i in page])

    def _update_invoice(self, request: Request) -> Response:
        invoice = self._invoice_for(request, P + "canmodifyinvoices")
        body = json_body(request)
        if not isinstance(body, dict) or not isinstance(body.get("metadata"), dict):
            raise validation(("metadata", "The metadata should be a JSON object"))
        invoice.metadata = dict(body["metadata"])  # replaces, never merges (reference §5.7)
        return json_response(200, self.invoice_api(invoice))

    def _archive_invoice(self, request: Request) -> Response:
        invoice = self._invoice_for(request, P + "canmodifyinvoices")
        invoice.archived = True
        return empty_response(200)

    def _unarchive(self, request: Request) -> Response:
        invoice = self._invoice_for(request, P + "canmodifyinvoices")
        if not invoice.archived:
            raise problem(400, "already-unarchived", "The invoice is not archived")
        before = self.invoice_api(invoice)
        invoice.archived = False
        # 2.3.6+ answers with the entity loaded before the action (`archived: true`).
        return json_response(200, self.invoice_api(invoice) if self.mark_answers_after else before)

    def _mark_status(self, request: Request) -> Response:
        """Apply the mark, then answer with the invoice as it was *before* it (2.3.6+).

        GreenfieldInvoiceController.cs `MarkInvoiceStatus` returns `GetInvoice()`, which
        serialises the entity SetContextFilter.cs loaded before the action ran: old `status`,
        `additionalStatus` and `availableStatusesForManualMarking`. A later GET shows the mark.
        """
        invoice = self._invoice_for(request, P + "canmodifyinvoices")
        body = json_body(request)
        target = body.get("status") if isinstance(body, dict) else None
        before = self.invoice_api(invoice)
        if not isinstance(target, str) or not invoice.mark(target):
            raise validation(
                (
                    "Status",
                    "Status can only be marked to invalid or settled within certain conditions.",
                )
            )
        return json_response(200, self.invoice_api(invoice) if self.mark_answers_after else before)

    def _activate(self, request: Request) -> Response:
        invoice = self._invoice_for(request, P + "canviewinvoices")
        canonical = canonical_method(request.params["method"])
        method = invoice.method(canonical) if canonical else None
        if method is None:
            # An unknown payment method id is answered 200 all the same, with nothing done
            # (GreenfieldInvoiceController.cs ActivateInvoicePaymentMethod).
            return empty_response(200)
        if not method.activated:
            self._activate_method(invoice, method)
        return empty_response(200)

    def _checkout_page(self, request: Request) -> Response:
        """The hosted checkout page `/i/{id}`: no auth (reference §10)."""
        invoice = self.invoices.get(request.params["invoice_id"])
        if invoice is None:
            return html_response(404, "<!doctype html><title>Not found</title><h1>Not found</h1>")
        invoice.refresh(self.clock.now())
        return html_response(200, checkout_page(invoice, self.store.name))

    def status_socket_opens(self, invoice_id: str) -> bool:
        """Whether `/i/{id}/status/ws` accepts a websocket: BTCPay answers 404 for an unknown
        invoice, a Settled, Expired or Invalid one, and an archived one the (anonymous) caller
        may not see (UIInvoiceController.UI.cs `GetStatusWebSocket`)."""
        invoice = self.invoices.get(invoice_id)
        if invoice is None or invoice.archived:
            return False
        self.apply_time(invoice_id)
        return invoice.status not in CLOSED_STATUSES

    def apply_time(self, invoice_id: str) -> None:
        """The changes of an invoice that only need time to pass (expiry, the end of its
        monitoring, the saving of a renewed BOLT11), applied now; an open status socket calls
        it now and then so it reports them as the real watcher would."""
        invoice = self.invoices.get(invoice_id)
        if invoice is not None:
            invoice.refresh(self.clock.now())
            self._renew_bolt11s(invoice)

    def all_invoices_api(self) -> list[dict]:
        self.refresh_all()
        ordered = sorted(self.invoices.values(), key=lambda i: i.sequence, reverse=True)
        return [self.invoice_api(i) for i in ordered]


# -- helpers ----------------------------------------------------------------------------------

# Status filter values as InvoiceRepository.cs NormalizeStatus reads them (case-insensitive).
_STATUS_ALIASES = {
    "new": "New",
    "processing": "Processing",
    "paid": "Processing",
    "settled": "Settled",
    "complete": "Settled",
    "confirmed": "Settled",
    "expired": "Expired",
    "invalid": "Invalid",
}
