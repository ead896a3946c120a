"""What a database failure is called: PostgreSQL's refusals are told by their SQLSTATE code,
never by the words of a message that quotes the user's data."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from facilitator_app.errors import StorageError
from facilitator_app.organisation.connection import LibraryServer, OrganisationUnreachable
from facilitator_app.storage.database import Database, Location, open_database
from tests.postgres import PostgresServer


def test_a_server_with_no_socket_is_out_of_reach_not_a_refused_change(tmp_path: Path) -> None:
    # psycopg says "connection is bad: ... No such file or directory": no answer at all.
    url = f"postgresql+psycopg://trainer@/workshops?host={tmp_path / 'no-server'}"
    with pytest.raises(StorageError) as opening:
        open_database(Location.from_url(url))
    assert "cannot be reached" in str(opening.value)
    assert "refused" not in str(opening.value)


def test_a_refusal_quoting_the_words_locked_or_read_only_is_a_refusal_postgresql(
    pg_db: Database,
) -> None:
    # PostgreSQL quotes the value in its message: "...for type integer: "locked"".
    for words in ("the room is locked", "a read-only copy", "disk is full", "could not connect"):
        with pytest.raises(StorageError) as saving, pg_db.transaction() as session:
            session.execute(text("SELECT CAST(:words AS integer)"), {"words": words})
        assert "the database refused the change" in str(saving.value), words
        assert words in str(saving.value)


def test_a_library_role_without_rights_is_refused_not_out_of_reach_postgresql(
    postgres_server: PostgresServer,
) -> None:
    from facilitator_app.organisation.connection import migrate_library
    from facilitator_app.organisation.server import changes_since

    url = postgres_server.new_database()
    migrate_library(url)
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    role = f"no_rights_{make_url(url).database}"[:60]
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{role}" LOGIN'))
    stranger = LibraryServer(make_url(url).set(username=role).render_as_string())
    try:
        with pytest.raises(OrganisationUnreachable) as refused:
            changes_since(stranger, 0)
        assert "refused" in str(refused.value) and "permission denied" in str(refused.value)
        assert "out of reach" not in str(refused.value)
    finally:
        stranger.close()
        with admin.connect() as connection:  # the role owns nothing: it goes before the base
            connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()
        postgres_server.drop(url)
