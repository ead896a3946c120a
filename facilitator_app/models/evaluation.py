"""What training bodies need to evaluate a course: quiz questions and answers, satisfaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator_app.models.base import AUTOINCREMENT, Base, JSONValue, Travelling


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
    criterion: Mapped[str] = mapped_column(String(300))
    rating: Mapped[int | None] = mapped_column(Integer, default=None)
    comment: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any]] = mapped_column(JSONValue, default=dict)
