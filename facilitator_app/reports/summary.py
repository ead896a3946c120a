"""The session summary participants take home (the compte rendu): a cover with the title, the
dates, the venue, the organiser and the facilitators; the agenda with the times as run; per
item its question and what the room produced, in the capture registry's order; what belongs to
no item; and the action plan (what, who, by when) at the end.

The handout is the same in brief and never more than two pages: it is laid out with fewer
rows per section until it fits. A co-development session prints apart, for its client only
(facilitator_app.reports.codev)."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)

from facilitator_app.agenda import clock
from facilitator_app.jobs import NO_PROGRESS, Progress
from facilitator_app.reports.base import FONT, GREY, LIGHT, Table
from facilitator_app.reports.document import WorkshopDocument
from facilitator_app.reports.outputs import OutputPrinter
from facilitator_app.services.reports.summary import ItemOutputs, SummaryData
from facilitator_app.storage.database import Database
from facilitator_app.timefmt import format_clock

HANDOUT_PAGES = 2
HANDOUT_LIMITS = (6, 4, 3, 2, 1, 0)


class SessionSummary(WorkshopDocument):
    name_key = "summary_title"

    def __init__(
        self, data: SummaryData, language: str | None = None, limit: int | None = None
    ) -> None:
        super().__init__(data.facts, language)
        self.data = data
        self.limit = limit
        self.photos = data.photos
        self.styles["heading"].keepWithNext = True
        # An item's title, times and question stay with what follows them (only these: a
        # chain of kept paragraphs would push whole items to the next page).
        self.styles.add(ParagraphStyle("when", parent=self.styles["muted"], keepWithNext=True))
        self.styles.add(ParagraphStyle("question", parent=self.styles["box"], keepWithNext=True))

    @property
    def brief(self) -> bool:
        return self.limit is not None

    def document_title(self) -> str:
        name = self.words("handout_title" if self.brief else "summary_title")
        return f"{name} — {self.facts.title}"

    def footer_text(self) -> str:
        name = self.words("handout_title" if self.brief else "summary_title")
        return " — ".join(p for p in (name, self.words.user(self.facts.organiser)) if p)

    def story(self) -> list[Flowable]:
        printer = OutputPrinter(self, self.limit)
        story: list[Flowable] = self.cover()
        if not self.brief:
            opening = self.agenda() + self.people()
            story += [*opening, PageBreak()] if opening else []
        for index, outputs in enumerate(self.data.items):
            story += self.item(outputs, printer)
            if index % 10 == 0:
                self.progress.check()
        loose = [s for s in self.data.loose if s.kind.id != "action" or self.data.actions is None]
        if loose:
            story.append(self.para(self.words("outside_agenda"), "section", user=False))
            for section in loose:
                story += printer.section(section)
        story += self.action_plan(printer)
        return story

    # -- parts ---------------------------------------------------------------------------------
    def _time(self, minute: int) -> str:
        return format_clock(clock(minute), self.language)

    def cover(self) -> list[Flowable]:
        w, facts = self.words, self.facts
        title = w("handout_title" if self.brief else "summary_title")
        lines: list[Flowable] = [
            self.para(title, "subtitle", user=False),
            self.para(facts.title, "title"),
        ]
        if facts.theme and facts.theme != facts.title:
            lines.append(self.para(facts.theme, "body"))
        rows = [
            ("dates", w.period(facts.first_date, facts.last_date)),
            ("venue", w.user(facts.venue)),
            ("organiser", w.user(facts.organiser)),
            ("facilitators", w.user(facts.facilitators)),
        ]
        for key, value in rows:
            if value:
                lines.append(self.labelled(key, escape(value)))
        count = self.data.participants
        if count:
            lines.append(self.para(w.count("participants_n", count, n=count), "muted", user=False))
        if not self.data.items and not self.data.loose:
            lines.append(self.para(w("empty_workshop"), "muted", user=False))
        if facts.objective and not self.brief:
            lines += [Spacer(1, 3 * mm), self.para(facts.objective, "box")]
        return lines

    def agenda(self) -> list[Flowable]:
        w = self.words
        rows: list[list[Flowable | str]] = []
        spans: list[tuple] = []
        for day in self.data.days:
            if not day.items:
                continue
            day_title = f"{w('day_n', n=day.number)} — {w.day(day.date)}"
            if day.title:
                day_title += f" — {w.user(day.title)}"
            spans.append(("SPAN", (0, len(rows)), (1, len(rows))))
            spans.append(("BACKGROUND", (0, len(rows)), (1, len(rows)), LIGHT))
            rows.append([Paragraph(f"<b>{escape(day_title)}</b>", self.styles["cell"]), ""])
            for item in day.items:
                times = f"{self._time(item.start)}–{self._time(item.end)}"
                if not item.as_run:
                    times += " *"
                rows.append(
                    [
                        Paragraph(escape(times), self.styles["cell"]),
                        Paragraph(self.markup(item.title or "—", limit=300), self.styles["cell"]),
                    ]
                )
        if not rows:
            return []
        width, _ = self.frame_size()
        table = Table(rows, colWidths=[32 * mm, width - 32 * mm], hAlign="LEFT", repeatRows=0)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, GREY),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    *spans,
                ]
            )
        )
        return [
            self.para(w("agenda"), "section", user=False),
            table,
            self.para(w("agenda_note"), "muted", user=False),
        ]

    def people(self) -> list[Flowable]:
        """Who took part, in one paragraph: forty names fit in a few lines."""
        if not self.data.people:
            return []
        names = [
            f"<b>{self.markup(name, limit=200)}</b>"
            + (f" ({self.markup(organisation, limit=200)})" if organisation else "")
            for name, organisation in self.data.people
        ]
        return [
            self.para(self.words("who_took_part"), "section", user=False),
            Paragraph(" · ".join(names), self.styles["body"]),
        ]

    def item(self, outputs: ItemOutputs, printer: OutputPrinter) -> list[Flowable]:
        w, item = self.words, outputs.item
        if self.brief and outputs.empty:
            return []
        heading = [
            self.para(item.title or "—", "section"),
            self.para(
                w(
                    "item_heading",
                    day=outputs.day,
                    start=self._time(item.start),
                    end=self._time(item.end),
                ),
                "when",
                user=False,
            ),
        ]
        if item.question:
            heading.append(self.para(item.question, "question"))
        body: list[Flowable] = []
        in_plan = False
        for section in outputs.sections:
            if section.kind.id == "action" and self.data.actions is not None:
                in_plan = True  # the action plan at the end gives them, with the others
                continue
            body += printer.section(section)
        if in_plan:
            body.append(self.para(w("actions_in_plan"), "muted", user=False))
        if not body:
            body = [self.para(w("nothing_noted"), "muted", user=False)]
        return [*heading, *body]

    def action_plan(self, printer: OutputPrinter) -> list[Flowable]:
        w = self.words
        actions = self.data.actions
        heading = self.para(w("action_plan"), "section", user=False)
        if actions is None or not actions.rows:
            return [] if self.brief else [heading, self.para(w("no_action"), "muted", user=False)]
        return [heading, printer.action_table(actions.rows)]


def _page_count(document: SessionSummary) -> int:
    """Lay the document out in memory and count its pages."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    left, right, top, bottom = document.margins
    width, height = document.frame_size()
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=document.pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        initialFontName=FONT,
    )
    frame = Frame(
        left, bottom, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
    )
    template.addPageTemplates([PageTemplate(frames=[frame])])
    template.build(document.story())
    return template.page


