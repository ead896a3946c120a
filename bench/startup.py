"""Start-up: time to the main window painted with its workshops listed, as a ratio of a bare
PySide6 window's first paint measured in the same run (goal: at most 3.0), and the time until
the database is attached. Each sample is a fresh process."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure

SAMPLES = 7
ROOT = Path(__file__).resolve().parent.parent

# Both children print "painted" on the first paint of their window and quit.
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
            watched.removeEventFilter(self)
        return False
window = QMainWindow()
window.resize(1280, 800)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""

APP = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import facilitator_app.ui.main_window as main_window
from facilitator_app.cli import main
class Paints(QObject):
    # "painted": the window's first paint; "listed": the first paint of the workshop list
    # with workshops in it (before or after the database is attached: what the user sees).
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.painted = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            if watched is self.window and not self.painted:
                self.painted = True
                print("painted", flush=True)
            elif watched is not self.window and self.window.workshop_list.list.count():
                print("listed", flush=True)
                watched.removeEventFilter(self)
        return False
def ready(window):
    assert window.workshop_list.list.count()
    print("ready", flush=True)
    QTimer.singleShot(0, QApplication.instance().quit)
original_init = main_window.MainWindow.__init__
def init(self, ctx):
    original_init(self, ctx)
    self.paints = Paints(self)
    self.installEventFilter(self.paints)
    self.workshop_list.list.viewport().installEventFilter(self.paints)
    ctx.database_ready.connect(lambda: QTimer.singleShot(0, lambda: ready(self)))
main_window.MainWindow.__init__ = init
sys.exit(main(["--data-dir", sys.argv[1], "gui"]))
"""


def _time_to_paint(code: str, *args: str) -> float:
    return _times(code, *args)["painted"]


def _times(code: str, *args: str) -> dict[str, float]:
    """Seconds from process start to the first of each mark the child prints."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=env, text=True,
    )
    assert process.stdout is not None
    marks: dict[str, float] = {}
    for line in process.stdout:
        if line.strip() in ("painted", "listed", "ready"):
            marks.setdefault(line.strip(), time.perf_counter() - started)
    process.wait(timeout=60)
    if not marks:
        errors = process.stderr.read() if process.stderr else ""
        raise RuntimeError(f"child did not paint: {errors}")
    return marks


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as data_dir:
        _time_to_paint(APP, data_dir)  # first start: creates the database and the demo
        _time_to_paint(BARE)  # warm the file cache for both
        bare, app, listed, ready = [], [], [], []
        for _ in range(SAMPLES):
            bare.append(_time_to_paint(BARE))
            marks = _times(APP, data_dir)
            app.append(marks["painted"])
            listed.append(marks["listed"])
            ready.append(marks["ready"])
    listed_ratio = statistics.median(listed) / statistics.median(bare)
    return [
        Figure("bare PySide6 window, process start to first paint (median)",
               statistics.median(bare) * 1000, "ms", "reference", True),
        Figure("main window with data, process start to first paint (median)",
               statistics.median(app) * 1000, "ms", "-", True),
        Figure("main window with its workshops listed, process start to paint (median)",
               statistics.median(listed) * 1000, "ms", "-", True),
        Figure("database attached, a workshop can be opened (median)",
               statistics.median(ready) * 1000, "ms", "-", True),
        Figure("workshops listed / bare window's first paint", listed_ratio, "x", "<= 3.0",
               listed_ratio <= 3.0),
    ]
