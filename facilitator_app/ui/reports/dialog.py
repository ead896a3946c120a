"""The Reports dialog: choose a document of the workshop and its options, see its first page,
then print it through the system's print dialog, open it in the system's viewer or save it.
The document is made in the background (progress bar and Cancel) into a private temporary
folder; nothing is written where the user did not ask."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.atomic import atomic_path
from facilitator_app.reports.registry import ANONYMOUS, ATTESTATION, ITEMS, PER_PARTICIPANT
from facilitator_app.text import safe_file_name
from facilitator_app.ui.background import run_job
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.errors import reported
from facilitator_app.ui.reports.labels import document_description, document_label

PREVIEW_WIDTH = 430


class ReportsDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        workshop_id: int,
        kind: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from facilitator_app.reports.make import documents_for
        from facilitator_app.services import workshops

        self.setObjectName("reportsDialog")
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.summary = workshops.get_summary(ctx.db, workshop_id)
        self.setWindowTitle(self.tr("Documents of “{title}”").format(title=self.summary.title))
        self.resize(1040, 700)
        self._folder = Path(tempfile.mkdtemp(prefix="facilitator-reports-"))
        self.made: list[Path] = []  # the files of the document as last made
        self._made_for: tuple | None = None

        self.documents = QListWidget()
        self.documents.setObjectName("reportDocuments")
        self.specs = documents_for(ctx.db, workshop_id)
        for spec in self.specs:
            entry = QListWidgetItem(document_label(spec.kind))
            entry.setToolTip(document_description(spec.kind))
            entry.setData(Qt.ItemDataRole.UserRole, spec.kind)
            self.documents.addItem(entry)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("reportDescription")

        options = QGroupBox(self.tr("Options"))
        form = QFormLayout(options)
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        workshop_language = "Français" if self.summary.language == "fr" else "English"
        self.language.addItem(
            self.tr("The workshop's language ({language})").format(language=workshop_language),
            None,
        )
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        # The settings say which language documents speak unless chosen here.
        preferred = ctx.settings.get("report_language")
        self.language.setCurrentIndex(
            max(self.language.findData(None if preferred == "workshop" else preferred), 0)
        )
        form.addRow(self.tr("Language"), self.language)
        self.anonymous = QCheckBox(self.tr("Leave out the names of who wrote and voted"))
        self.anonymous.setObjectName("reportAnonymous")
        self.attestation = QCheckBox(self.tr("Add the attestation de fin de formation"))
        self.attestation.setObjectName("reportAttestation")
        self.per_participant = QCheckBox(self.tr("One file per participant"))
        self.per_participant.setObjectName("reportPerParticipant")
        self.items = QListWidget()
        self.items.setObjectName("reportItems")
        self.items.setMaximumHeight(150)
        self.items_label = QLabel(self.tr("Items"))
        for box in (self.anonymous, self.attestation, self.per_participant):
            form.addRow(box)
        form.addRow(self.items_label, self.items)
        self._fill_items()

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Document")))
        left.addWidget(self.documents, 1)
        left.addWidget(self.description)
        left.addWidget(options)

        self.preview = QLabel(self.tr("Choose a document, then Preview."))
        self.preview.setObjectName("reportPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumWidth(PREVIEW_WIDTH + 20)
        scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        self.pages = QLabel("")
        self.pages.setObjectName("reportPages")
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addWidget(self.pages)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.open_button = QPushButton(self.tr("&Open in the viewer"))
        self.save_button = QPushButton(self.tr("&Save as…"))
        close = QPushButton(self.tr("Close"))
        for name, button in (
            ("reportPreviewButton", self.preview_button),
            ("reportPrintButton", self.print_button),
            ("reportOpenButton", self.open_button),
            ("reportSaveButton", self.save_button),
        ):
            button.setObjectName(name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.preview_button.clicked.connect(self.show_preview)
        self.print_button.clicked.connect(self.print_document)
        self.open_button.clicked.connect(self.open_document)
        self.save_button.clicked.connect(self.save_document)
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence("F5"), self, self.show_preview)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_document)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self.documents.currentRowChanged.connect(self._chosen)
        for signal in (
            self.language.currentIndexChanged,
            self.anonymous.toggled,
            self.attestation.toggled,
            self.per_participant.toggled,
            self.items.itemChanged,
        ):
            signal.connect(self._options_changed)
        start = 0
        for index, spec in enumerate(self.specs):
            if spec.kind == kind:
                start = index
        self.documents.setCurrentRow(start)
        self.documents.setFocus()

    # -- choices -------------------------------------------------------------------------------
    def _fill_items(self) -> None:
        from facilitator_app.services.agenda import workshop_agenda

        plan = workshop_agenda(self.ctx.db, self.workshop_id)
        for day in plan.days:
            for item in day.items:
                if item.kind in ("break", "meal"):
                    continue
                entry = QListWidgetItem(item.title or "—")
                entry.setData(Qt.ItemDataRole.UserRole, item.id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked)
                self.items.addItem(entry)

    def kind(self) -> str | None:
        entry = self.documents.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    def _spec(self):
        return next((s for s in self.specs if s.kind == self.kind()), None)

    def _chosen(self, _row: int) -> None:
        spec = self._spec()
        if spec is None:
            return
        self.description.setText(document_description(spec.kind))
        self.anonymous.setVisible(ANONYMOUS in spec.options)
        self.attestation.setVisible(ATTESTATION in spec.options)
        self.per_participant.setVisible(PER_PARTICIPANT in spec.options)
        with_items = ITEMS in spec.options and self.items.count() > 0
        self.items.setVisible(with_items)
        self.items_label.setVisible(with_items)
        self._options_changed()

    def _options_changed(self, *_args: object) -> None:
        if self.made and self._made_for != self.request_key():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("The options changed: Preview again."))
            self.pages.setText("")

    def request(self):
        from facilitator_app.reports.make import ReportRequest

        spec = self._spec()
        options = spec.options if spec is not None else ()
        items: tuple[int, ...] | None = None
        if ITEMS in options and self.items.count():
            chosen = [
                self.items.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.items.count())
                if self.items.item(i).checkState() == Qt.CheckState.Checked
            ]
            items = None if len(chosen) == self.items.count() else tuple(chosen)
        return ReportRequest(
            self.kind() or "",
            language=self.language.currentData(),
            anonymous=ANONYMOUS in options and self.anonymous.isChecked(),
            items=items,
            attestation=ATTESTATION in options and self.attestation.isChecked(),
            per_participant=PER_PARTICIPANT in options and self.per_participant.isChecked(),
        )

    def request_key(self) -> tuple:
        request = self.request()
        return (
            request.kind,
            request.language,
            request.anonymous,
            request.items,
            request.attestation,
            request.per_participant,
        )

    # -- making the document -------------------------------------------------------------------
    def _file_name(self) -> str:
        kind = self.kind() or "document"
        name = f"{document_label(kind)} - {self.summary.title}"
        return safe_file_name(name, 120, "document") + ".pdf"

    def make(self) -> list[Path]:
        """The document as the options say, made now unless it already is."""
        from facilitator_app.reports.make import make_report

        key = self.request_key()
        if self.made and self._made_for == key:
            return self.made
        request = self.request()
        target_folder = Path(tempfile.mkdtemp(dir=self._folder))
        target = target_folder / ("participants" if request.per_participant else self._file_name())
        db, workshop_id = self.ctx.db, self.workshop_id
        made = run_job(
            self,
            self.tr("Making “{document}”…").format(document=document_label(request.kind)),
            lambda progress: make_report(db, workshop_id, request, target, progress),
        )
        self.made, self._made_for = made, key
        return made

    def show_preview(self) -> None:
        from facilitator_app.ui.reports.pdf import page_count, page_image

        with reported(self):
            made = self.make()
            if not made:
                self.preview.setText(self.tr("Nothing to print."))
                return
            image = page_image(made[0], PREVIEW_WIDTH)
            self.preview.setPixmap(QPixmap.fromImage(image))
            pages = sum(page_count(p) for p in made)
            text = self.tr("%n page(s)", "", pages)
            if len(made) > 1:
                text = self.tr("{files} files, %n page(s) in all", "", pages)
                text = text.format(files=len(made))
            self.pages.setText(text)

    def print_document(self) -> None:
        from facilitator_app.ui.reports.pdf import print_pdf

        with reported(self):
            made = self.make()
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self._file_name())
            chooser = QPrintDialog(printer, self)
            chooser.setObjectName("reportPrintDialog")
            if chooser.exec() != QDialog.DialogCode.Accepted:
                return
            run_job(
                self,
                self.tr("Printing…"),
                lambda progress: [print_pdf(p, printer, progress) for p in made],
            )

    def open_document(self) -> None:
        with reported(self):
            made = self.make()
            if made:
                target = made[0] if len(made) == 1 else made[0].parent
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def save_document(self) -> Path | None:
        with reported(self):
            made = self.make()
            if len(made) > 1:
                folder = QFileDialog.getExistingDirectory(
                    self, self.tr("Save the files in the folder"), str(Path.home())
                )
                if not folder:
                    return None
                for path in made:
                    _copy(path, Path(folder) / path.name)
                return Path(folder)
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the document"),
                str(Path.home() / self._file_name()),
                self.tr("PDF documents (*.pdf)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
            if target.suffix.lower() != ".pdf":
                target = target.with_name(target.name + ".pdf")
            _copy(made[0], target)
            return target
        return None

    def done(self, result: int) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)
        super().done(result)


def _copy(source: Path, target: Path) -> None:
    """Put a finished document in place whole: the old file or the new, never half of one."""
    with atomic_path(target) as temporary:
        shutil.copyfile(source, temporary)
