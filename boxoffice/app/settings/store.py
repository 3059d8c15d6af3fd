"""Where the settings are kept: one JSON file in the config directory, read whatever its
encoding, never larger than a settings file can be, copied aside when damaged or not fully
used, and written atomically and privately.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: Key in the file that is not a setting: the file format, for later migrations.
FORMAT_KEY = "format"
FORMAT_VERSION = 1


#: A settings file holds a few dozen short values; anything this large is not one.
MAX_SETTINGS_BYTES = 1024 * 1024


def settings_text(raw: bytes) -> str:
    """The text of a settings file: UTF-8, with or without the byte-order mark some editors
    write, or UTF-16 or UTF-32 with its mark (Windows Notepad's "Unicode"), so that a hand edit
    saved in another encoding still counts. A file that is not UTF-8 and has no mark is read as
    Windows-1252 (Notepad's "ANSI"), else ISO 8859-1, which every byte is: a hand edit with an
    "é" in a till name still loads, and binary stays not JSON. A marked file that does not
    decode raises `UnicodeDecodeError` (a `ValueError`).
    """
    # UTF-32 LE's mark starts with UTF-16 LE's, so it is looked for first.
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return raw.decode("utf-32")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        if raw.startswith(b"\xef\xbb\xbf"):
            raise
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def read_file(path: Path) -> bytes | None:
    """The file's bytes (one more than `MAX_SETTINGS_BYTES` at most, enough to tell it is too
    large), or None when there is no file. Any other failure to read is an `OSError`."""
    try:
        with path.open("rb") as file:
            return file.read(MAX_SETTINGS_BYTES + 1)
    except FileNotFoundError:
        return None


def parse(raw: bytes) -> dict[str, Any]:
    """The settings object a file's bytes hold; `ValueError` (or `RecursionError`) if none."""
    if len(raw) > MAX_SETTINGS_BYTES:
        raise ValueError("far too large for a settings file")
    text = settings_text(raw)
    # A file nested thousands deep makes the parser recurse until Python stops it.
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not an object")
    return data


def keep_copy(path: Path, raw: bytes) -> Path:
    """A copy of the file aside, or the one kept on an earlier start if it is the same."""
    candidates = [path.with_name(path.name + ".bak")]
    n = 1
    while path.with_name(f"{path.name}.{n}.bak").exists():
        candidates.append(path.with_name(f"{path.name}.{n}.bak"))
        n += 1
    for candidate in candidates:
        with contextlib.suppress(OSError):
            if candidate.read_bytes() == raw:
                return candidate
    return backup_broken_file(path)


def backup_broken_file(path: Path) -> Path:
    backup = path.with_name(path.name + ".bak")
    if backup.exists():
        # Keep the first broken copy: it is the one most likely to hold the user's edits.
        n = 1
        while path.with_name(f"{path.name}.{n}.bak").exists():
            n += 1
        backup = path.with_name(f"{path.name}.{n}.bak")
    shutil.copy2(path, backup)
    os.chmod(backup, 0o600)
    log.warning("settings file %s could not be parsed; copied to %s", path, backup)
    return backup


def write_json_atomically(path: Path, data: Any) -> None:
    """Write JSON so that a reader sees the old file or the new one, never half of one.

    The file is created with mode 0600: it may hold names of buyers (caches) or the till's
    set-up, which is nobody else's business on a shared computer.
    """
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
        ascii_only = False
    except UnicodeEncodeError:
        # A lone surrogate ("\ud800", read from a file's JSON escape) has no UTF-8 form;
        # escaped as JSON allows, it is written and read back exactly (RFC 8259, 7).
        ascii_only = True
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, ensure_ascii=ascii_only, sort_keys=False)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    # Make the rename itself durable (POSIX only; Windows cannot open a directory).
    if hasattr(os, "O_DIRECTORY"):
        with contextlib.suppress(OSError):
            dir_fd = os.open(path.parent, os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
