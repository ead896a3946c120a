"""The step editor of the planner's detail panel: an item's steps in order, each with its name,
length, rounds, grouping, instruction and a question per round; steps added, removed, moved
and split into rounds; the method's own steps put back. A new length for the item is a
proposal shown here (which steps change, within the method's bounds) until it is applied.

Every change is one named operation of the services (set_steps, reset_steps), through the
page; the widget only builds the new list of steps."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import agenda
from facilitator_app.services.agenda import ItemView
from facilitator_app.step_lengths import Fit, bounds_of, fit_phases, rounds_of
from facilitator_app.timefmt import format_duration
from facilitator_app.tools.limits import MAX_ROUNDS
from facilitator_app.tools.planning import minutes_range, usual_minutes
from facilitator_app.tools.vocabulary import GROUPINGS
from facilitator_app.ui.autosave import AutoSave
from facilitator_app.ui.flow import tall_enough
from facilitator_app.ui.library.labels import GROUPINGS as GROUPING_LABELS
from facilitator_app.ui.library.labels import format_seconds, label
from facilitator_app.ui.style import icon


class StepsEditor(Protocol):
    def set_steps(
        self, item_id: int, phases: list[dict[str, Any]], minutes: int | None
    ) -> None: ...

    def reset_steps(self, item_id: int) -> None: ...


def _text(value: Any, language: str) -> str:
    if isinstance(value, dict):
        return str(value.get(language) or next((v for v in value.values() if v), ""))
    return str(value or "")


def _with_text(value: Any, language: str, text: str) -> dict[str, str]:
    texts = dict(value) if isinstance(value, dict) else {"fr": str(value or ""), "en": ""}
    texts[language] = text
    return texts


class StepEditor(QGroupBox):
    length_cancelled = Signal()  # the proposed length was not applied: show the item's again

    def __init__(self, editor: StepsEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plannerSteps")
        self.editor = editor
        self.language = "fr"
        self.item: ItemView | None = None
        self.phases: list[dict[str, Any]] = []
        self.pending: tuple[int, Fit] | None = None  # (minutes, fit) proposed, not applied
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        self.proposal = QFrame()
        self.proposal.setObjectName("plannerLengthProposal")
        self.proposal.setFrameShape(QFrame.Shape.StyledPanel)
        self.proposal.setStyleSheet("#plannerLengthProposal { background: #fff4d6; }")
        box = QVBoxLayout(self.proposal)
        box.setContentsMargins(6, 4, 6, 4)
        self.proposal_text = QLabel()
        self.proposal_text.setObjectName("plannerLengthProposalText")
        self.proposal_text.setWordWrap(True)
        box.addWidget(self.proposal_text)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("plannerApplyLength")
        self.apply_button.clicked.connect(self.apply_proposal)
        self.rescale_button = QPushButton(self.tr("Stretch every step"))
        self.rescale_button.setObjectName("plannerRescaleSteps")
        self.rescale_button.clicked.connect(self.rescale)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("plannerCancelLength")
        self.cancel_button.clicked.connect(self.cancel_proposal)
        for button in (self.apply_button, self.rescale_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.proposal.hide()
        layout.addWidget(self.proposal)

        self.list = QListWidget()
        self.list.setObjectName("plannerStepList")
        self.list.setMaximumHeight(130)
        self.list.currentRowChanged.connect(self._show_step)
        layout.addWidget(self.list)
        tools = QHBoxLayout()
        tools.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for name, glyph, tip, slot in (
            ("add", "mdi6.plus", self.tr("Add a step after this one"), self.add_step),
            ("remove", "mdi6.minus", self.tr("Remove this step"), self.remove_step),
            ("up", "mdi6.arrow-up", self.tr("Move up"), lambda: self.move_step(-1)),
            ("down", "mdi6.arrow-down", self.tr("Move down"), lambda: self.move_step(1)),
            ("split", "mdi6.call-split", self.tr("One step per round"), self.split_rounds),
        ):
            tool = QToolButton()
            tool.setObjectName(f"plannerStep_{name}")
            tool.setIcon(icon(glyph))
            tool.setToolTip(tip)
            tool.clicked.connect(lambda _=False, slot=slot: slot())
            tools.addWidget(tool)
            self.buttons[name] = tool
        tools.addStretch(1)
        layout.addLayout(tools)

        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setObjectName("plannerStepName")
        self.name_saver = AutoSave(self.name, lambda text: self._set_text("name", text))
        form.addRow(self.tr("Name"), self.name)
        length = QHBoxLayout()
        self.minutes = QSpinBox()
        self.minutes.setObjectName("plannerStepMinutes")
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.seconds = QSpinBox()
        self.seconds.setObjectName("plannerStepSeconds")
        self.seconds.setRange(0, 59)
        self.seconds.setSingleStep(15)
        self.seconds.setSuffix(self.tr(" s"))
        for spin in (self.minutes, self.seconds):
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._length_changed)
            length.addWidget(spin)
        form.addRow(self.tr("Length"), length)
        self.bounds = tall_enough(QLabel())
        self.bounds.setObjectName("plannerStepBounds")
        self.bounds.setStyleSheet("color: #555;")
        form.addRow("", self.bounds)
        self.rounds = QSpinBox()
        self.rounds.setObjectName("plannerStepRounds")
        self.rounds.setRange(1, MAX_ROUNDS)
        self.rounds.setKeyboardTracking(False)
        self.rounds.valueChanged.connect(self._rounds_changed)
        form.addRow(self.tr("Rounds"), self.rounds)
        self.grouping = QComboBox()
        self.grouping.setObjectName("plannerStepGrouping")
        for key in GROUPINGS:
            self.grouping.addItem(label(GROUPING_LABELS, key), key)
        self.grouping.activated.connect(self._grouping_chosen)
        form.addRow(self.tr("Grouping"), self.grouping)
        self.instructions = QPlainTextEdit()
        self.instructions.setObjectName("plannerStepInstructions")
        self.instructions.setTabChangesFocus(True)
        self.instructions.setMaximumHeight(80)
        self.instructions_saver = AutoSave(
            self.instructions, lambda text: self._set_text("instructions", text)
        )
        form.addRow(self.tr("Instruction"), self.instructions)
        self.questions_box = QWidget()
        self.questions_layout = QFormLayout(self.questions_box)
        self.questions_layout.setContentsMargins(0, 0, 0, 0)
        self.question_fields: list[QLineEdit] = []
        self.question_savers: list[AutoSave] = []
        form.addRow(self.questions_box)
        layout.addWidget(self.form)
        self.reset_button = QPushButton(self.tr("Put back the method's steps"))
        self.reset_button.setObjectName("plannerResetSteps")
        self.reset_button.clicked.connect(self._reset)
        layout.addWidget(self.reset_button)

    # --- showing ---------------------------------------------------------------------------

    def show_item(self, item: ItemView | None) -> None:
        same = item is not None and self.item is not None and item.id == self.item.id
        if not same:
            self.flush()
            self.pending = None
            self.proposal.hide()
        self.item = item
        self.phases = copy.deepcopy(list(item.phases or ())) if item is not None else []
        row = self.list.currentRow() if same else 0
        self._loading = True
        try:
            self.setTitle(self._title())
            self.list.clear()
            for phase in self.phases:
                self.list.addItem(self._row_text(phase))
            self.reset_button.setVisible(bool(item and item.tool_id))
            self.list.setCurrentRow(min(max(0, row), len(self.phases) - 1))
        finally:
            self._loading = False
        self._show_step(self.list.currentRow())

    def _title(self) -> str:
        if not self.phases:
            return self.tr("Steps: none (one countdown for the whole item)")
        return self.tr("Steps ({length})").format(
            length=format_duration(usual_minutes(self.phases), self.language)
        )

    def _row_text(self, phase: dict[str, Any]) -> str:
        name = _text(phase.get("name"), self.language) or phase.get("key", "")
        length = format_seconds(int(phase.get("seconds") or 0), self.language)
        rounds = rounds_of(phase)
        if rounds > 1:
            length += f" × {rounds}"
        grouping = label(GROUPING_LABELS, str(phase.get("grouping") or ""))
        return f"{name} — {length}" + (f" · {grouping}" if grouping else "")

    def _show_step(self, row: int) -> None:
        if self._loading:
            return
        phase = self.phases[row] if 0 <= row < len(self.phases) else None
        self.form.setVisible(phase is not None)
        for name in ("remove", "up", "down", "split"):
            self.buttons[name].setEnabled(phase is not None)
        if phase is None:
            return
        self._loading = True
        try:
            self.name_saver.set_text(_text(phase.get("name"), self.language))
            self.instructions_saver.set_text(_text(phase.get("instructions"), self.language))
            seconds = int(phase.get("seconds") or 0)
            self.minutes.setValue(seconds // 60)
            self.seconds.setValue(seconds % 60)
            rounds = rounds_of(phase)
            self.rounds.setValue(rounds)
            self.buttons["split"].setEnabled(rounds > 1)
            self.grouping.setCurrentIndex(max(0, self.grouping.findData(phase.get("grouping"))))
            low, _usual, high = bounds_of(phase)
            self.bounds.setText(
                self.tr("The method allows {low} to {high} a round.").format(
                    low=format_seconds(low, self.language), high=format_seconds(high, self.language)
                )
                if low != high
                else ""
            )
            self.bounds.setVisible(low != high)
            self._show_questions(phase, rounds)
        finally:
            self._loading = False

    def _show_questions(self, phase: dict[str, Any], rounds: int) -> None:
        questions = [str(q or "") for q in phase.get("questions") or ()]
        while self.question_fields:
            self.questions_layout.removeRow(0)
            self.question_fields.pop()
            self.question_savers.pop()
        for index in range(rounds):
            field = QLineEdit()
            field.setObjectName(f"plannerStepQuestion_{index}")
            field.setPlaceholderText(self.tr("the item's question"))
            saver = AutoSave(field, self._question_saver(index))
            saver.set_text(questions[index] if index < len(questions) else "")
            title = (
                self.tr("Question")
                if rounds == 1
                else self.tr("Round {number}").format(number=index + 1)
            )
            self.questions_layout.addRow(title, field)
            self.question_fields.append(field)
            self.question_savers.append(saver)

    def _question_saver(self, index: int) -> Callable[[str], None]:
        return lambda text: self._set_question(index, text)

    def flush(self) -> None:
        for saver in (self.name_saver, self.instructions_saver, *self.question_savers):
            saver.flush()

    # --- editing the steps -----------------------------------------------------------------

    def _current(self) -> tuple[int, dict[str, Any]] | None:
        row = self.list.currentRow()
        return (row, self.phases[row]) if 0 <= row < len(self.phases) else None

    def _commit(self, phases: list[dict[str, Any]], select: int | None = None) -> None:
        if self.item is None:
            return
        if select is not None:
            self.list.setCurrentRow(select)
        self.editor.set_steps(self.item.id, phases, None)

    def _set_text(self, key: str, text: str) -> None:
        current = self._current()
        if current is None or self._loading:
            return
        row, phase = current
        if _text(phase.get(key), self.language) == text:
            return
        phases = copy.deepcopy(self.phases)
        phases[row][key] = _with_text(phase.get(key), self.language, text)
        self._commit(phases)

    def _set_question(self, index: int, text: str) -> None:
        current = self._current()
        if current is None or self._loading:
            return
        row, phase = current
        rounds = rounds_of(phase)
        questions = [str(q or "") for q in phase.get("questions") or ()]
        questions = (questions + [""] * rounds)[:rounds]
        if questions[index] == text:
            return
        questions[index] = text
        phases = copy.deepcopy(self.phases)
        phases[row]["questions"] = questions
        self._commit(phases)

    def _length_changed(self, *_args: object) -> None:
        current = self._current()
        if current is None or self._loading:
            return
        row, phase = current
        seconds = self.minutes.value() * 60 + self.seconds.value()
        if seconds == int(phase.get("seconds") or 0):
            return
        phases = copy.deepcopy(self.phases)
        phases[row]["seconds"] = seconds
        self._commit(phases)

    def _rounds_changed(self, rounds: int) -> None:
        current = self._current()
        if current is None or self._loading or rounds == rounds_of(current[1]):
            return
        row, _phase = current
        phases = copy.deepcopy(self.phases)
        phases[row]["rounds"] = rounds
        self._commit(phases)

    def _grouping_chosen(self, _index: int) -> None:
        current = self._current()
        chosen = self.grouping.currentData()
        if current is None or self._loading or chosen == current[1].get("grouping"):
            return
        row, _phase = current
        phases = copy.deepcopy(self.phases)
        phases[row]["grouping"] = chosen
        self._commit(phases)

    def add_step(self) -> None:
        current = self._current()
        at = current[0] + 1 if current is not None else len(self.phases)
        phases = copy.deepcopy(self.phases)
        name = self.tr("New step")
        phases.insert(
            at,
            {
                "key": f"step-{len(phases) + 1}",
                "name": {"fr": name, "en": name},
                "instructions": {"fr": "", "en": ""},
                "seconds": 300,
                "grouping": "whole-room",
                "rounds": 1,
                "capture": None,
            },
        )
        self._commit(phases, at)

    def remove_step(self) -> None:
        current = self._current()
        if current is None:
            return
        phases = copy.deepcopy(self.phases)
        del phases[current[0]]
        self._commit(phases, max(0, current[0] - 1))

    def move_step(self, delta: int) -> None:
        current = self._current()
        if current is None:
            return
        row = current[0]
        target = row + delta
        if not 0 <= target < len(self.phases):
            return
        phases = copy.deepcopy(self.phases)
        phases[row], phases[target] = phases[target], phases[row]
        self._commit(phases, target)

    def split_rounds(self) -> None:
        """A phase of N rounds becomes N steps of one round, each with its own question (a
        rotation of 25 minutes after one of 20)."""
        current = self._current()
        if current is None or rounds_of(current[1]) < 2:
            return
        row, phase = current
        rounds = rounds_of(phase)
        questions = [str(q or "") for q in phase.get("questions") or ()]
        parts = []
        for index in range(rounds):
            part = copy.deepcopy(phase)
            part["rounds"] = 1
            part.pop("rounds_follow", None)
            part.pop("group_size", None)
            part["questions"] = [questions[index] if index < len(questions) else ""]
            parts.append(part)
        phases = copy.deepcopy(self.phases)
        phases[row : row + 1] = parts
        self._commit(phases, row)

    def _reset(self) -> None:
        if self.item is not None:
            self.pending = None
            self.proposal.hide()
            self.editor.reset_steps(self.item.id)

    # --- a new length for the item ---------------------------------------------------------

    def propose_length(self, minutes: int) -> bool:
        """Show what a new length changes in the steps, to apply or cancel; False when the
        item has no steps (its length is simply set)."""
        if self.item is None or not self.phases:
            return False
        fit = fit_phases(self.phases, minutes)
        self.pending = (minutes, fit)
        language = self.language
        changes = []
        for change in fit.changes:
            phase = self.phases[change.phase_index]
            name = _text(phase.get("name"), language) or phase.get("key", "")
            text = self.tr("{name}: {before} → {after}").format(
                name=name,
                before=format_seconds(change.before, language),
                after=format_seconds(change.after, language),
            )
            if rounds_of(phase) > 1:
                text += f" (× {rounds_of(phase)})"
            changes.append(text)
        head = self.tr("To last {minutes}:").format(minutes=format_duration(minutes, language))
        lines = [head, *changes] if changes else [head]
        if not fit.reached:
            low, high = minutes_range(self.phases)
            lines.append(
                self.tr(
                    "The method goes from {low} to {high}: past that, every step would be "
                    "stretched or squeezed."
                ).format(low=format_duration(low, language), high=format_duration(high, language))
            )
        self.proposal_text.setText("\n".join(lines))
        self.apply_button.setVisible(fit.reached)
        self.rescale_button.setVisible(not fit.reached)
        self.proposal.show()
        return True

    def apply_proposal(self) -> None:
        if self.item is None or self.pending is None:
            return
        minutes, fit = self.pending
        self.pending = None
        self.proposal.hide()
        self.editor.set_steps(self.item.id, fit.phases, minutes)

    def rescale(self) -> None:
        """Past the method's bounds, on purpose: every step in proportion (the old way)."""
        if self.item is None or self.pending is None:
            return
        minutes, _fit = self.pending
        self.pending = None
        self.proposal.hide()
        self.editor.set_steps(self.item.id, agenda.scale_phases(self.phases, minutes), minutes)

    def cancel_proposal(self) -> None:
        self.pending = None
        self.proposal.hide()
        self.length_cancelled.emit()
