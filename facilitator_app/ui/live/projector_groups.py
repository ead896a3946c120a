"""The groups or tables on the projector: one card per group, its name large and who sits
there (name and organisation), as large as the room allows, so people find their table from
the back of the room."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from facilitator_app.ui.live.display import DisplayState
from facilitator_app.ui.live.fonts import projector_font
from facilitator_app.ui.live.projector_text import InkCache, fitted_text
from facilitator_app.ui.live.theme import Colours


def grid(count: int, width: float, height: float) -> tuple[int, int]:
    """(columns, rows) for `count` cards, keeping them as wide as they are tall or wider."""
    if count <= 0:
        return (1, 1)
    best = (count, 1)
    best_score = 0.0
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        card_w, card_h = width / columns, height / rows
        # Names are written across: a card twice as wide as tall reads best.
        score = min(card_w, card_h * 2) * min(card_h, card_w / 2)
        if score > best_score:
            best, best_score = (columns, rows), score
    return best


def paint_groups(ink: InkCache, p: QPainter, w: int, h: int, s: DisplayState, c: Colours) -> None:
    u = h / 100
    margin = max(2 * u, w * 0.02)
    top = 3 * u
    if s.groups_title:
        pixel = int(5 * u)
        metrics = QFontMetricsF(projector_font(pixel))
        ink.draw(p, QPointF(margin, top + metrics.ascent()), s.groups_title, pixel, c.secondary)
        top += pixel * 1.4
    cards = s.groups
    columns, rows = grid(len(cards), w - 2 * margin, h - top - margin)
    gap = 1.5 * u
    card_w = (w - 2 * margin - gap * (columns - 1)) / columns
    card_h = (h - top - margin - gap * (rows - 1)) / rows
    tallest = max((len(card.members) for card in cards), default=0)
    # One size for every card (a table with fewer people does not shout louder).
    label_px = int(min(7 * u, card_h / 4))
    member_px = int(min(4.5 * u, (card_h - label_px * 1.6) / max(1, tallest) / 1.2))
    member_px = max(int(1.6 * u), member_px)
    pen = QPen(c.bar_track, max(2.0, u * 0.3))
    for index, card in enumerate(cards):
        column, row = index % columns, index // columns
        x = margin + column * (card_w + gap)
        y = top + row * (card_h + gap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(x, y, card_w, card_h), u, u)
        inner = card_w - 2 * u
        metrics = QFontMetricsF(projector_font(label_px))
        ink.draw(p, QPointF(x + u, y + u + metrics.ascent()), card.label, label_px, c.text)
        line_y = y + u + label_px * 1.5
        for name, organisation in card.members:
            line_y = _member(ink, p, x + u, line_y, inner, name, organisation, member_px, c)


def _member(
    ink: InkCache,
    p: QPainter,
    x: float,
    y: float,
    width: float,
    name: str,
    organisation: str,
    pixel: int,
    c: Colours,
) -> float:
    """One person: the name large, the organisation smaller beside it, or under it when the
    line is full; a name too long for the card goes on, it is not cut. Returns the y below."""
    small = max(1, int(pixel * 0.7))
    name_px, pages = fitted_text(name, pixel, max(1, int(pixel * 0.6)), int(width), 1)
    metrics = QFontMetricsF(projector_font(name_px))
    lines = [line for page in pages for line in page]
    for line in lines:
        ink.draw(p, QPointF(x, y + metrics.ascent()), line, name_px, c.text)
        y += name_px * 1.2
    if not organisation:
        return y
    small_metrics = QFontMetricsF(projector_font(small))
    after = f" · {organisation}"
    end = metrics.horizontalAdvance(lines[-1]) if lines else 0.0
    if end + small_metrics.horizontalAdvance(after) <= width:
        baseline = y - name_px * 1.2 + metrics.ascent()
        ink.draw(p, QPointF(x + end, baseline), after, small, c.secondary)
        return y
    org_px, org_pages = fitted_text(organisation, small, max(1, int(small * 0.6)), int(width), 1)
    org_metrics = QFontMetricsF(projector_font(org_px))
    for page in org_pages:
        for line in page:
            ink.draw(p, QPointF(x, y + org_metrics.ascent()), line, org_px, c.secondary)
            y += org_px * 1.2
    return y
