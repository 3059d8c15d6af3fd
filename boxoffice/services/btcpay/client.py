"""BTCPay Server Greenfield API client: server check, invoices, payment methods, store email.

Written against BTCPay Server's Greenfield OpenAPI document
(docs.btcpayserver.org/API/Greenfield/v1) and corrected where the server's own source
(github.com/btcpayserver/btcpayserver, v2.4.1) behaves otherwise. It works with 1.x and 2.x servers:

- authentication is always `Authorization: token <key>` (1.x accepts nothing else, §2);
- invoice routes are always the store-scoped `/api/v1/stores/{storeId}/invoices/...` (§0);
- money is sent and read as decimal strings, never floats (§1);
- unknown enum values, unknown fields and the 1.x field names are tolerated (§11);
- from 2.3.6 an unknown invoice (or another store's) answers 403 `missing-permission`, not
  404: a 403 for a policy the key holds is read as "no such invoice in this store"
  (BuiltInPermissionScopeProvider.cs);
- marking an invoice answers with the invoice as it was *before* the mark (2.3.6+,
  GreenfieldInvoiceController.cs `MarkInvoiceStatus`), so the invoice is read again after;
- refunds (`create_refund`, `refund_figures`, `list_pull_payments`) are in `refunds`;
- `checkout.expirationMinutes` is sent as a JSON integer: any JSON fraction, even `15.0`, is
  refused with 422 "Invalid timespan" (BTCPayServer.Client/JsonConverters/TimeSpanJsonConverter.cs).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import httpx

from boxoffice.services.btcpay.models import (
    ApiKeyInfo,
    Invoice,
    InvoicePaymentMethod,
    ServerInfo,
    Store,
    StoreEmailSettings,
    amount_text,
)
from boxoffice.services.btcpay.refunds import RefundCalls
from boxoffice.services.errors import (
    FieldProblem,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    ServiceError,
    ValidationError,
)
from boxoffice.services.fields import UnreadableField
from boxoffice.services.http import DEFAULT_TIMEOUT, RetryPolicy

# -- the client -----------------------------------------------------------------------------


class _TokenAuth(httpx.Auth):
    """`Authorization: token <key>`: the scheme every Greenfield version accepts (§2).

    Kept in an auth object rather than default headers so the key is attached per request and
    never shows up in a repr.
    """

    def __init__(self, api_key: str) -> None:
        self._header = f"token {api_key}"

    def auth_flow(self, request: httpx.Request):
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "_TokenAuth(***)"


def _minutes(value: int | Decimal) -> int:
    """A duration in whole minutes, as a JSON integer.

    BTCPay reads `expirationMinutes` / `monitoringMinutes` through a TimeSpan converter that
    takes an integer token or a TimeSpan string, and refuses every JSON float, `15.0`
    included, with 422 "Invalid timespan" (BTCPay Server source,
    BTCPayServer.Client/JsonConverters/TimeSpanJsonConverter.cs). A fraction is rounded *up*,
    so the customer never gets less time than the setting says.
    """
    if isinstance(value, bool) or not isinstance(value, int | Decimal | float):
        raise TypeError("minutes must be a number")
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if not number.is_finite():
        raise ValueError("minutes must be a finite number")
    return math.ceil(number)


def field_problem(error: ValidationError, name: str) -> FieldProblem | None:
    """The problem a 422 reports for the field `name`, if any.

    Greenfield writes JSON paths for converter errors (`checkout.expirationMinutes`) but C#
    property paths for its own checks (`Checkout.Expiration`, `Status`, `Email`), so paths are
    compared without regard to case, on their last segment (BTCPay Server source,
    BTCPayServer/Extensions/ModelStateExtensions.cs, Filters/JsonObjectExceptionFilter.cs).
    """
    wanted = name.rsplit(".", 1)[-1].lower()
    for problem in getattr(error, "problems", ()):
        if problem.path and problem.path.rsplit(".", 1)[-1].lower() == wanted:
            return problem
    return None


#: Invoices fetched per page when listing.
DEFAULT_PAGE_SIZE = 100


class BTCPayClient(RefundCalls):
    """Async client for one store of a BTCPay Server, through its Greenfield API.

    Reads are retried on transient failures; writes (create, mark, update, email) are sent
    once, and an `UnavailableError` from one means the outcome is unknown (reference §8:
    look the invoice up by `metadata.orderId` before creating another).
    """

    service = "BTCPay"

    def __init__(
        self,
        base_url: str,
        api_key: str,
        store_id: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
    ) -> None:
        api_key = (api_key or "").strip()
        if not api_key:
            raise ValueError("a BTCPay API key is required")
        if not store_id:
            raise ValueError("a BTCPay store id is required")
        super().__init__(
            base_url,
            auth=_TokenAuth(api_key),
            secret=api_key,
            timeout=timeout,
            transport=transport,
            retry=retry,
        )
        self.store_id = store_id
        # What the key may do, read once when a 403 on an invoice route must be told apart
        # from "no such invoice"; never the key itself.
        self._key_info: ApiKeyInfo | None = None

    def __repr__(self) -> str:
        return f"BTCPayClient(base_url={self.base_url!r}, store_id={self.store_id!r})"

    # -- paths --------------------------------------------------------------------------

    @property
    def _store_path(self) -> str:
        return f"/api/v1/stores/{quote(self.store_id, safe='')}"

    def _invoice_path(self, invoice_id: str, suffix: str = "") -> str:
        if not invoice_id:
            raise ValueError("an invoice id is required")
        return f"{self._store_path}/invoices/{quote(invoice_id, safe='')}{suffix}"

    # -- errors -------------------------------------------------------------------------

    def error_from_response(self, response: httpx.Response, body: Any) -> ServiceError:
        """Read Greenfield's error bodies (reference §9).

        422: a JSON array of `{path, message}`; other 4xx: `{code, message}`, with
        `missingPermission` on a 403.
        """
        if isinstance(body, list):
            problems = [
                FieldProblem(
                    path=str(item["path"]) if item.get("path") not in (None, "") else None,
                    message=str(item.get("message") or "invalid value"),
                )
                for item in body
                if isinstance(item, dict)
            ]
            message = "; ".join(f"{p.path}: {p.message}" if p.path else p.message for p in problems)
            return self.error_for_status(
                response, message or "the request was refused as invalid", problems=problems
            )
        code: str | None = None
        permission: str | None = None
        found: str | None = None
        if isinstance(body, dict):
            code = body.get("code") if isinstance(body.get("code"), str) else None
            if isinstance(body.get("missingPermission"), str):
                permission = body["missingPermission"]
            if isinstance(body.get("message"), str) and body["message"].strip():
                found = body["message"].strip()
        message = found if found is not None else code or response.reason_phrase or "request failed"
        if response.status_code == 410 and code == "unsupported-in-v2":
            message = f"this BTCPay version no longer offers this ({message})"
        return self.error_for_status(response, message, code=code, permission=permission)

    def _parse(self, factory, data: Any, what: str):
        try:
            return factory(data)
        except (
            KeyError,
            TypeError,
            ValueError,
            AttributeError,
            ArithmeticError,
            RecursionError,
        ) as exc:
            reason = str(exc) if isinstance(exc, UnreadableField) else type(exc).__name__
            raise MalformedResponseError(
                self.service, f"the answer for {what} could not be read: {reason}"
            ) from None

    # -- server and store ---------------------------------------------------------------

    async def server_info(self) -> ServerInfo:
        """Version, sync state and supported payment method ids (any valid key may ask)."""
        body = await self.request("GET", "/api/v1/server/info")
        return self._parse(ServerInfo.from_api, body, "the server info")

    async def get_store(self) -> Store:
        """The store's settings (`canviewstoresettings`)."""
        body = await self.request("GET", self._store_path)
        return self._parse(Store.from_api, body, "the store")

    async def email_settings(self) -> StoreEmailSettings:
        """The store's SMTP settings; needs `EMAIL_SETTINGS_PERMISSION` on every version.

        Never call this with a key that may only send: it answers 403 (B20 in the module
        notes: reading the settings is store-admin power).
        """
        body = await self.request("GET", f"{self._store_path}/email")
        return self._parse(StoreEmailSettings.from_api, body, "the store's e-mail settings")

    async def current_api_key(self) -> ApiKeyInfo:
        """Label and permissions of the key in use; any valid key may ask (§2)."""
        body = await self.request("GET", "/api/v1/api-keys/current")
        self._key_info = self._parse(ApiKeyInfo.from_api, body, "the API key")
        return self._key_info

    async def _invoice_request(self, method: str, invoice_id: str, suffix: str = "", **kw):
        """A request on an invoice route, with BTCPay's 403-for-unknown-invoice undone.

        From 2.3.6 the permission check looks up the invoice's store first; no invoice, or
        another store's, fails it with 403 `missing-permission` naming the route's policy
        (BTCPay Server source, BTCPayServer/Security/BuiltInPermissionScopeProvider.cs). Old
        expired invoices are deleted after six months, so this happens to real sales. When the
        key does hold that policy for this store, the 403 can only mean "no such invoice
        here": it becomes a `NotFoundError` (code `invoice-not-found`), so that nobody is
        told to change a key that is fine. If the key's permissions cannot be read, the 403
        stays what it is.
        """
        try:
            return await self.request(method, self._invoice_path(invoice_id, suffix), **kw)
        except PermissionDeniedError as error:
            raise await self._missing_invoice_or(error, invoice_id) from None

    async def _missing_invoice_or(
        self, error: PermissionDeniedError, invoice_id: str
    ) -> ServiceError:
        if not error.permission:
            return error
        key = self._key_info
        if key is None:
            try:
                key = await self.current_api_key()
            except ServiceError:
                return error
        if not key.allows(error.permission, self.store_id):
            return error
        return NotFoundError(
            self.service,
            f"there is no invoice {invoice_id} in store {self.store_id} (it may have been "
            "deleted: BTCPay removes old expired invoices)",
            status=error.status,
            code="invoice-not-found",
        )

    # -- invoices -----------------------------------------------------------------------

    async def create_invoice(
        self,
        *,
        amount: Decimal,
        currency: str,
        metadata: dict,
        expiration_minutes: int | None = None,
        payment_methods: Sequence[str] | None = None,
        speed_policy: str | None = None,
        monitoring_minutes: int | None = None,
    ) -> Invoice:
        """Create an invoice (§5.1). Sent once: on `UnavailableError` look it up by orderId.

        Payment methods are always activated at once (`lazyPaymentMethods: false`) so the
        address and BOLT11 exist for the QR. Only the checkout options given are sent; the
        store's settings apply to the rest. Durations are whole minutes (see `_minutes`); the
        invoice's `expirationTime` says when it ends, never the echoed `expirationMinutes`,
        which the server truncates (GreenfieldInvoiceController.cs `ToModel`).
        """
        checkout: dict[str, Any] = {"lazyPaymentMethods": False}
        if speed_policy is not None:
            checkout["speedPolicy"] = speed_policy
        if payment_methods is not None:
            checkout["paymentMethods"] = list(payment_methods)
        if expiration_minutes is not None:
            checkout["expirationMinutes"] = _minutes(expiration_minutes)
        if monitoring_minutes is not None:
            checkout["monitoringMinutes"] = _minutes(monitoring_minutes)
        payload = {
            "amount": amount_text(amount),
            "currency": currency.strip().upper(),
            "metadata": metadata,
            "checkout": checkout,
        }
        body = await self.request("POST", f"{self._store_path}/invoices", json_body=payload)
        return self._parse(Invoice.from_api, body, "the new invoice")

    async def get_invoice(self, invoice_id: str) -> Invoice:
        """One invoice (`canviewinvoices`); `NotFoundError` if this store has no such invoice
        (a 404 from servers before 2.3.6, a 403 from later ones, see `_invoice_request`)."""
        body = await self._invoice_request("GET", invoice_id)
        return self._parse(Invoice.from_api, body, "the invoice")

    async def list_invoices(
        self,
        *,
        order_ids: Sequence[str] | None = None,
        statuses: Sequence[str] | None = None,
        text_search: str | None = None,
        take: int | None = None,
    ) -> list[Invoice]:
        """Every invoice matching the filters, newest first, fetched page by page.

        `take` is the page size (default 100); pages are requested with `skip` until one comes
        back short. `orderId` and `status` are repeated once per value (§5.3).
        """
        page_size = take or DEFAULT_PAGE_SIZE
        if page_size < 1:
            raise ValueError("take must be at least 1")
        filters: list[tuple[str, str]] = [("orderId", o) for o in order_ids or ()]
        filters += [("status", s) for s in statuses or ()]
        if text_search:
            filters.append(("textSearch", text_search))
        invoices: list[Invoice] = []
        seen: set[str] = set()
        skip = 0
        while True:
            params = [*filters, ("skip", str(skip)), ("take", str(page_size))]
            body = await self.request("GET", f"{self._store_path}/invoices", params=params)
            if not isinstance(body, list):
                raise MalformedResponseError(
                    self.service, "the invoice list is not a list; is the URL right?"
                )
            added = 0
            for item in body:
                invoice = self._parse(Invoice.from_api, item, "an invoice in the list")
                # A new invoice between two pages shifts the list by one: skip the repeat.
                if invoice.id not in seen:
                    seen.add(invoice.id)
                    invoices.append(invoice)
                    added += 1
            # Stop on a short page, and on a page of repeats (a server that ignores `skip`).
            if len(body) < page_size or added == 0:
                return invoices
            skip += len(body)

    async def can_list_invoices(self) -> bool:
        """Whether the key may list this store's invoices: one page of one, never more.

        For telling a mistyped store id (every store route is 403) from a role that may not
        see the store's settings (invoices still work): BTCPay answers an unknown store with
        403, never 404 (BuiltInPermissionHandler.cs). Raises for anything but 2xx or 403.
        """
        try:
            await self.request(
                "GET", f"{self._store_path}/invoices", params=[("skip", "0"), ("take", "1")]
            )
        except PermissionDeniedError:
            return False
        return True

    async def get_payment_methods(self, invoice_id: str) -> list[InvoicePaymentMethod]:
        """The invoice's payment methods with address / BOLT11, amounts due and payments."""
        body = await self._invoice_request("GET", invoice_id, "/payment-methods")
        if not isinstance(body, list):
            raise MalformedResponseError(self.service, "the payment methods are not a list")
        return [self._parse(InvoicePaymentMethod.from_api, m, "a payment method") for m in body]

    async def mark_invoice_status(self, invoice_id: str, status: str) -> Invoice:
        """Mark an invoice "Invalid" (cancel) or "Settled" (accept anyway); return it as it is
        after the mark.

        Allowed only for the statuses in `available_statuses_for_manual_marking`; otherwise
        the server answers 422 at path `Status` (`ValidationError`). From 2.3.6 the 200 body
        is the invoice as it was *before* the mark (the action serialises the entity loaded
        before it ran; BTCPay Server source, GreenfieldInvoiceController.cs
        `MarkInvoiceStatus`, BTCPayServer/Security/SetContextFilter.cs), so the body is only
        taken as "accepted" and the invoice is read again. If that read fails, the mark is
        done but its result unknown: the error propagates, and the caller looks it up.
        """
        await self._invoice_request(
            "POST", invoice_id, "/status", json_body={"status": status}, expect_json=False
        )
        return await self.get_invoice(invoice_id)

    async def update_invoice_metadata(self, invoice_id: str, changes: dict) -> Invoice:
        """Merge `changes` into the invoice's metadata and store the result.

        `PUT` replaces the whole metadata object (§5.7), so the current metadata is read
        first and written back with the changes applied on top.
        """
        _before, updated = await self.merge_invoice_metadata(invoice_id, changes)
        return updated

    async def merge_invoice_metadata(self, invoice_id: str, changes: dict) -> tuple[dict, Invoice]:
        """As `update_invoice_metadata`, also giving the metadata as it was before the write
        (what another till may have recorded there first)."""
        current = await self.get_invoice(invoice_id)
        merged = {**current.metadata, **changes}
        body = await self._invoice_request("PUT", invoice_id, json_body={"metadata": merged})
        return dict(current.metadata), self._parse(Invoice.from_api, body, "the updated invoice")

    # -- email --------------------------------------------------------------------------

    async def send_email(self, *, to: str, subject: str, body: str) -> None:
        """Hand an e-mail to BTCPay for sending through the store's (or server's) SMTP.

        `body` is HTML: the server puts it in the mail's HTML part and sends no text part
        (BTCPay Server source, BTCPayServer/Plugins/Emails/Services/EmailSender.cs,
        `isHtml: true`; the OpenAPI document's "plain text" is wrong). Needs
        `EMAIL_PERMISSION` (2.4.0+) or `canmodifystoresettings`.

        A 200 with an empty body means only "queued": the server answers it whatever happens
        next and drops the mail if no SMTP is configured; there is no "SMTP not configured"
        answer on any version (GreenfieldStoreEmailController.cs). A bad address is 422 at
        path `Email` (`ValidationError`).
        """
        await self.request(
            "POST",
            f"{self._store_path}/email/send",
            json_body={"email": to, "subject": subject, "body": body},
            expect_json=False,
        )
