"""Notes per item and per group or table: the scribe types a line, Enter adds it; Delete
removes the chosen note, F2 edits it, M moves it to another group."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from facilitator_app.capture import limits
from facilitator_app.services.capture import notes as service
from facilitator_app.ui.capture.base import CapturePanelBase, LimitedLine, own_keys, short
from facilitator_app.ui.live.output_scene import LINES, OutputScene, Tile, TileGroup


class NoteList(QListWidget):
    def __init__(self, panel: NotesPanel) -> None:
        super().__init__()
        self.panel = panel
        own_keys(self, (Qt.Key.Key_M, Qt.Key.Key_Delete, Qt.Key.Key_F2))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Delete:
            self.panel.remove_chosen()
        elif key == Qt.Key.Key_F2:
            self.panel.edit_chosen()
        elif key == Qt.Key.Key_M:
            self.panel.move_chosen()
        else:
            super().keyPressEvent(event)


class NotesPanel(CapturePanelBase):
    panel_id = "notes"

    def __init__(self, env, parent=None) -> None:
        super().__init__(env, parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.group = QComboBox()
        self.group.setObjectName("noteGroup")
        self.group.setEditable(True)
        self.group.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.group.lineEdit()
        if line is not None:
            line.setMaxLength(limits.GROUP_LABEL)
            line.setPlaceholderText(self.tr("the whole room"))
        self.group.currentTextChanged.connect(self._group_chosen)
        form.addRow(self.tr("&Group or table:"), self.group)
        self.scribe = QLineEdit()
        self.scribe.setObjectName("noteScribe")
        self.scribe.setMaxLength(limits.NAME)
        form.addRow(self.tr("&Scribe:"), self.scribe)
        layout.addLayout(form)
        self.entry = LimitedLine(limits.NOTE_TEXT, self.tr("Type a line, Enter adds it"))
        self.entry.setObjectName("noteEntry")
        self.entry.setAccessibleName(self.tr("New note"))
        self.entry.returnPressed.connect(self.add)
        self.entry.was_cut.connect(self._cut)
        self.draft = self.bind_draft(self.entry)
        layout.addWidget(self.entry)
        self.list = NoteList(self)
        self.list.setObjectName("noteList")
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)

    def title(self) -> str:
        return self.tr("&Notes")

    def tables(self) -> tuple[str, ...]:
        return ("note",)

    def _cut(self, limit: int) -> None:
        self.env.say(self.tr("Cut at {n} characters.").format(n=limit), True)

    def reload(self) -> None:
        self.notes = service.notes_of(self.db, self.env.workshop_id, self.item_id)
        groups = service.groups_of(self.db, self.env.workshop_id, self.item_id)
        current = self.group.currentText()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItems(["", *groups])
        self.group.setEditText(current)
        self.group.blockSignals(False)
        if not self.scribe.text():
            self.scribe.setText(service.scribe_of(self.db, self.item_id, current))
        self.list.clear()
        for note in self.notes:
            label = f"[{note.group_label}] {note.text}" if note.group_label else note.text
            if note.scribe:
                label += f" - {note.scribe}"
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(entry)
        self.list.scrollToBottom()
        self.draft.follow(self.draft_key("entry"))

    def _group_chosen(self, group: str) -> None:
        scribe = service.scribe_of(self.db, self.item_id, group)
        if scribe:
            self.scribe.setText(scribe)

    def focus_entry(self) -> None:
        self.entry.setFocus()

    def add(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        added = self.perform(
            service.add_note,
            self.env.workshop_id,
            self.item_id,
            text,
            group_label=self.group.currentText(),
            scribe=self.scribe.text(),
        )
        if added is not None:
            self.entry.clear()
            self.draft.clear()

    def _chosen(self) -> int | None:
        entry = self.list.currentItem()
        return int(entry.data(Qt.ItemDataRole.UserRole)) if entry is not None else None

    def remove_chosen(self) -> None:
        note_id = self._chosen()
        if note_id is not None:
            self.perform(service.remove_note, note_id)

    def edit_chosen(self) -> None:
        note_id = self._chosen()
        note = next((n for n in self.notes if n.id == note_id), None)
        if note is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Edit the note"), self.tr("Note:"), text=note.text
        )
        if ok and text.strip():
            self.perform(service.edit_note, note.id, text=text)

    def move_chosen(self) -> None:
        note_id = self._chosen()
        if note_id is None:
            return
        groups = [self.group.itemText(i) for i in range(self.group.count())]
        group, ok = QInputDialog.getItem(
            self, self.tr("Move the note"), self.tr("To the group or table:"), groups, 0, True
        )
        if ok:
            self.perform(service.move_note, note_id, group)

    def flush(self) -> None:
        self.env.drafts.flush()

    def scene(self) -> OutputScene:
        groups: dict[str, list[Tile]] = {}
        for note in self.notes:
            groups.setdefault(note.group_label, []).append(Tile(short(note.text, 160)))
        return OutputScene(
            LINES,
            self.tr("Notes"),
            groups=tuple(TileGroup(name, tuple(tiles)) for name, tiles in groups.items()),
        )
