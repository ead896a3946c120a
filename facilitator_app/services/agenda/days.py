"""Named operations on a workshop's days: add, edit and remove (undo brings a day back with
its items, their roles and phase logs, and the attendance signed for it)."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from facilitator_app.errors import NotFoundError, Phrase, UserError
from facilitator_app.models import AgendaItem, Day
from facilitator_app.services.agenda.base import (
    DAY_FIELDS,
    MAX_TITLE,
    check_time,
    clean_text,
    days_of,
    get_day,
    get_workshop,
    notify,
    renumber,
)
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database


def _day_name(day: Day) -> str:
    return day.title or (day.date.isoformat() if day.date else str(day.position + 1))


@operation("agenda.add_day", "add the day “{title}”")
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
    check_time(start_time, Phrase("a day's start"))
    title = clean_text(title, MAX_TITLE, Phrase("a day's title"))
    venue = clean_text(venue, MAX_TITLE, Phrase("a venue"))
    with db.transaction() as session:
        get_workshop(session, workshop_id, lock=True)
        days = days_of(session, workshop_id)
        day = Day(
            workshop_id=workshop_id, date=date, title=title, venue=venue, start_time=start_time
        )
        session.add(day)
        at = len(days) if position is None else max(0, min(position, len(days)))
        days.insert(at, day)
        renumber(days)
        session.flush()
        describe(title=_day_name(day))
        day_id = day.id
        notify(session, workshop_id)
    return day_id


@operation("agenda.update_day", "change the day “{title}”")
def update_day(db: Database, day_id: int, **values: Any) -> dict[str, Any]:
    """Change date, title, venue or start time; returns the previous values."""
    unknown = set(values) - set(DAY_FIELDS)
    if unknown:
        raise UserError(
            "unknown day fields: {fields}", fields=", ".join(sorted(unknown))
        )
    if "title" in values:
        values["title"] = clean_text(values["title"], MAX_TITLE, Phrase("a day's title"))
    if "venue" in values:
        values["venue"] = clean_text(values["venue"], MAX_TITLE, Phrase("a venue"))
    if "start_time" in values and values["start_time"] is None:
        raise UserError("a day needs a start time")
    check_time(values.get("start_time"), Phrase("a day's start"))
    with db.transaction() as session:
        day = get_day(session, day_id)
        describe(title=_day_name(day))
        previous = {name: getattr(day, name) for name in values}
        for name, value in values.items():
            setattr(day, name, value)
        notify(session, day.workshop_id)
    return previous


@operation("agenda.remove_day", "remove the day “{title}”")
def remove_day(db: Database, day_id: int) -> None:
    """Remove a day and its items. A workshop keeps at least one day."""
    with db.transaction() as session:
        day = session.scalars(
            select(Day)
            .where(Day.id == day_id)
            .options(selectinload(Day.items).selectinload(AgendaItem.roles))
        ).one_or_none()
        if day is None:
            raise NotFoundError("day {day_id} does not exist", day_id=day_id)
        describe(title=_day_name(day))
        get_workshop(session, day.workshop_id, lock=True)
        days = days_of(session, day.workshop_id)
        if len(days) <= 1:
            raise UserError("a workshop keeps at least one day")
        days.remove(day)
        session.delete(day)
        renumber(days)
        notify(session, day.workshop_id)
