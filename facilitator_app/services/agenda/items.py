"""Named operations on agenda items: add, edit, move (also across days), remove, restore."""

from __future__ import annotations

from datetime import time
from typing import Any

from sqlalchemy import func, select

from facilitator_app import agenda
from facilitator_app.errors import UserError
from facilitator_app.models import (
    AgendaItem,
    Day,
)
from facilitator_app.services.agenda.base import (
    ITEM_FIELDS,
    MAX_TITLE,
    ItemSnapshot,
    check_kind,
    check_minutes,
    check_time,
    clean_text,
    get_day,
    get_item,
    items_of,
    publish,
    put_back_items,
    rebuild_item,
    renumber,
    snapshot_item,
)
from facilitator_app.storage.database import Database


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
    check_time(pinned_start, "a pinned start")
    with db.transaction() as session:
        day = get_day(session, day_id)
        items = items_of(session, day_id)
        item = AgendaItem(
            day_id=day_id,
            kind=kind,
            title=clean_text(title, MAX_TITLE, "an item's title"),
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
        workshop_id = day.workshop_id
    publish(db, workshop_id)
    return item_id


def remove_item(db: Database, item_id: int) -> ItemSnapshot:
    """Remove an item (and its roles and phase logs); `restore_item` undoes it, relinking the
    outputs that pointed at it."""
    with db.transaction() as session:
        item = get_item(session, item_id)
        snapshot = snapshot_item(session, item)
        workshop_id = item.day.workshop_id
        items = items_of(session, item.day_id)
        items.remove(item)
        session.delete(item)
        renumber(items)
    publish(db, workshop_id)
    return snapshot


def restore_item(db: Database, snapshot: ItemSnapshot) -> int:
    with db.transaction() as session:
        day = get_day(session, snapshot.day_id)
        items = items_of(session, snapshot.day_id)
        item = rebuild_item(snapshot)
        session.add(item)
        items.insert(min(snapshot.position, len(items)), item)
        renumber(items)
        session.flush()
        put_back_items(session, (snapshot,))
        workshop_id = day.workshop_id
    publish(db, workshop_id)
    return snapshot.id


def move_item(
    db: Database, item_id: int, position: int, day_id: int | None = None
) -> tuple[int, int]:
    """Move an item to `position` in `day_id` (its own day by default, or another day of the
    same workshop). Returns (previous day id, previous position) for undo."""
    with db.transaction() as session:
        item = get_item(session, item_id)
        source_day = item.day
        target_day = source_day if day_id is None else get_day(session, day_id)
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
        workshop_id = source_day.workshop_id
    publish(db, workshop_id)
    return previous


def update_item(db: Database, item_id: int, **values: Any) -> dict[str, Any]:
    """Change some of an item's fields; returns their previous values.

    A new duration on an item with phases rescales the phases too (unless `phases` is given),
    and the previous phases are part of what is returned."""
    unknown = set(values) - set(ITEM_FIELDS)
    if unknown:
        raise UserError(f"unknown agenda item fields: {', '.join(sorted(unknown))}")
    if "title" in values:
        values["title"] = clean_text(values["title"], MAX_TITLE, "an item's title")
    if "kind" in values:
        check_kind(values["kind"])
    if "duration_minutes" in values:
        check_minutes(values["duration_minutes"])
    if "pinned_start" in values:
        check_time(values["pinned_start"], "a pinned start")
    with db.transaction() as session:
        item = get_item(session, item_id)
        if "duration_minutes" in values and "phases" not in values and item.phases:
            values["phases"] = agenda.scale_phases(item.phases, values["duration_minutes"])
        previous = {name: getattr(item, name) for name in values}
        for name, value in values.items():
            setattr(item, name, value)
        workshop_id = item.day.workshop_id
    publish(db, workshop_id)
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
