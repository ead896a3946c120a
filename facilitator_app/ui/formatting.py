"""Dates shown the local way (clock times: facilitator_app.timefmt.format_clock)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def format_date(value: date) -> str:
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat
    )


def format_date_range(first: date | None, last: date | None) -> str:
    if first is None:
        return ""
    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    start = locale.toString(QDate(first.year, first.month, first.day), short)
    if last is None or last == first:
        return start
    return f"{start} – {locale.toString(QDate(last.year, last.month, last.day), short)}"
