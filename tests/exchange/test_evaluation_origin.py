"""An evaluation form filled in on a phone is still marked so after the workshop travels in a
file; forms typed in from paper leave the key out, so files without phones read as before."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

from facilitator_app.services import evaluation, workshops
from facilitator_app.services.exchange import export_workshop, import_workshop_file
from facilitator_app.storage.database import Database


def test_a_phones_form_keeps_its_origin_through_the_file(db: Database, tmp_path: Path):
    workshop = workshops.create_workshop(db, "Formation", first_day=date(2026, 3, 2))
    evaluation.save_sheet(db, workshop, ratings={"overall": 4}, uid="phone-form-a", origin="phone")
    evaluation.save_sheet(db, workshop, ratings={"overall": 3})
    path = tmp_path / "formation.facilitator"
    export_workshop(db, workshop, path)
    with zipfile.ZipFile(path) as archive:
        sheets = json.loads(archive.read("workshop.json"))["evaluation"]["sheets"]
    assert [sheet.get("origin", "absent") for sheet in sheets] == ["phone", "absent"]
    copy = import_workshop_file(db, path).workshop_id
    found = [(s.number, s.origin) for s in evaluation.list_sheets(db, copy)]
    assert found == [(1, "phone"), (2, "laptop")]
