"""The live run: the timer's saved state (to resume after a crash) and the phases' actual times."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_app.models.base import (
    AUTOINCREMENT,
    Base,
    JSONValue,
    Travelling,
    UTCDateTime,
    utcnow,
)


class RunState(Base):
    """One row per workshop being run; rewritten on every timer operation."""

    __tablename__ = "run_state"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), default=None
    )
    # The timer engine's snapshot (phase, round, elapsed, paused, wall-clock of the snapshot).
    state: Mapped[dict[str, Any]] = mapped_column(JSONValue, default=dict)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PhaseLog(Travelling, Base):
    """When a phase really started and ended, for the report and the planner's lateness."""

    __tablename__ = "phase_log"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    phase_index: Mapped[int] = mapped_column(Integer, default=0)
    round_index: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    planned_seconds: Mapped[int] = mapped_column(Integer, default=0)
