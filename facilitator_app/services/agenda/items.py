"""Named operations on agenda items: add, edit, move (also across days), remove.

Each is one transaction that takes the write lock first, so the positions it computes are the
ones it writes even with another writer (a phone, the live run) at work. Undo and redo come
from `services.operations` (the rows these touch are recorded).
"""

from __future__ import annotations

from datetime import time
from typing import Any

from sqlalchemy import func, select

from facilitator_app import agenda
from facilitator_app.errors import Phrase, UserError
from facilitator_app.models import AgendaItem, Attendance, AttendanceStatus, Day, Participant
from facilitator_app.services.agenda.base import (
    ITEM_FIELDS,
    MAX_TITLE,
    check_kind,
    check_minutes,
    check_time,
    clean_text,
    get_day,
    get_item,
    items_of,
    notify,
    renumber,
)
from facilitator_app.services.agenda.phases import check_phases
from facilitator_app.services.operations import describe, operation
from facilitator_app.step_lengths import fit_phases
from facilitator_app.storage.database import Database


@operation("agenda.add_item", "add the step “{title}”")
def add_item(
    db: Database,
    day_id: int,
    *,
    kind: str = "activity",
    title: str,
    duration_minutes: int,
    tool_id: str | None = None,
    question: str = "",
    phases: list[dict[str, Any]] | None = None,
    notes: str = "",
    position: int | None = None,
    pinned_start: time | None = None,
) -> int:
    """A new agenda item, last of the day unless `position` says where."""
    check_kind(kind)
    check_minutes(duration_minutes)
    check_time(pinned_start, Phrase("a pinned start"))
    title = clean_text(title, MAX_TITLE, Phrase("an item's title"))
    if phases is not None:
        check_phases(phases)
    describe(title=title)
    with db.transaction() as session:
        day = get_day(session, day_id, lock=True)
        items = items_of(session, day_id)
        item = AgendaItem(
            day_id=day_id,
            kind=kind,
            title=title,
            duration_minutes=duration_minutes,
            tool_id=tool_id,
            question=question,
            phases=phases,
            notes=notes,
            pinned_start=pinned_start,
        )
        session.add(item)
        at = len(items) if position is None else max(0, min(position, len(items)))
        items.insert(at, item)
        renumber(items)
        session.flush()
        item_id = item.id
        notify(session, day.workshop_id)
    return item_id


@operation("agenda.add_tool_item", "add “{title}” to the agenda")
def add_tool_item(
    db: Database,
    day_id: int,
    tool_id: str,
    *,
    position: int | None = None,
    participants: int | None = None,
    group_size: int | None = None,
) -> int:
    """Put a method on the agenda: the one way the library and the planner do it. The item
    copies the method's phases in the workshop's language, with the rounds that follow the room
    (one turn per participant present, or on the roster when nobody is marked yet, for a
    weather check-in or a consent round; one round per member of a small group) and an empty
    question for each round of a method that asks one per round (the World Café)."""
    from facilitator_app.services.library import find_tool
    from facilitator_app.tools.planning import plan_phases, usual_minutes

    tool = find_tool(db, tool_id)
    with db.reading() as session:
        day = get_day(session, day_id)
        language = day.workshop.language
        if participants is None:
            participants = _people_in_the_room(session, day)
    phases = plan_phases(tool, participants=participants, group_size=group_size)
    return add_item(
        db,
        day_id,
        kind="activity",
        title=tool.text(language).name,
        duration_minutes=max(1, usual_minutes(phases)) if phases else tool.duration_minutes,
        tool_id=tool.id,
        phases=phases,
        position=position,
    )


def _people_in_the_room(session: Any, day: Day) -> int:
    """Who is marked present that day, or else everyone on the roster."""
    present = session.scalar(
        select(func.count(func.distinct(Attendance.participant_id))).where(
            Attendance.day_id == day.id, Attendance.status == AttendanceStatus.PRESENT.value
        )
    )
    if present:
        return int(present)
    return int(
        session.scalar(
            select(func.count(Participant.id)).where(Participant.workshop_id == day.workshop_id)
        )
        or 0
    )


@operation("agenda.remove_item", "remove the step “{title}”")
def remove_item(db: Database, item_id: int) -> None:
    """Remove an item with its roles and phase logs; the outputs captured during it stay in
    the workshop (unlinked). Undo puts all of it back."""
    with db.transaction() as session:
        item = get_item(session, item_id)
        describe(title=item.title)
        day = get_day(session, item.day_id, lock=True)
        items = items_of(session, item.day_id)
        items.remove(item)
        session.delete(item)
        renumber(items)
        notify(session, day.workshop_id)


@operation("agenda.move_item", "move the step “{title}”")
def move_item(
    db: Database, item_id: int, position: int, day_id: int | None = None
) -> tuple[int, int]:
    """Move an item to `position` in `day_id` (its own day by default, or another day of the
    same workshop). Returns (previous day id, previous position)."""
    with db.transaction() as session:
        item = get_item(session, item_id)
        describe(title=item.title)
        source_day = get_day(session, item.day_id, lock=True)
        target_day = source_day if day_id is None else get_day(session, day_id, lock=True)
        if target_day.workshop_id != source_day.workshop_id:
            raise UserError("an item can only move between days of the same workshop")
        source = items_of(session, source_day.id)
        previous = (source_day.id, source.index(item))
        source.remove(item)
        renumber(source)
        target = source if target_day.id == source_day.id else items_of(session, target_day.id)
        item.day_id = target_day.id
        target.insert(max(0, min(position, len(target))), item)
        renumber(target)
        notify(session, source_day.workshop_id)
    return previous


@operation("agenda.update_item", "change the step “{title}”")
def update_item(db: Database, item_id: int, **values: Any) -> dict[str, Any]:
    """Change some of an item's fields; returns their previous values.

    A new duration on an item with phases moves its steps within the method's bounds, and
    rescales every step only past them (unless `phases` is given)."""
    unknown = set(values) - set(ITEM_FIELDS)
    if unknown:
        raise UserError(
            "unknown agenda item fields: {fields}", fields=", ".join(sorted(unknown))
        )
    if "title" in values:
        values["title"] = clean_text(values["title"], MAX_TITLE, Phrase("an item's title"))
    if "kind" in values:
        check_kind(values["kind"])
    if "duration_minutes" in values:
        check_minutes(values["duration_minutes"])
    if "pinned_start" in values:
        check_time(values["pinned_start"], Phrase("a pinned start"))
    if values.get("phases") is not None:
        check_phases(values["phases"])
    if "fixed" in values and not isinstance(values["fixed"], bool):
        raise UserError("an item is fixed or not: true or false")
    with db.transaction() as session:
        item = get_item(session, item_id)
        describe(title=item.title)
        if "duration_minutes" in values and "phases" not in values and item.phases:
            fit = fit_phases(item.phases, values["duration_minutes"])
            values["phases"] = (
                fit.phases
                if fit.reached
                else agenda.scale_phases(item.phases, values["duration_minutes"])
            )
        previous = {name: getattr(item, name) for name in values}
        for name, value in values.items():
            setattr(item, name, value)
        notify(session, item.day.workshop_id)
    return previous


def workshop_of_day(db: Database, day_id: int) -> int:
    with db.reading() as session:
        return get_day(session, day_id).workshop_id


def count_items(db: Database, workshop_id: int) -> int:
    with db.reading() as session:
        return int(
            session.scalar(
                select(func.count(AgendaItem.id)).join(Day).where(Day.workshop_id == workshop_id)
            )
            or 0
        )
