"""Working days for the planner's day dates, pure Python: trainings run Monday to Friday, so a
new day is proposed on the next working day and a weekend date is worth a warning."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

SATURDAY = 5


def is_weekend(value: date) -> bool:
    return value.weekday() >= SATURDAY


def next_working_day(after: date) -> date:
    """The first Monday-to-Friday date after `after`."""
    day = after + timedelta(days=1)
    while is_weekend(day):
        day += timedelta(days=1)
    return day


def proposed_date(dates: Iterable[date | None]) -> date | None:
    """The working day after the last dated day, or None when no day has a date yet."""
    known = [d for d in dates if d is not None]
    return next_working_day(max(known)) if known else None
