"""Painting a `DisplayState` with QPainter: the projector window and the console's preview
both call `ProjectorPainter.paint`, and the bench renders it into a 4K QImage.

Sizes are fractions of the window's height (one "unit" is 1 % of it) so the layout is the same
on a 1366x768 laptop and a 4K projector; the digits are scaled to take most of the width.
Measurements are cached because the same texts are painted once a second for minutes.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QImage, QPainter, QPen

from facilitator_app.timing.display import countdown_text
from facilitator_app.ui.live.display import DisplayState, Scene, elapsed_fraction
from facilitator_app.ui.live.fonts import projector_font
from facilitator_app.ui.live.projector_groups import paint_groups
from facilitator_app.ui.live.projector_marks import MARK_ROOM_UNITS, has_mark, paint_level_mark
from facilitator_app.ui.live.projector_text import (
    PAGE_SECONDS,
    SMALLEST,
    InkCache,
    fitted_size,
    fitted_text,
)
from facilitator_app.ui.live.theme import BLACK, Colours, colours


def _digit_pattern(text: str) -> str:
    # DejaVu's digits share one width, so "8" measures every digit string of the same shape.
    return "".join("8" if ch.isdigit() else ch for ch in text)


@lru_cache(maxsize=4)
def _qr_image(rows: tuple[tuple[bool, ...], ...]) -> QImage:
    """The QR code as an image of one pixel a module, made once per code."""
    count = len(rows) or 1
    image = QImage(count, count, QImage.Format.Format_Mono)
    image.setColor(0, QColor("white").rgb())
    image.setColor(1, QColor("black").rgb())
    image.fill(0)
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, 1)
    return image


class ProjectorPainter:
    def __init__(self) -> None:
        self._ink = InkCache()

    def paint(self, painter: QPainter, width: int, height: int, state: DisplayState) -> None:
        if state.scene is Scene.BLACK:
            painter.fillRect(0, 0, width, height, BLACK)
            return
        level = state.tour.level if state.scene is Scene.TOUR else state.level
        scheme = colours(state.theme, level, state.flashing_now)
        painter.fillRect(0, 0, width, height, scheme.background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        if state.scene is Scene.BREAK:
            self._break(painter, width, height, state, scheme)
        elif state.scene is Scene.TOUR:
            self._tour(painter, width, height, state, scheme)
        elif state.scene is Scene.JOIN and state.join is not None:
            self._join(painter, width, height, state, scheme)
            return
        elif state.scene is Scene.DONE:
            self._done(painter, width, height, state, scheme)
        elif state.scene is Scene.GROUPS:
            paint_groups(self._ink, painter, width, height, state, scheme)
        elif state.scene is Scene.OUTPUT and state.output is not None:
            from facilitator_app.ui.live.output_paint import paint_output

            paint_output(painter, width, height, state.output, scheme)
            return
        else:
            self._timer(painter, width, height, state, scheme)
        clock_width = self._clock(painter, width, height, state.clock, scheme)
        if state.scene in (Scene.TIMER, Scene.TOUR, Scene.BREAK) and has_mark(level):
            u = height / 100
            right = width - clock_width - max(2 * u, width * 0.02) - 6 * u  # the pause mark's
            paint_level_mark(painter, right, 3 * u, u, level, scheme.digits, scheme.background)
        if state.paused_label:
            self._paused_band(painter, width, height, state.paused_label, scheme)
        elif state.paused:
            self._pause_mark(painter, round(width - clock_width), height, scheme)

    # -- scenes ------------------------------------------------------------------------------
    def _timer(self, p: QPainter, w: int, h: int, s: DisplayState, c: Colours) -> None:
        u = h / 100
        margin = max(2 * u, w * 0.025)
        inner = w - 2 * margin
        # The header leaves room for the pause mark, the level's mark (and the clock), shown or
        # not, so texts never re-wrap.
        header = inner - (7 + MARK_ROOM_UNITS) * u - self._clock_width(s.clock, h)
        pages = max(0.0, s.total - s.remaining)  # long texts turn their pages with the time
        y = 3 * u
        if s.step_label:
            y = self._text_lines(p, s.step_label, 4 * u, margin, y, header, 1, c.secondary, pages)
            y += u
        if s.phase_name:
            y = self._text_lines(p, s.phase_name, 8 * u, margin, y, header, 2, c.text, pages)
            y += u
        if s.instruction:
            y = self._text_lines(p, s.instruction, 4.2 * u, margin, y, header, 2, c.text, pages)
        header_bottom = y + 2 * u

        footer_lines: list[tuple[str, float, int, QColor]] = []
        if s.question:
            footer_lines.append((s.question, 4.2 * u, 2, c.text))
        if s.next_label:
            footer_lines.append((s.next_label, 4 * u, 1, c.secondary))
        footer_height = sum(self._text_height(t, size, inner, n) for t, size, n, _ in footer_lines)
        footer_top = h - 3 * u - footer_height
        bar_height = 2.6 * u
        bar_top = footer_top - 2 * u - bar_height
        zone = QRectF(margin, header_bottom, inner, max(u, bar_top - 2 * u - header_bottom))
        if s.hide_digits:
            self._disc(p, zone, s.remaining, s.total, c)
        else:
            self._digits(p, s.digits, zone, c.digits)
            self._bar(p, QRectF(margin, bar_top, inner, bar_height), s.progress, c)
        y = footer_top
        for text, size, count, colour in footer_lines:
            y = self._text_lines(p, text, size, margin, y, inner, count, colour, pages)

    def _done(self, p: QPainter, w: int, h: int, s: DisplayState, c: Colours) -> None:
        """The item is over: "Done", large, and what comes next."""
        u = h / 100
        margin = max(2 * u, w * 0.04)
        inner = w - 2 * margin - self._clock_width(s.clock, h)
        if s.phase_name:
            self._text_lines(p, s.phase_name, 6 * u, margin, 6 * u, inner, 2, c.secondary)
        self._fitted_line(p, s.done_title, QRectF(margin, 30 * u, w - 2 * margin, 26 * u), c.text)
        if s.next_label:
            self._text_lines(p, s.next_label, 7 * u, margin, 66 * u, w - 2 * margin, 3, c.text)

    def _clock_width(self, clock: str, h: int) -> float:
        if not clock:
            return 0.0
        return QFontMetricsF(projector_font(int(4 * h / 100))).horizontalAdvance(clock) + h / 50

    def _clock(self, p: QPainter, w: int, h: int, clock: str, c: Colours) -> float:
        """The time of day in the top right corner; returns the width it takes."""
        if not clock:
            return 0.0
        u = h / 100
        pixel = int(4 * u)
        metrics = QFontMetricsF(projector_font(pixel))
        right = w - max(2 * u, w * 0.02)
        x = right - metrics.horizontalAdvance(clock)
        self._ink.draw(p, QPointF(x, 3 * u + metrics.ascent()), clock, pixel, c.secondary)
        return self._clock_width(clock, h)

    def _break(self, p: QPainter, w: int, h: int, s: DisplayState, c: Colours) -> None:
        u = h / 100
        margin = max(2 * u, w * 0.04)
        inner = w - 2 * margin
        title = s.break_title or QCoreApplication.translate("Live", "Break")
        self._fitted_line(p, title, QRectF(margin, 8 * u, inner, 18 * u), c.text)
        if s.break_back_at:
            self._fitted_line(p, s.break_back_at, QRectF(margin, 34 * u, inner, 12 * u), c.text)
        if s.total > 0:
            self._digits(
                p, s.digits, QRectF(margin + inner * 0.2, 56 * u, inner * 0.6, 22 * u), c.digits
            )
            self._bar(p, QRectF(margin + inner * 0.2, 84 * u, inner * 0.6, 2.2 * u), s.progress, c)

    def _tour(self, p: QPainter, w: int, h: int, s: DisplayState, c: Colours) -> None:
        u = h / 100
        margin = max(2 * u, w * 0.03)
        inner = w - 2 * margin
        turn = s.tour
        heading = QCoreApplication.translate("Live", "Tour de table")
        if turn.count:
            heading = QCoreApplication.translate(
                "Live", "Tour de table - {position} of {count}"
            ).format(position=turn.position, count=turn.count)
        self._text_lines(p, heading, 5 * u, margin, 3 * u, inner, 1, c.secondary)
        if s.phase_name:
            self._text_lines(p, s.phase_name, 4.2 * u, margin, 10 * u, inner, 1, c.text)
        self._fitted_line(p, turn.speaker or "-", QRectF(margin, 19 * u, inner, 19 * u), c.text)
        zone = QRectF(margin + inner * 0.1, 43 * u, inner * 0.8, 33 * u)
        if s.hide_digits:
            self._disc(p, zone, turn.remaining, turn.total, c)
        else:
            self._digits(p, countdown_text(turn.remaining), zone, c.digits)
            fraction = elapsed_fraction(turn.remaining, turn.total)
            self._bar(p, QRectF(margin + inner * 0.1, 80 * u, inner * 0.8, 2.4 * u), fraction, c)
        if turn.next_speaker:
            text = QCoreApplication.translate("Live", "Next: {name}").format(name=turn.next_speaker)
            self._text_lines(p, text, 5 * u, margin, 88 * u, inner, 1, c.secondary)

    def _join(self, p: QPainter, w: int, h: int, s: DisplayState, c: Colours) -> None:
        """The QR code on a white square (a camera needs dark on light, whatever the theme),
        the address and the code large enough to be read from the back of the room."""
        join = s.join
        assert join is not None
        u = h / 100
        margin = max(3 * u, w * 0.03)
        side = min(h - 2 * margin, w * 0.48)
        box = QRectF(margin, (h - side) / 2, side, side)
        p.fillRect(box, QColor("white"))
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        p.drawImage(box, _qr_image(join.rows))  # one module a pixel, scaled without blur
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        left = box.right() + margin
        inner = max(10 * u, w - left - margin)
        y = self._text_lines(p, join.heading, 4.6 * u, left, 12 * u, inner, 5, c.text)
        self._fitted_line(p, join.code, QRectF(left, y + 5 * u, inner, 16 * u), c.text)
        self._text_lines(p, join.url, 4.5 * u, left, y + 27 * u, inner, 2, c.secondary)

    # -- pieces ------------------------------------------------------------------------------
    def _pause_mark(self, p: QPainter, w: int, h: int, c: Colours) -> None:
        """For the room: two small bars in the top right corner, enough to see it is paused."""
        u = h / 100
        bar, gap, tall = 1.4 * u, 1.2 * u, 5 * u
        right = w - max(2 * u, w * 0.02)
        p.setPen(Qt.PenStyle.NoPen)
        for left in (right - 2 * bar - gap, right - bar):
            p.fillRect(QRectF(left, 3 * u, bar, tall), c.secondary)

    def _paused_band(self, p: QPainter, w: int, h: int, label: str, c: Colours) -> None:
        """For the facilitator: "PAUSED" across the timer, impossible to miss."""
        band = QRectF(0, h * 0.38, w, h * 0.24)
        shade = QColor(c.background)
        shade.setAlpha(215)
        p.fillRect(band, shade)
        self._fitted_line(p, label, band.adjusted(w * 0.1, h * 0.03, -w * 0.1, -h * 0.03), c.text)

    def _digits(self, p: QPainter, text: str, zone: QRectF, colour: QColor) -> None:
        size = fitted_size(_digit_pattern(text), round(zone.width()), round(zone.height() * 0.9))
        font = projector_font(size)
        metrics = QFontMetricsF(font)
        ink = metrics.tightBoundingRect(_digit_pattern(text))
        x = zone.center().x() - metrics.horizontalAdvance(text) / 2
        baseline = zone.center().y() - ink.center().y()
        # One cached image per character: a new second reuses the digits already drawn.
        for char in text:
            self._ink.draw(p, QPointF(x, baseline), char, size, colour)
            x += metrics.horizontalAdvance(char)

    def _fitted_line(self, p: QPainter, text: str, zone: QRectF, colour: QColor) -> None:
        """One line as large as the zone allows (names, break texts)."""
        size = fitted_size(text, round(zone.width()), round(zone.height()))
        cap = int(zone.height() * 0.9)  # short words must not become taller than the zone
        font = projector_font(min(size, cap))
        metrics = QFontMetricsF(font)
        x = zone.center().x() - metrics.horizontalAdvance(text) / 2
        baseline = zone.center().y() + metrics.capHeight() / 2
        self._ink.draw(p, QPointF(x, baseline), text, font.pixelSize(), colour)

    def _text_lines(
        self,
        p: QPainter,
        text: str,
        size: float,
        x: float,
        y: float,
        width: float,
        max_lines: int,
        colour: QColor,
        page_clock: float = 0.0,
    ) -> float:
        """Draws the text from the top at y in at most `max_lines` lines of `size` (smaller
        letters or pages when it is longer, see fitted_text); returns the y below it."""
        pixel, pages = fitted_text(text, int(size), max(1, int(size * SMALLEST)), int(width),
                                   max_lines)  # fmt: skip
        page = pages[int(page_clock // PAGE_SECONDS) % len(pages)] if len(pages) > 1 else pages[0]
        metrics = QFontMetricsF(projector_font(pixel))
        line_height = pixel * 1.2
        for line in page:
            self._ink.draw(p, QPointF(x, y + metrics.ascent()), line, pixel, colour)
            y += line_height
        if len(pages) > 1:
            number = pages.index(page) + 1
            mark = f"{number}/{len(pages)}"
            small = max(1, int(pixel * 0.7))
            right = x + width - QFontMetricsF(projector_font(small)).horizontalAdvance(mark)
            self._ink.draw(p, QPointF(right, y + metrics.ascent() * 0.7), mark, small, colour)
            y += small * 1.2
        return y

    def _text_height(self, text: str, size: float, width: float, max_lines: int) -> float:
        pixel, pages = fitted_text(text, int(size), max(1, int(size * SMALLEST)), int(width),
                                   max_lines)  # fmt: skip
        height = max(len(page) for page in pages) * pixel * 1.2
        return height + (pixel * 0.7 * 1.2 if len(pages) > 1 else 0)

    def _bar(self, p: QPainter, rect: QRectF, fraction: float, c: Colours) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.fillRect(rect, c.bar_track)
        if fraction > 0:
            p.fillRect(
                QRectF(rect.x(), rect.y(), rect.width() * fraction, rect.height()), c.bar_fill
            )

    def _disc(self, p: QPainter, zone: QRectF, remaining: float, total: float, c: Colours) -> None:
        """Hidden digits: a disc whose area is the time left, inside the ring of the whole."""
        radius = min(zone.width(), zone.height()) * 0.46
        centre = zone.center()
        ring = max(3.0, radius * 0.035)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(c.digits if remaining <= 0 else c.bar_track, ring))
        p.drawEllipse(centre, radius, radius)
        share = 1.0 - elapsed_fraction(remaining, total)
        if share > 0:
            inner = radius * math.sqrt(share)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(c.digits))
            p.drawEllipse(centre, inner, inner)
