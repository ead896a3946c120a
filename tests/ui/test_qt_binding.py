"""The Qt binding must not leak references: PySide6 6.12.0 drops one reference to None on every
call to a Qt method that returns nothing, and Python 3.11 then aborts ("none_dealloc") after a
few minutes of a running timer. pyproject.toml keeps that version out; this test keeps it out."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor


def test_calling_qt_methods_that_return_nothing_keeps_none_alive():
    colour = QColor()
    before = sys.getrefcount(None)
    for _ in range(1000):
        colour.setRed(0)
    assert sys.getrefcount(None) >= before - 10  # a few references may come and go
