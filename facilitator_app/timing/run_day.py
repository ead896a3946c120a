"""The days and agenda items of a live run as plain data (services.live.loading reads them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from facilitator_app.agenda import NOT_WORKING


@dataclass(frozen=True)
class LiveDay:
    id: int
    position: int
    date: date | None
    title: str
    start_time: time


@dataclass(frozen=True)
class LiveItem:
    """An agenda item as the console needs it (plain data, no session)."""

    id: int
    day_id: int
    position: int
    kind: str
    title: str
    question: str
    tool_id: str | None
    duration_minutes: int
    planned_start: time
    pinned_start: time | None
    phases: tuple[dict[str, Any], ...]
    actual_start: datetime | None
    actual_end: datetime | None
    fixed: bool = False  # kept as it is when the rest of the day is rebalanced

    @property
    def is_break(self) -> bool:
        """A break or a meal: the projector shows when people are back."""
        return self.kind in NOT_WORKING


def choose_day(days: list[LiveDay], today: date) -> LiveDay:
    """Today's day if the workshop has one, otherwise its first day."""
    return next((d for d in days if d.date == today), days[0])


def runs_today(day: LiveDay, today: date) -> bool:
    """A day dated today is run for real without asking; another day (the evening before, a
    day with no date) may be a rehearsal, so the console asks first."""
    return day.date == today
