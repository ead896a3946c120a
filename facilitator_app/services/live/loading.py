"""Reading a workshop's days and a day's agenda items once, as the plain data the live run and
the lateness builder work on (no session kept)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.agenda import PlanItem, schedule_day
from facilitator_app.models import AgendaItem, Day
from facilitator_app.timing.run_day import LiveDay, LiveItem


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
            fixed=r.fixed,
        )
        for r, slot in zip(rows, plan.slots, strict=True)
    )
