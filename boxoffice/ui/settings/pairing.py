"""Pair with BTCPay: a one-shot listener on 127.0.0.1 that receives the key BTCPay posts back.

BTCPay's authorize page (Greenfield API, "Authorization": /api-keys/authorize), opened in the system
browser with `redirect=http://127.0.0.1:<port>/callback/<state>`, ends with an HTML form POST
(`application/x-www-form-urlencoded`) of `apiKey`, `userId` and `permissions[]` to that
address. The random `state` in the path proves the POST belongs to the flow this app started;
anything else is refused and the listener keeps waiting. Plain asyncio streams; Qt only for
the translator (the words of the browser page and of `PairingError`).
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import secrets
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024
READ_TIMEOUT = 10.0

_DONE_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Box Office</title></head>"
    "<body style='font-family:sans-serif;text-align:center;margin-top:15%'>"
    "<h1>{title}</h1><p>{text}</p></body></html>"
)


class PairingError(Exception):
    """Pairing did not complete; `str()` is a sentence for the organiser."""


@dataclass(frozen=True)
class PairingResult:
    """What BTCPay sent: the new key, its owner and the permissions it was granted."""

    api_key: str = field(repr=False)
    user_id: str | None
    permissions: tuple[str, ...]

    @property
    def store_ids(self) -> tuple[str, ...]:
        """The stores the key's permissions are scoped to (`policy:storeId`), in order."""
        stores: list[str] = []
        for permission in self.permissions:
            if ":" in permission:
                store = permission.split(":", 1)[1]
                if store and store not in stores:
                    stores.append(store)
        return tuple(stores)


class PairingListener:
    """Listens on 127.0.0.1 (random port) for the one POST that carries the API key.

    `await listener.start()` returns the redirect URL to give BTCPay; `await listener.wait()`
    returns the `PairingResult` (or raises `PairingError` on timeout); `close()` stops it.
    """

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.state = secrets.token_urlsafe(24)
        self._server: asyncio.base_events.Server | None = None
        self._result: asyncio.Future[PairingResult] | None = None
        self.port: int | None = None

    @property
    def redirect_url(self) -> str:
        if self.port is None:
            raise RuntimeError("the listener is not started")
        return f"http://{self.host}:{self.port}/callback/{self.state}"

    async def start(self) -> str:
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._serve, self.host, 0)
        self.port = self._server.sockets[0].getsockname()[1]
        log.info("waiting for BTCPay's pairing answer on %s:%s", self.host, self.port)
        return self.redirect_url

    async def wait(self, within: float | None = 600.0) -> PairingResult:
        """The key, once BTCPay has posted it; PairingError after `within` seconds."""
        if self._result is None:
            raise RuntimeError("the listener is not started")
        try:
            return await asyncio.wait_for(asyncio.shield(self._result), within)
        except TimeoutError:
            raise PairingError(
                QCoreApplication.translate(
                    "PairingListener",
                    "BTCPay did not send a key in time. Try again, or create a key by hand in "
                    "BTCPay (Account, API keys) and paste it.",
                )
            ) from None
        finally:
            await self.close()

    async def close(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 2)
        if self._result is not None and not self._result.done():
            self._result.cancel()

    async def __aenter__(self) -> PairingListener:
        await self.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    # -- HTTP --------------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            status, page = await asyncio.wait_for(self._handle(reader), READ_TIMEOUT)
        except (TimeoutError, asyncio.IncompleteReadError, ValueError, ConnectionError):
            status, page = (
                400,
                (QCoreApplication.translate("PairingListener", "Bad request"), _only_btcpay()),
            )
        body = _DONE_PAGE.format(title=html.escape(page[0]), text=html.escape(page[1])).encode()
        reason = {
            200: "OK",
            400: "Bad Request",
            403: "Forbidden",
            404: "Not Found",
            405: "Method Not Allowed",
        }
        head = (
            f"HTTP/1.1 {status} {reason.get(status, 'Error')}\r\n"
            "Content-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\n"
            "Cache-Control: no-store\r\nConnection: close\r\n\r\n"
        )
        with contextlib.suppress(ConnectionError):
            writer.write(head.encode("ascii") + body)
            await writer.drain()
        writer.close()
        with contextlib.suppress(Exception):
            await writer.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader) -> tuple[int, tuple[str, str]]:
        request_line = (await reader.readline()).decode("latin-1").strip()
        parts = request_line.split(" ")
        if len(parts) != 3:
            raise ValueError("not HTTP")
        method, target, _version = parts
        headers: dict[str, str] = {}
        while True:
            line = (await reader.readline()).decode("latin-1")
            if line in ("\r\n", "\n", ""):
                break
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        path = urlsplit(target).path
        if path != f"/callback/{self.state}":
            return 404, (QCoreApplication.translate("PairingListener", "Not found"), _only_btcpay())
        if method != "POST":
            return 405, (
                QCoreApplication.translate("PairingListener", "Waiting for BTCPay"),
                QCoreApplication.translate(
                    "PairingListener", "Approve the request on BTCPay's page."
                ),
            )
        length = int(headers.get("content-length", "0") or 0)
        if length <= 0 or length > MAX_BODY:
            raise ValueError("bad length")
        body = (await reader.readexactly(length)).decode("utf-8", errors="replace")
        fields = parse_qsl(body, keep_blank_values=True)
        api_key = next((v.strip() for k, v in fields if k == "apiKey" and v.strip()), None)
        if not api_key:
            return 400, (
                QCoreApplication.translate("PairingListener", "No key received"),
                QCoreApplication.translate(
                    "PairingListener", "BTCPay's answer did not contain an API key."
                ),
            )
        user_id = next((v for k, v in fields if k == "userId"), None) or None
        permissions = tuple(v for k, v in fields if k in ("permissions[]", "permissions") and v)
        if self._result is not None and not self._result.done():
            self._result.set_result(PairingResult(api_key, user_id, permissions))
        return 200, (
            QCoreApplication.translate("PairingListener", "Box Office is connected"),
            QCoreApplication.translate(
                "PairingListener", "You can close this tab and go back to Box Office."
            ),
        )


def _only_btcpay() -> str:
    return QCoreApplication.translate(
        "PairingListener", "This address only accepts BTCPay's answer."
    )
