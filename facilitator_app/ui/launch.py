"""Starting the window: check the system, make sure no other window runs on the data folder
(else bring that one to the front, or open read-only), load translations, show the main window
at once, then open the database (offering a backup when the file is refused), install the demo
on the first start of a database and hand the data to the window. The database layer is
imported after the first paint."""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from facilitator_app import APP_ID, APP_NAME, APP_SLUG, ORGANISATION, __version__
from facilitator_app.system_check import apt_line, has_display, missing_requirements

if TYPE_CHECKING:
    from facilitator_app.cli.context import CliContext
    from facilitator_app.errors import ChosenFolderMissing
    from facilitator_app.storage.database import Database
    from facilitator_app.ui.context import AppContext
    from facilitator_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)
# Set (to anything) by packaging/check_bundle.py and bench/bundle.py.
QUIT_WHEN_LISTED_ENV = "FACILITATOR_APP_QUIT_WHEN_LISTED"


def launch_gui(cli: CliContext) -> int:
    missing = [r for r in missing_requirements() if r.required]
    if missing:
        print(
            "facilitator-app: the window needs system libraries that are missing.\n"
            f"Install them with:\n    {apt_line(missing)}",
            file=sys.stderr,
        )
        return 1
    if not has_display():
        print("facilitator-app: no display found (DISPLAY is not set).", file=sys.stderr)
        return 1

    from facilitator_app.errors import ChosenFolderMissing
    from facilitator_app.instance_lock import InstanceLock, ask_to_raise

    try:
        data_dir = cli.data_dir
    except ChosenFolderMissing as gone:
        if not _use_standard_folder_instead(cli, gone):
            return 1
        data_dir = cli.data_dir
    # One window per data folder. Asked before Qt starts, so a second start shows nothing.
    lock = InstanceLock.acquire(data_dir)
    if lock is None and ask_to_raise(data_dir):
        print(
            f"{APP_SLUG}: already open on the data folder {data_dir}: its window was brought "
            "to the front"
        )
        return 0
    try:
        return _run_window(cli, read_only=lock is None)
    finally:
        if lock is not None:
            lock.release()


def _use_standard_folder_instead(cli: CliContext, missing: ChosenFolderMissing) -> bool:
    """The folder chosen in the settings is not there: say so in a window (a desktop icon has
    no terminal), and offer the standard folder for this start, or to quit and plug the disk
    in. The choice itself is kept: the next start looks for that folder again."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from facilitator_app.settings import Settings
    from facilitator_app.ui.i18n import install_translations, resolve_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = Settings.in_data_dir(missing.standard)
    install_translations(app, resolve_language(settings.get("language"), cli.language))

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        QCoreApplication.translate(
            "Launch",
            "The data folder chosen in the settings is not there:\n{folder}\n\nIs it on a "
            "disk that is not plugged in? Plug it in and start again. Nothing was created in "
            "its place."
        ).format(folder=missing.folder),
    )
    standard = box.addButton(
        QCoreApplication.translate("Launch", "Open the standard folder this time"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QCoreApplication.translate("Launch", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setInformativeText(
        QCoreApplication.translate("Launch", "Standard folder: {folder}").format(
            folder=missing.standard
        )
    )
    box.exec()
    if box.clickedButton() is not standard:
        return False
    cli.use_data_dir(missing.standard)
    return True


def _run_window(cli: CliContext, *, read_only: bool) -> int:
    from PySide6.QtWidgets import QApplication

    from facilitator_app.instance_lock import holder_pid
    from facilitator_app.paths import logs_dir
    from facilitator_app.settings import Settings
    from facilitator_app.ui.context import AppContext
    from facilitator_app.ui.errors import install_excepthook, setup_logging
    from facilitator_app.ui.i18n import install_translations, resolve_language
    from facilitator_app.ui.main_window import MainWindow
    from facilitator_app.ui.single_instance import RaiseWatcher, show_read_only_banner
    from facilitator_app.ui.style import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(app_icon())

    data_dir = cli.data_dir
    setup_logging(logs_dir(data_dir))
    install_excepthook()
    settings = Settings.in_data_dir(data_dir)
    language = resolve_language(settings.get("language"), cli.language)
    install_translations(app, language)

    context = AppContext(None, settings, data_dir, language)
    window = MainWindow(context)
    _list_at_once(cli, window)
    if os.environ.get(QUIT_WHEN_LISTED_ENV):
        _quit_when_listed(context, window)
    if read_only:
        show_read_only_banner(window, holder_pid(data_dir))
    else:
        RaiseWatcher(window, data_dir)
    window.show()
    _load_database_layer_beside()
    opened: list[bool] = []
    _after_first_paint(
        window, lambda: opened.append(_open_data(cli, context, window, read_only=read_only))
    )
    try:
        code = app.exec()
        # The data could not be opened (the user was told why): not a success for scripts.
        return 1 if opened == [False] else code
    finally:
        context.close()
        if context.has_database:
            context.db.close()


# What opening the data imports: SQLAlchemy, the models, the services of the first screens.
DATABASE_LAYER = (
    "facilitator_app.storage.database",
    "facilitator_app.services.workshops",
    "facilitator_app.demo",
    "facilitator_app.services.agenda",
)


def _load_database_layer_beside() -> None:
    """Import the database layer in a thread while Qt paints the window (started after the
    window is built, so the build does not share the interpreter with it): the data is
    attached sooner after the paint. The import lock keeps the main thread's own imports of
    these modules waiting for this thread's, never running them twice."""
    import importlib

    def load() -> None:
        for name in DATABASE_LAYER:
            try:
                importlib.import_module(name)
            except Exception:  # the main thread's import will meet and report it
                log.debug("import of %s beside the window failed", name, exc_info=True)
                return
        from sqlalchemy.orm import configure_mappers

        configure_mappers()  # what the first query would do, on the main thread

    threading.Thread(target=load, name="database-layer", daemon=True).start()


