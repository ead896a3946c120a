"""The phases of a tool drawn as a bar: each phase as wide as its share of the time, coloured
by how the room is grouped, with its name, its duration and its grouping."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator_app.text import same_words
from facilitator_app.timeline_labels import Placed, place_captions, rows_of
from facilitator_app.ui.library.labels import GROUPINGS, format_seconds, label

# One colour per grouping so that "alone" looks the same in every tool.
GROUPING_COLOURS = {
    "alone": "#1f5f8b",
    "pairs": "#3b8ea5",
    "trios": "#4aa39a",
    "fours": "#6cb4a8",
    "small-groups": "#7aa95c",
    "tables": "#b5a33f",
    "whole-room": "#f2a541",
    "fishbowl": "#d96c4f",
    "circle": "#c0587e",
    "client-consultants": "#8a6fb0",
}


@dataclass(frozen=True)
class TimelinePhase:
    name: str
    seconds: int
    rounds: int
    grouping: str
    note: str = ""  # e.g. "one turn per person present": rounds that follow the room

    @property
    def total(self) -> int:
        return self.seconds * self.rounds


class PhaseTimeline(QWidget):
    """Each name on its part of the bar when it fits, otherwise under it; under every part
    its duration and grouping, moved down a row rather than cut when the part is narrow
    (facilitator_app.timeline_labels, as the method sheet does)."""

    BAR_HEIGHT = 34

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseTimeline")
        self.phases: list[TimelinePhase] = []
        self._rows = 1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def set_phases(self, phases: list[TimelinePhase]) -> None:
        self.phases = phases
        self.setToolTip(
            "\n".join(
                f"{p.name} — {format_seconds(p.seconds)}"
                + (f" × {p.rounds}" if p.rounds > 1 else "")
                + f" — {label(GROUPINGS, p.grouping)}"
                + (f" ({p.note})" if p.note else "")
                for p in phases
            )
        )
        self._lay_out()
        self.update()

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(400, self.BAR_HEIGHT + self._rows * 3 * line + 10)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def part_widths(self, width: float) -> list[float]:
        """Each phase's width in pixels, to scale (tests read this)."""
        total = sum(p.total for p in self.phases) or 1
        return [width * p.total / total for p in self.phases]

    def captions(self, width: float) -> list[tuple[bool, list[str], Placed]]:
        """For each phase: whether its name fits on the bar, the lines under it, and where
        they go."""
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        starts, blocks, widths = [], [], []
        x = 0.0
        for phase, part in zip(self.phases, self.part_widths(width), strict=True):
            inside = bold_metrics.horizontalAdvance(phase.name) + 10 <= part - 2
            duration = format_seconds(phase.seconds)
            if phase.rounds > 1:
                duration += f" × {phase.rounds}"
            grouping = label(GROUPINGS, phase.grouping)
            lines = ([] if inside else [phase.name]) + [duration]
            if not same_words(grouping, phase.name):
                lines.append(grouping)
            starts.append(x)
            blocks.append((inside, lines))
            widths.append(
                max(
                    (bold_metrics if i == 0 and not inside else metrics).horizontalAdvance(t)
                    for i, t in enumerate(lines)
                )
                + 4
            )
            x += part
        placed = place_captions(starts, widths, width, gap=6)
        return [
            (inside, lines, where) for (inside, lines), where in zip(blocks, placed, strict=True)
        ]

    def _lay_out(self) -> None:
        rows = max(1, rows_of([where for *_rest, where in self.captions(self.width() - 1)]))
        if rows != self._rows:
            self._rows = rows
            self.setMinimumHeight(self.sizeHint().height())
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        bold = QFont(self.font())
        bold.setBold(True)
        width = self.width() - 1
        x = 0.0
        captions = self.captions(width)
        for phase, part, (inside, lines, where) in zip(
            self.phases, self.part_widths(width), captions, strict=True
        ):
            colour = QColor(GROUPING_COLOURS.get(phase.grouping, "#777777"))
            bar = QRectF(x, 0, max(part - 2, 1), self.BAR_HEIGHT)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(bar, 4, 4)
            if phase.rounds > 1:  # show the repeats as thin separators
                painter.setPen(QPen(QColor(255, 255, 255, 150), 1))
                step = bar.width() / phase.rounds
                for index in range(1, phase.rounds):
                    painter.drawLine(
                        int(bar.left() + step * index), 4, int(bar.left() + step * index), 30
                    )
            if inside:
                painter.setPen(QColor("white"))
                painter.setFont(bold)
                painter.drawText(
                    bar.adjusted(6, 0, -4, 0),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    phase.name,
                )
            y = self.BAR_HEIGHT + 3 + where.row * 3 * line
            grouping = len(lines) - (0 if inside else 1) == 2  # the last line is a grouping
            for number, text in enumerate(lines):
                name_line = number == 0 and not inside
                muted = grouping and number == len(lines) - 1
                painter.setFont(bold if name_line else self.font())
                palette = self.palette()
                brush = palette.placeholderText() if muted else palette.text()
                painter.setPen(brush.color())
                painter.drawText(
                    QRectF(where.x + 2, y, width, line), Qt.AlignmentFlag.AlignLeft, text
                )
                y += line
            x += part
        painter.end()
