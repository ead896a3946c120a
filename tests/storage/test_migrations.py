"""Migrations: one linear chain, an empty file upgrades to head, the models match it, and the
revision list read at start-up (without Alembic) is Alembic's own."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from facilitator_app.models import Base
from facilitator_app.storage import migrate
from facilitator_app.storage.inspection import known_revisions, schema_head


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate.alembic_config())


def test_the_revision_chain_is_linear_with_one_head():
    script = script_directory()
    assert len(script.get_heads()) == 1
    for revision in script.walk_revisions():
        assert not revision.is_merge_point


def test_start_up_knows_the_same_revisions_as_alembic():
    script = script_directory()
    revisions, head = known_revisions()
    assert set(revisions) == {r.revision for r in script.walk_revisions()}
    assert head == script.get_current_head() == schema_head()


def test_an_empty_file_upgrades_to_head_and_matches_the_models(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    with engine.begin() as connection:
        migrate.upgrade(connection)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert context.get_current_revision() == schema_head()
        differences = compare_metadata(context, Base.metadata)
        assert differences == [], f"models and migrations differ: {differences}"
        assert set(inspect(connection).get_table_names()) >= set(Base.metadata.tables)
    engine.dispose()


def test_downgrade_to_base_and_back_up(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'roundtrip.sqlite3'}")
    with engine.begin() as connection:
        migrate.upgrade(connection)
        migrate.downgrade(connection, "base")
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
    with engine.begin() as connection:
        migrate.upgrade(connection)
    engine.dispose()
