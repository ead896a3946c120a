"""Clock times and durations the way people read them: "14h35" in French, "2:35 PM" in English.
Pure Python so that reports and the command line format exactly as the screens do."""

from __future__ import annotations

from datetime import time


def format_clock(value: time, language: str = "fr") -> str:
    if language == "fr":
        return f"{value.hour}h{value.minute:02d}"
    hour = value.hour % 12 or 12
    suffix = "AM" if value.hour < 12 else "PM"
    return f"{hour}:{value.minute:02d} {suffix}"


def format_duration(minutes: int, language: str = "fr") -> str:
    """90 -> "1h30" (fr) / "1 h 30 min" (en); 45 -> "45 min"."""
    sign = "-" if minutes < 0 else ""
    minutes = abs(minutes)
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return f"{sign}{rest} min"
    if language == "fr":
        return f"{sign}{hours}h{rest:02d}" if rest else f"{sign}{hours}h"
    return f"{sign}{hours} h {rest} min" if rest else f"{sign}{hours} h"
