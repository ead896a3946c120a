"""Named operations on a workshop's days: add, edit, remove and restore."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.models import (
    AgendaItem,
    Day,
    Workshop,
)
from facilitator_app.services.agenda.base import (
    DAY_FIELDS,
    MAX_TITLE,
    DaySnapshot,
    check_time,
    clean_text,
    days_of,
    get_day,
    publish,
    put_back_items,
    rebuild_item,
    renumber,
    snapshot_item,
)
from facilitator_app.services.agenda.dependents import DAY_OWNED, collect, put_back
from facilitator_app.storage.database import Database


def add_day(
    db: Database,
    workshop_id: int,
    *,
    date: date | None = None,
    title: str = "",
    venue: str = "",
    start_time: time = time(9, 0),
    position: int | None = None,
) -> int:
    """A new day, last unless `position` says where."""
    check_time(start_time, "a day's start")
    with db.transaction() as session:
        if session.get(Workshop, workshop_id) is None:
            raise NotFoundError(f"workshop {workshop_id} does not exist")
        days = days_of(session, workshop_id)
        day = Day(
            workshop_id=workshop_id,
            date=date,
            title=clean_text(title, MAX_TITLE, "a day's title"),
            venue=clean_text(venue, MAX_TITLE, "a venue"),
            start_time=start_time,
        )
        session.add(day)
        at = len(days) if position is None else max(0, min(position, len(days)))
        days.insert(at, day)
        renumber(days)
        session.flush()
        day_id = day.id
    publish(db, workshop_id)
    return day_id


def update_day(db: Database, day_id: int, **values: Any) -> dict[str, Any]:
    """Change date, title, venue or start time; returns the previous values."""
    unknown = set(values) - set(DAY_FIELDS)
    if unknown:
        raise UserError(f"unknown day fields: {', '.join(sorted(unknown))}")
    if "title" in values:
        values["title"] = clean_text(values["title"], MAX_TITLE, "a day's title")
    if "venue" in values:
        values["venue"] = clean_text(values["venue"], MAX_TITLE, "a venue")
    if "start_time" in values and values["start_time"] is None:
        raise UserError("a day needs a start time")
    check_time(values.get("start_time"), "a day's start")
    with db.transaction() as session:
        day = get_day(session, day_id)
        previous = {name: getattr(day, name) for name in values}
        for name, value in values.items():
            setattr(day, name, value)
        workshop_id = day.workshop_id
    publish(db, workshop_id)
    return previous


def remove_day(db: Database, day_id: int) -> DaySnapshot:
    """Remove a day and its items; `restore_day` undoes it. A workshop keeps at least one day."""
    with db.transaction() as session:
        day = session.scalars(
            select(Day)
            .where(Day.id == day_id)
            .options(selectinload(Day.items).selectinload(AgendaItem.roles))
        ).one_or_none()
        if day is None:
            raise NotFoundError(f"day {day_id} does not exist")
        days = days_of(session, day.workshop_id)
        if len(days) <= 1:
            raise UserError("a workshop keeps at least one day")
        snapshot = DaySnapshot(
            id=day.id,
            workshop_id=day.workshop_id,
            position=days.index(day),
            values={name: getattr(day, name) for name in DAY_FIELDS},
            items=tuple(snapshot_item(session, item) for item in day.items),
            dependents=collect(session, "day_id", day.id, DAY_OWNED),
        )
        days.remove(day)
        session.delete(day)
        renumber(days)
    publish(db, snapshot.workshop_id)
    return snapshot


def restore_day(db: Database, snapshot: DaySnapshot) -> int:
    with db.transaction() as session:
        days = days_of(session, snapshot.workshop_id)
        day = Day(id=snapshot.id, workshop_id=snapshot.workshop_id, **snapshot.values)
        day.items = [rebuild_item(item) for item in snapshot.items]
        session.add(day)
        days.insert(min(snapshot.position, len(days)), day)
        renumber(days)
        session.flush()
        put_back(session, snapshot.dependents, "day_id", snapshot.id)
        put_back_items(session, snapshot.items)
    publish(db, snapshot.workshop_id)
    return snapshot.id
