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
            QTimer.singleShot(0, QApplication.instance().quit)
            watched.removeEventFilter(self)
        return False
spy = FirstPaint()
original_init = main_window.MainWindow.__init__
def init(self, ctx):
    original_init(self, ctx)
    self.installEventFilter(spy)
main_window.MainWindow.__init__ = init
sys.exit(main(["--data-dir", sys.argv[1], "gui"]))
"""


def _time_to_paint(code: str, *args: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=env, text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.wait(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError(f"child did not paint: {process.stderr.read() if process.stderr else ''}")
    return elapsed


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as data_dir:
        _time_to_paint(APP, data_dir)  # first start: creates the database and the demo
        _time_to_paint(BARE)  # warm the file cache for both
        bare, app = [], []
        for _ in range(SAMPLES):
            bare.append(_time_to_paint(BARE))
            app.append(_time_to_paint(APP, data_dir))
    ratio = statistics.median(app) / statistics.median(bare)
    return [
        Figure("bare PySide6 window, process start to first paint (median)",
               statistics.median(bare) * 1000, "ms", "reference", True),
        Figure("main window with data, process start to first paint (median)",
               statistics.median(app) * 1000, "ms", "-", True),
        Figure("start-up ratio: main window / bare window", ratio, "x", "<= 2.0", ratio <= 2.0),
    ]
