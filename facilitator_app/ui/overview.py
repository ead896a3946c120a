"""The first page of a workshop: its description (saved as typed), and at a glance its days,
agenda and participants."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError
from facilitator_app.services import workshops as service
from facilitator_app.services.agenda import workshop_agenda
from facilitator_app.timefmt import format_clock, format_duration
from facilitator_app.timing.display import Warnings
from facilitator_app.ui.autosave import AutoSave
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.formatting import format_date
from facilitator_app.ui.labels import item_kind_label
from facilitator_app.ui.timer_warnings import TimerWarningsField


class OverviewPage(QWidget):
    def __init__(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        layout = QHBoxLayout(self)
        form_box = QWidget()
        form = QFormLayout(form_box)
        self.fields: dict[str, AutoSave] = {}
        labels = {
            "title": self.tr("Title"),
            "theme": self.tr("Theme"),
            "objective": self.tr("Objective"),
            "organiser": self.tr("Organiser"),
            "venue": self.tr("Venue"),
            "facilitators": self.tr("Facilitators"),
            "notes": self.tr("Notes"),
            # For the certificates of completion of a training action.
            "representative": self.tr("Signed for the organiser by"),
            "signature_place": self.tr("Certificates signed at"),
        }
        for name, label in labels.items():
            widget: QLineEdit | QPlainTextEdit
            if name in ("objective", "notes", "theme"):
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setMaximumHeight(90 if name != "notes" else 160)
            else:
                widget = QLineEdit()
            widget.setObjectName(f"field_{name}")
            form.addRow(label, widget)
            self.fields[name] = AutoSave(widget, self._saver(name))
        self.language = QComboBox()
        self.language.setObjectName("field_language")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.tr("Language of the workshop"), self.language)
        self.warnings = TimerWarningsField()
        self.warnings.changed.connect(self._warnings_chosen)
        form.addRow(self.tr("Timer warnings"), self.warnings)
        self.nature = QComboBox()
        self.nature.setObjectName("field_training_nature")
        for value, label in (
            ("", self.tr("Not a training action")),
            ("training", self.tr("Training action")),
            ("skills_review", self.tr("Skills review")),
            ("vae", self.tr("Validation of prior learning (VAE)")),
            ("apprenticeship", self.tr("Apprenticeship training")),
        ):
            self.nature.addItem(label, value)
        self.nature.currentIndexChanged.connect(self._nature_chosen)
        form.addRow(self.tr("Nature of the action"), self.nature)
        layout.addWidget(form_box, 3)

        side = QVBoxLayout()
        self.agenda = QTreeWidget()
        self.agenda.setObjectName("overviewAgenda")
        self.agenda.setAccessibleName(self.tr("Programme"))
        self.agenda.setHeaderLabels([self.tr("Time"), self.tr("Agenda"), self.tr("Duration")])
        header = self.agenda.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        side.addWidget(self.agenda, 3)
        self.people = QListWidget()
        self.people.setObjectName("overviewParticipants")
        self.people.setAccessibleName(self.tr("Participants"))
        side.addWidget(self.people, 2)
        layout.addLayout(side, 2)
        ctx.changed.connect(self._on_change)
        self.refresh()

    def _saver(self, name: str):
        def save(text: str) -> None:
            if name == "title" and not text.strip():
                # A workshop always has a title: keep the stored one, and show it again once
                # the field is left empty.
                if not self.fields["title"].widget.hasFocus():
                    self.fields["title"].set_text(
                        service.get_summary(self.ctx.db, self.workshop_id).title
                    )
                return
            self.ctx.perform(service.update_workshop, self.workshop_id, **{name: text})

        return save

    def _language_chosen(self, _index: int) -> None:
        value = self.language.currentData()
        if value and not self._loading:
            self.ctx.perform(service.update_workshop, self.workshop_id, language=value)

    def _warnings_chosen(self, value: object) -> None:
        from facilitator_app.ui.errors import reported

        with reported(self):
            self.ctx.perform(service.update_workshop, self.workshop_id, timer_warnings=value)

    def _nature_chosen(self, _index: int) -> None:
        value = self.nature.currentData()
        if value is not None and not self._loading:
            self.ctx.perform(service.update_workshop, self.workshop_id, training_nature=value)

    def _on_change(self, change: Change) -> None:
        if change.workshop_id in (None, self.workshop_id) and change.area in (
            "workshops",
            "agenda",
            "participants",
        ):
            self.refresh()

    def refresh(self) -> None:
        try:
            outline = service.get_outline(self.ctx.db, self.workshop_id)
        except NotFoundError:
            return
        self._loading = True
        for name, autosave in self.fields.items():
            if not autosave.pending() and not autosave.widget.hasFocus():
                autosave.set_text(outline.fields[name])
        index = self.language.findData(outline.fields["language"])
        self.language.setCurrentIndex(max(index, 0))
        self.warnings.show_value(
            outline.fields["timer_warnings"], Warnings.from_settings(self.ctx.settings)
        )
        self.nature.setCurrentIndex(max(self.nature.findData(outline.fields["training_nature"]), 0))
        self._loading = False

        self.agenda.clear()
        language = self.ctx.language
        plan = workshop_agenda(self.ctx.db, self.workshop_id)
        for number, day in enumerate(plan.days, start=1):
            label = self.tr("Day {n}").format(n=number)
            if day.date:
                label += f" — {format_date(day.date)}"
            if day.title:
                label += f" — {day.title}"
            span = ""
            if day.items:
                start = format_clock(day.start_time, language)
                span = f"{start}–{format_clock(day.end_time, language)}"
            total = sum(i.duration_minutes for i in day.items)
            day_row = QTreeWidgetItem([span, label, format_duration(total, language)])
            for item in day.items:
                title = item.title or item_kind_label(item.kind)
                QTreeWidgetItem(
                    day_row,
                    [
                        f"{format_clock(item.start_time, language)}–"
                        f"{format_clock(item.end_time, language)}",
                        title,
                        format_duration(item.duration_minutes, language),
                    ],
                )
            self.agenda.addTopLevelItem(day_row)
            day_row.setExpanded(True)
        self.people.clear()
        self.people.addItem(self.tr("%n participant(s)", "", len(outline.participants)))
        for person in outline.participants:
            extra = ", ".join(p for p in (person.organisation, person.function) if p)
            self.people.addItem(f"{person.name}" + (f" — {extra}" if extra else ""))

    _loading = False
