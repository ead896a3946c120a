"""Painting an `OutputScene` on the projector, readable from the back of the room: sizes are
fractions of the height (one unit is 1 % of it), no text smaller than 3 units (32 pixels on a
1080p projector), at most as many cards or lines as fit at that size (the rest is counted in
the footer), and every colour drawn with its symbol or its word beside it."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from facilitator_app.ui.live.fonts import projector_font
from facilitator_app.ui.live.output_scene import (
    BARS,
    IMAGE,
    SPLIT,
    WALL,
    OutputScene,
    Tile,
    TileGroup,
)
from facilitator_app.ui.live.theme import Colours

MIN_TEXT = 3.0  # units
INK = QColor("#000000")


def paint_output(p: QPainter, w: int, h: int, scene: OutputScene, c: Colours) -> None:
    from facilitator_app.ui.live.projector_text import cut_lines

    painter = _Output(p, w, h, c, cut_lines)
    painter.paint(scene)


class _Output:
    def __init__(self, p: QPainter, w: int, h: int, c: Colours, lines: object) -> None:
        self.p, self.w, self.h, self.c = p, w, h, c
        self.u = h / 100
        self.margin = max(2 * self.u, w * 0.03)
        self.inner = w - 2 * self.margin
        self.lines = lines
        self._fonts: dict[int, tuple[QFont, QFontMetricsF]] = {}  # a few sizes, many texts

    # -- text ---------------------------------------------------------------------------------
    def text(
        self,
        text: str,
        size: float,
        x: float,
        y: float,
        width: float,
        count: int,
        colour: QColor,
        align_right: bool = False,
    ) -> float:
        pixel = max(1, int(size))
        found = self._fonts.get(pixel)
        if found is None:
            font = projector_font(pixel)
            found = self._fonts[pixel] = (font, QFontMetricsF(font))
        font, metrics = found
        self.p.setFont(font)
        self.p.setPen(colour)
        for line in self.lines(text, pixel, max(1, int(width)), count):  # type: ignore[operator]
            left = x + width - metrics.horizontalAdvance(line) if align_right else x
            self.p.drawText(QPointF(left, y + metrics.ascent()), line)
            y += size * 1.2
        return y

    def paint(self, scene: OutputScene) -> None:
        u = self.u
        y = self.text(scene.title, 6 * u, self.margin, 3 * u, self.inner, 2, self.c.text)
        if scene.subtitle:
            y = self.text(scene.subtitle, 3.6 * u, self.margin, y, self.inner, 2, self.c.secondary)
        top = y + 2 * u
        bottom = self.h - 3 * u
        if scene.footer:
            bottom -= 5 * u
            self.text(
                scene.footer, 3.4 * u, self.margin, bottom + u, self.inner, 1, self.c.secondary
            )
        zone = QRectF(self.margin, top, self.inner, max(u, bottom - top))
        if scene.hidden_note:
            self.text(
                scene.hidden_note,
                6 * u,
                zone.x(),
                zone.center().y() - 4 * u,
                zone.width(),
                2,
                self.c.text,
            )
            return
        if scene.layout == IMAGE:
            self.image(zone, scene.image)
            return
        if not scene.tiles:
            nothing = QCoreApplication.translate("Live", "Nothing captured yet.")
            self.text(nothing, 5 * u, zone.x(), zone.y(), zone.width(), 1, self.c.secondary)
            return
        if scene.layout == WALL:
            self.wall(zone, scene.groups)
        elif scene.layout == BARS:
            self.bars(zone, scene.tiles)
        elif scene.layout == SPLIT:
            self.split(zone, scene.tiles)
        else:
            self.list(zone, scene.groups)

    # -- layouts ------------------------------------------------------------------------------
    def image(self, zone: QRectF, content: bytes) -> None:
        from PySide6.QtGui import QImage

        picture = QImage.fromData(content)
        if picture.isNull():
            return
        scaled = picture.size().scaled(zone.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(0, 0, scaled.width(), scaled.height())
        target.moveCenter(zone.center())
        self.p.drawImage(target, picture)

    def wall(self, zone: QRectF, groups: tuple[TileGroup, ...]) -> None:
        """Cards in a grid, group by group, as large as the count allows, never smaller than
        the smallest readable card: what does not fit is counted, not painted (a wall of 2000
        cards from phones paints a few dozen). A wall without clusters shows its newest."""
        u = self.u
        smallest = MIN_TEXT * 3.4 * u
        count = sum(len(g.tiles) for g in groups) + sum(1 for g in groups if g.title)
        columns = max(1, min(6, math.ceil(math.sqrt(count * zone.width() / zone.height() / 2))))
        rows = max(1, math.ceil(count / columns))
        while rows * smallest > zone.height() and columns < 8:
            columns += 1
            rows = math.ceil(count / columns)
        height = max(min(smallest, zone.height()), min(22 * u, zone.height() / rows))
        width = zone.width() / columns
        size = max(MIN_TEXT * u, min(4.6 * u, height / 4.2))
        fitting = max(1, int(zone.height() // height)) * columns
        shown = 0
        x_index, y = 0, zone.y()
        left_over = 0
        if len(groups) == 1 and not groups[0].title and len(groups[0].tiles) > fitting:
            left_over = len(groups[0].tiles) - fitting
            groups = (TileGroup("", groups[0].tiles[-fitting:]),)
        for group in groups:
            if group.title:
                if x_index:
                    x_index, y = 0, y + height
                if y + height > zone.bottom() + 1:
                    left_over += len(group.tiles)
                    continue
                self.text(
                    group.title,
                    size * 1.15,
                    zone.x(),
                    y + height * 0.35,
                    zone.width(),
                    1,
                    self.c.text,
                )
                y += height * 0.75
            for tile in group.tiles:
                if y + height > zone.bottom() + 1 or shown >= fitting:
                    left_over += 1
                    continue
                rect = QRectF(zone.x() + x_index * width, y, width, height).adjusted(
                    u * 0.5, u * 0.5, -u * 0.5, -u * 0.5
                )
                self.card(rect, tile, size)
                shown += 1
                x_index += 1
                if x_index == columns:
                    x_index, y = 0, y + height
        if left_over:
            more = QCoreApplication.translate("Live", "+ {count} more").format(count=left_over)
            self.text(
                more,
                MIN_TEXT * u,
                zone.x(),
                zone.bottom() - MIN_TEXT * u * 0.2,
                zone.width(),
                1,
                self.c.secondary,
                align_right=True,
            )

    def card(self, rect: QRectF, tile: Tile, size: float) -> None:
        path = QPainterPath()
        path.addRoundedRect(rect, self.u * 0.8, self.u * 0.8)
        self.p.fillPath(path, QColor(tile.colour or "#F7D33C"))
        pad = self.u * 0.9
        y = rect.y() + pad
        if tile.symbol:
            self.text(tile.symbol, size, rect.x() + pad, y, size * 2, 1, INK)
        self.text(
            tile.text,
            size,
            rect.x() + pad + (size * 1.6 if tile.symbol else 0),
            y,
            rect.width() - 2 * pad - (size * 1.6 if tile.symbol else 0),
            max(1, int((rect.height() - 2 * pad) // (size * 1.2))),
            INK,
        )
        if tile.value:
            self.text(
                tile.value,
                size,
                rect.x() + pad,
                rect.bottom() - pad - size * 1.1,
                rect.width() - 2 * pad,
                1,
                INK,
                align_right=True,
            )

    def bars(self, zone: QRectF, tiles: tuple[Tile, ...]) -> None:
        """Ranked options: the label, a bar as long as its share, the value at its end."""
        u = self.u
        shown = tiles[: max(1, int(zone.height() // (MIN_TEXT * 2.6 * u)))]
        row = min(11 * u, zone.height() / len(shown))
        size = max(MIN_TEXT * u, min(5 * u, row / 2.2))
        label_width = zone.width() * 0.42
        bar_left = zone.x() + label_width + 2 * u
        bar_room = zone.right() - bar_left - 10 * u
        for index, tile in enumerate(shown):
            y = zone.y() + index * row
            label = f"{tile.symbol} {tile.text}" if tile.symbol else tile.text
            if tile.note:  # the label in the upper half of the row, its note below
                self.text(label, size, zone.x(), y + row * 0.06, label_width, 1, self.c.text)
                self.text(
                    tile.note,
                    size * 0.72,
                    zone.x(),
                    y + row * 0.06 + size * 1.25,
                    label_width,
                    1,
                    self.c.secondary,
                )
            else:
                self.text(
                    label, size, zone.x(), y + (row - size * 1.2) / 2, label_width, 1, self.c.text
                )
            share = max(0.0, min(1.0, tile.share or 0.0))
            bar = QRectF(bar_left, y + row * 0.22, max(u * 0.4, bar_room * share), row * 0.56)
            self.p.fillRect(QRectF(bar_left, bar.y(), bar_room, bar.height()), self.c.bar_track)
            self.p.fillRect(bar, QColor(tile.colour) if tile.colour else self.c.bar_fill)
            if tile.value:
                self.text(
                    tile.value,
                    size,
                    bar.right() + u,
                    y + (row - size * 1.2) / 2,
                    10 * u + bar_room - bar.width(),
                    1,
                    self.c.text,
                )
        if len(shown) < len(tiles):
            more = QCoreApplication.translate("Live", "+ {count} more").format(
                count=len(tiles) - len(shown)
            )
            self.text(
                more,
                MIN_TEXT * u,
                zone.x(),
                zone.bottom() - MIN_TEXT * u,
                zone.width(),
                1,
                self.c.secondary,
                align_right=True,
            )

    def split(self, zone: QRectF, tiles: tuple[Tile, ...]) -> None:
        """The audience's cards: one bar split by colour, each part with its symbol and share,
        then one line per colour with its word."""
        u = self.u
        bar = QRectF(zone.x(), zone.y(), zone.width(), min(20 * u, zone.height() * 0.35))
        total = sum(t.share or 0.0 for t in tiles) or 1.0
        x = bar.x()
        self.p.fillRect(bar, self.c.bar_track)
        for tile in tiles:
            part = bar.width() * (tile.share or 0.0) / total
            if part <= 0:
                continue
            rect = QRectF(x, bar.y(), part, bar.height())
            self.p.fillRect(rect, QColor(tile.colour or "#8E8E8E"))
            self.p.setPen(QPen(QColor(self.c.background), max(2.0, u * 0.3)))
            self.p.drawLine(rect.topRight(), rect.bottomRight())
            label = f"{tile.symbol} {tile.value}".strip()
            size = min(bar.height() * 0.4, 7 * u)
            metrics = QFontMetricsF(projector_font(int(size)))
            if metrics.horizontalAdvance(label) < part - 2 * u:
                self.text(
                    label,
                    size,
                    rect.x() + u,
                    rect.center().y() - size * 0.6,
                    part - 2 * u,
                    1,
                    _readable_on(tile.colour),
                )
            x += part
        y = bar.bottom() + 4 * u
        row = min(9 * u, (zone.bottom() - y) / max(1, len(tiles)))
        size = max(MIN_TEXT * u, min(5 * u, row / 1.5))
        for tile in tiles:
            swatch = QRectF(zone.x(), y + row * 0.15, size * 1.6, size * 1.1)
            self.p.fillRect(swatch, QColor(tile.colour or "#8E8E8E"))
            self.text(
                tile.symbol,
                size * 0.9,
                swatch.x() + size * 0.3,
                swatch.y(),
                size * 1.3,
                1,
                _readable_on(tile.colour),
            )
            line = f"{tile.text}   {tile.value}" + (f"   ({tile.note})" if tile.note else "")
            self.text(
                line, size, swatch.right() + 2 * u, y, zone.width() - swatch.width(), 1, self.c.text
            )
            y += row

    def list(self, zone: QRectF, groups: tuple[TileGroup, ...]) -> None:
        """Lines of text under headings (a decision and its objections, the notes)."""
        u = self.u
        size = 4.2 * u
        y = zone.y()
        hidden = 0
        for group in groups:
            if group.title:
                if y + size * 1.4 > zone.bottom():
                    hidden += len(group.tiles)
                    continue
                y = (
                    self.text(
                        group.title, size * 1.05, zone.x(), y, zone.width(), 1, self.c.secondary
                    )
                    + u * 0.3
                )
            for tile in group.tiles:
                if y + size * 1.3 > zone.bottom():
                    hidden += 1
                    continue
                x = zone.x()
                if tile.symbol:
                    colour = QColor(tile.colour) if tile.colour else self.c.text
                    self.text(tile.symbol, size, x, y, size * 2.2, 1, colour)
                    x += size * 1.8
                width = zone.right() - x - (14 * u if tile.value else 0)
                if tile.value:
                    self.text(
                        tile.value,
                        size,
                        zone.right() - 13 * u,
                        y,
                        13 * u,
                        1,
                        self.c.text,
                        align_right=True,
                    )
                text = f"{tile.text} - {tile.note}" if tile.note else tile.text
                lines = 3 if len(group.tiles) <= 3 else 1
                y = self.text(text, size, x, y, width, lines, self.c.text) + u * 0.4
            y += u
        if hidden:
            more = QCoreApplication.translate("Live", "+ {count} more").format(count=hidden)
            self.text(
                more,
                MIN_TEXT * u,
                zone.x(),
                zone.bottom() - MIN_TEXT * u,
                zone.width(),
                1,
                self.c.secondary,
                align_right=True,
            )


def _readable_on(colour: str) -> QColor:
    """Black on light colours, white on dark ones."""
    found = QColor(colour or "#8E8E8E")
    light = 0.299 * found.red() + 0.587 * found.green() + 0.114 * found.blue()
    return INK if light > 140 else QColor("#FFFFFF")
