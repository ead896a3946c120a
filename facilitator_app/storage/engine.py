"""Engines with the pragmas that make SQLite safe for a facilitator's laptop."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

from facilitator_app.storage.location import sqlite_url


def _set_sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # Every connection: foreign keys are per connection in SQLite, off by default.
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: a commit is on the platter before we tell the user it is saved.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
    finally:
        cursor.close()


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite ones get our pragmas on every connection."""
    # hide_parameters: an error message (and so the log) never carries what people typed.
    engine = create_engine(url, echo=echo, future=True, hide_parameters=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


__all__ = ["make_engine", "sqlite_url"]
