"""The methods library: search as you type and filters on the left, built-in tools and My tools
listed apart; the chosen tool on the right, with what the facilitator can do with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.changes import Change
from facilitator_app.errors import UserError
from facilitator_app.organisation.library import is_shared
from facilitator_app.services import library
from facilitator_app.timefmt import format_duration
from facilitator_app.tools import registry
from facilitator_app.tools.model import Tool
from facilitator_app.tools.search import SearchIndex, ToolFilter
from facilitator_app.tools.vocabulary import MATERIALS, PURPOSES
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.errors import reported
from facilitator_app.ui.library import labels as L
from facilitator_app.ui.library.detail import ToolDetail
from facilitator_app.ui.organisation.panel import OrganisationPanel
from facilitator_app.ui.style import icon

DURATIONS = (10, 15, 20, 30, 45, 60, 90)
TOOL_ID_ROLE = Qt.ItemDataRole.UserRole


class LibraryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.ctx = ctx
        self.language = ctx.language
        self.tools: dict[str, Tool] = {}
        self.favourites: frozenset[str] = frozenset()
        self.index = SearchIndex(self.language)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_left())
        self.detail = ToolDetail()
        self.detail.favourite.toggled.connect(self.toggle_favourite)
        self.detail.add_to_agenda.clicked.connect(self.add_to_agenda)
        self.detail.run_now.clicked.connect(self.run_now)
        self.detail.duplicate.clicked.connect(self.duplicate)
        self.detail.edit.clicked.connect(self.edit)
        self.detail.delete.clicked.connect(self.delete)
        self.detail.print_sheet.clicked.connect(self.print_sheet)
        splitter.addWidget(self.detail)
        splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        ctx.changed.connect(self._on_change)
        ctx.current_workshop_changed.connect(lambda _id: self._update_agenda_button())
        ctx.current_day_changed.connect(lambda _id: self._update_agenda_button())
        ctx.language_changed.connect(self._language_changed)
        self.reload()

    # -- left side -----------------------------------------------------------------------------
    def _build_left(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setAccessibleName(self.tr("Search the methods"))
        self.search.setPlaceholderText(self.tr("Search: name, purpose, summary..."))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh_list)
        layout.addWidget(self.search)

        row = QHBoxLayout()
        self.purpose = QComboBox()
        self.purpose.setObjectName("filterPurpose")
        self.purpose.addItem(self.tr("Any purpose"), None)
        for purpose in PURPOSES:
            self.purpose.addItem(L.label(L.PURPOSES, purpose), purpose)
        self.purpose.currentIndexChanged.connect(self.refresh_list)
        row.addWidget(self.purpose)
        self.duration = QComboBox()
        self.duration.setObjectName("filterDuration")
        self.duration.addItem(self.tr("Any length"), None)
        for minutes in DURATIONS:
            self.duration.addItem("", minutes)
        self._name_durations()
        self.duration.currentIndexChanged.connect(self.refresh_list)
        row.addWidget(self.duration)
        layout.addLayout(row)

        row = QHBoxLayout()
        self.group_size = QSpinBox()
        self.group_size.setObjectName("filterGroupSize")
        self.group_size.setAccessibleName(self.tr("Number of people"))
        self.group_size.setRange(0, 2000)
        self.group_size.setSpecialValueText(self.tr("Any number of people"))
        self.group_size.setSuffix(self.tr(" people"))
        self.group_size.valueChanged.connect(self.refresh_list)
        row.addWidget(self.group_size)
        # A push button keeps room for its menu's arrow (a tool button draws it over the text).
        self.materials = QPushButton(self.tr("Material available"))
        self.materials.setObjectName("filterMaterials")
        menu = QMenu(self.materials)
        self.material_actions = {}
        for material in MATERIALS:
            if material == "none":
                continue
            action = menu.addAction(L.label(L.MATERIALS, material))
            action.setCheckable(True)
            action.toggled.connect(self.refresh_list)
            self.material_actions[material] = action
        self.materials.setMenu(menu)
        self.materials.setToolTip(
            self.tr("Tick what you have: only tools needing nothing more are listed")
        )
        row.addWidget(self.materials)
        layout.addLayout(row)

        row = QHBoxLayout()
        self.favourites_only = QCheckBox(self.tr("Favourites only"))
        self.favourites_only.setObjectName("filterFavourites")
        self.favourites_only.toggled.connect(self.refresh_list)
        row.addWidget(self.favourites_only)
        row.addStretch(1)
        self.new_tool = QPushButton(icon("mdi6.plus"), self.tr("New tool..."))
        self.new_tool.setObjectName("newTool")
        self.new_tool.clicked.connect(self.create_tool)
        row.addWidget(self.new_tool)
        layout.addLayout(row)

        self.list = QTreeWidget()
        self.list.setObjectName("libraryList")
        self.list.setAccessibleName(self.tr("Methods"))
        self.list.setHeaderHidden(True)
        self.list.setColumnCount(2)
        self.list.setRootIsDecorated(False)
        self.list.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.list, 1)
        # The organisation library: its methods are a third group of the list.
        self.organisation = OrganisationPanel(self.ctx, box)
        self.organisation.methods_changed.connect(self._organisation_changed)
        self.organisation.select_requested.connect(self.select)
        layout.addWidget(self.organisation)
        return box

    def tool_filter(self) -> ToolFilter:
        available = frozenset(m for m, a in self.material_actions.items() if a.isChecked())
        size = self.group_size.value()
        return ToolFilter(
            purposes=frozenset({self.purpose.currentData()})
            if self.purpose.currentData()
            else frozenset(),
            group_size=size or None,
            max_minutes=self.duration.currentData(),
            materials_available=available or None,
            only=self.favourites if self.favourites_only.isChecked() else None,
        )

    # -- data --------------------------------------------------------------------------------
    def reload(self, *, force: bool = True) -> None:
        """Read the favourites again, and My tools when they changed (or when `force`)."""
        with reported(self):
            self.favourites = library.favourite_ids(self.ctx.db)
            stamp = library.custom_tools_stamp(self.ctx.db)
            if force or stamp != self._stamp:
                mine = library.list_custom_tools(self.ctx.db)
                every = [*registry.builtin_tools(), *mine, *self.organisation.methods()]
                self.tools = {tool.id: tool for tool in every}
                self.index = SearchIndex.of(every, self.language)
                self._stamp = stamp
        self.refresh_list()

    _stamp: object = None

    def _name_durations(self) -> None:
        for row in range(1, self.duration.count()):
            self.duration.setItemText(
                row,
                self.tr("{duration} or less").format(
                    duration=format_duration(self.duration.itemData(row), self.language)
                ),
            )

    def _language_changed(self, language: str) -> None:
        self.language = language
        self._name_durations()
        current = self.current_tool_id()
        self.reload()
        if current:
            self.select(current)

    def _on_change(self, change: Change) -> None:
        if change.area == "tools":
            current = self.current_tool_id()
            self.reload(force=False)
            if current:
                self.select(current)

    def _organisation_changed(self) -> None:
        current = self.current_tool_id()
        self.reload()
        if current:
            self.select(current)

    def refresh_list(self) -> None:
        current = self.current_tool_id()
        found = self.index.search(self.search.text(), self.tool_filter())
        self.list.blockSignals(True)
        self.list.clear()
        builtin = [t for t in found if t.is_builtin]
        shared = [t for t in found if is_shared(t.id)]
        mine = [t for t in found if not t.is_builtin and not is_shared(t.id)]
        self.group_items: dict[str, QTreeWidgetItem] = {}
        groups = [
            ("builtin", self.tr("Methods ({n})").format(n=len(builtin)), builtin),
            ("mine", self.tr("My tools ({n})").format(n=len(mine)), mine),
        ]
        if self.organisation.configured:
            groups.append(("organisation", self.organisation.group_title(len(shared)), shared))
        for key, title, tools in groups:
            group = QTreeWidgetItem([title])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.list.addTopLevelItem(group)
            self.group_items[key] = group
            for tool in tools:
                star = "★ " if tool.id in self.favourites else ""
                item = QTreeWidgetItem(
                    [
                        star + tool.text(self.language).name,
                        format_duration(tool.duration_minutes, self.language),
                    ]
                )
                item.setData(0, TOOL_ID_ROLE, tool.id)
                item.setToolTip(0, tool.text(self.language).summary)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                group.addChild(item)
            group.setExpanded(True)
        self.list.resizeColumnToContents(1)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, self.list.header().ResizeMode.Stretch)
        self.list.blockSignals(False)
        if current and current in {t.id for t in found}:
            self.select(current)
        elif found:
            self.select(found[0].id)
        else:
            self._show(None)

    def listed_ids(self, group: str) -> list[str]:
        """The ids listed under "builtin" or "mine" (tests and the status line use it)."""
        item = self.group_items[group]
        children = (item.child(i) for i in range(item.childCount()))
        return [child.data(0, TOOL_ID_ROLE) for child in children if child is not None]

    def select(self, tool_id: str) -> None:
        for group in self.group_items.values():
            for index in range(group.childCount()):
                child = group.child(index)
                if child is not None and child.data(0, TOOL_ID_ROLE) == tool_id:
                    self.list.setCurrentItem(child)
                    self._show(tool_id)
                    return

    def current_tool_id(self) -> str | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return item.data(0, TOOL_ID_ROLE) if item is not None else None

    def current_tool(self) -> Tool | None:
        tool_id = self.current_tool_id()
        return self.tools.get(tool_id) if tool_id else None

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        self._show(current.data(0, TOOL_ID_ROLE) if current is not None else None)

    def _show(self, tool_id: str | None) -> None:
        tool = self.tools.get(tool_id) if tool_id else None
        self.detail.show_tool(tool, self.language, tool_id in self.favourites)
        if tool is not None and is_shared(tool.id):  # the organisation's: take a copy first
            for button in (self.detail.edit, self.detail.delete):
                button.setVisible(False)
            self.detail.favourite.setEnabled(False)
            self.detail.duplicate.setEnabled(False)
        self.organisation.show_tool(tool)
        self._update_agenda_button()

    def _update_agenda_button(self) -> None:
        button = self.detail.add_to_agenda
        shared_hint = self.organisation.agenda_hint(self.detail.tool)
        button.setEnabled(self.detail.tool is not None and not shared_hint)
        if shared_hint:
            button.setToolTip(shared_hint)
            self.detail.agenda_target.setText("")
            return
        target = self.agenda_target()
        if target is None:
            button.setToolTip(self.tr("Choose the workshop and the day to add this method to"))
            self.detail.agenda_target.setText(
                self.tr("No workshop is open: you will be asked where to add it.")
            )
            return
        _workshop_id, _day_id, where = target
        button.setToolTip(self.tr("Add this method at the end of {where}").format(where=where))
        self.detail.agenda_target.setText(self.tr("Adds to {where}.").format(where=where))

    def _day_name(self, number: int, title: str) -> str:
        name = self.tr("Day {n}").format(n=number)
        return f"{name} — {title}" if title.strip() else name

    def _targets(self, workshop_id: int) -> list[tuple[int, int, str]]:
        """(workshop id, day id, "“Forum”, Day 1 — Opening") for each day of a workshop."""
        from facilitator_app.services import workshops as workshop_service

        outline = workshop_service.get_outline(self.ctx.db, workshop_id)
        title = outline.fields["title"]
        return [
            (
                workshop_id,
                day.id,
                self.tr("“{workshop}”, {day}").format(
                    workshop=title, day=self._day_name(number, day.title)
                ),
            )
            for number, day in enumerate(outline.days, 1)
        ]

    def agenda_target(self) -> tuple[int, int, str] | None:
        """Where "Add to agenda" adds: the open workshop's chosen day (the planner's), else
        its first; None when no workshop is open."""
        workshop_id = self.ctx.current_workshop_id
        if workshop_id is None:
            return None
        try:
            targets = self._targets(workshop_id)
        except UserError:
            return None
        if not targets:
            return None
        return next((t for t in targets if t[1] == self.ctx.current_day_id), targets[0])

    def _ask_target(self) -> tuple[int, int, str] | None:
        """No workshop open: which workshop and day, among all of them."""
        from PySide6.QtWidgets import QInputDialog

        from facilitator_app.services import workshops as workshop_service

        choices = [
            target
            for summary in workshop_service.list_workshops(self.ctx.db, templates=False)
            for target in self._targets(summary.id)
        ]
        if not choices:
            raise UserError(self.tr("There is no workshop yet: create one first."))
        labels = [where for *_ids, where in choices]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Add to agenda"),
            self.tr("Add “{name}” to:").format(name=self.current_tool_name()),
            labels,
            0,
            False,
        )
        return choices[labels.index(chosen)] if ok and chosen in labels else None

    def current_tool_name(self) -> str:
        tool = self.current_tool()
        return tool.text(self.language).name if tool is not None else ""

    # -- actions -----------------------------------------------------------------------------
    def toggle_favourite(self, on: bool) -> None:
        tool = self.current_tool()
        if tool is None:
            return
        with reported(self):
            self.ctx.perform(library.set_favourite, tool.id, on)

    def add_to_agenda(self) -> None:
        """At the end of the day the button names (asked first when no workshop is open)."""
        tool = self.current_tool()
        if tool is None:
            return
        from facilitator_app.services import agenda

        with reported(self):
            target = self.agenda_target() or self._ask_target()
            if target is None:
                return
            _workshop_id, day_id, where = target
            title = tool.text(self.language).name
            self.ctx.perform(agenda.add_tool_item, day_id, tool.id)
            self._status(
                self.tr("“{title}” added to {where}.").format(title=title, where=where)
            )

    def run_now(self) -> None:
        """The method on the projector at once, without a workshop (nothing recorded)."""
        tool = self.current_tool()
        if tool is None:
            return
        from facilitator_app.ui.live import open_one_off

        previous = getattr(self, "console", None)
        if previous is not None and not previous.isVisible():
            previous.deleteLater()  # a run closed before: its window is not kept
        with reported(self):
            self.console = open_one_off(self.ctx, tool, self)

    def duplicate(self) -> None:
        tool = self.current_tool()
        if tool is None:
            return
        with reported(self):
            uid = self.ctx.perform(library.duplicate_tool, tool.id)
            self.select(library.custom_id(uid))

    def _editor(self, definition: dict, uid: str | None):
        from facilitator_app.ui.library.editor import ToolEditorDialog

        check_uid = uid or "00000000-0000-0000-0000-000000000000"
        return ToolEditorDialog(
            definition, lambda d: library.validate_definition(d, check_uid), self
        )

    def create_tool(self) -> None:
        dialog = self._editor(library.blank_definition(self.language), None)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        definition = dialog.definition()
        with reported(self):
            uid = self.ctx.perform(library.create_custom_tool, definition)
            self.select(library.custom_id(uid))

    def edit(self) -> None:
        tool = self.current_tool()
        if tool is None or tool.is_builtin or tool.uid is None:
            return
        uid = tool.uid
        dialog = self._editor(tool.definition(), uid)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        definition = dialog.definition()
        with reported(self):
            self.ctx.perform(library.update_custom_tool, uid, definition)

    def delete(self) -> None:
        tool = self.current_tool()
        if tool is None or tool.is_builtin or tool.uid is None:
            return
        uid = tool.uid
        name = tool.text(self.language).name
        answer = QMessageBox.question(
            self,
            self.tr("Delete tool"),
            self.tr(
                "Delete “{name}” from My tools? Workshops that use it keep their copy of its "
                "phases. Ctrl+Z brings it back."
            ).format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with reported(self):
            self.ctx.perform(library.delete_custom_tool, uid)

    def print_sheet(self) -> None:
        tool = self.current_tool()
        if tool is None:
            return
        filename = tool.text(self.language).name.replace("/", "-")
        suggested = str(Path.home() / f"{filename}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the method sheet"), suggested, self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from facilitator_app.reports.method_sheet import render_method_sheet

        with reported(self):
            try:
                written = render_method_sheet(tool, path, self.language)
            except OSError as exc:
                raise UserError(
                    self.tr("Cannot write {path}: {error}").format(path=path, error=exc.strerror)
                ) from exc
            self._status(self.tr("Method sheet saved: {path}").format(path=written))

    def _status(self, message: str) -> None:
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(message, 8000)
