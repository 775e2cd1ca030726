"""Work-arounds for bugs of the Qt bindings, applied once when `gui` is imported.

PySide6 6.12 returns `None` from C++ methods that return void without taking a new reference
to it, so every such call (`setPen`, `setFormats`, `fillRect`, ...) takes one reference away
from `None`. On Python 3.11 `None` is reference-counted like any object, and after a few
thousand calls CPython aborts with "none_dealloc: deallocating None". Python 3.12 made `None`
immortal (PEP 683), so there the bug is harmless. Here, before any Qt call, `None` is given a
reserve of references far larger than a process could ever take away.

Imports only the standard library; must not import Qt (it runs before Qt loads).
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 void calls at a few million per second would take days of continuous painting.
NONE_REFERENCE_RESERVE = 1 << 40


def reserve_none_references() -> None:
    """Give `None` a reserve of references on CPython before 3.12; no-op elsewhere."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    # The reference count is the first field of every CPython object.
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < NONE_REFERENCE_RESERVE:
        count.value += NONE_REFERENCE_RESERVE
