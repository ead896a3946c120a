"""The day's agenda in the console: planned and projected times, which item runs, and how late
or early the room is (from the planner's projection of the actual times)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from facilitator_app import agenda
from facilitator_app.models import utcnow
from facilitator_app.services import agenda as agenda_service
from facilitator_app.timefmt import format_clock, format_duration

log = logging.getLogger(__name__)
REFRESH_MS = 30_000  # the projection moves with the clock; minutes are enough


class AgendaPanel(QWidget):
    item_chosen = Signal(int)  # an agenda item id, double-clicked

    def __init__(self, db, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.day_id: int | None = None
        self.current_item_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lateness = QLabel()
        self.lateness.setObjectName("liveLateness")
        self.lateness.setStyleSheet("font-weight: 600; font-size: 12pt;")
        layout.addWidget(self.lateness)
        self.tree = QTreeWidget()
        self.tree.setObjectName("liveAgenda")
        self.tree.setRootIsDecorated(False)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setHeaderLabels([self.tr("Planned"), self.tr("Projected"), self.tr("Item")])
        self.tree.itemDoubleClicked.connect(self._chosen)
        layout.addWidget(self.tree, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def show_day(self, day_id: int, current_item_id: int | None) -> None:
        self.day_id = day_id
        self.current_item_id = current_item_id
        self.refresh()

    def refresh(self) -> None:
        if self.day_id is None:
            return
        day = agenda_service.day_agenda(self.db, self.day_id)
        projection = None
        try:
            projection = agenda_service.project_day(self.db, self.day_id, utcnow())
        except Exception:  # the planner's projection is a help, never a reason to stop
            log.exception("could not project the day")
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        for index, item in enumerate(day.items):
            projected = ""
            if projection is not None and index < len(projection.slots):
                slot = projection.slots[index]
                projected = format_clock(agenda.clock(slot.start), self.language)
            row = QTreeWidgetItem(
                [format_clock(item.start_time, self.language), projected, item.title]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, item.id)
            if item.id == self.current_item_id:
                for column in range(3):
                    row.setFont(column, bold)
                    row.setBackground(column, QBrush(QColor("#FFE08A")))
                    row.setForeground(column, QBrush(QColor("#000000")))
            self.tree.addTopLevelItem(row)
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        self.lateness.setText(self._lateness_text(projection))

    def _lateness_text(self, projection: agenda.Projection | None) -> str:
        if projection is None:
            return ""
        delay = projection.delay_minutes
        end = format_clock(agenda.clock(projection.projected_end), self.language)
        if delay > 0:
            return self.tr("{delay} late - the day ends at {time}").format(
                delay=format_duration(delay, self.language), time=end
            )
        if delay < 0:
            return self.tr("{delay} early - the day ends at {time}").format(
                delay=format_duration(-delay, self.language), time=end
            )
        return self.tr("On time - the day ends at {time}").format(time=end)

    def _chosen(self, row: QTreeWidgetItem, _column: int) -> None:
        item_id = row.data(0, Qt.ItemDataRole.UserRole)
        if item_id is not None:
            self.item_chosen.emit(int(item_id))
