"""One line of the workshop list, kept free of SQLAlchemy: the window lists the workshops from
the file (storage/glance.py) before the database layer is imported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class WorkshopSummary:
    id: int
    uid: str
    title: str
    organiser: str
    venue: str
    language: str
    is_template: bool
    days: int
    participants: int
    first_date: date | None
    last_date: date | None
    updated_at: datetime
    ended_at: datetime | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uid": self.uid,
            "title": self.title,
            "organiser": self.organiser,
            "venue": self.venue,
            "language": self.language,
            "template": self.is_template,
            "days": self.days,
            "participants": self.participants,
            "first_date": self.first_date.isoformat() if self.first_date else None,
            "last_date": self.last_date.isoformat() if self.last_date else None,
            "updated_at": self.updated_at.isoformat(),
            "ended": self.ended_at is not None,
        }
