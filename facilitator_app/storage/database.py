"""Opening the database safely, and the one way to write to it: a short transaction.

`open_database` refuses a damaged file, a file that is not ours or a newer schema (it is never
touched) and a read-only one, creates a new file all at once (storage/creation.py), backs up
before migrating, and hands back a `Database` whose `transaction()` commits before returning,
so that what the UI confirms is on disk.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, delete, event, func, insert, inspect, select, text
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from facilitator_app import SQLITE_APPLICATION_ID
from facilitator_app.atomic import remove_stale
from facilitator_app.changes import Change, ChangeBus
from facilitator_app.changes import merge as changes_merge
from facilitator_app.errors import (
    ReadOnlyData,
    ServerSchemaNewer,
    ServerSchemaRefused,
    StorageError,
    UserError,
)
from facilitator_app.models import ChangeLog, utcnow
from facilitator_app.storage import changeset
from facilitator_app.storage.backups import make_backup
from facilitator_app.storage.creation import (
    DEMO_PENDING,
    create_database_file,
    discard_empty_file,
    move_aside,
)
from facilitator_app.storage.engine import make_engine, writer
from facilitator_app.storage.failures import Failure, classify, first_line
from facilitator_app.storage.inspection import (
    FileReport,
    inspect_sqlite_file,
    known_revisions,
    schema_head,
)
from facilitator_app.storage.location import Location, public_url

log = logging.getLogger(__name__)
# Out of space, over the file-size limit, over the quota: all "the disk is full" to a user.
_DISK_FULL = tuple(
    getattr(errno, name) for name in ("ENOSPC", "EFBIG", "EDQUOT") if hasattr(errno, name)
)


def _storage_error(exc: Exception) -> StorageError:
    failure = classify(exc)
    if failure is Failure.DISK_FULL:
        return StorageError("the disk is full: free some space, nothing was saved for this action")
    if failure is Failure.READ_ONLY:
        return StorageError("the database is read-only: nothing was saved for this action")
    if failure is Failure.TOO_LONG:
        return StorageError(
            "a text is longer than this database allows: nothing was saved for this action "
            "({problem})",
            problem=first_line(exc),
        )
    if failure is Failure.UNREACHABLE:
        return StorageError(
            "the database server cannot be reached: nothing was saved for this action ({problem})",
            problem=first_line(exc),
        )
    if failure is Failure.BUSY:
        return StorageError(
            "the data is being written by another program for too long: nothing was saved "
            "for this action, try again in a moment"
        )
    return StorageError(
        "the database refused the change: {message}", message=str(getattr(exc, "orig", exc))
    )


def _is_busy(exc: Exception) -> bool:
    return classify(exc) is Failure.BUSY


# How long a writer waits for another one (SQLite's busy timeout covers the first seconds of
# each attempt) before the user is told; a transaction holds the lock for milliseconds.
LOCK_PATIENCE_SECONDS = 20.0
NOTICES_KEY = "facilitator_notices"
# The change log keeps the newest notices only; other processes read it every second.
KEEP_NOTICES = 5000


def announce(session: Session, change: Change) -> None:
    """Inside `db.transaction()`: publish `change` once the transaction has committed (and tell
    other processes through the change log, in the same transaction)."""
    session.info.setdefault(NOTICES_KEY, []).append(change)


class Database:
    def __init__(self, engine: Engine, location: Location) -> None:
        self.engine = engine
        self.location = location
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(writer(engine), expire_on_commit=False)
        # Services publish here after each commit; screens subscribe.
        self.changes = ChangeBus()
        # Tells this open database's notices apart from other processes' in the change log.
        self.origin = uuid.uuid4().hex[:16]
        self._local = threading.local()
        # True when this open created the schema (the demo follows `demo_pending`).
        self.created = False
        changeset.install()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: committed (and on disk) when the block ends, rolled back on error.

        The write lock is taken when it begins (another writer waits, within bounds), so what
        the block reads (positions, counts) cannot change under it. Notices given to
        `announce` are published after the commit. When an operation is recording (undo), the
        rows it touches are noted."""
        if getattr(self._local, "writing", False):
            raise RuntimeError("a transaction is already open on this thread")
        session = self._begin_writing()
        recorder = changeset.current_recorder.get()
        if recorder is not None:
            session.info[changeset.RECORDER_KEY] = recorder
        notices: list[Change] = session.info.setdefault(NOTICES_KEY, [])
        self._local.writing = True
        try:
            yield session
            session.flush()
            connection = session.connection()
            if recorder is not None:
                recorder.finish_transaction(connection)
                recorder.notices.extend(notices)
            self._log_notices(connection, notices)
            session.commit()
        except (OperationalError, DBAPIError) as exc:
            session.rollback()
            if recorder is not None:
                recorder.discard_transaction()
            raise _storage_error(exc) from exc
        except BaseException:
            session.rollback()
            if recorder is not None:
                recorder.discard_transaction()
            raise
        finally:
            self._local.writing = False
            session.close()
        for change in changes_merge(notices):
            self.changes.publish(change)

    def _begin_writing(self) -> Session:
        deadline = time.monotonic() + LOCK_PATIENCE_SECONDS
        delay = 0.02
        while True:
            session = self._writers()
            try:
                session.connection()  # BEGIN IMMEDIATE on SQLite: the lock, or a wait for it
                return session
            except (OperationalError, DBAPIError) as exc:
                session.close()
                if not _is_busy(exc) or time.monotonic() + delay > deadline:
                    raise _storage_error(exc) from exc
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    def _log_notices(self, connection: Connection, notices: list[Change]) -> None:
        if not notices:
            return
        table = changeset.tables()[ChangeLog.__tablename__]  # the Table, typed as one
        now = utcnow()
        result = connection.execute(
            insert(table).returning(table.c.seq),
            [
                {
                    "origin": self.origin,
                    "area": c.area,
                    "workshop_id": c.workshop_id,
                    "ids": list(c.ids),
                    "at": now,
                }
                for c in changes_merge(notices)
            ],
        )
        last = max(result.scalars(), default=0)
        if last % 500 == 0:
            connection.execute(delete(table).where(table.c.seq <= last - KEEP_NOTICES))

    def latest_notice(self) -> int:
        """The newest entry of the change log: where a new listener starts reading."""
        with self.reading() as session:
            return int(session.scalar(select(func.max(ChangeLog.seq))) or 0)

    def external_changes(self, after: int) -> tuple[list[Change], int]:
        """Notices committed by other processes since `after`, and the new position."""
        with self.reading() as session:
            rows = session.execute(
                select(
                    ChangeLog.seq,
                    ChangeLog.origin,
                    ChangeLog.area,
                    ChangeLog.workshop_id,
                    ChangeLog.ids,
                )
                .where(ChangeLog.seq > after)
                .order_by(ChangeLog.seq)
            ).all()
        found = [
            Change(r.area, r.workshop_id, tuple(int(i) for i in r.ids or ()), external=True)
            for r in rows
            if r.origin != self.origin
        ]
        return changes_merge(found), max((r.seq for r in rows), default=after)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look; nothing is committed."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def backup(self, reason: str, keep: int | None = None) -> Path | None:
        """A consistent copy in the backups folder (SQLite files only), keeping the newest
        `keep` routine ones (the user's setting; default KEEP_BACKUPS)."""
        if self.location.file is None or self.location.backups is None:
            return None
        if keep is None:
            return make_backup(self.location.file, self.location.backups, reason)
        return make_backup(self.location.file, self.location.backups, reason, keep)

    def integrity(self) -> str:
        if self.engine.dialect.name != "sqlite":
            return "ok"
        with self.engine.connect() as connection:
            rows = connection.execute(text("PRAGMA integrity_check")).fetchall()
        return "; ".join(r[0] for r in rows)

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    location: Location,
    *,
    backup_before_migration: bool = True,
    read_only: bool = False,
    migrate_server: bool = False,
) -> Database:
    """Open (creating or migrating as needed) the database at `location`. `read_only` opens an
    existing database as it is, for looking only (another window owns the data folder):
    nothing is created or migrated, and every write is refused by SQLite itself.

    A server (PostgreSQL) is shared by several laptops: an empty one gets the schema, but one
    with an older schema is refused (ServerSchemaRefused, naming `facilitator-app migrate`)
    unless `migrate_server` (that command) asks for the migration."""
    report: FileReport | None = None
    created = False
    if read_only:
        report = _existing_at_head(location)
    elif location.file is not None:
        report, created = _prepare_file(location.file)
    try:
        engine = make_engine(location.url)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        shown = public_url(location.url)  # never the password
        if location.url.startswith("postgres"):
            raise UserError(
                "cannot use the database URL {url!r}: {error} (PostgreSQL needs "
                "`pip install facilitator-app[postgresql]`)",
                url=shown,
                error=str(exc),
            ) from exc
        raise UserError(
            "cannot use the database URL {url!r}: {error}", url=shown, error=str(exc)
        ) from exc
    if read_only and engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _query_only)
    database = Database(engine, location)
    database.created = created
    try:
        _bring_to_head(database, report, backup_before_migration, migrate_server)
    except (OperationalError, DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        raise _storage_error(exc) from exc
    except BaseException:
        engine.dispose()
        raise
    return database


def _query_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only=ON")


def _existing_at_head(location: Location) -> FileReport | None:
    if location.file is None:
        return None
    report = inspect_sqlite_file(location.file)
    if not report.has_tables or report.revision != schema_head():
        raise StorageError(
            "{path} cannot be opened read-only: it is not yet ready (the window that owns the "
            "data folder will prepare it)",
            path=str(location.file),
        )
    return report


def _prepare_file(path: Path) -> tuple[FileReport, bool]:
    """Inspect the file and, when there is no complete database yet, make one atomically.
    Returns the report of the file now in place and whether this call created it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
            raise ReadOnlyData(path.parent) from exc
        raise StorageError(
            "cannot create the data folder {folder}: {problem}",
            folder=str(path.parent),
            problem=exc,
        ) from exc
    # What a killed restore left: copies of a backup or of the file it was setting aside.
    name = re.escape(path.name)
    remove_stale(
        path.parent, re.compile(rf"{name}\.restoring|\.{name}(-wal|-shm)?\.[a-z0-9_]{{8}}\.copying")
    )
    report = inspect_sqlite_file(path)
    if report.read_only:
        folder_read_only = not os.access(path.parent, os.W_OK)
        raise ReadOnlyData(path.parent if folder_read_only else path)
    if report.has_tables and not report.unfinished:
        return report, False
    if report.unfinished:
        moved = move_aside(path, "unfinished")
        log.warning("%s was a first start cut short (no schema, no data); kept as %s", path, moved)
    elif report.exists:
        discard_empty_file(path)
    try:
        created = create_database_file(path)
    except (OSError, sqlite3.Error, OperationalError, DBAPIError) as exc:
        raise _creation_error(path, exc) from exc
    return inspect_sqlite_file(path), created


def _creation_error(path: Path, exc: Exception) -> StorageError:
    if isinstance(exc, PermissionError) or getattr(exc, "errno", None) == errno.EROFS:
        return ReadOnlyData(path.parent)
    message = str(getattr(exc, "orig", exc))
    if getattr(exc, "errno", None) in _DISK_FULL or "full" in message.lower():
        message = "the disk is full"
    return StorageError(
        "the database could not be created in {folder} ({problem}); nothing was left half-made: "
        "free some space or check the folder, then start again",
        folder=str(path.parent),
        problem=message,
    )


def _bring_to_head(
    database: Database, report: FileReport | None, backup: bool, migrate_server: bool
) -> None:
    head = schema_head()
    if report is not None:
        if report.revision == head:
            return
        if report.has_tables and backup:
            database.backup("before-migration")
    else:
        current = database.schema_revision()
        database.created = current is None
        if current == head:
            return
        if current is not None and database.engine.dialect.name != "sqlite":
            _refuse_server_schema(database.location, current, head, migrate_server)
        _set_application_id(database.engine)
    from facilitator_app.storage.migrate import create_schema, upgrade_database

    if database.created:
        create_schema(database.engine)
    else:
        upgrade_database(database.engine, "head")


MIGRATE_COMMAND = "facilitator-app migrate --database {url}"


def _refuse_server_schema(location: Location, current: str, head: str, migrate: bool) -> None:
    """Several laptops share a server: a newer schema means this laptop is behind, an older
    one is migrated only when someone asks for it (after a backup), never on a first connect."""
    known, _head = known_revisions()
    if current not in known:
        raise ServerSchemaNewer(
            "{server} was set up by a newer version of the application (schema {found}; "
            "this version knows up to {head}): install the newer version on this computer",
            server=location.shown,
            found=current,
            head=head,
        )
    if not migrate:
        raise ServerSchemaRefused(
            "{server} has an older schema ({found}; this version needs {head}). It is shared, "
            "so it is not migrated by whichever computer connects first: back it up with "
            "pg_dump (docs/organisation.md), then run `{command}`",
            server=location.shown,
            found=current,
            head=head,
            command=MIGRATE_COMMAND.format(url=location.shown),
        )


def _set_application_id(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as connection:
        connection.execute(text(f"PRAGMA application_id={SQLITE_APPLICATION_ID}"))


def demo_pending(database: Database) -> bool:
    """True until the window has installed the demo on this database (see DEMO_PENDING).
    A server database has no such mark: there the demo comes with the schema's creation."""
    if database.engine.dialect.name != "sqlite":
        return database.created
    with database.engine.connect() as connection:
        version = connection.execute(text("PRAGMA user_version")).scalar() or 0
    return bool(version & DEMO_PENDING)


def demo_installed(database: Database) -> None:
    if database.engine.dialect.name != "sqlite":
        return
    with database.engine.begin() as connection:
        version = connection.execute(text("PRAGMA user_version")).scalar() or 0
        connection.execute(text(f"PRAGMA user_version={int(version) & ~DEMO_PENDING}"))


def migrate_database(location: Location) -> tuple[str | None, str]:
    """`facilitator-app migrate`: bring the database at `location` to this version's schema.
    A file is backed up first, as on every opening; a server is backed up with pg_dump by
    whoever runs the command (docs/organisation.md). Returns the revision it had (None: none
    yet) and the one it has now."""
    before: str | None = None
    if location.file is not None:
        if location.file.exists():
            before = inspect_sqlite_file(location.file).revision
    else:
        engine = make_engine(location.url)
        try:
            before = Database(engine, location).schema_revision()
        except (OperationalError, DBAPIError) as exc:
            raise _storage_error(exc) from exc
        finally:
            engine.dispose()
    open_database(location, migrate_server=True).close()
    return before, schema_head()
