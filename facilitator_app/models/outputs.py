"""What the room produces during an item: notes, cards, votes, decisions, actions, records, photos.

Cards, votes (and their sessions), decisions (with objections and the rounds' entries) and
actions get tables of their own because reports and registers query across them; the records
that only one tool produces (weather, desert-island object, portrait trait, co-development
session) share one typed JSON table (see docs/architecture.md). What each kind of output is
and where it lives is declared in facilitator_app/capture/kinds.py.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator_app.models.base import (
    AUTOINCREMENT,
    Base,
    JSONValue,
    Travelling,
    UTCDateTime,
    utcnow,
)
from facilitator_app.models.enums import (
    ActionStatus,
    DecisionKind,
    DecisionOutcome,
    ObjectionStatus,
    SessionStatus,
)


class _ItemOutput(Travelling):
    """Columns every output shares: which workshop and agenda item, which group, when, and a
    uid (a phone that sends the same card twice stores it once)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), default=None, index=True
    )
    group_label: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Note(_ItemOutput, Base):
    __tablename__ = "note"
    __table_args__ = AUTOINCREMENT

    text: Mapped[str] = mapped_column(Text)
    scribe: Mapped[str] = mapped_column(String(200), default="")


class CardCluster(_ItemOutput, Base):
    __tablename__ = "card_cluster"
    __table_args__ = AUTOINCREMENT

    name: Mapped[str] = mapped_column(String(300), default="")


class Card(_ItemOutput, Base):
    __tablename__ = "card"
    __table_args__ = AUTOINCREMENT

    text: Mapped[str] = mapped_column(Text)
    # A colour name from the palette ("yellow"); shown with its name/symbol for colour-blind people.
    colour: Mapped[str] = mapped_column(String(24), default="yellow")
    author: Mapped[str] = mapped_column(String(200), default="")
    cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("card_cluster.id", ondelete="SET NULL"), default=None
    )
    # The column of the wall the phase declares (a speed boat's "anchors"), and the card's
    # levels on a matrix's two axes (1 = low); empty and None when the phase has none.
    category: Mapped[str] = mapped_column(String(60), default="")
    x: Mapped[int | None] = mapped_column(Integer, default=None)
    y: Mapped[int | None] = mapped_column(Integer, default=None)


class VoteSession(_ItemOutput, Base):
    """A vote as Stormz and Klaxoon set one: dots per person (at most so many per card), on
    the cards or the clusters of an item, shown live or hidden until closed; a score on a
    scale (fist of five 0-5, ROTI 1-5, 25/10's five rounds of 1-5); or the coloured cards an
    audience raises on a question. Its votes are `Vote` rows (docs/development.md)."""

    __tablename__ = "vote_session"
    __table_args__ = AUTOINCREMENT

    kind: Mapped[str] = mapped_column(String(24))  # dot_vote | score | poll
    title: Mapped[str] = mapped_column(Text, default="")  # the question put to the room
    # The item whose cards are voted on (a dot vote after a 1-2-4-All); None: its own item.
    source_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), default=None
    )
    target: Mapped[str] = mapped_column(String(24), default="cards")  # cards|clusters|subject
    category: Mapped[str] = mapped_column(String(60), default="")  # only that wall column
    dots_per_person: Mapped[int] = mapped_column(Integer, default=3)
    max_per_card: Mapped[int] = mapped_column(Integer, default=0)  # 0: no limit but dots
    scale_min: Mapped[int] = mapped_column(Integer, default=1)
    scale_max: Mapped[int] = mapped_column(Integer, default=5)
    rounds: Mapped[int] = mapped_column(Integer, default=1)
    options: Mapped[list[str]] = mapped_column(JSONValue, default=list)  # a poll's colours
    estimate: Mapped[bool] = mapped_column(Boolean, default=False)  # poll: shares, not counts
    visibility: Mapped[str] = mapped_column(String(24), default="live")  # live | hidden
    status: Mapped[str] = mapped_column(String(24), default=SessionStatus.OPEN.value)
    voters: Mapped[int | None] = mapped_column(Integer, default=None)  # people who voted
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Vote(_ItemOutput, Base):
    """One vote or score: dots on a card or a cluster, a 25/10 score (`round_index` the
    scorer), how many showed a level of a scale (`option` the level, `value` the count), how
    many raised a colour (`option` the colour)."""

    __tablename__ = "vote"
    __table_args__ = AUTOINCREMENT

    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("vote_session.id", ondelete="CASCADE"), default=None, index=True
    )
    card_id: Mapped[int | None] = mapped_column(
        ForeignKey("card.id", ondelete="CASCADE"), default=None
    )
    cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("card_cluster.id", ondelete="CASCADE"), default=None
    )
    subject: Mapped[str] = mapped_column(String(500), default="")
    option: Mapped[str] = mapped_column(String(100), default="")
    value: Mapped[float] = mapped_column(Float, default=1.0)
    voter: Mapped[str] = mapped_column(String(200), default="")
    round_index: Mapped[int] = mapped_column(Integer, default=0)


