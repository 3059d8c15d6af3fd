"""A hint that a BTCPay invoice changed, from the websocket BTCPay's own checkout page uses.

`GET {btcpay}/i/{invoiceId}/status/ws` (BTCPay Server source,
BTCPayServer/Controllers/UIInvoiceController.UI.cs `GetStatusWebSocket`) is anonymous. On any
change of that invoice (a payment, new payment details such as a fresh BOLT11 after a partial
payment, a status change) the server sends one 1-byte binary message (`NotifySocket` sends
`new byte[1]`); it sends the text message "ping" after a while without traffic
(BTCPayServer/WebsocketExtensions.cs `ReceiveAndPingAsync`), which the checkout page skips
(BTCPayServer/wwwroot/checkout/checkout.js: `if (e.data !== 'ping')`), and so does this client.
It answers 404 instead of a websocket for an unknown, archived, Settled, Expired or Invalid
invoice.

It belongs to the web UI, not to the Greenfield API: it is not versioned and may change. So it
is only a hint. The till re-reads the invoice through Greenfield when one comes, and keeps
polling all the same; `changes()` therefore never raises for anything the socket does, it just
ends, and the caller goes on polling.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Protocol
from urllib.parse import quote, urlsplit, urlunsplit

from websockets.asyncio.client import connect
from websockets.exceptions import WebSocketException

log = logging.getLogger(__name__)

#: The most a message may carry: the server sends one byte, or "ping".
_MAX_MESSAGE = 1 << 12
#: The keep-alive text message of BTCPayServer/WebsocketExtensions.cs: no change.
_SERVER_PING = "ping"


class InvoiceHints(Protocol):
    """Tells, as soon as the server does, that an invoice may have changed."""

    def changes(self, invoice_id: str) -> AsyncIterator[None]:
        """Yields once per change of the invoice; returns (never raises for the server's
        doings) when no hints can come: refused, failed, closed or silent. Cancellation
        propagates."""
        ...


class NoInvoiceHints:
    """No hints at all: polling only."""

    async def changes(self, invoice_id: str) -> AsyncIterator[None]:
        for _ in ():
            yield None


class WebSocketInvoiceHints:
    """Hints from BTCPay's invoice status websocket (see the module's docstring).

    `btcpay_url` is the BTCPay root the Greenfield client uses, path prefix included
    (`https://pay.example/btcpay`). No credentials are sent: the route is anonymous, and the
    URL carries none, so it may be logged. The connection must open within `open_timeout`
    seconds; a ping frame goes every `ping_interval` seconds and a server that sends no pong
    within `ping_timeout` seconds is taken for gone (ASP.NET Core answers pings by itself,
    RFC 6455 §5.5.2).
    """

    def __init__(
        self,
        btcpay_url: str,
        *,
        open_timeout: float = 5.0,
        ping_interval: float = 10.0,
        ping_timeout: float = 10.0,
    ) -> None:
        parts = urlsplit(btcpay_url.strip())
        scheme = {"http": "ws", "https": "wss", "ws": "ws", "wss": "wss"}.get(parts.scheme.lower())
        #: None for a URL that is not http(s): `changes()` then ends at once (a hint, never
        #: a reason to fail; the Greenfield client reports a bad URL).
        self._root = (
            urlunsplit((scheme, parts.netloc, parts.path.rstrip("/"), "", ""))
            if scheme is not None and parts.netloc
            else None
        )
        self.open_timeout = open_timeout
        self.ping_interval = ping_interval
        self.ping_timeout = ping_timeout

    def __repr__(self) -> str:
        return f"WebSocketInvoiceHints({self._root!r})"

    def status_url(self, invoice_id: str) -> str | None:
        """`ws(s)://.../i/{invoiceId}/status/ws` under the BTCPay root (None without one)."""
        if self._root is None or not invoice_id:
            return None
        return f"{self._root}/i/{quote(invoice_id, safe='')}/status/ws"

    async def changes(self, invoice_id: str) -> AsyncIterator[None]:
        url = self.status_url(invoice_id)
        if url is None:
            log.info("invoice %s: no status socket (no websocket URL)", invoice_id)
            return
        try:
            async with connect(
                url,
                open_timeout=self.open_timeout,
                ping_interval=self.ping_interval,
                ping_timeout=self.ping_timeout,
                # A server gone silent will not finish a closing handshake either.
                close_timeout=min(self.open_timeout, self.ping_timeout),
                max_size=_MAX_MESSAGE,
                compression=None,
            ) as websocket:
                log.debug("invoice %s: status socket open", invoice_id)
                async for message in websocket:
                    if message == _SERVER_PING:
                        continue
                    log.debug("invoice %s: the server says it changed", invoice_id)
                    yield None
                log.info("invoice %s: the status socket was closed", invoice_id)
        except (WebSocketException, OSError, TimeoutError, EOFError) as error:
            # Refused (404 for an invoice that is final, archived or unknown), unreachable,
            # closed abruptly or silent past the ping timeout: no more hints, polling goes on.
            log.info("invoice %s: no status socket (%s)", invoice_id, _describe(error))


def _describe(error: BaseException) -> str:
    """The error's kind and message; neither carries a key (none is sent)."""
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


__all__ = ["InvoiceHints", "NoInvoiceHints", "WebSocketInvoiceHints"]
