"""What one operation did to the database, row by row, so that it can be undone and redone.

While an operation records (`Recorder`), every row the ORM inserts, updates or deletes is noted
with its image before the operation touched it; rows the database itself deletes or unlinks
(ON DELETE CASCADE / SET NULL) are found through the foreign keys and noted too. When the
transaction ends, the images after are read back. A `ChangeSet` is then the list of
(table, key, before, after): undoing writes the "before" images back, redoing writes the
"after" ones, so redo brings back the very same rows, ids and uids included.

Applying a change set first checks that every row is still as the change set left it: if
another writer (a phone, another screen, the live run) changed one since, the undo is refused
rather than overwriting their work. Positions of a day's items or a workshop's days are not
compared (another writer's insertion shifts them): they are renumbered after applying.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, and_, delete, event, insert, select, update
from sqlalchemy.orm import Mapper, Session, object_session

from facilitator_app.errors import UserError
from facilitator_app.models.base import Base

Key = tuple[Any, ...]
Image = dict[str, Any]

# Tables whose `position` orders rows within a scope; the operations keep them dense.
ORDERED: dict[str, tuple[str, ...]] = {"day": ("workshop_id",), "agenda_item": ("day_id",)}
# Never recorded: the log of notices for other processes is not part of anyone's work.
UNRECORDED = frozenset({"change_log"})
RECORDER_KEY = "facilitator_recorder"
ALLOW_BULK_KEY = "facilitator_allow_bulk"


class UndoConflict(UserError):
    """The rows an undo would write back were changed since by someone else."""


@dataclass(frozen=True)
class RowChange:
    table: str
    key: Key
    before: Image | None
    after: Image | None

    def inverted(self) -> RowChange:
        return RowChange(self.table, self.key, self.after, self.before)


@dataclass(frozen=True)
class ChangeSet:
    rows: tuple[RowChange, ...] = ()

    def inverted(self) -> ChangeSet:
        return ChangeSet(tuple(row.inverted() for row in reversed(self.rows)))

    @property
    def is_empty(self) -> bool:
        return not self.rows

    def tables(self) -> set[str]:
        return {row.table for row in self.rows}

    def created(self, table: str) -> list[Key]:
        return [r.key for r in self.rows if r.table == table and r.before is None]


# --- the schema seen as a graph ------------------------------------------------------------


@cache
def tables() -> dict[str, Table]:
    import facilitator_app.models  # noqa: F401  (registers every table)

    return {name: table for name, table in Base.metadata.tables.items()}


@cache
def table_order() -> dict[str, int]:
    """Parents before children: the order in which rows can be inserted."""
    return {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}


@dataclass(frozen=True)
class Reference:
    child: str
    child_columns: tuple[str, ...]
    parent_columns: tuple[str, ...]
    ondelete: str  # "CASCADE", "SET NULL" or "" (the parent cannot go while children remain)


@cache
def references_to(parent: str) -> tuple[Reference, ...]:
    found = []
    for table in tables().values():
        for constraint in table.foreign_key_constraints:
            if constraint.referred_table.name != parent:
                continue
            found.append(
                Reference(
                    child=table.name,
                    child_columns=tuple(c.name for c in constraint.columns),
                    parent_columns=tuple(e.column.name for e in constraint.elements),
                    ondelete=(constraint.ondelete or "").upper(),
                )
            )
    return tuple(found)


def primary_key(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.primary_key.columns)


def key_of(table: Table, image: Mapping[str, Any]) -> Key:
    return tuple(image[name] for name in primary_key(table))


def _where_key(table: Table, key: Key) -> Any:
    names = primary_key(table)
    return and_(*(table.c[name] == value for name, value in zip(names, key, strict=True)))


def read_row(connection: Connection, table: Table, key: Key) -> Image | None:
    row = connection.execute(select(table).where(_where_key(table, key))).mappings().first()
    return dict(row) if row is not None else None


def _children(connection: Connection, reference: Reference, parent: Image) -> list[Image]:
    child = tables()[reference.child]
    values = [parent[c] for c in reference.parent_columns]
    condition = and_(
        *(child.c[c] == v for c, v in zip(reference.child_columns, values, strict=True))
    )
    return [dict(r) for r in connection.execute(select(child).where(condition)).mappings()]


def comparable(table: str, image: Image | None) -> Image | None:
    """The image without the columns another writer may shift (positions in ORDERED)."""
    if image is None or table not in ORDERED:
        return image
    return {k: v for k, v in image.items() if k != "position"}


# --- recording ------------------------------------------------------------------------------


@dataclass
class Recorder:
    """Collects the rows one operation touches, across its transactions."""

    before: dict[tuple[str, Key], Image | None] = field(default_factory=dict)
    after: dict[tuple[str, Key], Image | None] = field(default_factory=dict)
    _pending: list[tuple[str, Key]] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    notices: list[Any] = field(default_factory=list)

    def note(self, table: str, key: Key, before: Image | None) -> None:
        """A row about to change whose image is known (None: it does not exist yet)."""
        if table in UNRECORDED:
            return
        self.before.setdefault((table, key), before)
        self._pending.append((table, key))

    def touch(self, connection: Connection, table: str, key: Key) -> None:
        """A row about to change: its image is read now, the first time it is touched."""
        if table not in UNRECORDED and (table, key) not in self.before:
            self.before[(table, key)] = read_row(connection, tables()[table], key)
        self.note(table, key, None)

    def touch_deletion(self, connection: Connection, table: str, image: Image) -> None:
        """A row about to be deleted, and what the database will delete or unlink with it."""
        self.note(table, key_of(tables()[table], image), image)
        for reference in references_to(table):
            if reference.ondelete not in ("CASCADE", "SET NULL"):
                continue
            for child in _children(connection, reference, image):
                if reference.ondelete == "CASCADE":
                    self.touch_deletion(connection, reference.child, child)
                else:
                    self.note(reference.child, key_of(tables()[reference.child], child), child)

    def touch_created_tree(self, connection: Connection, table: str, keys: Iterable[Key]) -> None:
        """Rows written in bulk by this operation (an import), with everything under them."""
        queue = [(table, key) for key in keys]
        seen: set[tuple[str, Key]] = set()
        while queue:
            name, key = queue.pop()
            if (name, key) in seen:
                continue
            seen.add((name, key))
            self.note(name, key, None)
            image = read_row(connection, tables()[name], key)
            if image is None:
                continue
            for reference in references_to(name):
                child = tables()[reference.child]
                for row in _children(connection, reference, image):
                    queue.append((reference.child, key_of(child, row)))

    def finish_transaction(self, connection: Connection) -> None:
        """Read back the rows touched by the transaction that is about to commit."""
        for entry in dict.fromkeys(self._pending):
            table, key = entry
            self.after[entry] = read_row(connection, tables()[table], key)
        self._pending.clear()

    def discard_transaction(self) -> None:
        """The transaction rolled back: what it touched did not happen."""
        for entry in self._pending:
            if entry not in self.after:
                self.before.pop(entry, None)
        self._pending.clear()

    def change_set(self) -> ChangeSet:
        rows = [
            RowChange(table, key, before, self.after[(table, key)])
            for (table, key), before in self.before.items()
            if (table, key) in self.after and before != self.after[(table, key)]
        ]
        return ChangeSet(tuple(rows))


# The recorder of the operation running in this context (thread), if it records.
current_recorder: ContextVar[Recorder | None] = ContextVar("facilitator_recorder", default=None)


def _recorder_of(target: Any) -> Recorder | None:
    session = object_session(target)
    if session is None:
        return None
    recorder = session.info.get(RECORDER_KEY)
    return recorder if isinstance(recorder, Recorder) else None


def _image_key(mapper: Mapper[Any], target: Any) -> Key:
    return tuple(mapper.primary_key_from_instance(target))


def _after_insert(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    recorder = _recorder_of(target)
    if recorder is not None:
        recorder.note(mapper.local_table.name, _image_key(mapper, target), None)


def _before_update(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    recorder = _recorder_of(target)
    if recorder is not None:
        recorder.touch(connection, mapper.local_table.name, _image_key(mapper, target))


def _before_delete(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    recorder = _recorder_of(target)
    if recorder is None:
        return
    table = mapper.local_table
    image = read_row(connection, table, _image_key(mapper, target))  # type: ignore[arg-type]
    if image is not None:
        recorder.touch_deletion(connection, table.name, image)


def _refuse_bulk(state: Any) -> None:
    """A bulk INSERT/UPDATE/DELETE through the session would escape the recording."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    info = state.session.info
    if RECORDER_KEY in info and not info.get(ALLOW_BULK_KEY):
        raise RuntimeError("bulk statements bypass undo: write rows through the ORM")


