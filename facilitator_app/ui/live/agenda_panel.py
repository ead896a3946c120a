"""The day's agenda in the console: planned and projected times, which item runs, and how late
or early the room is. The projection is the planner's arithmetic with the run's own "now" and
the running timer's plan (facilitator_app.timing.projection), so +1 min, a pause or a break
moves every later time at once, and the wording reads it as the planner does. When the day
runs late: which pinned starts will not be kept, and how to finish on time (one key, A,
accepts it; facilitator_app.rebalance)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import agenda, rebalance
from facilitator_app.services.live import LiveRun
from facilitator_app.timefmt import format_clock, format_duration
from facilitator_app.timing.projection import standing

log = logging.getLogger(__name__)
REFRESH_MS = 30_000  # the projection moves with the clock even when nobody touches anything


def _wrapping(label: QLabel) -> QLabel:
    # The sentences change every minute: they wrap inside the panel's width and never ask
    # for more, so the splitter (and the buttons beside it) never move.
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
    return label


class AgendaPanel(QWidget):
    item_chosen = Signal(int)  # an agenda item id, double-clicked
    accept_catch_up = Signal()

    def __init__(
        self,
        run: LiveRun,
        language: str,
        now: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.run = run
        self.language = language
        self.now = now or run.wall_now
        self._shown: tuple | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.proposal: rebalance.Proposal | None = None
        self.lateness = _wrapping(QLabel())
        self.lateness.setObjectName("liveLateness")
        self.lateness.setStyleSheet("font-weight: 600; font-size: 12pt;")
        layout.addWidget(self.lateness)
        self.pins = _wrapping(QLabel())
        self.pins.setObjectName("liveLatePins")
        self.pins.setStyleSheet("color: #a61b1b; font-weight: 700;")
        self.pins.hide()
        layout.addWidget(self.pins)
        self.catch_up = QFrame()
        self.catch_up.setObjectName("liveCatchUp")
        self.catch_up.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self.catch_up)
        box.setContentsMargins(6, 4, 6, 4)
        self.catch_up_text = _wrapping(QLabel())
        self.catch_up_text.setObjectName("liveCatchUpText")
        box.addWidget(self.catch_up_text)
        self.catch_up_button = QPushButton(self.tr("Accept (A)"))
        self.catch_up_button.setObjectName("liveCatchUpAccept")
        self.catch_up_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.catch_up_button.clicked.connect(self.accept_catch_up)
        box.addWidget(self.catch_up_button, 0, Qt.AlignmentFlag.AlignRight)
        self.catch_up.hide()
        layout.addWidget(self.catch_up)
        self.tree = QTreeWidget()
        self.tree.setObjectName("liveAgenda")
        self.tree.setAccessibleName(self.tr("The day’s agenda"))
        self.tree.setRootIsDecorated(False)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setHeaderLabels([self.tr("Planned"), self.tr("Projected"), self.tr("Item")])
        self.tree.itemDoubleClicked.connect(self._chosen)
        layout.addWidget(self.tree, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def refresh(self) -> None:
        """Cheap enough for every timer refresh: plain data, and the rows are only rebuilt
        when a time or the current item changed."""
        projection = None
        try:
            projection = self.run.projection(self.now())
        except Exception:  # the projection is a help, never a reason to stop the room
            log.exception("could not project the day")
        current = self.run.current_item
        rows = tuple(
            (
                item.id,
                format_clock(item.planned_start, self.language),
                self._projected(projection, index),
                item.title,
            )
            for index, item in enumerate(self.run.items)
        )
        self.proposal = self._proposal(projection)
        shown = (
            rows,
            current.id if current else None,
            self._lateness_text(projection),
            self._pins_text(projection),
            self._catch_up_text(self.proposal),
        )
        if shown == self._shown:
            return
        self._shown = shown
        self.pins.setText(shown[3])
        self.pins.setVisible(bool(shown[3]))
        self.catch_up_text.setText(shown[4])
        self.catch_up.setVisible(bool(shown[4]))
        self.catch_up_button.setVisible(bool(self.proposal))
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        for item_id, planned, projected, title in rows:
            row = QTreeWidgetItem([planned, projected, title])
            row.setData(0, Qt.ItemDataRole.UserRole, item_id)
            if current is not None and item_id == current.id:
                for column in range(3):
                    row.setFont(column, bold)
                    row.setBackground(column, QBrush(QColor("#FFE08A")))
                    row.setForeground(column, QBrush(QColor("#000000")))
            self.tree.addTopLevelItem(row)
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        self.lateness.setText(shown[2])

    def _projected(self, projection: agenda.Projection | None, index: int) -> str:
        if projection is None or index >= len(projection.slots):
            return ""
        return format_clock(agenda.clock(projection.slots[index].start), self.language)

    def _lateness_text(self, projection: agenda.Projection | None) -> str:
        if projection is None:
            return ""
        where = standing(projection)
        end = format_clock(agenda.clock(where.end), self.language)
        if where.late > 0:
            text = self.tr("{delay} late - the day ends at {time}").format(
                delay=format_duration(where.late, self.language), time=end
            )
        elif where.ahead > 0:
            text = self.tr("{delay} early - the day ends at {time}").format(
                delay=format_duration(where.ahead, self.language), time=end
            )
        else:
            text = self.tr("On time - the day ends at {time}").format(time=end)
        if not self.run.recording:
            text = self.tr("Rehearsal: {standing}").format(standing=text)
        return text

    def _proposal(self, projection: agenda.Projection | None) -> rebalance.Proposal | None:
        if projection is None or self.run.one_off is not None:
            return None
        items = [
            rebalance.DayItem(
                i.duration_minutes, i.kind, i.pinned_start is not None, i.fixed, i.phases
            )
            for i in self.run.items
        ]
        try:
            return rebalance.propose(projection, items)
        except Exception:  # a help, never a reason to stop the room
            log.exception("could not propose how to catch up")
            return None

    def _pins_text(self, projection: agenda.Projection | None) -> str:
        if projection is None:
            return ""
        return "\n".join(
            self.tr("{time} will not be kept: +{late}").format(
                time=format_clock(agenda.clock(pin.at), self.language),
                late=format_duration(pin.late, self.language),
            )
            for pin in rebalance.late_pins(projection)
        )

    def _catch_up_text(self, proposal: rebalance.Proposal | None) -> str:
        if proposal is None or proposal.late <= 0:
            return ""
        if not proposal.cuts:
            return self.tr("Nothing can be shortened to catch up {late}.").format(
                late=format_duration(proposal.late, self.language)
            )
        lines = [self.tr("To finish on time:")]
        for cut in proposal.cuts:
            title = self.run.items[cut.index].title if cut.index < len(self.run.items) else ""
            if cut.dropped:
                lines.append(self.tr("• {title}: drop it").format(title=title))
            else:
                lines.append(
                    self.tr("• {title}: {before} → {after}").format(
                        title=title,
                        before=format_duration(cut.before, self.language),
                        after=format_duration(cut.minutes, self.language),
                    )
                )
        if proposal.left > 0:
            lines.append(
                self.tr("{left} still cannot be caught up.").format(
                    left=format_duration(proposal.left, self.language)
                )
            )
        return "\n".join(lines)

    def _chosen(self, row: QTreeWidgetItem, _column: int) -> None:
        item_id = row.data(0, Qt.ItemDataRole.UserRole)
        if item_id is not None:
            self.item_chosen.emit(int(item_id))
