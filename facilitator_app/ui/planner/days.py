"""The workshop's days as tabs, with the buttons to add, edit and remove a day (undoable)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabBar,
    QWidget,
)

from facilitator_app.services import agenda as service
from facilitator_app.text import fold
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.planner.dialogs import DayDialog, DayFields, weekend_warning
from facilitator_app.ui.planner.workdays import proposed_date

# How the page runs an undoable operation: (label, do, undo) -> do's result or None.
Runner = Callable[..., Any]  # runs one named operation of the services (PlannerPage._run)


class DayBar(QWidget):
    day_chosen = Signal(int)

    def __init__(
        self, ctx: AppContext, workshop_id: int, run: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self._run = run
        self.days: tuple[service.DayView, ...] = ()
        self._loading = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabBar()
        self.tabs.setObjectName("plannerDays")
        self.tabs.setExpanding(False)
        self.tabs.currentChanged.connect(self._tab_chosen)
        row.addWidget(self.tabs, 1)
        self.remove_button = QPushButton()
        for text, slot, name in (
            (self.tr("Add day"), self.add_day, "plannerAddDay"),
            (self.tr("Edit day…"), self.edit_day, "plannerEditDay"),
            (self.tr("Remove day"), self.remove_day, "plannerRemoveDay"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            row.addWidget(button)
            if name == "plannerRemoveDay":
                self.remove_button = button
        # After a rehearsal run: forget the times it recorded (shown only when there are some).
        self.clear_times_button = QPushButton(self.tr("Clear actual times…"))
        self.clear_times_button.setObjectName("plannerClearActualTimes")
        self.clear_times_button.setToolTip(
            self.tr("Forget the start and end times the live run recorded for this day")
        )
        self.clear_times_button.clicked.connect(lambda: self.clear_actual_times())
        self.clear_times_button.hide()
        row.insertWidget(1, self.clear_times_button)

    def label(self, number: int, day: service.DayView) -> str:
        label = self.tr("Day {n}").format(n=number)
        title = day.title.strip()
        if not title:
            return label
        # A title that already says "Day 1" ("Jour 1", "Jour 1 : ouverture") is not repeated.
        rest = fold(title).removeprefix(fold(label))
        if rest != fold(title) and not rest[:1].isdigit():
            return title
        return f"{label} — {title}"

    def show_days(self, days: tuple[service.DayView, ...], current: int | None) -> None:
        """Show the days without announcing a choice (the page already knows it)."""
        self.days = days
        self._loading = True
        try:
            while self.tabs.count() > len(days):
                self.tabs.removeTab(self.tabs.count() - 1)
            for number, day in enumerate(days):
                if number < self.tabs.count():
                    self.tabs.setTabText(number, self.label(number + 1, day))
                else:
                    self.tabs.addTab(self.label(number + 1, day))
                self.tabs.setTabData(number, day.id)
                self._mark_weekend(number, day)
            ids = [day.id for day in days]
            if current in ids:
                self.tabs.setCurrentIndex(ids.index(current))
        finally:
            self._loading = False
        self.remove_button.setEnabled(len(days) > 1)
        self._show_clear_times()

    def _show_clear_times(self) -> None:
        day = self.current()
        recorded = day is not None and any(i.has_started or i.has_run for i in day.items)
        self.clear_times_button.setVisible(recorded)

    def _mark_weekend(self, index: int, day: service.DayView) -> None:
        warning = weekend_warning(day.date) if day.date is not None else ""
        sign = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.tabs.setTabIcon(index, sign if warning else QIcon())
        self.tabs.setTabToolTip(index, warning)
        self.tabs.setTabTextColor(index, QColor("#b35900") if warning else QColor())

    def current(self) -> service.DayView | None:
        index = self.tabs.currentIndex()
        return self.days[index] if 0 <= index < len(self.days) else None

    def choose(self, day_id: int) -> None:
        ids = [day.id for day in self.days]
        if day_id in ids:
            self.tabs.setCurrentIndex(ids.index(day_id))

    def _tab_chosen(self, index: int) -> None:
        if not self._loading and index >= 0:
            self._show_clear_times()
            self.day_chosen.emit(self.tabs.tabData(index))

    def add_day(self, fields: DayFields | None = None) -> int | None:
        if fields is None:
            last = self.days[-1] if self.days else None
            start = last.start_time if last else time(9, 0)
            proposed = proposed_date(day.date for day in self.days)
            dialog = DayDialog(
                DayFields(proposed, "", last.venue if last else "", start), self, self.ctx.language
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            fields = dialog.fields()
        day_id = self._run(
            service.add_day,
            self.workshop_id,
            date=fields.date,
            title=fields.title,
            venue=fields.venue,
            start_time=fields.start_time,
        )
        if day_id is not None:
            self.choose(day_id)
        return day_id  # type: ignore[no-any-return]

    def edit_day(self, fields: DayFields | None = None) -> None:
        day = self.current()
        if day is None:
            return
        if fields is None:
            dialog = DayDialog(
                DayFields(day.date, day.title, day.venue, day.start_time), self, self.ctx.language
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            fields = dialog.fields()
        self._run(
            service.update_day,
            day.id,
            date=fields.date,
            title=fields.title,
            venue=fields.venue,
            start_time=fields.start_time,
        )

    def remove_day(self) -> None:
        day = self.current()
        if day is None:
            return
        self._run(service.remove_day, day.id)

    def clear_actual_times(self, *, confirmed: bool = False) -> None:
        """Forget the actual times recorded on the current day, after asking (undoable)."""
        day = self.current()
        if day is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Clear actual times"),
                self.tr(
                    "Forget the actual start and end times recorded for “{day}”? The plan "
                    "itself is kept. You can undo this."
                ).format(day=self.label(self.days.index(day) + 1, day)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(service.clear_actual_times, day.id)
