"""The backups on the settings' data page: where they are, the list, a backup now, and
restoring one while the window stays open (the database is closed, the backup put in place,
the file it replaced kept, and the database opened again)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.ui.context import AppContext
from facilitator_app.ui.errors import reported
from facilitator_app.ui.formatting import format_moment, format_number

PATH_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupsBox", text)


def _reason(reason: str) -> str:
    known = {
        "start": QCoreApplication.translate("BackupsBox", "at start"),
        "manual": QCoreApplication.translate("BackupsBox", "made by hand"),
        "before-migration": QCoreApplication.translate(
            "BackupsBox", "before an update of the data"
        ),
        "workshop-ended": QCoreApplication.translate("BackupsBox", "at the end of a workshop"),
        "before-restore": QCoreApplication.translate("BackupsBox", "before a restore"),
    }
    return known.get(reason, reason)


class BackupsBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("BackupsBox", "Backups"), parent)
        self.ctx = ctx
        self.setObjectName("backupsBox")
        layout = QVBoxLayout(self)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.list = QListWidget()
        self.list.setObjectName("backupsList")
        self.list.setAccessibleName(
            QCoreApplication.translate("BackupsBox", "Backups, newest first")
        )
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.backup_now = QPushButton(QCoreApplication.translate("BackupsBox", "Back up now"))
        self.backup_now.setObjectName("backupNow")
        self.backup_now.clicked.connect(self.make_backup)
        self.restore = QPushButton(
            QCoreApplication.translate("BackupsBox", "Restore the selected backup...")
        )
        self.restore.setObjectName("restoreBackup")
        self.restore.clicked.connect(self.restore_selected)
        buttons.addWidget(self.backup_now)
        buttons.addStretch(1)
        buttons.addWidget(self.restore)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        ctx.database_ready.connect(self.refresh)
        self.refresh()

    def _backups_folder(self):
        if not self.ctx.has_database:
            return None
        return self.ctx.db.location.backups

    def refresh(self) -> None:
        from facilitator_app.storage.backups import list_backups

        folder = self._backups_folder()
        self.list.clear()
        if folder is None:
            self.where.setText(
                QCoreApplication.translate(
                    "BackupsBox", "This database is not a file of this computer: no backups."
                )
            )
        else:
            self.where.setText(
                QCoreApplication.translate("BackupsBox", "In {folder}").format(folder=folder)
            )
            for backup in list_backups(folder):
                when = format_moment(backup.created)
                size = format_number(backup.size / 1_000_000, 1)
                item = QListWidgetItem(
                    QCoreApplication.translate("BackupsBox", "{when}, {reason} ({size} MB)").format(
                        when=when, reason=_reason(backup.reason), size=size
                    )
                )
                item.setData(PATH_ROLE, backup)
                self.list.addItem(item)
        self.backup_now.setEnabled(folder is not None)
        self._enable()

    def _enable(self) -> None:
        self.restore.setEnabled(self.list.currentItem() is not None)

    def make_backup(self) -> None:
        with reported(self):
            self.ctx.db.backup("manual", self.ctx.settings.get("backups_kept"))
        self.refresh()

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        backup = item.data(PATH_ROLE)
        window: Any = self.window().parent()
        console = getattr(window, "console", None)
        if console is not None and console.isVisible():
            QMessageBox.information(
                self,
                QCoreApplication.translate("BackupsBox", "Restore a backup"),
                QCoreApplication.translate("BackupsBox", "Close the live console first."),
            )
            return
        when = format_moment(backup.created)
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("BackupsBox", "Restore a backup"),
            QCoreApplication.translate(
                "BackupsBox",
                "Put the backup of {when} in place of the data? What you changed since then "
                "is not lost: the current file is kept beside it.",
            ).format(when=when),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        kept = restore_into(self.ctx, backup.path, self)
        if kept is not False:
            from facilitator_app.ui.database_dialog import announce_restore

            announce_restore(self, backup, kept)
            refresh_window(window)
        self.refresh()


def restore_into(ctx: AppContext, backup, parent: QWidget | None):
    """Close the database, restore `backup`, open it again. Returns where the replaced file
    was kept (None: there was none), or False when the restore failed (the data as it was
    is opened again)."""
    from facilitator_app.storage.backups import restore_backup
    from facilitator_app.storage.database import open_database

    old = ctx.detach_database()
    location = old.location
    old.close()
    kept: object = False
    try:
        with reported(parent):
            assert location.file is not None
            kept = restore_backup(backup, location.file)
    finally:
        with reported(parent):
            ctx.attach_database(open_database(location))
    return kept


def refresh_window(window) -> None:
    """The main window shows the restored data: no workshop open, the list read again."""
    if not hasattr(window, "workshop_list"):
        return
    window.open_workshop(None)
    window.workshop_list.refresh()
    window._open_first_workshop()
