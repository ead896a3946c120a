"""The Reports menu and its dialog (preview, print, open, save as), and the Evaluation page
where the paper forms are typed in. The documents themselves are facilitator_app.reports."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from facilitator_app.reports.registry import DOCUMENTS
from facilitator_app.ui.errors import reported
from facilitator_app.ui.reports.labels import document_description, document_label


def open_reports(window: Any, kind: str | None = None) -> Any:
    """The dialog for the workshop selected in the window, on `kind` if given."""
    from facilitator_app.ui.reports.dialog import ReportsDialog

    workshop_id = window.workshop_list.current_id()
    if workshop_id is None:
        return None
    with reported(window):
        dialog = ReportsDialog(window.ctx, workshop_id, kind, window)
        window.reports_dialog = dialog
        dialog.open()
        return dialog
    return None


def build_reports_menu(window: Any) -> QMenu:
    """Reports > one entry per document (those that do not apply to the selected workshop are
    greyed out), and Print documents… (Ctrl+P) for the dialog."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("Reports", "&Reports"))
    menu.setObjectName("reportsMenu")
    every = QAction(QCoreApplication.translate("Reports", "&Print documents…"), window)
    every.setObjectName("open_reports")
    every.setShortcut("Ctrl+P")
    every.triggered.connect(lambda: open_reports(window))
    menu.addAction(every)
    menu.addSeparator()
    window.report_actions = {}
    for spec in DOCUMENTS:
        action = QAction(document_label(spec.kind) + "…", window)
        action.setObjectName(f"report_{spec.kind}")
        action.setStatusTip(document_description(spec.kind))
        action.triggered.connect(lambda _=False, kind=spec.kind: open_reports(window, kind))
        menu.addAction(action)
        window.report_actions[spec.kind] = action
    window.report_actions[""] = every
    menu.aboutToShow.connect(lambda: update_reports_menu(window))
    update_reports_menu(window)
    return menu


def update_reports_menu(window: Any) -> None:
    workshop_id = window.workshop_list.current_id() if window.ctx.has_database else None
    kinds: frozenset[str] = frozenset()
    if workshop_id is not None:
        from facilitator_app.errors import NotFoundError
        from facilitator_app.reports.make import kinds_of

        try:
            kinds = kinds_of(window.ctx.db, workshop_id)
        except NotFoundError:
            workshop_id = None
    for kind, action in window.report_actions.items():
        if kind == "":
            action.setEnabled(workshop_id is not None)
            continue
        spec = next(s for s in DOCUMENTS if s.kind == kind)
        action.setEnabled(workshop_id is not None and spec.applies(kinds))
