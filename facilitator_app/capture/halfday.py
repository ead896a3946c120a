"""The one rule that says which half-day a time or an agenda item belongs to. The attendance
sheets, the console's attendance panel and the certificates (hours from arrivals and
departures) all ask here, so a 13h00 start is never the morning on one page and the
afternoon on another."""

from __future__ import annotations

from datetime import datetime, time, tzinfo

# The afternoon starts at 13h00: a lunch from 12h30 belongs to the morning, a session from
# 13h30 to the afternoon; a late arrival at 14h10 is an afternoon arrival.
AFTERNOON_STARTS = time(13, 0)
MORNING, AFTERNOON = "am", "pm"  # models.enums.HalfDay


def half_day_of(moment: time) -> str:
    """ "am" before 13h00, "pm" from 13h00."""
    return MORNING if moment < AFTERNOON_STARTS else AFTERNOON


def item_half_day(
    planned_start: time | None,
    actual_start: datetime | None = None,
    tz: tzinfo | None = None,
) -> str | None:
    """The half-day an item belongs to: the one it really started in, else the one it is
    planned to start in (local time); None without either."""
    if actual_start is not None:
        return half_day_of(actual_start.astimezone(tz).time())
    if planned_start is not None:
        return half_day_of(planned_start)
    return None
