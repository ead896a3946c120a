"""The organisation library's dialogs: naming the server, settling a conflict, and the shared
templates. Thin views: they collect choices; the panel calls the services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.organisation.server import SharedItem, VersionConflict
from facilitator_app.services.workshops import WorkshopSummary
from facilitator_app.ui.errors import error_text

UID_ROLE = Qt.ItemDataRole.UserRole


class ConnectDialog(QDialog):
    """The library's server (a URL), the trainer's name, and a password kept out of the
    settings (in a file of the data folder only this user can read)."""

    def __init__(self, url: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organisation library"))
        self.setMinimumWidth(560)
        self.disconnect_asked = False
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "Your organisation can share its own methods and templates on a server. Ask "
                "whoever looks after it for the address. Your workshops stay on this computer."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.url = QLineEdit(url)
        self.url.setObjectName("organisationUrl")
        self.url.setPlaceholderText("postgresql+psycopg://prenom.nom@serveur/bibliotheque")
        form.addRow(self.tr("Server:"), self.url)
        self.author = QLineEdit(author)
        self.author.setObjectName("organisationAuthor")
        self.author.setToolTip(self.tr("Shown beside what you publish"))
        form.addRow(self.tr("Your name:"), self.author)
        self.password = QLineEdit()
        self.password.setObjectName("organisationPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("unchanged"))
        self.password.setToolTip(
            self.tr(
                "Kept in a file of your data folder that only you can read, never in the settings"
            )
        )
        form.addRow(self.tr("Password:"), self.password)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        stop = buttons.addButton(
            self.tr("Use no shared library"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        stop.setObjectName("organisationDisconnect")
        stop.setVisible(bool(url))
        stop.clicked.connect(self._disconnect)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _disconnect(self) -> None:
        self.disconnect_asked = True
        self.accept()


def ask_conflict(parent: QWidget | None, conflict: VersionConflict) -> str | None:
    """ "mine" (keep mine as a separate copy), "theirs" (take theirs) or None (decide later)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ConflictDialog", "Changed by someone else"))
    box.setText(error_text(conflict))
    box.setInformativeText(
        QCoreApplication.translate(
            "ConflictDialog",
            "Keep mine: yours is published as a separate copy, theirs stays as it is. Take "
            "theirs: your copy becomes theirs (Ctrl+Z brings yours back).",
        )
    )
    mine = box.addButton(
        QCoreApplication.translate("ConflictDialog", "Keep mine as a copy"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    theirs = box.addButton(
        QCoreApplication.translate("ConflictDialog", "Take theirs"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("ConflictDialog", "Decide later"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.exec()
    clicked = box.clickedButton()
    if clicked is mine:
        return "mine"
    if clicked is theirs:
        return "theirs"
    return None


class TemplatesDialog(QDialog):
    """The organisation's templates (take a copy home) beside mine (publish one)."""

    def __init__(
        self,
        shared: list[SharedItem],
        mine: list[WorkshopSummary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Templates of the organisation"))
        self.setMinimumSize(720, 420)
        self.choice: tuple[str, str] | None = None  # ("take", shared uid) | ("publish", uid)
        layout = QHBoxLayout(self)
        self.shared = self._column(
            layout,
            self.tr("In the organisation library"),
            "sharedTemplates",
            [
                (
                    self.tr("{title} — by {who}, version {version}").format(
                        title=item.name, who=item.updated_by, version=item.version
                    ),
                    item.uid,
                )
                for item in shared
            ],
            self.tr("Take a copy home"),
            "take",
        )
        self.mine = self._column(
            layout,
            self.tr("My templates"),
            "myTemplates",
            [(summary.title, summary.uid) for summary in mine],
            self.tr("Publish"),
            "publish",
        )

    def _column(
        self,
        layout: QHBoxLayout,
        title: str,
        name: str,
        rows: list[tuple[str, str]],
        action: str,
        kind: str,
    ) -> QListWidget:
        column = QVBoxLayout()
        heading = QLabel(title)
        heading.setStyleSheet("font-weight: 600;")
        column.addWidget(heading)
        listing = QListWidget()
        listing.setObjectName(name)
        for text, uid in rows:
            item = QListWidgetItem(text)
            item.setData(UID_ROLE, uid)
            listing.addItem(item)
        column.addWidget(listing, 1)
        button = QPushButton(action)
        button.setObjectName(f"{kind}Template")
        button.setEnabled(False)
        listing.currentItemChanged.connect(lambda current, _old: button.setEnabled(bool(current)))
        button.clicked.connect(lambda: self._choose(kind, listing))
        column.addWidget(button)
        layout.addLayout(column, 1)
        return listing

    def _choose(self, kind: str, listing: QListWidget) -> None:
        item = listing.currentItem()
        if item is not None:
            self.choice = (kind, item.data(UID_ROLE))
            self.accept()
