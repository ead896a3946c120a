"""File > Import, Export, Save as template and New from template. Each function takes the main
window (`window.ctx`, `window.workshop_list`); the work is done by
facilitator_app.services.exchange, and every change is one undoable operation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from facilitator_app.errors import UserError
from facilitator_app.services import workshops as service
from facilitator_app.text import safe_file_name
from facilitator_app.ui.background import run_in_background
from facilitator_app.ui.errors import error_text
from facilitator_app.ui.undo import record

FILE_SUFFIX = ".facilitator"


def _file_filter() -> str:
    return QCoreApplication.translate("Exchange", "Workshop files (*.facilitator);;All files (*)")


def _undoable(window: Any, applied: Callable[[], Any]) -> Any:
    """Run an operation's `.apply` (here or in a background job) and put it on the Undo menu:
    undo removes the workshop it added, redo brings back the very same one."""
    ctx = window.ctx
    return record(ctx.undo_stack, ctx.db, ctx.language, applied())


def import_workshop(window: Any) -> int | None:
    from facilitator_app.services.exchange import import_workshop_file

    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("Exchange", "Import a workshop file"),
        str(Path.home()),
        _file_filter(),
    )
    if not path:
        return None
    try:
        result = _undoable(
            window,
            lambda: run_in_background(
                window,
                QCoreApplication.translate("Exchange", "Importing the workshop…"),
                lambda: import_workshop_file.apply(window.ctx.db, path),
            ),
        )
    except UserError as error:
        _explain_refusal(window, Path(path), error)
        return None
    window.workshop_list.refresh()  # the job's change notice is still on its way
    window.workshop_list.select(result.workshop_id)
    message = QCoreApplication.translate("Exchange", "“{title}” imported.").format(
        title=result.title
    )
    if result.copy_of is not None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("Exchange", "Workshop imported"),
            QCoreApplication.translate(
                "Exchange",
                "This workshop was already here: it was added again as a separate copy. "
                "The earlier one is unchanged.",
            ),
        )
    window.statusBar().showMessage(message, 8000)
    return int(result.workshop_id)


def _explain_refusal(window: Any, path: Path, error: UserError) -> None:
    """The file is refused: say so in the user's language; the precise reason (where in the
    file, in the file format's own terms) goes underneath for whoever made the file."""
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Exchange", "Import impossible"))
    box.setText(
        QCoreApplication.translate(
            "Exchange",
            "“{name}” cannot be imported: it is damaged, incomplete or not a workshop file. "
            "Nothing was changed.",
        ).format(name=path.name)
    )
    box.setInformativeText(
        QCoreApplication.translate("Exchange", "Technical detail: {detail}").format(
            detail=error_text(error)
        )
    )
    box.exec()


def _file_name(title: str) -> str:
    return safe_file_name(title, 80, "workshop") + FILE_SUFFIX


def export_workshop(window: Any) -> Path | None:
    from facilitator_app.services.exchange import export_workshop as export

    workshop_id = window.workshop_list.current_id()
    if workshop_id is None:
        return None
    summary = service.get_summary(window.ctx.db, workshop_id)
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Exchange", "Export the workshop"),
        str(Path.home() / _file_name(summary.title)),
        _file_filter(),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix != FILE_SUFFIX:
        target = target.with_name(target.name + FILE_SUFFIX)
    run_in_background(
        window,
        QCoreApplication.translate("Exchange", "Exporting the workshop…"),
        lambda: export(window.ctx.db, workshop_id, target),
    )
    window.statusBar().showMessage(
        QCoreApplication.translate("Exchange", "Workshop exported to {path}").format(path=target),
        8000,
    )
    return target


def save_as_template(window: Any) -> int | None:
    from facilitator_app.services.exchange import save_as_template as save
    from facilitator_app.ui.exchange.template_dialogs import SaveTemplateDialog

    workshop_id = window.workshop_list.current_id()
    if workshop_id is None:
        return None
    summary = service.get_summary(window.ctx.db, workshop_id)
    dialog = SaveTemplateDialog(summary.title, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    title = dialog.title.text()
    keep = dialog.keep_participants.isChecked()
    result = _undoable(
        window, lambda: save.apply(window.ctx.db, workshop_id, title=title, keep_participants=keep)
    )
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "Exchange", "Template “{title}” saved: File > New from template uses it."
        ).format(title=result.title),
        8000,
    )
    return int(result.workshop_id)


def new_from_template(window: Any) -> int | None:
    from facilitator_app.services.exchange import new_from_template as create
    from facilitator_app.ui.exchange.template_dialogs import NewFromTemplateDialog

    templates = service.list_workshops(window.ctx.db, templates=True)
    if not templates:
        QMessageBox.information(
            window,
            QCoreApplication.translate("Exchange", "No template yet"),
            QCoreApplication.translate(
                "Exchange", "Save a workshop as a template first (File > Save as template)."
            ),
        )
        return None
    dialog = NewFromTemplateDialog(templates, date.today(), window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    template_id, start, title = dialog.template_id(), dialog.first_day(), dialog.title.text()
    result = _undoable(
        window, lambda: create.apply(window.ctx.db, template_id, start=start, title=title)
    )
    window.workshop_list.select(result.workshop_id)
    return int(result.workshop_id)
