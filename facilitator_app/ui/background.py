"""Long work (a report, an import, an export, a backup) off the main thread: the window, the
console and the projector keep painting; a dialog with a progress bar (and Cancel, when the job
can stop) appears only if the job lasts more than half a second; the caller still gets the
result, or the job's exception, as if it had called the function directly.

`run_job` hands the job a `facilitator_app.jobs.Progress`: the job steps it, the bar follows,
Cancel (or Escape) asks it to stop at its next step and `Cancelled` reaches the caller, which
says nothing: cancel is not an error. `run_in_background` is the same for a job that cannot
tell how far it is nor stop (a write that must not be interrupted half-way)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.jobs import Cancelled, Progress

T = TypeVar("T")
SHOW_AFTER_MS = 500
POLL_MS = 15
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
    """While the job runs, clicks and keys elsewhere do nothing: the data is being written.
    The job's own dialog (its Cancel button) still gets them."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__()
        self.dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _INPUT_EVENTS:
            return False
        widget = watched if isinstance(watched, QWidget) else None
        while widget is not None:
            if widget is self.dialog:
                return False
            widget = widget.parentWidget()
        return True


class JobDialog(QDialog):
    def __init__(self, label: str, progress: Progress, cancellable: bool, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("jobDialog")
        self.progress = progress
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        self.label = QLabel(label)
        layout.addWidget(self.label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the job says how far it is
        layout.addWidget(self.bar)
        self.detail = QLabel("")
        self.detail.setObjectName("jobDetail")
        layout.addWidget(self.detail)
        self.buttons = QDialogButtonBox()
        self.cancel_button = None
        if cancellable:
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.cancel_button.setObjectName("jobCancel")
            self.cancel_button.clicked.connect(self.ask_to_stop)
            layout.addWidget(self.buttons)

    def follow(self) -> None:
        step = self.progress.current
        fraction = step.fraction
        if fraction is not None:
            if self.bar.maximum() != 1000:
                self.bar.setRange(0, 1000)
            self.bar.setValue(round(fraction * 1000))
        if step.label and not self.progress.cancelled:
            self.detail.setText(step.label)

    def ask_to_stop(self) -> None:
        self.progress.cancel()
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(False)
        self.detail.setText(self.tr("Stopping…"))

    def reject(self) -> None:
        """Escape cancels a job that can stop, and does nothing to one that cannot (it would
        be interrupted half-written)."""
        if self.cancel_button is not None:
            self.ask_to_stop()


def run_job(
    parent: QWidget | None,
    label: str,
    job: Callable[[Progress], T],
    *,
    cancellable: bool = True,
    show_after_ms: int = SHOW_AFTER_MS,
) -> T:
    """Run `job(progress)` on a worker thread; raises `Cancelled` if the user stopped it."""
    progress = Progress()
    outcome: dict[str, object] = {}
    finished = threading.Event()

    def work() -> None:
        try:
            outcome["result"] = job(progress)
        except BaseException as exc:
            outcome["error"] = exc
        finally:
            finished.set()

    loop = QEventLoop()
    # A plain dialog: QProgressDialog shows itself from its own timer, even after hide().
    dialog = JobDialog(label, progress, cancellable, parent)

    def poll() -> None:
        if finished.is_set():
            loop.quit()
        elif dialog.isVisible():
            dialog.follow()

    ticker = QTimer()
    ticker.setInterval(POLL_MS)
    ticker.timeout.connect(poll)
    show_later = QTimer()
    show_later.setSingleShot(True)
    def show() -> None:
        dialog.follow()
        dialog.show()

    show_later.timeout.connect(show)
    blocker = _SwallowInput(dialog)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(blocker)
    thread = threading.Thread(target=work, name="background-job", daemon=True)
    thread.start()
    try:
        if not finished.is_set():
            ticker.start()
            show_later.start(show_after_ms)
            loop.exec()
        thread.join()
    finally:
        ticker.stop()
        show_later.stop()
        if app is not None:
            app.removeEventFilter(blocker)
        dialog.done(0)
        dialog.hide()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    if progress.cancelled and cancellable and "result" not in outcome:
        raise Cancelled()
    return outcome["result"]  # type: ignore[return-value]


def run_in_background(parent: QWidget | None, label: str, job: Callable[[], T]) -> T:
    """A job that can neither tell how far it is nor stop: a busy bar, no Cancel."""
    return run_job(parent, label, lambda _progress: job(), cancellable=False)
