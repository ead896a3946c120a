"""A workshop's own timer warnings, on its overview: when the countdown turns amber, then red,
as a share of each step (20 % and 5 % by default, as SessionLab does) or in seconds left.
Unticked, the workshop follows the application's settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from facilitator_app.timing.display import MAX_WARNING, Warnings


class TimerWarningsField(QWidget):
    changed = Signal(object)  # {"unit": ..., "amber": n, "red": n}, or None for the default

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerWarnings")
        # One line: on a tall screen the overview's form gave it the notes' spare height.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._loading = False
        self.default = Warnings()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.own = QCheckBox(self.tr("Own"))
        self.own.setObjectName("timerWarningsOwn")
        self.own.setToolTip(self.tr("Unticked: the application's settings"))
        self.unit = QComboBox()
        self.unit.setObjectName("timerWarningsUnit")
        self.unit.addItem(self.tr("% of the step"), "percent")
        self.unit.addItem(self.tr("seconds left"), "seconds")
        self.amber = QSpinBox()
        self.amber.setObjectName("timerWarningsAmber")
        self.red = QSpinBox()
        self.red.setObjectName("timerWarningsRed")
        for spin in (self.amber, self.red):
            spin.setRange(0, MAX_WARNING)
            spin.setKeyboardTracking(False)
        row.addWidget(self.own)
        for text, spin in ((self.tr("amber at"), self.amber), (self.tr("red at"), self.red)):
            label = QLabel(text)
            label.setBuddy(spin)  # the spin box's name for a screen reader
            row.addWidget(label)
            row.addWidget(spin)
        row.addWidget(self.unit, 1)
        self._show_unit()
        self.own.toggled.connect(self._edited)
        self.unit.currentIndexChanged.connect(self._show_unit)
        self.unit.activated.connect(self._edited)
        self.amber.valueChanged.connect(self._edited)
        self.red.valueChanged.connect(self._edited)

    def _show_unit(self, *_args: object) -> None:
        """The spin boxes say what their number counts: a share of the step, or seconds."""
        unit = self.unit.currentData()
        suffix = self.tr(" %") if unit == "percent" else self.tr(" s")
        for spin in (self.amber, self.red):
            spin.setSuffix(suffix)

    def show_value(self, stored: Any, default: Warnings) -> None:
        """The workshop's choice (None: the default, shown greyed)."""
        self._loading = True
        try:
            self.default = default
            chosen = Warnings.from_json(stored, default) if stored else default
            self.own.setChecked(bool(stored))
            self.unit.setCurrentIndex(max(0, self.unit.findData(chosen.unit)))
            self.amber.setValue(int(chosen.amber))
            self.red.setValue(int(chosen.red))
            for widget in (self.unit, self.amber, self.red):
                widget.setEnabled(bool(stored))
        finally:
            self._loading = False

    def value(self) -> dict[str, Any] | None:
        if not self.own.isChecked():
            return None
        return {
            "unit": self.unit.currentData(),
            "amber": self.amber.value(),
            "red": min(self.red.value(), self.amber.value()),
        }

    def _edited(self, *_args: object) -> None:
        for widget in (self.unit, self.amber, self.red):
            widget.setEnabled(self.own.isChecked())
        if not self._loading:
            self.changed.emit(self.value())
