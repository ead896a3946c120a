"""Named operations on whole workshops: list, find, create, rename, duplicate, delete and undo.

Each operation is one short transaction, committed before it returns, followed by a Change
notice. Operations that the UI can undo return what they replaced.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError, StorageError, UserError
from facilitator_app.models import (
    Day,
    Participant,
    TrainingNature,
    Workshop,
    utcnow,
)
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database, announce
from facilitator_app.text import clean_title
from facilitator_app.workshop_summary import WorkshopSummary

log = logging.getLogger(__name__)
EDITABLE_FIELDS = (
    "title",
    "theme",
    "objective",
    "organiser",
    "venue",
    "facilitators",
    "language",
    "notes",
    "timer_warnings",
    "training_nature",
    "representative",
    "signature_place",
)
TRAINING_NATURES = ("", *(n.value for n in TrainingNature))


def _summaries(session: Session, workshops: list[Workshop]) -> list[WorkshopSummary]:
    if not workshops:
        return []
    ids = [w.id for w in workshops]
    day_stats = {
        row[0]: row[1:]
        for row in session.execute(
            select(Day.workshop_id, func.count(Day.id), func.min(Day.date), func.max(Day.date))
            .where(Day.workshop_id.in_(ids))
            .group_by(Day.workshop_id)
        )
    }
    people = dict(
        session.execute(  # type: ignore[arg-type]
            select(Participant.workshop_id, func.count(Participant.id))
            .where(Participant.workshop_id.in_(ids))
            .group_by(Participant.workshop_id)
        ).all()
    )
    result = []
    for w in workshops:
        days, first, last = day_stats.get(w.id, (0, None, None))
        result.append(
            WorkshopSummary(
                id=w.id,
                uid=w.uid,
                title=w.title,
                organiser=w.organiser,
                venue=w.venue,
                language=w.language,
                is_template=w.is_template,
                days=days,
                participants=people.get(w.id, 0),
                first_date=first,
                last_date=last,
                updated_at=w.updated_at,
                ended_at=w.ended_at,
            )
        )
    return result


def list_workshops(
    db: Database, *, templates: bool | None = None, deleted: bool = False
) -> list[WorkshopSummary]:
    """Newest first. `templates`: None for all, True for templates only, False for workshops."""
    with db.reading() as session:
        query = select(Workshop)
        query = query.where(
            Workshop.deleted_at.is_not(None) if deleted else Workshop.deleted_at.is_(None)
        )
        if templates is not None:
            query = query.where(Workshop.is_template.is_(templates))
        query = query.order_by(Workshop.updated_at.desc(), Workshop.id.desc())
        return _summaries(session, list(session.scalars(query)))


def get_summary(db: Database, workshop_id: int) -> WorkshopSummary:
    with db.reading() as session:
        workshop = _get(session, workshop_id)
        return _summaries(session, [workshop])[0]


def find_workshop(db: Database, reference: str) -> WorkshopSummary:
    """Resolve what a user typed on the command line: an id, a uid (or its first 8+ characters),
    or a title (exact, ignoring case)."""
    ref = reference.strip()
    if not ref:
        raise UserError("name a workshop by its id, uid or title")
    candidates = list_workshops(db)
    if ref.isdigit():
        for w in candidates:
            if w.id == int(ref):
                return w
    if len(ref) >= 8:
        by_uid = [w for w in candidates if w.uid.startswith(ref.lower())]
        if len(by_uid) == 1:
            return by_uid[0]
    by_title = [w for w in candidates if w.title.casefold() == ref.casefold()]
    if len(by_title) == 1:
        return by_title[0]
    if len(by_title) > 1:
        ids = ", ".join(str(w.id) for w in by_title)
        raise UserError(
            "several workshops are titled {ref!r} (ids {ids}): use the id", ref=ref, ids=ids
        )
    raise NotFoundError(
        "no workshop matches {ref!r} (try `facilitator-app workshops list`)", ref=ref
    )


def _get(session: Session, workshop_id: int) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise NotFoundError("workshop {workshop_id} does not exist", workshop_id=workshop_id)
    return workshop


@operation("workshop.create", "create the workshop “{title}”")
def create_workshop(
    db: Database,
    title: str,
    *,
    first_day: date | None = None,
    start_time: time = time(9, 0),
    is_template: bool = False,
    **fields: str,
) -> int:
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise UserError("unknown workshop fields: {fields}", fields=", ".join(sorted(unknown)))
    _check_nature(fields)
    title = clean_title(title)
    describe(title=title)
    with db.transaction() as session:
        workshop = Workshop(title=title, is_template=is_template, **fields)
        workshop.days.append(Day(position=0, date=first_day, start_time=start_time))
        session.add(workshop)
        session.flush()
        workshop_id = workshop.id
        announce(session, Change("workshops", workshop_id))
    return workshop_id


def _check_nature(values: dict[str, Any]) -> None:
    nature = values.get("training_nature")
    if nature is not None and nature not in TRAINING_NATURES:
        raise UserError(
            "unknown nature of training action {nature!r} (one of {known})",
            nature=nature,
            known=", ".join(TRAINING_NATURES[1:]),
        )


@operation("workshop.update", "change the workshop “{title}”")
def update_workshop(db: Database, workshop_id: int, **values: Any) -> dict[str, Any]:
    """Change some fields; returns their previous values (the undo of this operation)."""
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise UserError("unknown workshop fields: {fields}", fields=", ".join(sorted(unknown)))
    if "title" in values:
        values["title"] = clean_title(values["title"])
    if values.get("timer_warnings") is not None:
        values["timer_warnings"] = _check_warnings(values["timer_warnings"])
    _check_nature(values)
    with db.transaction() as session:
        workshop = _get(session, workshop_id)
        describe(title=workshop.title)
        previous = {name: getattr(workshop, name) for name in values}
        for name, value in values.items():
            setattr(workshop, name, value)
        announce(session, Change("workshops", workshop_id))
    return previous


def get_timer_warnings(db: Database, workshop_id: int, fallback: Any = None) -> Any:
    """The workshop's own timer warnings (timing.display.Warnings), else `fallback` (the
    settings' choice), else the defaults."""
    from facilitator_app.timing.display import Warnings

    with db.reading() as session:
        stored = _get(session, workshop_id).timer_warnings
    return Warnings.from_json(stored, fallback) if stored else (fallback or Warnings())


