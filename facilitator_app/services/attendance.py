"""Attendance per participant and half-day: what the signed sheet and the certificates of
completion certify. One named operation per change, so a mis-tick is undone like anything else."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select

from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.models import Attendance, AttendanceStatus, Day, HalfDay, Participant
from facilitator_app.services.operations import describe, operation, relabel
from facilitator_app.storage.database import Database, announce

STATUSES = tuple(s.value for s in AttendanceStatus)
HALF_DAYS = tuple(h.value for h in HalfDay)
MAX_REASON = 2000


@operation("attendance.set", "mark the attendance of “{name}”")
def set_attendance(
    db: Database,
    participant_id: int,
    day_id: int,
    half_day: str,
    status: str,
    *,
    arrived_at: time | None = None,
    left_at: time | None = None,
) -> None:
    """Present, absent or excused for one half-day, with the time of a late arrival or an
    early departure."""
    if half_day not in HALF_DAYS:
        raise UserError(
            "unknown half-day {half_day!r} (one of {known})",
            half_day=half_day,
            known=", ".join(HALF_DAYS),
        )
    if status not in STATUSES:
        raise UserError(
            "unknown attendance {status!r} (one of {known})",
            status=status,
            known=", ".join(STATUSES),
        )
    if arrived_at is not None and left_at is not None and left_at <= arrived_at:
        raise UserError("a departure comes after the arrival")
    with db.transaction() as session:
        person = session.get(Participant, participant_id)
        day = session.get(Day, day_id)
        if person is None or day is None or day.workshop_id != person.workshop_id:
            raise NotFoundError("no such participant on that day of the workshop")
        describe(name=person.name)
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
        row.status = status
        row.arrived_at = arrived_at
        row.left_at = left_at
        announce(session, Change("attendance", person.workshop_id, (participant_id,)))


@operation("attendance.drop_out", "record that “{name}” left the training")
def record_dropout(db: Database, participant_id: int, on: date | None, reason: str = "") -> None:
    """A participant who stopped before the end, and why; `on=None` and no reason clears it.
    The satisfaction report counts drop-outs and their causes."""
    reason = reason.strip()
    if len(reason) > MAX_REASON:
        raise UserError("a reason is at most {limit} characters", limit=MAX_REASON)
    with db.transaction() as session:
        person = session.get(Participant, participant_id)
        if person is None:
            raise NotFoundError("participant {id} does not exist", id=participant_id)
        describe(name=person.name)
        if on is None and not reason:
            relabel("clear the drop-out of “{name}”", name=person.name)
        person.dropped_out_on = on
        person.dropout_reason = reason
        announce(session, Change("attendance", person.workshop_id, (participant_id,)))
