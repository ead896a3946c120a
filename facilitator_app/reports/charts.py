"""Charts as reportlab.graphics Drawings, sober enough to print in black and white: grey bars,
every value written beside its bar (a photocopy loses shades, never digits), labels cut to the
room they have. Each chart is a Flowable and keeps its numbers as text in the PDF."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from facilitator_app.reports.base import FONT, FONT_BOLD, fit_text

BAR = colors.HexColor("#4a4f55")
TRACK = colors.HexColor("#e4e7ea")
# Four shades from light to dark, each step told apart on a photocopy.
SHADES = tuple(colors.HexColor(c) for c in ("#e6e6e6", "#b3b3b3", "#7a7a7a", "#3d3d3d"))
ROW_HEIGHT = 6.5 * mm


def _number(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


def bar_chart(
    rows: Sequence[tuple[str, float] | tuple[str, float, str]],
    width: float,
    *,
    maximum: float | None = None,
    value_text: Callable[[float], str] = _number,
    label_share: float = 0.42,
) -> Drawing:
    """One horizontal bar per row, longest first if the caller sorted them so; a row of 0
    keeps its line (an idea with no vote stays on the chart). A row's third element, when
    given, is what is written after the bar instead of its value."""
    height = max(1, len(rows)) * ROW_HEIGHT + 2
    drawing = Drawing(width, height, initialFontName=FONT)  # else Helvetica, not embedded
    label_width = width * label_share
    bar_room = width - label_width - 16 * mm
    top = max([row[1] for row in rows] + [maximum or 0, 1e-9])
    if any(len(row) > 2 for row in rows):
        bar_room = width - label_width - 26 * mm
    for index, row in enumerate(rows):
        label, value = row[0], row[1]
        written = row[2] if len(row) > 2 else value_text(value)  # type: ignore[misc]
        y = height - (index + 1) * ROW_HEIGHT + 1.6 * mm
        drawing.add(
            String(
                0,
                y + 0.6 * mm,
                fit_text(label, FONT, 7.5, label_width - 2 * mm),
                fontName=FONT,
                fontSize=7.5,
            )
        )
        drawing.add(Rect(label_width, y, bar_room, 3.6 * mm, fillColor=TRACK, strokeColor=None))
        length = bar_room * max(0.0, value) / top
        if length > 0:
            drawing.add(Rect(label_width, y, length, 3.6 * mm, fillColor=BAR, strokeColor=None))
        drawing.add(
            String(
                label_width + bar_room + 2 * mm,
                y + 0.6 * mm,
                written,
                fontName=FONT_BOLD,
                fontSize=7.5,
            )
        )
    return drawing


ROWS_PER_CHART = 30  # a chart taller than this would not fit a page: it continues below


def bar_charts(
    rows: Sequence[tuple[str, float] | tuple[str, float, str]],
    width: float,
    **options: object,
) -> list[Drawing]:
    """`bar_chart` in parts of at most ROWS_PER_CHART rows, on one scale, so a ranking of 500
    ideas runs over pages like a table."""
    top = max([row[1] for row in rows] + [float(options.pop("maximum", 0) or 0)])  # type: ignore[arg-type]
    return [
        bar_chart(rows[start : start + ROWS_PER_CHART], width, maximum=top, **options)  # type: ignore[arg-type]
        for start in range(0, max(1, len(rows)), ROWS_PER_CHART)
    ]


def split_chart(
    rows: Sequence[tuple[str, Sequence[int]]],
    width: float,
    *,
    legend: Sequence[str] = (),
    label_share: float = 0.42,
) -> Drawing:
    """One bar per row split into its parts (ratings 1 to 4, card colours up), each part's
    count written on it when it has room, the total at the end; a legend under the bars."""
    legend_height = 5 * mm if legend else 0
    height = max(1, len(rows)) * ROW_HEIGHT + legend_height + 2
    drawing = Drawing(width, height, initialFontName=FONT)  # else Helvetica, not embedded
    label_width = width * label_share
    bar_room = width - label_width - 14 * mm
    for index, (label, counts) in enumerate(rows):
        y = height - (index + 1) * ROW_HEIGHT + 1.6 * mm
        total = sum(counts)
        drawing.add(
            String(
                0,
                y + 0.6 * mm,
                fit_text(label, FONT, 7.5, label_width - 2 * mm),
                fontName=FONT,
                fontSize=7.5,
            )
        )
        x = label_width
        if not total:
            drawing.add(Rect(x, y, bar_room, 3.6 * mm, fillColor=TRACK, strokeColor=None))
        for part, count in enumerate(counts):
            if not count:
                continue
            length = bar_room * count / total
            shade = SHADES[min(part, len(SHADES) - 1)] if len(counts) <= 4 else _shade(part)
            drawing.add(
                Rect(
                    x,
                    y,
                    length,
                    3.6 * mm,
                    fillColor=shade,
                    strokeColor=colors.white,
                    strokeWidth=0.5,
                )
            )
            if length > 4 * mm:
                ink = colors.white if shade in SHADES[2:] else colors.black
                drawing.add(
                    String(
                        x + length / 2,
                        y + 0.8 * mm,
                        str(count),
                        fontName=FONT_BOLD,
                        fontSize=6.5,
                        fillColor=ink,
                        textAnchor="middle",
                    )
                )
            x += length
        drawing.add(
            String(
                label_width + bar_room + 2 * mm,
                y + 0.6 * mm,
                str(total),
                fontName=FONT_BOLD,
                fontSize=7.5,
            )
        )
    if legend:
        x = label_width
        for part, name in enumerate(legend):
            shade = SHADES[min(part, len(SHADES) - 1)] if len(legend) <= 4 else _shade(part)
            drawing.add(
                Rect(x, 1, 3 * mm, 3 * mm, fillColor=shade, strokeColor=BAR, strokeWidth=0.3)
            )
            text = fit_text(name, FONT, 6.5, 28 * mm)
            drawing.add(String(x + 4 * mm, 1.6, text, fontName=FONT, fontSize=6.5))
            x += 4 * mm + drawing_width(text, 6.5) + 4 * mm
    return drawing


def _shade(part: int) -> colors.Color:
    grey = 0.9 - (part % 6) * 0.14
    return colors.Color(grey, grey, grey)


def drawing_width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, FONT, size)
