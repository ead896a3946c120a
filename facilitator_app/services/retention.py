"""Retention: old workshops lose their participants' personal data, the outputs stay.

Two periods, in months after a workshop's last day (its end, for one without dates), both
user settings ("0": never, the default, so that nothing goes without the user asking):
- `personal_data_months`: contact details and notes go (e-mail, function, notes), and names
  come off what the room produced (cards, votes, records, notes, actions, objections,
  decision rounds, roles); the roster's names and organisations stay for the attendance;
- `attendance_months`: the roster goes with its attendance (a French training body keeps its
  attendance sheets as long as its funders and the law ask: set this period accordingly).

`purge_personal_data` is a named operation (undoable until the window closes); the window's
start-up runs it after its backup, so the last backup before it still holds the data.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator_app.changes import Change
from facilitator_app.models import Day, Participant, Workshop
from facilitator_app.services.operations import describe, operation
from facilitator_app.services.privacy import anonymise_outputs
from facilitator_app.storage.database import Database, announce

CONTACT_FIELDS = ("email", "function", "notes")


def months_before(today: date, months: int) -> date:
    """The same day `months` months earlier (the month's last day when it is shorter)."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    for day in range(today.day, 0, -1):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise ValueError(today)  # pragma: no cover - day 1 always exists


def workshops_ended_before(session: Session, cutoff: date) -> list[int]:
    """Workshops (not templates) whose last day, or end, is before `cutoff`."""
    query = select(Day.workshop_id, func.max(Day.date)).group_by(Day.workshop_id)
    last_days: dict[int, date | None] = {row[0]: row[1] for row in session.execute(query)}
    found = []
    for workshop in session.scalars(select(Workshop).where(Workshop.is_template.is_(False))):
        last = last_days.get(workshop.id)
        if last is None and workshop.ended_at is not None:
            last = workshop.ended_at.astimezone(UTC).date()
        if last is not None and last < cutoff:
            found.append(workshop.id)
    return sorted(found)


def _rosters(session: Session, workshops: Iterable[int]) -> list[Participant]:
    query = select(Participant).where(Participant.workshop_id.in_(list(workshops)))
    return list(session.scalars(query.order_by(Participant.id)))


@operation("privacy.purge", "remove old workshops' personal data ({count} people)")
def purge_personal_data(
    db: Database,
    *,
    personal_data_months: int = 0,
    attendance_months: int = 0,
    today: date | None = None,
) -> int:
    """Apply the two retention periods (0: that one never); returns how many people's data
    were reduced or removed."""
    today = today or datetime.now(UTC).date()
    reached: set[int] = set()
    with db.transaction() as session:
        touched: set[int] = set()
        if personal_data_months > 0:
            old = workshops_ended_before(session, months_before(today, personal_data_months))
            people = _rosters(session, old)
            for workshop_id in old:
                mine = [p for p in people if p.workshop_id == workshop_id]
                anonymise_outputs(
                    session, [workshop_id], [p.name for p in mine], [p.id for p in mine]
                )
            for person in people:
                if any(getattr(person, field) for field in CONTACT_FIELDS):
                    reached.add(person.id)
                for field in CONTACT_FIELDS:
                    setattr(person, field, "")
            touched.update(old)
        if attendance_months > 0:
            old = workshops_ended_before(session, months_before(today, attendance_months))
            people = _rosters(session, old)
            for person in people:
                reached.add(person.id)
                session.delete(person)
            touched.update(old)
        describe(count=len(reached))
        for workshop_id in sorted(touched):
            for area in ("participants", "attendance", "outputs"):
                announce(session, Change(area, workshop_id))
    return len(reached)
