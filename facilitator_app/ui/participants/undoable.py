"""Undo for operations that create rows: redo must bring back the same ids, not new ones, so
the first run creates and later runs restore what undo removed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QUndoStack

from facilitator_app.ui.undo import run_operation

Created = TypeVar("Created")


def run_creation(
    stack: QUndoStack,
    text: str,
    create: Callable[[], Created],
    remove: Callable[[Created], Any],
    restore: Callable[[Any], Any],
) -> Created:
    """`remove(created)` returns a snapshot that `restore(snapshot)` brings back whole."""
    state: dict[str, Any] = {}

    def do() -> Created:
        if "snapshot" in state:
            restore(state.pop("snapshot"))
        else:
            state["created"] = create()
        return state["created"]  # type: ignore[no-any-return]

    def undo(created: Created) -> None:
        state["snapshot"] = remove(created)

    return run_operation(stack, text, do, undo)  # type: ignore[no-any-return]


def undo_stack_of(ctx: object, owner: object) -> QUndoStack:
    """The main window's shared stack, or one of our own when the page stands alone."""
    stack = getattr(ctx, "undo_stack", None)
    if stack is None:
        stack = getattr(owner, "_own_undo_stack", None)
        if stack is None:
            stack = QUndoStack()
            owner._own_undo_stack = stack  # type: ignore[attr-defined]
    return stack
