"""Who holds which role at each item, and their fair rotation across a sequence of items."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app import agenda
from facilitator_app.errors import Phrase, UserError
from facilitator_app.models import (
    AgendaItem,
    Participant,
    RoleAssignment,
)
from facilitator_app.services.agenda.base import (
    RoleSnapshot,
    clean_text,
    get_item,
    notify,
    roles_of,
)
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database


@dataclass(frozen=True)
class ParticipantName:
    id: int
    name: str


def list_participants(db: Database, workshop_id: int) -> list[ParticipantName]:
    """The roster, for picking role holders (the participants' own screen edits it)."""
    with db.reading() as session:
        rows = session.execute(
            select(Participant.id, Participant.name)
            .where(Participant.workshop_id == workshop_id)
            .order_by(Participant.name, Participant.id)
        )
        return [ParticipantName(row.id, row.name) for row in rows]


def _check_role(role: RoleSnapshot, workshop_id: int, session: Session) -> None:
    if not role.role or len(role.role) > 60:
        raise UserError("a role needs a name of at most 60 characters")
    if role.participant_id is not None:
        person = session.get(Participant, role.participant_id)
        if person is None or person.workshop_id != workshop_id:
            raise UserError("a role holder must be a participant of this workshop")


def _replace_roles(session: Session, item: AgendaItem, roles: Sequence[RoleSnapshot]) -> None:
    workshop_id = item.day.workshop_id
    for role in roles:
        _check_role(role, workshop_id, session)
    item.roles = [
        RoleAssignment(
            role=r.role,
            participant_id=r.participant_id,
            person_name=clean_text(r.person_name, 200, Phrase("a holder's name")),
            group_label=r.group_label,
        )
        for r in roles
    ]


@operation("agenda.set_roles", "change the roles of “{title}”")
def set_roles(
    db: Database, item_id: int, roles: Sequence[RoleSnapshot]
) -> tuple[RoleSnapshot, ...]:
    """Replace all the roles of an item; returns the previous ones."""
    with db.transaction() as session:
        item = get_item(session, item_id)
        describe(title=item.title)
        previous = roles_of(item)
        _replace_roles(session, item, roles)
        notify(session, item.day.workshop_id)
    return previous


@operation("agenda.set_role", "change the roles of “{title}”")
def set_role(
    db: Database,
    item_id: int,
    role: str,
    *,
    participant_id: int | None = None,
    person_name: str = "",
) -> tuple[RoleSnapshot, ...]:
    """Give `role` to one holder (a participant or free text), or to nobody when both are
    empty. Returns the item's previous roles."""
    with db.transaction() as session:
        item = get_item(session, item_id)
        describe(title=item.title)
        previous = roles_of(item)
        kept = [r for r in previous if r.role != role]
        if participant_id is not None or person_name.strip():
            kept.append(RoleSnapshot(role, participant_id, person_name))
        _replace_roles(session, item, kept)
        notify(session, item.day.workshop_id)
    return previous


@operation("agenda.rotate_roles", "rotate the roles")
def rotate_roles(
    db: Database, item_ids: Sequence[int], roles: Sequence[str] = ("scribe", "timekeeper")
) -> dict[int, tuple[RoleSnapshot, ...]]:
    """Name new holders of `roles` at every item of the sequence (a World Café's rotations),
    spread fairly across the workshop's participants. Other roles are kept. Returns the
    previous roles per item."""
    if not item_ids:
        return {}
    with db.transaction() as session:
        items = [get_item(session, item_id) for item_id in item_ids]
        workshop_id = items[0].day.workshop_id
        if any(item.day.workshop_id != workshop_id for item in items):
            raise UserError("roles rotate within one workshop")
        people = list(
            session.scalars(
                select(Participant.id)
                .where(Participant.workshop_id == workshop_id)
                .order_by(Participant.id)
            )
        )
        if not people:
            raise UserError("add participants before rotating roles")
        plan = agenda.rotate_roles(people, len(items), roles)
        previous: dict[int, tuple[RoleSnapshot, ...]] = {}
        for item, holders in zip(items, plan, strict=True):
            previous[item.id] = roles_of(item)
            kept = [r for r in previous[item.id] if r.role not in roles]
            kept += [RoleSnapshot(role, person) for role, person in holders.items()]
            _replace_roles(session, item, kept)
        notify(session, workshop_id)
    return previous
