"""The planner's two dialogs: a day's date, title, venue and start; and the tool picker."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.text import fold
from facilitator_app.timefmt import format_duration
from facilitator_app.tools.model import Tool
from facilitator_app.tools.search import SearchIndex
from facilitator_app.ui.planner.clock_field import ClockField
from facilitator_app.ui.planner.workdays import SATURDAY, is_weekend


@dataclass(frozen=True)
class DayFields:
    date: date | None
    title: str
    venue: str
    start_time: time


def weekend_warning(value: date) -> str:
    """What the day tab and the day dialog say when a training day falls on a weekend."""
    if not is_weekend(value):
        return ""
    if value.weekday() == SATURDAY:
        return "⚠ " + QCoreApplication.translate("DayDialog", "This date is a Saturday")
    return "⚠ " + QCoreApplication.translate("DayDialog", "This date is a Sunday")


class DayDialog(QDialog):
    def __init__(
        self, fields: DayFields, parent: QWidget | None = None, language: str = "fr"
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Day"))
        form = QFormLayout(self)
        self.has_date = QCheckBox(self.tr("Dated"))
        self.has_date.setObjectName("dayHasDate")
        self.date = QDateEdit()
        self.date.setObjectName("dayDate")
        self.date.setCalendarPopup(True)
        chosen = fields.date or date.today()
        self.date.setDate(QDate(chosen.year, chosen.month, chosen.day))
        self.has_date.setChecked(fields.date is not None)
        self.date.setEnabled(fields.date is not None)
        self.has_date.toggled.connect(self.date.setEnabled)
        form.addRow(self.has_date, self.date)
        self.weekend = QLabel()
        self.weekend.setObjectName("dayWeekendWarning")
        self.weekend.setStyleSheet("color: #b35900; font-weight: bold;")
        form.addRow(self.weekend)
        self.has_date.toggled.connect(self._check_weekend)
        self.date.dateChanged.connect(self._check_weekend)
        self._check_weekend()
        self.title = QLineEdit(fields.title)
        self.title.setObjectName("dayTitle")
        form.addRow(self.tr("Title"), self.title)
        self.venue = QLineEdit(fields.venue)
        self.venue.setObjectName("dayVenue")
        form.addRow(self.tr("Venue"), self.venue)
        # The same field as the planner's pinned start: "9h00", "900", "9:00" are all taken.
        self.start = ClockField()
        self.start.setObjectName("dayStart")
        self.start.language = language
        self.start.set_time(fields.start_time)
        form.addRow(self.tr("Starts at"), self.start)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check_weekend(self, *_args: object) -> None:
        chosen = self._chosen_date()
        text = weekend_warning(chosen) if chosen is not None else ""
        self.weekend.setText(text)
        self.weekend.setVisible(bool(text))

    def _chosen_date(self) -> date | None:
        if not self.has_date.isChecked():
            return None
        chosen = self.date.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def accept(self) -> None:
        self.start.finish()  # what was typed, read now (Enter does not leave the field)
        super().accept()

    def fields(self) -> DayFields:
        return DayFields(
            self._chosen_date(),
            self.title.text(),
            self.venue.text(),
            self.start.time() or self.start.shown() or time(9, 0),
        )


class ToolPicker(QDialog):
    """Choose a tool of the library to add to the agenda. Typing searches as the library does
    (accents and case ignored, partial words); the list is in alphabetical order of the names
    in the facilitator's language."""

    def __init__(self, tools: Iterable[Tool], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an activity from the library"))
        self.resize(560, 480)
        self.language = language
        self.index = SearchIndex.of(tools, language)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("toolSearch")
        self.search.setPlaceholderText(self.tr("Search by name or purpose"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("toolList")
        layout.addWidget(self.list, 1)
        self.summary = QLabel()
        self.summary.setObjectName("toolSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setObjectName("toolPickerAdd")
        self.add_button.setText(self.tr("Add to the agenda"))
        # An activity of the facilitator's own making, with no tool behind it.
        self.without_tool = False
        blank = buttons.addButton(
            self.tr("Activity without a tool"), QDialogButtonBox.ButtonRole.ActionRole
        )
        blank.setObjectName("toolPickerBlank")
        blank.clicked.connect(self._choose_blank)
        buttons.accepted.connect(self._accept_chosen)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._show_summary)
        self.list.itemDoubleClicked.connect(lambda _row: self._accept_chosen())
        self._filter("")

    def _choose_blank(self) -> None:
        self.without_tool = True
        self.accept()

    def _accept_chosen(self) -> None:
        if self.chosen() is not None:
            self.accept()

    def _filter(self, text: str) -> None:
        current = self.chosen()
        found = self.index.search(text)
        if not text.strip():  # no query: plain alphabetical order, My tools among the others
            found.sort(key=lambda tool: fold(tool.text(self.language).name))
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for tool in found:
                words = tool.text(self.language)
                row = QListWidgetItem(
                    f"{words.name} — {format_duration(tool.duration_minutes, self.language)}"
                )
                row.setData(Qt.ItemDataRole.UserRole, tool)
                row.setToolTip(words.summary)
                self.list.addItem(row)
        finally:
            self.list.blockSignals(False)
        ids = [tool.id for tool in found]
        keep = current is not None and current.id in ids
        self.list.setCurrentRow(ids.index(current.id) if keep and current else 0 if ids else -1)
        self._show_summary(self.list.currentItem())

    def _show_summary(self, row: QListWidgetItem | None, *_previous: object) -> None:
        tool: Tool | None = row.data(Qt.ItemDataRole.UserRole) if row is not None else None
        self.summary.setText(tool.text(self.language).summary if tool is not None else "")
        self.add_button.setEnabled(tool is not None)

    def chosen(self) -> Tool | None:
        row = self.list.currentItem()
        if row is None:
            return None
        return row.data(Qt.ItemDataRole.UserRole)  # type: ignore[no-any-return]