class Decision(_ItemOutput, Base):
    __tablename__ = "decision"
    __table_args__ = AUTOINCREMENT

    kind: Mapped[str] = mapped_column(String(24), default=DecisionKind.CONSENT.value)
    title: Mapped[str] = mapped_column(String(300), default="")
    proposal: Mapped[str] = mapped_column(Text, default="")
    amended_proposal: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(24), default=DecisionOutcome.PENDING.value)
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    review_on: Mapped[date | None] = mapped_column(Date, default=None)
    # Rounds, the role and term of an election, and other details that vary by kind.
    details: Mapped[dict[str, Any]] = mapped_column(JSONValue, default=dict)

    objections: Mapped[list[Objection]] = relationship(
        back_populates="decision", order_by="Objection.position", cascade="all, delete-orphan"
    )


class Objection(Travelling, Base):
    __tablename__ = "objection"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decision.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    integration: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(24), default=ObjectionStatus.OPEN.value)

    decision: Mapped[Decision] = relationship(back_populates="objections")


class DecisionEntry(Travelling, Base):
    """What one person said or answered in a round of a decision or an election: a
    clarifying question, a reaction, a position (consent, concern, objection), a nomination
    (`subject` is the person nominated), a change after the reasons, a consent answer; and
    the versions of the proposal (`part` "version")."""

    __tablename__ = "decision_entry"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decision.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    part: Mapped[str] = mapped_column(String(24))
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), default=None
    )
    author: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(200), default="")
    stance: Mapped[str] = mapped_column(String(24), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ActionItem(_ItemOutput, Base):
    __tablename__ = "action_item"
    __table_args__ = AUTOINCREMENT

    what: Mapped[str] = mapped_column(Text)
    who: Mapped[str] = mapped_column(String(300), default="")
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    # Free text when there is no date yet ("d'ici 6 mois").
    due_text: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(24), default=ActionStatus.OPEN.value)


class ToolRecord(_ItemOutput, Base):
    """A record of a kind only one tool produces; `data` follows the schema of its `kind`."""

    __tablename__ = "tool_record"
    __table_args__ = AUTOINCREMENT

    kind: Mapped[str] = mapped_column(String(40), index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), default=None
    )
    author: Mapped[str] = mapped_column(String(200), default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSONValue, default=dict)
    # The record it belongs to: a co-development session's questions and plan name it.
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("tool_record.id", ondelete="CASCADE"), default=None, index=True
    )


class Photo(_ItemOutput, Base):
    """A photo of a flip chart, kept inside the database so one file holds the whole workshop."""

    __tablename__ = "photo"
    __table_args__ = AUTOINCREMENT

    caption: Mapped[str] = mapped_column(String(500), default="")
    filename: Mapped[str] = mapped_column(String(300), default="")
    media_type: Mapped[str] = mapped_column(String(100), default="image/jpeg")
    content: Mapped[bytes] = mapped_column(LargeBinary)
