"""The selected participant's details, saved as typed (no Save button)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.errors import NotFoundError
from facilitator_app.roster import is_valid_email
from facilitator_app.services import participants as service
from facilitator_app.services.participants import CATEGORIES, ParticipantRow
from facilitator_app.ui.autosave import AutoSave
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.errors import reported
from facilitator_app.ui.labels import category_label

TEXT_FIELDS = ("name", "organisation", "function", "email", "notes")


class ParticipantEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id: int | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.heading)
        form = QFormLayout()
        labels = {
            "name": self.tr("Name"),
            "organisation": self.tr("Organisation"),
            "function": self.tr("Function"),
            "email": self.tr("Email"),
            "notes": self.tr("Notes"),
        }
        self.fields: dict[str, AutoSave] = {}
        for name in TEXT_FIELDS:
            widget: QLineEdit | QPlainTextEdit
            if name == "notes":
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setMaximumHeight(120)
            else:
                widget = QLineEdit()
            widget.setObjectName(f"participant_{name}")
            self.fields[name] = AutoSave(widget, self._saver(name))
            form.addRow(labels[name], widget)
            if name == "function":
                self.category = QComboBox()
                self.category.setObjectName("participant_category")
                for value in CATEGORIES:
                    self.category.addItem(category_label(value), value)
                self.category.currentIndexChanged.connect(self._category_chosen)
                form.addRow(self.tr("Category"), self.category)
        self.email_hint = QLabel(self.tr("This address looks wrong."))
        self.email_hint.setStyleSheet("color: #b3261e;")
        self.email_hint.hide()
        form.addRow("", self.email_hint)
        self.fields["email"].widget.textEdited.connect(self._check_email)  # type: ignore[union-attr]
        layout.addLayout(form)
        layout.addStretch(1)
        self._loading = False
        self.show_participant(None)

    def _saver(self, name: str):  # type: ignore[no-untyped-def]
        def save(text: str) -> None:
            if self.participant_id is None or (name == "name" and not text.strip()):
                return  # keep the last name while the field is being retyped
            self.ctx.perform(service.update_participant, self.participant_id, **{name: text})

        return save

    def _category_chosen(self, _index: int) -> None:
        if self._loading or self.participant_id is None:
            return
        with reported(self):
            self.ctx.perform(
                service.update_participant,
                self.participant_id,
                category=self.category.currentData(),
            )

    def _check_email(self, text: str) -> None:
        self.email_hint.setVisible(bool(text.strip()) and not is_valid_email(text.strip()))

    def flush(self) -> None:
        for autosave in self.fields.values():
            autosave.flush()

    def show_participant(self, participant_id: int | None) -> None:
        """Show someone else: what was typed for the previous person is saved first."""
        if participant_id != self.participant_id:
            self.flush()
        self.participant_id = participant_id
        person: ParticipantRow | None = None
        if participant_id is not None:
            try:
                person = service.get_participant(self.ctx.db, participant_id)
            except NotFoundError:
                self.participant_id = None
        self.setEnabled(person is not None)
        self.heading.setText(
            self.tr("Details of {name}").format(name=person.name)
            if person
            else self.tr("Select a participant to see their details.")
        )
        self._loading = True
        for name, autosave in self.fields.items():
            if person is None or (not autosave.pending() and not autosave.widget.hasFocus()):
                autosave.set_text(getattr(person, name) if person else "")
        index = self.category.findData(person.category if person else "agent")
        self.category.setCurrentIndex(max(index, 0))
        self._loading = False
        self._check_email(self.fields["email"].text())
