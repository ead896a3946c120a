"""Undo for service operations: the operation runs first (so an error leaves nothing on the
stack); the QUndoStack only records how to redo and undo it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack


class OperationCommand(QUndoCommand):
    def __init__(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any]) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()


def run_operation(
    stack: QUndoStack, text: str, do: Callable[[], Any], undo: Callable[[Any], Any]
) -> Any:
    """Run `do()`; if it succeeds, push an undo entry named `text`. `undo` receives do's result."""
    result = do()
    stack.push(OperationCommand(text, do, lambda: undo(result)))
    return result
