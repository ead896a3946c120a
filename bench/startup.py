"""Start-up: time to the first painted main window, as a ratio of a bare PySide6 window's time
measured in the same run (goal: at most 2.0). Each sample is a fresh process."""

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
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            watched.removeEventFilter(self)
        return False
spy = FirstPaint()
def listed(window):
    if window.workshop_list.list.count():
        print("listed", flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)
original_init = main_window.MainWindow.__init__
def init(self, ctx):
    original_init(self, ctx)
    self.installEventFilter(spy)
    ctx.database_ready.connect(lambda: QTimer.singleShot(0, lambda: listed(self)))
main_window.MainWindow.__init__ = init
sys.exit(main(["--data-dir", sys.argv[1], "gui"]))
"""


def _time_to_paint(code: str, *args: str) -> float:
    return _times(code, *args)[0]


def _times(code: str, *args: str) -> list[float]:
    """Seconds from process start to each line the child prints ("painted", then "listed")."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=env, text=True,
    )
    assert process.stdout is not None
    marks: list[float] = []
    for line in process.stdout:
        if line.strip() in ("painted", "listed"):
            marks.append(time.perf_counter() - started)
    process.wait(timeout=60)
    if not marks:
        errors = process.stderr.read() if process.stderr else ""
        raise RuntimeError(f"child did not paint: {errors}")
    return marks


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as data_dir:
        _time_to_paint(APP, data_dir)  # first start: creates the database and the demo
        _time_to_paint(BARE)  # warm the file cache for both
        bare, app, listed = [], [], []
        for _ in range(SAMPLES):
            bare.append(_time_to_paint(BARE))
            painted_then_listed = _times(APP, data_dir)
            app.append(painted_then_listed[0])
            listed.append(painted_then_listed[-1])
    ratio = statistics.median(app) / statistics.median(bare)
    listed_ratio = statistics.median(listed) / statistics.median(bare)
    return [
        Figure("bare PySide6 window, process start to first paint (median)",
               statistics.median(bare) * 1000, "ms", "reference", True),
        Figure("main window with data, process start to first paint (median)",
               statistics.median(app) * 1000, "ms", "-", True),
        Figure("start-up ratio: main window / bare window", ratio, "x", "<= 2.0", ratio <= 2.0),
        Figure("main window with its workshops listed (median; data opened after paint)",
               statistics.median(listed) * 1000, "ms", "-", True),
        Figure("workshops listed / bare window's first paint", listed_ratio, "x", "<= 3.0",
               listed_ratio <= 3.0),
    ]
