"""An output shown on the projector (the card wall, a vote's result, the room's weather, the
audience's coloured cards, a decision and its objections), as plain data: the capture panels
build it, ui/live/output_paint.py paints it. Free of Qt, like display.py."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tile:
    """A card, an option, a line. A colour always comes with a symbol or a word."""

    text: str
    colour: str = ""  # "#RRGGBB", or "" for the theme's text colour
    symbol: str = ""  # ● ▲ ■ ♥ ◆ ★, ✔ ? ✖, ☀ ☁ ☂ ⚡ ≡
    value: str = ""  # "12", "60 %"
    share: float | None = None  # 0..1: the length of its bar
    note: str = ""  # a second, smaller line: a status, a name


@dataclass(frozen=True)
class TileGroup:
    title: str
    tiles: tuple[Tile, ...]


# How a scene is laid out: cards in a grid, ranked bars, one split bar, lines of text.
WALL, BARS, SPLIT, LINES, IMAGE = "wall", "bars", "split", "lines", "image"


@dataclass(frozen=True)
class OutputScene:
    layout: str
    title: str
    subtitle: str = ""
    groups: tuple[TileGroup, ...] = ()
    # Shown instead of the results (a vote hidden until it is closed).
    hidden_note: str = ""
    footer: str = ""
    image: bytes = b""  # a photo of a flip chart (IMAGE)

    @property
    def tiles(self) -> tuple[Tile, ...]:
        return tuple(t for g in self.groups for t in g.tiles)
