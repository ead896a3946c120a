"""The editor of one of My tools: its facts, its texts in French and English, and its phases
(durations, grouping, what each captures). Saving runs the same validator as the data files."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.capture.params import capture_kind
from facilitator_app.errors import UserError
from facilitator_app.tools import limits
from facilitator_app.tools.vocabulary import (
    FAMILIES,
    GROUPINGS,
    LANGUAGES,
    MATERIALS,
    OUTPUTS,
    PURPOSES,
    TOOL_TEXT_KEYS,
)
from facilitator_app.typography import french
from facilitator_app.ui.errors import error_text, phrase_text
from facilitator_app.ui.library import labels as L
from facilitator_app.ui.style import icon

# Phase table columns.
(
    NAME_FR,
    NAME_EN,
    MINUTES,
    SECONDS,
    ROUNDS,
    REPEATS,
    GROUPING,
    CAPTURE,
    TEXT_FR,
    TEXT_EN,
) = range(10)
# How a phase's rounds follow the room (None: a fixed number of rounds).
REPEATS_CHOICES = {
    None: QT_TRANSLATE_NOOP("ToolEditorDialog", "Fixed number"),
    "participants": QT_TRANSLATE_NOOP("ToolEditorDialog", "One per person present"),
    "group-size": QT_TRANSLATE_NOOP("ToolEditorDialog", "One per group member"),
}
# Keys of a phase the table does not show; kept so an edit loses nothing.
KEPT_PHASE_KEYS = ("min_seconds", "max_seconds", "round_questions", "capture")


def _checks(table: Mapping[str, Any], values: tuple[str, ...], chosen: list[str], columns: int):
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    checks: dict[str, QCheckBox] = {}
    for index, value in enumerate(values):
        check = QCheckBox(L.label(table, value))
        check.setObjectName(f"check_{value}")
        check.setChecked(value in chosen)
        grid.addWidget(check, index // columns, index % columns)
        checks[value] = check
    return box, checks


def _widget_text(widget: QLineEdit | QPlainTextEdit) -> str:
    """The text as typed, no-break spaces included (toPlainText turns them into spaces)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    return widget.document().toRawText().replace("\u2029", "\n")


def _typeset(text: str, language: str) -> str:
    """French is saved with French spacing, whatever the keyboard typed."""
    text = text.strip()
    return french(text) if language == "fr" else text


