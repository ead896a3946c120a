"""A workshop, its days and agenda, the people in the room, and their attendance."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator_app.models.base import (
    AUTOINCREMENT,
    Base,
    JSONValue,
    Travelling,
    UTCDateTime,
    new_uid,
    utcnow,
)
from facilitator_app.models.enums import AttendanceStatus, ItemKind, ParticipantCategory


class Workshop(Base):
    __tablename__ = "workshop"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable identity across laptops: export/import and a shared server match on it.
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    title: Mapped[str] = mapped_column(String(300))
    theme: Mapped[str] = mapped_column(Text, default="")
    objective: Mapped[str] = mapped_column(Text, default="")
    organiser: Mapped[str] = mapped_column(String(300), default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    facilitators: Mapped[str] = mapped_column(String(500), default="")
    language: Mapped[str] = mapped_column(String(8), default="fr")
    notes: Mapped[str] = mapped_column(Text, default="")
    # For a training action (certificates, attendance sheets): its nature (TrainingNature, or
    # "" when the workshop is not one), who signs for the organiser, and where they sign.
    training_nature: Mapped[str] = mapped_column(String(24), default="")
    representative: Mapped[str] = mapped_column(String(300), default="")
    signature_place: Mapped[str] = mapped_column(String(300), default="")
    is_template: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    # This workshop's own timer warnings ({"unit": "percent"|"seconds", "amber": 20, "red": 5});
    # None follows the application's settings.
    timer_warnings: Mapped[dict[str, Any] | None] = mapped_column(JSONValue, default=None)
    # Deleting is a soft delete so that "undo" can bring the workshop back whole.
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None, index=True)

    days: Mapped[list[Day]] = relationship(
        back_populates="workshop", order_by="Day.position", cascade="all, delete-orphan"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="workshop", order_by="Participant.id", cascade="all, delete-orphan"
    )


class Day(Travelling, Base):
    __tablename__ = "day"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    date: Mapped[date | None] = mapped_column(Date, default=None)
    title: Mapped[str] = mapped_column(String(300), default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    start_time: Mapped[time] = mapped_column(Time, default=time(9, 0))

    workshop: Mapped[Workshop] = relationship(back_populates="days")
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="day", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )


class AgendaItem(Travelling, Base):
    __tablename__ = "agenda_item"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("day.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(24), default=ItemKind.ACTIVITY.value)
    title: Mapped[str] = mapped_column(String(300), default="")
    # Id of a built-in tool ("1-2-4-all") or of a custom tool ("custom:<uid>"); None for breaks.
    tool_id: Mapped[str | None] = mapped_column(String(120), default=None)
    question: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=15)
    # A pinned item starts at this clock time whatever happens before (lunch at 12h30).
    pinned_start: Mapped[time | None] = mapped_column(Time, default=None)
    # A fixed item keeps its length when the day is rebalanced (a talk by a guest speaker).
    fixed: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The timed phases this item runs, copied from the tool when added so the workshop stays
    # self-contained and editable: [{"name": {"fr":..,"en":..}, "seconds": 60, "grouping": ..}].
    phases: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONValue, default=None)
    # When the item really started and ended. PhaseLog holds the same moments step by step;
    # this copy is kept because the planner, the lateness rule, the workshop file and the
    # reports read an item's times in one query, without the logs. Both are written by the live
    # run in the same transaction (services.live.run, _write_times), so they cannot disagree.
    actual_start: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    actual_end: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)

    day: Mapped[Day] = relationship(back_populates="items")
    roles: Mapped[list[RoleAssignment]] = relationship(
        back_populates="item", order_by="RoleAssignment.id", cascade="all, delete-orphan"
    )


class RoleAssignment(Travelling, Base):
    """Who holds a role (scribe, timekeeper, table host...) for one agenda item."""

    __tablename__ = "role_assignment"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(60))
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), default=None
    )
    # Free text when the holder is not on the roster ("tous", "Anne pour la table 2").
    person_name: Mapped[str] = mapped_column(String(200), default="")
    group_label: Mapped[str] = mapped_column(String(100), default="")

    item: Mapped[AgendaItem] = relationship(back_populates="roles")
    participant: Mapped[Participant | None] = relationship()


class Participant(Travelling, Base):
    __tablename__ = "participant"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    function: Mapped[str] = mapped_column(String(300), default="")
    category: Mapped[str] = mapped_column(String(24), default=ParticipantCategory.AGENT.value)
    email: Mapped[str] = mapped_column(String(320), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # A participant who stopped the training before its end, and why (the satisfaction report
    # gives the drop-outs and their causes, as the quality standard asks).
    dropped_out_on: Mapped[date | None] = mapped_column(Date, default=None)
    dropout_reason: Mapped[str] = mapped_column(Text, default="")

    workshop: Mapped[Workshop] = relationship(back_populates="participants")
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="participant", cascade="all, delete-orphan"
    )


class Attendance(Travelling, Base):
    """Presence of one participant for one half-day: what the signed sheet certifies."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("participant_id", "day_id", "half_day", name="one_per_half_day"),
        AUTOINCREMENT,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    day_id: Mapped[int] = mapped_column(ForeignKey("day.id", ondelete="CASCADE"), index=True)
    half_day: Mapped[str] = mapped_column(String(4))
    status: Mapped[str] = mapped_column(String(24), default=AttendanceStatus.UNKNOWN.value)
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    arrived_at: Mapped[time | None] = mapped_column(Time, default=None)
    left_at: Mapped[time | None] = mapped_column(Time, default=None)

    participant: Mapped[Participant] = relationship(back_populates="attendance")


class GroupSet(Travelling, Base):
    """One split of the participants into groups or tables (a World Café rotation, fours)."""

    __tablename__ = "group_set"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), default=None
    )
    name: Mapped[str] = mapped_column(String(200), default="")
    round_index: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    groups: Mapped[list[Group]] = relationship(
        back_populates="group_set", order_by="Group.position", cascade="all, delete-orphan"
    )


class Group(Travelling, Base):
    __tablename__ = "participant_group"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    group_set_id: Mapped[int] = mapped_column(
        ForeignKey("group_set.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(100), default="")

    group_set: Mapped[GroupSet] = relationship(back_populates="groups")
    members: Mapped[list[GroupMember]] = relationship(cascade="all, delete-orphan")


class GroupMember(Base):
    __tablename__ = "group_member"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("participant_group.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
