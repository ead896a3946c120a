"""Reaching the organisation library: the server the settings name, its password kept out of
them, and a schema check that never migrates a shared server.

The settings hold a SQLAlchemy URL without a password (`organisation_server`). The password
comes, in this order, from $FACILITATOR_APP_ORGANISATION_PASSWORD, from the file
`organisation-password` in the data folder (readable by its owner only, or refused), or from
libpq itself (~/.pgpass, $PGPASSFILE, a Kerberos ticket...). Nothing but the configured URL is
ever connected to, with a short timeout: a laptop in a room without a network hears "out of
reach" in seconds.
"""

from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import NullPool

from facilitator_app.errors import ServerSchemaNewer, ServerSchemaRefused, StorageError, UserError
from facilitator_app.organisation.schema import VERSION_TABLE, metadata
from facilitator_app.storage.engine import make_engine, writer
from facilitator_app.storage.failures import Failure, classify, first_line
from facilitator_app.storage.location import public_url

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
PASSWORD_ENV = "FACILITATOR_APP_ORGANISATION_PASSWORD"
PASSWORD_FILE = "organisation-password"
CONNECT_TIMEOUT_SECONDS = 5
# A statement that waits longer than this (a lock held by a stuck laptop) is given up.
STATEMENT_TIMEOUT_MS = 15000
MIGRATE_COMMAND = "facilitator-app migrate --organisation {url}"


class OrganisationUnreachable(StorageError):
    """The server cannot be reached now (no network, server down, wrong password): the library
    screen shows the last copy it saw."""


def without_password(url: str) -> tuple[str, str | None]:
    """The URL to keep in the settings, and the password it carried (to keep elsewhere)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UserError("{url} is not a database URL", url=public_url(url)) from exc
    password = parsed.password
    if password is None:
        return url, None
    # URL.set() ignores None: the named tuple is rebuilt without the password instead.
    return parsed._replace(password=None).render_as_string(hide_password=False), str(password)


def server_key(url: str) -> str:
    """The server's identity for the links and the cache: where it is and which database,
    never who connects or with what password."""
    parsed = make_url(url)
    host = parsed.host or str(parsed.query.get("host", "")) or "local"
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.get_backend_name()}://{host}{port}/{parsed.database or ''}"


# -- the password, out of the settings file ----------------------------------------------------


def password_file(data_dir: Path) -> Path:
    return data_dir / PASSWORD_FILE


def read_password(data_dir: Path | None) -> str | None:
    """The password from the environment or the data folder's file; None lets libpq look for
    its own (~/.pgpass). A file others can read is refused rather than used."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if data_dir is None:
        return None
    path = password_file(data_dir)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageError("{path} cannot be read: {problem}", path=str(path), problem=exc) from exc
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise StorageError(
            "{path} can be read by other users of this computer: it holds the organisation "
            "library's password, so it is not used. Run `chmod 600 {path}` (or save the "
            "password again)",
            path=str(path),
        )
    return path.read_text(encoding="utf-8").rstrip("\n") or None


def save_password(data_dir: Path, password: str | None) -> Path:
    """Keep the password in the data folder, readable by this user only (None removes it)."""
    path = password_file(data_dir)
    if password is None:
        path.unlink(missing_ok=True)
        return path
    data_dir.mkdir(parents=True, exist_ok=True)
    # mkstemp makes the file 0600 from the start: the password is never readable by others.
    handle, name = tempfile.mkstemp(prefix=f".{PASSWORD_FILE}.", suffix=".part", dir=data_dir)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as written:
            written.write(password + "\n")
            written.flush()
            os.fsync(written.fileno())
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return path


def _refused_login(exc: Exception) -> bool:
    """A wrong password or an unknown role (class 28): as good as out of reach for a trainer,
    whose laptop then works from the last copy."""
    return str(getattr(getattr(exc, "orig", exc), "sqlstate", "") or "").startswith("28")


# -- the server ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SchemaState:
    revision: str | None
    head: str
    has_tables: bool


def _connect_args(url: URL) -> dict[str, Any]:
    if url.get_backend_name() != "postgresql":
        return {}
    return {
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "application_name": "facilitator-app",
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout=10000",
    }


