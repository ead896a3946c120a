"""The planner's two dialogs: a day's date, title, venue and start; and the tool picker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
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
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.timefmt import format_duration
from facilitator_app.tools.model import Tool


@dataclass(frozen=True)
class DayFields:
    date: date | None
    title: str
    venue: str
    start_time: time


class DayDialog(QDialog):
    def __init__(self, fields: DayFields, parent: QWidget | None = None) -> None:
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
        self.title = QLineEdit(fields.title)
        self.title.setObjectName("dayTitle")
        form.addRow(self.tr("Title"), self.title)
        self.venue = QLineEdit(fields.venue)
        self.venue.setObjectName("dayVenue")
        form.addRow(self.tr("Venue"), self.venue)
        self.start = QTimeEdit(QTime(fields.start_time.hour, fields.start_time.minute))
        self.start.setObjectName("dayStart")
        self.start.setDisplayFormat("HH:mm")
        form.addRow(self.tr("Starts at"), self.start)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def fields(self) -> DayFields:
        chosen = self.date.date()
        start = self.start.time()
        return DayFields(
            date(chosen.year(), chosen.month(), chosen.day())
            if self.has_date.isChecked()
            else None,
            self.title.text(),
            self.venue.text(),
            time(start.hour(), start.minute()),
        )


class ToolPicker(QDialog):
    """Choose a tool of the library to add to the agenda; type to filter by name or summary."""

    def __init__(self, tools: tuple[Tool, ...], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an activity from the library"))
        self.resize(560, 480)
        self.language = language
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
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to the agenda"))
        # An activity of the facilitator's own making, with no tool behind it.
        self.without_tool = False
        blank = buttons.addButton(
            self.tr("Activity without a tool"), QDialogButtonBox.ButtonRole.ActionRole
        )
        blank.setObjectName("toolPickerBlank")
        blank.clicked.connect(self._choose_blank)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ordered = sorted(tools, key=lambda t: t.text(language).name.casefold())
        for tool in ordered:
            text = tool.text(language)
            row = QListWidgetItem(
                f"{text.name} — {format_duration(tool.duration_minutes, language)}"
            )
            row.setData(Qt.ItemDataRole.UserRole, tool)
            row.setToolTip(text.summary)
            self.list.addItem(row)
        self.search.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._show_summary)
        self.list.itemDoubleClicked.connect(lambda _row: self.accept())
        if self.list.count():
            self.list.setCurrentRow(0)

    def _choose_blank(self) -> None:
        self.without_tool = True
        self.accept()

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        first = None
        for n in range(self.list.count()):
            row = self.list.item(n)
            tool: Tool = row.data(Qt.ItemDataRole.UserRole)
            words = tool.text(self.language)
            hay = f"{words.name} {words.summary} {tool.id} {' '.join(tool.purposes)}".casefold()
            row.setHidden(bool(needle) and needle not in hay)
            if first is None and not row.isHidden():
                first = row
        if first is not None and (
            self.list.currentItem() is None or self.list.currentItem().isHidden()
        ):
            self.list.setCurrentItem(first)

    def _show_summary(self, row: QListWidgetItem | None) -> None:
        if row is None:
            self.summary.setText("")
            return
        tool: Tool = row.data(Qt.ItemDataRole.UserRole)
        self.summary.setText(tool.text(self.language).summary)

    def chosen(self) -> Tool | None:
        row = self.list.currentItem()
        if row is None or row.isHidden():
            return None
        return row.data(Qt.ItemDataRole.UserRole)  # type: ignore[no-any-return]
