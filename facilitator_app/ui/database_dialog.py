"""When the database file is refused (damaged, not ours, newer schema, a folder in its place):
say why, leave it as it is, and offer to restore one of the backups; say where the replaced
file was kept. A read-only data folder is not a refusal: it is explained, with what to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import APP_NAME
from facilitator_app.errors import DatabaseRefused, ReadOnlyData, StorageError
from facilitator_app.storage.backups import BackupInfo, list_backups, restore_backup
from facilitator_app.storage.database import Database, Location, open_database
from facilitator_app.ui.errors import error_text, phrase_text
from facilitator_app.ui.formatting import format_moment, format_number


class RefusedDatabaseDialog(QDialog):
    def __init__(
        self, error: DatabaseRefused, backups: list[BackupInfo], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The data file cannot be opened"))
        self.chosen: BackupInfo | None = None
        layout = QVBoxLayout(self)
        reasons = {
            "corrupt": self.tr("The file is damaged."),
            "foreign": self.tr("The file was not made by this application."),
            "newer-schema": self.tr("The file was written by a newer version of this application."),
            "not-a-file": self.tr(
                "A folder (or something else that is not a file) is where the data file should "
                "be. Restoring a backup moves it aside; otherwise move or rename it yourself."
            ),
        }
        message = QLabel(
            self.tr("{reason}\n\n{path}\n{detail}\n\nIt has not been modified.").format(
                reason=reasons.get(error.reason, self.tr("The file was refused.")),
                path=error.path,
                detail=phrase_text(error.detail),
            )
        )
        message.setWordWrap(True)
        layout.addWidget(message)
        self.backup_list = QListWidget()
        for backup in backups:
            label = self.tr("{date} ({reason}, {size} KiB)").format(
                date=format_moment(backup.created),
                reason=backup.reason,
                size=format_number(backup.size // 1024),
            )
            entry = QListWidgetItem(label)
            entry.setData(256, backup)
            self.backup_list.addItem(entry)
        if backups:
            layout.addWidget(QLabel(self.tr("Restore a backup (the refused file is kept aside):")))
            layout.addWidget(self.backup_list)
            self.backup_list.setCurrentRow(0)
        else:
            layout.addWidget(QLabel(self.tr("There is no backup to restore.")))
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(backups))
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        item = self.backup_list.currentItem()
        if item is not None:
            self.chosen = item.data(256)
            self.accept()


def explain_read_only(parent: QWidget | None, error: ReadOnlyData) -> None:
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("RefusedDatabaseDialog", "The data folder is read-only"),
        QCoreApplication.translate(
            "RefusedDatabaseDialog",
            "{path} cannot be written, so the application could not save anything there.\n\n"
            "Make the folder writable (or copy the data folder somewhere writable and start "
            "the application with --data-dir FOLDER), then start again.",
        ).format(path=error.path),
    )


def announce_restore(parent: QWidget | None, backup: BackupInfo, kept: Path | None) -> None:
    """The user must know the file they had is not lost, and where it is."""
    restored = QCoreApplication.translate(
        "RefusedDatabaseDialog", "The backup of {date} was restored."
    ).format(date=format_moment(backup.created))
    if kept is not None:
        restored += "\n\n" + QCoreApplication.translate(
            "RefusedDatabaseDialog", "The file it replaced was kept, never deleted, as:\n{path}"
        ).format(path=kept)
    QMessageBox.information(
        parent, QCoreApplication.translate("RefusedDatabaseDialog", "Backup restored"), restored
    )


def open_or_offer_restore(
    location: Location, parent: QWidget | None = None, *, read_only: bool = False
) -> Database | None:
    """Open the database; when refused, let the user restore a backup or quit (None). A
    read-only window (another one owns the data folder) only says why it cannot open."""
    if read_only:
        try:
            return open_database(location, read_only=True)
        except ReadOnlyData as error:
            explain_read_only(parent, error)
        except StorageError as error:
            QMessageBox.critical(parent, APP_NAME, error_text(error))
        return None
    while True:
        try:
            return open_database(location)
        except DatabaseRefused as error:
            backups = list_backups(location.backups) if location.backups else []
            dialog = RefusedDatabaseDialog(error, backups, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
                return None
            if location.file is not None:
                try:
                    kept = restore_backup(dialog.chosen.path, location.file)
                except ReadOnlyData as exc:
                    explain_read_only(parent, exc)
                    return None
                except (StorageError, OSError) as exc:
                    QMessageBox.critical(
                        parent,
                        QCoreApplication.translate("RefusedDatabaseDialog", "Restore failed"),
                        error_text(exc),
                    )
                else:
                    announce_restore(parent, dialog.chosen, kept)
        except ReadOnlyData as error:
            explain_read_only(parent, error)
            return None
        except StorageError as error:
            QMessageBox.critical(parent, APP_NAME, error_text(error))
            return None
