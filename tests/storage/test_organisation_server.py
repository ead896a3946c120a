"""The organisation library's server: its own migrations, a schema that is never changed by a
laptop connecting to it, and a password that never enters the settings file.

The schema tests run on a SQLite file and (`[postgresql]`) on the test server."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from facilitator_app.cli import main
from facilitator_app.errors import ServerSchemaRefused, StorageError
from facilitator_app.organisation import connection as conn
from facilitator_app.organisation.library import OrganisationLibrary, configure
from facilitator_app.organisation.schema import VERSION_TABLE, metadata
from facilitator_app.settings import SETTINGS_FILENAME, Settings
from facilitator_app.storage.database import Location, open_database

STORES = ["sqlite", "postgresql"]


@pytest.fixture
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("postgres_url"))
    return f"sqlite+pysqlite:///{tmp_path / 'organisation.sqlite3'}"


def _revision(url: str) -> str | None:
    server = conn.LibraryServer(url)
    try:
        return server.schema_state().revision
    finally:
        server.close()


@pytest.mark.parametrize("empty_url", STORES, indirect=True)
def test_the_library_migrations_make_exactly_its_tables(empty_url: str) -> None:
    shown, before, after = conn.migrate_library(empty_url)
    assert before is None and after == conn.library_head() and shown
    server = conn.LibraryServer(empty_url)
    try:
        server.check_schema()  # set up: accepted
        with server.engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "compare_type": True,
                    "version_table": VERSION_TABLE,
                    "include_name": lambda name, kind, _p: (
                        kind != "table" or name in metadata.tables
                    ),
                },
            )
            assert context.get_current_revision() == conn.library_head()
            assert compare_metadata(context, metadata) == []
        conn.downgrade_library(server.engine, "base")
        with server.engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) <= {VERSION_TABLE}
    finally:
        server.close()


@pytest.mark.parametrize("empty_url", STORES, indirect=True)
def test_a_library_not_set_up_is_refused_naming_the_command(empty_url: str) -> None:
    server = conn.LibraryServer(empty_url)
    try:
        with pytest.raises(ServerSchemaRefused) as refused:
            server.check_schema()
    finally:
        server.close()
    assert "facilitator-app migrate --organisation" in str(refused.value)
    assert _revision(empty_url) is None  # nothing was created


@pytest.mark.parametrize("empty_url", STORES, indirect=True)
def test_a_newer_library_is_refused_even_by_the_migrate_command(empty_url: str) -> None:
    conn.migrate_library(empty_url)
    server = conn.LibraryServer(empty_url)
    with server.writing_engine.begin() as connection:
        connection.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = 'org9999'"))
    server.close()
    with pytest.raises(ServerSchemaRefused) as refused:
        conn.migrate_library(empty_url)
    assert not refused.value.older and "newer version" in str(refused.value)
    assert _revision(empty_url) == "org9999"


def test_the_migrate_command_sets_up_the_configured_library(
    tmp_path: Path, isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'organisation.sqlite3'}"
    assert main(["organisation", "connect", url, "--name", "Anne"]) == 0
    assert main(["organisation", "refresh"]) == 1  # not set up yet: storage trouble
    assert "migrate --organisation" in capsys.readouterr().err
    assert main(["migrate", "--organisation", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["before"] is None and report["after"] == conn.library_head()
    assert main(["organisation", "refresh"]) == 0


def test_the_library_can_share_a_server_database_with_the_workshops(postgres_url: str) -> None:
    workshops_store = open_database(Location.from_url(postgres_url))
    workshops_store.close()
    conn.migrate_library(postgres_url)
    again = open_database(Location.from_url(postgres_url))  # its schema check is untroubled
    again.close()
    server = conn.LibraryServer(postgres_url)
    try:
        server.check_schema()
        with server.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
    finally:
        server.close()
    assert {"alembic_version", VERSION_TABLE, "org_item", "workshop"} <= tables


def test_a_password_in_the_url_goes_to_a_private_file_never_to_the_settings(
    isolated_data_dir: Path,
) -> None:
    settings = Settings.in_data_dir(isolated_data_dir)
    library = configure(
        settings,
        isolated_data_dir,
        "postgresql+psycopg://anne:s3cr%C3%A9t@library.example:5432/formation",
        "Anne",
    )
    assert library is not None and library.shown == (
        "postgresql+psycopg://anne@library.example:5432/formation"
    )
    stored = (isolated_data_dir / SETTINGS_FILENAME).read_text(encoding="utf-8")
    assert "s3cr" not in stored and "anne@library.example" in stored
    secret = conn.password_file(isolated_data_dir)
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert conn.read_password(isolated_data_dir) == "s3crét"
    assert library.key == "postgresql://library.example:5432/formation"  # no user, no secret


def test_a_password_file_others_can_read_is_refused(
    isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn.save_password(isolated_data_dir, "secret")
    os.chmod(conn.password_file(isolated_data_dir), 0o644)
    with pytest.raises(StorageError) as refused:
        conn.read_password(isolated_data_dir)
    assert "chmod 600" in str(refused.value)
    monkeypatch.setenv(conn.PASSWORD_ENV, "from-the-environment")
    assert conn.read_password(isolated_data_dir) == "from-the-environment"


def test_a_password_written_by_hand_into_the_settings_is_moved_out(
    isolated_data_dir: Path,
) -> None:
    isolated_data_dir.mkdir(parents=True)
    (isolated_data_dir / SETTINGS_FILENAME).write_text(
        json.dumps({"organisation_server": "postgresql+psycopg://paul:hunter2@srv/lib"})
    )
    library = OrganisationLibrary.from_settings(
        Settings.in_data_dir(isolated_data_dir), isolated_data_dir
    )
    assert library is not None and library.url == "postgresql+psycopg://paul@srv/lib"
    assert "hunter2" not in (isolated_data_dir / SETTINGS_FILENAME).read_text(encoding="utf-8")
    assert conn.read_password(isolated_data_dir) == "hunter2"
