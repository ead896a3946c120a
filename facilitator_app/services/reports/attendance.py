"""What the attendance sheets (feuilles d'émargement) say: per day, its half-days with their
times, modules and trainer, and per participant one cell per half-day: to sign, absent,
excused, or struck (after a departure or a drop-out), with the times of a late arrival or an
early departure. Trainers sign in their own box, not in the list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app import agenda
from facilitator_app.models import Attendance, AttendanceStatus, Participant, ParticipantCategory
from facilitator_app.services.reports.facts import (
    DayPlan,
    WorkshopFacts,
    day_plans,
    workshop_facts,
)
from facilitator_app.storage.database import Database
from facilitator_app.text import fold

SIGN, ABSENT, EXCUSED, STRUCK, DROPPED = "sign", "absent", "excused", "struck", "dropped"


@dataclass(frozen=True)
class Cell:
    state: str
    arrived_at: time | None = None
    left_at: time | None = None

    @property
    def struck(self) -> bool:
        return self.state != SIGN


@dataclass(frozen=True)
class SheetRow:
    participant_id: int
    name: str
    organisation: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class HalfDayColumn:
    half_day: str
    start: time
    end: time
    modules: tuple[str, ...]


@dataclass(frozen=True)
class DaySheet:
    number: int
    date: date | None
    venue: str
    columns: tuple[HalfDayColumn, ...]
    rows: tuple[SheetRow, ...]


@dataclass(frozen=True)
class AttendanceData:
    facts: WorkshopFacts
    trainers: str
    days: tuple[DaySheet, ...]


@dataclass(frozen=True)
class Mark:
    """What the attendance says of one person for one half-day."""

    status: str
    arrived_at: time | None = None
    left_at: time | None = None


def day_cells(
    columns: tuple[HalfDayColumn, ...],
    marks: dict[str, Mark],
    day: date | None,
    dropped_out_on: date | None,
) -> tuple[Cell, ...]:
    """One participant's cells for one day. After a departure, the half-days that follow are
    struck unless the person is marked present there (they came back); after a drop-out,
    every later day."""
    cells: list[Cell] = []
    dropped = dropped_out_on is not None and day is not None and day > dropped_out_on
    gone = False
    for column in columns:
        mark = marks.get(column.half_day)
        status = mark.status if mark is not None else AttendanceStatus.UNKNOWN.value
        present = status == AttendanceStatus.PRESENT.value
        if status == AttendanceStatus.ABSENT.value:
            cells.append(Cell(ABSENT))
        elif status == AttendanceStatus.EXCUSED.value:
            cells.append(Cell(EXCUSED))
        elif dropped and not present:
            cells.append(Cell(DROPPED))
        elif gone and not present:
            cells.append(Cell(STRUCK))
        else:
            cells.append(
                Cell(SIGN, mark.arrived_at if mark else None, mark.left_at if mark else None)
            )
        if mark is not None and mark.left_at is not None:
            gone = True
    return tuple(cells)


def participants_in_order(session: Session, workshop_id: int) -> list[Participant]:
    """Alphabetical, accents and case aside (Émilie between Durand and Faure)."""
    people = session.scalars(select(Participant).where(Participant.workshop_id == workshop_id))
    return sorted(people, key=lambda p: (fold(p.name), p.id))


WHOLE_DAY = "day"


def _columns(plan: DayPlan) -> tuple[HalfDayColumn, ...]:
    """The day's half-days; a day with nothing planned yet gets one column for the day."""
    if not plan.half_days:
        return (HalfDayColumn(WHOLE_DAY, plan.start_time, plan.start_time, ()),)
    return tuple(
        HalfDayColumn(
            span.half_day,
            agenda.clock(span.start),
            agenda.clock(span.end),
            tuple(b.title for b in span.blocks if b.working and b.title),
        )
        for span in plan.half_days
    )


def attendance_data(db: Database, workshop_id: int, tz: tzinfo | None = None) -> AttendanceData:
    with db.reading() as session:
        facts = workshop_facts(session, workshop_id)
        plans = day_plans(session, workshop_id, tz)
        people = participants_in_order(session, workshop_id)
        marks: dict[tuple[int, int], dict[str, Mark]] = {}
        for row in session.execute(
            select(
                Attendance.participant_id,
                Attendance.day_id,
                Attendance.half_day,
                Attendance.status,
                Attendance.arrived_at,
                Attendance.left_at,
            ).where(Attendance.day_id.in_([p.id for p in plans]))
        ):
            marks.setdefault((row.participant_id, row.day_id), {})[row.half_day] = Mark(
                row.status, row.arrived_at, row.left_at
            )
        trainers = [p for p in people if p.category == ParticipantCategory.TRAINER.value]
        learners = [p for p in people if p.category != ParticipantCategory.TRAINER.value]
        names = facts.facilitators or ", ".join(p.name for p in trainers)
        days = []
        for plan in plans:
            columns = _columns(plan)
            rows = tuple(
                SheetRow(
                    p.id,
                    p.name,
                    p.organisation,
                    day_cells(columns, marks.get((p.id, plan.id), {}), plan.date, p.dropped_out_on),
                )
                for p in learners
            )
            days.append(DaySheet(plan.number, plan.date, plan.venue or facts.venue, columns, rows))
        return AttendanceData(facts, names, tuple(days))