_installed = False


def install() -> None:
    """Listen to every mapped table once (idempotent)."""
    global _installed
    if _installed:
        return
    event.listen(Base, "after_insert", _after_insert, propagate=True)
    event.listen(Base, "before_update", _before_update, propagate=True)
    event.listen(Base, "before_delete", _before_delete, propagate=True)
    event.listen(Session, "do_orm_execute", _refuse_bulk)
    _installed = True


# --- applying -------------------------------------------------------------------------------


def apply(session: Session, changes: ChangeSet, recorder: Recorder, *, what: str) -> None:
    """Write `changes` forward (its "after" images), inside the caller's transaction. Raises
    UndoConflict when a row is no longer as `changes` expects it (its "before" image)."""
    connection = session.connection()
    _check(connection, changes, what)
    order = table_order()
    inserts = sorted(
        (r for r in changes.rows if r.before is None and r.after is not None),
        key=lambda r: order[r.table],
    )
    updates = [r for r in changes.rows if r.before is not None and r.after is not None]
    deletes = sorted(
        (r for r in changes.rows if r.before is not None and r.after is None),
        key=lambda r: -order[r.table],
    )
    for row in inserts:
        recorder.note(row.table, row.key, None)
        connection.execute(insert(tables()[row.table]).values(**row.after))  # type: ignore[arg-type]
    for row in updates:
        recorder.touch(connection, row.table, row.key)
        table = tables()[row.table]
        connection.execute(
            update(table).where(_where_key(table, row.key)).values(**row.after)  # type: ignore[arg-type]
        )
    for row in deletes:
        recorder.touch(connection, row.table, row.key)
        table = tables()[row.table]
        connection.execute(delete(table).where(_where_key(table, row.key)))
    _renumber(connection, changes, recorder)


