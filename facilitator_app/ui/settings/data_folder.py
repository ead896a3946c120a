"""The data folder on the settings' data page: where it is, and choosing another.

The choice is saved and applied at the next start, not in the running window: the window
holds the folder's lock, its log and its "come to the front" watcher from the start, and
moving them under a running window would leave half of it on each folder. A move is made at
once (the database closed, everything copied and checked, then removed here), and the
window closes after it; opening an existing folder or starting empty waits for the next
start, which the user may make at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.ui.context import AppContext
from facilitator_app.ui.errors import reported


class DataFolderRow(QWidget):
    """The folder, a button to show it, a button to choose another, and what comes next."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.folder = QLineEdit(str(ctx.data_dir))
        self.folder.setReadOnly(True)
        self.folder.setObjectName("dataFolder")
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.folder.setCursorPosition(0)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("showDataFolder")
        self.show_button.setAccessibleName(self.tr("Show the data folder"))
        self.show_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))
        )
        self.change = QPushButton(self.tr("Change..."))
        self.change.setObjectName("changeDataFolder")
        self.change.setAccessibleName(self.tr("Choose another data folder"))
        self.change.clicked.connect(self.choose_folder)
        row.addWidget(self.folder, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.change)
        layout.addLayout(row)
        self.next_start = QLabel()
        self.next_start.setObjectName("dataFolderNextStart")
        self.next_start.setWordWrap(True)
        self.next_start.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.next_start)
        self.show_next_start()

    def show_next_start(self) -> None:
        """What the next start opens, when it is not this folder."""
        from facilitator_app.data_folder import chosen_folder
        from facilitator_app.paths import data_dir_given, home_data_dir

        # Read from the settings, not data_dir(): a chosen folder gone meanwhile is still named.
        upcoming = None if data_dir_given() else (chosen_folder() or home_data_dir())
        text = ""
        if data_dir_given():
            text = self.tr(
                "This window was started with --data-dir: a folder chosen here is used by the "
                "starts without it."
            )
        if upcoming is not None and upcoming != self.ctx.data_dir:
            text = self.tr("From the next start: {folder}").format(folder=upcoming)
        self.next_start.setText(text)
        self.next_start.setVisible(bool(text))

    # -- choosing ----------------------------------------------------------------------------
    def choose_folder(self) -> None:
        start = str(self.ctx.data_dir.parent)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"), start)
        if chosen:
            self.use_folder(Path(chosen))

    def use_folder(self, folder: Path) -> None:
        """Check `folder`, ask what to do with it, and do it."""
        from facilitator_app.data_folder import FolderKind, examine

        check = None
        with reported(self):
            check = examine(folder, self.ctx.data_dir)
        if check is None:
            return
        if check.kind is FolderKind.DATABASE:
            answer = QMessageBox.question(
                self,
                self.tr("Open the data of this folder"),
                self.tr(
                    "{folder} already holds the application's data. Open it from the next "
                    "start? The data of {current} stays where it is."
                ).format(folder=check.folder, current=self.ctx.data_dir),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._choose_for_next_start(check.folder)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("An empty folder"),
            self.tr(
                "{folder} is empty. Move your data there (it leaves {current}, and the "
                "application closes once it is moved), or start there with no data (yours "
                "stays in {current})?"
            ).format(folder=check.folder, current=self.ctx.data_dir),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        move = box.addButton(self.tr("Move my data there"), QMessageBox.ButtonRole.AcceptRole)
        empty = box.addButton(self.tr("Start empty there"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is move:
            self._move_to(check.folder)
        elif box.clickedButton() is empty:
            self._choose_for_next_start(check.folder, empty=True)

    def _choose_for_next_start(self, folder: Path, *, empty: bool = False) -> None:
        from facilitator_app.data_folder import choose, start_empty

        with reported(self):
            if empty:
                start_empty(folder)
            else:
                choose(folder)
            self.show_next_start()
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Data folder chosen"),
                self.tr(
                    "The application opens {folder} from its next start; this window goes on "
                    "with {current} until it closes."
                ).format(folder=folder, current=self.ctx.data_dir),
                QMessageBox.StandardButton.NoButton,
                self,
            )
            close = box.addButton(
                self.tr("Close the application"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is close:
                self._close_window()

    def _move_to(self, folder: Path) -> None:
        """Close the database, move everything, then close the window; on failure the data
        is opened again where it was."""
        from facilitator_app.data_folder import choose, move_data
        from facilitator_app.storage.database import open_database

        window: Any = self.window().parent()
        console = getattr(window, "console", None)
        if console is not None and console.isVisible():
            QMessageBox.information(
                self, self.tr("Move the data"), self.tr("Close the live console first.")
            )
            return
        if not self.ctx.has_database or self.ctx.db.location.file is None:
            QMessageBox.information(
                self,
                self.tr("Move the data"),
                self.tr("This database is not a file of this computer: there is nothing to move."),
            )
            return
        from facilitator_app.ui.autosave import AutoSave

        if window is not None:
            for autosave in window.findChildren(AutoSave):
                autosave.flush()
            if hasattr(window, "open_workshop"):
                window.open_workshop(None)  # no page left reading the closed database
        old = self.ctx.detach_database()
        location = old.location
        old.close()
        moved = False
        with reported(self):
            move_data(self.ctx.data_dir, folder)
            choose(folder)
            moved = True
        if not moved:
            from facilitator_app.ui.settings.backups import refresh_window

            with reported(self):
                self.ctx.attach_database(open_database(location))
                refresh_window(window)
            return
        QMessageBox.information(
            self,
            self.tr("Data moved"),
            self.tr(
                "Your data is now in {folder}. The application closes: start it again to go "
                "on with it."
            ).format(folder=folder),
        )
        self._close_window()

    def _close_window(self) -> None:
        dialog = self.window()
        window = dialog.parent()
        dialog.close()
        if isinstance(window, QWidget):
            window.close()
