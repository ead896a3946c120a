"""Attendance from the console, quickly: present, absent or excused per participant and
half-day, and arrivals and departures at a clock time (14h10), which the certificates turn
into hours. Which half-day a time belongs to is the one rule of capture.halfday."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app.capture.halfday import half_day_of
from facilitator_app.capture.words import ATTENDANCE, HALF_DAYS
from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError, Phrase, UserError
from facilitator_app.models import Attendance, Day, Participant
from facilitator_app.services.capture.common import check_choice
from facilitator_app.services.operations import describe, operation, relabel
from facilitator_app.storage.database import Database, announce
from facilitator_app.text import fold

STATUSES = tuple(ATTENDANCE)


@dataclass(frozen=True)
class HalfDayPresence:
    status: str = "unknown"
    arrived_at: time | None = None
    left_at: time | None = None
    signed: bool = False


@dataclass(frozen=True)
class PresenceRow:
    participant_id: int
    name: str
    organisation: str
    am: HalfDayPresence
    pm: HalfDayPresence

    def half(self, half_day: str) -> HalfDayPresence:
        return self.am if half_day == "am" else self.pm


def _row(
    session: Session, participant_id: int, day_id: int, half_day: str
) -> tuple[Participant, Attendance]:
    check_choice(half_day, tuple(HALF_DAYS), Phrase("half-day"))
    person = session.get(Participant, participant_id)
    day = session.get(Day, day_id)
    if person is None or day is None or day.workshop_id != person.workshop_id:
        raise NotFoundError("no such participant on that day of the workshop")
    row = session.scalars(
        select(Attendance).where(
            Attendance.participant_id == participant_id,
            Attendance.day_id == day_id,
            Attendance.half_day == half_day,
        )
    ).one_or_none()
    if row is None:
        row = Attendance(participant_id=participant_id, day_id=day_id, half_day=half_day)
        session.add(row)
    return person, row


def _done(session: Session, person: Participant) -> None:
    session.flush()
    announce(session, Change("attendance", person.workshop_id, (person.id,)))


@operation("capture.mark_attendance", "mark the attendance of {name}")
def mark(db: Database, participant_id: int, day_id: int, half_day: str, status: str) -> None:
    """Present, absent, excused (or unknown again) for a half-day; times are kept."""
    check_choice(status, STATUSES, Phrase("attendance"))
    with db.transaction() as session:
        person, row = _row(session, participant_id, day_id, half_day)
        describe(name=person.name)
        if status == "present":
            relabel("mark {name} present", name=person.name)
        elif status == "absent":
            relabel("mark {name} absent", name=person.name)
        elif status == "excused":
            relabel("mark {name} excused", name=person.name)
        row.status = status
        if status in ("absent", "excused"):
            row.arrived_at = row.left_at = None
        _done(session, person)


@operation("capture.record_arrival", "note that {name} arrived at {at}")
def record_arrival(db: Database, participant_id: int, day_id: int, at: time) -> str:
    """A late arrival: present from `at`, in the half-day `at` belongs to (returned)."""
    half_day = half_day_of(at)
    with db.transaction() as session:
        person, row = _row(session, participant_id, day_id, half_day)
        describe(name=person.name, at=at.strftime("%H:%M"))
        if row.left_at is not None and row.left_at <= at:
            raise UserError("an arrival comes before the departure")
        row.status = "present"
        row.arrived_at = at
        _done(session, person)
    return half_day


@operation("capture.record_departure", "note that {name} left at {at}")
def record_departure(db: Database, participant_id: int, day_id: int, at: time) -> str:
    """An early departure at `at`, in the half-day `at` belongs to (returned)."""
    half_day = half_day_of(at)
    with db.transaction() as session:
        person, row = _row(session, participant_id, day_id, half_day)
        describe(name=person.name, at=at.strftime("%H:%M"))
        if row.arrived_at is not None and at <= row.arrived_at:
            raise UserError("a departure comes after the arrival")
        if row.status in ("unknown", "absent", "excused"):
            row.status = "present"
        row.left_at = at
        _done(session, person)
    return half_day


def sheet(db: Database, workshop_id: int, day_id: int) -> list[PresenceRow]:
    """Everyone of the workshop with their morning and afternoon of that day."""
    with db.reading() as session:
        people = list(
            session.scalars(
                select(Participant)
                .where(Participant.workshop_id == workshop_id)
                .order_by(Participant.id)
            )
        )
        rows = session.scalars(
            select(Attendance).where(
                Attendance.day_id == day_id,
                Attendance.participant_id.in_([p.id for p in people]),
            )
        )
        found = {(r.participant_id, r.half_day): r for r in rows}

        def half(pid: int, half_day: str) -> HalfDayPresence:
            r = found.get((pid, half_day))
            if r is None:
                return HalfDayPresence()
            return HalfDayPresence(r.status, r.arrived_at, r.left_at, r.signed)

        return [
            PresenceRow(p.id, p.name, p.organisation, half(p.id, "am"), half(p.id, "pm"))
            for p in people
        ]


def matching(rows: list[PresenceRow], letters: str) -> list[PresenceRow]:
    """The people whose name (or organisation) has a word starting with the letters typed,
    accents and case aside; "mar" finds "Marie" and "Anne Marchand"."""
    wanted = fold(letters).split()
    if not wanted:
        return list(rows)

    def words(row: PresenceRow) -> list[str]:
        return fold(f"{row.name} {row.organisation}").replace("-", " ").split()

    return [r for r in rows if all(any(w.startswith(p) for w in words(r)) for p in wanted)]
