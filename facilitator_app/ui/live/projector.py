"""The projector view: a top-level window for the room's screen, full screen there.

It only paints the last `DisplayState` it was given. It goes to the screen named in the
setting `projector_screen`, otherwise to a screen other than the console's; with one screen it
is an ordinary window that F makes full screen. When a cable is pulled or plugged in, it moves
to a remaining screen and goes on showing the timer.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QWidget

from facilitator_app.ui.live.display import DisplayState
from facilitator_app.ui.live.projector_paint import ProjectorPainter

log = logging.getLogger(__name__)


def choose_screen(names: Sequence[str], saved: str, console: str | None) -> str | None:
    """The screen the projector view goes to: the remembered one if plugged in, otherwise the
    first screen that is not the console's, otherwise None (share the console's screen)."""
    if saved and saved in names:
        return saved
    return next((name for name in names if name != console), None)


class ProjectorCanvas(QWidget):
    """A widget that shows one `DisplayState`, repainting only when it changes."""

    def __init__(self, parent: QWidget | None = None, flags: Qt.WindowType | None = None) -> None:
        if flags is None:
            super().__init__(parent)
        else:
            super().__init__(parent, flags)
        self.setMinimumSize(320, 180)
        self.state = DisplayState()
        self.painter = ProjectorPainter()

    def show_state(self, state: DisplayState) -> None:
        if state != self.state:
            self.state = state
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.painter.paint(painter, self.width(), self.height(), self.state)
        painter.end()


class ProjectorWindow(ProjectorCanvas):
    # Where the view really is, after every move: the screen's name, and whether it fills it.
    placed = Signal(str, bool)

    def __init__(self, settings, console: QWidget | None = None) -> None:
        # A window of its own, but owned by the console: it goes when the console goes.
        super().__init__(console, Qt.WindowType.Window)
        self.setObjectName("projectorWindow")
        self.setWindowTitle(QCoreApplication.translate("Projector", "Timer - projector"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.resize(960, 540)
        self.settings = settings
        self.console = console
        self.state = DisplayState(theme=settings.get("projector_theme"))
        self.current_screen_name: str | None = None
        self._disposed = False
        app = cast(QGuiApplication, QGuiApplication.instance())
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)

    # -- screens -----------------------------------------------------------------------------
    def _screens(self) -> list[QScreen]:
        return list(QGuiApplication.screens())

    def _console_screen_name(self) -> str | None:
        if self.console is None:
            return None
        screen = self.console.screen()
        return screen.name() if screen is not None else None

    def place(self) -> None:
        """Show the view on the chosen screen: full screen on a second screen, else a window."""
        screens = {screen.name(): screen for screen in self._screens()}
        target = choose_screen(
            list(screens), self.settings.get("projector_screen"), self._console_screen_name()
        )
        if target is None:
            self.current_screen_name = self._console_screen_name()
            self._show_windowed()
            return
        self._move_to(screens[target])

    def _move_to(self, screen: QScreen) -> None:
        self.current_screen_name = screen.name()
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        log.info("projector view on screen %s", screen.name())
        self.placed.emit(screen.name(), True)

    def _show_windowed(self) -> None:
        if not self.isVisible():
            self.show()
        self.placed.emit(self.current_screen_name or "", False)

    def send_to_screen(self, name: str) -> None:
        """The facilitator chose a screen: remember it and go there."""
        self.settings.set("projector_screen", name)
        self.place()

    def _screens_changed(self, _screen: QScreen | None = None) -> None:
        # Qt is still updating its screen list during the signal: look once it has settled.
        QTimer.singleShot(0, self._replace_after_change)

    def _replace_after_change(self) -> None:
        names = [screen.name() for screen in self._screens()]
        if (
            self.current_screen_name not in names
            or choose_screen(
                names, self.settings.get("projector_screen"), self._console_screen_name()
            )
            != self.current_screen_name
        ):
            if self.isFullScreen() and len(names) < 2:
                self.showNormal()
            self.place()

    # -- full screen -------------------------------------------------------------------------
    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self._say_where()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        self._say_where()

    def _say_where(self) -> None:
        screen = self.screen()
        name = screen.name() if screen is not None else (self.current_screen_name or "")
        self.current_screen_name = name or self.current_screen_name
        self.placed.emit(name, self.isFullScreen())

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the projector must not stop the run: it only hides; the console reopens it.
        event.ignore()
        self.hide()

    def dispose(self) -> None:
        if self._disposed:
            return
        self._disposed = True
        app = cast(QGuiApplication, QGuiApplication.instance())
        for signal in (app.screenAdded, app.screenRemoved):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(self._screens_changed)
        self.hide()
        self.deleteLater()
