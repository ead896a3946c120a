"""The user's own tools and favourites; built-in tools live in resources/tools and never here."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_app.models.base import AUTOINCREMENT, Base, JSONValue, UTCDateTime, new_uid, utcnow


class CustomTool(Base):
    __tablename__ = "custom_tool"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    # The built-in tool it was duplicated from, if any.
    based_on: Mapped[str | None] = mapped_column(String(120), default=None)
    # The whole definition, in the same shape as a built-in tool's data file.
    definition: Mapped[dict[str, Any]] = mapped_column(JSONValue)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class FavouriteTool(Base):
    __tablename__ = "favourite_tool"

    tool_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class SharedCopy(Base):
    """A copy on this laptop of an item of the organisation library (a tool of My tools or a
    template), or one this laptop published there: which shared item it is, on which server,
    and the version of it the copy was last in step with. Publishing again checks that version
    on the server, so nobody's edit is overwritten unseen (services/organisation.py)."""

    __tablename__ = "shared_copy"
    __table_args__ = AUTOINCREMENT

    id: Mapped[int] = mapped_column(primary_key=True)
    # "method" (a custom tool's uid) or "template" (a workshop's uid).
    kind: Mapped[str] = mapped_column(String(16))
    local_uid: Mapped[str] = mapped_column(String(36), unique=True)
    # The server's identity (host, port, database; never a password): links to another
    # organisation's library are left alone.
    server: Mapped[str] = mapped_column(String(300))
    shared_uid: Mapped[str] = mapped_column(String(36), index=True)
    base_version: Mapped[int] = mapped_column(Integer)
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
