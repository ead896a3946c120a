"""The facts every document of a workshop prints in its header, footer or cover, and its days
on the clock split into half-days (the one rule of facilitator_app.half_days), with the times
as run where the live run recorded them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from facilitator_app import agenda
from facilitator_app.errors import NotFoundError
from facilitator_app.half_days import Block, HalfDaySpan, split_day
from facilitator_app.models import AgendaItem, Day, Workshop


@dataclass(frozen=True)
class WorkshopFacts:
    id: int
    title: str
    language: str
    organiser: str
    venue: str
    facilitators: str
    objective: str
    theme: str
    training_nature: str
    representative: str
    signature_place: str
    first_date: date | None
    last_date: date | None

    @property
    def is_training(self) -> bool:
        return bool(self.training_nature)


@dataclass(frozen=True)
class ItemTime:
    """An agenda item on the clock (minutes from the day's midnight), as run when recorded."""

    id: int
    title: str
    kind: str
    tool_id: str | None
    question: str
    start: int
    end: int
    as_run: bool


@dataclass(frozen=True)
class DayPlan:
    id: int
    number: int
    date: date | None
    title: str
    venue: str
    start_time: time
    items: tuple[ItemTime, ...]
    half_days: tuple[HalfDaySpan, ...]

    def span(self, half_day: str) -> HalfDaySpan | None:
        return next((s for s in self.half_days if s.half_day == half_day), None)


def get_workshop(session: Session, workshop_id: int) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None or workshop.deleted_at is not None:
        raise NotFoundError("workshop {id} does not exist", id=workshop_id)
    return workshop


def workshop_facts(session: Session, workshop_id: int) -> WorkshopFacts:
    w = get_workshop(session, workshop_id)
    dates = [d for d in session.scalars(select(Day.date).where(Day.workshop_id == w.id)) if d]
    return WorkshopFacts(
        id=w.id,
        title=w.title,
        language=w.language if w.language in ("fr", "en") else "fr",
        organiser=w.organiser,
        venue=w.venue,
        facilitators=w.facilitators,
        objective=w.objective,
        theme=w.theme,
        training_nature=w.training_nature or "",
        representative=w.representative or "",
        signature_place=w.signature_place or "",
        first_date=min(dates) if dates else None,
        last_date=max(dates) if dates else None,
    )


def _as_run(item: AgendaItem, day: Day, tz: tzinfo | None) -> tuple[int, int] | None:
    if item.actual_start is None or item.actual_end is None or day.date is None:
        return None
    start = agenda.minute_in_day(item.actual_start, day.date, tz)
    end = agenda.minute_in_day(item.actual_end, day.date, tz)
    return (start, end) if end >= start else None


def day_plans(session: Session, workshop_id: int, tz: tzinfo | None = None) -> list[DayPlan]:
    """Every day with its items on the clock and its half-days."""
    days = list(
        session.scalars(
            select(Day)
            .where(Day.workshop_id == workshop_id)
            .order_by(Day.position, Day.id)
            .options(selectinload(Day.items))
        )
    )
    plans = []
    for number, day in enumerate(days, start=1):
        schedule = agenda.schedule_day(
            day.start_time,
            [agenda.PlanItem(i.duration_minutes, i.pinned_start, i.kind) for i in day.items],
        )
        items = []
        for item, slot in zip(day.items, schedule.slots, strict=True):
            run = _as_run(item, day, tz)
            start, end = run or (slot.start, slot.end)
            items.append(
                ItemTime(
                    item.id,
                    item.title,
                    item.kind,
                    item.tool_id,
                    item.question,
                    start,
                    end,
                    run is not None,
                )
            )
        blocks = [Block(i.start, i.end, i.kind, i.title) for i in items]
        plans.append(
            DayPlan(
                day.id,
                number,
                day.date,
                day.title,
                day.venue,
                day.start_time,
                tuple(items),
                split_day(blocks),
            )
        )
    return plans


def has_codev(session: Session, workshop_id: int) -> bool:
    """Whether a co-development session was recorded (its client's summary can be printed)."""
    from facilitator_app.models import ToolRecord

    found = session.scalar(
        select(ToolRecord.id)
        .where(ToolRecord.workshop_id == workshop_id, ToolRecord.kind == "codev")
        .limit(1)
    )
    return found is not None


def tool_ids(session: Session, workshop_id: int) -> list[str]:
    """The methods the agenda uses, in agenda order, each once."""
    rows = session.execute(
        select(AgendaItem.tool_id)
        .join(Day, AgendaItem.day_id == Day.id)
        .where(Day.workshop_id == workshop_id, AgendaItem.tool_id.is_not(None))
        .order_by(Day.position, Day.id, AgendaItem.position, AgendaItem.id)
    )
    return list(dict.fromkeys(t for (t,) in rows if t))
