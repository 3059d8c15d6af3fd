"""The server side of a websocket (RFC 6455), for the simulator's loopback server.

Only what BTCPay's invoice status socket needs (`GetStatusWebSocket` in
BTCPayServer/Controllers/UIInvoiceController.UI.cs): the opening handshake with
`Sec-WebSocket-Accept` (RFC 6455 §4.2), unmasked frames from the server and masked ones from
the client (§5.1-5.3), pongs for pings (§5.5.2-5.5.3) and the closing handshake (§5.5.1,
§7). No extensions, no subprotocols; what the client sends besides control frames is read and
ignored, as BTCPay reads it into a one-byte dummy buffer. Written on the standard library so
the simulator stays stdlib + httpx.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import socket
import struct
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from io import BufferedIOBase

#: RFC 6455 §1.3: the GUID appended to the client's key before hashing.
GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

CONTINUATION, TEXT, BINARY, CLOSE, PING, PONG = 0x0, 0x1, 0x2, 0x8, 0x9, 0xA
CONTROL = frozenset({CLOSE, PING, PONG})
DATA = frozenset({CONTINUATION, TEXT, BINARY})

NORMAL_CLOSURE = 1000
GOING_AWAY = 1001
PROTOCOL_ERROR = 1002
MESSAGE_TOO_BIG = 1009

#: The most a client frame may carry here (the status socket expects next to nothing).
MAX_FRAME = 1 << 16


class ProtocolError(Exception):
    """The client broke RFC 6455; `code` is the close code to answer with."""

    def __init__(self, message: str, code: int = PROTOCOL_ERROR) -> None:
        super().__init__(message)
        self.code = code


def accept_key(key: str) -> str:
    """`Sec-WebSocket-Accept` for a `Sec-WebSocket-Key` (RFC 6455 §4.2.2 step 5.4)."""
    digest = hashlib.sha1((key.strip() + GUID).encode("ascii")).digest()
    return base64.b64encode(digest).decode("ascii")


def handshake_problem(method: str, headers: Mapping[str, str]) -> str | None:
    """Why an opening handshake is not acceptable (RFC 6455 §4.2.1), or None.

    `headers` has lower-case names.
    """
    if method.upper() != "GET":
        return "a websocket opens with GET"
    if "websocket" not in headers.get("upgrade", "").lower():
        return "Upgrade: websocket is missing"
    tokens = {t.strip().lower() for t in headers.get("connection", "").split(",")}
    if "upgrade" not in tokens:
        return "Connection: Upgrade is missing"
    if headers.get("sec-websocket-version", "").strip() != "13":
        return "Sec-WebSocket-Version must be 13"
    try:
        key = base64.b64decode(headers.get("sec-websocket-key", "").strip(), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 16:
        return "Sec-WebSocket-Key must be 16 bytes in base64"
    return None


def handshake_headers(key: str) -> dict[str, str]:
    """The headers of the 101 answer (RFC 6455 §4.2.2 step 5)."""
    return {
        "Upgrade": "websocket",
        "Connection": "Upgrade",
        "Sec-WebSocket-Accept": accept_key(key),
    }


@dataclass
class Frame:
    fin: bool
    opcode: int
    payload: bytes


def encode_frame(opcode: int, payload: bytes = b"", *, mask: bytes | None = None) -> bytes:
    """One final frame. A server sends it unmasked (`mask` None, §5.1); a client (a test)
    passes a 4-byte mask."""
    first = 0x80 | opcode
    length = len(payload)
    mask_bit = 0x80 if mask is not None else 0
    if length < 126:
        header = struct.pack("!BB", first, mask_bit | length)
    elif length < 1 << 16:
        header = struct.pack("!BBH", first, mask_bit | 126, length)
    else:
        header = struct.pack("!BBQ", first, mask_bit | 127, length)
    if mask is None:
        return header + payload
    if len(mask) != 4:
        raise ValueError("a mask is 4 bytes")
    return header + mask + _unmask(payload, mask)


def _unmask(payload: bytes, mask: bytes) -> bytes:
    """XOR with the repeated 4-byte key (§5.3); the same operation masks and unmasks."""
    if not payload:
        return payload
    repeated = (mask * (len(payload) // 4 + 1))[: len(payload)]
    return (int.from_bytes(payload, "big") ^ int.from_bytes(repeated, "big")).to_bytes(
        len(payload), "big"
    )


def _read_exactly(stream: BufferedIOBase, count: int) -> bytes:
    data = stream.read(count) if count else b""
    if len(data) < count:
        raise EOFError("the connection closed inside a frame")
    return data


def read_frame(stream: BufferedIOBase, *, masked: bool = True, max_size: int = MAX_FRAME) -> Frame:
    """Read one frame. `masked`: a client's frames must be masked (§5.1); a test reading the
    server's frames passes False, and they must not be. Raises EOFError at the end of the
    stream and ProtocolError for a frame RFC 6455 forbids."""
    first, second = _read_exactly(stream, 2)
    if first & 0x70:
        raise ProtocolError("reserved bits set without an extension")
    fin, opcode = bool(first & 0x80), first & 0x0F
    if opcode not in CONTROL and opcode not in DATA:
        raise ProtocolError(f"unknown opcode {opcode:#x}")
    has_mask, length = bool(second & 0x80), second & 0x7F
    if has_mask != masked:
        raise ProtocolError("client frames are masked, server frames are not")
    if opcode in CONTROL and (length > 125 or not fin):
        raise ProtocolError("a control frame is short and not fragmented")
    if length == 126:
        (length,) = struct.unpack("!H", _read_exactly(stream, 2))
    elif length == 127:
        (length,) = struct.unpack("!Q", _read_exactly(stream, 8))
    if length > max_size:
        raise ProtocolError("frame too big", MESSAGE_TOO_BIG)
    mask = _read_exactly(stream, 4) if has_mask else None
    payload = _read_exactly(stream, length)
    return Frame(fin, opcode, _unmask(payload, mask) if mask else payload)


def close_payload(code: int, reason: str = "") -> bytes:
    return struct.pack("!H", code) + reason.encode("utf-8")[:123]


class ServerWebSocket:
    """An accepted websocket on a connection of the loopback server.

    Sends are thread-safe. `start()` runs a reader thread that answers pings with pongs
    (the same payload, §5.5.3), notes pongs, ignores data and ends on the client's close
    frame (answering it, §5.5.1), a protocol error or the end of the stream; `closed` is set
    then. `close()` starts the closing handshake from the server's side.
    """

    def __init__(
        self,
        connection: socket.socket,
        rfile: BufferedIOBase,
        wfile: BufferedIOBase,
        *,
        on_pong: Callable[[bytes], None] | None = None,
    ) -> None:
        self._connection = connection
        self._rfile = rfile
        self._wfile = wfile
        self._on_pong = on_pong
        self._write_lock = threading.Lock()
        self._close_sent = False
        self.closed = threading.Event()
        self.close_code: int | None = None
        self._reader = threading.Thread(target=self._read, name="sim-websocket", daemon=True)

    def start(self) -> None:
        self._reader.start()

    def send(self, opcode: int, payload: bytes = b"") -> None:
        """Send one frame; OSError when the connection is gone (then `closed` is set)."""
        with self._write_lock:
            if self._close_sent:
                raise OSError("the websocket is closing")
            if opcode == CLOSE:
                self._close_sent = True
            try:
                self._wfile.write(encode_frame(opcode, payload))
                self._wfile.flush()
            except OSError:
                self.closed.set()
                raise

    def send_binary(self, payload: bytes) -> None:
        self.send(BINARY, payload)

    def send_text(self, text: str) -> None:
        self.send(TEXT, text.encode("utf-8"))

    def close(self, code: int = NORMAL_CLOSURE, reason: str = "", wait: float = 1.0) -> None:
        """Send a close frame (unless one went already), wait up to `wait` seconds for the
        client's, then end the TCP connection (the server closes it first, §7.1.1)."""
        with contextlib.suppress(OSError):
            self.send(CLOSE, close_payload(code, reason))
        self.closed.wait(wait)
        self.closed.set()
        with contextlib.suppress(OSError):
            self._connection.shutdown(socket.SHUT_RDWR)

    def _read(self) -> None:
        try:
            while True:
                frame = read_frame(self._rfile)
                if frame.opcode == PING:
                    self.send(PONG, frame.payload)
                elif frame.opcode == PONG:
                    if self._on_pong is not None:
                        self._on_pong(frame.payload)
                elif frame.opcode == CLOSE:
                    code = NORMAL_CLOSURE
                    if len(frame.payload) >= 2:
                        (code,) = struct.unpack("!H", frame.payload[:2])
                    self.close_code = code
                    # OSError: the server's close went first, and this was the answer to it.
                    with contextlib.suppress(OSError):
                        self.send(CLOSE, close_payload(code))
                    return
        except ProtocolError as error:
            with contextlib.suppress(OSError):
                self.send(CLOSE, close_payload(error.code, str(error)))
        except (EOFError, OSError, ValueError):
            pass  # the client went away (ValueError: the file was closed under us)
        finally:
            self.closed.set()
