"""The log of change notices, so that another process on the same data (the window while a
script imports a workshop) hears what was committed. Written in the same transaction as the
change it announces; rows older than a few thousand notices are pruned."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_app.models.base import Base, JSONValue, UTCDateTime, utcnow


class ChangeLog(Base):
    __tablename__ = "change_log"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Which open database wrote it: a process ignores its own notices (it already had them).
    origin: Mapped[str] = mapped_column(String(32))
    area: Mapped[str] = mapped_column(String(24))
    workshop_id: Mapped[int | None] = mapped_column(Integer, default=None)
    ids: Mapped[list[Any]] = mapped_column(JSONValue, default=list)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
