"""What the decision register and the group and table lists say: every decision of the
workshop with its proposal, objections and how they were integrated, outcome and review date;
every split into groups or tables, and for a rotation who sits where at each round."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from facilitator_app.models import AgendaItem, Day, Decision
from facilitator_app.services.groups import GroupSetView, list_group_sets
from facilitator_app.services.reports.facts import WorkshopFacts, workshop_facts
from facilitator_app.storage.database import Database


@dataclass(frozen=True)
class ObjectionEntry:
    author: str
    text: str
    integration: str
    status: str


@dataclass(frozen=True)
class DecisionEntry:
    kind: str
    title: str
    proposal: str
    amended_proposal: str
    outcome: str
    decided_on: date | None
    review_on: date | None
    item_title: str
    objections: tuple[ObjectionEntry, ...]


@dataclass(frozen=True)
class DecisionRegister:
    facts: WorkshopFacts
    decisions: tuple[DecisionEntry, ...]


def _date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def decision_register(db: Database, workshop_id: int) -> DecisionRegister:
    """In the order they were taken: by date, then as recorded."""
    with db.reading() as session:
        facts = workshop_facts(session, workshop_id)
        titles = dict(
            session.execute(
                select(AgendaItem.id, AgendaItem.title)
                .join(Day, AgendaItem.day_id == Day.id)
                .where(Day.workshop_id == workshop_id)
            ).all()
        )
        rows = session.scalars(
            select(Decision)
            .where(Decision.workshop_id == workshop_id)
            .options(selectinload(Decision.objections))
            .order_by(Decision.created_at, Decision.position, Decision.id)
        )
        entries = [
            DecisionEntry(
                d.kind,
                d.title,
                d.proposal,
                d.amended_proposal,
                d.outcome,
                d.decided_on,
                d.review_on or _date((d.details or {}).get("review_on")),
                titles.get(d.item_id or 0, ""),
                tuple(
                    ObjectionEntry(o.author, o.text, o.integration, o.status or "")
                    for o in d.objections
                ),
            )
            for d in rows
        ]
        entries.sort(key=lambda e: e.decided_on or date.max)
        return DecisionRegister(facts, tuple(entries))


@dataclass(frozen=True)
class GroupLists:
    facts: WorkshopFacts
    sets: tuple[GroupSetView, ...]
    item_titles: dict[int, str]


def group_lists(db: Database, workshop_id: int) -> GroupLists:
    sets = list_group_sets(db, workshop_id)
    with db.reading() as session:
        facts = workshop_facts(session, workshop_id)
        titles = dict(
            session.execute(
                select(AgendaItem.id, AgendaItem.title)
                .join(Day, AgendaItem.day_id == Day.id)
                .where(Day.workshop_id == workshop_id)
            ).all()
        )
    return GroupLists(facts, tuple(sets), titles)
