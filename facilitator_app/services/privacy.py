"""Participants' personal data: what the app holds about one person, and forgetting them.

A person may attend several workshops (one roster row in each). "The same person" is the
rows with the same e-mail address, or, for rows without one, the same name (case and spaces
aside) — the rule `same_person` applies and the window shows before acting.

Forgetting is one named operation (undoable like any other, until the window closes): every
roster row of the person goes, with their attendance, group places, quiz answers and
satisfaction answers; their name is taken off what the room produced (cards, votes,
objections, what they said in a decision's rounds, records, notes, actions, roles), which
stays as anonymous contributions — or, if the user prefers, what they authored (cards,
votes, objections, decision rounds, records, satisfaction answers) is removed too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator_app.atomic import atomic_path
from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.grouping import fold_key
from facilitator_app.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Card,
    Day,
    Decision,
    DecisionEntry,
    EvaluationSheet,
    Note,
    Objection,
    Participant,
    QuizAnswer,
    QuizQuestion,
    RoleAssignment,
    SatisfactionResponse,
    ToolRecord,
    Vote,
    Workshop,
)
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database, announce

OUTPUT_CHOICES = ("anonymous", "remove")
EXPORT_VERSION = 1

# Output columns that may hold a person's name, with whether the row is the person's own
# contribution (removed with "remove") or only names them (always just blanked).
NAMED: tuple[tuple[type, str, bool], ...] = (
    (Card, "author", True),
    (Vote, "voter", True),
    (ToolRecord, "author", True),
    (Note, "scribe", False),
    (ActionItem, "who", False),
)


# What a phone adds to its sender's name when it signs a card or a vote (phones/door.py
# Phone.label: "Chloé · 12"): the person is the same with or without it.
_PHONE_NUMBER = re.compile(r"\s+·\s+\d+\s*$")


def _key(name: str) -> str:
    """A name as people are matched: spaces and case folded, a phone's number left out."""
    return fold_key(_PHONE_NUMBER.sub("", name))


def _person(session: Session, participant_id: int) -> Participant:
    person = session.get(Participant, participant_id)
    if person is None:
        raise NotFoundError(
            "participant {participant_id} does not exist", participant_id=participant_id
        )
    return person


def same_person(session: Session, participant_id: int) -> list[Participant]:
    """Every roster row of the person of `participant_id`, in every workshop."""
    person = _person(session, participant_id)
    email = person.email.strip().casefold()
    if email:
        query = select(Participant).where(func.lower(func.trim(Participant.email)) == email)
        rows = list(session.scalars(query))
    else:
        rows = []
    name = _key(person.name)
    unnamed = select(Participant).where(func.trim(Participant.email) == "")
    rows += [p for p in session.scalars(unnamed) if _key(p.name) == name]
    found = {p.id: p for p in rows}
    found.setdefault(person.id, person)
    return sorted(found.values(), key=lambda p: p.id)


def records_of(db: Database, participant_id: int) -> list[dict[str, Any]]:
    """Where the person is on a roster: one line per workshop (for the window to confirm)."""
    with db.reading() as session:
        return [
            {
                "participant_id": p.id,
                "workshop_id": p.workshop_id,
                "workshop": session.get_one(Workshop, p.workshop_id).title,
                "name": p.name,
                "email": p.email,
            }
            for p in same_person(session, participant_id)
        ]


def _named_rows(
    session: Session, model: Any, column: str, workshops: Iterable[int], names: set[str]
) -> list[Any]:
    query: Any = select(model).where(model.workshop_id.in_(list(workshops)))
    return [row for row in session.scalars(query) if _key(getattr(row, column)) in names]


def _objections(session: Session, workshops: Iterable[int], names: set[str]) -> list[Objection]:
    query = (
        select(Objection)
        .join(Decision, Objection.decision_id == Decision.id)
        .where(Decision.workshop_id.in_(list(workshops)))
    )
    return [row for row in session.scalars(query) if _key(row.author) in names]


def _decision_entries(
    session: Session, workshops: Iterable[int], names: set[str], ids: list[int]
) -> list[DecisionEntry]:
    """What the person said in a decision's rounds: by their roster row or by their name."""
    query = (
        select(DecisionEntry)
        .join(Decision, DecisionEntry.decision_id == Decision.id)
        .where(Decision.workshop_id.in_(list(workshops)))
    )
    return [
        row
        for row in session.scalars(query)
        if row.participant_id in ids or _key(row.author) in names
    ]


def _roles(session: Session, workshops: Iterable[int], names: set[str]) -> list[RoleAssignment]:
    query = (
        select(RoleAssignment)
        .join(AgendaItem, RoleAssignment.item_id == AgendaItem.id)
        .join(Day, AgendaItem.day_id == Day.id)
        .where(Day.workshop_id.in_(list(workshops)))
    )
    return [row for row in session.scalars(query) if _key(row.person_name) in names]


