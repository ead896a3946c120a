"""Co-development: a session per client (Ctrl+N proposes who has not been client yet in the
series), the problem, the contract and the client's synthesis written as one goes, and the
questions, suggestions, steps of the action plan and learnings added with Enter. Who asked
what is not written unless the phase (or the check box) says so: the method is confidential."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.capture import limits
from facilitator_app.capture.words import CODEV_PARTS
from facilitator_app.services.capture import codev as service
from facilitator_app.services.capture import records
from facilitator_app.ui.autosave import AutoSave
from facilitator_app.ui.capture.base import (
    CapturePanelBase,
    LimitedLine,
    LimitedText,
    PeopleCombo,
    labelled,
    own_keys,
    people_of,
    short,
)
from facilitator_app.ui.capture.rounds import parse_date
from facilitator_app.ui.live.output_scene import LINES, OutputScene, Tile, TileGroup

TEXTS = ("problem", "contract", "synthesis")
ENTRIES = ("question", "suggestion", "plan", "learning")


class EntryList(QListWidget):
    def __init__(self, panel: CodevPanel) -> None:
        super().__init__()
        self.panel = panel
        own_keys(self, (Qt.Key.Key_Delete,))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        entry = self.currentItem()
        if event.key() == Qt.Key.Key_Delete and entry is not None:
            self.panel.perform(records.remove_record, int(entry.data(Qt.ItemDataRole.UserRole)))
        else:
            super().keyPressEvent(event)


class CodevPanel(CapturePanelBase):
    panel_id = "codev"

    def __init__(self, env, parent=None) -> None:
        super().__init__(env, parent)
        self.series: list[service.CodevSession] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setObjectName("codevChoice")
        self.choice.currentIndexChanged.connect(self._part_chosen)
        top.addWidget(self.choice, 1)
        new = QPushButton(self.tr("New session"))
        new.setObjectName("codevNew")
        new.setToolTip("Ctrl+N")
        new.clicked.connect(self.new)
        top.addWidget(new)
        layout.addLayout(top)
        self.part = QComboBox()
        self.part.setObjectName("codevPart")
        for code, word in CODEV_PARTS.items():
            self.part.addItem(word.text(self.language), code)
        self.part.currentIndexChanged.connect(self._part_chosen)
        layout.addWidget(self.part)
        self.text = LimitedText(limits.LONG_TEXT)
        self.text.setObjectName("codevText")
        self.saver = AutoSave(self.text, self._save_text)
        layout.addWidget(self.text, 1)
        self.entry_box = QWidget()
        form = QFormLayout(self.entry_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.author = PeopleCombo(self.tr("who (not written unless asked)"))
        self.author.setObjectName("codevAuthor")
        self.with_authors = QCheckBox(self.tr("&Write who said it"))
        self.with_authors.setObjectName("codevWithAuthors")
        self.with_authors.toggled.connect(self.author.setEnabled)
        form.addRow(self.with_authors, self.author)
        self.entry = LimitedLine(limits.LONG_TEXT, self.tr("Type it, Enter adds it"))
        self.entry.setObjectName("codevEntry")
        self.entry.returnPressed.connect(self.add)
        self.draft = self.bind_draft(self.entry)
        form.addRow(self.entry)
        self.plan_fields: dict[str, LimitedLine] = {}
        for key, label in (
            ("resources", self.tr("Resources:")),
            ("due", self.tr("By when:")),
            ("indicator", self.tr("Indicator:")),
            ("follow_up", self.tr("Follow-up on:")),
        ):
            field = LimitedLine(1000 if key != "follow_up" else 20)
            field.setObjectName(f"codevPlan_{key}")
            field.returnPressed.connect(self.add)
            form.addRow(label, field)
            self.plan_fields[key] = field
        layout.addWidget(self.entry_box)
        self.entries = EntryList(self)
        self.entries.setObjectName("codevEntries")
        self.entries.setWordWrap(True)
        layout.addWidget(self.entries, 1)
        action = QAction(self)
        action.setShortcut(QKeySequence("Ctrl+N"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.new)
        self.addAction(action)
        self.author.setEnabled(False)

    def title(self) -> str:
        return self.tr("Co-&development")

    def tables(self) -> tuple[str, ...]:
        return ("tool_record",)

    def reload(self) -> None:
        current = self.choice.currentData()
        self.series = service.sessions(self.db, self.env.workshop_id)
        mine = [s for s in self.series if s.record.item_id == self.item_id] or self.series
        self.choice.blockSignals(True)
        self.choice.clear()
        for session in mine:
            self.choice.addItem(f"{session.number}. {session.client}", session.id)
        index = self.choice.findData(current)
        self.choice.setCurrentIndex(index if index >= 0 else self.choice.count() - 1)
        self.choice.blockSignals(False)
        self.author.set_people(people_of(self.db, self.env.workshop_id))
        if self.spec is not None and self.spec.kind == "codev":
            self.with_authors.setChecked(bool(self.spec["authors"]))
            self.part.setCurrentIndex(self.part.findData(self.spec["stage"]))
        self.draft.follow(self.draft_key("entry"))
        self._show()

    @property
    def session(self) -> service.CodevSession | None:
        return next((s for s in self.series if s.id == self.choice.currentData()), None)

    def _part_chosen(self) -> None:
        self.saver.flush()
        self._show()

    def _show(self) -> None:
        part = self.part.currentData()
        session = self.session
        is_text = part in TEXTS
        self.text.setVisible(is_text)
        self.entry_box.setVisible(not is_text)
        for field in self.plan_fields.values():
            field.setVisible(part == "plan")
            form = self.entry_box.layout()
            label = form.labelForField(field) if isinstance(form, QFormLayout) else None
            if label is not None:
                label.setVisible(part == "plan")
        self.entries.clear()
        if session is None:
            self.env.say(self.tr("Ctrl+N starts a session with its client."), False)
            return
        if is_text and not self.saver.pending():
            # What the text field holds: it is saved there, whatever is chosen next.
            self._text_target = (session.id, part)
            self.saver.set_text(str(session.record[part] or ""))
        for entry in session.part(part) if not is_text else ():
            text = entry["text"]
            if part == "plan":
                extra = [entry[k] for k in ("resources", "due", "indicator", "follow_up")]
                text += "".join(f" · {value}" for value in extra if value)
            if entry.author:
                text = labelled(entry.author, text, self.language)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.entries.addItem(item)

    def new(self) -> None:
        proposed = service.next_clients(self.db, self.env.workshop_id)
        others = [
            name
            for _pid, name in people_of(self.db, self.env.workshop_id)
            if name not in {n for _p, n in proposed}
        ]
        names = [name for _pid, name in proposed] + others
        client, ok = QInputDialog.getItem(
            self,
            self.tr("New session"),
            self.tr("The client (first those who have not been client yet):"),
            names,
            0,
            True,
        )
        if not ok or not client.strip():
            return
        ids = dict((name, pid) for pid, name in people_of(self.db, self.env.workshop_id))
        created = self.perform(
            service.start_session,
            self.env.workshop_id,
            self.item_id,
            participant_id=ids.get(client),
            client=client,
        )
        if created is not None:
            self.reload()
            self.choice.setCurrentIndex(self.choice.findData(created))
            self.part.setCurrentIndex(self.part.findData("problem"))
            self.text.setFocus()

    def _save_text(self, text: str) -> None:
        target = getattr(self, "_text_target", None)
        if target is not None:
            session_id, part = target
            self.perform(service.edit_session, session_id, **{part: text})

    def add(self) -> None:
        session, part = self.session, self.part.currentData()
        text = self.entry.text().strip()
        if session is None or part not in ENTRIES or not text:
            return
        extra: dict[str, Any] = {}
        if part == "plan":
            try:
                follow_up = parse_date(self.plan_fields["follow_up"].text())
            except ValueError:
                self.env.say(self.tr("A date reads 2026-09-01 or 01/09/2026."), True)
                return
            extra = {k: self.plan_fields[k].text() for k in ("resources", "due", "indicator")}
            extra["follow_up"] = follow_up
        person, name = self.author.person() if self.with_authors.isChecked() else (None, "")
        self.perform(
            service.add_entry, session.id, part, text, author=name, participant_id=person, **extra
        )
        if self.last_ok:
            self.entry.clear()
            self.draft.clear()
            for field in self.plan_fields.values():
                field.clear()
            self.entry.setFocus()

    def focus_entry(self) -> None:
        (self.text if self.part.currentData() in TEXTS else self.entry).setFocus()

    def flush(self) -> None:
        self.saver.flush()
        self.env.drafts.flush()

    def on_change(self, change: Any, table: str | None) -> None:
        self.reload()

    def scene(self) -> OutputScene | None:
        session = self.session
        if session is None:
            return None
        part = self.part.currentData()
        word = CODEV_PARTS[part].text(self.language)
        if part in TEXTS:
            tiles: tuple[Tile, ...] = (Tile(short(str(session.record[part] or ""), 600)),)
        else:
            tiles = tuple(
                Tile(short(e["text"], 200), note=e["due"] if part == "plan" else "")
                for e in session.part(part)
            )
        title = self.tr("Session {n}: {client}").format(n=session.number, client=session.client)
        return OutputScene(LINES, title, word, (TileGroup("", tiles),))
