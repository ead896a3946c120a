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

Rows are read and written a table at a time (`WHERE id IN (...)`), so undoing the removal of a
day of 30 items with their outputs stays a handful of statements per table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Table,
    and_,
    bindparam,
    delete,
    event,
    insert,
    or_,
    select,
    tuple_,
    update,
)
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
CHUNK = 400  # keys per IN (...): well under SQLite's limit of bound parameters


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


# --- the schema seen as a graph ------------------------------------------------------------


@cache
def tables() -> dict[str, Table]:
    import facilitator_app.models  # noqa: F401  (registers every table)

    return dict(Base.metadata.tables.items())


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


@cache
def primary_key(name: str) -> tuple[str, ...]:
    return tuple(c.name for c in tables()[name].primary_key.columns)


def key_of(name: str, image: Mapping[str, Any]) -> Key:
    return tuple(image[column] for column in primary_key(name))


def _matching(table: Table, columns: tuple[str, ...], values: list[Key]) -> Any:
    if len(columns) == 1:
        return table.c[columns[0]].in_([v[0] for v in values])
    return tuple_(*(table.c[c] for c in columns)).in_(values)


def read_rows(connection: Connection, name: str, keys: Iterable[Key]) -> dict[Key, Image]:
    """The rows of `name` with these keys, as they are now (missing keys are absent)."""
    wanted = list(dict.fromkeys(keys))
    table, columns = tables()[name], primary_key(name)
    found: dict[Key, Image] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        for row in connection.execute(select(table).where(_matching(table, columns, chunk))):
            image = dict(row._mapping)
            found[key_of(name, image)] = image
    return found


def children(connection: Connection, reference: Reference, parents: Iterable[Image]) -> list[Image]:
    """The rows of `reference.child` that point at any of `parents`."""
    values = list(
        dict.fromkeys(
            tuple(p[c] for c in reference.parent_columns)
            for p in parents
            if all(p[c] is not None for c in reference.parent_columns)
        )
    )
    child = tables()[reference.child]
    found: list[Image] = []
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        query = select(child).where(_matching(child, reference.child_columns, chunk))
        found += [dict(row._mapping) for row in connection.execute(query)]
    return found


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
    _pending: dict[tuple[str, Key], None] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)
    notices: list[Any] = field(default_factory=list)

    def note(self, table: str, key: Key, before: Image | None) -> None:
        """A row about to change whose image is known (None: it does not exist yet)."""
        if table in UNRECORDED:
            return
        self.before.setdefault((table, key), before)
        self._pending[(table, key)] = None

    def touch(self, connection: Connection, table: str, keys: Iterable[Key]) -> None:
        """Rows about to change: their images are read now, the first time they are touched."""
        if table in UNRECORDED:
            return
        keys = list(keys)
        unknown = [k for k in keys if (table, k) not in self.before]
        images = read_rows(connection, table, unknown) if unknown else {}
        for key in keys:
            self.note(table, key, images.get(key))

    def touch_deletions(self, connection: Connection, table: str, images: list[Image]) -> None:
        """Rows about to be deleted, and what the database will delete or unlink with them."""
        queue: list[tuple[str, list[Image]]] = [(table, images)]
        while queue:
            name, rows = queue.pop()
            fresh = [r for r in rows if (name, key_of(name, r)) not in self._pending]
            for row in fresh:
                self.note(name, key_of(name, row), row)
            if not fresh:
                continue
            for reference in references_to(name):
                if reference.ondelete not in ("CASCADE", "SET NULL"):
                    continue
                found = children(connection, reference, fresh)
                if not found:
                    continue
                if reference.ondelete == "CASCADE":
                    queue.append((reference.child, found))
                else:
                    for row in found:
                        self.note(reference.child, key_of(reference.child, row), row)

    def touch_created_tree(self, connection: Connection, table: str, keys: Iterable[Key]) -> None:
        """Rows written in bulk by this operation (an import), with everything under them."""
        level = {table: list(keys)}
        seen: set[tuple[str, Key]] = set()
        while level:
            below: dict[str, list[Key]] = defaultdict(list)
            for name, wanted in level.items():
                fresh = [k for k in wanted if (name, k) not in seen]
                seen.update((name, k) for k in fresh)
                for key in fresh:
                    self.note(name, key, None)
                images = list(read_rows(connection, name, fresh).values()) if fresh else []
                for reference in references_to(name):
                    for row in children(connection, reference, images):
                        below[reference.child].append(key_of(reference.child, row))
            level = dict(below)

    def before_flush(self, session: Session) -> None:
        """Everything the flush is about to change, read a table at a time before it does."""
        connection = session.connection()
        dirty: dict[str, list[Key]] = defaultdict(list)
        doomed: dict[str, list[Key]] = defaultdict(list)
        for obj in session.dirty:
            name, key = _identity(obj)
            if name is not None:
                dirty[name].append(key)
        for obj in session.deleted:
            name, key = _identity(obj)
            if name is not None:
                doomed[name].append(key)
        for name, keys in dirty.items():
            self.touch(connection, name, keys)
        for name, keys in doomed.items():
            images = read_rows(connection, name, keys)
            self.touch_deletions(connection, name, list(images.values()))

    def finish_transaction(self, connection: Connection) -> None:
        """Read back the rows touched by the transaction that is about to commit."""
        by_table: dict[str, list[Key]] = defaultdict(list)
        for table, key in self._pending:
            by_table[table].append(key)
        for table, keys in by_table.items():
            images = read_rows(connection, table, keys)
            for key in keys:
                self.after[(table, key)] = images.get(key)
        self._pending.clear()

    def wrote(self, table: str, key: Key, image: Image | None) -> None:
        """The row is now exactly `image` (written by `apply`): no need to read it back."""
        self.after[(table, key)] = image
        self._pending.pop((table, key), None)

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


