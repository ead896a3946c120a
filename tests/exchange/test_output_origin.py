"""A card sent from a phone is still marked so after the workshop travels in a file; cards typed
on the laptop leave the key out, so files without phones read as before."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

from sqlalchemy import select

from facilitator_app import models
from facilitator_app.services import agenda, workshops
from facilitator_app.services.capture.cards import add_card
from facilitator_app.services.exchange import export_workshop, import_workshop_file
from facilitator_app.storage.database import Database


def test_a_phones_card_keeps_its_origin_through_the_file(db: Database, tmp_path: Path):
    workshop = workshops.create_workshop(db, "Forum des cadres", first_day=date(2026, 3, 2))
    day = agenda.workshop_agenda(db, workshop).days[0].id
    wall = agenda.add_tool_item(db, day, "1-2-4-all")
    add_card(db, workshop, wall, "Du temps pour écouter", origin="phone")
    add_card(db, workshop, wall, "Un tableau partagé")
    path = tmp_path / "forum.facilitator"
    export_workshop(db, workshop, path)
    with zipfile.ZipFile(path) as archive:
        cards = json.loads(archive.read("workshop.json"))["outputs"]["cards"]
    assert sorted(card.get("origin", "absent") for card in cards) == ["absent", "phone"]
    copy = import_workshop_file(db, path).workshop_id
    with db.reading() as s:
        found = s.execute(
            select(models.Card.text, models.Card.origin).where(models.Card.workshop_id == copy)
        ).all()
    assert sorted(found) == [("Du temps pour écouter", "phone"), ("Un tableau partagé", "laptop")]
