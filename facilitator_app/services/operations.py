"""Named operations: every change a user makes, with undo and redo in the core.

A service function decorated with `@operation(name, label)` runs as usual when called
(`create_workshop(db, "Atelier")` returns the new id). Called as `.apply(db, ...)`, it records
the rows it touches (`storage.changeset`) and returns an `Applied`: its result, its label
("delete the step “Pause”", translated by the UI) and the change set that `undo` writes back.
`undo` and `redo` are operations too: one transaction, conflict-checked, and each returns the
`Applied` that reverses it. The Qt QUndoStack only carries these.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, ParamSpec, TypeVar

from facilitator_app.changes import Change
from facilitator_app.storage import changeset
from facilitator_app.storage.changeset import ChangeSet, Recorder
from facilitator_app.storage.database import Database, announce

P = ParamSpec("P")
LABEL_KEY = "__label__"
T = TypeVar("T")


@dataclass(frozen=True)
class Message:
    """A sentence for the user: an English template with {placeholders} (the i18n script
    collects the templates of the core into the "core" catalogue) and its parameters. A
    parameter may be given per language ({"fr": ..., "en": ...}: a tool's name)."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, language: str = "en", template: str | None = None) -> str:
        """The sentence with `template` (its translation) or the English one."""
        values = {
            key: (value.get(language) or next(iter(value.values()), ""))
            if isinstance(value, Mapping)
            else value
            for key, value in self.params.items()
        }
        return (template or self.template).format(**values)

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class Applied(Generic[T]):
    """What an operation did: enough to undo it, and to name it on the Undo menu."""

    name: str
    label: Message
    result: T
    changes: ChangeSet
    notices: tuple[Change, ...] = ()

    @property
    def did_something(self) -> bool:
        return not self.changes.is_empty


class Operation(Generic[P, T]):
    def __init__(self, name: str, label: str, function: Callable[P, T]) -> None:
        self.name = name
        self.label = label
        self.function = function
        functools.update_wrapper(self, function)  # type: ignore[arg-type]

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T:
        return self.function(*args, **kwargs)

    def apply(self, *args: P.args, **kwargs: P.kwargs) -> Applied[T]:
        """Run the operation, recording what it changes (the first argument is the Database)."""
        recorder = Recorder()
        token = changeset.current_recorder.set(recorder)
        try:
            result = self.function(*args, **kwargs)
        finally:
            changeset.current_recorder.reset(token)
        return Applied(
            self.name,
            Message(recorder.params.pop(LABEL_KEY, self.label), dict(recorder.params)),
            result,
            recorder.change_set(),
            tuple(recorder.notices),
        )

    def __repr__(self) -> str:
        return f"<operation {self.name}>"


OPERATIONS: dict[str, Operation[Any, Any]] = {}


def operation(name: str, label: str) -> Callable[[Callable[P, T]], Operation[P, T]]:
    """Register a service function as a named, undoable operation. `label` is an English
    template; the function fills its parameters with `describe(...)`."""

    def register(function: Callable[P, T]) -> Operation[P, T]:
        if name in OPERATIONS:
            raise ValueError(f"two operations are named {name!r}")
        registered = Operation(name, label, function)
        OPERATIONS[name] = registered
        return registered

    return register


def describe(**params: Any) -> None:
    """Inside an operation: the values its label names ("{title}")."""
    recorder = changeset.current_recorder.get()
    if recorder is not None:
        recorder.params.update(params)


def relabel(template: str, **params: Any) -> None:
    """Inside an operation: name it with another template than its registered one ("remove
    “Anne”" rather than "remove 1 participant(s)")."""
    describe(**{LABEL_KEY: template}, **params)


def recording() -> Recorder | None:
    """The recorder of the operation running now, for services that write in bulk."""
    return changeset.current_recorder.get()


def undo(db: Database, applied: Applied[Any]) -> Applied[Any]:
    """Write back what `applied` replaced; returns what redoes it. Raises UndoConflict
    (a UserError) when someone else changed those rows since, and nothing is written."""
    return _write(db, applied, applied.changes.inverted(), "undo")


def redo(db: Database, undone: Applied[Any]) -> Applied[Any]:
    """Apply again what `undone` (the result of `undo`) took back: the same rows, same ids."""
    return _write(db, undone, undone.changes.inverted(), "redo")


def _write(db: Database, source: Applied[Any], changes: ChangeSet, how: str) -> Applied[Any]:
    recorder = Recorder()
    token = changeset.current_recorder.set(recorder)
    try:
        with db.transaction() as session:
            changeset.apply(session, changes, recorder, what=str(source.label))
            for notice in source.notices:
                announce(session, notice)
    finally:
        changeset.current_recorder.reset(token)
    return Applied(source.name, source.label, source.result, recorder.change_set(), source.notices)


def registered() -> dict[str, Operation[Any, Any]]:
    """Every operation of the services (importing them registers them)."""
    import facilitator_app.services.all_operations  # noqa: F401

    return dict(OPERATIONS)
