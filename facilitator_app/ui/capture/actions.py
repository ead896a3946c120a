"""Action items: what, who, by when (a date, or "d'ici 6 mois"), Enter adds it; in the list,
1 to do, 2 in progress, 3 done, 4 dropped, Delete removes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidgetItem, QVBoxLayout

from facilitator_app.capture import limits
from facilitator_app.capture.words import ACTION_STATUSES
from facilitator_app.services.capture import actions as service
from facilitator_app.timefmt import format_short_date
from facilitator_app.ui.capture.base import CapturePanelBase, LimitedLine, short
from facilitator_app.ui.capture.records import _Keys
from facilitator_app.ui.capture.rounds import parse_date
from facilitator_app.ui.live.output_scene import LINES, OutputScene, Tile, TileGroup

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_KEYS = {getattr(Qt.Key, f"Key_{n}"): code for n, code in enumerate(ACTION_STATUSES, 1)}
MARKS = {"open": "○", "in_progress": "◐", "done": "✔", "dropped": "✖"}


class ActionsPanel(CapturePanelBase):
    panel_id = "actions"

    def __init__(self, env, parent=None) -> None:
        super().__init__(env, parent)
        self.found: list[service.ActionView] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.what = LimitedLine(limits.NOTE_TEXT, self.tr("The action, Enter adds it"))
        self.what.setObjectName("actionWhat")
        self.draft = self.bind_draft(self.what)
        form.addRow(self.tr("&What:"), self.what)
        self.who = LimitedLine(limits.TITLE)
        self.who.setObjectName("actionWho")
        form.addRow(self.tr("W&ho:"), self.who)
        self.due = LimitedLine(limits.NAME, self.tr('2026-04-01, 01/04/2026 or "within 6 months"'))
        self.due.setObjectName("actionDue")
        form.addRow(self.tr("&By when:"), self.due)
        for field in (self.what, self.who, self.due):
            field.returnPressed.connect(self.add)
        layout.addLayout(form)
        legend = "   ".join(
            f"{n} {MARKS[c]} {w.text(self.language)}"
            for n, (c, w) in enumerate(ACTION_STATUSES.items(), 1)
        )
        layout.addWidget(QLabel(legend))
        self.list = _Keys({**STATUS_KEYS, Qt.Key.Key_Delete: "delete"}, self._key)
        self.list.setObjectName("actionList")
        self.list.setAccessibleName(self.tr("Actions decided"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)

    def title(self) -> str:
        return self.tr("&Actions")

    def tables(self) -> tuple[str, ...]:
        return ("action_item",)

    def reload(self) -> None:
        self.found = service.actions_of(self.db, self.env.workshop_id, self.item_id)
        row = self.list.currentRow()
        self.list.clear()
        for action in self.found:
            entry = QListWidgetItem(f"{MARKS[action.status]} {action.what}{self._details(action)}")
            entry.setData(ID_ROLE, action.id)
            self.list.addItem(entry)
        if row >= 0 and self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.draft.follow(self.draft_key("what"))

    def _details(self, action: service.ActionView) -> str:
        due = format_short_date(action.due_on, self.language) if action.due_on else action.due_text
        parts = [action.who, due]
        parts = [p for p in parts if p]
        return f" - {' · '.join(parts)}" if parts else ""

    def add(self) -> None:
        what = self.what.text().strip()
        if not what:
            self.what.setFocus()
            return
        due = self.due.text().strip()
        try:
            due_on = parse_date(due) if due[:1].isdigit() else None
        except ValueError:
            due_on = None  # "15 mars" stays words
        self.perform(
            service.add_action,
            self.env.workshop_id,
            self.item_id,
            what,
            who=self.who.text(),
            due_on=due_on,
            due_text="" if due_on else due,
        )
        if self.last_ok:
            for field in (self.what, self.who, self.due):
                field.clear()
            self.draft.clear()
            self.what.setFocus()

    def _key(self, entry: QListWidgetItem, what: str) -> None:
        action_id = int(entry.data(ID_ROLE))
        if what == "delete":
            self.perform(service.remove_action, action_id)
        else:
            self.perform(service.edit_action, action_id, status=what)

    def focus_entry(self) -> None:
        self.what.setFocus()

    def flush(self) -> None:
        self.env.drafts.flush()

    def scene(self) -> OutputScene:
        tiles = tuple(
            Tile(
                short(a.what, 160),
                symbol=MARKS[a.status],
                note=self._details(a).removeprefix(" - "),
            )
            for a in self.found
        )
        return OutputScene(LINES, self.tr("Next steps"), groups=(TileGroup("", tiles),))