def _check(connection: Connection, changes: ChangeSet, what: str) -> None:
    keys = {(r.table, r.key) for r in changes.rows}
    for row in changes.rows:
        table = tables()[row.table]
        current = read_row(connection, table, row.key)
        if comparable(row.table, current) != comparable(row.table, row.before):
            raise UndoConflict(
                "“{what}” can no longer be undone or redone: it was changed since "
                "(by another screen, a phone or the live run)",
                what=what,
            )
        if row.after is None and current is not None:
            # Something added since under a row we would delete would go with it.
            for reference in references_to(row.table):
                for child in _children(connection, reference, current):
                    child_key = key_of(tables()[reference.child], child)
                    if (reference.child, child_key) not in keys:
                        raise UndoConflict(
                            "“{what}” can no longer be undone or redone: something was added "
                            "to it since",
                            what=what,
                        )


def _renumber(connection: Connection, changes: ChangeSet, recorder: Recorder) -> None:
    scopes: set[tuple[str, tuple[Any, ...]]] = set()
    for row in changes.rows:
        for image in (row.before, row.after):
            if image is not None and row.table in ORDERED:
                scopes.add((row.table, tuple(image[c] for c in ORDERED[row.table])))
    for name, scope in sorted(scopes, key=repr):
        table = tables()[name]
        condition = and_(*(table.c[c] == v for c, v in zip(ORDERED[name], scope, strict=True)))
        rows = connection.execute(
            select(table.c.id, table.c.position)
            .where(condition)
            .order_by(table.c.position, table.c.id)
        ).all()
        for index, (row_id, position) in enumerate(rows):
            if position != index:
                recorder.touch(connection, name, (row_id,))
                connection.execute(update(table).where(table.c.id == row_id).values(position=index))
