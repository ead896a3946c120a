"""Look at a SQLite file before opening it for real: is it SQLite, is it ours, is it whole,
which schema revision does it carry, can it be written. Nothing here writes to the file."""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from facilitator_app import SQLITE_APPLICATION_ID
from facilitator_app.errors import (
    CorruptDatabase,
    NewerSchema,
    NotADatabaseFile,
    NotOurDatabase,
    ReadOnlyData,
    StorageError,
)

SQLITE_HEADER = b"SQLite format 3\x00"
VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION_RE = re.compile(r'^revision(?:: str)? = ["\']([^"\']+)["\']', re.MULTILINE)
_DOWN_RE = re.compile(r'^down_revision(?:: [^=]+)? = (?:["\']([^"\']+)["\']|None)', re.MULTILINE)


@dataclass(frozen=True)
class FileReport:
    path: Path
    exists: bool
    has_tables: bool = False
    application_id: int = 0
    revision: str | None = None
    integrity: str = "ok"
    # The file or its folder cannot be written (SQLite needs the folder for its journal).
    read_only: bool = False
    # False only for a file with tables but no schema version and not one row: a first start
    # that was interrupted before the schema was complete (an older version made it in place).
    holds_rows: bool = True

    @property
    def unfinished(self) -> bool:
        return self.has_tables and self.revision is None and not self.holds_rows


@cache
def known_revisions() -> tuple[tuple[str, ...], str]:
    """All revisions this version knows, and the head, read from the migration files without
    importing Alembic (it is heavy, and start-up must stay fast)."""
    return read_revisions(VERSIONS_DIR)


@cache
def read_revisions(folder: Path) -> tuple[tuple[str, ...], str]:
    """The revisions of the migration scripts in `folder`, and their one head."""
    revisions: dict[str, str | None] = {}
    for path in sorted(folder.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        rev = _REVISION_RE.search(text)
        down = _DOWN_RE.search(text)
        if rev:
            revisions[rev.group(1)] = down.group(1) if down else None
    referenced = {d for d in revisions.values() if d}
    heads = [r for r in revisions if r not in referenced]
    if len(heads) != 1:
        raise RuntimeError(f"the migration chain must have exactly one head, found {heads}")
    return tuple(revisions), heads[0]


def schema_head() -> str:
    return known_revisions()[1]


def is_writable(path: Path) -> bool:
    """The file (if it exists) and its folder can be written: SQLite writes its journal and
    shared-memory index beside the database, so a read-only folder is a read-only database."""
    folder_ok = os.access(path.parent, os.W_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def _has_journal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _open_for_reading(path: Path, writable: bool) -> sqlite3.Connection:
    """Read-only when SQLite allows it; a WAL file left by a crash without its shared-memory
    index needs a normal connection to be read (which still writes nothing of ours). In a
    read-only folder SQLite cannot make that index: the file is read as it lies on disk."""
    if not writable and not _has_journal(path):
        try:
            return sqlite3.connect(f"file:{path}?immutable=1", uri=True)
        except sqlite3.Error as exc:
            raise ReadOnlyData(path) from exc
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError:
        pass
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(path, "cannot be read: {error}", error=str(exc)) from exc
    if not writable:
        raise ReadOnlyData(path)
    try:
        return sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise CorruptDatabase(path, "cannot be opened: {error}", error=str(exc)) from exc


def _not_damage(path: Path, exc: sqlite3.OperationalError, writable: bool) -> StorageError:
    """SQLite could not read the file (locked, no permission, a journal it cannot make): that
    says nothing about the file's bytes, so it must not be called damaged."""
    if not writable:
        return ReadOnlyData(path)
    if "locked" in str(exc).lower() or "busy" in str(exc).lower():
        return StorageError("{path} is busy in another program: try again", path=str(path))
    return StorageError("{path} cannot be read: {problem}", path=str(path), problem=str(exc))


def _holds_rows(connection: sqlite3.Connection, tables: set[str]) -> bool:
    for table in tables - {"alembic_version"}:
        quoted = table.replace('"', '""')
        if connection.execute(f'SELECT EXISTS (SELECT 1 FROM "{quoted}")').fetchone()[0]:
            return True
    return False


def _our_table_names() -> set[str]:
    # Imported only for this rare case: start-up does not load the models before the window.
    from facilitator_app.models import Base

    return {*Base.metadata.tables, "alembic_version"}


def inspect_sqlite_file(path: Path) -> FileReport:
    """Raise a DatabaseRefused subclass when the file must not be opened, ReadOnlyData or a
    StorageError when it cannot be read at all; report otherwise."""
    if os.path.lexists(path) and not path.is_file():
        raise NotADatabaseFile(
            path, "a folder (or something else that is not a file) is where the database should be"
        )
    writable = is_writable(path)
    if not path.exists() or path.stat().st_size == 0:
        return FileReport(path=path, exists=path.exists(), read_only=not writable)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise StorageError(
            "{path} cannot be read: {problem}", path=str(path), problem="permission denied"
        ) from exc
    if header != SQLITE_HEADER:
        raise NotOurDatabase(path, "this file is not a SQLite database")
    connection = _open_for_reading(path, writable)
    holds_rows = True
    try:
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        except sqlite3.OperationalError as exc:
            raise _not_damage(path, exc, writable) from exc
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabase(
                path, "the integrity check failed: {error}", error=str(exc)
            ) from exc
        problems = [row[0] for row in rows if row[0] != "ok"]
        if problems:
            shown = "; ".join(problems[:3])
            raise CorruptDatabase(
                path, "the integrity check found damage: {problems}", problems=shown
            )
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if tables and revision is None:
            holds_rows = _holds_rows(connection, tables)
    except sqlite3.OperationalError as exc:
        raise _not_damage(path, exc, writable) from exc
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(path, "cannot be read: {error}", error=str(exc)) from exc
    finally:
        connection.close()

    has_tables = bool(tables)
    # Not stamped yet, but only our tables and nothing in them: a first start cut short.
    unstamped_start = (
        app_id == 0 and revision is None and not holds_rows and tables <= _our_table_names()
        if has_tables
        else False
    )
    if has_tables and app_id != SQLITE_APPLICATION_ID and not unstamped_start:
        raise NotOurDatabase(path, "this SQLite database was made by another program")
    if not has_tables and app_id not in (0, SQLITE_APPLICATION_ID):
        raise NotOurDatabase(path, "this SQLite database was made by another program")
    if revision is not None and revision not in known_revisions()[0]:
        raise NewerSchema(
            path,
            "this database was written by a newer version of the application (schema "
            "{revision}); update the application to open it",
            revision=revision,
        )
    if has_tables and revision is None and holds_rows:
        raise CorruptDatabase(
            path, "it holds data but no schema version (it was not made by this version)"
        )
    return FileReport(
        path=path,
        exists=True,
        has_tables=has_tables,
        application_id=app_id,
        revision=revision,
        read_only=not writable,
        holds_rows=holds_rows,
    )
