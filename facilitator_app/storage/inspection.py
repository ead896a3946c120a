"""Look at a SQLite file before opening it for real: is it SQLite, is it ours, is it whole,
and which schema revision does it carry. Nothing here writes to the file."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from facilitator_app import SQLITE_APPLICATION_ID
from facilitator_app.errors import CorruptDatabase, NewerSchema, NotOurDatabase

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


@cache
def known_revisions() -> tuple[tuple[str, ...], str]:
    """All revisions this version knows, and the head, read from the migration files without
    importing Alembic (it is heavy, and start-up must stay fast)."""
    revisions: dict[str, str | None] = {}
    for path in sorted(VERSIONS_DIR.glob("*.py")):
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


def _open_for_reading(path: Path) -> sqlite3.Connection:
    """Read-only when SQLite allows it; a WAL file left by a crash without its shared-memory
    index needs a normal connection to be read (which still writes nothing of ours)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError:
        pass
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(path, f"cannot be read: {exc}") from exc
    try:
        return sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise CorruptDatabase(path, f"cannot be opened: {exc}") from exc


def inspect_sqlite_file(path: Path) -> FileReport:
    """Raise a DatabaseRefused subclass when the file must not be opened; report otherwise."""
    if not path.exists() or path.stat().st_size == 0:
        return FileReport(path=path, exists=path.exists())
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotOurDatabase(path, "this file is not a SQLite database")
    connection = _open_for_reading(path)
    try:
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabase(path, f"the integrity check failed: {exc}") from exc
        problems = [row[0] for row in rows if row[0] != "ok"]
        if problems:
            shown = "; ".join(problems[:3])
            raise CorruptDatabase(path, f"the integrity check found damage: {shown}")
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(path, f"cannot be read: {exc}") from exc
    finally:
        connection.close()

    has_tables = bool(tables)
    if has_tables and app_id != SQLITE_APPLICATION_ID:
        raise NotOurDatabase(path, "this SQLite database was made by another program")
    if not has_tables and app_id not in (0, SQLITE_APPLICATION_ID):
        raise NotOurDatabase(path, "this SQLite database was made by another program")
    if revision is not None and revision not in known_revisions()[0]:
        raise NewerSchema(
            path,
            f"this database was written by a newer version of the application (schema {revision}); "
            "update the application to open it",
        )
    return FileReport(
        path=path, exists=True, has_tables=has_tables, application_id=app_id, revision=revision
    )
