"""Text on the projector: fitted to its place, shrunk within legible limits or paged, never
cut; and drawn once into an image, then copied (text above 64 px is slow to draw)."""

from __future__ import annotations

import math
from collections import OrderedDict
from functools import lru_cache

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from facilitator_app.ui.live.fonts import projector_font

_REFERENCE = 200  # pixel size at which texts are measured before scaling
# Texts shrink to this share of their size before they are paged: 60 % of an instruction's
# 4.2 % of the height is still 27 px on a 1080p projector, read from the back of a room.
SMALLEST = 0.6


@lru_cache(maxsize=64)
def fitted_size(pattern: str, width: float, height: float) -> int:
    """The largest pixel size at which `pattern` fits in width x height (ink, not line box)."""
    metrics = QFontMetricsF(projector_font(_REFERENCE))
    advance = metrics.horizontalAdvance(pattern)
    ink = metrics.tightBoundingRect(pattern).height() or metrics.capHeight()
    if advance <= 0 or ink <= 0:
        return 1
    return max(1, int(_REFERENCE * min(width / advance, height / ink)))


def _wrap(metrics: QFontMetricsF, text: str, width: float) -> list[str]:
    """Greedy word wrap of the whole text; a word wider than the line (an address) is cut
    between letters rather than left to overflow."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while metrics.horizontalAdvance(current) > width and len(current) > 1:
            cut = len(current) - 1
            while cut > 1 and metrics.horizontalAdvance(current[:cut]) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines


@lru_cache(maxsize=256)
def fitted_text(
    text: str, size: int, smallest: int, width: int, max_lines: int
) -> tuple[int, tuple[tuple[str, ...], ...]]:
    """(pixel size, pages of lines) for a text given `max_lines` lines of `size` pixels: the
    largest size down to `smallest` (still legible from the back of the room) at which the
    whole text fits in that height, more lines of smaller letters; past that, the text at the
    smallest size in pages, shown in turn. Never cut, never "…"."""
    budget = size * max_lines
    pixel = size
    while True:
        capacity = max(1, budget // pixel)
        lines = _wrap(QFontMetricsF(projector_font(pixel)), text, width)
        if len(lines) <= capacity:
            return pixel, (tuple(lines),)
        if pixel <= smallest:
            break
        pixel = max(smallest, int(pixel * 0.92))
    pages = tuple(
        tuple(lines[start : start + capacity]) for start in range(0, len(lines), capacity)
    )
    return pixel, pages


@lru_cache(maxsize=256)
def cut_lines(text: str, pixel_size: int, width: int, max_lines: int) -> tuple[str, ...]:
    """Greedy word wrap into at most `max_lines`, the last line ending with "…" when the text
    goes on. Only for the captured outputs' tiles (a card among forty on a wall, whose whole
    text is on the console); instructions and questions go through `fitted_text`, never cut."""
    metrics = QFontMetricsF(projector_font(pixel_size))
    words = text.split()
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[index:])
            break
    if current:
        lines.append(current)
    kept = lines[:max_lines]
    if len(lines) > max_lines and kept:
        kept[-1] = " ".join([kept[-1], *lines[max_lines:]])
        # Elide short of the width so the "…" shows even when the last word just fits.
        last = metrics.elidedText(kept[-1], Qt.TextElideMode.ElideRight, width)
        kept[-1] = last if last.endswith("…") else last.rstrip() + "…"
    return tuple(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in kept)


PAGE_SECONDS = 8  # a text too long for its place shows its pages in turn, this long each


class InkCache:
    """Text above 64 px is drawn by Qt as outlines, several milliseconds a line at 4K: each
    text (and each digit) is drawn once into an image, then copied, which takes a tenth."""

    def __init__(self, capacity: int = 96) -> None:
        self._images: OrderedDict[tuple, tuple[QImage, QPointF]] = OrderedDict()
        self.capacity = capacity

    def draw(
        self, p: QPainter, origin: QPointF, text: str, pixel_size: int, colour: QColor
    ) -> None:
        """Draws `text` with its baseline starting at `origin`, as drawText would."""
        ratio = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        key = (text, pixel_size, colour.rgba(), ratio)
        found = self._images.get(key)
        if found is None:
            found = self._render(text, pixel_size, colour, ratio)
            self._images[key] = found
            if len(self._images) > self.capacity:
                self._images.popitem(last=False)
        else:
            self._images.move_to_end(key)
        image, offset = found
        # Whole-pixel positions keep Qt on its plain blending path (no resampling).
        at = origin + offset
        p.drawImage(QPoint(round(at.x()), round(at.y())), image)

    @staticmethod
    def _render(text: str, pixel_size: int, colour: QColor, ratio: float) -> tuple[QImage, QPointF]:
        font = projector_font(pixel_size)
        # The glyphs' own ink, not the line box: a 4K digit is then a third smaller to copy.
        ink = QFontMetricsF(font).tightBoundingRect(text).adjusted(-3, -3, 3, 3)
        image = QImage(
            max(1, math.ceil(ink.width() * ratio)),
            max(1, math.ceil(ink.height() * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(ratio)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(QPointF(-ink.x(), -ink.y()), text)
        painter.end()
        return image, QPointF(ink.x(), ink.y())