def render_summary(
    data: SummaryData,
    path: str | Path,
    language: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> Path:
    return SessionSummary(data, language).render(path, progress)


def render_handout(
    data: SummaryData,
    path: str | Path,
    language: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> Path:
    """The brief summary with as many rows per section as two pages hold."""
    chosen = SessionSummary(data, language, limit=HANDOUT_LIMITS[-1])
    for step, limit in enumerate(HANDOUT_LIMITS):
        progress.step(step, len(HANDOUT_LIMITS) + 1)
        candidate = SessionSummary(data, language, limit=limit)
        if _page_count(candidate) <= HANDOUT_PAGES:
            chosen = candidate
            break
    return chosen.render(path, progress.part(0.8, 1.0))


def make(
    db: Database, workshop_id: int, request, target: Path, progress: Progress = NO_PROGRESS
) -> list[Path]:
    """The summary, the handout or the client's private summary, as `request.kind` says."""
    from facilitator_app.services.reports.summary import summary_data

    if request.kind == "codev":
        from facilitator_app.reports.codev import render_codev

        data = summary_data(
            db, workshop_id, items=request.items, anonymous=False, tz=request.tz, private=True
        )
        return render_codev(data, target, request.language, progress)
    data = summary_data(
        db, workshop_id, items=request.items, anonymous=request.anonymous, tz=request.tz
    )
    progress.step(10, 100)
    rest = progress.part(0.1, 1.0)
    if request.kind == "handout":
        return [render_handout(data, target, request.language, rest)]
    return [render_summary(data, target, request.language, rest)]
