"""A PostgreSQL server for the tests, when FACILITATOR_APP_TEST_POSTGRES_URL names one.

The URL names a maintenance database on a server the tests may use freely (scripts/
private-postgres.sh starts one on a Unix socket: `.ci/run` does). Each test gets a database of
its own, made for it and dropped after it; nothing else on the server is touched.
"""

from __future__ import annotations

import itertools
import os

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

URL_ENV = "FACILITATOR_APP_TEST_POSTGRES_URL"
URL = os.environ.get(URL_ENV, "")
# The test directories whose `db` runs on both stores when a server is given.
BOTH_STORES = ("storage", "services", "exchange")
NOT_GIVEN = f"{URL_ENV} is not set: the PostgreSQL runs are skipped (.ci/run starts a server)"


class PostgresServer:
    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self._admin: Engine = create_engine(
            self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        self._names = itertools.count(1)
        self._prefix = f"facilitator_test_{os.getpid()}"
        self._template: str | None = None

    def check(self) -> str:
        """The server's version; raises when it cannot be reached (the tests then fail)."""
        with self._admin.connect() as connection:
            return str(connection.execute(text("SHOW server_version")).scalar())

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def new_database(self, *, at_head: bool = False) -> str:
        """An empty database, or (at_head) one with the workshop schema already made."""
        name = f"{self._prefix}_{next(self._names)}"
        template = f" TEMPLATE {self._head_template()}" if at_head else ""
        with self._admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{template}'))
        return self.url_of(name)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self._admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def _head_template(self) -> str:
        """A database holding the schema at head, made once: copying it is five times faster
        than building the schema for every test."""
        if self._template is None:
            from facilitator_app.storage.database import Location, open_database

            name = f"{self._prefix}_template"
            with self._admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                connection.execute(text(f'CREATE DATABASE "{name}"'))
            open_database(Location.from_url(self.url_of(name))).close()
            self._template = name
        return self._template

    def close(self) -> None:
        with self._admin.connect() as connection:
            rows = connection.execute(text("SELECT datname FROM pg_database")).scalars()
            # Exactly this run's (process 12's prefix is also the start of process 123's).
            for name in [n for n in rows if n.startswith(f"{self._prefix}_")]:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._admin.dispose()


def public(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)
