"""When a break ends, for the projector's "Pause - back at 15h40"."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo


def break_ends_at(
    planned_seconds: float,
    planned_start: time | None,
    actual_start: datetime | None,
    tz: tzinfo | None = None,
) -> time | None:
    """The local clock time the break ends: its actual start (once started) or else its planned
    start, plus its duration (minutes added to the break's timer included). Rounded up to the
    minute so that people are never told to be back before the break is over."""
    if actual_start is not None:
        begin = actual_start.astimezone(tz).replace(tzinfo=None)
    elif planned_start is not None:
        begin = datetime.combine(date(2000, 1, 1), planned_start)
    else:
        return None
    end = begin + timedelta(seconds=planned_seconds)
    if end.second or end.microsecond:
        end = end.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return end.time()
