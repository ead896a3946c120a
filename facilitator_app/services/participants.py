"""Named operations on a workshop's roster: list, add, edit, remove (and bring back), import.

Each is one transaction announcing Change("participants", workshop_id), and a named operation
(`services.operations`): removing someone also removes their attendance and group places and
unlinks their roles and records; undo brings the person back whole, with their own id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.models import Participant, ParticipantCategory, Workshop
from facilitator_app.roster import FIELD_LIMITS, RosterPerson
from facilitator_app.services.operations import describe, operation, relabel
from facilitator_app.storage.database import Database, announce

EDITABLE_FIELDS = ("name", "organisation", "function", "category", "email", "notes")
CATEGORIES = tuple(c.value for c in ParticipantCategory)


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    workshop_id: int
    name: str
    organisation: str = ""
    function: str = ""
    category: str = ParticipantCategory.AGENT.value
    email: str = ""
    notes: str = ""


def _row(person: Participant) -> ParticipantRow:
    return ParticipantRow(
        id=person.id,
        workshop_id=person.workshop_id,
        **{name: getattr(person, name) for name in EDITABLE_FIELDS},
    )


def clean(values: dict[str, Any]) -> dict[str, str]:
    """Trimmed, checked values; raises UserError for an empty name or an unknown category."""
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise UserError(
            "unknown participant fields: {fields}", fields=", ".join(sorted(unknown))
        )
    result: dict[str, str] = {}
    for name, value in values.items():
        text = str(value or "")
        text = text.strip() if name == "notes" else " ".join(text.split())
        limit = FIELD_LIMITS.get(name)
        if limit and len(text) > limit:
            raise UserError(
                "a participant's {name} is at most {limit} characters", name=name, limit=limit
            )
        result[name] = text
    if "name" in result and not result["name"]:
        raise UserError("a participant needs a name")
    if "category" in result:
        result["category"] = result["category"] or ParticipantCategory.AGENT.value
        if result["category"] not in CATEGORIES:
            raise UserError("unknown category {category!r}", category=result["category"])
    return result


def _get(session: Session, participant_id: int) -> Participant:
    person = session.get(Participant, participant_id)
    if person is None:
        raise NotFoundError(
            "participant {participant_id} does not exist", participant_id=participant_id
        )
    return person


def _check_workshop(session: Session, workshop_id: int) -> None:
    if session.get(Workshop, workshop_id) is None:
        raise NotFoundError("workshop {workshop_id} does not exist", workshop_id=workshop_id)


def list_participants(db: Database, workshop_id: int) -> list[ParticipantRow]:
    with db.reading() as session:
        query = (
            select(Participant)
            .where(Participant.workshop_id == workshop_id)
            .order_by(Participant.id)
        )
        return [_row(p) for p in session.scalars(query)]


def get_participant(db: Database, participant_id: int) -> ParticipantRow:
    with db.reading() as session:
        return _row(_get(session, participant_id))


@operation("participants.add", "add “{name}”")
def add_participant(db: Database, workshop_id: int, name: str, **values: str) -> int:
    cleaned = clean({"name": name, **values})
    describe(name=cleaned["name"])
    with db.transaction() as session:
        _check_workshop(session, workshop_id)
        person = Participant(workshop_id=workshop_id, **cleaned)
        session.add(person)
        session.flush()
        new_id = person.id
        announce(session, Change("participants", workshop_id, (new_id,)))
    return new_id


@operation("participants.update", "change “{name}”")
def update_participant(db: Database, participant_id: int, **values: Any) -> dict[str, str]:
    """Change some fields; returns their previous values."""
    cleaned = clean(values)
    with db.transaction() as session:
        person = _get(session, participant_id)
        describe(name=person.name)
        previous = {name: getattr(person, name) for name in cleaned}
        for name, value in cleaned.items():
            setattr(person, name, value)
        announce(session, Change("participants", person.workshop_id, (participant_id,)))
    return previous


@operation("participants.remove", "remove {count} participant(s)")
def remove_participants(db: Database, participant_ids: Sequence[int]) -> int:
    """Remove people with their attendance and group places (roles and records they hold are
    kept, unnamed). Returns how many were removed."""
    describe(count=len(participant_ids))
    with db.transaction() as session:
        workshops: set[int] = set()
        for participant_id in participant_ids:
            person = _get(session, participant_id)
            if len(participant_ids) == 1:
                relabel("remove “{name}”", name=person.name)
            workshops.add(person.workshop_id)
            session.delete(person)
        for workshop_id in workshops:
            announce(session, Change("participants", workshop_id, tuple(participant_ids)))
    return len(participant_ids)


@operation("participants.import", "import {count} participant(s)")
def import_participants(
    db: Database, workshop_id: int, people: Sequence[RosterPerson]
) -> list[int]:
    """Add everyone in ONE transaction: all are added or, on any error, none."""
    rows = [clean({f.name: getattr(p, f.name) for f in fields(p)}) for p in people]
    describe(count=len(rows))
    with db.transaction() as session:
        _check_workshop(session, workshop_id)
        added = [Participant(workshop_id=workshop_id, **values) for values in rows]
        session.add_all(added)
        session.flush()
        ids = [p.id for p in added]
        announce(session, Change("participants", workshop_id, tuple(ids)))
    return ids
