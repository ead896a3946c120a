"""The training paperwork travels in the workshop file: the nature of the action and who signs,
drop-outs, and the paper evaluation forms that answers point to. A file written before these
existed still imports."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from sqlalchemy import select

from facilitator_app import models
from facilitator_app.services.exchange import export_workshop, import_workshop_file
from facilitator_app.storage.database import Database
from tests.exchange.helpers import make_full_workshop


def test_training_fields_drop_outs_and_forms_survive_a_round_trip(db: Database, tmp_path: Path):
    wid = make_full_workshop(db)
    export_workshop(db, wid, tmp_path / "w.facilitator")
    new_id = import_workshop_file(db, tmp_path / "w.facilitator").workshop_id
    with db.reading() as s:
        workshop = s.get(models.Workshop, new_id)
        assert (workshop.training_nature, workshop.representative, workshop.signature_place) == (
            "training",
            "Claire Dupont, directrice",
            "Nancy",
        )
        bob = s.scalars(
            select(models.Participant).where(
                models.Participant.workshop_id == new_id, models.Participant.name == "Bob"
            )
        ).one()
        assert bob.dropout_reason == "Raisons de santé" and bob.dropped_out_on is not None
        sheet = s.scalars(
            select(models.EvaluationSheet).where(models.EvaluationSheet.workshop_id == new_id)
        ).one()
        response = s.scalars(
            select(models.SatisfactionResponse).where(
                models.SatisfactionResponse.workshop_id == new_id
            )
        ).one()
        assert response.sheet_id == sheet.id
        assert s.get(models.Participant, sheet.participant_id).name == "Anna"


def test_a_file_written_before_the_paperwork_fields_still_imports(db: Database, tmp_path: Path):
    wid = make_full_workshop(db)
    export_workshop(db, wid, tmp_path / "w.facilitator")
    with zipfile.ZipFile(tmp_path / "w.facilitator") as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    document = json.loads(members["workshop.json"])
    for key in ("training_nature", "representative", "signature_place"):
        del document["workshop"][key]  # make_full_workshop fills them: they are in the file
    for person in document["participants"]:
        # a field holding its default is already left out of the file
        person.pop("dropped_out_on", None), person.pop("dropout_reason", None)
    del document["evaluation"]["sheets"]
    for question in document["evaluation"]["quiz"]:
        for answer in question["answers"]:
            del answer["sheet"]
    for row in document["evaluation"]["satisfaction"]:
        del row["sheet"]
    members["workshop.json"] = json.dumps(document).encode()
    with zipfile.ZipFile(tmp_path / "old.facilitator", "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    new_id = import_workshop_file(db, tmp_path / "old.facilitator").workshop_id
    with db.reading() as s:
        assert s.get(models.Workshop, new_id).training_nature == ""
