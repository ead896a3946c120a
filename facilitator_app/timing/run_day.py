"""The days and agenda items of a live run, read once as plain data (no session kept)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.agenda import NOT_WORKING, PlanItem, schedule_day
from facilitator_app.models import AgendaItem, Day


@dataclass(frozen=True)
class LiveDay:
    id: int
    position: int
    date: date | None
    title: str
    start_time: time


@dataclass(frozen=True)
class LiveItem:
    """An agenda item as the console needs it (plain data, no session)."""

    id: int
    day_id: int
    position: int
    kind: str
    title: str
    question: str
    tool_id: str | None
    duration_minutes: int
    planned_start: time
    pinned_start: time | None
    phases: tuple[dict[str, Any], ...]
    actual_start: datetime | None
    actual_end: datetime | None

    @property
    def is_break(self) -> bool:
        """A break or a meal: the projector shows when people are back."""
        return self.kind in NOT_WORKING


def load_days(session: Session, workshop_id: int) -> list[LiveDay]:
    rows = session.scalars(
        select(Day).where(Day.workshop_id == workshop_id).order_by(Day.position, Day.id)
    )
    return [LiveDay(d.id, d.position, d.date, d.title, d.start_time) for d in rows]


def load_items(session: Session, day: LiveDay) -> tuple[LiveItem, ...]:
    rows = list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.day_id == day.id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )
    plan = schedule_day(
        day.start_time,
        [PlanItem(r.duration_minutes, r.pinned_start, r.kind) for r in rows],
    )
    return tuple(
        LiveItem(
            id=r.id,
            day_id=r.day_id,
            position=r.position,
            kind=r.kind,
            title=r.title,
            question=r.question,
            tool_id=r.tool_id,
            duration_minutes=r.duration_minutes,
            planned_start=slot.start_time,
            pinned_start=r.pinned_start,
            phases=tuple(dict(p) for p in r.phases or ()),
            actual_start=r.actual_start,
            actual_end=r.actual_end,
        )
        for r, slot in zip(rows, plan.slots, strict=True)
    )


def choose_day(days: list[LiveDay], today: date) -> LiveDay:
    """Today's day if the workshop has one, otherwise its first day."""
    return next((d for d in days if d.date == today), days[0])


def runs_today(day: LiveDay, today: date) -> bool:
    """A day dated today is run for real without asking; another day (the evening before, a
    day with no date) may be a rehearsal, so the console asks first."""
    return day.date == today
