"""The satisfaction report a training body files (Qualiopi indicators 2, 11 and 30): the
period it covers and the day it was made, the indicators the programme lists (learners, forms
returned and the return rate, the satisfaction rate, drop-outs and their causes), the average
per criterion with its distribution, how far each objective was reached, the final quiz and
the comments, unsigned."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from facilitator_app.jobs import NO_PROGRESS, Progress
from facilitator_app.reports.base import GREY, Table
from facilitator_app.reports.charts import bar_chart, split_chart
from facilitator_app.reports.document import WorkshopDocument
from facilitator_app.services.evaluation import SCALE
from facilitator_app.services.reports.satisfaction import CriterionResult, SatisfactionData


class SatisfactionReport(WorkshopDocument):
    name_key = "satisfaction_title"

    def __init__(self, data: SatisfactionData, language: str | None = None) -> None:
        super().__init__(data.facts, language)
        self.data = data

    def story(self) -> list[Flowable]:
        w, data = self.words, self.data
        width, _ = self.frame_size()
        period = w.period(data.facts.first_date, data.facts.last_date)
        story: list[Flowable] = [
            self.para(w("satisfaction_title"), "title", user=False),
            self.para(data.facts.title, "subtitle"),
            self.label("satisfaction_period", period=period, day=w.day(data.made_on)),
            self.para(w("qualiopi_note"), "muted", user=False),
            self.para(w("indicators"), "section", user=False),
            self._indicators(width),
        ]
        if not data.forms:
            story.append(Spacer(1, 3 * mm))
            story.append(self.para(w("no_form"), user=False))
        rated = [c for c in data.criteria if c.answers]
        if rated:
            story.append(self.para(w("averages"), "section", user=False))
            story.append(
                bar_chart(
                    [(self._criterion(c), c.average or 0.0, self._average(c)) for c in rated],
                    width,
                    maximum=SCALE[-1],
                )
            )
            story.append(self.para(w("distribution"), "heading", user=False))
            story.append(
                split_chart(
                    [(self._criterion(c), c.counts) for c in rated],
                    width,
                    legend=[f"{s} {w(f'scale_{s}')}" for s in SCALE],
                )
            )
        objectives = list(data.objectives)
        if objectives:
            story.append(self.para(w("objectives_reached"), "section", user=False))
            story.append(self.para(w("objectives_reached_note"), "muted", user=False))
            story.append(
                bar_chart(
                    [
                        (f"{w('objective_n', n=n)} — {w.user(o.label)}", o.share_high or 0.0)
                        for n, o in enumerate(objectives, start=1)
                    ],
                    width,
                    maximum=1.0,
                    value_text=lambda v: w.percent(v),
                )
            )
        if data.questions:
            story.append(self.para(w("quiz_results"), "section", user=False))
            for question in data.questions:
                line = w.count(
                    "quiz_line",
                    question.right,
                    question=w.user(question.text[:300]),
                    right=question.right,
                    answers=question.answers,
                )
                story.append(Paragraph(escape(line), self.styles["body"]))
            if data.quiz_average is not None:
                story.append(
                    self.label(
                        "quiz_average",
                        score=w.decimal(data.quiz_average),
                        total=len(data.questions),
                    )
                )
        story += self._dropouts()
        for key, comments in (("comments_liked", data.liked), ("comments_improve", data.improve)):
            if comments:
                story.append(self.para(w(key), "section", user=False))
                story += [
                    Paragraph(self.markup(c, limit=1500), self.styles["body"], bulletText="–")
                    for c in comments
                ]
        return story

    def _criterion(self, result: CriterionResult) -> str:
        w = self.words
        return w.user(result.label) if result.label else w(f"criterion_{result.key}")

    def _average(self, result: CriterionResult) -> str:
        w = self.words
        count = w.count("answers_count", result.answers, n=result.answers)
        return f"{w.decimal(result.average)} · {count}"

    def _indicators(self, width: float) -> Table:
        w, data = self.words, self.data
        rows = [
            (w("learners"), str(data.learners)),
            (
                w("forms_returned"),
                w("forms_from_phones", total=data.forms, n=data.phone_forms)
                if data.phone_forms
                else str(data.forms),
            ),
            (w("return_rate"), w.percent(data.return_rate)),
            (w("satisfaction_rate"), w.percent(data.satisfaction_rate)),
            (w("dropouts"), str(len(data.dropouts))),
            (w("dropout_rate"), w.percent(data.dropout_rate)),
        ]
        cells = [
            [
                Paragraph(escape(name), self.styles["cell"]),
                Paragraph(f"<b>{escape(value)}</b>", self.styles["cell"]),
            ]
            for name, value in rows
        ]
        cells[3][0] = Paragraph(
            f"{escape(w('satisfaction_rate'))}<br/><font size=7>"
            f"{escape(w('satisfaction_rate_note'))}</font>",
            self.styles["cell"],
        )
        table = Table(cells, colWidths=[width * 0.7, width * 0.3], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def _dropouts(self) -> list[Flowable]:
        w, data = self.words, self.data
        if not data.dropouts:
            return []
        lines: list[Flowable] = [self.para(w("dropout_reasons"), "section", user=False)]
        for dropout in data.dropouts:
            day = w.day(dropout.on) if dropout.on else w("dropout_undated")
            reason = dropout.reason or w("dropout_no_reason")
            lines.append(
                Paragraph(
                    escape(
                        w(
                            "dropout_line",
                            name=w.user(dropout.name),
                            day=day,
                            reason=w.user(reason[:1500]),
                        )
                    ),
                    self.styles["body"],
                    bulletText="–",
                )
            )
        return [KeepTogether(lines[:3]), *lines[3:]]


def render_satisfaction(
    data: SatisfactionData,
    path: str | Path,
    language: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> Path:
    return SatisfactionReport(data, language).render(path, progress)
