"""Keep `None` alive under PySide6 6.12.0 on Python 3.11.

PySide6/shiboken 6.12.0 wheels return `None` from void C++ methods without taking a reference
(correct only on Python 3.12+, where `None` is immortal, PEP 683). On 3.11 every such call
(`setText`, `QPainter.save`, ...) lowers `None`'s reference count by one, and after a few
thousand calls the interpreter aborts with "none_dealloc: deallocating None". 6.11.x is not
affected. Until the dependency pin excludes the broken release, give `None` a reference count
so large that it cannot reach zero: `None` is never freed anyway, so this changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40


def _affected() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    try:
        from importlib.metadata import version

        release = version("shiboken6")
    except Exception:
        return False
    parts = release.split(".")
    return len(parts) >= 2 and parts[:2] == ["6", "12"]


def keep_none_alive() -> bool:
    """Apply the workaround when this interpreter and shiboken need it; True if applied."""
    if not _affected():
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _BOOST:
        refcount.value += _BOOST
    return True


keep_none_alive()
