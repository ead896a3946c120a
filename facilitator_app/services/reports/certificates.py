"""What the certificates of completion say: per participant, their employer, the hours of the
action they really attended (facilitator_app.half_days, from the attendance marked), the hours
planned, and for the attestation de fin de formation the result of the final quiz when the
workshop has one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo

from sqlalchemy import select

from facilitator_app import agenda
from facilitator_app.half_days import Presence, planned_minutes, total_attended
from facilitator_app.models import (
    Attendance,
    AttendanceStatus,
    ParticipantCategory,
    QuizAnswer,
    QuizQuestion,
)
from facilitator_app.services.evaluation import objectives_of
from facilitator_app.services.reports.attendance import participants_in_order
from facilitator_app.services.reports.facts import WorkshopFacts, day_plans, workshop_facts
from facilitator_app.storage.database import Database


@dataclass(frozen=True)
class QuizResult:
    right: int
    answered: int
    total: int


@dataclass(frozen=True)
class Certificate:
    participant_id: int
    name: str
    employer: str
    attended_minutes: int
    dropped_out_on: date | None
    quiz: QuizResult | None  # None: the person did not answer (or there is no quiz)


@dataclass(frozen=True)
class CertificateData:
    facts: WorkshopFacts
    planned_minutes: int
    objectives: tuple[str, ...]
    has_quiz: bool
    certificates: tuple[Certificate, ...]


def _presence(mark: Attendance | None) -> Presence | None:
    if mark is None:
        return None
    return Presence(
        mark.status == AttendanceStatus.PRESENT.value,
        agenda.minute_of(mark.arrived_at) if mark.arrived_at else None,
        agenda.minute_of(mark.left_at) if mark.left_at else None,
    )


def certificate_data(
    db: Database,
    workshop_id: int,
    tz: tzinfo | None = None,
    only: tuple[int, ...] | None = None,
) -> CertificateData:
    """Everyone but the trainers (or the participants `only` names)."""
    with db.reading() as session:
        facts = workshop_facts(session, workshop_id)
        plans = day_plans(session, workshop_id, tz)
        people = [
            p
            for p in participants_in_order(session, workshop_id)
            if p.category != ParticipantCategory.TRAINER.value and (only is None or p.id in only)
        ]
        marks: dict[tuple[int, int, str], Presence | None] = {}
        for row in session.scalars(
            select(Attendance).where(Attendance.day_id.in_([p.id for p in plans]))
        ):
            marks[(row.participant_id, row.day_id, row.half_day)] = _presence(row)
        questions = list(
            session.scalars(select(QuizQuestion.id).where(QuizQuestion.workshop_id == workshop_id))
        )
        scores: dict[int, list[bool]] = {}
        for participant_id, right in session.execute(
            select(QuizAnswer.participant_id, QuizAnswer.is_correct).where(
                QuizAnswer.question_id.in_(questions), QuizAnswer.participant_id.is_not(None)
            )
        ):
            if participant_id is not None:
                scores.setdefault(participant_id, []).append(bool(right))
        certificates = []
        for person in people:
            attended = total_attended(
                (span, marks.get((person.id, plan.id, span.half_day)))
                for plan in plans
                for span in plan.half_days
            )
            answers = scores.get(person.id)
            quiz = (
                QuizResult(sum(answers), len(answers), len(questions))
                if answers and questions
                else None
            )
            certificates.append(
                Certificate(
                    person.id,
                    person.name,
                    person.organisation,
                    attended,
                    person.dropped_out_on,
                    quiz,
                )
            )
        return CertificateData(
            facts,
            planned_minutes(span for plan in plans for span in plan.half_days),
            tuple(objectives_of(facts.objective)),
            bool(questions),
            tuple(certificates),
        )