class ToolEditorDialog(QDialog):
    def __init__(self, definition: dict[str, Any], validate, parent: QWidget | None = None) -> None:
        """`validate(definition)` raises a UserError naming what is wrong."""
        super().__init__(parent)
        self.setObjectName("toolEditor")
        self.setWindowTitle(self.tr("My tool"))
        self.resize(980, 680)
        self._validate = validate
        self._original = copy.deepcopy(definition)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_general(definition)
        self.texts: dict[str, dict[str, QLineEdit | QPlainTextEdit]] = {}
        for language, title in (("fr", self.tr("French")), ("en", self.tr("English"))):
            self.tabs.addTab(self._build_texts(language, definition.get(language, {})), title)
        self.tabs.addTab(self._build_phases(definition.get("phases", [])), self.tr("Phases"))
        self.problems = QLabel()
        self.problems.setObjectName("editorProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_total()

    # -- general ---------------------------------------------------------------------------
    def _build_general(self, definition: dict[str, Any]) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.family = QComboBox()
        self.family.setObjectName("editorFamily")
        for family in FAMILIES:
            self.family.addItem(L.label(L.FAMILIES, family), family)
        self.family.setCurrentIndex(max(0, self.family.findData(definition.get("family"))))
        form.addRow(self.tr("Family"), self.family)
        box, self.purposes = _checks(L.PURPOSES, PURPOSES, definition.get("purposes", []), 4)
        form.addRow(self.tr("Purposes"), box)
        people = QHBoxLayout()
        self.group_min = QSpinBox()
        self.group_min.setObjectName("editorGroupMin")
        self.group_min.setRange(1, 10_000)
        self.group_min.setValue(int(definition.get("group_min", 2)))
        self.group_max = QSpinBox()
        self.group_max.setObjectName("editorGroupMax")
        self.group_max.setRange(0, 10_000)
        self.group_max.setSpecialValueText(self.tr("no limit"))
        self.group_max.setValue(int(definition.get("group_max", 0)))
        people.addWidget(QLabel(self.tr("from")))
        people.addWidget(self.group_min)
        people.addWidget(QLabel(self.tr("to")))
        people.addWidget(self.group_max)
        people.addStretch(1)
        form.addRow(self.tr("People"), people)
        self.total = QLabel()
        self.total.setObjectName("editorTotal")
        form.addRow(self.tr("Duration"), self.total)
        box, self.materials = _checks(L.MATERIALS, MATERIALS, definition.get("materials", []), 4)
        form.addRow(self.tr("Materials"), box)
        box, self.outputs = _checks(L.OUTPUTS, OUTPUTS, definition.get("outputs", []), 4)
        form.addRow(self.tr("Produces"), box)
        self.duration_range = definition.get("duration_range")
        self.tabs.addTab(page, self.tr("General"))

    def _build_texts(self, language: str, texts: dict[str, str]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        names = {
            "name": self.tr("Name"),
            "summary": self.tr("Summary"),
            "purpose": self.tr("Purpose"),
            "when_to_use": self.tr("When to use it"),
            "when_not": self.tr("When not to"),
            "setup": self.tr("Set-up"),
            "invitation": self.tr("Invitation"),
            "makes_possible": self.tr("What it makes possible"),
            "roles": self.tr("Roles (one per line)"),
            "tips": self.tr("Tips and traps (one per line)"),
            "variations": self.tr("Variations (one per line)"),
            "source": self.tr("Source (who created it)"),
        }
        fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key in TOOL_TEXT_KEYS:
            widget: QLineEdit | QPlainTextEdit
            if key == "name":
                widget = QLineEdit(texts.get(key, ""))
                widget.setMaxLength(limits.MAX_NAME)
            else:
                widget = QPlainTextEdit(texts.get(key, ""))
                widget.setTabChangesFocus(True)
                widget.setMaximumHeight(80)
            widget.setObjectName(f"text_{language}_{key}")
            form.addRow(names[key], widget)
            fields[key] = widget
        self.texts[language] = fields
        scroll = QScrollArea()  # twelve fields do not fit a laptop screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    # -- phases ----------------------------------------------------------------------------
    def _build_phases(self, phases: list[dict[str, Any]]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.phase_table = QTableWidget(0, 10)
        self.phase_table.setObjectName("phaseTable")
        self.phase_table.setHorizontalHeaderLabels(
            [
                self.tr("Name (fr)"),
                self.tr("Name (en)"),
                self.tr("Min"),
                self.tr("Sec"),
                self.tr("Rounds"),
                self.tr("Repeats"),
                self.tr("Grouping"),
                self.tr("Captures"),
                self.tr("Instructions (fr)"),
                self.tr("Instructions (en)"),
            ]
        )
        self.phase_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.phase_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (NAME_FR, 130),
            (NAME_EN, 130),
            (MINUTES, 56),
            (SECONDS, 56),
            (ROUNDS, 56),
            (REPEATS, 150),
            (GROUPING, 130),
            (CAPTURE, 110),
            (TEXT_FR, 260),
        ):
            self.phase_table.setColumnWidth(column, width)
        self._keys: list[str] = []
        self._kept: list[dict[str, Any]] = []
        for phase in phases:
            self._append_phase(phase)
        layout.addWidget(self.phase_table, 1)
        row = QHBoxLayout()
        for text, name, slot in (
            (self.tr("Add a phase"), "mdi6.plus", self.add_phase),
            (self.tr("Remove"), "mdi6.minus", self.remove_phase),
            (self.tr("Up"), "mdi6.arrow-up", lambda: self.move_phase(-1)),
            (self.tr("Down"), "mdi6.arrow-down", lambda: self.move_phase(1)),
        ):
            button = QPushButton(icon(name), text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _spin(self, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.valueChanged.connect(self._update_total)
        return spin

    def _combo(
        self, table: Mapping[str, Any], values: tuple[str, ...], current: str | None, empty: bool
    ) -> QComboBox:
        combo = QComboBox()
        if empty:
            combo.addItem("—", None)
        for value in values:
            combo.addItem(L.label(table, value), value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _append_phase(self, phase: dict[str, Any], at: int | None = None) -> None:
        table = self.phase_table
        row = table.rowCount() if at is None else at
        table.insertRow(row)
        names = {lang: phase.get(lang, {}) for lang in LANGUAGES}
        table.setItem(row, NAME_FR, QTableWidgetItem(names["fr"].get("name", "")))
        table.setItem(row, NAME_EN, QTableWidgetItem(names["en"].get("name", "")))
        seconds = int(phase.get("seconds", 300))
        table.setCellWidget(row, MINUTES, self._spin(0, 480, seconds // 60))
        table.setCellWidget(row, SECONDS, self._spin(0, 59, seconds % 60))
        rounds = min(int(phase.get("rounds", 1)), limits.MAX_ROUNDS)
        table.setCellWidget(row, ROUNDS, self._spin(1, limits.MAX_ROUNDS, rounds))
        repeats = QComboBox()
        for value, text in REPEATS_CHOICES.items():
            repeats.addItem(QCoreApplication.translate("ToolEditorDialog", str(text)), value)
        repeats.setCurrentIndex(max(0, repeats.findData(phase.get("rounds_follow"))))
        table.setCellWidget(row, REPEATS, repeats)
        table.setCellWidget(
            row, GROUPING, self._combo(L.GROUPINGS, GROUPINGS, phase.get("grouping"), False)
        )
        table.setCellWidget(
            row,
            CAPTURE,
            self._combo(L.OUTPUTS, OUTPUTS, capture_kind(phase.get("capture")), True),
        )
        table.setItem(row, TEXT_FR, QTableWidgetItem(names["fr"].get("instructions", "")))
        table.setItem(row, TEXT_EN, QTableWidgetItem(names["en"].get("instructions", "")))
        key = phase.get("key") or self._new_key()
        self._keys.insert(row, key)
        self._kept.insert(row, {k: phase[k] for k in KEPT_PHASE_KEYS if k in phase})
        self._update_total()

    def _new_key(self) -> str:
        number = len(self._keys) + 1
        while f"phase-{number}" in self._keys:
            number += 1
        return f"phase-{number}"

    def add_phase(self) -> None:
        if self.phase_table.rowCount() >= limits.MAX_PHASES:
            return
        self._append_phase(
            {
                "seconds": 300,
                "grouping": "whole-room",
                "fr": {"name": "Nouvelle phase"},
                "en": {"name": "New phase"},
            }
        )

    def remove_phase(self) -> None:
        row = self.phase_table.currentRow()
        if row < 0 or self.phase_table.rowCount() <= 1:
            return
        self.phase_table.removeRow(row)
        del self._keys[row]
        del self._kept[row]
        self._update_total()

    def move_phase(self, step: int) -> None:
        row = self.phase_table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.phase_table.rowCount():
            return
        phases = self._phases()
        phases.insert(target, phases.pop(row))
        self.phase_table.setRowCount(0)
        self._keys = []
        self._kept = []
        for phase in phases:
            self._append_phase(phase)
        self.phase_table.selectRow(target)

    def _spin_at(self, row: int, column: int) -> int:
        return cast(QSpinBox, self.phase_table.cellWidget(row, column)).value()

    def _choice_at(self, row: int, column: int) -> Any:
        return cast(QComboBox, self.phase_table.cellWidget(row, column)).currentData()

    def _cell_text(self, row: int, column: int) -> str:
        item = self.phase_table.item(row, column)
        return item.text().strip() if item else ""

    def _phases(self) -> list[dict[str, Any]]:
        phases = []
        table = self.phase_table
        for row in range(table.rowCount()):
            seconds = self._spin_at(row, MINUTES) * 60 + self._spin_at(row, SECONDS)
            phase: dict[str, Any] = {
                "key": self._keys[row],
                "seconds": seconds,
                "grouping": self._choice_at(row, GROUPING),
                "rounds": self._spin_at(row, ROUNDS),
                "fr": {
                    "name": self._cell_text(row, NAME_FR),
                    "instructions": self._cell_text(row, TEXT_FR),
                },
                "en": {
                    "name": self._cell_text(row, NAME_EN),
                    "instructions": self._cell_text(row, TEXT_EN),
                },
            }
            capture = self._choice_at(row, CAPTURE)
            kept = self._kept[row]
            if capture and capture_kind(kept.get("capture")) == capture:
                phase["capture"] = kept["capture"]  # with the parameters the tool gave it
            elif capture:
                phase["capture"] = capture
            follow = self._choice_at(row, REPEATS)
            if follow:
                phase["rounds_follow"] = follow
            if follow == "group-size":
                phase["group_size"] = max(2, phase["rounds"])
                phase["rounds"] = phase["group_size"]
            if "round_questions" in kept:
                phase["round_questions"] = kept["round_questions"]
            if seconds:  # a step lengthened or shortened past its old bounds widens them
                for key, pick in (("min_seconds", min), ("max_seconds", max)):
                    if key in kept:
                        phase[key] = pick(int(kept[key]), seconds)
            phases.append(phase)
        return phases

    def _total_seconds(self) -> int:
        return sum(p["seconds"] * p["rounds"] for p in self._phases())

    def _update_total(self) -> None:
        if not hasattr(self, "total") or not hasattr(self, "phase_table"):
            return
        seconds = self._total_seconds()
        minutes, rest = divmod(seconds, 60)
        text = self.tr("{n} min, the sum of the phases").format(n=minutes)
        if rest:
            text = self.tr("{m} min {s} s: the phases must add up to whole minutes").format(
                m=minutes, s=rest
            )
        self.total.setText(text)

    # -- result ----------------------------------------------------------------------------
    def definition(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "family": self.family.currentData(),
            "purposes": [k for k, c in self.purposes.items() if c.isChecked()],
            "group_min": self.group_min.value(),
            "group_max": self.group_max.value(),
            "duration_minutes": max(1, round(self._total_seconds() / 60)),
            "materials": [k for k, c in self.materials.items() if c.isChecked()],
            "outputs": [k for k, c in self.outputs.items() if c.isChecked()],
            "phases": self._phases(),
        }
        low_high = self.duration_range
        if isinstance(low_high, list) and len(low_high) == 2:
            # The range stays with the tool; the loader widens it to hold a new total.
            data["duration_range"] = list(low_high)
        for language, fields in self.texts.items():
            data[language] = {key: _typeset(_widget_text(w), language) for key, w in fields.items()}
        for phase in data["phases"]:
            for key in ("name", "instructions"):
                phase["fr"][key] = _typeset(phase["fr"][key], "fr")
        return data

    def own_problems(self, definition: dict[str, Any]) -> list[str]:
        """The usual mistakes, said in the facilitator's language; the validator still has the
        last word on anything else."""
        problems = []
        if not any(definition[lang]["name"] for lang in LANGUAGES):
            problems.append(self.tr("Give the tool a name (French or English)."))
        if not definition["purposes"]:
            problems.append(self.tr("Tick at least one purpose."))
        if definition["group_max"] and definition["group_max"] < definition["group_min"]:
            problems.append(self.tr("The largest group is smaller than the smallest."))
        if not definition["phases"]:
            problems.append(self.tr("Add at least one phase."))
        if len(definition["phases"]) > limits.MAX_PHASES:
            problems.append(self.tr("A tool has at most {n} phases.").format(n=limits.MAX_PHASES))
        for number, phase in enumerate(definition["phases"], start=1):
            if not any(phase[lang]["name"] for lang in LANGUAGES):
                problems.append(self.tr("Phase {n} needs a name.").format(n=number))
            if phase["seconds"] == 0:
                problems.append(self.tr("Phase {n} lasts no time at all.").format(n=number))
        if self._total_seconds() % 60:
            problems.append(self.tr("The phases must add up to whole minutes."))
        return problems

    def accept(self) -> None:
        definition = self.definition()
        own = self.own_problems(definition)
        if own:
            self.problems.setText(self.tr("Not saved:") + "\n" + "\n".join(f"• {p}" for p in own))
            return
        try:
            self._validate(definition)
        except UserError as exc:
            problems = getattr(exc, "problems", None)
            lines = (
                [f"• {p.key}: {phrase_text(p.message)}" for p in problems]
                if problems
                else [error_text(exc)]
            )
            self.problems.setText(self.tr("Not saved:") + "\n" + "\n".join(lines))
            return
        super().accept()
