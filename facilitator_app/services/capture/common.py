"""What the capture operations share: the checks that an item belongs to the workshop, the
next position inside the transaction, the notices, and reading a row by its uid (a phone that
sends the same card twice gets the first one back)."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.models import AgendaItem, Day, Participant, Workshop
from facilitator_app.storage.database import announce

Row = TypeVar("Row")
# Notices of captured outputs name the table: "outputs:card" with the card ids, so a wall of
# 2000 cards reads back only the card that was added (docs/development.md).
AREA = "outputs"


def area(table: str) -> str:
    return f"{AREA}:{table}"


def notify(session: Session, table: str, workshop_id: int, ids: tuple[int, ...] = ()) -> None:
    announce(session, Change(area(table), workshop_id, ids))


def is_output_change(change: Change) -> bool:
    return change.area == AREA or change.area.startswith(AREA + ":")


def table_of(change: Change) -> str | None:
    """The table an "outputs:<table>" notice names; None for a notice about every output."""
    return change.area.partition(":")[2] or None


def get_workshop(session: Session, workshop_id: int) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None or workshop.deleted_at is not None:
        raise NotFoundError("workshop {id} does not exist", id=workshop_id)
    return workshop


def check_item(session: Session, workshop_id: int, item_id: int | None) -> AgendaItem | None:
    """The agenda item, which must belong to the workshop (None: the workshop as a whole)."""
    if item_id is None:
        get_workshop(session, workshop_id)
        return None
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError("agenda item {id} does not exist", id=item_id)
    day = session.get(Day, item.day_id)
    if day is None or day.workshop_id != workshop_id:
        raise NotFoundError("agenda item {id} is not in this workshop", id=item_id)
    return item


def check_participant(session: Session, workshop_id: int, participant_id: int | None) -> str:
    """The participant's name ("" for None); refuses one of another workshop."""
    if participant_id is None:
        return ""
    person = session.get(Participant, participant_id)
    if person is None or person.workshop_id != workshop_id:
        raise NotFoundError("participant {id} is not in this workshop", id=participant_id)
    return person.name


def get_row(session: Session, model: type[Row], row_id: int, what: object) -> Row:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError("{what} {id} does not exist", what=what, id=row_id)
    return row


def by_uid(session: Session, model: Any, uid: str | None, workshop_id: int) -> Any | None:
    """The row with that uid, if it exists already; one of another workshop is refused."""
    if uid is None:
        return None
    if not isinstance(uid, str) or not 1 <= len(uid) <= 36:
        raise UserError("a uid is 1 to 36 characters")
    row = session.scalars(select(model).where(model.uid == uid)).first()
    if row is not None and row.workshop_id != workshop_id:
        raise UserError("this uid belongs to another workshop")
    return row


def next_position(session: Session, model: Any, *where: Any) -> int:
    """One more than the last position, counted inside the transaction (which holds the
    write lock), so two writers never get the same place."""
    last = session.scalar(select(func.max(model.position)).where(*where))
    return 0 if last is None else int(last) + 1


def check_choice(value: str, allowed: tuple[str, ...], what: object) -> str:
    if value not in allowed:
        raise UserError(
            "unknown {what} {value} (one of {allowed})",
            what=what,
            value=repr(value),
            allowed=", ".join(allowed),
        )
    return value
