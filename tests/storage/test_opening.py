"""Opening the database: pragmas, our application id, and refusing files we must not touch."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from facilitator_app import SQLITE_APPLICATION_ID
from facilitator_app.errors import CorruptDatabase, NewerSchema, NotOurDatabase, StorageError
from facilitator_app.models import Workshop
from facilitator_app.paths import database_path
from facilitator_app.services import workshops
from facilitator_app.storage.database import Location, open_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only
def test_every_connection_has_foreign_keys_wal_and_full_sync(db):
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


@pytest.mark.sqlite_only
def test_a_new_database_carries_our_application_id_and_the_head_schema(db):
    raw = sqlite3.connect(db.location.file)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == SQLITE_APPLICATION_ID
    raw.close()
    assert db.schema_revision() is not None
    assert db.created


def test_reopening_keeps_the_data_and_is_not_a_first_start(isolated_data_dir):
    first = open_database(Location.in_data_dir(isolated_data_dir))
    workshops.create_workshop(first, "Forum ouvert")
    first.close()
    again = open_database(Location.in_data_dir(isolated_data_dir))
    assert not again.created
    assert [w.title for w in workshops.list_workshops(again)] == ["Forum ouvert"]
    again.close()


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    path = database_path(isolated_data_dir)
    path.write_bytes(b"%PDF-1.4 this is somebody's report\n" * 50)
    before = digest(path)
    with pytest.raises(NotOurDatabase, match="not a SQLite database"):
        open_database(Location.in_data_dir(isolated_data_dir))
    assert digest(path) == before


def test_another_programs_sqlite_database_is_refused_and_left_untouched(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    path = database_path(isolated_data_dir)
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.execute("INSERT INTO contacts VALUES ('Claire')")
    other.commit()
    other.close()
    before = digest(path)
    with pytest.raises(NotOurDatabase, match="another program"):
        open_database(Location.in_data_dir(isolated_data_dir))
    assert digest(path) == before


def test_a_damaged_file_is_refused_and_left_untouched(isolated_data_dir):
    database = open_database(Location.in_data_dir(isolated_data_dir))
    for index in range(300):
        workshops.create_workshop(database, f"Atelier {index} " + "x" * 200)
    database.close()
    path = database_path(isolated_data_dir)
    data = bytearray(path.read_bytes())
    page_size = 4096
    # Scribble over the middle pages (not the header): SQLite's own check must notice.
    for offset in range(page_size * 3, min(len(data), page_size * 8)):
        data[offset] = (data[offset] * 7 + 13) % 256
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(CorruptDatabase):
        open_database(Location.in_data_dir(isolated_data_dir))
    assert digest(path) == before


def test_a_newer_schema_is_refused_and_left_untouched(isolated_data_dir):
    database = open_database(Location.in_data_dir(isolated_data_dir))
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    database.close()
    path = database_path(isolated_data_dir)
    before = digest(path)
    with pytest.raises(NewerSchema, match="newer version"):
        open_database(Location.in_data_dir(isolated_data_dir))
    assert digest(path) == before


def test_any_sqlalchemy_url_is_accepted(tmp_path):
    url = f"sqlite+pysqlite:///{tmp_path / 'elsewhere.sqlite3'}"
    database = open_database(Location.from_url(url))
    workshops.create_workshop(database, "Conseil de développement")
    assert [w.title for w in workshops.list_workshops(database)] == ["Conseil de développement"]
    database.close()


def test_a_failed_action_leaves_nothing_half_written(db):
    with pytest.raises(ZeroDivisionError), db.transaction() as session:
        session.add(Workshop(title="half"))
        session.flush()
        raise ZeroDivisionError
    assert workshops.list_workshops(db) == []


@pytest.mark.sqlite_only
def test_a_full_disk_becomes_a_storage_error_and_nothing_is_saved(db):
    with db.engine.begin() as connection:
        page_count = connection.execute(text("PRAGMA page_count")).scalar()

    def cap_size(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count={page_count + 2}")

    from sqlalchemy import event

    db.engine.dispose()
    event.listen(db.engine, "connect", cap_size)
    with pytest.raises(StorageError, match="disk is full"), db.transaction() as session:
        for index in range(200):
            session.add(Workshop(title="y" * 250 + str(index), notes="z" * 4000))
    event.remove(db.engine, "connect", cap_size)
    db.engine.dispose()
    assert workshops.list_workshops(db) == []
