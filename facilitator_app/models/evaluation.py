"""What training bodies need to evaluate a course: quiz questions and answers, satisfaction,
and the paper evaluation forms they were typed from."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator_app.models.base import (
    AUTOINCREMENT,
    Base,
    JSONValue,
    Travelling,
    UTCDateTime,
    utcnow,
)


class EvaluationSheet(Travelling, Base):
    """One evaluation form handed back, on paper or typed in: the unit of the return rate.
    Its answers (quiz and satisfaction) point to it; an anonymous form has no participant."""

    __tablename__ = "evaluation_sheet"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), default=None
    )
    # The number written on the paper form, so a typed form can be found again.
    number: Mapped[int] = mapped_column(Integer, default=0)
    returned_on: Mapped[date | None] = mapped_column(Date, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # "laptop": typed in from paper; "phone": filled in by a participant on their phone.
    origin: Mapped[str] = mapped_column(String(16), default="laptop", server_default="laptop")


class QuizQuestion(Travelling, Base):
    __tablename__ = "quiz_question"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    choices: Mapped[list[str]] = mapped_column(JSONValue, default=list)
    # Indexes into `choices`; several for a multiple-answer question.
    correct: Mapped[list[int]] = mapped_column(JSONValue, default=list)

    answers: Mapped[list[QuizAnswer]] = relationship(cascade="all, delete-orphan")


class QuizAnswer(Travelling, Base):
    __tablename__ = "quiz_answer"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("quiz_question.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), default=None
    )
    sheet_id: Mapped[int | None] = mapped_column(
        ForeignKey("evaluation_sheet.id", ondelete="CASCADE"), default=None, index=True
    )
    chosen: Mapped[list[int]] = mapped_column(JSONValue, default=list)
    is_correct: Mapped[bool] = mapped_column(Boolean, default=False)


class SatisfactionResponse(Travelling, Base):
    __tablename__ = "satisfaction_response"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), default=None
    )
    sheet_id: Mapped[int | None] = mapped_column(
        ForeignKey("evaluation_sheet.id", ondelete="CASCADE"), default=None, index=True
    )
    # A criterion of the standard form ("overall", "objective:2": see services.evaluation) or
    # the free wording of an older form.
    criterion: Mapped[str] = mapped_column(String(300))
    rating: Mapped[int | None] = mapped_column(Integer, default=None)
    comment: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any]] = mapped_column(JSONValue, default=dict)
