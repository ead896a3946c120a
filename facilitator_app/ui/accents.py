"""Capital accents are never clipped. In the fonts we run on (DejaVu Sans), the accent of "É"
rises a pixel or two above the font's ascent, and a QLabel draws its text from the top of its
contents: the top of the accent was cut off, the more so in large bold headings. Every label
gets, when it is polished or its font changes, the few pixels of headroom its font needs."""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

TALL_CAPITALS = "ÉÈÊÀÂÎÔÛÇÅÄ"  # the highest marks of French (and a few neighbours)


@cache
def _needed(font_key: str) -> int:
    font = QFont()
    font.fromString(font_key)
    metrics = QFontMetrics(font)
    top = -metrics.tightBoundingRect(TALL_CAPITALS).top()
    return max(0, math.ceil(top) - metrics.ascent())


def headroom(label: QLabel) -> int:
    """The pixels a label's font needs above its ascent for a capital accent."""
    return _needed(label.font().toString())


class AccentHeadroom(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLabel) and event.type() in (
            QEvent.Type.Polish,
            QEvent.Type.FontChange,
        ):
            needed = headroom(watched)
            margins = watched.contentsMargins()
            if margins.top() < needed:
                watched.setContentsMargins(
                    margins.left(), needed, margins.right(), margins.bottom()
                )
        return False


_installed: list[AccentHeadroom] = []


def install_accent_headroom(app: QApplication) -> None:
    """Once per application (the main window and the launch both ask)."""
    if not _installed:
        guard = AccentHeadroom(app)
        app.installEventFilter(guard)
        _installed.append(guard)
