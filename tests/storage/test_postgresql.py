"""The whole store on a PostgreSQL server: the migrations apply there and match the models,
JSON is JSONB and times keep their zone, and a shared server is never migrated silently.

Runs when FACILITATOR_APP_TEST_POSTGRES_URL names a server (tests/postgres.py; `.ci/run` starts
one); skipped, saying so, otherwise. Every other storage, services and exchange test that uses
`db` also runs here as `[postgresql]`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.pool import NullPool

from facilitator_app.cli import main
from facilitator_app.errors import ServerSchemaRefused
from facilitator_app.models import Base, Workshop
from facilitator_app.services import exchange, workshops
from facilitator_app.storage import migrate
from facilitator_app.storage.database import Location, open_database
from facilitator_app.storage.inspection import schema_head

pytestmark = pytest.mark.postgresql


def _engine(url: str):
    return create_engine(url, poolclass=NullPool)


def test_an_empty_server_database_gets_the_schema_once(postgres_url: str) -> None:
    first = open_database(Location.from_url(postgres_url))
    assert first.created and first.schema_revision() == schema_head()
    workshop_id = workshops.create_workshop(first, "Forum des transitions", venue="Albi")
    copy_id = exchange.duplicate_workshop(first, workshop_id, "Forum (copie)")
    first.close()
    again = open_database(Location.from_url(postgres_url))
    assert not again.created
    titles = sorted(w.title for w in workshops.list_workshops(again))
    assert titles == ["Forum (copie)", "Forum des transitions"]
    assert workshops.get_outline(again, copy_id).fields["venue"] == "Albi"
    again.close()


def test_the_migrations_from_an_empty_database_match_the_models(postgres_url: str) -> None:
    engine = _engine(postgres_url)
    with engine.begin() as connection:
        migrate.upgrade(connection)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert context.get_current_revision() == schema_head()
        differences = compare_metadata(context, Base.metadata)
        assert differences == [], f"models and migrations differ on PostgreSQL: {differences}"
    with engine.begin() as connection:
        migrate.downgrade(connection, "base")
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
    with engine.begin() as connection:
        migrate.upgrade(connection)
    engine.dispose()


def test_json_is_jsonb_and_times_keep_their_zone(pg_db) -> None:
    with pg_db.engine.connect() as connection:
        types = dict(
            connection.execute(
                text(
                    "SELECT table_name || '.' || column_name, data_type "
                    "FROM information_schema.columns WHERE table_schema = 'public'"
                )
            ).all()
        )
    assert types["custom_tool.definition"] == "jsonb"
    assert types["agenda_item.phases"] == "jsonb"
    assert types["workshop.created_at"] == "timestamp with time zone"
    assert not [c for c, t in types.items() if t in ("json", "timestamp without time zone")]


def test_a_time_is_the_same_instant_whatever_the_servers_zone(pg_db) -> None:
    db = pg_db
    paris = timezone(timedelta(hours=1))
    ended = datetime(2026, 3, 2, 17, 45, tzinfo=paris)
    workshop_id = workshops.create_workshop(db, "Séminaire")
    with db.transaction() as session:
        workshop = session.get(Workshop, workshop_id)
        assert workshop is not None
        workshop.ended_at = ended
    with db.engine.connect() as connection:
        connection.execute(text("SET TIME ZONE 'America/Cayenne'"))
        stored = connection.execute(
            text("SELECT ended_at AT TIME ZONE 'UTC' FROM workshop WHERE id = :id"),
            {"id": workshop_id},
        ).scalar()
    assert stored == datetime(2026, 3, 2, 16, 45)
    with db.reading() as session:
        back = session.scalar(select(Workshop.ended_at).where(Workshop.id == workshop_id))
    assert back == ended and back.tzinfo == UTC


def _server_at(url: str, revision: str) -> None:
    engine = _engine(url)
    with engine.begin() as connection:
        migrate.upgrade(connection, revision)
    engine.dispose()


def test_an_older_server_schema_is_refused_naming_the_command(postgres_url: str) -> None:
    _server_at(postgres_url, "0002")
    with pytest.raises(ServerSchemaRefused) as refused:
        open_database(Location.from_url(postgres_url))
    message = str(refused.value)
    assert refused.value.older
    assert "pg_dump" in message and "facilitator-app migrate --database" in message
    engine = _engine(postgres_url)
    with engine.connect() as connection:
        found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    assert found == "0002"  # left exactly as it was


def test_the_migrate_command_brings_an_older_server_to_head_keeping_its_data(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _server_at(postgres_url, "0002")
    engine = _engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO workshop (uid, title, theme, objective, organiser, venue, "
                "facilitators, language, notes, is_template, created_at, updated_at) VALUES "
                "('u-1', 'Ancien', '', '', '', '', '', 'fr', '', false, "
                "'2026-01-05 08:30:00', '2026-01-05 08:30:00')"
            )
        )
    engine.dispose()
    assert main(["migrate", "--database", postgres_url]) == 0
    assert "0002" in capsys.readouterr().out
    database = open_database(Location.from_url(postgres_url))
    try:
        assert database.schema_revision() == schema_head()
        with database.reading() as session:
            created = session.scalar(select(Workshop.created_at).where(Workshop.uid == "u-1"))
        assert created == datetime(2026, 1, 5, 8, 30, tzinfo=UTC)  # the naive UTC, zoned
    finally:
        database.close()


def test_a_newer_server_schema_is_refused(postgres_url: str) -> None:
    database = open_database(Location.from_url(postgres_url))
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.close()
    with pytest.raises(ServerSchemaRefused) as refused:
        open_database(Location.from_url(postgres_url), migrate_server=True)
    assert not refused.value.older and "newer version" in str(refused.value)


def test_a_later_migrations_plain_json_and_naive_time_become_the_servers_types(
    postgres_url: str,
) -> None:
    # As a later migration (after 0006, the server types) with sa.JSON(), sa.DateTime() makes them.
    engine = _engine(postgres_url)
    with engine.begin() as connection:
        migrate.upgrade(connection, "head")
        connection.execute(text("CREATE TABLE later (data json, at timestamp, org_kept json)"))
        connection.execute(
            text("INSERT INTO later VALUES ('{\"a\": [1]}', '2026-03-02 16:45', '[]')")
        )
        connection.execute(text("CREATE TABLE org_item_copy (content json)"))
    with engine.begin() as connection:
        migrate.upgrade(connection, "head")  # nothing left to migrate: the types are made right
        types = dict(
            connection.execute(
                text(
                    "SELECT table_name || '.' || column_name, data_type "
                    "FROM information_schema.columns WHERE table_name IN ('later', 'org_item_copy')"
                )
            ).all()
        )
        connection.execute(text("SET TIME ZONE 'America/Cayenne'"))
        row = connection.execute(text("SELECT data, at AT TIME ZONE 'UTC' FROM later")).one()
    engine.dispose()
    assert types == {
        "later.data": "jsonb",
        "later.at": "timestamp with time zone",
        "later.org_kept": "jsonb",
        "org_item_copy.content": "json",  # the organisation library's tables are its own
    }
    assert row == ({"a": [1]}, datetime(2026, 3, 2, 16, 45))
