"""Engines with the pragmas that make SQLite safe for a facilitator's laptop, and transactions
that take the write lock when they begin.

pysqlite begins a transaction only before the first INSERT/UPDATE/DELETE, so the reads an
operation makes first (the positions of a day's items, a count) happen before any lock, and two
writers compute the same position. We switch pysqlite's own handling off and emit BEGIN
ourselves: `BEGIN IMMEDIATE` for a write transaction (the write lock is taken, or waited for,
before anything is read) and a plain `BEGIN` for a read (a consistent snapshot). DDL is then
transactional too: a schema is created whole or not at all.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

from facilitator_app.storage.location import sqlite_url

# Execution option naming how a transaction begins on SQLite: "IMMEDIATE" for writers.
BEGIN_OPTION = "facilitator_begin"
BUSY_TIMEOUT_MS = 5000


def _set_sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    # We emit BEGIN ourselves (see the module docstring).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # Every connection: foreign keys are per connection in SQLite, off by default.
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: a commit is on the platter before we tell the user it is saved.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
    finally:
        cursor.close()


def _begin(connection: Any) -> None:
    mode = connection.get_execution_options().get(BEGIN_OPTION, "")
    connection.exec_driver_sql(f"BEGIN {mode}".strip())


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite ones get our pragmas on every connection and
    begin their transactions explicitly. Parameters never appear in errors or logs: they hold
    participants' names and e-mails."""
    engine = create_engine(url, echo=echo, future=True, hide_parameters=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions begin by taking the write lock (SQLite)."""
    if engine.dialect.name != "sqlite":
        return engine
    return engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})


__all__ = ["make_engine", "sqlite_url", "writer"]
