"""The whole start, in its own process as a user gets it: the window appears, then the data is
opened, the demo installed on first start, and the list filled. Real widgets and database."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Starts the app through its entry point, reports the window's list once filled, then quits.
PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from facilitator_app.cli import main
from facilitator_app.ui.main_window import MainWindow

waited = []

def poll():
    app = QApplication.instance()
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    if windows and windows[0].ctx.has_database:
        waited.append(1)  # an empty list is reported too, after a few seconds
    if waited and (windows[0].workshop_list.list.count() or len(waited) > 250):
        rows = windows[0].workshop_list.list
        print(json.dumps({"titles": [rows.item(i).text() for i in range(rows.count())],
                          "title": windows[0].windowTitle()}), flush=True)
        windows[0].close()
        return
    QTimer.singleShot(20, poll)

QTimer.singleShot(0, poll)
sys.exit(main(sys.argv[1:]))
"""


def test_first_start_shows_the_demo_world_cafe(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(tmp_path), "--lang", "fr"],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert any("World Café" in title for title in shown["titles"])
    assert (tmp_path / "facilitator.sqlite3").exists()
    assert (tmp_path / "logs" / "facilitator.log").exists()


def test_the_window_shows_the_demo_even_when_a_command_made_the_database_first(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    script = subprocess.run(
        [sys.executable, "-m", "facilitator_app", "--data-dir", str(tmp_path), "workshops", "list"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert script.returncode == 0, script.stderr
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(tmp_path), "--lang", "fr"],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert any("World Café" in title for title in shown["titles"])


# Starts the app; reports the first message box it shows (and answers it), then lets it end.
MESSAGE_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from facilitator_app.cli import main

def poll():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        print(json.dumps({"title": box.windowTitle(), "text": box.text()}), flush=True)
        box.accept()
        return
    QTimer.singleShot(20, poll)

QTimer.singleShot(0, poll)
sys.exit(main(sys.argv[1:]))
"""


def test_a_read_only_data_folder_shows_what_to_do_instead_of_dying(tmp_path):
    from tests.read_only import run_read_only

    folder = tmp_path / "data"
    folder.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = run_read_only(
        folder,
        [sys.executable, "-c", MESSAGE_PROBE, "--data-dir", str(folder), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert "read-only" in shown["title"]
    assert "writable" in shown["text"] and "--data-dir" in shown["text"]


def test_every_icon_the_code_names_is_shipped_pre_rendered():
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make_icons.py")
    assert spec and spec.loader
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    names = make_icons.referenced_names()
    assert names
    missing = [n for n in names if not (make_icons.TARGET / f"{n}.png").exists()]
    assert not missing, f"run scripts/make_icons.py: {missing}"
    assert all(re.fullmatch(r"[a-z0-9]+\.[a-z0-9-]+", n) for n in names)


def test_the_folder_chosen_in_the_settings_is_opened_by_the_next_start(tmp_path):
    from facilitator_app.data_folder import choose
    from facilitator_app.services import workshops
    from facilitator_app.storage.database import Location, open_database

    home, chosen = tmp_path / "standard", tmp_path / "chosen"
    db = open_database(Location.in_data_dir(chosen))
    workshops.create_workshop(db, "Atelier du dossier choisi")
    db.close()
    choose(chosen, home)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "FACILITATOR_APP_DATA_DIR": str(home),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "--lang", "fr"],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert "Atelier du dossier choisi" in shown["titles"]
    assert not (home / "facilitator.sqlite3").exists()
    assert (chosen / "logs" / "facilitator.log").exists()


# Reports what the window's first paint carried: the workshops, before the data was attached.
FIRST_PAINT_PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject
import facilitator_app.ui.main_window as main_window
from facilitator_app.cli import main

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
            rows = self.window.workshop_list.list
            self.seen = {"rows": [rows.item(i).text() for i in range(rows.count())],
                         "attached": self.window.ctx.has_database}
            print(json.dumps(self.seen), flush=True)
        return False

original_init = main_window.MainWindow.__init__
def init(self, ctx):
    original_init(self, ctx)
    self.first_paint = FirstPaint()
    self.first_paint.window = self
    self.installEventFilter(self.first_paint)
main_window.MainWindow.__init__ = init
sys.exit(main(sys.argv[1:]))
"""


def test_the_first_paint_lists_the_workshops_before_the_data_is_attached(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "FACILITATOR_APP_QUIT_WHEN_LISTED": "1"}
    command = [sys.executable, "-c", FIRST_PAINT_PROBE, "--data-dir", str(tmp_path), "gui"]
    first = subprocess.run(command, capture_output=True, text=True, timeout=90, env=env)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout.splitlines()[0])["rows"] == []  # first start: no file yet
    again = subprocess.run(command, capture_output=True, text=True, timeout=90, env=env)
    assert again.returncode == 0, again.stderr
    seen = json.loads(again.stdout.splitlines()[0])
    assert seen["attached"] is False
    assert any("World Café" in row for row in seen["rows"])


# Answers the first message box with the button named in $ANSWER, and says what it showed.
ANSWER_PROBE = """
import json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from facilitator_app.cli import main

def poll():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        print(json.dumps({"text": box.text(), "more": box.informativeText()}), flush=True)
        for button in box.buttons():
            if button.text() == os.environ["ANSWER"]:
                button.click()
        return
    QTimer.singleShot(20, poll)

QTimer.singleShot(0, poll)
sys.exit(main(sys.argv[1:]))
"""


def test_a_chosen_data_folder_that_is_gone_is_said_and_never_made_anew(tmp_path):
    from facilitator_app.data_folder import start_empty

    standard, usb = tmp_path / "standard", tmp_path / "usb" / "ateliers"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "FACILITATOR_APP_DATA_DIR": str(standard), "FACILITATOR_APP_QUIT_WHEN_LISTED": "1"}
    start_empty(usb, standard)
    (usb / "facilitator.sqlite3").unlink()
    usb.rmdir()  # the disk was unplugged
    command = [sys.executable, "-c", ANSWER_PROBE, "--lang", "en", "gui"]
    quit_ = subprocess.run(command, capture_output=True, text=True, timeout=90,
                           env={**env, "ANSWER": "Quit"})
    assert quit_.returncode == 1, quit_.stderr
    shown = json.loads(quit_.stdout.splitlines()[0])
    assert str(usb) in shown["text"] and "plugged in" in shown["text"]
    assert str(standard) in shown["more"]
    assert not usb.exists()  # nothing made in its place
    opened = subprocess.run(command, capture_output=True, text=True, timeout=90,
                            env={**env, "ANSWER": "Open the standard folder this time"})
    assert opened.returncode == 0, opened.stderr
    assert "listed" in opened.stdout  # the window opened on the standard folder (the demo)
    assert (standard / "facilitator.sqlite3").exists() and not usb.exists()
    cli = subprocess.run([sys.executable, "-m", "facilitator_app", "workshops", "list"],
                         capture_output=True, text=True, timeout=60, env=env)
    assert cli.returncode == 1 and "--data-dir" in cli.stderr and "Traceback" not in cli.stderr
    assert len(cli.stderr.strip().splitlines()) == 1
