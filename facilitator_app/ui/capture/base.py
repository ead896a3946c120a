"""What every capture panel shares: its place in the console (the workshop, the item, what the
current phase declares), the status line where refusals are said without a dialog in the
middle of typing, fields that refuse over-long input with a message, and lists whose letter
keys are the panel's and not the console's (B is a black screen elsewhere, not here)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from facilitator_app.capture.params import CaptureSpec
from facilitator_app.changes import Change
from facilitator_app.errors import FacilitatorError
from facilitator_app.ui.capture.drafts import DraftBinding, DraftStore
from facilitator_app.ui.live.output_scene import OutputScene


@dataclass
class PanelEnv:
    """What the container gives each panel."""

    ctx: Any  # ui.context.AppContext
    workshop_id: int
    workshop_uid: str
    day_id: Callable[[], int]  # the day being run
    drafts: DraftStore
    say: Callable[[str, bool], None]  # (text, is_error): the status line
    scene_changed: Callable[[], None]  # the projected output may have changed
    present: Callable[[], list[tuple[int, str]]]  # the people in the room now (else everyone)
    earlier_items: Callable[[], list[int]]  # the day's items before the current one


class CapturePanelBase(QWidget):
    """One panel of the capture area. Subclasses set `panel_id` and build their widgets."""

    panel_id = ""
    follows_people = False  # reloads when the roster or the attendance changes

    def __init__(self, env: PanelEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.ctx = env.ctx
        self.item_id: int | None = None
        self.spec: CaptureSpec | None = None
        self.last_ok = True  # did the last operation go through?
        self.setObjectName(f"capture_{self.panel_id}")

    # -- what subclasses provide -----------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def load(self, item_id: int | None, spec: CaptureSpec | None) -> None:
        """The console moved to another item or phase: show its outputs."""
        self.item_id, self.spec = item_id, spec
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def tables(self) -> tuple[str, ...]:
        """The tables whose notices this panel refreshes from ("card", "tool_record")."""
        return ()

    def on_change(self, change: Change, table: str | None) -> None:
        """A notice about one of `tables()` (table None: every output): reload by default."""
        self.reload()

    def scene(self) -> OutputScene | None:
        """What the projector shows of this panel (Ctrl+P)."""
        return None

    def focus_entry(self) -> None:
        """Put the keyboard where one types (F6)."""

    def flush(self) -> None:
        """Save what is being typed (the console is closing)."""

    # -- helpers ---------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return str(self.ctx.language)

    @property
    def db(self) -> Any:
        return self.ctx.db

    def draft_key(self, field: str) -> str:
        return f"{self.env.workshop_uid}/{self.item_id}/{self.panel_id}/{field}"

    def perform(self, operation: Any, *args: Any, **kwargs: Any) -> Any:
        """Run a named operation (one undo entry); a refusal goes to the status line and
        returns None, so the text typed stays in its field."""
        from facilitator_app.ui.errors import error_text, show_error

        self.last_ok = False
        try:
            result = self.ctx.perform(operation, *args, **kwargs)
        except FacilitatorError as exc:
            self.env.say(error_text(exc), True)
            return None
        except Exception as exc:  # a bug: the usual dialog, with where the log is
            show_error(self, exc)
            return None
        self.last_ok = True
        self.env.say("", False)
        self.env.scene_changed()
        return result

    def bind_draft(self, widget: QLineEdit | QPlainTextEdit) -> DraftBinding:
        return DraftBinding(self.env.drafts, widget)


class LimitedLine(QLineEdit):
    """A one-line field of at most `limit` characters: a longer paste is cut, and said."""

    was_cut = Signal(int)  # not `cut`: QLineEdit.cut() is the clipboard's

    def __init__(self, limit: int, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(limit)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            from PySide6.QtWidgets import QApplication

            pasted = QApplication.clipboard().text()
            room = self.maxLength() - (len(self.text()) - len(self.selectedText()))
            if len(pasted) > room:
                self.insert(pasted[: max(0, room)])
                self.was_cut.emit(self.maxLength())
                return
        super().keyPressEvent(event)


class LimitedText(QPlainTextEdit):
    """Several lines, at most `limit` characters: what is pasted or dropped past it is cut."""

    was_cut = Signal(int)

    def __init__(self, limit: int, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)

    def insertFromMimeData(self, source: Any) -> None:
        text = source.text() if source.hasText() else ""
        room = self.limit - (len(self.toPlainText()) - len(self.textCursor().selectedText()))
        if len(text) > room:
            self.textCursor().insertText(text[: max(0, room)])
            self.was_cut.emit(self.limit)
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        full = len(self.toPlainText()) >= self.limit
        erasing = event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        if full and event.text() and not event.modifiers() and not erasing:
            self.was_cut.emit(self.limit)
            return
        super().keyPressEvent(event)


class _OwnKeys(QObject):
    """Claims the keys a list handles itself before the console's one-key shortcuts do."""

    def __init__(self, keys: Iterable[int], parent: QObject) -> None:
        super().__init__(parent)
        self.keys = set(keys)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if plain and event.key() in self.keys:
                event.accept()
        return False


def own_keys(widget: QAbstractItemView, keys: Iterable[Any]) -> None:
    widget.installEventFilter(_OwnKeys(keys, widget))


DIGITS = tuple(getattr(Qt.Key, f"Key_{n}") for n in range(10))


class PeopleCombo(QComboBox):
    """Someone of the workshop, or a name typed freely (a guest, « la mairie »)."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.lineEdit()
        assert line is not None  # editable
        line.setPlaceholderText(placeholder)
        line.setMaxLength(200)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def set_people(self, people: Iterable[tuple[int, str]], *, blank: bool = True) -> None:
        current = self.currentText()
        self.blockSignals(True)
        self.clear()
        if blank:
            self.addItem("", None)
        for pid, name in people:
            self.addItem(name, pid)
        self.setEditText(current)
        self.blockSignals(False)

    def person(self) -> tuple[int | None, str]:
        """(participant id or None, name); a typed name that is someone's gives their id."""
        name = " ".join(self.currentText().split())
        index = self.findText(name, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.itemData(index) is not None:
            return int(self.itemData(index)), self.itemText(index)
        return None, name

    def choose(self, participant_id: int | None, name: str = "") -> None:
        index = self.findData(participant_id) if participant_id is not None else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)


def people_of(db: Any, workshop_id: int) -> list[tuple[int, str]]:
    from facilitator_app.services import agenda

    return [(p.id, p.name) for p in agenda.list_participants(db, workshop_id)]


def short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def labelled(label: str, text: str, language: str) -> str:
    """ "Anne : texte" in French (a no-break space before the colon), "Anne: text" in English."""
    return f"{label}\u00a0: {text}" if language == "fr" else f"{label}: {text}"
