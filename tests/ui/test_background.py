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
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    run_in_background(None, "…", lambda: time.sleep(0.3))
    timer.stop()
    assert len(ticks) >= 5


def test_the_jobs_error_reaches_the_caller(qtbot):
    def fail() -> None:
        raise UserError("the file is truncated")

    with pytest.raises(UserError, match="truncated"):
        run_in_background(None, "…", fail)