def _identity(obj: Any) -> tuple[str | None, Key]:
    from sqlalchemy import inspect as inspect_object

    state = inspect_object(obj)
    if state.key is None:
        return None, ()
    return _table_name(state.mapper), tuple(state.key[1])


def _recorder_of(target: Any) -> Recorder | None:
    session = object_session(target)
    if session is None:
        return None
    recorder = session.info.get(RECORDER_KEY)
    return recorder if isinstance(recorder, Recorder) else None


def _table_name(mapper: Mapper[Any]) -> str:
    # Each of our models maps one Table; SQLAlchemy types `local_table` as any FromClause.
    return cast(Table, mapper.local_table).name


def _image_key(mapper: Mapper[Any], target: Any) -> Key:
    return tuple(mapper.primary_key_from_instance(target))


def _after_insert(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    recorder = _recorder_of(target)
    if recorder is not None:
        recorder.note(_table_name(mapper), _image_key(mapper, target), None)


def _before_update(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    recorder = _recorder_of(target)
    if recorder is not None:  # usually read already by before_flush
        recorder.touch(connection, _table_name(mapper), [_image_key(mapper, target)])


def _before_delete(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    recorder = _recorder_of(target)
    if recorder is None:
        return
    name = _table_name(mapper)
    key = _image_key(mapper, target)
    if (name, key) in recorder.before:
        return  # read with the flush (an orphan removed from a collection is not)
    images = read_rows(connection, name, [key])
    recorder.touch_deletions(connection, name, list(images.values()))


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    recorder = session.info.get(RECORDER_KEY)
    if isinstance(recorder, Recorder):
        recorder.before_flush(session)


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
    event.listen(Session, "before_flush", _before_flush)
    event.listen(Session, "do_orm_execute", _refuse_bulk)
    _installed = True


# --- applying -------------------------------------------------------------------------------


def apply(session: Session, changes: ChangeSet, recorder: Recorder, *, what: str) -> None:
    """Write `changes` forward (its "after" images), inside the caller's transaction. Raises
    UndoConflict when a row is no longer as `changes` expects it (its "before" image)."""
    connection = session.connection()
    current = _check(connection, changes, what)
    order = table_order()
    by_table: dict[tuple[str, str], list[RowChange]] = defaultdict(list)
    for row in changes.rows:
        how = "insert" if row.before is None else "delete" if row.after is None else "update"
        by_table[(how, row.table)].append(row)
        recorder.note(row.table, row.key, current.get((row.table, row.key)))
    for (how, name), rows in sorted(by_table.items(), key=lambda e: order[e[0][1]]):
        if how == "insert":
            # In key order: a row that names another of its table (a co-development session's
            # entries name the session) comes after it, as it was first written.
            ordered = sorted(rows, key=lambda r: r.key)
            connection.execute(insert(tables()[name]), [dict(r.after or {}) for r in ordered])
    for (how, name), rows in by_table.items():
        if how == "update":
            _update_many(connection, name, rows)
    for (how, name), rows in sorted(by_table.items(), key=lambda e: -order[e[0][1]]):
        if how == "delete":
            table, keys = tables()[name], [r.key for r in rows]
            for start in range(0, len(keys), CHUNK):
                chunk = keys[start : start + CHUNK]
                connection.execute(delete(table).where(_matching(table, primary_key(name), chunk)))
    for row in changes.rows:
        recorder.wrote(row.table, row.key, row.after)
    _renumber(connection, changes, recorder)


def _update_many(connection: Connection, name: str, rows: list[RowChange]) -> None:
    """One prepared UPDATE per table, executed for every row (an undo of a removed day sets
    the item back on hundreds of cards and notes)."""
    table, pk = tables()[name], primary_key(name)
    columns = [c.name for c in table.columns]
    statement = (
        update(table)
        .where(and_(*(table.c[c] == bindparam(f"key_{c}") for c in pk)))
        .values({c: bindparam(f"new_{c}") for c in columns})
    )
    connection.execute(
        statement,
        [
            {
                **{f"key_{c}": v for c, v in zip(pk, row.key, strict=True)},
                **{f"new_{c}": (row.after or {}).get(c) for c in columns},
            }
            for row in rows
        ],
    )


def _check(connection: Connection, changes: ChangeSet, what: str) -> dict[tuple[str, Key], Image]:
    """Every row as `changes` expects it, and nothing added since under a row it deletes.
    Returns the rows as they are now."""
    by_table: dict[str, list[RowChange]] = defaultdict(list)
    for row in changes.rows:
        by_table[row.table].append(row)
    keys = {(r.table, r.key) for r in changes.rows}
    current: dict[tuple[str, Key], Image] = {}
    for name, rows in by_table.items():
        found = read_rows(connection, name, [r.key for r in rows])
        for row in rows:
            now = found.get(row.key)
            if comparable(name, now) != comparable(name, row.before):
                raise UndoConflict(
                    "“{what}” can no longer be undone or redone: it was changed since "
                    "(by another screen, a phone or the live run)",
                    what=what,
                )
            if now is not None:
                current[(name, row.key)] = now
        doomed = [found[r.key] for r in rows if r.after is None and r.key in found]
        for reference in references_to(name) if doomed else ():
            for child in children(connection, reference, doomed):
                if (reference.child, key_of(reference.child, child)) not in keys:
                    raise UndoConflict(
                        "“{what}” can no longer be undone or redone: something was added "
                        "to it since",
                        what=what,
                    )
    return current


def _renumber(connection: Connection, changes: ChangeSet, recorder: Recorder) -> None:
    scopes: set[tuple[str, tuple[Any, ...]]] = set()
    for row in changes.rows:
        for image in (row.before, row.after):
            if image is not None and row.table in ORDERED:
                scopes.add((row.table, tuple(image[c] for c in ORDERED[row.table])))
    for name, scope in sorted(scopes, key=repr):
        table = tables()[name]
        condition = or_(and_(*(table.c[c] == v for c, v in zip(ORDERED[name], scope, strict=True))))
        rows = connection.execute(
            select(table.c.id, table.c.position)
            .where(condition)
            .order_by(table.c.position, table.c.id)
        ).all()
        for index, (row_id, position) in enumerate(rows):
            if position != index:
                recorder.after.pop((name, (row_id,)), None)  # read back at the commit
                recorder.touch(connection, name, [(row_id,)])
                connection.execute(update(table).where(table.c.id == row_id).values(position=index))
