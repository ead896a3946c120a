"""Starting the window: check the system, load translations, open the database (offering a
backup when the file is refused), build the demo on first start, then show the main window."""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

from facilitator_app import APP_ID, APP_NAME, ORGANISATION, __version__
from facilitator_app.system_check import apt_line, has_display, missing_requirements

if TYPE_CHECKING:
    from facilitator_app.cli.context import CliContext


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

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator_app.paths import logs_dir
    from facilitator_app.settings import Settings
    from facilitator_app.ui.context import AppContext
    from facilitator_app.ui.database_dialog import open_or_offer_restore
    from facilitator_app.ui.errors import install_excepthook, setup_logging
    from facilitator_app.ui.i18n import install_translations, resolve_language
    from facilitator_app.ui.main_window import MainWindow
    from facilitator_app.ui.style import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())

    data_dir = cli.data_dir
    setup_logging(logs_dir(data_dir))
    install_excepthook()
    settings = Settings.in_data_dir(data_dir)
    language = resolve_language(settings.get("language"), cli.language)
    install_translations(app, language)

    db = open_or_offer_restore(cli.location)
    if db is None:
        return 1
    if db.created:
        from facilitator_app.demo import install_demo

        install_demo(db)
    else:
        from facilitator_app.services.workshops import purge_deleted

        purge_deleted(db)  # workshops in the bin for more than 30 days
    context = AppContext(db, settings, data_dir, language)
    window = MainWindow(context)
    window.show()
    # The start-up backup runs beside the window, never in front of it.
    QTimer.singleShot(
        0, lambda: threading.Thread(target=_backup_quietly, args=(db,), daemon=True).start()
    )
    try:
        return app.exec()
    finally:
        context.close()
        db.close()


def _backup_quietly(db: object) -> None:
    import logging

    try:
        db.backup("start")  # type: ignore[attr-defined]
    except Exception:
        logging.getLogger(__name__).exception("start-up backup failed")
