"""Dates and times shown the local way: "14h35" in French, "2:35 PM" in English."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QTime


def format_time(value: time) -> str:
    locale = QLocale()
    if locale.language() == QLocale.Language.French:
        return f"{value.hour}h{value.minute:02d}"
    return locale.toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


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
