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


def test_a_database_at_0002_with_data_upgrades_with_its_data_intact(tmp_path):
    """What the first versions wrote survives 0003: rows keep their ids and uids, the old
    capture words become kinds, a portrait trait a `portrait`, other records notes."""
    import json

    from sqlalchemy import text

    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate.upgrade_database(engine, "0002")
    phases = [{"key": "vote", "seconds": 60, "capture": "votes"}, {"key": "x", "seconds": 60}]
    definition = {"outputs": ["notes", "none"], "phases": [{"key": "a", "capture": "notes"}]}
    now = "2026-03-02 09:00:00"
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO workshop (id, uid, title, theme, objective, organiser, venue,"
                " facilitators, language, notes, is_template, created_at, updated_at)"
                " VALUES (1, 'w-1', 'Forum', '', '', '', '', '', 'fr', '', 0, :now, :now)"
            ),
            {"now": now},
        )
        c.execute(
            text(
                "INSERT INTO day (id, uid, workshop_id, position, title, venue, start_time)"
                " VALUES (1, 'd-1', 1, 0, '', '', '09:00:00')"
            )
        )
        c.execute(
            text(
                "INSERT INTO agenda_item (id, uid, day_id, position, kind, title, question,"
                " duration_minutes, notes, phases) VALUES (1, 'i-1', 1, 0, 'activity', 'Vote', '',"
                " 2, '', :phases)"
            ),
            {"phases": json.dumps(phases)},
        )
        c.execute(
            text(
                "INSERT INTO custom_tool (id, uid, based_on, definition, created_at, updated_at)"
                " VALUES (1, 't-1', NULL, :d, :now, :now)"
            ),
            {"d": json.dumps(definition), "now": now},
        )
        c.execute(
            text(
                "INSERT INTO card (id, uid, workshop_id, item_id, group_label, position, created_at,"
                " text, colour, author) VALUES (7, 'c-7', 1, 1, '', 0, :now, 'Idée', 'green', '')"
            ),
            {"now": now},
        )
        c.execute(
            text(
                "INSERT INTO vote (id, uid, workshop_id, item_id, group_label, position, created_at,"
                " card_id, subject, option, value, voter, round_index)"
                " VALUES (3, 'v-3', 1, 1, '', 0, :now, 7, '', '', 2, '', 0)"
            ),
            {"now": now},
        )
        c.execute(
            text(
                "INSERT INTO decision (id, uid, workshop_id, group_label, position, created_at, kind,"
                " title, proposal, amended_proposal, outcome, details)"
                " VALUES (1, 'dec-1', 1, '', 0, :now, 'consent', 'X', 'P', '', 'pending', '{}')"
            ),
            {"now": now},
        )
        c.execute(
            text(
                "INSERT INTO objection (id, uid, decision_id, position, author, text, integration)"
                " VALUES (1, 'o-1', 1, 0, 'Bob', 'Non', '')"
            )
        )
        for row_id, kind, data in (
            (1, "weather", {"weather": "fog", "comment": ""}),
            (2, "portrait_trait", {"heading": "Tête", "text": "Curieux"}),
            (3, "nomination", {"who": "Anne"}),
        ):
            c.execute(
                text(
                    "INSERT INTO tool_record (id, uid, workshop_id, item_id, group_label, position,"
                    " created_at, kind, author, data) VALUES (:id, :uid, 1, 1, '', :id, :now, :kind,"
                    " 'Bob', :data)"
                ),
                {
                    "id": row_id,
                    "uid": f"r-{row_id}",
                    "now": now,
                    "kind": kind,
                    "data": json.dumps(data),
                },
            )
    migrate.upgrade_database(engine)
    with engine.connect() as c:
        assert c.execute(text("SELECT uid, category, x FROM card WHERE id = 7")).one() == (
            "c-7",
            "",
            None,
        )
        assert c.execute(text("SELECT card_id, session_id, value FROM vote")).one() == (7, None, 2)
        assert c.execute(text("SELECT status FROM objection")).scalar() == "open"
        assert c.execute(text("SELECT review_on FROM decision")).scalar() is None
        stored = json.loads(c.execute(text("SELECT phases FROM agenda_item")).scalar())
        assert [p.get("capture") for p in stored] == [{"kind": "dot_vote"}, None]
        tool = json.loads(c.execute(text("SELECT definition FROM custom_tool")).scalar())
        assert tool == {"outputs": ["note"], "phases": [{"key": "a", "capture": "note"}]}
        records = c.execute(text("SELECT id, uid, kind, data FROM tool_record ORDER BY id")).all()
        assert [(r[0], r[1], r[2]) for r in records] == [
            (1, "r-1", "weather"),
            (2, "r-2", "portrait"),
        ]
        assert json.loads(records[1][3]) == {
            "heading": "Tête",
            "trait": "Curieux",
            "composite": False,
        }
        note = c.execute(text("SELECT uid, text, scribe FROM note")).one()
        assert note == ("r-3", "nomination: who: Anne", "Bob")
        assert c.execute(text("PRAGMA foreign_key_check")).all() == []
    engine.dispose()
