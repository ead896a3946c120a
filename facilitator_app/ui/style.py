"""Icons (qtawesome's bundled icon fonts: nothing is fetched) and the application icon."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from facilitator_app.resources import resource_path


def icon(name: str, color: str | None = None) -> QIcon:
    """A Material Design icon by qtawesome name, e.g. "mdi6.timer-outline"."""
    import qtawesome

    options = {"color": color} if color else {}
    return qtawesome.icon(name, **options)


def app_icon() -> QIcon:
    path = resource_path("icons", "facilitator-app.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
