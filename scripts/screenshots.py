"""Screenshots of the main screens, in French and English, at 1366x768 and 1920x1080, to look
at for cut labels, overlapping widgets and English left in the French UI (`make screenshots`).

    python scripts/screenshots.py [--out /tmp/facilitator-shots] [--languages fr en]
                                  [--sizes 1366x768 1920x1080]

Run it on a real display (Xvfb :97 -screen 0 1920x1080x24, then DISPLAY=:97) or offscreen.
The data is the demo, in a folder of its own that is removed afterwards. The PNGs go outside
the repository: never commit them. The windows take the screen less a task bar; the dialogs
keep their own size, so they are taken once per language.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The screen, and the room a maximised window has on it (a task bar and a title bar less).
SIZES = {"1366x768": (1366, 740), "1920x1080": (1920, 1050)}


def _settle(milliseconds: int = 120) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(milliseconds)


def _shoot(widget, out: Path, name: str) -> Path:
    _settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def take(out: Path, languages: list[str], sizes: list[str]) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QTabWidget

    from facilitator_app.services import agenda
    from facilitator_app.services.demo import install_demo
    from facilitator_app.services.live import LiveRun
    from facilitator_app.settings import Settings
    from facilitator_app.storage.database import Location, open_database
    from facilitator_app.ui.context import AppContext
    from facilitator_app.ui.i18n import install_translations
    from facilitator_app.ui.live.console import ConsoleWindow
    from facilitator_app.ui.main_window import MainWindow
    from facilitator_app.ui.reports import open_reports
    from facilitator_app.ui.settings.fields import PAGES

    app = QApplication.instance() or QApplication(sys.argv[:1])
    data = Path(os.environ["FACILITATOR_APP_DATA_DIR"])
    db = open_database(Location.in_data_dir(data))
    workshop_id = install_demo(db)[0]
    settings = Settings.in_data_dir(data)
    settings.set("tour_seen", True)
    taken: list[Path] = []
    try:
        for language in languages:
            install_translations(app, language)
            ctx = AppContext(db, settings, data, language)
            window = MainWindow(ctx)
            window.show()
            window.workshop_list.select(workshop_id)
            day = agenda.workshop_agenda(db, workshop_id).days[0]
            for size in sizes:
                width, height = SIZES[size]
                prefix = f"{language}-{size}"
                window.show_section("show_workshops")
                window.resize(width, height)
                view = window.workshop_view
                view.show_page("overview")
                taken.append(_shoot(window, out, f"{prefix}-1-workshops-overview"))
                view.show_page("agenda").select_item(day.items[0].id)
                taken.append(_shoot(window, out, f"{prefix}-2-planner"))
                participants = view.show_page("participants")
                participants.tabs.setCurrentIndex(0)
                taken.append(_shoot(window, out, f"{prefix}-3-participants"))
                participants.tabs.setCurrentIndex(1)
                taken.append(_shoot(window, out, f"{prefix}-4-groups"))
                library = window.show_section("show_library")
                library.select("world-cafe")
                taken.append(_shoot(window, out, f"{prefix}-5-library"))

                console = ConsoleWindow(ctx, LiveRun(db, workshop_id, recording=False))
                console.resize(width, height)
                console.show()
                taken.append(_shoot(console, out, f"{prefix}-6-console"))
                for tabs in console.findChildren(QTabWidget):
                    if tabs.objectName() != "captureTabs":
                        continue
                    for index in range(tabs.count()):
                        tabs.setCurrentIndex(index)
                        taken.append(_shoot(console, out, f"{prefix}-7-capture-{index}"))
                console.projector.resize(*{"1366x768": (1366, 768)}.get(size, (1920, 1080)))
                console.projector.show()
                taken.append(_shoot(console.projector, out, f"{prefix}-8-projector"))
                console.close()
                console.deleteLater()
                _settle()
            window.show_section("show_workshops")
            window.resize(*SIZES[sizes[0]])
            dialog = window.open_settings()
            for index, page in enumerate(PAGES):
                dialog.tabs.setCurrentIndex(index)
                taken.append(_shoot(dialog, out, f"{language}-9-settings-{page.key}"))
            dialog.close()
            reports = open_reports(window)
            if reports is not None:
                taken.append(_shoot(reports, out, f"{language}-10-reports"))
                reports.close()
            taken.append(_shoot(window.show_shortcuts(), out, f"{language}-11-help-shortcuts"))
            tour = window.show_tour()
            taken.append(_shoot(tour, out, f"{language}-12-help-tour"))
            tour.close()
            window.close()
            window.deleteLater()
            ctx.close()
            _settle()
    finally:
        db.close()
    return taken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir()) / "facilitator-shots"
    )
    parser.add_argument("--languages", nargs="+", default=["fr", "en"], choices=["fr", "en"])
    parser.add_argument("--sizes", nargs="+", default=list(SIZES), choices=list(SIZES))
    args = parser.parse_args(argv)
    if args.out.resolve().is_relative_to(ROOT):
        print("screenshots: keep the PNGs outside the repository", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="facilitator-shots-data-"))
    os.environ["FACILITATOR_APP_DATA_DIR"] = str(data)
    try:
        taken = take(args.out, args.languages, args.sizes)
    finally:
        shutil.rmtree(data, ignore_errors=True)
    print(f"{len(taken)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
