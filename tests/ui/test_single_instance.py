"""One window per data folder, as a user meets it, in real processes: a second start brings
the first window to the front and ends; if the first does not answer, the second opens
read-only under a banner. Scripts are never blocked. No socket is involved anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from facilitator_app.cli import main
from facilitator_app.instance_lock import InstanceLock
from facilitator_app.services import workshops
from facilitator_app.storage.database import Location, open_database

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}

# The first window: says "ready" once its data is open, "raised" when asked to come forward.
FIRST = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from facilitator_app.cli import main
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.single_instance import RaiseWatcher

def poll():
    windows = [w for w in QApplication.instance().topLevelWidgets() if isinstance(w, MainWindow)]
    if windows and windows[0].ctx.has_database:
        watcher = windows[0].findChild(RaiseWatcher)
        watcher.raised.connect(lambda: (print("raised", flush=True), windows[0].close()))
        print("ready", flush=True)
        return
    QTimer.singleShot(20, poll)

QTimer.singleShot(0, poll)
sys.exit(main(sys.argv[1:]))
"""

# A window that finds the folder taken: reports its banner and what a change gives.
SECOND = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from facilitator_app.cli import main
from facilitator_app.errors import StorageError
from facilitator_app.services import workshops
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.single_instance import ReadOnlyBanner

def poll():
    windows = [w for w in QApplication.instance().topLevelWidgets() if isinstance(w, MainWindow)]
    if windows and windows[0].ctx.has_database:
        window = windows[0]
        banner = window.findChild(ReadOnlyBanner)
        try:
            workshops.create_workshop(window.ctx.db, "Ne doit pas rester")
            saved = "saved"
        except StorageError as exc:
            saved = str(exc)
        print(json.dumps({
            "banner": banner.label.text() if banner else None,
            "visible": bool(banner and banner.isVisible()),
            "titles": [w.title for w in workshops.list_workshops(window.ctx.db)],
            "change": saved,
        }), flush=True)
        window.close()
        return
    QTimer.singleShot(20, poll)

QTimer.singleShot(0, poll)
sys.exit(main(sys.argv[1:]))
"""


def _with_a_workshop(folder: Path) -> None:
    database = open_database(Location.in_data_dir(folder))
    workshops.create_workshop(database, "Atelier du matin")
    database.close()


def test_a_second_start_brings_the_first_window_to_the_front_and_ends(tmp_path):
    folder = tmp_path / "data"
    _with_a_workshop(folder)
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST, "--data-dir", str(folder), "--lang", "en"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "ready"
        second = subprocess.run(
            [sys.executable, "-m", "facilitator_app", "--data-dir", str(folder)],
            capture_output=True,
            text=True,
            timeout=60,
            env=ENV,
        )
        assert second.returncode == 0, second.stderr
        lines = second.stdout.strip().splitlines()
        assert len(lines) == 1 and "already open" in lines[0] and "front" in lines[0]
        assert first.stdout.readline().strip() == "raised"
        assert first.wait(timeout=30) == 0
    finally:
        if first.poll() is None:
            first.kill()
        first.communicate()


def test_when_the_first_window_does_not_answer_the_second_opens_read_only(tmp_path):
    folder = tmp_path / "data"
    _with_a_workshop(folder)
    silent = InstanceLock.acquire(folder)  # a window that holds the folder but never answers
    assert silent is not None
    try:
        result = subprocess.run(
            [sys.executable, "-c", SECOND, "--data-dir", str(folder), "--lang", "en"],
            capture_output=True,
            text=True,
            timeout=90,
            env=ENV,
        )
    finally:
        silent.release()
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert shown["visible"] and "Read-only" in shown["banner"]
    assert str(os.getpid()) in shown["banner"]
    assert shown["titles"] == ["Atelier du matin"]
    assert "read-only" in shown["change"]
    database = open_database(Location.in_data_dir(folder))
    assert [w.title for w in workshops.list_workshops(database)] == ["Atelier du matin"]
    database.close()


def test_scripts_are_not_blocked_by_an_open_window_but_restore_waits(
    isolated_data_dir, capsys
):
    database = open_database(Location.in_data_dir(isolated_data_dir))
    database.backup("manual")
    database.close()
    window = InstanceLock.acquire(isolated_data_dir)
    assert window is not None
    try:
        assert main(["workshops", "list"]) == 0
        assert main(["backup"]) == 0
        assert main(["restore", "latest"]) == 1
        err = capsys.readouterr().err
        assert "close it" in err and len(err.strip().splitlines()) == 1
    finally:
        window.release()
    assert main(["restore", "latest"]) == 0
