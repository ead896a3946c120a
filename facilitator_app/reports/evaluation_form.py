"""The evaluation form handed out at the end: a number to find it again when typing it in, the
name (optional), the quiz questions with lettered choices, how far each objective was reached
and the satisfaction criteria on the four-step scale (the digits 1 to 4 the typing screen
takes), and two open questions with room to write. In the order the typing screen asks."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from facilitator_app.jobs import NO_PROGRESS, Progress
from facilitator_app.reports.base import FONT, GREY, LIGHT, Table
from facilitator_app.reports.document import WorkshopDocument
from facilitator_app.services.evaluation import SCALE, FormPlan
from facilitator_app.services.reports.facts import WorkshopFacts

BOX = "☐"
LETTERS = "ABCDEFGH"


class EvaluationForm(WorkshopDocument):
    name_key = "form_title"

    def __init__(self, facts: WorkshopFacts, plan: FormPlan, language: str | None = None):
        super().__init__(facts, language)
        self.plan = plan
        body = self.styles["body"]
        self.styles.add(ParagraphStyle("choice", parent=body, leftIndent=6 * mm, spaceAfter=1))
        self.styles.add(
            ParagraphStyle("scale", parent=body, fontSize=7, leading=8.5, alignment=TA_CENTER)
        )
        self.styles.add(
            ParagraphStyle("tick-box", parent=body, fontName=FONT, fontSize=13, alignment=TA_CENTER)
        )

    def story(self) -> list[Flowable]:
        w, facts = self.words, self.facts
        width, _ = self.frame_size()
        story: list[Flowable] = [
            self.para(w("form_title"), "title", user=False),
            self.para(facts.title, "subtitle"),
            self._identity(width),
            self.para(w("form_intro"), "body", user=False),
        ]
        if self.plan.questions:
            story.append(self.para(w("form_quiz"), "section", user=False))
            story.append(self.para(w("form_quiz_hint"), "muted", user=False))
            for number, question in enumerate(self.plan.questions, start=1):
                lines: list[Flowable] = [
                    Paragraph(
                        f"<b>{number}.</b> {self.markup(question.text, limit=1200)}",
                        self.styles["body"],
                    )
                ]
                for letter, choice in zip(LETTERS, question.choices, strict=False):
                    lines.append(
                        Paragraph(
                            f"{BOX} {letter}. {self.markup(choice, limit=400)}",
                            self.styles["choice"],
                        )
                    )
                story.append(KeepTogether(lines))
        if self.plan.objectives:
            story.append(self.para(w("form_objectives"), "section", user=False))
            story.append(self.para(w("form_objectives_hint"), "muted", user=False))
            rows = [
                (w("objective_n", n=n) + " — " + w.user(text))
                for n, text in enumerate(self.plan.objectives, start=1)
            ]
            story.append(self._scale_table(rows, "reached", width))
        story.append(self.para(w("form_satisfaction"), "section", user=False))
        rows = [w(f"criterion_{key}") for key in self.plan.criteria]
        story.append(self._scale_table(rows, "scale", width))
        story.append(self.para(w("form_comments"), "section", user=False))
        for key in self.plan.open_questions:
            story.append(self._open_question(w(f"open_{key}"), width))
        return story

    def _identity(self, width: float) -> Table:
        w = self.words
        table = Table(
            [
                [
                    Paragraph(f"<b>{escape(w('form_number'))}</b> ________", self.styles["body"]),
                    Paragraph(escape(w("form_name")) + "_" * 34, self.styles["body"]),
                ]
            ],
            colWidths=[width * 0.32, width * 0.68],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
            )
        )
        return table

    def _scale_table(self, rows: list[str], scale: str, width: float) -> Table:
        """One line per criterion, a box per step of the scale (numbered for typing)."""
        w = self.words
        step_width = 21 * mm
        head = [""] + [
            Paragraph(f"<b>{step}</b><br/>{escape(w(f'{scale}_{step}'))}", self.styles["scale"])
            for step in SCALE
        ]
        body = [
            [Paragraph(escape(text), self.styles["cell"])]
            + [Paragraph(BOX, self.styles["tick-box"]) for _ in SCALE]
            for text in rows
        ]
        table = Table(
            [head, *body],
            colWidths=[width - step_width * len(SCALE)] + [step_width] * len(SCALE),
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY),
                    ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def _open_question(self, question: str, width: float) -> Flowable:
        box = Table(
            [[Paragraph(f"<b>{escape(question)}</b>", self.styles["cell"])], [""]],
            colWidths=[width],
            rowHeights=[None, 30 * mm],
        )
        box.setStyle(
            TableStyle([("BOX", (0, 0), (-1, -1), 0.5, GREY), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        )
        return KeepTogether([box, Spacer(1, 3 * mm)])


def render_evaluation_form(
    facts: WorkshopFacts,
    plan: FormPlan,
    path: str | Path,
    language: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> Path:
    return EvaluationForm(facts, plan, language).render(path, progress)
