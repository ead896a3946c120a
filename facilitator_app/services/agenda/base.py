"""Checks, lookups and snapshots that the agenda operations share."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.models import (
    AgendaItem,
    Day,
    ItemKind,
    RoleAssignment,
)
from facilitator_app.services.agenda.dependents import (
    ITEM_LINKED,
    ITEM_OWNED,
    Dependents,
    collect,
    put_back,
)
from facilitator_app.services.changes import Change
from facilitator_app.storage.database import Database

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
)


# --- checks -------------------------------------------------------------------------------


def clean_text(value: str, limit: int, what: str) -> str:
    cleaned = " ".join(str(value).split())
    if len(cleaned) > limit:
        raise UserError(f"{what} is at most {limit} characters")
    return cleaned


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise UserError(f"unknown kind of item {kind!r} (one of {', '.join(KINDS)})")
    return kind


def check_minutes(minutes: int) -> int:
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        raise UserError("a duration is a whole number of minutes")
    if not 0 <= minutes <= MAX_MINUTES:
        raise UserError(f"a duration is between 0 and {MAX_MINUTES} minutes")
    return minutes


def check_time(value: Any, what: str) -> time | None:
    if value is not None and not isinstance(value, time):
        raise UserError(f"{what} must be a clock time")
    return value


def get_day(session: Session, day_id: int) -> Day:
    day = session.get(Day, day_id)
    if day is None:
        raise NotFoundError(f"day {day_id} does not exist")
    return day


def get_item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError(f"agenda item {item_id} does not exist")
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


def publish(db: Database, workshop_id: int) -> None:
    db.changes.publish(Change("agenda", workshop_id))


@dataclass(frozen=True)
class RoleSnapshot:
    role: str
    participant_id: int | None = None
    person_name: str = ""
    group_label: str = ""


@dataclass(frozen=True)
class ItemSnapshot:
    """Everything needed to put a removed item back where it was."""

    id: int
    day_id: int
    position: int
    values: dict[str, Any]
    roles: tuple[RoleSnapshot, ...] = ()
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    # Its phase logs, and the outputs, group sets and run state that pointed at it.
    dependents: Dependents = field(default_factory=Dependents)


@dataclass(frozen=True)
class DaySnapshot:
    id: int
    workshop_id: int
    position: int
    values: dict[str, Any]
    items: tuple[ItemSnapshot, ...] = field(default=())
    dependents: Dependents = field(default_factory=Dependents)  # attendance


def roles_of(item: AgendaItem) -> tuple[RoleSnapshot, ...]:
    return tuple(
        RoleSnapshot(r.role, r.participant_id, r.person_name, r.group_label) for r in item.roles
    )


def snapshot_item(session: Session, item: AgendaItem) -> ItemSnapshot:
    """Take it before deleting the item, in the same transaction."""
    return ItemSnapshot(
        id=item.id,
        day_id=item.day_id,
        position=item.position,
        values={name: getattr(item, name) for name in ITEM_FIELDS},
        roles=roles_of(item),
        actual_start=item.actual_start,
        actual_end=item.actual_end,
        dependents=collect(session, "item_id", item.id, ITEM_OWNED, ITEM_LINKED),
    )


def rebuild_item(snapshot: ItemSnapshot) -> AgendaItem:
    item = AgendaItem(
        id=snapshot.id,
        day_id=snapshot.day_id,
        actual_start=snapshot.actual_start,
        actual_end=snapshot.actual_end,
        **snapshot.values,
    )
    item.roles = [
        RoleAssignment(
            role=r.role,
            participant_id=r.participant_id,
            person_name=r.person_name,
            group_label=r.group_label,
        )
        for r in snapshot.roles
    ]
    return item


def put_back_items(session: Session, snapshots: tuple[ItemSnapshot, ...]) -> None:
    """Once the rebuilt items are flushed: their phase logs back, their outputs relinked."""
    for snapshot in snapshots:
        put_back(session, snapshot.dependents, "item_id", snapshot.id)
