"""Checks and lookups that the agenda operations share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.models import AgendaItem, Day, ItemKind, Workshop
from facilitator_app.storage.database import announce

MAX_TITLE = 300
MAX_MINUTES = 24 * 60
KINDS = tuple(kind.value for kind in ItemKind)
ROLES = ("facilitator", "scribe", "timekeeper", "table_host", "client", "observer")
DAY_FIELDS = ("date", "title", "venue", "start_time")
ITEM_FIELDS = (
    "title",
    "kind",
    "duration_minutes",
    "question",
    "notes",
    "pinned_start",
    "tool_id",
    "phases",
    "fixed",
)


# --- checks -------------------------------------------------------------------------------


def clean_text(value: str, limit: int, what: str) -> str:
    cleaned = " ".join(str(value).split())
    if len(cleaned) > limit:
        raise UserError("{what} is at most {limit} characters", what=what, limit=limit)
    return cleaned


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise UserError(
            "unknown kind of item {kind!r} (one of {kinds})", kind=kind, kinds=", ".join(KINDS)
        )
    return kind


def check_minutes(minutes: int) -> int:
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        raise UserError("a duration is a whole number of minutes")
    if not 0 <= minutes <= MAX_MINUTES:
        raise UserError("a duration is between 0 and {limit} minutes", limit=MAX_MINUTES)
    return minutes


def check_time(value: Any, what: str) -> time | None:
    if value is not None and not isinstance(value, time):
        raise UserError("{what} must be a clock time", what=what)
    return value


def get_day(session: Session, day_id: int, *, lock: bool = False) -> Day:
    """`lock`: the day's items are about to be renumbered; on PostgreSQL the row lock makes a
    second writer wait (SQLite's write lock is taken when the transaction begins)."""
    day = session.get(Day, day_id, with_for_update=lock or None)
    if day is None:
        raise NotFoundError("day {day_id} does not exist", day_id=day_id)
    return day


def get_workshop(session: Session, workshop_id: int, *, lock: bool = False) -> Workshop:
    workshop = session.get(Workshop, workshop_id, with_for_update=lock or None)
    if workshop is None:
        raise NotFoundError("workshop {workshop_id} does not exist", workshop_id=workshop_id)
    return workshop


def get_item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError("agenda item {item_id} does not exist", item_id=item_id)
    return item


def renumber(rows: list[Any]) -> None:
    for index, row in enumerate(rows):
        row.position = index


def items_of(session: Session, day_id: int) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.day_id == day_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )


def days_of(session: Session, workshop_id: int) -> list[Day]:
    return list(
        session.scalars(
            select(Day).where(Day.workshop_id == workshop_id).order_by(Day.position, Day.id)
        )
    )


def notify(session: Session, workshop_id: int) -> None:
    announce(session, Change("agenda", workshop_id))


@dataclass(frozen=True)
class RoleSnapshot:
    role: str
    participant_id: int | None = None
    person_name: str = ""
    group_label: str = ""


def roles_of(item: AgendaItem) -> tuple[RoleSnapshot, ...]:
    return tuple(
        RoleSnapshot(r.role, r.participant_id, r.person_name, r.group_label) for r in item.roles
    )
