"""Named operations on a workshop's days and agenda items, and the planner's read model.

Each operation is one transaction followed by Change("agenda", workshop_id), and returns what
it replaced so that the UI can undo it. Removed rows are given back with their own id, so that
undo entries recorded later still name the right rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from facilitator_app import agenda
from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.models import (
    AgendaItem,
    Day,
    ItemKind,
    Participant,
    RoleAssignment,
    Workshop,
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


def _clean_text(value: str, limit: int, what: str) -> str:
    cleaned = " ".join(str(value).split())
    if len(cleaned) > limit:
        raise UserError(f"{what} is at most {limit} characters")
    return cleaned


def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise UserError(f"unknown kind of item {kind!r} (one of {', '.join(KINDS)})")
    return kind


def _check_minutes(minutes: int) -> int:
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        raise UserError("a duration is a whole number of minutes")
    if not 0 <= minutes <= MAX_MINUTES:
        raise UserError(f"a duration is between 0 and {MAX_MINUTES} minutes")
    return minutes


def _check_time(value: Any, what: str) -> time | None:
    if value is not None and not isinstance(value, time):
        raise UserError(f"{what} must be a clock time")
    return value


def _day(session: Session, day_id: int) -> Day:
    day = session.get(Day, day_id)
    if day is None:
        raise NotFoundError(f"day {day_id} does not exist")
    return day


def _item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError(f"agenda item {item_id} does not exist")
    return item


def _renumber(rows: list[Any]) -> None:
    for index, row in enumerate(rows):
        row.position = index


def _items_of(session: Session, day_id: int) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.day_id == day_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )


def _days_of(session: Session, workshop_id: int) -> list[Day]:
    return list(
        session.scalars(
            select(Day).where(Day.workshop_id == workshop_id).order_by(Day.position, Day.id)
        )
    )


def _publish(db: Database, workshop_id: int) -> None:
    db.changes.publish(Change("agenda", workshop_id))


# --- days ---------------------------------------------------------------------------------


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
    _check_time(start_time, "a day's start")
    with db.transaction() as session:
        if session.get(Workshop, workshop_id) is None:
            raise NotFoundError(f"workshop {workshop_id} does not exist")
        days = _days_of(session, workshop_id)
        day = Day(
            workshop_id=workshop_id,
            date=date,
            title=_clean_text(title, MAX_TITLE, "a day's title"),
            venue=_clean_text(venue, MAX_TITLE, "a venue"),
            start_time=start_time,
        )
        session.add(day)
        at = len(days) if position is None else max(0, min(position, len(days)))
        days.insert(at, day)
        _renumber(days)
        session.flush()
        day_id = day.id
    _publish(db, workshop_id)
    return day_id


def update_day(db: Database, day_id: int, **values: Any) -> dict[str, Any]:
    """Change date, title, venue or start time; returns the previous values."""
    unknown = set(values) - set(DAY_FIELDS)
    if unknown:
        raise UserError(f"unknown day fields: {', '.join(sorted(unknown))}")
    if "title" in values:
        values["title"] = _clean_text(values["title"], MAX_TITLE, "a day's title")
    if "venue" in values:
        values["venue"] = _clean_text(values["venue"], MAX_TITLE, "a venue")
    if "start_time" in values and values["start_time"] is None:
        raise UserError("a day needs a start time")
    _check_time(values.get("start_time"), "a day's start")
    with db.transaction() as session:
        day = _day(session, day_id)
        previous = {name: getattr(day, name) for name in values}
        for name, value in values.items():
            setattr(day, name, value)
        workshop_id = day.workshop_id
    _publish(db, workshop_id)
    return previous


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


@dataclass(frozen=True)
class DaySnapshot:
    id: int
    workshop_id: int
    position: int
    values: dict[str, Any]
    items: tuple[ItemSnapshot, ...] = field(default=())


def _roles_of(item: AgendaItem) -> tuple[RoleSnapshot, ...]:
    return tuple(
        RoleSnapshot(r.role, r.participant_id, r.person_name, r.group_label) for r in item.roles
    )


def _snapshot_item(item: AgendaItem) -> ItemSnapshot:
    return ItemSnapshot(
        id=item.id,
        day_id=item.day_id,
        position=item.position,
        values={name: getattr(item, name) for name in ITEM_FIELDS},
        roles=_roles_of(item),
        actual_start=item.actual_start,
        actual_end=item.actual_end,
    )


def _rebuild_item(snapshot: ItemSnapshot) -> AgendaItem:
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
        days = _days_of(session, day.workshop_id)
        if len(days) <= 1:
            raise UserError("a workshop keeps at least one day")
        snapshot = DaySnapshot(
            id=day.id,
            workshop_id=day.workshop_id,
            position=days.index(day),
            values={name: getattr(day, name) for name in DAY_FIELDS},
            items=tuple(_snapshot_item(item) for item in day.items),
        )
        days.remove(day)
        session.delete(day)
        _renumber(days)
    _publish(db, snapshot.workshop_id)
    return snapshot


def restore_day(db: Database, snapshot: DaySnapshot) -> int:
    with db.transaction() as session:
        days = _days_of(session, snapshot.workshop_id)
        day = Day(id=snapshot.id, workshop_id=snapshot.workshop_id, **snapshot.values)
        day.items = [_rebuild_item(item) for item in snapshot.items]
        session.add(day)
        days.insert(min(snapshot.position, len(days)), day)
        _renumber(days)
    _publish(db, snapshot.workshop_id)
    return snapshot.id


# --- items --------------------------------------------------------------------------------


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
    _check_kind(kind)
    _check_minutes(duration_minutes)
    _check_time(pinned_start, "a pinned start")
    with db.transaction() as session:
        day = _day(session, day_id)
        items = _items_of(session, day_id)
        item = AgendaItem(
            day_id=day_id,
            kind=kind,
            title=_clean_text(title, MAX_TITLE, "an item's title"),
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
        _renumber(items)
        session.flush()
        item_id = item.id
        workshop_id = day.workshop_id
    _publish(db, workshop_id)
    return item_id


def remove_item(db: Database, item_id: int) -> ItemSnapshot:
    """Remove an item (and its roles); `restore_item` undoes it."""
    with db.transaction() as session:
        item = _item(session, item_id)
        snapshot = _snapshot_item(item)
        workshop_id = item.day.workshop_id
        items = _items_of(session, item.day_id)
        items.remove(item)
        session.delete(item)
        _renumber(items)
    _publish(db, workshop_id)
    return snapshot


def restore_item(db: Database, snapshot: ItemSnapshot) -> int:
    with db.transaction() as session:
        day = _day(session, snapshot.day_id)
        items = _items_of(session, snapshot.day_id)
        item = _rebuild_item(snapshot)
        session.add(item)
        items.insert(min(snapshot.position, len(items)), item)
        _renumber(items)
        workshop_id = day.workshop_id
    _publish(db, workshop_id)
    return snapshot.id


def move_item(
    db: Database, item_id: int, position: int, day_id: int | None = None
) -> tuple[int, int]:
    """Move an item to `position` in `day_id` (its own day by default, or another day of the
    same workshop). Returns (previous day id, previous position) for undo."""
    with db.transaction() as session:
        item = _item(session, item_id)
        source_day = item.day
        target_day = source_day if day_id is None else _day(session, day_id)
        if target_day.workshop_id != source_day.workshop_id:
            raise UserError("an item can only move between days of the same workshop")
        source = _items_of(session, source_day.id)
        previous = (source_day.id, source.index(item))
        source.remove(item)
        _renumber(source)
        target = source if target_day.id == source_day.id else _items_of(session, target_day.id)
        item.day_id = target_day.id
        target.insert(max(0, min(position, len(target))), item)
        _renumber(target)
        workshop_id = source_day.workshop_id
    _publish(db, workshop_id)
    return previous


def update_item(db: Database, item_id: int, **values: Any) -> dict[str, Any]:
    """Change some of an item's fields; returns their previous values.

    A new duration on an item with phases rescales the phases too (unless `phases` is given),
    and the previous phases are part of what is returned."""
    unknown = set(values) - set(ITEM_FIELDS)
    if unknown:
        raise UserError(f"unknown agenda item fields: {', '.join(sorted(unknown))}")
    if "title" in values:
        values["title"] = _clean_text(values["title"], MAX_TITLE, "an item's title")
    if "kind" in values:
        _check_kind(values["kind"])
    if "duration_minutes" in values:
        _check_minutes(values["duration_minutes"])
    if "pinned_start" in values:
        _check_time(values["pinned_start"], "a pinned start")
    with db.transaction() as session:
        item = _item(session, item_id)
        if "duration_minutes" in values and "phases" not in values and item.phases:
            values["phases"] = agenda.scale_phases(item.phases, values["duration_minutes"])
        previous = {name: getattr(item, name) for name in values}
        for name, value in values.items():
            setattr(item, name, value)
        workshop_id = item.day.workshop_id
    _publish(db, workshop_id)
    return previous


def workshop_of_day(db: Database, day_id: int) -> int:
    with db.reading() as session:
        return _day(session, day_id).workshop_id


def count_items(db: Database, workshop_id: int) -> int:
    with db.reading() as session:
        return int(
            session.scalar(
                select(func.count(AgendaItem.id)).join(Day).where(Day.workshop_id == workshop_id)
            )
            or 0
        )


# --- roles --------------------------------------------------------------------------------


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
            person_name=_clean_text(r.person_name, 200, "a holder's name"),
            group_label=r.group_label,
        )
        for r in roles
    ]


def set_roles(
    db: Database, item_id: int, roles: Sequence[RoleSnapshot]
) -> tuple[RoleSnapshot, ...]:
    """Replace all the roles of an item; returns the previous ones."""
    with db.transaction() as session:
        item = _item(session, item_id)
        previous = _roles_of(item)
        _replace_roles(session, item, roles)
        workshop_id = item.day.workshop_id
    _publish(db, workshop_id)
    return previous


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
        item = _item(session, item_id)
        previous = _roles_of(item)
        kept = [r for r in previous if r.role != role]
        if participant_id is not None or person_name.strip():
            kept.append(RoleSnapshot(role, participant_id, person_name))
        _replace_roles(session, item, kept)
        workshop_id = item.day.workshop_id
    _publish(db, workshop_id)
    return previous


def rotate_roles(
    db: Database, item_ids: Sequence[int], roles: Sequence[str] = ("scribe", "timekeeper")
) -> dict[int, tuple[RoleSnapshot, ...]]:
    """Name new holders of `roles` at every item of the sequence (a World Café's rotations),
    spread fairly across the workshop's participants. Other roles are kept. Returns the
    previous roles per item; `restore_roles` undoes it."""
    if not item_ids:
        return {}
    with db.transaction() as session:
        items = [_item(session, item_id) for item_id in item_ids]
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
            previous[item.id] = _roles_of(item)
            kept = [r for r in previous[item.id] if r.role not in roles]
            kept += [RoleSnapshot(role, person) for role, person in holders.items()]
            _replace_roles(session, item, kept)
    _publish(db, workshop_id)
    return previous


def restore_roles(db: Database, previous: dict[int, tuple[RoleSnapshot, ...]]) -> None:
    if not previous:
        return
    with db.transaction() as session:
        workshop_id = 0
        for item_id, roles in previous.items():
            item = _item(session, item_id)
            _replace_roles(session, item, roles)
            workshop_id = item.day.workshop_id
    _publish(db, workshop_id)


# --- the read model -----------------------------------------------------------------------


@dataclass(frozen=True)
class RoleView:
    role: str
    participant_id: int | None
    holder: str


@dataclass(frozen=True)
class ItemView:
    id: int
    position: int
    kind: str
    title: str
    tool_id: str | None
    question: str
    notes: str
    duration_minutes: int
    pinned_start: time | None
    phases: list[dict[str, Any]] | None
    slot: agenda.Slot
    roles: tuple[RoleView, ...]
    has_run: bool

    @property
    def start_time(self) -> time:
        return self.slot.start_time

    @property
    def end_time(self) -> time:
        return self.slot.end_time

    @property
    def gap(self) -> agenda.Gap | agenda.Overlap | None:
        return self.slot.gap


@dataclass(frozen=True)
class DayView:
    id: int
    workshop_id: int
    position: int
    date: date | None
    title: str
    venue: str
    start_time: time
    items: tuple[ItemView, ...]
    schedule: agenda.DaySchedule

    @property
    def end_time(self) -> time:
        return agenda.clock(self.schedule.end)


@dataclass(frozen=True)
class WorkshopAgenda:
    workshop_id: int
    language: str
    days: tuple[DayView, ...]
    totals: agenda.Totals

    def day(self, day_id: int) -> DayView:
        for day in self.days:
            if day.id == day_id:
                return day
        raise NotFoundError(f"day {day_id} does not exist")


def _day_view(day: Day, names: dict[int, str]) -> DayView:
    schedule = agenda.schedule_day(
        day.start_time,
        [agenda.PlanItem(i.duration_minutes, i.pinned_start, i.kind) for i in day.items],
    )
    items = tuple(
        ItemView(
            id=i.id,
            position=index,
            kind=i.kind,
            title=i.title,
            tool_id=i.tool_id,
            question=i.question,
            notes=i.notes,
            duration_minutes=i.duration_minutes,
            pinned_start=i.pinned_start,
            phases=i.phases,
            slot=slot,
            roles=tuple(
                RoleView(
                    r.role,
                    r.participant_id,
                    names.get(r.participant_id, r.person_name)
                    if r.participant_id
                    else r.person_name,
                )
                for r in i.roles
            ),
            has_run=i.actual_end is not None,
        )
        for index, (i, slot) in enumerate(zip(day.items, schedule.slots, strict=True))
    )
    return DayView(
        day.id,
        day.workshop_id,
        day.position,
        day.date,
        day.title,
        day.venue,
        day.start_time,
        items,
        schedule,
    )


def workshop_agenda(db: Database, workshop_id: int) -> WorkshopAgenda:
    """Every day of the workshop with its items' computed clock times, and the totals."""
    with db.reading() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None:
            raise NotFoundError(f"workshop {workshop_id} does not exist")
        days = list(
            session.scalars(
                select(Day)
                .where(Day.workshop_id == workshop_id)
                .order_by(Day.position, Day.id)
                .options(selectinload(Day.items).selectinload(AgendaItem.roles))
            )
        )
        names = {p.id: p.name for p in workshop.participants}
        views = tuple(_day_view(day, names) for day in days)
        return WorkshopAgenda(
            workshop_id,
            workshop.language,
            views,
            agenda.workshop_totals([view.schedule for view in views]),
        )


def day_agenda(db: Database, day_id: int) -> DayView:
    return workshop_agenda(db, workshop_of_day(db, day_id)).day(day_id)


def project_day(
    db: Database, day_id: int, now: datetime, tz: tzinfo | None = None
) -> agenda.Projection:
    """How the rest of a day will run, from the actual times the live run recorded."""
    with db.reading() as session:
        day = _day(session, day_id)
        anchor = day.date or now.astimezone(tz).date()

        def minute(moment: datetime | None) -> int | None:
            return None if moment is None else agenda.minute_in_day(moment, anchor, tz)

        items = [
            agenda.RunItem(
                i.duration_minutes,
                i.pinned_start,
                i.kind,
                minute(i.actual_start),
                minute(i.actual_end),
            )
            for i in day.items
        ]
        return agenda.project_day(day.start_time, items, agenda.minute_in_day(now, anchor, tz))
