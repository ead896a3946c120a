"""The whole start: the window appears, then the data is opened, the demo installed on first
start, and the list filled. Real widgets, real database, offscreen."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator_app.cli import main
from facilitator_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def run_app_until(condition, qapp, timeout_ms: int = 20000) -> tuple[int, list[str]]:
    """Start the app through the CLI entry point, return when `condition(window)` holds."""
    seen: list[str] = []

    def poll() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and windows[0].ctx.has_database and condition(windows[0]):
            seen.append(", ".join(
                windows[0].workshop_list.list.item(i).text()
                for i in range(windows[0].workshop_list.list.count())
            ))
            windows[0].close()
            qapp.quit()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    QTimer.singleShot(timeout_ms, qapp.quit)
    code = main(["--lang", "en", "gui"])
    return code, seen


def test_first_start_shows_the_demo_world_cafe(qapp, isolated_data_dir):
    code, seen = run_app_until(lambda w: w.workshop_list.list.count() > 0, qapp)
    assert code == 0
    assert seen and "World Café" in seen[0]
    assert (isolated_data_dir / "facilitator.sqlite3").exists()
    assert (isolated_data_dir / "logs" / "facilitator.log").exists()


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
