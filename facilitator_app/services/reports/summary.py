"""What the session summary (and its 2-page handout, and a co-development client's private
summary) says: the workshop's facts, its agenda with the times as run, and per item what the
room produced, from `services.capture.capture_of` in the order of the capture registry
(capture/kinds.py). With `anonymous`, who wrote, voted or spoke is left out (who does an action
stays: it is a commitment, not an opinion). Co-development is confidential: the group's
summary keeps only what each participant learnt; the rest is the client's private summary."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import tzinfo
from typing import Any

from sqlalchemy import select

from facilitator_app.models import ParticipantCategory, Photo
from facilitator_app.services.capture.query import Captured, Section, capture_of
from facilitator_app.services.reports.attendance import participants_in_order
from facilitator_app.services.reports.facts import (
    DayPlan,
    ItemTime,
    WorkshopFacts,
    day_plans,
    workshop_facts,
)
from facilitator_app.storage.database import Database

# The columns that name who wrote, voted, spoke or checked in.
PERSON_COLUMNS = ("author", "voter", "scribe", "participant", "person")
# Kinds the summary does not print: attendance has its own sheets; raw dots and scores are
# printed as their ranking.
LEFT_OUT = frozenset({"attendance", "dot_vote", "score"})
CODEV = "codev"
PUBLIC_CODEV_PARTS = frozenset({"learning"})
MAX_PHOTO_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class ItemOutputs:
    item: ItemTime
    day: int  # the day's number
    sections: tuple[Section, ...]  # only the kinds that have rows

    @property
    def empty(self) -> bool:
        return not self.sections


@dataclass(frozen=True)
class SummaryData:
    facts: WorkshopFacts
    days: tuple[DayPlan, ...]
    participants: int
    people: tuple[tuple[str, str], ...]  # who took part: name, organisation (none if anonymous)
    items: tuple[ItemOutputs, ...]  # in agenda order; the items chosen
    loose: tuple[Section, ...]  # what belongs to no item (or to a removed one)
    actions: Section | None  # every action of the items chosen: the action plan
    photos: dict[int, tuple[bytes, str]] = field(default_factory=dict)  # id: content, type
    anonymous: bool = False
    codev_sessions: tuple[str, ...] = ()  # clients' names, for the mention "printed apart"


def _without_names(section: Section) -> Section:
    rows = tuple(
        {key: ("" if key in PERSON_COLUMNS else value) for key, value in row.items()}
        for row in section.rows
    )
    return replace(section, rows=rows)


def _public(section: Section) -> Section:
    """A co-development section as the group's summary may print it: the learnings."""
    if section.kind.id != CODEV:
        return section
    rows = tuple(r for r in section.rows if r.get("part") in PUBLIC_CODEV_PARTS)
    return replace(section, rows=rows)


def _split(section: Section, item_ids: set[int]) -> dict[int | None, Section]:
    by_item: dict[int | None, list[dict[str, Any]]] = {}
    for row in section.rows:
        item = row.get("_item_id")
        by_item.setdefault(item if item in item_ids else None, []).append(row)
    return {item: replace(section, rows=tuple(rows)) for item, rows in by_item.items()}


def summary_data(
    db: Database,
    workshop_id: int,
    *,
    items: tuple[int, ...] | None = None,
    anonymous: bool = False,
    tz: tzinfo | None = None,
    private: bool = False,
) -> SummaryData:
    """`items`: the agenda items to print (None: all). `private`: keep co-development whole
    (the client's summary); otherwise only its learnings."""
    captured: Captured = capture_of(db, workshop_id)
    with db.reading() as session:
        facts = workshop_facts(session, workshop_id)
        plans = day_plans(session, workshop_id, tz)
        learners = [
            (p.name, p.organisation or "")
            for p in participants_in_order(session, workshop_id)
            if p.category != ParticipantCategory.TRAINER.value
        ]
        photo_ids = [
            row["_id"] for s in captured.sections if s.kind.id == "photo" for row in s.rows
        ]
        photos = {
            photo.id: (photo.content, photo.media_type)
            for photo in session.scalars(select(Photo).where(Photo.id.in_(photo_ids)))
            if len(photo.content or b"") <= MAX_PHOTO_BYTES
        }
    all_items = [(plan.number, item) for plan in plans for item in plan.items]
    chosen = {i.id for _n, i in all_items if items is None or i.id in items}
    known = {i.id for _n, i in all_items}
    per_item: dict[int | None, list[Section]] = {}
    actions: Section | None = None
    clients: list[str] = []
    for section in captured.sections:
        if section.kind.id in LEFT_OUT or not section.rows:
            continue
        if section.kind.id == CODEV:
            clients += list(dict.fromkeys(str(r.get("client") or "") for r in section.rows))
            if not private:
                section = _public(section)
        if anonymous:
            section = _without_names(section)
        for item, part in _split(section, known).items():
            if item is not None and item not in chosen:
                continue
            if item is None and items is not None:
                continue  # only the items asked for
            if part.rows:
                per_item.setdefault(item, []).append(part)
        if section.kind.id == "action":
            rows = tuple(r for r in section.rows if r.get("_item_id") in chosen or items is None)
            actions = replace(section, rows=rows) if rows else None
    outputs = tuple(
        ItemOutputs(item, number, tuple(per_item.get(item.id, ())))
        for number, item in all_items
        if item.id in chosen and item.kind not in ("break", "meal")
    )
    return SummaryData(
        facts=facts,
        days=tuple(plans),
        participants=len(learners),
        people=() if anonymous else tuple(learners),
        items=outputs,
        loose=tuple(per_item.get(None, ())),
        actions=actions,
        photos=photos,
        anonymous=anonymous,
        codev_sessions=tuple(c for c in clients if c),
    )
