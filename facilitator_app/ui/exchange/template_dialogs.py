"""The two template dialogs: save the open workshop as a template, and start a workshop from a
template on a chosen first day. Thin views: they only collect the choices."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.services.workshops import WorkshopSummary


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SaveTemplateDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as template"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "The template keeps the days, the agenda, the roles and the notes. What the "
                "room produced, attendance and the times of the run are left out."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.title = QLineEdit(title)
        self.title.setObjectName("templateTitle")
        form.addRow(self.tr("Template title:"), self.title)
        self.keep_participants = QCheckBox(self.tr("Keep the list of participants"))
        self.keep_participants.setObjectName("keepParticipants")
        form.addRow("", self.keep_participants)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Save template")))


class NewFromTemplateDialog(QDialog):
    def __init__(
        self, templates: list[WorkshopSummary], first_day: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop from a template"))
        self.setMinimumWidth(680)
        self._templates = templates
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.template = QComboBox()
        self.template.setObjectName("templateChoice")
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for summary in templates:
            detail = self.tr("%n day(s)", "", summary.days)
            self.template.addItem(f"{summary.title} — {detail}", summary.id)
        form.addRow(self.tr("Template:"), self.template)
        self.start = QDateEdit(QDate(first_day.year, first_day.month, first_day.day))
        self.start.setObjectName("firstDay")
        self.start.setCalendarPopup(True)
        # Translators: a Qt date format (dd/MM/yyyy in French).
        self.start.setDisplayFormat(self.tr("yyyy-MM-dd"))
        form.addRow(self.tr("First day:"), self.start)
        self.title = QLineEdit()
        self.title.setObjectName("workshopTitle")
        form.addRow(self.tr("Title:"), self.title)
        hint = QLabel(self.tr("The days keep their spacing from the chosen first day."))
        hint.setWordWrap(True)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(_buttons(self, self.tr("Create workshop")))
        self.template.currentIndexChanged.connect(self._template_changed)
        self._template_changed(self.template.currentIndex())

    def _template_changed(self, index: int) -> None:
        if 0 <= index < len(self._templates):
            self.title.setText(self._templates[index].title)

    def template_id(self) -> int:
        return int(self.template.currentData())

    def first_day(self) -> date:
        chosen = self.start.date()
        return date(chosen.year(), chosen.month(), chosen.day())
