"""Long work runs off the main thread and hands back its result or its error."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer

from facilitator_app.errors import UserError
from facilitator_app.ui.background import run_in_background


def test_the_job_runs_on_another_thread_and_its_result_comes_back(qtbot):
    main = threading.current_thread()
    assert run_in_background(None, "…", lambda: threading.current_thread() is not main) is True


def test_the_window_keeps_processing_events_while_the_job_runs(qtbot):
    # The job ends only once the window has handled five timer ticks (or after a generous guard):
    # a blocked event loop fails this on any machine, a busy one merely makes it slower.
    ticked_enough = threading.Event()
    ticks: list[int] = []

    def tick() -> None:
        ticks.append(1)
        if len(ticks) >= 5:
            ticked_enough.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    run_in_background(None, "…", lambda: ticked_enough.wait(timeout=30))
    timer.stop()
    assert len(ticks) >= 5


def test_the_jobs_error_reaches_the_caller(qtbot):
    def fail() -> None:
        raise UserError("the file is truncated")

    with pytest.raises(UserError, match="truncated"):
        run_in_background(None, "…", fail)


def test_the_busy_dialog_is_gone_for_good_once_the_job_ends(qtbot):
    from PySide6.QtWidgets import QApplication, QDialog

    from facilitator_app.ui import background

    def slow() -> None:
        time.sleep(background.SHOW_AFTER_MS / 1000 + 0.3)

    run_in_background(None, "Import de l'atelier…", slow)
    qtbot.wait(4500)  # QProgressDialog's own timer would have shown it again by now
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)]
    assert [d for d in dialogs if d.isVisible()] == []


def test_the_bar_follows_the_job_and_cancel_stops_it_without_an_error_dialog(qtbot):
    from PySide6.QtWidgets import QApplication

    from facilitator_app.jobs import Cancelled
    from facilitator_app.ui import background

    seen: dict[str, object] = {}
    steps: list[int] = []

    def press_cancel() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, background.JobDialog) and w.isVisible()
        )
        seen["value"] = dialog.bar.value()
        dialog.cancel_button.click()

    def long_job(progress) -> None:
        for n in range(1000):
            progress.step(n, 1000, f"certificat {n}")
            steps.append(n)
            time.sleep(0.01)

    QTimer.singleShot(background.SHOW_AFTER_MS + 400, press_cancel)
    with pytest.raises(Cancelled):
        background.run_job(None, "Certificats…", long_job)
    assert 0 < int(seen["value"]) < 1000  # the bar had moved, in per mille
    assert len(steps) < 1000  # stopped at its next step


def test_escape_does_not_interrupt_a_job_that_cannot_stop(qtbot):
    from PySide6.QtWidgets import QApplication

    from facilitator_app.ui import background

    def press_escape() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, background.JobDialog) and widget.isVisible():
                widget.reject()
                assert widget.cancel_button is None

    QTimer.singleShot(background.SHOW_AFTER_MS + 200, press_escape)
    assert run_in_background(None, "…", lambda: time.sleep(0.9) or "written") == "written"