def _check_warnings(value: Any) -> dict[str, Any]:
    """A workshop's own timer warnings: {"unit": "percent"|"seconds", "amber": n, "red": n}."""
    from facilitator_app.timing.display import MAX_WARNING, WARNING_UNITS

    if not isinstance(value, dict) or value.get("unit") not in WARNING_UNITS:
        raise UserError("the timer's warnings are counted in percent or in seconds")
    numbers = {}
    for key in ("amber", "red"):
        number = value.get(key)
        if not isinstance(number, int) or isinstance(number, bool):
            raise UserError("a warning threshold is a whole number")
        if not 0 <= number <= MAX_WARNING:
            raise UserError("a warning threshold is between 0 and {limit}", limit=MAX_WARNING)
        numbers[key] = number
    if numbers["red"] > numbers["amber"] > 0:
        raise UserError("the red warning comes after the amber one: it needs less time left")
    return {"unit": value["unit"], **numbers}


@operation("workshop.rename", "rename the workshop “{title}”")
def rename_workshop(db: Database, workshop_id: int, title: str) -> str:
    """Returns the previous title."""
    previous = str(update_workshop(db, workshop_id, title=title)["title"])
    describe(title=previous)
    return previous


@operation("workshop.delete", "delete the workshop “{title}”")
def delete_workshop(db: Database, workshop_id: int) -> None:
    """Moves the workshop to the bin (kept 30 days); undo or `restore_workshop` brings it back."""
    with db.transaction() as session:
        workshop = _get(session, workshop_id)
        describe(title=workshop.title)
        workshop.deleted_at = utcnow()
        announce(session, Change("workshops", workshop_id))


@operation("workshop.restore", "restore the workshop “{title}”")
def restore_workshop(db: Database, workshop_id: int) -> None:
    """Take a workshop out of the bin."""
    with db.transaction() as session:
        workshop = _get(session, workshop_id)
        describe(title=workshop.title)
        workshop.deleted_at = None
        announce(session, Change("workshops", workshop_id))


def purge_deleted(db: Database, older_than: timedelta = timedelta(days=30)) -> int:
    """Really delete what has been in the bin long enough. Returns how many were removed."""
    limit = utcnow() - older_than
    with db.transaction() as session:
        old = list(session.scalars(select(Workshop).where(Workshop.deleted_at < limit)))
        for workshop in old:
            session.delete(workshop)
        if old:
            announce(session, Change("workshops"))
    return len(old)


def end_workshop(db: Database, workshop_id: int) -> None:
    """Mark the workshop as run; a backup is taken, as the facilitator will now go home."""
    with db.transaction() as session:
        _get(session, workshop_id).ended_at = utcnow()
        announce(session, Change("workshops", workshop_id))
    try:
        db.backup("workshop-ended")
    except StorageError:
        # The workshop is saved as ended; the next start-up backup will catch up.
        log.exception("backup after the end of workshop %s failed", workshop_id)


@dataclass(frozen=True)
class ItemOutline:
    id: int
    kind: str
    title: str
    tool_id: str | None
    duration_minutes: int


@dataclass(frozen=True)
class DayOutline:
    id: int
    date: date | None
    title: str
    start_time: time
    items: tuple[ItemOutline, ...]


@dataclass(frozen=True)
class ParticipantOutline:
    id: int
    name: str
    organisation: str
    function: str
    category: str


@dataclass(frozen=True)
class WorkshopOutline:
    """A read-only picture of one workshop for overview screens."""

    id: int
    fields: dict[str, str]
    is_template: bool
    days: tuple[DayOutline, ...]
    participants: tuple[ParticipantOutline, ...]


def get_outline(db: Database, workshop_id: int) -> WorkshopOutline:
    with db.reading() as session:
        workshop = session.scalars(
            select(Workshop)
            .where(Workshop.id == workshop_id)
            .options(
                selectinload(Workshop.days).selectinload(Day.items),
                selectinload(Workshop.participants),
            )
        ).one_or_none()
        if workshop is None:
            raise NotFoundError("workshop {workshop_id} does not exist", workshop_id=workshop_id)
        return WorkshopOutline(
            id=workshop.id,
            fields={name: getattr(workshop, name) for name in EDITABLE_FIELDS},
            is_template=workshop.is_template,
            days=tuple(
                DayOutline(
                    d.id,
                    d.date,
                    d.title,
                    d.start_time,
                    tuple(
                        ItemOutline(i.id, i.kind, i.title, i.tool_id, i.duration_minutes)
                        for i in d.items
                    ),
                )
                for d in workshop.days
            ),
            participants=tuple(
                ParticipantOutline(p.id, p.name, p.organisation, p.function, p.category)
                for p in workshop.participants
            ),
        )
