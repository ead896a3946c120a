"""One window per data folder, the Qt side of facilitator_app.instance_lock: the window that
holds the folder looks once a second for a second start's request and comes to the front; a
window that could not reach the first one shows, above everything, that it is read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar

from facilitator_app.instance_lock import take_raise_request

POLL_MS = 1000


def bring_to_front(window: QMainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class RaiseWatcher(QObject):
    """Polls for the request file (a timer works on every system and file system, where a file
    watcher may miss a file made and taken quickly, or not work on a network share)."""

    raised = Signal()

    def __init__(self, window: QMainWindow, directory: Path) -> None:
        super().__init__(window)
        self.setObjectName("raiseWatcher")
        self._window = window
        self._directory = directory
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        if take_raise_request(self._directory):
            bring_to_front(self._window)
            self.raised.emit()


class ReadOnlyBanner(QToolBar):
    """A band across the top of the window: nothing done here is saved, and why."""

    def __init__(self, pid: int | None, parent: QMainWindow | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # it cannot be hidden from a menu
        self.label = QLabel(
            self.tr(
                "Read-only: this application is already open on this data folder (process "
                "{pid}) and did not come to the front. Nothing you change in this window is "
                "saved: use the other window, or close both and start again."
            ).format(pid=pid if pid else "?")
        )
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setStyleSheet(
            "QLabel { background: #fff3bf; color: #5c3c00; padding: 6px; font-weight: bold; }"
        )
        self.addWidget(self.label)


def show_read_only_banner(window: QMainWindow, pid: int | None) -> ReadOnlyBanner:
    banner = ReadOnlyBanner(pid, window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    window.insertToolBarBreak(banner)
    return banner
