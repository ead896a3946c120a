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
from tests.storage.old_rows import put, put_workshop_and_day


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
    output = {"workshop_id": 1, "group_label": "", "position": 0, "created_at": now}
    with engine.begin() as c:
        put_workshop_and_day(c, now)
        put(
            c,
            "agenda_item",
            id=1,
            uid="i-1",
            day_id=1,
            position=0,
            kind="activity",
            title="Vote",
            question="",
            duration_minutes=2,
            notes="",
            phases=json.dumps(phases),
        )
        put(
            c,
            "custom_tool",
            id=1,
            uid="t-1",
            definition=json.dumps(definition),
            created_at=now,
            updated_at=now,
        )
        put(
            c, "card", id=7, uid="c-7", item_id=1, text="Idée", colour="green", author="", **output
        )
        put(
            c,
            "vote",
            id=3,
            uid="v-3",
            item_id=1,
            card_id=7,
            subject="",
            option="",
            value=2,
            voter="",
            round_index=0,
            **output,
        )
        put(
            c,
            "decision",
            id=1,
            uid="dec-1",
            kind="consent",
            title="X",
            proposal="P",
            amended_proposal="",
            outcome="pending",
            details="{}",
            **output,
        )
        put(
            c,
            "objection",
            id=1,
            uid="o-1",
            decision_id=1,
            position=0,
            author="Bob",
            text="Non",
            integration="",
        )
        for row_id, kind, data in (
            (1, "weather", {"weather": "fog", "comment": ""}),
            (2, "portrait_trait", {"heading": "Tête", "text": "Curieux"}),
            (3, "nomination", {"who": "Anne"}),
        ):
            put(
                c,
                "tool_record",
                id=row_id,
                uid=f"r-{row_id}",
                item_id=1,
                kind=kind,
                author="Bob",
                data=json.dumps(data),
                **{**output, "position": row_id},
            )
    migrate.upgrade_database(engine)
    with engine.connect() as c:
        card = c.execute(text("SELECT uid, category, x FROM card WHERE id = 7")).one()
        assert tuple(card) == ("c-7", "", None)
        vote = c.execute(text("SELECT card_id, session_id, value FROM vote")).one()
        assert tuple(vote) == (7, None, 2)
        assert c.execute(text("SELECT status FROM objection")).scalar() == "open"
        assert c.execute(text("SELECT review_on FROM decision")).scalar() is None
        stored = json.loads(c.execute(text("SELECT phases FROM agenda_item")).scalar())
        assert [p.get("capture") for p in stored] == [{"kind": "dot_vote"}, None]
        tool = json.loads(c.execute(text("SELECT definition FROM custom_tool")).scalar())
        assert tool == {"outputs": ["note"], "phases": [{"key": "a", "capture": "note"}]}
        records = c.execute(text("SELECT id, uid, kind, data FROM tool_record ORDER BY id")).all()
        assert [tuple(r[:3]) for r in records] == [(1, "r-1", "weather"), (2, "r-2", "portrait")]
        trait = json.loads(records[1][3])
        assert trait == {"heading": "Tête", "trait": "Curieux", "composite": False}
        note = c.execute(text("SELECT uid, text, scribe FROM note")).one()
        assert tuple(note) == ("r-3", "nomination: who: Anne", "Bob")
        assert c.execute(text("PRAGMA foreign_key_check")).all() == []
    engine.dispose()
