from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from facilitator_app import models
from facilitator_app.exchange.format import FORMAT, FORMAT_VERSION
from facilitator_app.services.exchange import build_document, export_workshop, import_workshop_file
from facilitator_app.storage.database import Database
from tests.exchange.helpers import comparable, make_full_workshop


def test_export_import_export_gives_the_same_content(db: Database, tmp_path: Path) -> None:
    from facilitator_app.storage.database import Location, open_database

    wid = make_full_workshop(db)
    first, first_photos = build_document(db, wid)
    export_workshop(db, wid, tmp_path / "a.facilitator")
    # On the co-facilitator's laptop.
    other = open_database(Location.in_data_dir(tmp_path / "other-laptop"))
    result = import_workshop_file(other, tmp_path / "a.facilitator")
    second, second_photos = build_document(other, result.workshop_id)
    other.close()
    assert comparable(first) == comparable(second)
    assert second["workshop"]["uid"] == first["workshop"]["uid"]
    assert first_photos == second_photos


def test_the_file_is_a_zip_with_sorted_json_and_photos_by_checksum(
    db: Database, tmp_path: Path
) -> None:
    wid = make_full_workshop(db)
    path = export_workshop(db, wid, tmp_path / "w.facilitator")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        document = json.loads(archive.read("workshop.json"))
        raw = archive.read("workshop.json").decode()
    assert names[0] == "workshop.json"
    assert len(names) == 2 and names[1].startswith("photos/") and names[1].endswith(".png")
    assert document["format"] == FORMAT and document["format_version"] == FORMAT_VERSION
    assert raw == json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    assert "id" not in document["workshop"]
    # Local references, not database ids.
    assert [p["ref"] for p in document["participants"]] == ["p1", "p2"]
    assert document["days"][0]["items"][0]["roles"][0]["participant"] == "p1"
    assert document["custom_tools"][0]["uid"] == "tool-1"


def test_every_table_is_carried(db: Database, tmp_path: Path) -> None:
    wid = make_full_workshop(db)
    export_workshop(db, wid, tmp_path / "w.facilitator")
    new_id = import_workshop_file(db, tmp_path / "w.facilitator").workshop_id
    with db.reading() as s:
        for model in (
            models.Participant,
            models.Note,
            models.Card,
            models.CardCluster,
            models.Vote,
            models.VoteSession,
            models.Decision,
            models.ActionItem,
            models.ToolRecord,
            models.Photo,
            models.GroupSet,
            models.QuizQuestion,
            models.SatisfactionResponse,
            models.EvaluationSheet,
            models.Day,
        ):
            count = s.scalar(select(func.count()).where(model.workshop_id == new_id))
            original = s.scalar(select(func.count()).where(model.workshop_id == wid))
            assert count == original > 0, model.__name__
        assert s.scalar(select(func.count(models.CustomTool.id))) == 1  # reused, not doubled
        objections = s.scalars(
            select(models.Objection)
            .join(models.Decision)
            .where(models.Decision.workshop_id == new_id)
            .order_by(models.Objection.position)
        ).all()
        assert [(o.text, o.status) for o in objections] == [
            ("Non", "open"),
            ("Trop tôt", "integrated"),
        ]
        entries = s.scalars(
            select(models.DecisionEntry)
            .join(models.Decision)
            .where(models.Decision.workshop_id == new_id)
            .order_by(models.DecisionEntry.position)
        ).all()
        assert [(e.part, e.stance) for e in entries] == [("position", "objection"), ("version", "")]
        assert entries[0].participant_id is not None
        child = s.scalars(
            select(models.ToolRecord).where(
                models.ToolRecord.workshop_id == new_id, models.ToolRecord.parent_id.is_not(None)
            )
        ).one()
        assert s.get(models.ToolRecord, child.parent_id).data["part"] == "session"
        votes = s.scalars(
            select(models.Vote).where(
                models.Vote.workshop_id == new_id, models.Vote.session_id.is_not(None)
            )
        ).all()
        assert {s.get(models.VoteSession, v.session_id).workshop_id for v in votes} == {new_id}
        card = s.scalars(
            select(models.Card).where(
                models.Card.workshop_id == new_id, models.Card.cluster_id.is_not(None)
            )
        ).one()
        assert s.get(models.CardCluster, card.cluster_id).workshop_id == new_id


def test_importing_the_same_file_twice_makes_a_separate_copy_with_a_note(
    db: Database, tmp_path: Path
) -> None:
    wid = make_full_workshop(db)
    export_workshop(db, wid, tmp_path / "w.facilitator")
    result = import_workshop_file(db, tmp_path / "w.facilitator")
    again = import_workshop_file(db, tmp_path / "w.facilitator")
    assert len({result.uid, again.uid}) == 2
    assert again.notes and "separate copy" in again.notes[0]
    assert again.title == "Séminaire complet (copie)"  # not two identical lines in the list


def test_importing_on_a_fresh_laptop_keeps_the_uid(db: Database, tmp_path: Path) -> None:
    from facilitator_app.storage.database import Location, open_database

    wid = make_full_workshop(db)
    document, _ = build_document(db, wid)
    export_workshop(db, wid, tmp_path / "w.facilitator")
    other = open_database(Location.in_data_dir(tmp_path / "other"))
    try:
        result = import_workshop_file(other, tmp_path / "w.facilitator")
        assert result.uid == document["workshop"]["uid"]
        assert result.notes == ()
        with other.reading() as s:
            assert s.scalar(select(func.count(models.CustomTool.id))) == 1
    finally:
        other.close()


def test_export_is_atomic_and_leaves_no_temporary_file(db: Database, tmp_path: Path) -> None:
    wid = make_full_workshop(db)
    target = tmp_path / "w.facilitator"
    target.write_bytes(b"old")
    export_workshop(db, wid, target)
    assert zipfile.is_zipfile(target)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.sqlite_only
def test_what_the_app_can_hold_it_can_import(db: Database, tmp_path: Path) -> None:
    """No day at all, and a name longer than its column says (SQLite does not enforce it)."""
    from facilitator_app.services import workshops as ws

    wid = ws.create_workshop(db, "Vide")
    with db.transaction() as s:
        w = s.get(models.Workshop, wid)
        assert w is not None
        w.days.clear()
        w.participants.append(models.Participant(name="N" * 250))
    export_workshop(db, wid, tmp_path / "v.facilitator")
    new_id = import_workshop_file(db, tmp_path / "v.facilitator").workshop_id
    document, _ = build_document(db, new_id)
    assert document["days"] == [] and document["participants"][0]["name"] == "N" * 250
