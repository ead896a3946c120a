"""The evaluation of a workshop: its quiz questions, the paper forms typed in, and what the form
asks. Each change is a named operation (a mistyped form is undone like anything else).

The standard form asks the same criteria of every workshop, rated on a four-step scale with
no middle (1 not at all satisfied ... 4 very satisfied), one rating per objective of the
workshop (1 not reached ... 4 fully reached), and two open questions. Criteria are stored by
key ("overall", "objective:2"), so one form reads in French or English; the printed words are
in facilitator_app.reports.texts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError, UserError
from facilitator_app.models import (
    EvaluationSheet,
    Participant,
    QuizAnswer,
    QuizQuestion,
    SatisfactionResponse,
    Workshop,
)
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database, announce

SCALE = (1, 2, 3, 4)
SATISFIED_FROM = 3  # "satisfied" and "very satisfied": the satisfaction rate counts these
CRITERIA = ("organisation", "content", "methods", "facilitation", "usefulness", "overall")
OVERALL = "overall"
OPEN_QUESTIONS = ("liked", "improve")
OBJECTIVE_PREFIX = "objective:"
ORIGINS = ("laptop", "phone")
MAX_CHOICES = 6
MAX_QUESTION = 2000
MAX_COMMENT = 4000
_BULLET = re.compile(r"^\s*(?:[•\-*–·]|\d+[.)])\s+(.*\S)\s*$")


def objectives_of(text: str) -> list[str]:
    """The objectives a workshop states: its bulleted lines, else its first paragraph."""
    bullets = [m.group(1) for m in map(_BULLET.match, text.splitlines()) if m]
    if bullets:
        return bullets
    first = text.strip().split("\n\n")[0].strip()
    return [" ".join(first.split())] if first else []


def objective_key(number: int) -> str:
    return f"{OBJECTIVE_PREFIX}{number}"


@dataclass(frozen=True)
class QuestionView:
    id: int
    position: int
    text: str
    choices: tuple[str, ...]
    correct: tuple[int, ...]


@dataclass(frozen=True)
class FormPlan:
    """What the evaluation form of a workshop asks, in order."""

    workshop_id: int
    questions: tuple[QuestionView, ...]
    objectives: tuple[str, ...]
    criteria: tuple[str, ...] = CRITERIA
    open_questions: tuple[str, ...] = OPEN_QUESTIONS

    @property
    def rated(self) -> tuple[str, ...]:
        """Every rated criterion's key: the objectives, then the standard criteria."""
        return (
            *(objective_key(n) for n in range(1, len(self.objectives) + 1)),
            *self.criteria,
        )


@dataclass(frozen=True)
class SheetView:
    id: int
    number: int
    participant_id: int | None
    participant: str
    returned_on: date | None
    ratings: dict[str, int | None]
    comments: dict[str, str]
    quiz: dict[int, tuple[int, ...]]
    origin: str = "laptop"  # "phone": filled in by a participant on their phone


def _questions(session: Session, workshop_id: int) -> list[QuizQuestion]:
    return list(
        session.scalars(
            select(QuizQuestion)
            .where(QuizQuestion.workshop_id == workshop_id)
            .order_by(QuizQuestion.position, QuizQuestion.id)
        )
    )


def _workshop(session: Session, workshop_id: int) -> Workshop:
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise NotFoundError("workshop {id} does not exist", id=workshop_id)
    return workshop


def form_plan(db: Database, workshop_id: int) -> FormPlan:
    with db.reading() as session:
        workshop = _workshop(session, workshop_id)
        return FormPlan(
            workshop_id,
            tuple(
                QuestionView(q.id, q.position, q.text, tuple(q.choices or ()), tuple(q.correct))
                for q in _questions(session, workshop_id)
            ),
            tuple(objectives_of(workshop.objective)),
        )


