"""Attendance sheets (feuilles d'émargement), as French training practice and case law expect:
one sheet per day (more pages when the list is long) with the action's title, the place and the
date; per half-day its times, its modules, the trainer's name and signature box; one signature
cell per participant per half-day, struck through when the person was absent or had left (the
time of a departure or a late arrival printed in the cell); a few blank rows for late
registrations, the unused rows struck so nobody adds a name afterwards, and the organisation's
stamp box.

Each page is drawn straight on the canvas (a thousand names make a hundred pages in well under
a second): every stroke through a cell is one diagonal line, from its lower left to its upper
right corner, which is also how the tests count them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, PageBreak

from facilitator_app.half_days import AFTERNOON, MORNING
from facilitator_app.jobs import NO_PROGRESS, Progress
from facilitator_app.reports.base import FONT, FONT_BOLD, LIGHT, MUTED, fit_text
from facilitator_app.reports.document import WorkshopDocument
from facilitator_app.services.reports.attendance import (
    ABSENT,
    DROPPED,
    EXCUSED,
    AttendanceData,
    Cell,
    DaySheet,
    HalfDayColumn,
    SheetRow,
)
from facilitator_app.timefmt import format_clock
from facilitator_app.typography import printable

ROW = 11 * mm
HEAD = 44 * mm  # the half-day boxes: times, modules, trainer, signature
TITLE = 20 * mm
STAMP = 26 * mm
LATE_ROWS = 3
STROKE = 0.5


@dataclass(frozen=True)
class PagePlan:
    day: DaySheet
    rows: tuple[SheetRow | None, ...]  # None: a blank row for a late registration
    struck_rows: int  # unused rows at the bottom, struck
    first: bool


def plan_pages(day: DaySheet, rows_per_page: int, late_rows: int = LATE_ROWS) -> list[PagePlan]:
    """The day's pages: the participants, then the blank rows, the rest of the last page
    struck. A day with nobody yet still gets one page of blank rows."""
    entries: list[SheetRow | None] = [*day.rows, *([None] * late_rows)]
    pages = []
    for start in range(0, max(1, len(entries)), rows_per_page):
        chunk = tuple(entries[start : start + rows_per_page])
        pages.append(PagePlan(day, chunk, rows_per_page - len(chunk), start == 0))
    return pages


class SheetPage(Flowable):
    """One page of a day's sheet, drawn on the canvas."""

    def __init__(self, plan: PagePlan, sheet: AttendanceSheet) -> None:
        super().__init__()
        self.plan = plan
        self.sheet = sheet

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height - 1
        return self.width, self.height

    def draw(self) -> None:
        self.sheet.draw_page(self.canv, self.plan, self.width, self.height)


