"""Importing a roster: a preview of every row (what was read, what cannot be, duplicates), and
nothing written until the user confirms; then all rows in one transaction, undoable."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.errors import UserError
from facilitator_app.roster import (
    FIELD_LIMITS,
    MAX_BYTES,
    MAX_ROWS,
    RosterIssue,
    RosterPreview,
    RosterRow,
    RosterTooLarge,
    read_roster_bytes,
    read_roster_text,
)
from facilitator_app.services import participants as service
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.errors import error_text, reported
from facilitator_app.ui.labels import category_label
from facilitator_app.ui.participants.roster_model import column_title

PARSE_DELAY_MS = 250
_ERROR = QColor("#fbe3e1")
_DUPLICATE = QColor("#fff1cc")
_WARNING = QColor("#eef3fb")


_ISSUES = {
    "no-name": QT_TRANSLATE_NOOP("RosterImport", "no name"),
    "too-long": QT_TRANSLATE_NOOP(
        "RosterImport", "{value} is too long (at most {limit} characters)"
    ),
    "bad-email": QT_TRANSLATE_NOOP(
        "RosterImport", "email '{value}' is not valid, it will be left empty"
    ),
    "unknown-category": QT_TRANSLATE_NOOP(
        "RosterImport", "unknown category '{value}', will be 'Other'"
    ),
    "first-name-only": QT_TRANSLATE_NOOP(
        "RosterImport", "only a first name, '{value}': imported as it is"
    ),
    "duplicate-in-file": QT_TRANSLATE_NOOP("RosterImport", "same person as line {value}"),
    "duplicate-on-roster": QT_TRANSLATE_NOOP("RosterImport", "already on the roster as {value}"),
}


def issue_text(issue: RosterIssue) -> str:
    source = str(_ISSUES[issue.kind])
    # "too-long" names a field: shown with the column's title, in the user's language.
    value = column_title(issue.value) if issue.kind == "too-long" else issue.value
    limit = FIELD_LIMITS.get(issue.value, 0)
    return QCoreApplication.translate("RosterImport", source).format(value=value, limit=limit)


class RosterImportDialog(QDialog):
    """`data` (a file's bytes) or, when it is None, a box to paste into (prefilled with `text`)."""

    def __init__(
        self,
        ctx: AppContext,
        workshop_id: int,
        *,
        text: str = "",
        data: bytes | None = None,
        filename: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self._data = data
        self._filename = filename
        self.preview: RosterPreview | None = None
        self.imported: list[int] = []
        self.setWindowTitle(self.tr("Import participants"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.paste_box = QPlainTextEdit()
        self.paste_box.setObjectName("rosterPasteBox")
        self.paste_box.setPlaceholderText(
            self.tr(
                "Paste the rows copied from a spreadsheet (with or without the heading row: "
                "Name, Organisation, Function, Category, Email), or a CSV text."
            )
        )
        self.paste_box.setPlainText(text)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PARSE_DELAY_MS)
        self._timer.timeout.connect(self.reparse)
        self.paste_box.textChanged.connect(self._timer.start)
        if data is None:
            splitter.addWidget(self.paste_box)
        else:
            self.paste_box.hide()
            layout.addWidget(QLabel(self.tr("File: {name}").format(name=filename)))
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("rosterImportSummary")
        self.summary.setWordWrap(True)
        below_layout.addWidget(self.summary)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("rosterImportPreview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Status"),
                column_title("name"),
                column_title("organisation"),
                column_title("function"),
                column_title("category"),
                column_title("email"),
                self.tr("Remarks"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        below_layout.addWidget(self.table, 1)
        self.skip_duplicates = QCheckBox(self.tr("Skip the duplicates"))
        self.skip_duplicates.setObjectName("rosterSkipDuplicates")
        self.skip_duplicates.setChecked(True)
        self.skip_duplicates.toggled.connect(self._update_button)
        below_layout.addWidget(self.skip_duplicates)
        splitter.addWidget(below)
        splitter.setSizes([160, 480])
        layout.addWidget(splitter, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton()
        self.import_button.setObjectName("rosterImportButton")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reparse()

    # -- reading --------------------------------------------------------------------------
    def reparse(self) -> None:
        """Read the source again against the current roster; nothing is written."""
        self._timer.stop()
        existing = service.list_participants(self.ctx.db, self.workshop_id)
        self.preview = None
        problem = ""
        try:
            if self._data is not None:
                self.preview = read_roster_bytes(self._data, self._filename, existing)
            elif self.paste_box.toPlainText().strip():
                self.preview = read_roster_text(self.paste_box.toPlainText(), existing)
        except RosterTooLarge:
            problem = self.tr(
                "This roster is too large to import at once (at most {rows} rows and {mb} MB). "
                "Split it into smaller parts."
            ).format(rows=MAX_ROWS, mb=MAX_BYTES // 1_000_000)
        except UserError as exc:
            problem = self.tr("This cannot be read as a roster: {error}").format(
                error=error_text(exc)
            )
        self._show(problem)

    def _show(self, problem: str) -> None:
        rows = self.preview.rows if self.preview else ()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self._fill(index, row)
        self.table.resizeColumnsToContents()
        for column in range(2, 7):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        if problem:
            self.summary.setText(problem)
            self.summary.setStyleSheet("color: #b3261e; font-weight: 600;")
        elif self.preview is None:
            self.summary.setText(self.tr("Nothing to import yet."))
            self.summary.setStyleSheet("")
        else:
            self.summary.setStyleSheet("")
            self.summary.setText(
                self.tr(
                    "{total} row(s) read: {unreadable} cannot be read, {duplicates} look like "
                    "people already listed."
                ).format(
                    total=len(rows),
                    unreadable=len(self.preview.unreadable),
                    duplicates=len(self.preview.duplicates),
                )
            )
        self.skip_duplicates.setEnabled(bool(self.preview and self.preview.duplicates))
        self._update_button()

    def _fill(self, index: int, row: RosterRow) -> None:
        person = row.person
        if person is None:
            status, colour = self.tr("Cannot be read"), _ERROR
        elif row.duplicate:
            status, colour = self.tr("Duplicate"), _DUPLICATE
        elif row.issues:
            status, colour = self.tr("Will be added, with a remark"), _WARNING
        else:
            status, colour = self.tr("Will be added"), None
        values = [str(row.line), status]
        if person is not None:
            values += [
                person.name,
                person.organisation,
                person.function,
                category_label(person.category),
                person.email,
            ]
        else:
            values += [" · ".join(c for c in row.cells if c), "", "", "", ""]
        values.append("; ".join(issue_text(i) for i in row.issues))
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if colour is not None:
                item.setBackground(QBrush(colour))
            if column == 7 and row.issues:
                item.setToolTip(value)
            self.table.setItem(index, column, item)

    def people_to_import(self) -> int:
        if self.preview is None:
            return 0
        return len(self.preview.people(skip_duplicates=self.skip_duplicates.isChecked()))

    def _update_button(self) -> None:
        count = self.people_to_import()
        self.import_button.setText(self.tr("Import %n participant(s)", "", count))
        self.import_button.setEnabled(count > 0)

    # -- writing --------------------------------------------------------------------------
    def confirm(self) -> None:
        if self._timer.isActive():
            self.reparse()
        if self.preview is None or not self.people_to_import():
            return
        people = self.preview.people(skip_duplicates=self.skip_duplicates.isChecked())
        with reported(self):
            self.imported = self.ctx.perform(service.import_participants, self.workshop_id, people)
            self.accept()
