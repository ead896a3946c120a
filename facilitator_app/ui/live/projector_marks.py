"""The timer's level said by a shape as well as by its colour (a room with a washed-out beam,
or a colour-blind participant, cannot tell amber from white or red): an outlined warning
triangle while the end nears, a filled one in the last moments. Overtime already has its
own signs: the "+" before the digits and the whole screen in red."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from facilitator_app.ui.live.display import Level

# The mark's height, in units (1 % of the window's height), and the room the header keeps.
MARK_UNITS = 6.0
MARK_ROOM_UNITS = 8.0


def has_mark(level: Level) -> bool:
    return level in (Level.WARNING, Level.FINAL)


def paint_level_mark(
    p: QPainter, right: float, top: float, unit: float, level: Level, ink: QColor, paper: QColor
) -> None:
    """The mark whose right edge is at `right`: outlined for a warning, filled at the end."""
    if not has_mark(level):
        return
    size = MARK_UNITS * unit
    width = size * 1.15
    left = right - width
    triangle = QPolygonF(
        [QPointF(left + width / 2, top), QPointF(right, top + size), QPointF(left, top + size)]
    )
    p.save()
    filled = level is Level.FINAL
    p.setPen(
        QPen(
            ink,
            max(2.0, size * 0.1),
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
    )
    p.setBrush(QBrush(ink) if filled else Qt.BrushStyle.NoBrush)
    p.drawPolygon(triangle)
    # The "!" drawn, not typed: no font may lack it.
    mark = paper if filled else ink
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(mark))
    stroke = size * 0.13
    centre = left + width / 2
    p.drawRoundedRect(QRectF(centre - stroke / 2, top + size * 0.34, stroke, size * 0.34), 2, 2)
    p.drawEllipse(QPointF(centre, top + size * 0.82), stroke * 0.6, stroke * 0.6)
    p.restore()
