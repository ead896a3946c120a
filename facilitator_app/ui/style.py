"""Icons and the application icon. Icons come from qtawesome's bundled fonts (nothing is
fetched); the ones the code names are shipped pre-rendered (scripts/make_icons.py) so that
start-up does not import qtawesome."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from facilitator_app.resources import resource_path

# The ring around the control that has the keyboard (ui/focus.py): dark enough to stand out on
# the window's grey, a white field and a selected (highlighted) row alike.
FOCUS_RING_COLOUR = "#0b57d0"
FOCUS_RING_WIDTH = 2


@cache
def _shipped(name: str) -> QIcon | None:
    path = resource_path("icons", "mdi", f"{name}.png")
    return QIcon(str(path)) if path.exists() else None


def icon(name: str, color: str | None = None) -> QIcon:
    """A Material Design icon by qtawesome name, e.g. "mdi6.timer-outline"."""
    if color is None:
        shipped = _shipped(name)
        if shipped is not None:
            return shipped
    import qtawesome

    options = {"color": color} if color else {}
    return qtawesome.icon(name, **options)


def app_icon() -> QIcon:
    path = resource_path("icons", "facilitator-app.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
