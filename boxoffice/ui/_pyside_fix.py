"""Keep `None`, `True` and `False` alive under PySide6 6.12.0 on Python 3.11.

PySide6/shiboken 6.12.0 wheels return `None` (from void C++ methods) and sometimes `True` or
`False` without taking a reference: correct only on Python 3.12+, where these objects are
immortal (PEP 683). On 3.11 every such call (`setText`, `QPainter.save`, ...) lowers the
reference count by one, and after a few thousand calls the interpreter aborts with
"none_dealloc: deallocating None" (or "bool_dealloc"). 6.11.x is not affected. Until the
dependency pin excludes the broken release, give these singletons a reference count so large
that it cannot reach zero: they are never freed anyway, so this changes nothing else.
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


def keep_singletons_alive() -> bool:
    """Apply the workaround when this interpreter and shiboken need it; True if applied."""
    if not _affected():
        return False
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _BOOST:
            refcount.value += _BOOST
    return True


keep_singletons_alive()
