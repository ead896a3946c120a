"""The projector's font: the shipped DejaVu Sans Bold, never whatever the system has, so that
the digits look the same on every laptop (and its digits all have the same width)."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from facilitator_app.resources import resource_path

log = logging.getLogger(__name__)
FALLBACK_FAMILY = "DejaVu Sans"


@cache
def projector_family() -> str:
    path = resource_path("fonts", "DejaVuSans-Bold.ttf")
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("could not load %s; the projector uses the default font", path)
        return FALLBACK_FAMILY
    return families[0]


def projector_font(pixel_size: int) -> QFont:
    font = QFont(projector_family())
    font.setBold(True)
    font.setPixelSize(max(1, int(pixel_size)))
    # Hinting at these sizes only costs time and moves glyphs by a pixel.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