def list_sheets(db: Database, workshop_id: int) -> list[SheetView]:
    """The forms typed in, by number."""
    with db.reading() as session:
        _workshop(session, workshop_id)
        names = dict(
            session.execute(
                select(Participant.id, Participant.name).where(
                    Participant.workshop_id == workshop_id
                )
            ).all()
        )
        sheets = list(
            session.scalars(
                select(EvaluationSheet)
                .where(EvaluationSheet.workshop_id == workshop_id)
                .order_by(EvaluationSheet.number, EvaluationSheet.id)
            )
        )
        ids = [s.id for s in sheets]
        ratings: dict[int, dict[str, int | None]] = {i: {} for i in ids}
        comments: dict[int, dict[str, str]] = {i: {} for i in ids}
        for row in session.scalars(
            select(SatisfactionResponse).where(SatisfactionResponse.sheet_id.in_(ids))
        ):
            if row.criterion in OPEN_QUESTIONS:
                comments[row.sheet_id or 0][row.criterion] = row.comment
            else:
                ratings[row.sheet_id or 0][row.criterion] = row.rating
        quiz: dict[int, dict[int, tuple[int, ...]]] = {i: {} for i in ids}
        for answer in session.scalars(select(QuizAnswer).where(QuizAnswer.sheet_id.in_(ids))):
            quiz[answer.sheet_id or 0][answer.question_id] = tuple(answer.chosen or ())
        return [
            SheetView(
                s.id,
                s.number,
                s.participant_id,
                names.get(s.participant_id or 0, ""),
                s.returned_on,
                ratings[s.id],
                comments[s.id],
                quiz[s.id],
                s.origin,
            )
            for s in sheets
        ]


def _clean_question(
    text: str, choices: Sequence[str], correct: Sequence[int]
) -> tuple[str, list[str], list[int]]:
    text = text.strip()
    cleaned = [" ".join(c.split()) for c in choices if c.strip()]
    if not text:
        raise UserError("a quiz question needs its text")
    if len(text) > MAX_QUESTION:
        raise UserError("a quiz question is at most {limit} characters", limit=MAX_QUESTION)
    if not 2 <= len(cleaned) <= MAX_CHOICES:
        raise UserError("a quiz question has 2 to {limit} choices", limit=MAX_CHOICES)
    right = sorted(set(correct))
    if not right or any(not 0 <= c < len(cleaned) for c in right):
        raise UserError("mark at least one of the question's choices as the right answer")
    return text, cleaned, right


@operation("evaluation.add_question", "add the quiz question “{text}”")
def add_question(
    db: Database, workshop_id: int, text: str, choices: Sequence[str], correct: Sequence[int]
) -> int:
    text, cleaned, right = _clean_question(text, choices, correct)
    describe(text=text[:60])
    with db.transaction() as session:
        _workshop(session, workshop_id)
        position = session.scalar(
            select(func.count(QuizQuestion.id)).where(QuizQuestion.workshop_id == workshop_id)
        )
        question = QuizQuestion(
            workshop_id=workshop_id,
            position=int(position or 0),
            text=text,
            choices=cleaned,
            correct=right,
        )
        session.add(question)
        session.flush()
        announce(session, Change("evaluation", workshop_id, (question.id,)))
        return question.id


@operation("evaluation.update_question", "change the quiz question “{text}”")
def update_question(
    db: Database, question_id: int, text: str, choices: Sequence[str], correct: Sequence[int]
) -> None:
    """New wording or answer; the answers typed so far are marked again."""
    text, cleaned, right = _clean_question(text, choices, correct)
    describe(text=text[:60])
    with db.transaction() as session:
        question = session.get(QuizQuestion, question_id)
        if question is None:
            raise NotFoundError("quiz question {id} does not exist", id=question_id)
        question.text, question.choices, question.correct = text, cleaned, right
        for answer in question.answers:
            answer.chosen = [c for c in answer.chosen if c < len(cleaned)]
            answer.is_correct = sorted(answer.chosen) == right
        announce(session, Change("evaluation", question.workshop_id, (question_id,)))


@operation("evaluation.remove_question", "remove the quiz question “{text}”")
def remove_question(db: Database, question_id: int) -> None:
    with db.transaction() as session:
        question = session.get(QuizQuestion, question_id)
        if question is None:
            raise NotFoundError("quiz question {id} does not exist", id=question_id)
        describe(text=question.text[:60])
        workshop_id = question.workshop_id
        session.delete(question)
        session.flush()
        for position, other in enumerate(_questions(session, workshop_id)):
            other.position = position
        announce(session, Change("evaluation", workshop_id, (question_id,)))


def _check_answers(
    ratings: Mapping[str, int | None], comments: Mapping[str, str], plan_keys: set[str]
) -> None:
    for key, rating in ratings.items():
        if key not in plan_keys:
            raise UserError("the form asks no criterion {key!r}", key=key)
        if rating is not None and rating not in SCALE:
            raise UserError("a rating is from 1 to {top}", top=SCALE[-1])
    for key, comment in comments.items():
        if key not in OPEN_QUESTIONS:
            raise UserError("the form asks no open question {key!r}", key=key)
        if len(comment) > MAX_COMMENT:
            raise UserError("a comment is at most {limit} characters", limit=MAX_COMMENT)


