"""The right-hand side of the library: everything about one tool, its phases as a timeline, and
what the facilitator can do with it. The page wires the buttons."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.text import same_words
from facilitator_app.timefmt import format_duration
from facilitator_app.tools.model import CUSTOM_PREFIX, Phase, Tool
from facilitator_app.typography import quote
from facilitator_app.ui.library.labels import (
    FAMILIES,
    GROUPINGS,
    MATERIALS,
    OUTPUTS,
    PURPOSES,
    format_seconds,
    label,
    labels,
)
from facilitator_app.ui.library.timeline import PhaseTimeline, TimelinePhase
from facilitator_app.ui.style import icon


def _section_label(object_name: str) -> QLabel:
    widget = QLabel()
    widget.setObjectName(object_name)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class ToolDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tool: Tool | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("toolTitle")
        self.title.setStyleSheet("font-size: 17pt; font-weight: 600;")
        self.title.setWordWrap(True)
        header.addWidget(self.title, 1)
        self.favourite = QToolButton()
        self.favourite.setObjectName("favouriteButton")
        self.favourite.setAccessibleName(self.tr("Favourite"))
        self.favourite.setCheckable(True)
        self.favourite.setToolTip(self.tr("Favourite"))
        self.favourite.toggled.connect(self._show_favourite)
        header.addWidget(self.favourite)
        outer.addLayout(header)
        self.facts = _section_label("toolFacts")
        self.facts.setStyleSheet("color: palette(placeholder-text);")
        outer.addWidget(self.facts)

        buttons = QHBoxLayout()
        self.add_to_agenda = QPushButton(icon("mdi6.playlist-plus"), self.tr("Add to agenda"))
        self.add_to_agenda.setObjectName("addToAgenda")
        self.run_now = QPushButton(icon("mdi6.play-circle-outline"), self.tr("Run now"))
        self.run_now.setObjectName("runNow")
        self.run_now.setToolTip(
            self.tr("Run this method on the projector at once, without a workshop: nothing is "
                    "recorded")
        )  # fmt: skip
        self.duplicate = QPushButton(icon("mdi6.content-copy"), self.tr("Duplicate to My tools"))
        self.duplicate.setObjectName("duplicateTool")
        self.edit = QPushButton(icon("mdi6.pencil-outline"), self.tr("Edit..."))
        self.edit.setObjectName("editTool")
        self.delete = QPushButton(icon("mdi6.delete-outline"), self.tr("Delete"))
        self.delete.setObjectName("deleteTool")
        self.print_sheet = QPushButton(icon("mdi6.printer-outline"), self.tr("Method sheet..."))
        self.print_sheet.setObjectName("printSheet")
        self.print_sheet.setToolTip(self.tr("Save this tool's one-page method sheet as a PDF"))
        for button in (
            self.run_now,
            self.add_to_agenda,
            self.duplicate,
            self.edit,
            self.delete,
            self.print_sheet,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        # Where "Add to agenda" puts the method: the open workshop and day, said before.
        self.agenda_target = QLabel()
        self.agenda_target.setObjectName("addToAgendaTarget")
        self.agenda_target.setWordWrap(True)
        self.agenda_target.setStyleSheet("color: palette(placeholder-text);")
        outer.addWidget(self.agenda_target)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.summary = _section_label("toolSummary")
        self.summary.setStyleSheet("font-size: 11pt;")
        self.body_layout.addWidget(self.summary)
        self.timeline = PhaseTimeline()
        self.body_layout.addWidget(self.timeline)
        self.sections: dict[str, QLabel] = {}
        for key in (
            "phases",
            "purpose",
            "makes_possible",
            "when_to_use",
            "when_not",
            "invitation",
            "setup",
            "roles",
            "tips",
            "variations",
            "source",
        ):
            widget = _section_label(f"tool_{key}")
            widget.setTextFormat(Qt.TextFormat.RichText)
            self.sections[key] = widget
            self.body_layout.addWidget(widget)
        self.body_layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.show_tool(None, "fr", False)

    def _show_favourite(self, on: bool) -> None:
        self.favourite.setIcon(icon("mdi6.star" if on else "mdi6.star-outline", "#e0a100"))

    def set_favourite(self, on: bool) -> None:
        self.favourite.blockSignals(True)
        self.favourite.setChecked(on)
        self.favourite.blockSignals(False)
        self._show_favourite(on)

    def show_tool(self, tool: Tool | None, language: str, favourite: bool) -> None:
        self.tool = tool
        for widget in (
            self.run_now,
            self.add_to_agenda,
            self.duplicate,
            self.print_sheet,
            self.favourite,
        ):
            widget.setEnabled(tool is not None)
        mine = tool is not None and not tool.is_builtin
        self.edit.setVisible(mine)
        self.delete.setVisible(mine)
        self.set_favourite(favourite)
        if tool is None:
            self.title.setText(self.tr("Choose a tool"))
            self.facts.setText(self.tr("Search the library on the left; pick a tool to see it."))
            self.summary.clear()
            self.timeline.set_phases([])
            for section in self.sections.values():
                section.clear()
            return
        text = tool.text(language)
        self.title.setText(text.name)
        people = (
            self.tr("{low} to {high} people").format(low=tool.group_min, high=tool.group_max)
            if tool.group_max
            else self.tr("{low} people or more").format(low=tool.group_min)
        )
        facts = [
            self._duration_text(tool, language),
            people,
            labels(PURPOSES, list(tool.purposes)),
            label(FAMILIES, tool.family),
        ]
        if tool.id.startswith(CUSTOM_PREFIX):  # not the organisation's shared methods
            facts.append(self.tr("My tool"))
        self.facts.setText(" · ".join(facts))
        self.summary.setText(text.summary)
        self.timeline.set_phases(
            [
                TimelinePhase(
                    p.text(language).name, p.seconds, p.rounds, p.grouping, self._note(p)
                )
                for p in tool.phases
            ]
        )
        self.sections["phases"].setText(self._phases_html(tool, language))
        self.sections["purpose"].setText(self._section(self.tr("Purpose"), text.purpose))
        self.sections["makes_possible"].setText(
            self._section(self.tr("What it makes possible"), text.makes_possible)
        )
        self.sections["when_to_use"].setText(
            self._section(self.tr("When to use it"), text.when_to_use)
        )
        self.sections["when_not"].setText(self._section(self.tr("When not to"), text.when_not))
        self.sections["invitation"].setText(
            self._section(
                self.tr("Invitation to the room"), text.invitation, quote_language=language
            )
        )
        materials = labels(MATERIALS, [m for m in tool.materials if m != "none"])
        outputs = labels(OUTPUTS, list(tool.outputs))
        materials_label = escape(self.tr("Materials:"))
        outputs_label = escape(self.tr("Produces:"))
        setup_heading = escape(self.tr("Set-up"))
        setup = "<br/>".join(
            part
            for part in (
                escape(text.setup),
                f"<b>{materials_label}</b> {escape(materials)}" if materials else "",
                f"<b>{outputs_label}</b> {escape(outputs)}" if outputs else "",
            )
            if part
        )
        self.sections["setup"].setText(f"<h3>{setup_heading}</h3>{setup}")
        for key, heading in (
            ("roles", self.tr("Roles")),
            ("tips", self.tr("Tips and traps")),
            ("variations", self.tr("Variations")),
        ):
            self.sections[key].setText(self._list_section(heading, text.items(key)))
        source_label = self.tr("Source:")
        source = (
            f"<p style='color:gray'>{escape(source_label)} {escape(text.source)}</p>"
            if text.source
            else ""
        )
        self.sections["source"].setText(source)

    def _duration_text(self, tool: Tool, language: str) -> str:
        """"30 min (25 to 30 min)": the usual length and, when it has one, the range."""
        usual = format_duration(tool.duration_minutes, language)
        low, high = tool.duration_range
        if low == high:
            return usual
        span = self.tr("{low} to {high}").format(
            low=format_duration(low, language), high=format_duration(high, language)
        )
        return f"{usual} ({span})"

    def _list_section(self, heading: str, items: list[str]) -> str:
        if not items:
            return ""
        rows = "".join(f"<li>{escape(item)}</li>" for item in items)
        return f"<h3>{escape(heading)}</h3><ul>{rows}</ul>"

    def _section(self, heading: str, body: str, quote_language: str = "") -> str:
        """`quote_language`: the language whose quotation marks wrap the body (the
        invitation)."""
        if not body:
            return ""
        content = escape(quote(body, quote_language) if quote_language else body)
        content = content.replace("\n", "<br/>")
        if quote_language:
            content = f"<i>{content}</i>"
        return f"<h3>{escape(heading)}</h3><p>{content}</p>"

    def _phases_html(self, tool: Tool, language: str) -> str:
        rows = []
        for phase in tool.phases:
            text = phase.text(language)
            duration = self._phase_timing(phase, language)
            grouping = label(GROUPINGS, phase.grouping)
            notes = [] if same_words(grouping, text.name) else [grouping]
            if phase.rounds_follow:
                notes.append(self._note(phase))
            grouping_html = "".join(
                f"<br/><span style='color:gray'>{escape(note)}</span>" for note in notes
            )
            rows.append(
                "<tr>"
                f"<td style='padding:3px 10px 3px 0'><b>{escape(duration)}</b></td>"
                f"<td style='padding:3px 10px 3px 0'><b>{escape(text.name)}</b>{grouping_html}</td>"
                f"<td style='padding:3px 0'>{escape(text.instructions)}</td>"
                "</tr>"
            )
        heading = escape(self.tr("Steps"))
        return f"<h3>{heading}</h3><table>{''.join(rows)}</table>"

    def _note(self, phase: Phase) -> str:
        if phase.rounds_follow == "participants":
            return self.tr("one turn per person present")
        if phase.rounds_follow == "group-size":
            return self.tr("one turn per group member")
        return ""

    def _phase_timing(self, phase: Phase, language: str) -> str:
        """"2 min × 3", and the range a round may be shortened or lengthened to."""
        duration = format_seconds(phase.seconds, language)
        if phase.rounds > 1 or phase.rounds_follow:
            duration += f" × {phase.rounds}"
        if (phase.min_seconds, phase.max_seconds) != (phase.seconds, phase.seconds):
            duration += " (" + self.tr("{low} to {high}").format(
                low=format_seconds(phase.min_seconds, language),
                high=format_seconds(phase.max_seconds, language),
            ) + ")"
        return duration
