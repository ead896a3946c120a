"""What the satisfaction report says, as the national quality standard asks of a training
body (Qualiopi indicators 2, 11 and 30) and as the programme's quality section lists them: the
number of learners, the forms returned and the return rate, the satisfaction rate, the average
per criterion with its distribution, how far each objective was reached, the final quiz, the
drop-outs and their causes, and the comments, for the period the workshop covers.

A response typed before the forms existed (no sheet) counts as one form per participant; a
criterion of another wording keeps its own line. A form filled in on a phone counts like a
paper one; how many came from phones is said beside the number of forms."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from facilitator_app.models import (
    EvaluationSheet,
    Participant,
    ParticipantCategory,
    QuizAnswer,
    QuizQuestion,
    SatisfactionResponse,
)
from facilitator_app.services.evaluation import (
    CRITERIA,
    OBJECTIVE_PREFIX,
    OPEN_QUESTIONS,
    OVERALL,
    SATISFIED_FROM,
    SCALE,
    objective_key,
    objectives_of,
)
from facilitator_app.services.reports.facts import WorkshopFacts, workshop_facts
from facilitator_app.storage.database import Database


@dataclass(frozen=True)
class CriterionResult:
    key: str  # a standard key ("content", "objective:2") or another wording
    label: str  # the objective's text, or the other wording; "" for a standard criterion
    answers: int
    average: float | None
    counts: tuple[int, ...]  # how many rated 1, 2, 3, 4

    @property
    def share_high(self) -> float | None:
        """The share rated 3 or 4 (satisfied, or objective mostly or fully reached)."""
        rated = sum(self.counts)
        return sum(self.counts[SATISFIED_FROM - 1 :]) / rated if rated else None


@dataclass(frozen=True)
class QuestionResult:
    text: str
    answers: int
    right: int


@dataclass(frozen=True)
class DropOut:
    name: str
    on: date | None
    reason: str


@dataclass(frozen=True)
class SatisfactionData:
    facts: WorkshopFacts
    made_on: date
    learners: int
    forms: int
    criteria: tuple[CriterionResult, ...]
    objectives: tuple[CriterionResult, ...]
    questions: tuple[QuestionResult, ...]
    quiz_scores: tuple[int, ...]  # right answers per form that answered the quiz
    dropouts: tuple[DropOut, ...]
    liked: tuple[str, ...]
    improve: tuple[str, ...]
    phone_forms: int = 0  # of `forms`, filled in on participants' phones

    @property
    def return_rate(self) -> float | None:
        return self.forms / self.learners if self.learners else None

    @property
    def satisfaction_rate(self) -> float | None:
        overall = next((c for c in self.criteria if c.key == OVERALL), None)
        return overall.share_high if overall else None

    @property
    def dropout_rate(self) -> float | None:
        return len(self.dropouts) / self.learners if self.learners else None

    @property
    def quiz_average(self) -> float | None:
        return sum(self.quiz_scores) / len(self.quiz_scores) if self.quiz_scores else None


def _result(key: str, label: str, ratings: list[int]) -> CriterionResult:
    counts = tuple(sum(1 for r in ratings if r == step) for step in SCALE)
    on_scale = [r for r in ratings if r in SCALE]
    average = sum(on_scale) / len(on_scale) if on_scale else None
    return CriterionResult(key, label, len(ratings), average, counts)


def satisfaction_data(
    db: Database, workshop_id: int, made_on: date | None = None
) -> SatisfactionData:
    with db.reading() as session:
        facts = workshop_facts(session, workshop_id)
        people = list(
            session.scalars(select(Participant).where(Participant.workshop_id == workshop_id))
        )
        learners = [p for p in people if p.category != ParticipantCategory.TRAINER.value]
        sheets = list(
            session.execute(
                select(EvaluationSheet.id, EvaluationSheet.origin).where(
                    EvaluationSheet.workshop_id == workshop_id
                )
            )
        )
        ratings: dict[str, list[int]] = defaultdict(list)
        comments: dict[str, list[str]] = defaultdict(list)
        loose_forms: set[tuple[str, int]] = set()
        for row in session.scalars(
            select(SatisfactionResponse)
            .where(SatisfactionResponse.workshop_id == workshop_id)
            .order_by(SatisfactionResponse.id)
        ):
            if row.sheet_id is None:
                loose_forms.add(("p", row.participant_id) if row.participant_id else ("r", row.id))
            if row.criterion in OPEN_QUESTIONS:
                if row.comment.strip():
                    comments[row.criterion].append(row.comment.strip())
                continue
            if row.rating is not None:
                ratings[row.criterion].append(row.rating)
            elif row.comment.strip():
                comments["liked" if row.sheet_id is None else row.criterion].append(
                    row.comment.strip()
                )
        objectives = objectives_of(facts.objective)
        objective_results = tuple(
            _result(objective_key(n), text, ratings.pop(objective_key(n), []))
            for n, text in enumerate(objectives, start=1)
        )
        for key in [k for k in ratings if k.startswith(OBJECTIVE_PREFIX)]:
            ratings.pop(key)  # an objective since removed from the workshop's text
        criteria = [_result(key, "", ratings.pop(key, [])) for key in CRITERIA]
        criteria += [_result(key, key, values) for key, values in ratings.items()]
        questions = list(
            session.scalars(
                select(QuizQuestion)
                .where(QuizQuestion.workshop_id == workshop_id)
                .order_by(QuizQuestion.position, QuizQuestion.id)
            )
        )
        per_form: dict[tuple[str, int], int] = defaultdict(int)
        results = []
        for question in questions:
            answers = list(
                session.scalars(select(QuizAnswer).where(QuizAnswer.question_id == question.id))
            )
            results.append(
                QuestionResult(question.text, len(answers), sum(a.is_correct for a in answers))
            )
            for a in answers:
                form = ("s", a.sheet_id) if a.sheet_id else ("p", a.participant_id or -a.id)
                per_form[form] += int(a.is_correct)
        dropouts = tuple(
            DropOut(p.name, p.dropped_out_on, p.dropout_reason)
            for p in sorted(learners, key=lambda p: (p.dropped_out_on or date.max, p.id))
            if p.dropped_out_on is not None or p.dropout_reason
        )
        return SatisfactionData(
            facts=facts,
            made_on=made_on or date.today(),
            learners=len(learners),
            forms=len(sheets) + len(loose_forms),
            phone_forms=sum(1 for _id, origin in sheets if origin == "phone"),
            criteria=tuple(criteria),
            objectives=objective_results,
            questions=tuple(results),
            quiz_scores=tuple(per_form.values()),
            dropouts=dropouts,
            liked=tuple(comments.get("liked", ())),
            improve=tuple(comments.get("improve", ())),
        )