class AttendanceSheet(WorkshopDocument):
    name_key = "attendance_title"

    def __init__(self, data: AttendanceData, language: str | None = None) -> None:
        super().__init__(data.facts, language)
        self.data = data

    def rows_per_page(self) -> int:
        _width, height = self.frame_size()
        return max(1, int((height - TITLE - HEAD - STAMP - 8 * mm) // ROW))

    def story(self) -> list[Flowable]:
        per_page = self.rows_per_page()
        story: list[Flowable] = []
        for day in self.data.days:
            for plan in plan_pages(day, per_page):
                if story:
                    story.append(PageBreak())
                story.append(SheetPage(plan, self))
        return story

    # -- one page ------------------------------------------------------------------------------
    def draw_page(self, c: Canvas, plan: PagePlan, width: float, height: float) -> None:
        """What every page of a day shares (its title, half-day boxes, the empty grid, the
        stamp box) is drawn once into PDF forms; a page adds its names, notes and strokes."""
        columns = plan.day.columns
        label_width = width * (0.40 if len(columns) > 1 else 0.52)
        cell_width = (width - label_width) / len(columns)
        head = TITLE + HEAD + 6 * mm
        rows = len(plan.rows) + plan.struck_rows
        grid_top = height - head
        part = "first" if plan.first else "more"
        self._shared(
            c,
            f"head-{plan.day.number}-{part}",
            width,
            head,
            height,
            lambda top: self._head(c, plan, label_width, cell_width, width, top),
        )
        self._shared(
            c,
            f"grid-{len(columns)}-{rows}",
            width,
            rows * ROW,
            grid_top,
            lambda top: self._grid(c, rows, len(columns), label_width, cell_width, width, top),
        )
        self._shared(
            c,
            "stamp",
            width,
            STAMP + 12 * mm,
            grid_top - rows * ROW,
            lambda top: self._stamp(c, width, top),
        )
        top = grid_top
        # Every name and organisation of the page in one text object (a thousand
        # drawString calls each open and close their own).
        text = c.beginText()
        for row in plan.rows:
            self._row(c, text, row, label_width, cell_width, top)
            top -= ROW
        c.drawText(text)
        if plan.struck_rows:
            # The unused rows, struck with one stroke so no name can be added afterwards.
            c.setLineWidth(STROKE)
            self._strike(c, 0, top - plan.struck_rows * ROW, width, plan.struck_rows * ROW)

    def _shared(
        self,
        c: Canvas,
        key: str,
        width: float,
        height: float,
        top: float,
        draw: Callable[[float], None],
    ) -> None:
        """Draw `draw(top)` into a form the first time, then show the form at `top`."""
        name = f"sheet{id(self)}-{key}"
        made: set[str] = c.__dict__.setdefault("_shared_forms", set())
        if name not in made:
            c.beginForm(name, 0, 0, width, height)
            c.setLineWidth(STROKE)
            draw(height)
            c.endForm()
            made.add(name)
        c.saveState()
        c.translate(0, top - height)
        c.doForm(name)
        c.restoreState()

    def _head(
        self,
        c: Canvas,
        plan: PagePlan,
        label_width: float,
        cell_width: float,
        width: float,
        top: float,
    ) -> None:
        w = self.words
        self._title(c, plan, width, top)
        top -= TITLE
        self._half_day_boxes(c, plan.day.columns, label_width, cell_width, top)
        top -= HEAD
        c.setStrokeColor(colors.black)
        c.setFont(FONT_BOLD, 7.5)
        c.drawString(2 * mm, top - 4 * mm, w("participant") + " / " + w("organisation"))
        for index, column in enumerate(plan.day.columns):
            x = label_width + index * cell_width
            c.drawString(x + 2 * mm, top - 4 * mm, self._half_day_name(column))

    @staticmethod
    def _grid(
        c: Canvas,
        rows: int,
        columns: int,
        label_width: float,
        cell_width: float,
        width: float,
        top: float,
    ) -> None:
        c.setStrokeColor(colors.black)
        c.rect(0, top - rows * ROW, width, rows * ROW, stroke=1, fill=0)
        for n in range(1, rows):
            c.line(0, top - n * ROW, width, top - n * ROW)
        for index in range(columns):
            x = label_width + index * cell_width
            c.line(x, top, x, top - rows * ROW)

    def _title(self, c: Canvas, plan: PagePlan, width: float, top: float) -> None:
        w, facts = self.words, self.facts
        c.setFillColor(colors.black)
        title = w("attendance_title")
        if not plan.first:
            title += " " + w("continued")
        c.setFont(FONT_BOLD, 13)
        c.drawString(0, top - 5 * mm, title)
        key = "attendance_action" if facts.is_training else "attendance_event"
        c.setFont(FONT_BOLD, 9.5)
        action = w(key, title=w.user(facts.title))
        c.drawString(0, top - 10.5 * mm, fit_text(action, FONT_BOLD, 9.5, width))
        c.setFont(FONT, 9)
        day = f"{w('day_n', n=plan.day.number)} — {w.day(plan.day.date)}"
        if plan.day.venue:
            day += f" — {w.user(plan.day.venue)}"
        c.drawString(0, top - 15.5 * mm, fit_text(day, FONT, 9, width))

    def _half_day_name(self, column: HalfDayColumn) -> str:
        w = self.words
        names = {MORNING: w("morning"), AFTERNOON: w("afternoon")}
        name = names.get(column.half_day, w("dates"))
        if column.start != column.end:
            times = w(
                "half_day_times",
                start=format_clock(column.start, self.language),
                end=format_clock(column.end, self.language),
            )
            name = f"{name} {times}"
        return name

    def _half_day_boxes(
        self,
        c: Canvas,
        columns: tuple[HalfDayColumn, ...],
        label_width: float,
        cell_width: float,
        top: float,
    ) -> None:
        """Per half-day: its name and times, its modules, the trainer, the trainer's box."""
        w = self.words
        bottom = top - HEAD + 2 * mm
        c.setLineWidth(STROKE)
        c.setFillColor(LIGHT)
        c.rect(0, bottom, label_width, HEAD - 2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(FONT_BOLD, 8)
        c.drawString(2 * mm, top - 5 * mm, w("modules"))
        c.drawString(2 * mm, top - 25 * mm, w("trainer"))
        c.setFont(FONT, 8)
        trainers = w.user(self.data.trainers)
        for n, line in enumerate(_lines(trainers, FONT, 8, label_width - 4 * mm, 2)):
            c.drawString(2 * mm, top - (29 + n * 3.6) * mm, line)
        c.setFont(FONT_BOLD, 7)
        c.drawString(2 * mm, bottom + 2 * mm, w("trainer_signature"))
        for index, column in enumerate(columns):
            x = label_width + index * cell_width
            c.setStrokeColor(colors.black)
            c.rect(x, bottom, cell_width, HEAD - 2 * mm, stroke=1, fill=0)
            c.setFont(FONT_BOLD, 8)
            name = fit_text(self._half_day_name(column), FONT_BOLD, 8, cell_width - 4 * mm)
            c.drawString(x + 2 * mm, top - 5 * mm, name)
            c.setFont(FONT, 7)
            modules = " · ".join(w.user(m) for m in column.modules) or "—"
            for n, line in enumerate(_lines(modules, FONT, 7, cell_width - 4 * mm, 4)):
                c.drawString(x + 2 * mm, top - (9 + n * 3.2) * mm, line)
            # The trainer signs here, once per half-day.
            c.setStrokeColor(MUTED)
            c.rect(x + 2 * mm, bottom + 2 * mm, cell_width - 4 * mm, 14 * mm, stroke=1, fill=0)
        c.setStrokeColor(colors.black)

    def _row(
        self,
        c: Canvas,
        text: PDFTextObject,
        row: SheetRow | None,
        label_width: float,
        cell_width: float,
        top: float,
    ) -> None:
        w = self.words
        y = top - ROW
        if row is None:
            text.setFont(FONT, 6.5)
            text.setFillColor(MUTED)
            text.setTextOrigin(2 * mm, y + 1.5 * mm)
            text.textLine(w("late_registration"))
            text.setFillColor(colors.black)
            return
        # A name is printed whole: smaller when long, cut only past what a line can hold.
        name = printable(row.name)  # a name as typed: no French spacing to set
        room = label_width - 4 * mm
        size = 8.5
        if len(name) * size * 1.2 > room:  # maybe too long: measure
            width_at_one = c.stringWidth(name, FONT_BOLD, 1) or 1
            size = min(8.5, max(6.0, room / width_at_one))
            if size * width_at_one > room:
                name = fit_text(name, FONT_BOLD, size, room)
        text.setFont(FONT_BOLD, size)
        text.setTextOrigin(2 * mm, y + ROW - 4.5 * mm)
        text.textLine(name)
        if row.organisation:
            text.setFont(FONT, 7)
            text.setFillColor(MUTED)
            text.setTextOrigin(2 * mm, y + 2 * mm)
            text.textLine(fit_text(printable(row.organisation), FONT, 7, room))
            text.setFillColor(colors.black)
        for index, cell in enumerate(row.cells):
            if cell.state != "sign" or cell.arrived_at or cell.left_at:
                self._cell(c, cell, label_width + index * cell_width, y, cell_width)

    def _cell(self, c: Canvas, cell: Cell, x: float, y: float, width: float) -> None:
        w = self.words
        notes = []
        if cell.arrived_at is not None:
            notes.append(w("arrived_at", time=format_clock(cell.arrived_at, self.language)))
        if cell.left_at is not None:
            notes.append(w("left_at", time=format_clock(cell.left_at, self.language)))
        if notes:
            c.setFont(FONT, 6.5)
            c.drawString(
                x + 1.5 * mm, y + 1.5 * mm, fit_text(" · ".join(notes), FONT, 6.5, width - 3 * mm)
            )
        if cell.struck:
            self._strike(c, x, y, width, ROW)
            labels = {ABSENT: w("absent"), EXCUSED: w("excused"), DROPPED: w("dropped_out")}
            label = labels.get(cell.state, "")
            if label:
                c.setFont(FONT_BOLD, 7)
                c.setFillColor(colors.white)
                text_width = c.stringWidth(label, FONT_BOLD, 7)
                c.rect(
                    x + (width - text_width) / 2 - 1,
                    y + ROW / 2 - 3,
                    text_width + 2,
                    8.5,
                    stroke=0,
                    fill=1,
                )
                c.setFillColor(colors.black)
                c.drawCentredString(x + width / 2, y + ROW / 2 - 1, label)

    @staticmethod
    def _strike(c: Canvas, x: float, y: float, width: float, height: float) -> None:
        c.line(x, y, x + width, y + height)

    def _stamp(self, c: Canvas, width: float, top: float) -> None:
        w = self.words
        c.setStrokeColor(colors.black)
        c.setFont(FONT, 7)
        c.setFillColor(MUTED)
        note = _lines(w("attendance_note"), FONT, 7, width * 0.55, 3)
        for n, line in enumerate(note):
            c.drawString(0, top - (5 + n * 3.2) * mm, line)
        c.setFillColor(colors.black)
        box_width = width * 0.38
        c.rect(width - box_width, top - STAMP, box_width, STAMP - 3 * mm, stroke=1, fill=0)
        c.setFont(FONT_BOLD, 7)
        c.drawString(width - box_width + 2 * mm, top - 6.5 * mm, w("stamp"))


def _lines(text: str, font: str, size: float, width: float, most: int) -> list[str]:
    """`text` wrapped to `width`, at most `most` lines (the last one cut with an ellipsis)."""
    from reportlab.lib.utils import simpleSplit

    lines = simpleSplit(text, font, size, width) or [""]
    if len(lines) > most:
        lines = [*lines[: most - 1], fit_text(" ".join(lines[most - 1 :]), font, size, width)]
    return lines


def render_attendance(
    data: AttendanceData,
    path: str | Path,
    language: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> Path:
    return AttendanceSheet(data, language).render(path, progress)