@operation("evaluation.save_sheet", "type in the evaluation form no. {number}")
def save_sheet(
    db: Database,
    workshop_id: int,
    *,
    sheet_id: int | None = None,
    number: int | None = None,
    participant_id: int | None = None,
    returned_on: date | None = None,
    ratings: Mapping[str, int | None] | None = None,
    comments: Mapping[str, str] | None = None,
    quiz: Mapping[int, Sequence[int]] | None = None,
    uid: str | None = None,
    origin: str = "laptop",
) -> int:
    """One paper form typed in whole (or typed again over `sheet_id`): its ratings, comments
    and quiz choices replace what it held. Returns the form's id. A form sent from a phone
    (`origin` "phone") comes with the `uid` of that phone's form: sent again, it replaces
    the answers of the same form."""
    ratings, comments, quiz = dict(ratings or {}), dict(comments or {}), dict(quiz or {})
    if origin not in ORIGINS:
        raise ValueError(f"unknown origin {origin!r}")  # only code sets it
    with db.transaction() as session:
        if sheet_id is None and uid is not None:
            same = session.scalars(select(EvaluationSheet).where(EvaluationSheet.uid == uid))
            found_again = same.first()
            if found_again is not None and found_again.workshop_id != workshop_id:
                raise UserError("this uid belongs to another workshop")
            sheet_id = found_again.id if found_again is not None else None
        workshop = _workshop(session, workshop_id)
        objectives = objectives_of(workshop.objective)
        keys = {objective_key(n) for n in range(1, len(objectives) + 1)} | set(CRITERIA)
        _check_answers(ratings, comments, keys)
        questions = {q.id: q for q in _questions(session, workshop_id)}
        for question_id, chosen in quiz.items():
            question = questions.get(question_id)
            if question is None:
                raise UserError("the quiz has no question {id}", id=question_id)
            if any(not 0 <= c < len(question.choices) for c in chosen):
                raise UserError("a quiz answer names a choice the question does not have")
        if participant_id is not None:
            person = session.get(Participant, participant_id)
            if person is None or person.workshop_id != workshop_id:
                raise NotFoundError("no such participant in this workshop")
        if sheet_id is None:
            highest = session.scalar(
                select(func.max(EvaluationSheet.number)).where(
                    EvaluationSheet.workshop_id == workshop_id
                )
            )
            sheet = EvaluationSheet(
                workshop_id=workshop_id, number=number or int(highest or 0) + 1, origin=origin
            )
            if uid is not None:
                sheet.uid = uid
            session.add(sheet)
        else:
            found = session.get(EvaluationSheet, sheet_id)
            if found is None or found.workshop_id != workshop_id:
                raise NotFoundError("evaluation form {id} does not exist", id=sheet_id)
            sheet = found
            if number is not None:
                sheet.number = number
            _clear_sheet(session, sheet.id)
        sheet.participant_id = participant_id
        sheet.returned_on = returned_on
        session.flush()
        describe(number=sheet.number)
        for key, rating in ratings.items():
            if rating is not None:
                session.add(
                    SatisfactionResponse(
                        workshop_id=workshop_id,
                        participant_id=participant_id,
                        sheet_id=sheet.id,
                        criterion=key,
                        rating=rating,
                    )
                )
        for key, comment in comments.items():
            if comment.strip():
                session.add(
                    SatisfactionResponse(
                        workshop_id=workshop_id,
                        participant_id=participant_id,
                        sheet_id=sheet.id,
                        criterion=key,
                        comment=comment.strip(),
                    )
                )
        for question_id, chosen in quiz.items():
            question = questions[question_id]
            picked = sorted(set(chosen))
            session.add(
                QuizAnswer(
                    question_id=question_id,
                    participant_id=participant_id,
                    sheet_id=sheet.id,
                    chosen=picked,
                    is_correct=picked == sorted(question.correct),
                )
            )
        announce(session, Change("evaluation", workshop_id, (sheet.id,)))
        return sheet.id


def _clear_sheet(session: Session, sheet_id: int) -> None:
    for model in (SatisfactionResponse, QuizAnswer):
        for row in session.scalars(select(model).where(model.sheet_id == sheet_id)):
            session.delete(row)


@operation("evaluation.remove_sheet", "remove the evaluation form no. {number}")
def remove_sheet(db: Database, sheet_id: int) -> None:
    with db.transaction() as session:
        sheet = session.get(EvaluationSheet, sheet_id)
        if sheet is None:
            raise NotFoundError("evaluation form {id} does not exist", id=sheet_id)
        describe(number=sheet.number)
        workshop_id = sheet.workshop_id
        _clear_sheet(session, sheet_id)
        session.flush()  # the answers go first: the database would cascade them under the ORM
        session.delete(sheet)
        announce(session, Change("evaluation", workshop_id, (sheet_id,)))
