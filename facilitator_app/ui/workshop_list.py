"""The list of workshops (and templates) on the left of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.changes import Change
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.formatting import format_date_range
from facilitator_app.ui.workshop_list_delegate import DETAIL_ROLE, WorkshopItemDelegate
from facilitator_app.workshop_summary import WorkshopSummary

WORKSHOP_ID_ROLE = Qt.ItemDataRole.UserRole


class WorkshopListPanel(QWidget):
    selected = Signal(object)  # workshop id or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._chosen_before_data = False
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter workshops"))
        self.filter.setAccessibleName(self.tr("Filter workshops"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setObjectName("workshopList")
        self.list.setAccessibleName(self.tr("Workshops"))
        self.list.setItemDelegate(WorkshopItemDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.list, 1)
        self.show_templates = QCheckBox(self.tr("Show templates"))
        self.show_templates.toggled.connect(lambda _=False: self.refresh())
        layout.addWidget(self.show_templates)
        ctx.changed.connect(self._on_change)
        ctx.database_ready.connect(self.refresh)
        if ctx.has_database:
            self.refresh()

    def _on_change(self, change: Change) -> None:
        # Days and participants are counted on each line: they follow those changes too.
        if change.area in ("workshops", "agenda", "participants"):
            self.refresh()

    def refresh(self) -> None:
        from facilitator_app.services import workshops as service

        templates = None if self.show_templates.isChecked() else False
        self._fill(service.list_workshops(self.ctx.db, templates=templates))

    def show_glance(self, summaries: list[WorkshopSummary]) -> None:
        """The workshops read from the file before the database is open (storage/glance.py):
        listed at once; choosing one waits until the data is attached, then opens it."""
        if not self.ctx.has_database:
            self._fill(summaries)

    def _fill(self, summaries: list[WorkshopSummary]) -> None:
        keep = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for summary in summaries:
            title = summary.title
            if summary.is_template:
                title = self.tr("{title} (template)").format(title=title)
            when = format_date_range(summary.first_date, summary.last_date)
            days = self.tr("%n day(s)", "", summary.days)
            people = self.tr("%n participant(s)", "", summary.participants)
            detail = f"{days}, {people}"
            entry = QListWidgetItem(title)
            entry.setData(DETAIL_ROLE, f"{when + ' · ' if when else ''}{detail}")
            entry.setData(WORKSHOP_ID_ROLE, summary.id)
            entry.setToolTip(summary.title)
            self.list.addItem(entry)
            if summary.id == keep:
                self.list.setCurrentItem(entry)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())
        chosen_early = self._chosen_before_data and self.ctx.has_database
        if chosen_early or self.current_id() != keep:
            self._chosen_before_data = False
            self.selected.emit(self.current_id())

    def _apply_filter(self, text: str) -> None:
        from facilitator_app.text import fold

        needle = fold(text)
        for row in range(self.list.count()):
            entry = self.list.item(row)
            haystack = fold(f"{entry.text()} {entry.data(DETAIL_ROLE)}")
            entry.setHidden(bool(needle) and needle not in haystack)

    def current_id(self) -> int | None:
        entry = self.list.currentItem()
        return None if entry is None else int(entry.data(WORKSHOP_ID_ROLE))

    def select(self, workshop_id: int | None) -> None:
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.data(WORKSHOP_ID_ROLE) == workshop_id:
                self.list.setCurrentItem(entry)
                return

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if not self.ctx.has_database:  # a glance line: opened when the data is attached
            self._chosen_before_data = current is not None
            return
        self.selected.emit(None if current is None else int(current.data(WORKSHOP_ID_ROLE)))
