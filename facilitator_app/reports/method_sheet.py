"""The method sheet a facilitator prints for a tool: what it is for and makes possible, its steps
with their times drawn to scale, the invitation to read to the room, the materials, and then the
depth (roles, what it produces, tips and traps, variations, who created it). The essentials fit
the first A4 page; a deep method flows onto a second, sections never cut from their heading.

French sentences go through facilitator_app.typography, and every text through `printable`,
so no printed line starts with a colon or a lone closing guillemet."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from facilitator_app.reports.base import ACCENT, FONT, FONT_BOLD, MUTED, ReportRenderer, Table
from facilitator_app.text import same_words
from facilitator_app.tools import wording
from facilitator_app.tools.model import Tool
from facilitator_app.tools.vocabulary import print_label
from facilitator_app.typography import printable, quote

WORDS = {
    "fr": {
        "purpose": "Objectif",
        "makes_possible": "Ce qu’elle rend possible",
        "when": "Quand l’utiliser",
        "when_not": "Quand l’éviter",
        "phases": "Déroulé",
        "invitation": "Consigne à donner",
        "materials": "Matériel et installation",
        "roles": "Rôles",
        "outputs": "Ce qu’elle produit",
        "tips": "Conseils et pièges",
        "variations": "Variantes",
        "source": "Source",
        "total": "Total",
        "sheet": "Fiche méthode",
        "none": "aucun matériel particulier",
    },
    "en": {
        "purpose": "Purpose",
        "makes_possible": "What it makes possible",
        "when": "When to use it",
        "when_not": "When not to",
        "phases": "Steps",
        "invitation": "Invitation to give",
        "materials": "Materials and set-up",
        "roles": "Roles",
        "outputs": "What it produces",
        "tips": "Tips and traps",
        "variations": "Variations",
        "source": "Source",
        "total": "Total",
        "sheet": "Method sheet",
        "none": "no special material",
    },
}
PHASE_COLOURS = ("#1f5f8b", "#3b8ea5", "#6cb4a8", "#f2a541", "#d96c4f", "#8a6fb0", "#5b8c3a")


NAME_SIZE = 7.0  # points: a step's name on the timeline
GROUPING_SIZE = 6.5


def format_seconds(seconds: int) -> str:
    return wording.seconds_text(seconds)


class MethodSheet(ReportRenderer):
    def __init__(self, tool: Tool, language: str = "fr") -> None:
        super().__init__(language)
        self.tool = tool
        self.words = WORDS[self.language]
        small = self.styles["small"]
        self.styles.add(
            ParagraphStyle("bullet", parent=small, leftIndent=8, bulletIndent=0, spaceAfter=1)
        )
        self.styles.add(ParagraphStyle("credit", parent=small, textColor=MUTED, spaceBefore=4))
        self.styles["heading"].keepWithNext = True

    def document_title(self) -> str:
        return self.tool.text(self.language).name

    def header_text(self) -> str:
        return printable(f"{self.words['sheet']} — {self.tool.text(self.language).name}")

    def _p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(printable(text)).replace("\n", "<br/>"), self.styles[style])

    def _facts(self) -> str:
        tool, lang = self.tool, self.language
        purposes = ", ".join(print_label("purpose", p, lang) for p in tool.purposes)
        family = print_label("family", tool.family, lang)
        people = wording.people_text(tool, lang)
        return f"{wording.duration_text(tool, lang)} · {people} · {purposes} · {family}"

    def story(self) -> list[Flowable]:
        tool, lang, w = self.tool, self.language, self.words
        text = tool.text(lang)
        content: list[Flowable] = [
            self._p(text.name, "title"),
            self._p(self._facts(), "subtitle"),
            self._p(text.summary),
            self._pairs(
                [
                    (w["purpose"], text.purpose, w["makes_possible"], text.makes_possible),
                    (w["when"], text.when_to_use, w["when_not"], text.when_not),
                ]
            ),
            KeepTogether([self._p(w["phases"], "heading"), self._timeline(), Spacer(1, 2 * mm)]),
            self._phase_table(),
        ]
        if text.invitation:
            content.append(
                KeepTogether(
                    [
                        self._p(w["invitation"], "heading"),
                        self._p(quote(text.invitation, lang), "box"),
                    ]
                )
            )
        materials = ", ".join(
            print_label("material", m, lang) for m in tool.materials if m != "none"
        )
        setup = [self._p(w["materials"], "heading"), self._p(materials or w["none"], "small-bold")]
        if text.setup:
            setup.append(self._p(text.setup))
        content.append(KeepTogether(setup))
        content += self._depth()
        return content

    def _depth(self) -> list[Flowable]:
        """Roles, what it produces, tips and traps, variations, the credit: the second half."""
        tool, lang, w = self.tool, self.language, self.words
        text = tool.text(lang)
        blocks: list[Flowable] = []
        roles = text.items("roles")
        produces = wording.outputs_text(tool, lang)
        if roles or produces:
            width, _ = self.frame_size()
            left = [self._p(w["roles"], "small-bold"), *self._bullets(roles)]
            right = [self._p(w["outputs"], "small-bold"), self._p(produces, "small")]
            table = Table(
                [[left, right]], colWidths=[width * 0.62, width * 0.38 - 2 * mm], hAlign="LEFT"
            )
            table.setStyle(self._plain_table())
            blocks.append(KeepTogether([Spacer(1, 3 * mm), table]))
        for key in ("tips", "variations"):
            items = text.items(key)
            if items:
                blocks.append(KeepTogether([self._p(w[key], "heading"), *self._bullets(items)]))
        if text.source:
            credit = f"{wording.heading('source', lang)} {text.source}"
            blocks.append(self._p(credit, "credit"))
        return blocks

    def _bullets(self, items: list[str]) -> list[Flowable]:
        return [
            Paragraph(escape(printable(item)), self.styles["bullet"], bulletText="•")
            for item in items
        ]

    def _plain_table(self) -> TableStyle:
        return TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
            ]
        )

    def _pairs(self, rows: list[tuple[str, str, str, str]]) -> Table:
        """Two texts side by side, each under its heading."""
        width, _ = self.frame_size()
        cells = []
        for left_head, left, right_head, right in rows:
            cells.append([self._p(left_head, "small-bold"), self._p(right_head, "small-bold")])
            cells.append([self._p(left, "small"), self._p(right, "small")])
        table = Table(cells, colWidths=[width / 2 - 2 * mm, width / 2 - 2 * mm], hAlign="LEFT")
        table.setStyle(self._plain_table())
        return table

    def _timeline(self) -> Drawing:
        """The phases as a bar, widths to scale; each name on its part when it fits, else
        below it, and its grouping below: never cut (facilitator_app.timeline_labels)."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from facilitator_app.timeline_labels import place_captions, rows_of

        width, _ = self.frame_size()
        total = sum(p.total_seconds for p in self.tool.phases) or 1
        parts, starts, captions = [], [], []
        x = 0.0
        for phase in self.tool.phases:
            part = width * phase.total_seconds / total
            label = printable(phase.text(self.language).name)
            inside = stringWidth(label, FONT_BOLD, NAME_SIZE) + 4 <= part - 1
            grouping = print_label("grouping", phase.grouping, self.language)
            if same_words(grouping, label):
                grouping = ""  # the name already says it
            lines: list[tuple[str, str, float, Any]] = (
                [] if inside else [(label, FONT_BOLD, NAME_SIZE, colors.black)]
            )
            if grouping:
                lines.append((grouping, FONT, GROUPING_SIZE, MUTED))
            parts.append((x, part, label, inside))
            starts.append(x)
            captions.append(lines)
            x += part
        widths = [
            max((stringWidth(t, f, size) for t, f, size, _c in lines), default=0.0) + 2
            for lines in captions
        ]
        placed = place_captions(starts, widths, width, gap=3)
        row_height = 2 * 3.2 * mm
        height = 7 * mm + 1.5 * mm + rows_of(placed) * row_height
        drawing = Drawing(width, height, initialFontName=FONT)
        bar_y = height - 7 * mm
        for index, (x, part, label, inside) in enumerate(parts):
            colour = colors.HexColor(PHASE_COLOURS[index % len(PHASE_COLOURS)])
            drawing.add(Rect(x, bar_y, part - 1, 7 * mm, fillColor=colour, strokeColor=None))
            if inside:
                drawing.add(
                    String(x + 2, bar_y + 2.3 * mm, label, fontName=FONT_BOLD,
                           fontSize=NAME_SIZE, fillColor=colors.white)
                )  # fmt: skip
        for lines, where in zip(captions, placed, strict=True):
            y = bar_y - 1.5 * mm - where.row * row_height - 2.6 * mm
            for text, font, size, colour in lines:
                drawing.add(
                    String(where.x + 1, y, text, fontName=font, fontSize=size, fillColor=colour)
                )
                y -= 3.2 * mm
        return drawing

    def _phase_table(self) -> Table:
        lang, w = self.language, self.words
        width, _ = self.frame_size()
        rows = []
        for phase in self.tool.phases:
            text = phase.text(lang)
            grouping = print_label("grouping", phase.grouping, lang)
            how = [] if same_words(grouping, text.name) else [grouping]
            if phase.rounds_follow:
                how.append(wording.rounds_note(phase, lang))
            rows.append(
                [
                    self._p(wording.phase_timing(phase, lang), "small-bold"),
                    self._p(text.name, "small-bold"),
                    self._p(", ".join(how), "small"),
                    self._p(text.instructions, "small"),
                ]
            )
        rows.append(
            [
                self._p(wording.duration_text(self.tool, lang), "small-bold"),
                self._p(w["total"], "small-bold"),
                "",
                "",
            ]
        )
        table = Table(rows, colWidths=[27 * mm, 33 * mm, 26 * mm, width - 86 * mm], hAlign="LEFT")
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


def render_method_sheet(tool: Tool, path: str | Path, language: str = "fr") -> Path:
    return MethodSheet(tool, language).render(path)
