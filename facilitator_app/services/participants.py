"""Named operations on a workshop's roster: list, add, edit, remove (and bring back), import.

Each is one transaction followed by a Change("participants", workshop_id); the ones the UI can
undo return what they replaced. Removing someone also removes their attendance, group places
and roles; `RemovedParticipant` keeps all of it so that undo brings the person back whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.models import (
    Attendance,
    GroupMember,
    Participant,
    ParticipantCategory,
    QuizAnswer,
    RoleAssignment,
    SatisfactionResponse,
    ToolRecord,
    Workshop,
)
from facilitator_app.models.base import Base
from facilitator_app.roster import FIELD_LIMITS, RosterPerson
from facilitator_app.services.changes import Change
from facilitator_app.storage.database import Database

EDITABLE_FIELDS = ("name", "organisation", "function", "category", "email", "notes")
CATEGORIES = tuple(c.value for c in ParticipantCategory)
# Rows that disappear with a participant (cascade) and rows that only lose the link (set null).
_OWNED: tuple[type[Base], ...] = (Attendance, GroupMember, QuizAnswer)
_LINKED: tuple[type[Any], ...] = (RoleAssignment, ToolRecord, SatisfactionResponse)


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


@dataclass(frozen=True)
class RemovedParticipant:
    """Everything needed to undo a removal: the person and the rows that went with them."""

    row: ParticipantRow
    owned: tuple[tuple[str, dict[str, Any]], ...]  # (table, column values)
    linked: tuple[tuple[str, int], ...]  # (table, row id) whose link was cleared


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
        raise UserError(f"unknown participant fields: {', '.join(sorted(unknown))}")
    result: dict[str, str] = {}
    for name, value in values.items():
        text = str(value or "")
        text = text.strip() if name == "notes" else " ".join(text.split())
        limit = FIELD_LIMITS.get(name)
        if limit and len(text) > limit:
            raise UserError(f"a participant's {name} is at most {limit} characters")
        result[name] = text
    if "name" in result and not result["name"]:
        raise UserError("a participant needs a name")
    if "category" in result:
        result["category"] = result["category"] or ParticipantCategory.AGENT.value
        if result["category"] not in CATEGORIES:
            raise UserError(f"unknown category {result['category']!r}")
    return result


def _get(session: Session, participant_id: int) -> Participant:
    person = session.get(Participant, participant_id)
    if person is None:
        raise NotFoundError(f"participant {participant_id} does not exist")
    return person


def _check_workshop(session: Session, workshop_id: int) -> None:
    if session.get(Workshop, workshop_id) is None:
        raise NotFoundError(f"workshop {workshop_id} does not exist")


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


def add_participant(db: Database, workshop_id: int, name: str, **values: str) -> int:
    cleaned = clean({"name": name, **values})
    with db.transaction() as session:
        _check_workshop(session, workshop_id)
        person = Participant(workshop_id=workshop_id, **cleaned)
        session.add(person)
        session.flush()
        new_id = person.id
    db.changes.publish(Change("participants", workshop_id, (new_id,)))
    return new_id


def update_participant(db: Database, participant_id: int, **values: Any) -> dict[str, str]:
    """Change some fields; returns their previous values (the undo of this operation)."""
    cleaned = clean(values)
    with db.transaction() as session:
        person = _get(session, participant_id)
        previous = {name: getattr(person, name) for name in cleaned}
        for name, value in cleaned.items():
            setattr(person, name, value)
        workshop_id = person.workshop_id
    db.changes.publish(Change("participants", workshop_id, (participant_id,)))
    return previous


def remove_participants(db: Database, participant_ids: Sequence[int]) -> list[RemovedParticipant]:
    """Remove people (with their attendance, group places and roles); `restore_participants`
    with the result undoes it."""
    removed: list[RemovedParticipant] = []
    workshops: set[int] = set()
    with db.transaction() as session:
        for participant_id in participant_ids:
            person = _get(session, participant_id)
            owned = tuple(
                (model.__tablename__, _columns(row))
                for model in _OWNED
                for row in session.scalars(
                    select(model).where(model.participant_id == participant_id)  # type: ignore[attr-defined]
                )
            )
            linked = tuple(
                (model.__tablename__, row_id)
                for model in _LINKED
                for row_id in session.scalars(
                    select(model.id).where(model.participant_id == participant_id)
                )
            )
            removed.append(RemovedParticipant(_row(person), owned, linked))
            workshops.add(person.workshop_id)
            session.delete(person)
    for workshop_id in workshops:
        db.changes.publish(Change("participants", workshop_id, tuple(participant_ids)))
    return removed


def restore_participants(db: Database, removed: Sequence[RemovedParticipant]) -> None:
    """Bring removed people back with their own ids, attendance, group places and roles."""
    models = {m.__tablename__: m for m in (*_OWNED, *_LINKED)}
    workshops: set[int] = set()
    with db.transaction() as session:
        for gone in removed:
            if session.get(Participant, gone.row.id) is not None:
                raise UserError(f"participant {gone.row.id} is already on the roster")
            values = {f.name: getattr(gone.row, f.name) for f in fields(gone.row)}
            session.add(Participant(**values))
            workshops.add(gone.row.workshop_id)
        session.flush()
        for gone in removed:
            for table, columns in gone.owned:
                session.add(models[table](**columns))
            for table, row_id in gone.linked:
                row = session.get(models[table], row_id)
                if row is not None and row.participant_id is None:
                    row.participant_id = gone.row.id
    for workshop_id in workshops:
        db.changes.publish(Change("participants", workshop_id))


def import_participants(
    db: Database, workshop_id: int, people: Sequence[RosterPerson]
) -> list[int]:
    """Add everyone in ONE transaction: all are added or, on any error, none."""
    rows = [clean({f.name: getattr(p, f.name) for f in fields(p)}) for p in people]
    with db.transaction() as session:
        _check_workshop(session, workshop_id)
        added = [Participant(workshop_id=workshop_id, **values) for values in rows]
        session.add_all(added)
        session.flush()
        ids = [p.id for p in added]
    db.changes.publish(Change("participants", workshop_id, tuple(ids)))
    return ids


def _columns(row: Base) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in inspect(row).mapper.column_attrs}
