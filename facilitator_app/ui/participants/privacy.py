"""One person's personal data from the roster: export it as JSON (their right of access) or
remove them from every workshop (their right of erasure), their contributions kept anonymous
or removed as the facilitator chooses. docs/privacy.md says what each does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMenu,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.text import safe_file_name
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.errors import reported
from facilitator_app.ui.style import icon


class ForgetDialog(QDialog):
    """Where the person is, and what becomes of what they wrote."""

    def __init__(self, found: list[dict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forgetPersonDialog")
        name = found[0]["name"] if found else ""
        self.setWindowTitle(self.tr("Remove “{name}” everywhere").format(name=name))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This person is on the roster of:")))
        self.where = QListWidget()
        self.where.setObjectName("forgetWhere")
        self.where.setAccessibleName(self.tr("Workshops where the person is"))
        for row in found:
            self.where.addItem(row["workshop"])
        layout.addWidget(self.where)
        self.anonymous = QRadioButton(self.tr("Keep what they wrote, without their name"))
        self.anonymous.setObjectName("forgetKeepOutputs")
        self.anonymous.setChecked(True)
        self.remove = QRadioButton(self.tr("Remove what they wrote too"))
        self.remove.setObjectName("forgetRemoveOutputs")
        group = QButtonGroup(self)
        group.addButton(self.anonymous)
        group.addButton(self.remove)
        layout.addWidget(self.anonymous)
        layout.addWidget(self.remove)
        note = QLabel(
            self.tr(
                "Their attendance goes too: print the signed sheets first if the law asks you "
                "to keep them. Ctrl+Z undoes this until the window closes."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Remove everywhere"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def outputs(self) -> str:
        return "remove" if self.remove.isChecked() else "anonymous"


class PersonalDataButton(QToolButton):
    """The roster bar's "Personal data" menu, for the one selected participant."""

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.setObjectName("personalDataButton")
        self.setText(self.tr("Personal data"))
        self.setIcon(icon("mdi6.shield-account-outline"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.export_action = menu.addAction(self.tr("Export this person's data…"))
        self.export_action.setObjectName("exportPersonData")
        self.export_action.triggered.connect(lambda: self.export())
        self.forget_action = menu.addAction(self.tr("Remove this person everywhere…"))
        self.forget_action.setObjectName("forgetPerson")
        self.forget_action.triggered.connect(lambda: self.forget())
        self.setMenu(menu)

    def _one(self) -> int | None:
        ids = self.page.selected_ids()  # type: ignore[attr-defined]
        return ids[0] if len(ids) == 1 else None

    def export(self, path: str | None = None) -> Path | None:
        from facilitator_app.services.privacy import person_data, write_person_data

        participant_id = self._one()
        if participant_id is None:
            return None
        with reported(self):
            data = person_data(self.ctx.db, participant_id)
            if path is None:
                name = safe_file_name(data["person"], 80, "participant") + ".json"
                suggested = str(self.ctx.data_dir.parent / name)
                path, _ = QFileDialog.getSaveFileName(
                    self, self.tr("Export this person's data"), suggested, "JSON (*.json)"
                )
            if not path:
                return None
            return write_person_data(data, Path(path))
        return None

    def forget(self, dialog: ForgetDialog | None = None) -> int:
        from facilitator_app.services.privacy import forget_person, records_of

        participant_id = self._one()
        if participant_id is None:
            return 0
        with reported(self):
            dialog = dialog or ForgetDialog(records_of(self.ctx.db, participant_id), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
            return int(self.ctx.perform(forget_person, participant_id, outputs=dialog.outputs()))
        return 0

    def follow(self, ids: list[int]) -> None:
        self.setEnabled(len(ids) == 1)
