"""The selected item's details, saved as typed: title, kind, duration, pinned start, question,
notes and who holds which role. Every change goes through the page's undoable operations."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.services.agenda import KINDS, MAX_MINUTES, ItemView, ParticipantName
from facilitator_app.timefmt import format_duration
from facilitator_app.ui.autosave import AutoSave
from facilitator_app.ui.labels import item_kind_label, role_label
from facilitator_app.ui.planner.clock_field import ClockField
from facilitator_app.ui.planner.steps import StepEditor

# The roles offered for every item (the service accepts others, e.g. from imported files).
ROLES = ("facilitator", "scribe", "timekeeper", "table_host", "client")


class Editor(Protocol):
    def edit_item(self, item_id: int, **values: object) -> None: ...

    def assign_role(
        self, item_id: int, role: str, participant_id: int | None, name: str
    ) -> None: ...

    def move_to_day(self, item_id: int, day_id: int) -> None: ...

    def set_steps(
        self, item_id: int, phases: list[dict[str, object]], minutes: int | None
    ) -> None: ...

    def reset_steps(self, item_id: int) -> None: ...


class ItemDetail(QWidget):
    rotate_requested = Signal()

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.item: ItemView | None = None
        self._loading = False
        self.language = "fr"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("plannerDetailHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        self.fields = QWidget()
        self.fields.setObjectName("plannerDetailFields")
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        self.title = QLineEdit()
        self.title.setObjectName("plannerTitle")
        self.title_saver = AutoSave(self.title, self._save_title)
        form.addRow(self.tr("Title"), self.title)
        self.kind = QComboBox()
        self.kind.setObjectName("plannerKind")
        for kind in KINDS:
            self.kind.addItem(item_kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        form.addRow(self.tr("Kind"), self.kind)
        self.duration = QSpinBox()
        self.duration.setObjectName("plannerDuration")
        self.duration.setRange(0, MAX_MINUTES)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setKeyboardTracking(False)  # typed digits save on Enter, not per digit
        self.duration.valueChanged.connect(self._duration_changed)
        form.addRow(self.tr("Duration"), self.duration)
        self.fixed = QCheckBox(self.tr("Fixed length"))
        self.fixed.setObjectName("plannerFixed")
        self.fixed.setToolTip(
            self.tr("Never shortened or dropped when the day runs late and is caught up")
        )
        self.fixed.toggled.connect(self._fixed_changed)
        form.addRow("", self.fixed)
        pin_row = QHBoxLayout()
        self.pinned = QCheckBox(self.tr("Starts at"))
        self.pinned.setObjectName("plannerPinned")
        self.pinned.toggled.connect(self._pin_changed)
        self.pin_time = ClockField()
        self.pin_time.setObjectName("plannerPinTime")
        self.pin_time.committed.connect(self._pin_changed)
        pin_row.addWidget(self.pinned)
        pin_row.addWidget(self.pin_time, 1)
        form.addRow(self.tr("Pinned"), pin_row)
        self.day = QComboBox()
        self.day.setObjectName("plannerItemDay")
        self.day.activated.connect(self._day_chosen)
        form.addRow(self.tr("Day"), self.day)
        self.tool = QLabel()
        self.tool.setObjectName("plannerTool")
        self.tool.setWordWrap(True)
        form.addRow(self.tr("Tool"), self.tool)
        self.question = QPlainTextEdit()
        self.question.setObjectName("plannerQuestion")
        self.question.setTabChangesFocus(True)
        self.question.setMaximumHeight(70)
        self.question_saver = AutoSave(self.question, self._saver("question"))
        form.addRow(self.tr("Question"), self.question)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("plannerNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.notes_saver = AutoSave(self.notes, self._saver("notes"))
        form.addRow(self.tr("Notes"), self.notes)
        layout.addWidget(self.fields)
        self.steps = StepEditor(editor)
        self.steps.length_cancelled.connect(self._length_cancelled)
        layout.addWidget(self.steps)

        self.roles_box = roles_box = QGroupBox(self.tr("Roles"))
        roles_form = QFormLayout(roles_box)
        self.role_boxes: dict[str, QComboBox] = {}
        for role in ROLES:
            box = QComboBox()
            box.setObjectName(f"plannerRole_{role}")
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            box.activated.connect(lambda _i, role=role: self._role_chosen(role))
            line = box.lineEdit()
            assert line is not None  # an editable combo box always has one
            line.setPlaceholderText(self.tr("nobody"))
            line.editingFinished.connect(lambda role=role: self._role_chosen(role))
            roles_form.addRow(role_label(role), box)
            self.role_boxes[role] = box
        layout.addWidget(roles_box)
        layout.addStretch(1)
        self.show_item(None, [])

    # --- showing ---------------------------------------------------------------------------

    def show_item(
        self,
        item: ItemView | None,
        people: list[ParticipantName],
        tool_name: str = "",
        days: tuple[tuple[int, str], ...] = (),
        day_id: int | None = None,
    ) -> None:
        same = item is not None and self.item is not None and item.id == self.item.id
        if not same and self.item is not None:
            # What was typed in the last pause belongs to the item shown until now: save it
            # before the fields take the next item.
            shown = self.item
            self.flush()
            if self.item is not shown:
                return  # the save refreshed the page, which has shown the current item since
        self.item = item
        self._loading = True
        try:
            for child in self.findChildren(QWidget):
                if child is not self.heading:
                    child.setEnabled(item is not None)
            self.fields.setVisible(item is not None)
            self.roles_box.setVisible(item is not None)
            self.steps.language = self.language
            self.steps.setVisible(item is not None and item.kind not in ("break", "meal"))
            self.steps.show_item(item)
            if item is None:
                self._clear()
                return
            self.heading.setText(
                self.tr("<b>{title}</b> — {duration}").format(
                    title=(item.title or item_kind_label(item.kind)).replace("<", "&lt;"),
                    duration=format_duration(item.duration_minutes, self.language),
                )
            )
            for saver, value in (
                (self.title_saver, item.title),
                (self.question_saver, item.question),
                (self.notes_saver, item.notes),
            ):
                # Keep what the user is typing: the refresh comes from their own save.
                if not (same and (saver.pending() or saver.widget.hasFocus())):
                    saver.set_text(value)
            self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)))
            if not (same and self.steps.pending is not None):
                self.duration.setValue(item.duration_minutes)
            self.fixed.setChecked(item.fixed)
            self.pinned.setChecked(item.pinned_start is not None)
            self.pin_time.language = self.language
            if not (same and self.pin_time.hasFocus() and self.pin_time.isModified()):
                self.pin_time.set_time(item.pinned_start or item.start_time)
            self.pin_time.setEnabled(item.pinned_start is not None)
            self.tool.setText(tool_name or self.tr("none"))
            self.day.clear()
            for choice, label in days:
                self.day.addItem(label, choice)
            self.day.setCurrentIndex(max(0, self.day.findData(day_id)))
            holders = {r.role: r for r in item.roles}
            for role, box in self.role_boxes.items():
                editor = box.lineEdit()
                if same and editor is not None and editor.hasFocus():
                    continue
                box.clear()
                box.addItem("", None)
                for person in people:
                    box.addItem(person.name, person.id)
                held = holders.get(role)
                if held is None:
                    box.setCurrentIndex(0)
                elif held.participant_id is not None:
                    box.setCurrentIndex(max(0, box.findData(held.participant_id)))
                else:
                    box.setEditText(held.holder)
        finally:
            self._loading = False

    def _clear(self) -> None:
        """Nothing selected: no field may still show the last item's values."""
        self.heading.setText(self.tr("Select an item of the agenda to edit it."))
        for saver in (self.title_saver, self.question_saver, self.notes_saver):
            saver.set_text("")
        self.tool.setText("")
        self.kind.setCurrentIndex(-1)
        self.duration.setValue(0)
        self.fixed.setChecked(False)
        self.pinned.setChecked(False)
        self.pin_time.set_time(None)
        self.day.clear()
        for box in self.role_boxes.values():
            box.clear()

    def flush(self) -> None:
        for saver in (self.title_saver, self.question_saver, self.notes_saver):
            saver.flush()
        self.steps.flush()
        if self.pin_time.isModified():
            self.pin_time.finish()

    def hideEvent(self, event: QHideEvent) -> None:
        # Another tab, another workshop or closing: the typing must not wait for the pause.
        self.flush()
        super().hideEvent(event)

    # --- saving ----------------------------------------------------------------------------

    def _save_title(self, text: str) -> None:
        if self.item is not None and text.strip() != self.item.title:
            self.editor.edit_item(self.item.id, title=text)

    def _saver(self, name: str):  # type: ignore[no-untyped-def]
        def save(text: str) -> None:
            if self.item is not None and text != getattr(self.item, name):
                self.editor.edit_item(self.item.id, **{name: text})

        return save

    def _kind_chosen(self, _index: int) -> None:
        kind = self.kind.currentData()
        if not self._loading and self.item is not None and kind != self.item.kind:
            self.editor.edit_item(self.item.id, kind=kind)

    def _duration_changed(self, minutes: int) -> None:
        """An item with steps gets a proposal (which steps change, within the method's
        bounds) to apply; one without is simply longer or shorter."""
        if self._loading or self.item is None:
            return
        if self.item.phases:
            if minutes == self.item.duration_minutes:
                self.steps.cancel_proposal()
            else:
                self.steps.propose_length(minutes)
            return
        if minutes != self.item.duration_minutes:
            self.editor.edit_item(self.item.id, duration_minutes=minutes)

    def _length_cancelled(self) -> None:
        if self.item is not None and self.duration.value() != self.item.duration_minutes:
            self._loading = True
            try:
                self.duration.setValue(self.item.duration_minutes)
            finally:
                self._loading = False

    def _fixed_changed(self, on: bool) -> None:
        if not self._loading and self.item is not None and on != self.item.fixed:
            self.editor.edit_item(self.item.id, fixed=on)

    def _pin_changed(self, *_args: object) -> None:
        if self._loading or self.item is None:
            return
        self.pin_time.setEnabled(self.pinned.isChecked())
        chosen = self.pin_time.time()
        value = (chosen or self.item.start_time) if self.pinned.isChecked() else None
        if value != self.item.pinned_start:
            self.editor.edit_item(self.item.id, pinned_start=value)

    def _day_chosen(self, _index: int) -> None:
        chosen = self.day.currentData()
        if not self._loading and self.item is not None and chosen is not None:
            self.editor.move_to_day(self.item.id, chosen)

    def _role_chosen(self, role: str) -> None:
        if self._loading or self.item is None:
            return
        box = self.role_boxes[role]
        text = box.currentText().strip()
        index = box.findText(text)
        participant_id = box.itemData(index) if index > 0 else None
        name = "" if participant_id is not None else text
        current = next((r for r in self.item.roles if r.role == role), None)
        if current is None and not text:
            return
        if current is not None and (current.participant_id, current.holder) == (
            participant_id,
            text if participant_id is None else current.holder,
        ):
            return
        self.editor.assign_role(self.item.id, role, participant_id, name)
