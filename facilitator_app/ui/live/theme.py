"""Projector colours: very high contrast, saturated, no pastel, legible on a washed-out beam.

Warning turns the digits amber, the last moments red; overtime turns the whole screen red,
which a room notices even when the projector washes colours out.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from facilitator_app.ui.live.display import Level


@dataclass(frozen=True)
class Colours:
    background: QColor
    text: QColor  # names, instructions
    secondary: QColor  # step label, "next" (still strong: no light grey)
    digits: QColor
    bar_track: QColor
    bar_fill: QColor


def _c(value: str) -> QColor:
    return QColor(value)


_THEMES: dict[tuple[str, Level], Colours] = {
    ("dark", Level.NORMAL): Colours(
        _c("#000000"), _c("#FFFFFF"), _c("#D8D8D8"), _c("#FFFFFF"), _c("#3A3A3A"), _c("#FFFFFF")
    ),
    ("dark", Level.WARNING): Colours(
        _c("#000000"), _c("#FFFFFF"), _c("#D8D8D8"), _c("#FFC400"), _c("#3A3A3A"), _c("#FFC400")
    ),
    ("dark", Level.FINAL): Colours(
        _c("#000000"), _c("#FFFFFF"), _c("#D8D8D8"), _c("#FF3B30"), _c("#3A3A3A"), _c("#FF3B30")
    ),
    ("dark", Level.OVERTIME): Colours(
        _c("#B00000"), _c("#FFFFFF"), _c("#FFFFFF"), _c("#FFFFFF"), _c("#6A0000"), _c("#FFFFFF")
    ),
    ("light", Level.NORMAL): Colours(
        _c("#FFFFFF"), _c("#000000"), _c("#202020"), _c("#000000"), _c("#C8C8C8"), _c("#000000")
    ),
    ("light", Level.WARNING): Colours(
        _c("#FFFFFF"), _c("#000000"), _c("#202020"), _c("#A33F00"), _c("#C8C8C8"), _c("#A33F00")
    ),
    ("light", Level.FINAL): Colours(
        _c("#FFFFFF"), _c("#000000"), _c("#202020"), _c("#C00000"), _c("#C8C8C8"), _c("#C00000")
    ),
    ("light", Level.OVERTIME): Colours(
        _c("#C00000"), _c("#FFFFFF"), _c("#FFFFFF"), _c("#FFFFFF"), _c("#7A0000"), _c("#FFFFFF")
    ),
}
BLACK = _c("#000000")


def colours(theme: str, level: Level, flashing: bool = False) -> Colours:
    found = _THEMES.get((theme, level)) or _THEMES[("dark", level)]
    if flashing:
        # The other half of the flash: the theme's own background with red digits.
        base = _THEMES.get((theme, Level.NORMAL)) or _THEMES[("dark", Level.NORMAL)]
        return Colours(
            base.background,
            base.text,
            base.secondary,
            found.background,
            base.bar_track,
            found.background,
        )
    return found