class LibraryServer:
    """One organisation library server. Connections are opened for each look or save and
    closed after it (no pool): a laptop moves between networks and sleeps."""

    def __init__(self, url: str, *, password: str | None = None) -> None:
        self.url = url
        self.shown = public_url(url)
        self.key = server_key(url)
        target = make_url(url)
        if password is not None and target.password is None:
            target = target.set(password=password)
        try:
            if target.get_backend_name() == "sqlite":
                self.engine: Engine = make_engine(target.render_as_string(hide_password=False))
            else:
                self.engine = create_engine(
                    target,
                    poolclass=NullPool,
                    hide_parameters=True,
                    connect_args=_connect_args(target),
                )
        except (ArgumentError, NoSuchModuleError, ImportError) as exc:
            raise UserError(
                "cannot use the organisation library URL {url}: {problem}",
                url=self.shown,
                problem=exc,
            ) from exc
        self.writing_engine = writer(self.engine)

    def unreachable(self, exc: Exception) -> OrganisationUnreachable:
        """The library cannot be used now: the last copy seen is shown. A server that answered
        and refused (a role without rights on the tables) is told apart from one out of reach:
        the trainer can do nothing about the network, whoever runs the server can grant."""
        if classify(exc) in (Failure.UNREACHABLE, Failure.BUSY) or _refused_login(exc):
            return OrganisationUnreachable(
                "the organisation library ({server}) is out of reach: {problem}",
                server=self.shown,
                problem=first_line(exc),
            )
        return OrganisationUnreachable(
            "the organisation library ({server}) refused this computer's request: {problem}",
            server=self.shown,
            problem=first_line(exc),
        )

    def schema_state(self) -> SchemaState:
        try:
            with self.engine.connect() as connection:
                tables = set(inspect(connection).get_table_names())
                revision = None
                if VERSION_TABLE in tables:
                    revision = connection.execute(
                        text(f"SELECT version_num FROM {VERSION_TABLE}")
                    ).scalar()
        except (OperationalError, DBAPIError) as exc:
            raise self.unreachable(exc) from exc
        return SchemaState(revision, library_head(), bool(tables & set(metadata.tables)))

    def check_schema(self) -> None:
        """Refuse a library that is not set up, older or newer than this version knows; never
        change it (the command that does is named in the message)."""
        state = self.schema_state()
        if state.revision == state.head:
            return
        command = MIGRATE_COMMAND.format(url=self.shown)
        if state.revision is None:
            raise ServerSchemaRefused(
                "the organisation library on {server} is not set up yet: whoever looks after "
                "the server runs `{command}` once (docs/organisation.md)",
                server=self.shown,
                command=command,
            )
        if state.revision not in library_revisions():
            raise ServerSchemaNewer(
                "the organisation library on {server} was set up by a newer version of the "
                "application (schema {found}): install the newer version on this computer",
                server=self.shown,
                found=state.revision,
            )
        raise ServerSchemaRefused(
            "the organisation library on {server} has an older schema ({found}; this version "
            "needs {head}). It is shared, so it is not migrated by whichever computer connects "
            "first: back it up with pg_dump (docs/organisation.md), then run `{command}`",
            server=self.shown,
            found=state.revision,
            head=state.head,
            command=command,
        )

    def close(self) -> None:
        self.engine.dispose()


def _alembic_config():  # -> alembic.config.Config; Alembic is imported only to migrate
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def library_revisions() -> tuple[str, ...]:
    from facilitator_app.storage.inspection import read_revisions

    return read_revisions(MIGRATIONS_DIR / "versions")[0]


def library_head() -> str:
    from facilitator_app.storage.inspection import read_revisions

    return read_revisions(MIGRATIONS_DIR / "versions")[1]


def upgrade_library(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def downgrade_library(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def migrate_library(url: str, password: str | None = None) -> tuple[str, str | None, str]:
    """`facilitator-app migrate --organisation URL`: set up or upgrade the library (after a
    pg_dump backup). Returns the server as shown, the revision before and the one after."""
    server = LibraryServer(url, password=password)
    try:
        state = server.schema_state()
        if state.revision is not None and state.revision not in library_revisions():
            server.check_schema()  # newer: refused, never downgraded
        try:
            upgrade_library(server.engine)
        except (OperationalError, DBAPIError) as exc:
            raise StorageError(
                "the organisation library on {server} could not be migrated (nothing was "
                "changed): {problem}",
                server=server.shown,
                problem=str(getattr(exc, "orig", exc)).strip().splitlines()[0],
            ) from exc
        return server.shown, state.revision, state.head
    finally:
        server.close()


def counter_value(server: LibraryServer) -> int:
    from facilitator_app.organisation.schema import org_counter

    with server.engine.connect() as connection:
        return int(connection.execute(select(org_counter.c.seq)).scalar() or 0)
