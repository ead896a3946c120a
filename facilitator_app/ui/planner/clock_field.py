"""A clock time field that takes what people type ("1230", "12:30", "12h30") and commits once,
when editing finishes; Up/Down step by five minutes without saving each step."""

from __future__ import annotations

import datetime as _dt
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from facilitator_app.timefmt import format_clock
from facilitator_app.ui.planner.clock import parse_clock

STEP_MINUTES = 5


class ClockField(QLineEdit):
    committed = Signal(object)  # the new datetime.time, once per finished edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "fr"
        self._shown: time | None = None
        self.setPlaceholderText(self.tr("e.g. 12h30"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("12:30 PM") + 28)
        self.editingFinished.connect(self.finish)

    def set_time(self, value: time | None) -> None:
        """Show a stored value without committing it."""
        self._shown = value
        self.setText(format_clock(value, self.language) if value is not None else "")
        self.setModified(False)

    def time(self) -> time | None:
        return parse_clock(self.text())

    def shown(self) -> _dt.time | None:  # (`time` is also this class's method)
        """The stored value shown last (what an unreadable text falls back to)."""
        return self._shown

    def finish(self) -> None:
        """What Enter and leaving the field do: commit a changed time, or put back the shown
        one when the text is not a time."""
        typed = self.time()
        if typed is None:
            self.set_time(self._shown)
            return
        changed = typed != self._shown
        self.set_time(typed)
        if changed:
            self.committed.emit(typed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: STEP_MINUTES, Qt.Key.Key_Down: -STEP_MINUTES}.get(
            Qt.Key(event.key())
        )
        current = self.time() or self._shown
        if step is None or current is None:
            super().keyPressEvent(event)
            return
        moved = (datetime.combine(datetime.min, current) + timedelta(minutes=step)).time()
        self.setText(format_clock(moved, self.language))
        self.setModified(True)
