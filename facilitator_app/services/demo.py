"""The demo a first start shows, imported through the same path as a user's file: the World
Café of the seed notes, the 4-day programme as a template, and the sociocracy forum of seed
004 (a participatory conference, a consent decision and an election without candidates, with
what the console captured) (resources/demo/*.json, each a workshop.json document)."""

from __future__ import annotations

import json

from sqlalchemy import select

from facilitator_app.models import Workshop
from facilitator_app.resources import resource_path
from facilitator_app.services.exchange import import_document
from facilitator_app.storage.database import Database


def demo_files() -> list[str]:
    return sorted(p.name for p in resource_path("demo").glob("*.json"))


def install_demo(db: Database, *, skip_present: bool = False) -> list[int]:
    """Import every demo document, in name order; returns the new workshops' ids. With
    `skip_present`, a demo workshop already in the database (deleted or not) is skipped."""
    present: set[str] = set()
    if skip_present:
        with db.reading() as session:
            present = set(session.scalars(select(Workshop.uid)))
    ids = []
    for name in demo_files():
        document = json.loads(resource_path("demo", name).read_text(encoding="utf-8"))
        if document["workshop"]["uid"] in present:
            continue
        ids.append(import_document(db, document).workshop_id)
    return ids
