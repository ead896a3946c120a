"""The renderer every printed document builds on: shipped fonts (so accents and bold work on any
machine), named paragraph styles, a header and footer on every page with "page X of Y", and
output written to a temporary file renamed into place (a half-written PDF never replaces a good
one). A document of a workshop (`WorkshopDocument`) prints the workshop's title and dates at the
top of every page and its own name and the organiser at the bottom, in the workshop's language.
Rendering steps a `facilitator_app.jobs.Progress` (and stops when it is cancelled)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus import Table as _Table

from facilitator_app import APP_NAME
from facilitator_app.atomic import atomic_path
from facilitator_app.jobs import NO_PROGRESS, Progress
from facilitator_app.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
ACCENT = colors.HexColor("#1f5f8b")
MUTED = colors.HexColor("#5f6b76")

_PAGE_OF = {"fr": "Page {page} sur {pages}", "en": "Page {page} of {pages}"}
GREY = colors.HexColor("#9aa3ab")
LIGHT = colors.HexColor("#e9edf0")


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """`text` on one line, cut with an ellipsis where it would pass `width` points."""
    text = " ".join(text.split())
    if len(text) * size * 1.2 <= width:  # no glyph of ours is wider than 1.2 em: it fits
        return text
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def register_fonts() -> None:
    """Register DejaVu Sans and its family once, so <b> and <i> pick the right faces."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    # Streams compressed but not also written as ASCII text: the files are smaller and
    # ReportLab's pure-Python ASCII85 encoder took a third of the time of 1000 certificates.
    rl_config.useA85 = 0
    faces = {
        FONT: "DejaVuSans.ttf",
        FONT_BOLD: "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    }
    for name, filename in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        FONT,
        normal=FONT,
        bold=FONT_BOLD,
        italic="DejaVuSans-Oblique",
        boldItalic="DejaVuSans-BoldOblique",
    )


def base_styles() -> StyleSheet1:
    """The named paragraph styles documents share: title, subtitle, heading, body, small, box."""
    sheet = StyleSheet1()
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        bulletFontName=FONT,  # ReportLab's default bullet font is Helvetica, not embedded
        fontSize=9.5,
        leading=12.5,
        alignment=TA_LEFT,
        spaceAfter=3,
    )
    sheet.add(body)
    sheet.add(ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=22))
    sheet.add(ParagraphStyle("subtitle", parent=body, textColor=MUTED, fontSize=9.5, spaceAfter=6))
    sheet.add(
        ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=2,
        )
    )
    sheet.add(ParagraphStyle("small", parent=body, fontSize=8, leading=10))
    sheet.add(ParagraphStyle("small-bold", parent=body, fontName=FONT_BOLD, fontSize=8, leading=10))
    sheet.add(ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0))
    sheet.add(
        ParagraphStyle("cell-bold", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=10.5)
    )
    sheet.add(ParagraphStyle("muted", parent=body, textColor=MUTED, fontSize=8, leading=10))
    sheet.add(
        ParagraphStyle(
            "section",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=True,
        )
    )
    sheet.add(
        ParagraphStyle(
            "box",
            parent=body,
            fontSize=10,
            leading=13.5,
            backColor=colors.HexColor("#eef4f8"),
            borderColor=ACCENT,
            borderWidth=0.6,
            borderPadding=6,
            spaceBefore=6,
            spaceAfter=8,
        )
    )
    return sheet


class Table(_Table):
    """ReportLab's table whose plain-text cells (even empty ones) use our font: its default,
    Helvetica, would be listed in the PDF without being embedded."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setStyle([("FONT", (0, 0), (-1, -1), FONT)])


class _NumberedCanvas(Canvas):
    """Holds every page back until the end so the footer can say "page X of Y"."""

    language = "fr"
    footer_left = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        width, _height = self._pagesize
        self.setFont(FONT, 7.5)
        self.setFillColor(MUTED)
        label = _PAGE_OF.get(self.language, _PAGE_OF["en"])
        self.drawRightString(
            width - 15 * mm, 9 * mm, label.format(page=self._pageNumber, pages=total)
        )


class ReportRenderer:
    """Subclasses give `story()` and may change the header, footer, margins or page size."""

    pagesize = A4
    margins = (15 * mm, 15 * mm, 16 * mm, 16 * mm)  # left, right, top, bottom

    def __init__(self, language: str = "fr") -> None:
        self.language = language if language in ("fr", "en") else "fr"
        register_fonts()
        self.styles = base_styles()
        self.progress: Progress = NO_PROGRESS

    # -- hooks ---------------------------------------------------------------------------------
    def document_title(self) -> str:
        return APP_NAME

    def header_text(self) -> str:
        return ""

    def footer_text(self) -> str:
        return APP_NAME

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    # -- drawing -------------------------------------------------------------------------------
    def on_page(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = self.pagesize
        left, right, _top, _bottom = self.margins
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.5)
        header = self.header_text()
        room = width - left - right
        if header:
            canvas.setFont(FONT, 7.5)
            canvas.setFillColor(MUTED)
            canvas.drawString(left, height - 10 * mm, fit_text(header, FONT, 7.5, room))
            canvas.line(left, height - 11.5 * mm, width - right, height - 11.5 * mm)
        canvas.line(left, 12.5 * mm, width - right, 12.5 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        # The right end of the footer holds "Page X sur Y".
        canvas.drawString(left, 9 * mm, fit_text(self.footer_text(), FONT, 7.5, room - 30 * mm))
        canvas.restoreState()

    def frame_size(self) -> tuple[float, float]:
        width, height = self.pagesize
        left, right, top, bottom = self.margins
        return width - left - right, height - top - bottom

    def render(self, path: str | os.PathLike[str], progress: Progress = NO_PROGRESS) -> Path:
        """Write the PDF to `path` atomically; returns the path. Cancelled through `progress`,
        nothing is written."""
        target = Path(path)
        left, right, top, bottom = self.margins
        width, height = self.frame_size()
        with atomic_path(target) as temporary:
            document = BaseDocTemplate(
                str(temporary),
                pagesize=self.pagesize,
                title=self.document_title(),
                author=APP_NAME,
                creator=APP_NAME,
                initialFontName=FONT,  # else each page lists Helvetica, a font not embedded
                leftMargin=left,
                rightMargin=right,
                topMargin=top,
                bottomMargin=bottom,
            )
            frame = Frame(
                left,
                bottom,
                width,
                height,
                id="body",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            document.addPageTemplates(
                [PageTemplate(id="page", frames=[frame], onPage=self.on_page)]
            )
            language = self.language

            class Numbered(_NumberedCanvas):
                pass

            Numbered.language = language
            self.progress = progress
            story = self.story()
            progress.step(1, 10)

            def laid_out(kind: str, value: int) -> None:
                if kind == "SIZE_EST":
                    laid_out.total = max(1, value)  # type: ignore[attr-defined]
                elif kind == "PROGRESS":
                    total = getattr(laid_out, "total", 1)
                    progress.step(10 + 85 * value // total, 100)

            document.setProgressCallBack(laid_out)
            document.build(story, canvasmaker=Numbered)
            progress.step(100, 100)
        return target