def _list_at_once(cli: CliContext, window: MainWindow) -> None:
    """The workshops in the window's first paint, read from the file with the standard library
    (the database layer takes most of a second to load, after the paint)."""
    from facilitator_app.storage.glance import glance_workshops

    summaries = glance_workshops(cli.location)
    if summaries:
        window.workshop_list.show_glance(summaries)


def _quit_when_listed(context: AppContext, window: MainWindow) -> None:
    """For the bundle check and the start-up benchmark (a frozen app cannot be instrumented
    from outside): once the workshops are listed, say so on stdout and quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def listed() -> None:
        print(f"listed {window.workshop_list.list.count()}", flush=True)
        QApplication.quit()

    context.database_ready.connect(lambda: QTimer.singleShot(0, listed))


def _after_first_paint(window: MainWindow, callback: Callable[[], None]) -> None:
    """Run `callback` once the window has painted: a zero timer could run before the paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, callback)
                self.deleteLater()
            return False

    window.installEventFilter(FirstPaint(window))


def _open_data(
    cli: CliContext, context: AppContext, window: MainWindow, *, read_only: bool = False
) -> bool:
    """Runs just after the window has appeared; False when the data could not be opened. A
    read-only window only looks: no demo, no backup, no purge (the other window does those)."""
    from facilitator_app.ui.database_dialog import open_or_offer_restore

    db = open_or_offer_restore(cli.location, window, read_only=read_only)
    if db is None:
        window.close()
        return False
    if read_only:
        context.attach_database(db)
        return True
    from facilitator_app.demo import install_demo_once

    install_demo_once(db)
    context.attach_database(db)
    if not context.settings.get("tour_seen") and not os.environ.get(QUIT_WHEN_LISTED_ENV):
        from PySide6.QtCore import QTimer

        # After the list is filled (queued on database_ready), not before it.
        QTimer.singleShot(0, lambda: window.show_tour() if window.isVisible() else None)
    settings = context.settings
    retention = {
        name: settings.get(name) for name in ("personal_data_months", "attendance_months")
    }
    threading.Thread(
        target=_start_up_housekeeping,
        args=(db, settings.get("backups_kept"), retention),
        daemon=True,
    ).start()
    return True


def _start_up_housekeeping(
    db: Database, keep: int | None = None, retention: dict[str, int] | None = None
) -> None:
    """Beside the window: a backup if the data changed since the last one, then empty the bin
    of workshops deleted more than 30 days ago and apply the retention periods of personal
    data (after the backup, so what goes is still in it)."""
    from facilitator_app.services.workshops import purge_deleted
    from facilitator_app.storage.backups import changed_since_last_backup

    try:
        location = db.location
        if (
            location.file
            and location.backups
            and changed_since_last_backup(location.file, location.backups)
        ):
            db.backup("start", keep)
        purge_deleted(db)
        if retention and any(retention.values()):
            from facilitator_app.services.retention import purge_personal_data

            purge_personal_data(
                db,
                personal_data_months=retention.get("personal_data_months", 0),
                attendance_months=retention.get("attendance_months", 0),
            )
    except Exception:
        log.exception("start-up backup or bin purge failed")
