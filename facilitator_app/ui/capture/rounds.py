"""The widgets a round of sociocracy needs, shared by the decision and the election: a list of
the people in the circle, each with their answer, where 1 records a consent, 2 a concern and
3 an objection (which asks for its reason first), and the reason field; and a date field that
reads 2026-09-01 or 01/09/2026."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from facilitator_app.capture.words import STANCES
from facilitator_app.ui.capture.base import own_keys

STANCE_KEYS = {Qt.Key.Key_1: "consent", Qt.Key.Key_2: "concern", Qt.Key.Key_3: "objection"}
PERSON_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class StanceList(QListWidget):
    """The circle in answering order. `answer(person_id, name, stance)` records one answer;
    after it the next person is chosen. An objection without a reason asks for it."""

    def __init__(
        self, answer: Callable[[int | None, str, str], bool], reason: QLineEdit, language: str
    ) -> None:
        super().__init__()
        self.answer = answer
        self.reason = reason
        self.language = language
        self.pending: str | None = None
        self.setWordWrap(True)
        own_keys(self, STANCE_KEYS)
        reason.returnPressed.connect(self._reason_given)

    def show_people(
        self, people: Sequence[tuple[int | None, str]], answers: dict[str, tuple]
    ) -> None:
        """`answers`: name -> (stance, reason)."""
        row = max(0, self.currentRow())
        self.clear()
        for person_id, name in people:
            stance, reason = answers.get(name, ("", ""))
            word = STANCES.get(stance)
            label = f"{word.symbol} {name} - {word.text(self.language)}" if word else f"   {name}"
            if reason:
                label += f" ({reason})"
            entry = QListWidgetItem(label)
            entry.setData(PERSON_ROLE, person_id)
            entry.setData(NAME_ROLE, name)
            self.addItem(entry)
        if self.count():
            self.setCurrentRow(min(row, self.count() - 1))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        stance = STANCE_KEYS.get(Qt.Key(event.key()))
        if stance is None or self.currentItem() is None:
            super().keyPressEvent(event)
            return
        if stance == "objection" and not self.reason.text().strip():
            self.pending = stance  # the reason first, then Enter records it
            self.reason.setFocus()
            return
        self._record(stance)

    def _reason_given(self) -> None:
        if self.pending is not None and self.currentItem() is not None:
            stance, self.pending = self.pending, None
            if self._record(stance):
                self.setFocus()

    def _record(self, stance: str) -> bool:
        entry = self.currentItem()
        row = self.currentRow()
        person = entry.data(PERSON_ROLE)
        done = self.answer(person, str(entry.data(NAME_ROLE)), stance)
        if done:
            self.reason.clear()
            self.setCurrentRow(min(row + 1, self.count() - 1))
        return done


def parse_date(text: str) -> date | None:
    """2026-09-01, 01/09/2026 or 1/9/26; None when empty. ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    if "/" in text:
        day, month, year = (int(part) for part in text.split("/"))
        return date(year + 2000 if year < 100 else year, month, day)
    return date.fromisoformat(text)
