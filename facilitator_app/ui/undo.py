"""The Undo menu over the services' named operations: an operation runs first (so an error
leaves nothing on the stack), and the QUndoStack only carries what it did. Undo and redo are
the services' own (`services.operations.undo/redo`): the same rows come back, with the same
ids and uids, or the entry is refused (someone changed those rows since) and dropped."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from facilitator_app.services.operations import Applied, Message, Operation
    from facilitator_app.storage.database import Database


def message_text(message: Message, language: str) -> str:
    """A core sentence (an operation's label, an error) in the user's language."""
    translated = QCoreApplication.translate("core", message.template)
    try:
        return message.text(language, translated)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return message.text(language)


@dataclass
class _Outcome:
    """Kept apart from the command: Qt deletes a command that turned obsolete."""

    error: Exception | None = None


class OperationCommand(QUndoCommand):
    def __init__(self, db: Database, applied: Applied[Any], text: str) -> None:
        super().__init__(text)
        self.db = db
        self.applied: Applied[Any] = applied
        self.undone: Applied[Any] | None = None
        self.outcome = _Outcome()
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # push() calls redo(): the operation has already run
            self._pushed = True
            return
        if self.undone is None:
            return
        from facilitator_app.services.operations import redo

        self._run(lambda: setattr(self, "applied", redo(self.db, self.undone)))

    def undo(self) -> None:
        from facilitator_app.services.operations import undo

        self._run(lambda: setattr(self, "undone", undo(self.db, self.applied)))

    def _run(self, work: Any) -> None:
        try:
            work()
        except Exception as exc:  # shown by undo_last/redo_last; Qt must not see it
            self.outcome.error = exc
            self.setObsolete(True)  # it cannot be done again: off the stack


def perform(
    stack: QUndoStack,
    db: Database,
    language: str,
    operation: Operation[..., Any],
    *args: Any,
    **kwargs: Any,
) -> Any:
    """Run a named operation and put it on the Undo menu; returns the operation's result."""
    return record(stack, db, language, operation.apply(db, *args, **kwargs))


def record(stack: QUndoStack, db: Database, language: str, applied: Applied[Any]) -> Any:
    """Put an operation applied elsewhere (a background job) on the Undo menu."""
    if applied.did_something:
        stack.push(OperationCommand(db, applied, message_text(applied.label, language)))
    return applied.result


def undo_last(stack: QUndoStack) -> None:
    """Undo, raising what the undo refused (an UndoConflict, a full disk) for `reported`."""
    _step(stack, stack.index() - 1, stack.undo)


def redo_last(stack: QUndoStack) -> None:
    _step(stack, stack.index(), stack.redo)


def _step(stack: QUndoStack, index: int, action: Any) -> None:
    command = stack.command(index) if 0 <= index < stack.count() else None
    outcome = command.outcome if isinstance(command, OperationCommand) else None
    action()
    if outcome is not None and outcome.error is not None:
        error, outcome.error = outcome.error, None
        raise error
