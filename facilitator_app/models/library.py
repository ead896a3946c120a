"""The user's own tools and favourites; built-in tools live in resources/tools and never here."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_app.models.base import AUTOINCREMENT, Base, UTCDateTime, new_uid, utcnow


class CustomTool(Base):
    __tablename__ = "custom_tool"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    # The built-in tool it was duplicated from, if any.
    based_on: Mapped[str | None] = mapped_column(String(120), default=None)
    # The whole definition, in the same shape as a built-in tool's data file.
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class FavouriteTool(Base):
    __tablename__ = "favourite_tool"

    tool_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
