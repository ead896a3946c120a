"""Dates shown in the window's language, from facilitator_app.timefmt (the reports' and the
command line's formats too): the language is the one the window speaks now."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from facilitator_app import timefmt


def window_language() -> str:
    """The window's language: install_translations sets Qt's default locale to it."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def format_date(value: date) -> str:
    """ "mardi 1er décembre 2026" / "Tuesday 1 December 2026"."""
    return timefmt.format_date(value, window_language(), weekday=True)


def format_date_range(first: date | None, last: date | None) -> str:
    return timefmt.format_date_range(first, last, window_language())


def format_moment(value: datetime) -> str:
    """A stored moment in local time: "01/12/2026 14h30"."""
    local = value.astimezone() if value.tzinfo is not None else value
    return timefmt.format_moment(local, window_language())


def format_number(value: float, places: int = 0) -> str:
    return timefmt.format_number(value, window_language(), places)


def format_percent(value: float, places: int = 0) -> str:
    return timefmt.format_percent(value, window_language(), places)
