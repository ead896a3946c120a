"""The one-page A4 method sheet a facilitator prints for a tool: purpose, phases with their
times drawn to scale, the invitation to read to the room, and the materials."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from facilitator_app.reports.base import ACCENT, FONT, FONT_BOLD, MUTED, ReportRenderer
from facilitator_app.text import same_words
from facilitator_app.tools.model import Tool
from facilitator_app.tools.vocabulary import print_label

WORDS = {
    "fr": {
        "purpose": "Objectif",
        "when": "Quand l'utiliser",
        "when_not": "Quand l'éviter",
        "phases": "Déroulé",
        "invitation": "Consigne à donner",
        "materials": "Matériel et installation",
        "people": "{low} à {high} personnes",
        "people_open": "{low} personnes et plus",
        "minutes": "{n} min",
        "rounds": "× {n}",
        "total": "Total",
        "sheet": "Fiche méthode",
        "none": "aucun matériel particulier",
    },
    "en": {
        "purpose": "Purpose",
        "when": "When to use it",
        "when_not": "When not to",
        "phases": "Steps",
        "invitation": "Invitation to give",
        "materials": "Materials and set-up",
        "people": "{low} to {high} people",
        "people_open": "{low} people or more",
        "minutes": "{n} min",
        "rounds": "× {n}",
        "total": "Total",
        "sheet": "Method sheet",
        "none": "no special material",
    },
}
PHASE_COLOURS = ("#1f5f8b", "#3b8ea5", "#6cb4a8", "#f2a541", "#d96c4f", "#8a6fb0", "#5b8c3a")


def format_seconds(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    if rest == 0:
        return f"{minutes} min"
    return f"{minutes} min {rest:02d}" if minutes else f"{rest} s"


class MethodSheet(ReportRenderer):
    def __init__(self, tool: Tool, language: str = "fr") -> None:
        super().__init__(language)
        self.tool = tool
        self.words = WORDS[self.language]

    def document_title(self) -> str:
        return self.tool.text(self.language).name

    def header_text(self) -> str:
        return f"{self.words['sheet']} — {self.tool.text(self.language).name}"

    def _p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), self.styles[style])

    def _facts(self) -> str:
        tool, lang, w = self.tool, self.language, self.words
        people = (
            w["people"].format(low=tool.group_min, high=tool.group_max)
            if tool.group_max
            else w["people_open"].format(low=tool.group_min)
        )
        purposes = ", ".join(print_label("purpose", p, lang) for p in tool.purposes)
        family = print_label("family", tool.family, lang)
        return f"{w['minutes'].format(n=tool.duration_minutes)} · {people} · {purposes} · {family}"

    def story(self) -> list[Flowable]:
        tool, lang, w = self.tool, self.language, self.words
        text = tool.text(lang)
        content: list[Flowable] = [
            self._p(text.name, "title"),
            self._p(self._facts(), "subtitle"),
            self._p(text.summary),
            self._p(w["purpose"], "heading"),
            self._p(text.purpose),
        ]
        if text.when_to_use or text.when_not:
            content.append(self._when_table())
        content += [self._p(w["phases"], "heading"), self._timeline(), Spacer(1, 2 * mm)]
        content.append(self._phase_table())
        if text.invitation:
            content += [
                self._p(w["invitation"], "heading"),
                self._p(
                    f"« {text.invitation} »" if lang == "fr" else f"“{text.invitation}”", "box"
                ),
            ]
        materials = ", ".join(
            print_label("material", m, lang) for m in tool.materials if m != "none"
        )
        content += [
            self._p(w["materials"], "heading"),
            self._p(materials or w["none"], "small-bold"),
        ]
        if text.setup:
            content.append(self._p(text.setup))
        width, height = self.frame_size()
        # One page whatever the length of the texts: shrink rather than spill over.
        return [KeepInFrame(width, height - 4 * mm, content, mode="shrink")]

    def _when_table(self) -> Table:
        text, w = self.tool.text(self.language), self.words
        width, _ = self.frame_size()
        cells = [
            [self._p(w["when"], "small-bold"), self._p(w["when_not"], "small-bold")],
            [self._p(text.when_to_use, "small"), self._p(text.when_not, "small")],
        ]
        table = Table(cells, colWidths=[width / 2 - 2 * mm, width / 2 - 2 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table

    def _timeline(self) -> Drawing:
        """The phases as a bar, widths to scale, with their grouping under each part."""
        width, _ = self.frame_size()
        total = sum(p.total_seconds for p in self.tool.phases) or 1
        drawing = Drawing(width, 13 * mm)
        x = 0.0
        for index, phase in enumerate(self.tool.phases):
            part = width * phase.total_seconds / total
            colour = colors.HexColor(PHASE_COLOURS[index % len(PHASE_COLOURS)])
            drawing.add(Rect(x, 6 * mm, part - 1, 7 * mm, fillColor=colour, strokeColor=None))
            label = phase.text(self.language).name
            if part > 14 * mm:
                drawing.add(
                    String(
                        x + 2,
                        8.3 * mm,
                        _fit(label, part),
                        fontName=FONT_BOLD,
                        fontSize=7,
                        fillColor=colors.white,
                    )
                )
                grouping = print_label("grouping", phase.grouping, self.language)
                if same_words(grouping, label):
                    grouping = ""  # the bar already says it
                drawing.add(
                    String(
                        x + 2,
                        2.5 * mm,
                        _fit(grouping, part),
                        fontName=FONT,
                        fontSize=6.5,
                        fillColor=MUTED,
                    )
                )
            x += part
        return drawing

    def _phase_table(self) -> Table:
        lang, w = self.language, self.words
        width, _ = self.frame_size()
        rows = []
        for phase in self.tool.phases:
            text = phase.text(lang)
            grouping = print_label("grouping", phase.grouping, lang)
            duration = format_seconds(phase.seconds)
            if phase.rounds > 1:
                duration += f" {w['rounds'].format(n=phase.rounds)}"
            rows.append(
                [
                    self._p(duration, "small-bold"),
                    self._p(text.name, "small-bold"),
                    self._p("" if same_words(grouping, text.name) else grouping, "small"),
                    self._p(text.instructions, "small"),
                ]
            )
        rows.append(
            [
                self._p(w["minutes"].format(n=self.tool.duration_minutes), "small-bold"),
                self._p(w["total"], "small-bold"),
                "",
                "",
            ]
        )
        table = Table(rows, colWidths=[22 * mm, 32 * mm, 26 * mm, width - 80 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#c9d3db")),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table


def _fit(label: str, width: float) -> str:
    """Cut a label to what fits in `width` points at about 7 pt."""
    room = max(3, int(width / 4.4))
    return label if len(label) <= room else label[: room - 1] + "…"


def render_method_sheet(tool: Tool, path: str | Path, language: str = "fr") -> Path:
    return MethodSheet(tool, language).render(path)