def anonymise_outputs(
    session: Session,
    workshops: Iterable[int],
    names: Iterable[str],
    ids: list[int],
    *,
    remove: bool = False,
) -> None:
    """Take these people (their names, their roster ids) off what the room produced in
    `workshops`; with `remove`, what they authored goes instead."""
    workshops = list(workshops)
    keys = {_key(name) for name in names}
    for model, column, own in NAMED:
        for row in _named_rows(session, model, column, workshops, keys):
            if remove and own:
                session.delete(row)
            else:
                setattr(row, column, "")
    for objection in _objections(session, workshops, keys):
        if remove:
            session.delete(objection)
        else:
            objection.author = ""
    for entry in _decision_entries(session, workshops, keys, ids):
        if remove:
            session.delete(entry)
        else:
            entry.author = ""
            entry.participant_id = None
    for role in _roles(session, workshops, keys):
        role.person_name = ""
    for record in session.scalars(select(ToolRecord).where(ToolRecord.participant_id.in_(ids))):
        if remove:
            session.delete(record)
        else:
            record.participant_id = None
    answers = select(SatisfactionResponse).where(SatisfactionResponse.participant_id.in_(ids))
    for answer in session.scalars(answers):
        if remove:
            session.delete(answer)
        else:
            answer.participant_id = None


@operation("privacy.forget_person", "remove “{name}” everywhere")
def forget_person(db: Database, participant_id: int, *, outputs: str = "anonymous") -> int:
    """Remove the person from every roster; their contributions stay anonymous ("anonymous")
    or go too ("remove"). Returns how many roster rows were removed."""
    if outputs not in OUTPUT_CHOICES:
        raise UserError("unknown choice for the outputs: {choice!r}", choice=outputs)
    with db.transaction() as session:
        people = same_person(session, participant_id)
        describe(name=people[0].name)
        ids = [p.id for p in people]
        workshops = {p.workshop_id for p in people}
        anonymise_outputs(
            session, workshops, [p.name for p in people], ids, remove=outputs == "remove"
        )
        for person in people:
            session.delete(person)
        for workshop_id in workshops:
            for area in ("participants", "attendance", "outputs", "agenda"):
                announce(session, Change(area, workshop_id, tuple(ids)))
    return len(ids)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def person_data(db: Database, participant_id: int) -> dict[str, Any]:
    """Everything the app holds about the person, for them to read (a JSON document)."""
    with db.reading() as session:
        people = same_person(session, participant_id)
        ids = [p.id for p in people]
        workshops = {p.workshop_id for p in people}
        names = {_key(p.name) for p in people}
        rosters = []
        for person in people:
            workshop = session.get_one(Workshop, person.workshop_id)
            attendance = session.scalars(
                select(Attendance).where(Attendance.participant_id == person.id)
            )
            rosters.append(
                {
                    "workshop": workshop.title,
                    "workshop_uid": workshop.uid,
                    "name": person.name,
                    "organisation": person.organisation,
                    "function": person.function,
                    "category": person.category,
                    "email": person.email,
                    "notes": person.notes,
                    "attendance": [
                        {
                            "day": _day(session.get_one(Day, a.day_id).date),
                            "half_day": a.half_day,
                            "status": a.status,
                            "signed": a.signed,
                        }
                        for a in attendance
                    ],
                }
            )
        contributions: list[dict[str, Any]] = []
        for model, column, _own in NAMED:
            for row in _named_rows(session, model, column, workshops, names):
                contributions.append(_contribution(row, column))
        for objection in _objections(session, workshops, names):
            contributions.append({"kind": "objection", "text": objection.text})
        for entry in _decision_entries(session, workshops, names, ids):
            contributions.append(
                {"kind": "decision_entry", "part": entry.part, "text": entry.text}
            )
        for role in _roles(session, workshops, names):
            contributions.append({"kind": "role", "role": role.role})
        roles = select(RoleAssignment).where(RoleAssignment.participant_id.in_(ids))
        contributions += [{"kind": "role", "role": r.role} for r in session.scalars(roles)]
        satisfaction = select(SatisfactionResponse).where(
            SatisfactionResponse.participant_id.in_(ids)
        )
        answers: list[dict[str, Any]] = [
            {"criterion": s.criterion, "rating": s.rating, "comment": s.comment}
            for s in session.scalars(satisfaction)
        ]
        quiz = (
            select(QuizAnswer, QuizQuestion)
            .join(QuizQuestion, QuizAnswer.question_id == QuizQuestion.id)
            .where(QuizAnswer.participant_id.in_(ids))
        )
        answers += [
            {"question": q.text, "chosen": list(a.chosen), "correct": a.is_correct}
            for a, q in session.execute(quiz)
        ]
        # The evaluation forms handed back under her name (the answers above point to them).
        sheets = (
            select(EvaluationSheet, Workshop.title)
            .join(Workshop, EvaluationSheet.workshop_id == Workshop.id)
            .where(EvaluationSheet.participant_id.in_(ids))
            .order_by(EvaluationSheet.id)
        )
        forms = [
            {"workshop": title, "number": sheet.number, "returned_on": _day(sheet.returned_on)}
            for sheet, title in session.execute(sheets)
        ]
        return {
            "version": EXPORT_VERSION,
            "person": people[0].name,
            "rosters": rosters,
            "contributions": contributions,
            "answers": answers,
            "evaluation_forms": forms,
        }


def write_person_data(data: dict[str, Any], target: Path) -> Path:
    """A person's data (person_data) as the JSON file they are given, written whole or not
    at all."""
    with atomic_path(target) as temporary:
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
    return target


def _contribution(row: Any, column: str) -> dict[str, Any]:
    kind = type(row).__tablename__
    text = getattr(row, "text", None) or getattr(row, "what", None) or getattr(row, "subject", "")
    found: dict[str, Any] = {"kind": kind, "as": column, "text": text}
    if isinstance(row, Vote):
        found["value"] = row.value
    if isinstance(row, ToolRecord):
        found["data"] = row.data
    return found
