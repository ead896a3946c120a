"""The phases of a tool drawn as a bar: each phase as wide as its share of the time, coloured
by how the room is grouped, with its name, its duration and its grouping."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator_app.text import same_words
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
    BAR_HEIGHT = 34

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseTimeline")
        self.phases: list[TimelinePhase] = []
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
        self.update()

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(400, self.BAR_HEIGHT + 2 * line + 10)

    def part_widths(self, width: float) -> list[float]:
        """Each phase's width in pixels, to scale (tests read this)."""
        total = sum(p.total for p in self.phases) or 1
        return [width * p.total / total for p in self.phases]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        x = 0.0
        for phase, width in zip(self.phases, self.part_widths(self.width() - 1), strict=True):
            colour = QColor(GROUPING_COLOURS.get(phase.grouping, "#777777"))
            bar = QRectF(x, 0, max(width - 2, 1), self.BAR_HEIGHT)
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
            painter.setPen(QColor("white"))
            inner = bar.adjusted(6, 0, -4, 0)
            painter.drawText(
                inner,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(phase.name, Qt.TextElideMode.ElideRight, int(inner.width())),
            )
            painter.setPen(self.palette().text().color())
            duration = format_seconds(phase.seconds)
            if phase.rounds > 1:
                duration += f" × {phase.rounds}"
            below = QRectF(x + 2, self.BAR_HEIGHT + 3, max(width - 6, 1), line)
            painter.drawText(
                below,
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(duration, Qt.TextElideMode.ElideRight, int(below.width())),
            )
            painter.setPen(self.palette().placeholderText().color())
            grouping = label(GROUPINGS, phase.grouping)
            if same_words(grouping, phase.name):
                grouping = ""  # already on the bar
            painter.drawText(
                below.translated(0, line),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(grouping, Qt.TextElideMode.ElideRight, int(below.width())),
            )
            x += width
        painter.end()
