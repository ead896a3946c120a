"""Opening the database safely, and the one way to write to it: a short transaction.

`open_database` refuses a damaged file, a file that is not ours or a newer schema (it is never
touched), backs up before migrating, and hands back a `Database` whose `transaction()` commits
before returning, so that what the UI confirms is on disk.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from facilitator_app import SQLITE_APPLICATION_ID
from facilitator_app.errors import StorageError, UserError
from facilitator_app.services.changes import ChangeBus
from facilitator_app.storage.backups import make_backup
from facilitator_app.storage.engine import make_engine
from facilitator_app.storage.inspection import FileReport, inspect_sqlite_file, schema_head
from facilitator_app.storage.location import Location

log = logging.getLogger(__name__)


def _storage_error(exc: Exception) -> StorageError:
    message = str(getattr(exc, "orig", exc))
    lowered = message.lower()
    if "disk is full" in lowered or "no space" in lowered:
        return StorageError("the disk is full: free some space, nothing was saved for this action")
    if "readonly" in lowered or "read-only" in lowered:
        return StorageError("the database is read-only: nothing was saved for this action")
    if "locked" in lowered:
        return StorageError("the database is busy in another program: try again")
    return StorageError(f"the database refused the change: {message}")


class Database:
    def __init__(self, engine: Engine, location: Location) -> None:
        self.engine = engine
        self.location = location
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # Services publish here after each commit; screens subscribe.
        self.changes = ChangeBus()
        # True when this open created the schema: the app installs its demo workshop then.
        self.created = False

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: committed (and on disk) when the block ends, rolled back on error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except (OperationalError, DBAPIError) as exc:
            session.rollback()
            raise _storage_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look; nothing is committed."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def backup(self, reason: str) -> Path | None:
        """A consistent copy in the backups folder (SQLite files only)."""
        if self.location.file is None or self.location.backups is None:
            return None
        return make_backup(self.location.file, self.location.backups, reason)

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


def open_database(location: Location, *, backup_before_migration: bool = True) -> Database:
    """Open (creating or migrating as needed) the database at `location`."""
    report: FileReport | None = None
    if location.file is not None:
        report = inspect_sqlite_file(location.file)
        try:
            location.file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                f"cannot create the data folder {location.file.parent}: {exc}"
            ) from exc
    try:
        engine = make_engine(location.url)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise UserError(
            f"cannot use the database URL {location.url.split('@')[-1]!r}: {exc}"
            + (
                " (PostgreSQL needs `pip install facilitator-app[postgresql]`)"
                if location.url.startswith("postgres")
                else ""
            )
        ) from exc
    database = Database(engine, location)
    try:
        _bring_to_head(database, report, backup_before_migration)
    except (OperationalError, DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        raise _storage_error(exc) from exc
    except BaseException:
        engine.dispose()
        raise
    return database


def _bring_to_head(database: Database, report: FileReport | None, backup: bool) -> None:
    head = schema_head()
    database.created = report is None or not report.has_tables
    if report is not None:
        if report.revision == head:
            return
        if report.has_tables and report.revision is None:
            # Ours (application id) but without a schema version: a crash during creation.
            log.warning("database %s has tables but no schema version", report.path)
        if report.has_tables and backup:
            database.backup("before-migration")
    else:
        current = database.schema_revision()
        database.created = current is None
        if current == head:
            return
    _set_application_id(database.engine)
    from facilitator_app.storage.migrate import upgrade

    with database.engine.begin() as connection:
        upgrade(connection, "head")


def _set_application_id(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as connection:
        connection.execute(text(f"PRAGMA application_id={SQLITE_APPLICATION_ID}"))
