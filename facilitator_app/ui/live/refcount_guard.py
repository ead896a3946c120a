"""A guard against a PySide6 6.12 bug on Python 3.11: every call to a Qt method returning
nothing drops one reference to None (Python 3.12 made None immortal, which hides the bug).
After a few tens of thousands of such calls (a running timer makes ~40 a second) Python aborts
with "none_dealloc". The guard measures the leak and, only if present, gives None enough
references to outlive the session. It belongs at application start-up; the live run, which
makes the most calls, applies it when it opens.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtGui import QColor

log = logging.getLogger(__name__)
_RESERVE = 1 << 40
_applied = False


def none_leaks() -> bool:
    probe = QColor()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setRed(0)
    return sys.getrefcount(None) <= before - 16


def guard_none_refcount() -> bool:
    """Returns True when the guard was needed (and applied)."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    if not none_leaks():
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    _applied = True
    log.warning("PySide6 drops references to None here; guard applied")
    return True
