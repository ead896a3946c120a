"""Clock times, durations, dates and numbers the way people read them: "14h35" in French,
"2:35 PM" in English. Pure Python so that reports and the command line format exactly as the
screens do."""

from __future__ import annotations

from datetime import date, datetime, time


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


# Dates and numbers, the same way: the one place the screens, the reports and the command line
# take them from. French: "mardi 1er décembre 2026", "01/12/2026", "3,5", "1 250" (a narrow
# no-break space between thousands), "45 %"; English (British, as the window's locale):
# "Tuesday 1 December 2026", "01/12/2026", "3.5", "1,250", "45%".
NNBSP = "\u202f"
MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def _language(language: str) -> str:
    return "en" if language == "en" else "fr"


def format_date(value: date, language: str = "fr", *, weekday: bool = False) -> str:
    """ "1er décembre 2026" / "1 December 2026"; with its weekday first if asked."""
    language = _language(language)
    day = "1er" if language == "fr" and value.day == 1 else str(value.day)
    text = f"{day} {MONTHS[language][value.month - 1]} {value.year}"
    return f"{WEEKDAYS[language][value.weekday()]} {text}" if weekday else text


def format_short_date(value: date, language: str = "fr") -> str:
    """ "01/12/2026" in both: day first, as in France and Britain."""
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def format_date_range(first: date | None, last: date | None, language: str = "fr") -> str:
    """ "01/12/2026 – 04/12/2026", one date for one day, nothing when there is none."""
    if first is None:
        return ""
    start = format_short_date(first, language)
    if last is None or last == first:
        return start
    return f"{start} – {format_short_date(last, language)}"


def format_moment(value: datetime, language: str = "fr") -> str:
    """A moment of the day, local: "01/12/2026 14h30" / "01/12/2026 2:30 PM"."""
    clock_time = time(value.hour, value.minute)
    return f"{format_short_date(value.date(), language)} {format_clock(clock_time, language)}"


def format_number(value: float, language: str = "fr", places: int = 0) -> str:
    """ "1 250,5" (fr, narrow no-break spaces between thousands) / "1,250.5" (en)."""
    text = f"{value:,.{places}f}"
    if _language(language) == "fr":
        return text.replace(",", NNBSP).replace(".", ",")
    return text


def format_percent(value: float, language: str = "fr", places: int = 0) -> str:
    """`value` is already a percentage: 45 -> "45 %" (fr, narrow no-break space) / "45%"."""
    number = format_number(value, language, places)
    return f"{number}{NNBSP}%" if _language(language) == "fr" else f"{number}%"
