"""The participants page: the roster (quick add, filter, sort, details saved as typed, remove
with undo), importing a roster, and groups and tables."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QMimeData, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.changes import Change
from facilitator_app.errors import UserError
from facilitator_app.roster import MAX_BYTES
from facilitator_app.services import participants as service
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.errors import reported
from facilitator_app.ui.flow import FlowLayout
from facilitator_app.ui.participants.editor import ParticipantEditor
from facilitator_app.ui.participants.groups_panel import GroupsPanel
from facilitator_app.ui.participants.import_dialog import RosterImportDialog
from facilitator_app.ui.participants.roster_model import ID_ROLE, RosterFilter, RosterModel
from facilitator_app.ui.style import icon

ROSTER_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx")


class ParticipantsPage(QWidget):
    """The roster tab and the groups tab; a roster file dropped on the page opens the import."""

    def __init__(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_roster(), icon("mdi6.account-multiple"), self.tr("Roster"))
        self.groups = GroupsPanel(ctx, workshop_id)
        self.tabs.addTab(self.groups, icon("mdi6.table-furniture"), self.tr("Groups and tables"))
        layout.addWidget(self.tabs)
        ctx.changed.connect(self._on_change)
        self.refresh()

    def _build_roster(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        # Wraps onto a second line rather than widen the page when the text is larger.
        bar = FlowLayout()
        self.quick_add = QLineEdit()
        self.quick_add.setObjectName("quickAddParticipant")
        self.quick_add.setAccessibleName(self.tr("Add a participant by name"))
        self.quick_add.setPlaceholderText(self.tr("Add someone: type a name, press Enter"))
        self.quick_add.setClearButtonEnabled(True)
        # The hint says how to add someone: never cut, whatever the buttons beside it.
        hint = self.quick_add.placeholderText()
        self.quick_add.setMinimumWidth(self.quick_add.fontMetrics().horizontalAdvance(hint) + 48)
        self.quick_add.returnPressed.connect(self.add_from_field)
        bar.addWidget(self.quick_add)
        self.remove_button = QPushButton(icon("mdi6.account-remove-outline"), self.tr("Remove"))
        self.remove_button.setObjectName("removeParticipants")
        self.remove_button.clicked.connect(self.remove_selected)
        bar.addWidget(self.remove_button)
        paste = QPushButton(icon("mdi6.clipboard-text-outline"), self.tr("Paste a roster…"))
        paste.setObjectName("pasteRoster")
        paste.clicked.connect(self.paste_roster)
        bar.addWidget(paste)
        from_file = QPushButton(icon("mdi6.file-table-outline"), self.tr("Import a file…"))
        from_file.setObjectName("importRosterFile")
        from_file.clicked.connect(self.import_file)
        bar.addWidget(from_file)
        from facilitator_app.ui.participants.privacy import PersonalDataButton

        self.personal_data = PersonalDataButton(self.ctx, self)
        bar.addWidget(self.personal_data)
        self.filter = QLineEdit()
        self.filter.setObjectName("rosterFilter")
        self.filter.setAccessibleName(self.tr("Filter the participants"))
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        bar.addWidget(self.filter)
        layout.addLayout(bar)
        self.count_label = QLabel()
        self.count_label.setObjectName("rosterCount")
        layout.addWidget(self.count_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = RosterModel(self)
        self.proxy = RosterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order they were added
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        splitter.addWidget(self.table)
        self.editor = ParticipantEditor(self.ctx)
        splitter.addWidget(self.editor)
        splitter.setSizes([700, 340])
        layout.addWidget(splitter, 1)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.activated.connect(self.remove_selected)
        return box

    # -- roster actions -------------------------------------------------------------------
    def add_from_field(self) -> None:
        name = self.quick_add.text().strip()
        if not name:
            return
        with reported(self):
            new_id = self.ctx.perform(service.add_participant, self.workshop_id, name)
            self.quick_add.clear()
            self.select(new_id)

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(self.proxy.data(index, ID_ROLE)) for index in rows]

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self.editor.flush()
        with reported(self):
            self.ctx.perform(service.remove_participants, ids)

    def paste_roster(self) -> RosterImportDialog:
        clipboard = QGuiApplication.clipboard().text() if QGuiApplication.clipboard() else ""
        if "\t" not in clipboard and clipboard.count("\n") < 1:
            clipboard = ""  # a word or a link copied earlier is not a roster
        dialog = RosterImportDialog(self.ctx, self.workshop_id, text=clipboard, parent=self)
        dialog.open()
        return dialog

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a roster"),
            str(Path.home()),
            self.tr("Rosters (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if path:
            self.open_roster_file(Path(path))

    def open_roster_file(self, path: Path) -> RosterImportDialog | None:
        with reported(self):
            if path.stat().st_size > MAX_BYTES:
                raise UserError(
                    self.tr("This file is too large to be a roster (more than {mb} MB).").format(
                        mb=MAX_BYTES // 1_000_000
                    )
                )
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise UserError(
                    self.tr("Cannot read {file}: {error}").format(file=path.name, error=exc)
                ) from exc
            dialog = RosterImportDialog(
                self.ctx, self.workshop_id, data=data, filename=path.name, parent=self
            )
            dialog.open()
            return dialog
        return None

    # -- display --------------------------------------------------------------------------
    def select(self, participant_id: int) -> None:
        row = self.model.row_of(participant_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def _selection_changed(self, *_args: object) -> None:
        ids = self.selected_ids()
        self.editor.show_participant(ids[0] if len(ids) == 1 else None)
        self.remove_button.setEnabled(bool(ids))
        self.personal_data.follow(ids)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n participant(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("{shown} of %n participant(s) match", "", total).format(shown=shown)
            )

    def _fit_columns(self) -> None:
        """Wide enough for the longest text, but never so wide that the email falls off."""
        if self.model.rowCount() > 500:
            return  # measuring thousands of rows is slow; the user can drag the columns
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 12, 260))

    def _on_change(self, change: Change) -> None:
        if change.area == "participants" and change.workshop_id in (None, self.workshop_id):
            self.refresh()

    def refresh(self) -> None:
        editing = self.editor.participant_id if self._typing_in_editor() else None
        keep = self.selected_ids() or ([editing] if editing else [])
        self.model.set_people(service.list_participants(self.ctx.db, self.workshop_id))
        self._fit_columns()
        for participant_id in keep[:1]:
            self.select(participant_id)
        self._update_count()
        if editing is not None and not self.selected_ids():
            # The filter hides the person being retyped: keep their details open.
            self.editor.show_participant(editing)
        else:
            self._selection_changed()

    def _typing_in_editor(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self.editor.isAncestorOf(focus)

    # -- dropping a file on the page ------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_roster(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_roster(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.open_roster_file(path)

    @staticmethod
    def _dropped_roster(mime: QMimeData) -> Path | None:
        for url in mime.urls():
            path = Path(url.toLocalFile())
            if url.isLocalFile() and path.suffix.lower() in ROSTER_SUFFIXES:
                return path
        return None
