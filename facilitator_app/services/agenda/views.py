"""The planner's read model: a workshop's days with computed clock times, and lateness."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from facilitator_app import agenda
from facilitator_app.errors import NotFoundError
from facilitator_app.models import (
    AgendaItem,
    Day,
    Workshop,
)
from facilitator_app.services.agenda.items import workshop_of_day
from facilitator_app.storage.database import Database


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
    has_started: bool
    fixed: bool = False

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
        raise NotFoundError("day {day_id} does not exist", day_id=day_id)


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
            has_started=i.actual_start is not None,
            fixed=i.fixed,
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
            raise NotFoundError("workshop {workshop_id} does not exist", workshop_id=workshop_id)
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
    """How the rest of a day will run: the one lateness rule of the app (the console's, fed
    with the recorded times and the running timer's saved state)."""
    from facilitator_app.services.live.lateness import day_projection

    return day_projection(db, day_id, now, tz)
