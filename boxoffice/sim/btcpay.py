"""The BTCPay Server side of the simulator: one store, API keys and Greenfield invoices.

Behaviour follows ../shared/reference/btcpay-greenfield.md: auth and permissions (§2, §3), server
and store endpoints (§4), invoices (§5), the status machine (§6.1), error shapes (§9), and the
1.x differences (§11) when `legacy` is on. Responses are shaped to validate against
../shared/reference/btcpay-swagger/greenfield.json.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from decimal import Decimal
from random import Random
from typing import Any

from boxoffice.sim import bech32
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
from boxoffice.sim.btcpay_model import (
    CHAIN,
    LEGACY_IDS,
    LIGHTNING,
    LNURL,
    Invoice,
    InvoicePaymentMethod,
    Payment,
    Store,
    money,
    round_amount,
)
from boxoffice.sim.btcpay_request import (
    canonical_method,
    checkout_options,
    int_query,
    json_body,
    parse_amount,
    true,
)
from boxoffice.sim.btcpay_views import checkout_page, invoice_data, payment_methods_data
from boxoffice.sim.clock import Clock
from boxoffice.sim.lightning import bolt11
from boxoffice.sim.router import (
    Request,
    Response,
    Router,
    SimulatorError,
    empty_response,
    html_response,
    json_response,
)

VERSION = "2.4.1"
LEGACY_VERSION = "1.13.7"
BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


class BTCPay:
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
        self.api_keys: dict[str, ApiKey] = {}
        self.invoices: dict[str, Invoice] = {}
        self.emails: list[dict[str, Any]] = []
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
            # An unknown store: a key whose permission is not tied to one store learns that it
            # does not exist; a key scoped to other stores is simply refused (reference §2).
            if allows(key.permissions, policy, store_id="\0no-such-store"):
                raise problem(404, "store-not-found", "The store was not found")
            raise missing_permission(policy)
        if not allows(key.permissions, policy, store_id):
            raise missing_permission(policy)
        return key

    def _invoice_for(self, request: Request, policy: str) -> Invoice:
        """The invoice of a store-scoped or short route, after the permission check."""
        store_id = request.params.get("store_id")
        invoice = self.invoices.get(request.params["invoice_id"])
        if store_id is None:
            self._key(request)
            if invoice is None:
                raise invoice_not_found()
            store_id = invoice.store_id
        self._require(request, policy, store_id)
        if invoice is None or invoice.store_id != store_id:
            raise invoice_not_found()
        invoice.refresh(self.clock.now())
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
        self._require(request, P + "canmodifystoresettings", request.params["store_id"])
        body = json_body(request)
        if not isinstance(body, dict):
            raise validation(("", "A JSON object is expected"))
        if not self.smtp_configured:
            raise problem(400, "smtp-not-configured", "The store's SMTP is not configured")
        to = body.get("email") or body.get("to")
        if not isinstance(to, str) or "@" not in to:
            raise validation(("email", "A valid email address is required"))
        self.emails.append(
            {
                "to": to,
                "subject": str(body.get("subject") or ""),
                "body": str(body.get("body") or ""),
                "time": int(self.clock.now()),
            }
        )
        return empty_response(200)

    # -- invoices ---------------------------------------------------------------------------

    def _create_invoice(self, request: Request) -> Response:
        self._require(request, P + "cancreateinvoice", request.params["store_id"])
        invoice = self.create_invoice(json_body(request))
        return json_response(200, self.invoice_api(invoice))

    def create_invoice(self, body: Any) -> Invoice:
        """Validate a CreateInvoiceRequest and make the invoice (reference §5.1)."""
        if not isinstance(body, dict):
            raise validation(("", "A JSON object is expected"))
        problems: list[tuple[str, str]] = []
        amount = parse_amount(body.get("amount"), problems)
        currency = body.get("currency")
        if currency is not None and not isinstance(currency, str):
            problems.append(("currency", "The currency should be a string"))
            currency = None
        currency = (currency or "").strip().upper() or self.store.default_currency
        metadata = body.get("metadata")
        if metadata is None:
            metadata = {}
        elif not isinstance(metadata, dict):
            problems.append(("metadata", "The metadata should be a JSON object"))
        checkout = body.get("checkout") or {}
        if not isinstance(checkout, dict):
            problems.append(("checkout", "The checkout options should be a JSON object"))
            checkout = {}
        options = checkout_options(checkout, self.store, problems)
        terms = body.get("additionalSearchTerms") or []
        if not isinstance(terms, list):
            problems.append(("additionalSearchTerms", "Should be an array of strings"))
            terms = []
        if problems:
            raise validation(*problems)
        if amount is not None:
            amount = round_amount(amount, currency)
        rate = self.rates.get(currency)
        zero = amount is not None and amount == 0
        if rate is None and not zero:
            raise problem(
                400,
                "generic-error",
                f"Failed to create invoice: ERR_RATE_UNAVAILABLE(sim, BTC_{currency})",
            )
        wanted = options["methods"] or list(self.store.enabled_methods)
        methods = [] if zero else [m for m in self.store.enabled_methods if m in wanted]
        if not methods and not zero:
            raise problem(400, "generic-error", "No payment method available for this invoice")
        now = int(self.clock.now())
        expiration = now + round(options["expiration_minutes"] * 60)
        self._sequence += 1
        invoice = Invoice(
            id=self._new_invoice_id(),
            store_id=self.store.id,
            sequence=self._sequence,
            amount=amount,
            currency=currency,
            rate=rate or Decimal(0),
            created=now,
            expiration=expiration,
            monitoring_expiration=expiration + round(options["monitoring_minutes"] * 60),
            metadata=dict(metadata),
            speed_policy=options["speed_policy"],
            methods=[InvoicePaymentMethod(m, activated=not options["lazy"]) for m in methods],
            expiration_minutes=options["expiration_minutes"],
            monitoring_minutes=options["monitoring_minutes"],
            payment_tolerance=options["tolerance"],
            lazy=options["lazy"],
            default_payment_method=options["default_method"],
            redirect_url=checkout.get("redirectURL"),
            redirect_automatically=checkout.get("redirectAutomatically"),
            default_language=checkout.get("defaultLanguage"),
            receipt=body.get("receipt") if isinstance(body.get("receipt"), dict) else {},
            search_terms=[str(t) for t in terms],
        )
        for method in invoice.methods:
            if method.activated:
                self._activate_method(invoice, method)
        if zero:
            # A zero-amount invoice goes straight through Processing to Settled (§6.1).
            invoice.status = "Settled"
        self.invoices[invoice.id] = invoice
        return invoice

    def _new_invoice_id(self) -> str:
        while True:
            candidate = "".join(self.rng.choice(BASE58) for _ in range(22))
            if candidate not in self.invoices:
                return candidate

    def _activate_method(self, invoice: Invoice, method: InvoicePaymentMethod) -> None:
        method.activated = True
        if method.id == CHAIN and not method.destination:
            self._address_index += 1
            method.key_path = f"0/{self._address_index}"
            method.destination = bech32.segwit_address("bcrt", 0, self.rng.randbytes(20))
        elif method.id == LIGHTNING:
            self._new_bolt11(invoice, method)

    def _new_bolt11(self, invoice: Invoice, method: InvoicePaymentMethod) -> None:
        """A fresh BOLT11 for what is due now; its expiry is the invoice's (reference §6.3)."""
        now = int(self.clock.now())
        order = invoice.metadata.get("orderId")
        method.destination = bolt11(
            max(invoice.due_btc, Decimal(0)),
            timestamp=now,
            expiry_seconds=max(1, invoice.expiration - now),
            description=f"Paid to {self.store.name}" + (f" (Order ID: {order})" if order else ""),
            payment_hash=self.rng.randbytes(32),
            rng=self.rng,
        )

    def invoice_api(self, invoice: Invoice, *, with_methods: bool = False) -> dict:
        return invoice_data(
            invoice, legacy=self.legacy, btcpay_url=self.base_url(), with_methods=with_methods
        )

    def payment_methods_api(self, invoice: Invoice) -> list[dict]:
        return payment_methods_data(invoice, legacy=self.legacy)

    def _get_invoice(self, request: Request) -> Response:
        invoice = self._invoice_for(request, P + "canviewinvoices")
        # includePaymentMethods on a single GET exists from 2.4.1 (reference §5.3).
        with_methods = not self.legacy and true(request.query_one("includePaymentMethods"))
        return json_response(200, self.invoice_api(invoice, with_methods=with_methods))

    def _invoice_payment_methods(self, request: Request) -> Response:
        invoice = self._invoice_for(request, P + "canviewinvoices")
        return json_response(200, self.payment_methods_api(invoice))

    def _list_invoices(self, request: Request) -> Response:
        store_id = request.params["store_id"]
        self._require(request, P + "canviewinvoices", store_id)
        now = self.clock.now()
        order_ids = request.query_all("orderId")
        statuses = {s.lower() for s in request.query_all("status")}
        text = (request.query_one("textSearch") or "").strip().lower()
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
            if statuses and invoice.status.lower() not in statuses:
                continue
            if start is not None and invoice.created < start:
                continue
            if end is not None and invoice.created > end:
                continue
            if text and text not in _search_text(invoice):
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
        invoice.archived = False
        return json_response(200, self.invoice_api(invoice))

    def _mark_status(self, request: Request) -> Response:
        invoice = self._invoice_for(request, P + "canmodifyinvoices")
        body = json_body(request)
        target = body.get("status") if isinstance(body, dict) else None
        if not isinstance(target, str) or not invoice.mark(target):
            raise validation(
                (
                    "Status",
                    "Status can only be marked to invalid or settled within certain conditions.",
                )
            )
        return json_response(200, self.invoice_api(invoice))

    def _activate(self, request: Request) -> Response:
        invoice = self._invoice_for(request, P + "canviewinvoices")
        canonical = canonical_method(request.params["method"])
        method = invoice.method(canonical) if canonical else None
        if method is None:
            raise problem(404, "paymentmethod-not-found", "The payment method was not found")
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

    # -- what the simulated wallet does (control API) ------------------------------------------

    def invoice_or_error(self, invoice_id: str) -> Invoice:
        invoice = self.invoices.get(invoice_id)
        if invoice is None:
            raise SimulatorError(404, f"invoice {invoice_id} not found")
        invoice.refresh(self.clock.now())
        return invoice

    def pay(
        self, invoice_id: str, method: str = LIGHTNING, amount: Decimal | None = None
    ) -> Invoice:
        """A customer's wallet pays `amount` BTC (default: what is due) to the invoice."""
        invoice = self.invoice_or_error(invoice_id)
        canonical = canonical_method(method)
        if canonical not in (CHAIN, LIGHTNING):
            raise SimulatorError(400, f"unknown payment method {method!r}; use BTC-LN or BTC-CHAIN")
        target = invoice.method(canonical)
        if target is None:
            raise SimulatorError(409, f"invoice {invoice_id} has no {canonical} payment method")
        if not target.activated:
            raise SimulatorError(409, f"{canonical} is not activated on invoice {invoice_id}")
        now = int(self.clock.now())
        if now >= invoice.monitoring_expiration:
            raise SimulatorError(409, f"invoice {invoice_id} is no longer monitored")
        if canonical == LIGHTNING and now >= invoice.expiration:
            # The BOLT11 expires with the invoice (§6.3): a wallet refuses to pay it.
            raise SimulatorError(409, f"the Lightning invoice of {invoice_id} has expired")
        if amount is None:
            amount = invoice.due_btc
        amount = Decimal(amount).quantize(Decimal("0.00000001"))
        if amount <= 0:
            raise SimulatorError(409, f"nothing is due on invoice {invoice_id}; give an amount")
        settled_at_once = canonical == LIGHTNING or invoice.speed_policy == "HighSpeed"
        payment_id = (
            self.rng.randbytes(32).hex()
            if canonical == LIGHTNING
            else f"{self.rng.randbytes(32).hex()}-{self.rng.randrange(2)}"
        )
        invoice.payments.append(
            Payment(
                id=payment_id,
                method=canonical,
                value=amount,
                received=now,
                status="Settled" if settled_at_once else "Processing",
                destination=target.destination,
            )
        )
        invoice.recompute()
        lightning = invoice.method(LIGHTNING)
        if lightning is not None and lightning.activated and invoice.due_btc > 0:
            self._new_bolt11(invoice, lightning)  # a partial payment gets a new BOLT11 (#1913)
        return invoice

    def confirm(self, invoice_id: str) -> Invoice:
        """The on-chain payments of the invoice get their confirmations."""
        invoice = self.invoice_or_error(invoice_id)
        self.block_height += 1
        for payment in invoice.payments:
            if payment.status == "Processing":
                payment.status = "Settled"
        if invoice.status != "Invalid":  # past monitoring, confirmations come too late
            invoice.recompute()
        return invoice

    def expire(self, invoice_id: str) -> Invoice:
        """Move a New invoice's expiry to now (keeping its monitoring window) and apply it."""
        invoice = self.invoice_or_error(invoice_id)
        if invoice.status == "New" and not invoice.marked:
            now = int(self.clock.now())
            window = invoice.monitoring_expiration - invoice.expiration
            invoice.expiration = now
            invoice.monitoring_expiration = now + window
            invoice.refresh(now)
        return invoice

    def refresh_all(self) -> None:
        now = self.clock.now()
        for invoice in self.invoices.values():
            invoice.refresh(now)

    def all_invoices_api(self) -> list[dict]:
        self.refresh_all()
        ordered = sorted(self.invoices.values(), key=lambda i: i.sequence, reverse=True)
        return [self.invoice_api(i) for i in ordered]


# -- helpers ----------------------------------------------------------------------------------


def _search_text(invoice: Invoice) -> str:
    parts = [invoice.id, json.dumps(invoice.metadata, default=str), *invoice.search_terms]
    return " ".join(parts).lower()
