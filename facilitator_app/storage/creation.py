"""Making a new database file all at once. The schema is built in a temporary file beside the
target (same folder, so the final move is a rename), synced to disk, then put in place without
overwriting anything: a first start that is killed, or that fills the disk, leaves either no
database or a complete one, never tables without a schema version. This does not rely on
SQLite making DDL transactional.

A half-made file left by an older version (tables, no schema version, not one row) is moved
aside, never deleted, and the database made again."""

from __future__ import annotations

import logging
import os
import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.pool import NullPool

from facilitator_app import SQLITE_APPLICATION_ID
from facilitator_app.atomic import fsync_folder, place_without_overwrite, remove_stale
from facilitator_app.storage.location import sqlite_url

log = logging.getLogger(__name__)

# "." + the database's name + "." + mkstemp's 8 random characters + ".creating"
CREATING_SUFFIX = ".creating"
# A bit of SQLite's free `PRAGMA user_version`: set in every file made here, cleared once the
# window has installed the demo. A database first made by a CLI command still gets its demo.
DEMO_PENDING = 1


def _creating_pattern(target: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(target.name)}\.[a-z0-9_]{{8}}\.creating(-journal)?")


def _building_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        # Nobody sees this file before it is complete and synced: no journal, no sync per
        # statement (the file is synced once, at the end).
        cursor.execute("PRAGMA journal_mode=MEMORY")
        cursor.execute("PRAGMA synchronous=OFF")
    finally:
        cursor.close()


def _build_schema(path: Path) -> None:
    from facilitator_app.storage.migrate import create_schema

    # Our own engine (not make_engine): no WAL, no explicit transactions needed, the file is
    # private until it is complete.
    engine = create_engine(sqlite_url(str(path)), poolclass=NullPool, hide_parameters=True)
    event.listen(engine, "connect", _building_pragmas)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id={SQLITE_APPLICATION_ID}")
            connection.exec_driver_sql(f"PRAGMA user_version={DEMO_PENDING}")
        create_schema(engine)
    finally:
        engine.dispose()
    # mkstemp made it private; a database gets the permissions SQLite would have given it.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _side_files(database: Path) -> list[Path]:
    return [database.with_name(database.name + s) for s in ("-wal", "-shm", "-journal")]


def aside_name(database: Path, label: str) -> Path:
    """`facilitator.sqlite3.<label>-<UTC time to the microsecond>`, a name not yet taken."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    candidate = database.with_name(f"{database.name}.{label}-{stamp}")
    counter = 1
    while os.path.lexists(candidate):
        counter += 1
        candidate = database.with_name(f"{database.name}.{label}-{stamp}-{counter}")
    return candidate


def move_aside(database: Path, label: str) -> Path:
    """Rename the database and its journals to a new name beside it; nothing is overwritten."""
    while True:
        target = aside_name(database, label)
        try:
            place_without_overwrite(database, target)
            break
        except FileExistsError:
            continue  # taken by another process at the same microsecond: take the next
    for side in _side_files(database):
        if side.exists():
            kept = target.with_name(target.name + side.name.removeprefix(database.name))
            place_without_overwrite(side, kept)
    return target


def _clear_orphan_journals(database: Path) -> None:
    """A journal beside a missing database belongs to a file that is gone: SQLite would apply
    it to the new one. It is kept aside with the name it had."""
    orphans = [side for side in _side_files(database) if side.exists()]
    if not orphans:
        return
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    for side in orphans:
        kept = side.with_name(f"{side.name}.orphan-{stamp}")
        log.warning("journal %s has no database beside it; kept as %s", side, kept)
        place_without_overwrite(side, kept)


def create_database_file(target: Path) -> bool:
    """Put a complete new database at `target`. False when another process made one first
    (theirs is kept, ours dropped). Raises OSError and sqlite3/SQLAlchemy errors; whatever
    happens, no partial file is left at `target`."""
    folder = target.parent
    remove_stale(folder, _creating_pattern(target))
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=CREATING_SUFFIX, dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        _build_schema(temporary)
        if os.path.lexists(target):
            return False
        _clear_orphan_journals(target)
        try:
            place_without_overwrite(temporary, target)
        except FileExistsError:
            return False
        fsync_folder(folder)
        return True
    finally:
        temporary.unlink(missing_ok=True)
        temporary.with_name(temporary.name + "-journal").unlink(missing_ok=True)


def discard_empty_file(target: Path) -> None:
    """A zero-byte or table-less file holds nothing: it is moved out of the way (and removed,
    as it holds nothing) so that the new file can be put in place without overwriting."""
    try:
        moved = move_aside(target, "empty")
    except FileNotFoundError:
        return  # another process got there first
    moved.unlink(missing_ok=True)
