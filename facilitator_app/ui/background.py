"""Long work (import, export) off the main thread: the window keeps painting, a busy dialog
appears only if the job lasts more than half a second, and the caller still gets the result (or
the job's exception) as if it had called the function directly."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

T = TypeVar("T")
SHOW_AFTER_MS = 500
_INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.Wheel,
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
}


class _SwallowInput(QObject):
    """While the job runs, clicks and keys do nothing: the data is being written."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in _INPUT_EVENTS


class _BusyDialog(QDialog):
    def __init__(self, label: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(label))
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: the job cannot tell how far it is
        layout.addWidget(bar)

    def reject(self) -> None:
        """Escape does not close it: the job cannot be interrupted half-written."""


def run_in_background(parent: QWidget | None, label: str, job: Callable[[], T]) -> T:
    outcome: dict[str, object] = {}
    finished = threading.Event()

    def work() -> None:
        try:
            outcome["result"] = job()
        except BaseException as exc:
            outcome["error"] = exc
        finally:
            finished.set()

    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(15)
    poll.timeout.connect(lambda: loop.quit() if finished.is_set() else None)
    # A plain dialog: QProgressDialog shows itself from its own timer, even after hide().
    dialog = _BusyDialog(label, parent)
    show_later = QTimer()
    show_later.setSingleShot(True)
    show_later.timeout.connect(dialog.show)
    blocker = _SwallowInput()
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(blocker)
    thread = threading.Thread(target=work, name="background-job", daemon=True)
    thread.start()
    try:
        if not finished.is_set():
            poll.start()
            show_later.start(SHOW_AFTER_MS)
            loop.exec()
        thread.join()
    finally:
        poll.stop()
        show_later.stop()
        if app is not None:
            app.removeEventFilter(blocker)
        dialog.done(0)
        dialog.hide()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
